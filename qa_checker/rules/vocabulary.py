"""Codes from the bundled EU vocabularies: countries, languages, ISCED-F fields, currencies.

The schema checks a code's shape (two capital letters); these rules check that it exists in the
code list and suggest the closest one when it does not. A message quotes the value as the terminal report
shows it (:func:`~qa_checker.cells.shown_code`), so an invisible character or a letter of another script
that makes a code unknown is seen: 'N\\u200bL' or 'D\\u0395', not a seemingly valid 'NL' or 'DE'.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

from qa_checker import identifiers, value_reader, vocab
from qa_checker import pointer as jp
from qa_checker.aliases import concept_for, country_named, language_label, language_meant, other_iso_language
from qa_checker.cells import plain_reading, shown_code
from qa_checker.descriptor import LANGUAGE_TAG, Descriptor, country_codes_as_languages
from qa_checker.ects import counts_hours, ects_to_write
from qa_checker.findings import Severity
from qa_checker.patterns import regex
from qa_checker.rules import register
from qa_checker.rules.base import Hit, Rule, RuleContext, either
from qa_checker.rules.consistency import implied_eqf, national_eqf, national_range_eqf
from qa_checker.text import Name, Text, msg

_EU_EDITORIAL = vocab.EU_EDITORIAL_COUNTRIES


def _suggestion(vocab_id: str, value: str) -> str | None:
    """The known code closest to ``value`` (a "did you mean"), or ``None``."""
    return _remembered(_suggest, vocab_id, value)


def _suggest(vocab_id: str, value: str) -> str | None:
    """The code a word of the value table names (``gr``: el), else the nearest in spelling."""
    codes = vocab.get(vocab_id)
    reading = plain_reading(value)  # 'ЕUR' with a Cyrillic Ie is EUR, not the nearest in spelling (MUR)
    if reading != value and reading in codes:
        return reading
    suggested = concept_for(value, set(codes.concepts)) or codes.suggest(value)
    return suggested if suggested and suggested != value else None


# A wrong code is usually wrong in many descriptors of a batch, and finding the nearest one reads the whole
# code list: the suggestions for short values (as codes are) are remembered.
_REMEMBERED_CHARS = 100


def _remembered(find: Callable[[str, str], str | None], vocab_id: str, value: str) -> str | None:
    return _suggested(find, vocab_id, value) if len(value) <= _REMEMBERED_CHARS else find(vocab_id, value)


@functools.lru_cache(maxsize=1024)
def _suggested(find: Callable[[str, str], str | None], vocab_id: str, value: str) -> str | None:
    return find(vocab_id, value)


@register
class CountryCodeKnown(Rule):
    """Country codes are ISO 3166-1 alpha-2 codes that exist, and an awarding body's region is in its country.

    Why: the country of the issuer is a mandatory element (Annex I M3) and must be machine-readable;
    a region (a NUTS code, whose first two letters are its country's: EL for Greece, UK for the United
    Kingdom) in another country than the body's means one of the two is wrong.
    Passes: every awarding body's and external QA body's country is in the bundled country list, and
    every body's region starts with its country's code.
    Fails: unknown codes, the EU editorial codes EL and UK, which are not ISO codes (use GR, GB), and
    any other text given as a country: an alpha-3 code of the EU authority table (ITA: use IT), a
    country name, an authority URI (as an import keeps a value it could not read); a region of another
    country than the body's (DE21 for a body in NL).
    """

    id = "MC-VC-001"
    name = "country-code-known"
    title = "Country codes exist"
    element = "issuer_country"
    clause = "Annex I M3"
    principles = ("transparency", "portability")
    severity = Severity.ERROR
    weight = 1.0
    message = "'{code}' is not an ISO 3166-1 country code{suggestion}"
    hint = "Use the two-letter ISO 3166-1 code, e.g. NL, DE, IE (GR for Greece, GB for the UK)."
    example_fail = {"awarding_bodies": [{"name": "Example University", "country": "XX"}]}
    example_pass = {"awarding_bodies": [{"name": "Example University", "country": "NL"}]}
    # The finding replaces the schema's "wrong form" on the same value.
    supersedes_schema = True

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Look up each country code."""
        countries = vocab.get("countries")
        bodies = doc.items("/awarding_bodies")
        given = [
            (jp.join("awarding_bodies", i, "country"), b.get("country"))
            for i, b in enumerate(bodies)
            if isinstance(b, dict)
        ]
        given.append(("/quality_assurance/external/country", doc.get("/quality_assurance/external/country")))
        for place, code in given:
            if isinstance(code, str) and code.strip() and code not in countries.concepts:
                suggestion = _EU_EDITORIAL.get(code) or _country_suggestion(code)
                yield Hit(
                    place,
                    {"code": code},
                    message=(
                        msg(
                            "'{code}' is not an ISO 3166-1 country code (did you mean {suggestion}?)",
                            code=shown_code(code),
                            suggestion=suggestion,
                        )
                        if suggestion
                        else msg("'{code}' is not an ISO 3166-1 country code", code=shown_code(code))
                    ),
                    element="issuer_country" if place.startswith("/awarding_bodies") else "quality_assurance",
                )
        for index, body in enumerate(bodies):
            yield from _region_elsewhere(body, index, countries)


# A region the format takes: a NUTS code, its country's two letters and up to three more.
_NUTS = regex(r"^([A-Z]{2})[A-Z0-9]{0,3}$")
# The countries with NUTS regions: the EU's, and the statistical regions of the EFTA and candidate countries.
_NUTS_COUNTRIES = identifiers.EU_MEMBER_STATES | {"IS", "LI", "NO", "CH", "ME", "MK", "AL", "RS", "TR"}
# The ISO codes of the countries whose NUTS codes start otherwise (the EU editorial codes).
_NUTS_COUNTRY = {iso: editorial for editorial, iso in _EU_EDITORIAL.items()}


def _region_elsewhere(body: object, index: int, countries: vocab.Vocabulary) -> Iterator[Hit]:
    """A hit for a body's NUTS region in another country than the body's (known) one."""
    region, country = (body.get("region"), body.get("country")) if isinstance(body, dict) else (None, None)
    if not isinstance(region, str) or not isinstance(country, str) or country not in countries:
        return
    found = _NUTS.match(region)
    nuts = _NUTS_COUNTRY.get(country, country)
    # (a country's own codes: its NUTS regions, or the United Kingdom's, written UK as NUTS wrote them before 2021)
    if found is None or (found.group(1) == nuts and (country in _NUTS_COUNTRIES or nuts != country)):
        return
    name = Name("territory", country, countries.label(country))
    meant = _EU_EDITORIAL.get(found.group(1), found.group(1))
    if country not in _NUTS_COUNTRIES and meant in _NUTS_COUNTRIES:
        # (a slip of the country rather than the region: "SL", Sierra Leone, for Slovenia's SI with region SI041)
        other = Name("territory", meant, countries.label(meant))
        yield Hit(
            jp.join("awarding_bodies", index, "country"),
            {"code": country},
            message=msg(
                "the region {region} is in {other}, while the awarding body's country is {country}, which has no NUTS "
                "regions",
                region=shown_code(region),
                other=other,
                country=name,
            ),
            hint=msg("Correct the country to {code}, or the region.", code=meant),
        )
        return
    if country not in _NUTS_COUNTRIES:
        # (a region of no country that has NUTS regions either: "UKI3", the United Kingdom's before 2021)
        yield Hit(
            jp.join("awarding_bodies", index, "region"),
            {"code": region},
            message=msg(
                "the region {region} is written as a NUTS code, while the awarding body's country, {country}, has "
                "no NUTS regions",
                region=shown_code(region),
                country=name,
            ),
            hint=msg("Leave the region out, or correct the country."),
        )
        return
    yield Hit(
        jp.join("awarding_bodies", index, "region"),
        {"code": region},
        message=msg(
            "the region {region} is not in {country}, the awarding body's country (its NUTS codes start {nuts})",
            region=shown_code(region),
            country=name,
            nuts=nuts,
        ),
        hint=msg("Give the body's region in {country}, or correct the country.", country=name),
    )


def _country_suggestion(value: str) -> str | None:
    """A "did you mean" for a country: by its alpha-3 code, its EU authority URI or its name, else by spelling."""
    return _remembered(_suggest_country, "countries", value)


def _suggest_country(vocab_id: str, value: str) -> str | None:
    """The code a country written otherwise stands for: its EU code or URI, its name in English or in a
    European language ("Suomi", "Ελλάδα", "The Netherlands"), as a spreadsheet cell is read ("Berlin, Germany"), or a
    close two-letter code."""
    text = value.strip().rstrip("/").rsplit("/", 1)[-1]
    for slug, concept in vocab.get("countries").concepts.items():
        if text.upper() == concept.get("eu_code") or text.lower() == str(concept.get("label", "")).lower():
            return slug
    if len(value) == 2:
        return _suggestion("countries", value)
    return country_named(text) or value_reader.code(text, "countries")


@register
class LanguageCodeKnown(Rule):
    """Language codes are ISO 639-1 codes that exist.

    Why: languages of instruction and of every text must be machine-readable for portability.
    Passes: every code in `languages` and every key of a language string is a known ISO 639-1 code.
    Fails: unknown two-letter codes such as `xx` or `gb`, and any other text in `languages`: a
    three-letter ISO 639-2 code (`ger`, `deu`: use `de`), a language name, a tag with a region
    (`pt-PT`, `en-GB`: use `pt`, `en`), and the country code of the awarding body's country where it
    is the code of another language (`ee` is Ewe, `se` Northern Sami, `si` Sinhala: use `et`, `sv`, `sl`).
    """

    id = "MC-VC-002"
    name = "language-code-known"
    title = "Language codes exist"
    clause = "Annex II Transparency"
    principles = ("transparency", "portability")
    severity = Severity.ERROR
    weight = 1.0
    message = "'{code}' is not an ISO 639-1 language code{suggestion}"
    hint = "Use a two-letter ISO 639-1 code such as en, de, fr, nl, pl."
    example_fail = {"languages": ["xx"]}
    example_pass = {"languages": ["en"]}
    # The finding replaces the schema's "wrong form" on the same value.
    supersedes_schema = True

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Look up declared languages and the keys of every language string."""
        known = vocab.get("languages")
        seen: set[str] = set()
        for index, code in enumerate(doc.items("/languages")):
            if isinstance(code, str) and code.strip() and code not in known and other_iso_language(code) != code:
                seen.add(jp.join("languages", index))
                yield Hit(
                    jp.join("languages", index),
                    {"code": code},
                    message=_unknown_language(code, _language_suggestion(code)),
                )
        for index, code, country, meant in country_codes_as_languages(doc):
            yield Hit(
                jp.join("languages", index),
                {"code": code},
                message=msg(
                    "'{code}' is the language code of {language}, although the awarding body is in {country}; "
                    "did you mean {meant} ({meant_language})?",
                    code=code,
                    language=Name("language", code, language_label(code)),
                    country=Name("territory", country, vocab.get("countries").label(country)),
                    meant=meant,
                    meant_language=Name("language", meant, known.label(meant)),
                ),
                hint=msg("Language codes are not country codes: use {meant}.", meant=meant),
            )
        codes = known.concepts
        for place, value in doc.language_maps():
            for key in value:
                if len(key) == 2 and key.islower() and key not in codes and other_iso_language(key) is None:
                    where = jp.child(place, key)
                    if where not in seen:
                        yield Hit(where, {"code": key}, message=_unknown_language(key, _suggestion("languages", key)))
        for place, key in keys_of_another_form(doc):
            yield Hit(jp.child(place, key), {"code": key}, message=_unknown_language(key, _language_suggestion(key)))


def keys_of_another_form(doc: Descriptor) -> list[tuple[str, str]]:
    """Each key of a language map that is a language tag but not in the form of an ISO 639-1 code (``EN``,
    ``en-GB``, ``eng``, ``gsw``), with the map's pointer. A map is an object of texts all under keys of a
    tag's form, one at least a language's code in some form (``{url: ...}`` is none); found once."""
    return doc.memo("language keys of another form", _keys_of_another_form)


def _keys_of_another_form(doc: Descriptor) -> list[tuple[str, str]]:
    known = vocab.get("languages")
    found: list[tuple[str, str]] = []
    maps: set[str] = set()
    for place, step, _ in doc.strings():
        # An index, a code of two small letters or a field's name (description, learning_setting) is no tag of
        # another form: read no further.
        size = len(step)
        if size < 2 or (size == 2 and step.islower()) or (size > 3 and "-" not in step and "_" not in step):
            continue
        if place in maps:
            continue
        if not LANGUAGE_TAG.match(step):
            continue
        maps.add(place)
        value = doc.get(place)
        if (
            isinstance(value, dict)
            and all(isinstance(k, str) and isinstance(v, str) and LANGUAGE_TAG.match(k) for k, v in value.items())
            and any(language_meant(k) for k in value)
        ):
            found.extend((place, key) for key in value if key not in known and not (len(key) == 2 and key.islower()))
    return found


def _unknown_language(code: str, suggestion: str | None) -> Text:
    if suggestion:
        return msg(
            "'{code}' is not an ISO 639-1 language code (did you mean {suggestion}?)",
            code=shown_code(code),
            suggestion=suggestion,
        )
    return msg("'{code}' is not an ISO 639-1 language code", code=shown_code(code))


def _language_suggestion(value: str) -> str | None:
    """A "did you mean" for a language: by its ISO 639-2 code or its name, else by spelling."""
    return _remembered(_suggest_language, "languages", value)


def _suggest_language(vocab_id: str, value: str) -> str | None:
    """The code a language written otherwise stands for: its ISO 639-2 code or English name, as a spreadsheet cell is
    read ("Englisch", "auf Englisch"), or a close two-letter code."""
    text = value.strip()
    meant = language_meant(text)
    if meant is not None:
        return meant
    for slug, concept in vocab.get("languages").concepts.items():
        if text.lower() == str(concept.get("label", "")).lower():
            return slug
    return _suggestion("languages", value) if len(text) == 2 else value_reader.language(text)


@register
class FieldOfEducationKnown(Rule):
    """The field of education is an ISCED-F 2013 code that exists.

    Why: a field code makes offerings comparable across providers and countries.
    Passes: `field_of_education` is one of the 220 ISCED-F 2013 codes, or absent.
    Fails: a well-formed but unknown code such as 0617.
    """

    id = "MC-VC-003"
    name = "isced-f-code-known"
    title = "ISCED-F field code exists"
    clause = "Annex II Transparency"
    principles = ("transparency", "recognition")
    severity = Severity.ERROR
    weight = 1.0
    message = "'{code}' is not an ISCED-F 2013 field code{suggestion}"
    hint = "Pick the code from the ISCED-F 2013 list, e.g. 0613 Software and applications development."
    example_fail = {"field_of_education": "0617"}
    example_pass = {"field_of_education": "0613"}

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Look up the field code."""
        code = doc.get("/field_of_education")
        fields = vocab.get("isced-f")
        # Digits of another script (Arabic-Indic, fullwidth) are the schema's wrong form, not an unknown field.
        if isinstance(code, str) and code.isascii() and code.isdigit() and 2 <= len(code) <= 4 and code not in fields:
            meant = vocab.isced_without_zero(code)
            if meant is not None:
                yield Hit(
                    "/field_of_education",
                    {"code": code},
                    message=msg(
                        "'{code}' is not an ISCED-F 2013 field code (did you mean {suggestion}?)",
                        code=shown_code(code),
                        suggestion=meant,
                    ),
                    hint=msg(
                        "Write the code with its leading zero: {code} ({label}).",
                        code=meant,
                        label=fields.label(meant),
                    ),
                )
                return
            parent = code[:3] if code[:3] in fields else code[:2]
            yield Hit(
                "/field_of_education",
                {"code": code},
                message=(
                    msg(
                        "'{code}' is not an ISCED-F 2013 field code (the nearest known field is {parent} {label})",
                        code=shown_code(code),
                        parent=parent,
                        label=fields.label(parent),
                    )
                    if parent in fields
                    else msg("'{code}' is not an ISCED-F 2013 field code", code=shown_code(code))
                ),
            )


def _currency_spelt(code: str) -> str | None:
    """The currency code ``code`` is a slip of: the code it reads as (a look-alike letter of another script), the one
    code of the same letters (GPB: GBP), else the one of the same first two letters (EUD: EUR). These name a code's
    country, so the nearest code in spelling of another country names another currency (DKR is no PKR, LEI no SLE):
    none is suggested then."""
    codes = vocab.get("currencies").concepts
    reading = plain_reading(code)  # 'ЕUR' with a Cyrillic Ie is EUR
    if reading != code and reading in codes:
        return reading
    for alike in (lambda known: sorted(known) == sorted(code), lambda known: known[:2] == code[:2]):
        found = [known for known in codes if alike(known)]
        if len(found) == 1:
            return found[0]
    return None


# The longest currency sign or name read (a currency's name is a word or two).
_NAME_CHARS = 40


def _euro_hint(amount: float | None, code: str) -> Text:
    """What to write for a price in a currency the euro replaced: the amount in euro at the fixed rate, where the
    price has one (980 BGN are 501.07 EUR, not 980); a free offering needs no currency."""
    euro = value_reader.in_euro(amount, code) if amount is not None else None
    if euro == 0:
        return msg("Write the currency as EUR, or leave it out: a free offering is price: {amount: 0}.")
    if euro is None:
        return msg("Give the price in euro: EUR.")
    return msg(
        "Give the price in euro: amount: {euro}, currency: EUR ({amount} {code} at the fixed rate of {rate} {code} "
        "to the euro).",
        euro=f"{euro:.2f}",
        amount=f"{amount:g}",
        code=code,
        rate=f"{value_reader.REPLACED_BY_EURO[code][1]:g}",
    )


@register
class CurrencyKnown(Rule):
    """Prices use an ISO 4217 currency code that exists.

    Why: a comparable price needs a known currency.
    Passes: `price.currency` is an active ISO 4217 code, or there is no price.
    Fails: unknown codes such as EUD, and the withdrawn code, sign or name of a currency the euro replaced (HRK
    since 2023, 'лв' for BGN since 2026), which is named as such; its hint gives the amount in euro at the rate
    fixed for the changeover.
    """

    id = "MC-VC-004"
    name = "currency-code-known"
    title = "Currency code exists"
    clause = "Annex II Information and guidance"
    principles = ("information_guidance",)
    severity = Severity.ERROR
    weight = 0.5
    message = "'{code}' is not an ISO 4217 currency code{suggestion}"
    hint = "Use a three-letter ISO 4217 code such as EUR, PLN, SEK."
    example_fail = {"price": {"amount": 100, "currency": "EUD"}}
    example_pass = {"price": {"amount": 100, "currency": "EUR"}}
    # The finding replaces the schema's "wrong form" on the same value ('\u0415UR', with a Cyrillic Ie).
    supersedes_schema = True

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Look up the currency."""
        code = doc.get("/price/currency")
        # A currency's sign or name ('лв', 'kuna') is read only for one the euro replaced: the schema tells any other.
        named = value_reader.currency(code) if isinstance(code, str) and len(code) <= _NAME_CHARS else None
        # ('KR.' is crowns, which the schema's hint on a price in crowns names)
        coded = isinstance(code, str) and len(code) == 3 and code.isupper() and not value_reader.crowns(code)
        if (
            isinstance(code, str)
            and (coded or named in value_reader.REPLACED_BY_EURO)
            and code not in vocab.get("currencies")
        ):
            # A customary abbreviation is the currency it names ('LEI': RON; 'LEV': the lev the euro replaced).
            replaced = code if code in value_reader.REPLACED_BY_EURO else named
            if replaced in value_reader.REPLACED_BY_EURO:
                year = value_reader.REPLACED_BY_EURO[replaced][0]
                yield Hit(
                    "/price/currency",
                    {"code": code},
                    message=msg(
                        "'{code}' is no longer a currency code: the euro replaced it in {year}",
                        code=shown_code(code),
                        year=str(year),
                    )
                    if coded
                    else msg(
                        "'{code}' is {currency}, a currency the euro replaced in {year}",
                        code=shown_code(code),
                        currency=replaced,
                        year=str(year),
                    ),
                    hint=_euro_hint(doc.number("/price/amount"), replaced),
                )
                return
            suggestion = named or _currency_spelt(code)
            yield Hit(
                "/price/currency",
                {"code": code},
                message=(
                    msg(
                        "'{code}' is not an ISO 4217 currency code (did you mean {suggestion}?)",
                        code=shown_code(code),
                        suggestion=suggestion,
                    )
                    if suggestion
                    else msg("'{code}' is not an ISO 4217 currency code", code=shown_code(code))
                ),
            )


@register
class IdentifierWellFormed(Rule):
    """Organisation identifiers have the form their scheme gives them.

    Why: an awarding body's identifier lets a reader, a register or an ELM export find the body (Annex I M4); a PIC,
    an LEI, a VAT number or an Erasmus code that cannot be one finds no body, or another one.
    Passes: a PIC of nine digits; an LEI of 20 letters and digits whose last two are the check digits the others give
    (ISO 17442); a VAT number of a body in an EU member state, its member state's prefix (EL for Greece) or none, then
    2 to 12 digits and letters; an Erasmus code, its country's letters padded to three places (D for Germany, SF for
    Finland, IRL for Ireland), a city code and a number of two or three digits ("D  BERLIN01"), of the body's own
    country; an identifier of another scheme (eIDAS, national, other) or a VAT number of a body outside the EU, which
    have no one form to check; spaces and dots between the characters.
    Fails: a PIC of another length or with letters; an LEI of another length or whose check digits do not hold; a VAT
    number that starts with another country's letters than its body's (GR, the ISO code, for a Greek body) or is no
    VAT number at all (a placeholder such as "vatIdentifier123"); an Erasmus code of another form ("BERLIN01", no
    country's letters) or of an institution in another country than its body's ("F  PARIS001" for a German body).
    """

    id = "MC-VC-006"
    name = "identifier-well-formed"
    title = "Organisation identifiers have their scheme's form"
    element = "awarding_body"
    clause = "Annex I M4"
    principles = ("transparency", "portability")
    severity = Severity.WARNING
    weight = 0.5
    message = "'{value}' is not a well-formed {scheme} identifier"
    hint = "Copy the identifier from its register: a PIC has nine digits, an LEI 20 characters."
    example_fail = {
        "awarding_bodies": [
            {"name": "Example University", "country": "NL", "identifier": {"scheme": "pic", "value": "94912345"}}
        ]
    }
    example_pass = {
        "awarding_bodies": [
            {"name": "Example University", "country": "NL", "identifier": {"scheme": "pic", "value": "949123456"}}
        ]
    }

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when an awarding body has a PIC, an LEI, a VAT number or an Erasmus code."""
        return doc.kind in self.kinds and any(True for _ in _checked_identifiers(doc))

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Check each identifier's form."""
        for index, scheme, value, country in _checked_identifiers(doc):
            place = jp.join("awarding_bodies", index, "identifier", "value")
            problem = _identifier_problem(scheme, value, country)
            if problem is not None:
                yield Hit(place, {"value": value, "scheme": scheme}, message=problem[0], hint=problem[1])


# The schemes whose identifiers have one form to check.
_CHECKED_SCHEMES = frozenset({"pic", "lei", "vat", "erasmus"})
# Longer values are no identifier of any scheme (quoted, not read).
_IDENTIFIER_CHARS = 100


def _checked_identifiers(doc: Descriptor) -> Iterator[tuple[int, str, str, object]]:
    """Each awarding body's identifier of a checked scheme: the body's index, the scheme, the value, its country."""
    for index, body in enumerate(doc.items("/awarding_bodies")):
        identifier = body.get("identifier") if isinstance(body, dict) else None
        scheme = identifier.get("scheme") if isinstance(identifier, dict) else None
        value = identifier.get("value") if isinstance(identifier, dict) else None
        if isinstance(scheme, str) and scheme in _CHECKED_SCHEMES and isinstance(value, str) and value.strip():
            yield index, scheme, value, body.get("country")


def _identifier_problem(scheme: str, value: str, country: object) -> tuple[Text, Text] | None:
    """What is wrong with an identifier's form, and what to do; ``None`` when nothing is."""
    shown = shown_code(value) if len(value) <= _IDENTIFIER_CHARS else f"{shown_code(value[:_IDENTIFIER_CHARS])}..."
    if scheme == "pic":
        if len(value) <= _IDENTIFIER_CHARS and identifiers.pic_well_formed(value):
            return None
        return (
            msg("'{value}' is not a PIC: a Participant Identification Code has nine digits", value=shown),
            msg("Copy the PIC from the EU Funding & Tenders Portal: nine digits, e.g. 999999999."),
        )
    if scheme == "erasmus":
        return _erasmus_problem(value, shown, country)
    lei_hint = msg("Copy the LEI from the GLEIF register: 20 characters, e.g. 529900T8BM49AURSDO55.")
    if scheme == "lei":
        if len(value) > _IDENTIFIER_CHARS or not identifiers.lei_well_formed(value):
            message = msg(
                "'{value}' is not an LEI: a Legal Entity Identifier has 20 letters and digits, the last two digits",
                value=shown,
            )
            return message, lei_hint
        if not identifiers.lei_check_digits_hold(value):
            message = msg("'{value}' is not an LEI: its check digits do not match its other characters", value=shown)
            return message, lei_hint
        return None
    prefix = identifiers.vat_prefix(country) if isinstance(country, str) else None
    if prefix is None:
        return None
    vat_hint = msg(
        "Write the VAT number as VIES shows it, with its member state's prefix first: {prefix}.", prefix=prefix
    )
    if len(value) > _IDENTIFIER_CHARS or not identifiers.vat_well_formed(value):
        message = msg(
            "'{value}' is not a VAT number: an EU VAT number is its member state's prefix and 2 to 12 digits and "
            "letters",
            value=shown,
        )
        return message, vat_hint
    given = identifiers.vat_prefix_given(value)
    if given is None or given == prefix:
        return None
    name = Name("territory", str(country), vocab.get("countries").label(str(country)))
    return (
        msg(
            "the VAT number '{value}' starts {given}, but the awarding body is in {country}, whose VAT numbers start "
            "{prefix}",
            value=shown,
            given=given,
            country=name,
            prefix=prefix,
        ),
        vat_hint,
    )


def _erasmus_problem(value: str, shown: str, country: object) -> tuple[Text, Text] | None:
    """What is wrong with an Erasmus code (:func:`identifiers.erasmus_country`), and what to do; ``None`` when nothing
    is, or the body's country is not given or not in the programme."""
    found = identifiers.erasmus_country(value) if len(value) <= _IDENTIFIER_CHARS else None
    if found is None:
        return (
            msg(
                "'{value}' is not an Erasmus code: its country's letters (D for Germany, SF for Finland), a city code "
                "and a number of two or three digits",
                value=shown,
            ),
            msg("Copy the Erasmus code from the institution's Erasmus Charter, e.g. D  BERLIN01."),
        )
    letters = identifiers.erasmus_letters(country) if isinstance(country, str) else None
    if letters is None or identifiers.ERASMUS_COUNTRIES[letters] == found:
        return None
    countries = vocab.get("countries")
    return (
        msg(
            "the Erasmus code '{value}' is of an institution in {found}, but the awarding body is in {country}, whose "
            "Erasmus codes start {letters}",
            value=shown,
            found=Name("territory", found, countries.label(found)),
            country=Name("territory", str(country), countries.label(str(country))),
            letters=letters,
        ),
        msg("Check the awarding body's country and its Erasmus code: one of them belongs to another institution."),
    )


def _ects_hint(hours: float | None) -> Text | None:
    """The credits to add for the hours given, written out (none: the rule's hint)."""
    credits = None if hours is None else ects_to_write(hours)
    if hours is None or credits is None:
        return None
    shown = [int(n) if float(n).is_integer() else n for n in (credits, hours)]
    return msg(
        "Add workload.ects (1 ECTS = 25-30 hours of learning): {written}.",
        written=f"workload: {{ects: {shown[0]}, hours: {shown[1]}}}",
    )


@register
class WorkloadInEcts(Rule):
    """The workload is given in ECTS wherever possible.

    Why: Annex I asks for the notional workload "in ECTS, wherever possible"; hours alone are
    harder to recognise across borders. ECTS is the credit system of higher education, so it is
    expected from EQF level ``ects_from_eqf`` up; below it (vocational and school levels), for
    vocational education and training at any level, and for non-formal training that claims no level,
    hours or a national credit system are what is possible.
    Passes: `workload.ects` is given; or another credit system is named (ECVET, QQI FET credits);
    or the EQF level is below `ects_from_eqf` (given, or the one the national level or QF-EHEA cycle
    stands for); or the offer is quality-assured under EQAVET (the
    framework of vocational education and training, which awards no ECTS) and names no QF-EHEA
    cycle; or a non-formal offer says no level applies.
    Fails: only hours at a higher-education level, or only hours with no level to say ECTS is out of reach.

    A profile that expects another credit system besides ECTS names it in `credit_systems` (UK credits,
    SCQF credit points), and the message and hint then ask for credits in ECTS or one of those.

    Silent when the hours are no figure the format accepts (0, or beyond 18,000): MC-SC-001 reports it, once.

    Hours under another name are no credit system: `other_credits` whose system counts hours ("CPD hours",
    "Unterrichtsstunden", "heures") are hours alone. A profile that asks for credits at every EQF level
    (``ects_from_eqf`` 1) asks them of a non-formal offer that claims no level, and of vocational training
    under EQAVET, too.

    An EQF level and a national level that disagree (DQR 4 beside EQF 5) are MC-LV-003's finding; here the
    lower of the two decides, so one slip is told once; the same holds for two national levels given as one
    (DQR "4-5").
    """

    id = "MC-WL-001"
    name = "workload-in-ects"
    title = "Workload is given in ECTS"
    element = "workload"
    clause = "Annex I M7"
    principles = ("transparency", "recognition")
    severity = Severity.WARNING
    weight = 1.0
    defaults = {"ects_from_eqf": 5, "credit_systems": []}
    options_schema = {"credit_systems": {"type": "array", "items": {"type": "string", "pattern": "\\S"}}}
    message = "the workload is given without ECTS credits"
    hint = "Add workload.ects (1 ECTS = 25-30 hours of learning), e.g. workload: {ects: 5, hours: 140}."
    example_fail = {"workload": {"hours": 140}}
    example_pass = {"workload": {"ects": 5, "hours": 140}}

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Only judged when a workload is given at all."""
        return bool(doc.mapping("/workload"))

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """Hit when ECTS are absent where they are possible."""
        system = doc.get("/workload/other_credits/system")
        if doc.get("/workload/ects") is not None or (system and not counts_hours(system)):
            return
        if doc.figure("/workload/hours") is None:
            return  # no usable figure (none, 0, beyond ten years of study): the schema says what is wrong, once
        eqf = implied_eqf(doc)  # a national level alone says it too (NLQF 3 is EQF 3)
        if eqf is None:
            eqf = national_range_eqf(doc)  # two levels as one ("DQR 4-5") are MC-LV-003's: the lower decides here
        national = national_eqf(doc)
        if eqf is not None and national is not None:
            eqf = min(eqf, national[1])  # levels that disagree are MC-LV-003's finding: the lower decides here
        if eqf is not None and eqf < ctx.options["ects_from_eqf"]:
            return
        every_level = ctx.options["ects_from_eqf"] <= 1  # a profile asking for credits whatever the level
        if (
            not every_level
            and doc.get("/level/not_applicable")
            and doc.get("/participation/learning_setting") == "non-formal"
        ):
            return
        if (
            not every_level
            and doc.get("/quality_assurance/external/framework") == "EQAVET"
            and doc.get("/level/qf_ehea_cycle") is None
        ):
            return  # vocational education and training (EQF 5 and 6 too): hours are its measure, not ECTS
        systems = [" ".join(system.split()) for system in ctx.options["credit_systems"]]
        if not systems:
            yield Hit("/workload", hint=_ects_hint(doc.figure("/workload/hours")))
            return
        yield Hit(
            "/workload",
            message=msg("the workload is given without ECTS credits or {systems}", systems=either(systems)),
            hint=msg(
                "Add workload.ects, or the credits in {systems} as workload.other_credits, e.g. "
                "workload: {other_credits: {system: {system}, value: ...}, hours: ...}.",
                systems=either(systems),
                system=systems[0],
            ),
        )
