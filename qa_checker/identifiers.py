"""The forms of the organisation identifiers whose scheme fixes one: the PIC, the LEI and the EU VAT number.

- PIC (Participant Identification Code of the EU Funding & Tenders Portal, which the Erasmus+ programme uses): nine
  digits.
- LEI (Legal Entity Identifier, ISO 17442): 18 letters and digits and two check digits, which make the whole, its
  letters read as 10-35, leave 1 when divided by 97 (ISO 7064 MOD 97-10).
- VAT number of the EU (as VIES shows it): its member state's two letters first, EL for Greece, then 2 to 12 digits
  and letters, at least two of them digits (the national number, without its prefix where a provider leaves it off).

- Erasmus code (of a higher education institution holding the Erasmus Charter): its country's Erasmus letters, padded
  to three places with spaces ("D  " for Germany, "SF " for Finland, "IRL" for Ireland), a city code of letters (a
  hyphen in some: "LUX-VIL") and a number of two or three digits: "D  BERLIN01", "SF HELSINK01", "IRLDUBLIN01".

The other schemes (eIDAS identifiers, national and other registers) have no one form to check.
"""

from __future__ import annotations

from typing import Final

from qa_checker.patterns import regex
from qa_checker.vocab import EU_EDITORIAL_COUNTRIES

PIC_DIGITS: Final = 9

# The member states of the EU, by their ISO 3166-1 codes.
EU_MEMBER_STATES: Final = frozenset(
    {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU"}
    | {"LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"}
)
# The VAT prefix of each member state whose prefix is not its ISO code (EL for Greece).
_VAT_PREFIX: Final = {iso: editorial for editorial, iso in EU_EDITORIAL_COUNTRIES.items() if iso in EU_MEMBER_STATES}

_SEPARATORS = regex(r"[\s.\-/]+")
_LEI = regex(r"[A-Z0-9]{18}[0-9]{2}")
_PREFIX = regex(r"[A-Z]{2}")
# The national part of an EU VAT number: 2 to 12 digits and letters, two of them digits at least.
_VAT_NUMBER = regex(r"(?=(?:[A-Z]*[0-9]){2})[A-Z0-9]{2,12}")


def compact(value: str) -> str:
    """An identifier without the spaces, dots, hyphens and slashes it is written with, in capitals."""
    return _SEPARATORS.sub("", value).upper()


def pic_well_formed(value: str) -> bool:
    """Whether a PIC has its nine digits (spaces and dots between them aside)."""
    digits = compact(value)
    return len(digits) == PIC_DIGITS and digits.isascii() and digits.isdigit()


def lei_check_digits_hold(value: str) -> bool:
    """Whether an LEI of the right form (:func:`lei_well_formed`) has the check digits its other characters give."""
    return int("".join(str(int(char, 36)) for char in compact(value))) % 97 == 1


def lei_well_formed(value: str) -> bool:
    """Whether an LEI has its 20 characters, 18 letters or digits and two digits."""
    return _LEI.fullmatch(compact(value)) is not None


def vat_prefix(country: str) -> str | None:
    """The prefix of an EU member state's VAT numbers (EL for GR); ``None`` outside the EU."""
    return _VAT_PREFIX.get(country, country) if country in EU_MEMBER_STATES else None


def vat_prefix_given(value: str) -> str | None:
    """The two letters a VAT number starts with, if it starts with two."""
    found = _PREFIX.match(compact(value))
    return found.group() if found else None


def vat_well_formed(value: str) -> bool:
    """Whether a text has the form of an EU VAT number: two letters or none, then its national part
    (:data:`_VAT_NUMBER`)."""
    number = compact(value)
    if _PREFIX.match(number) is not None:
        number = number[2:]
    return _VAT_NUMBER.fullmatch(number) is not None


# The country (ISO 3166-1, GB for the United Kingdom) of each Erasmus code's letters: a country's own code but for
# the old ones (A Austria, B Belgium, D Germany, E Spain, F France, G Greece, I Italy, IRL Ireland, LUX Luxembourg,
# N Norway, P Portugal, S Sweden, SF Finland, UK the United Kingdom), as the Erasmus Charter lists its holders; the
# countries associated with the programme and the Western Balkans' too, and Switzerland, whose universities hold
# codes of their own for its mobility programme (CH ZURICH01, CH BERN01).
ERASMUS_COUNTRIES: Final = {
    **{code: code for code in ("BG", "CY", "CZ", "DK", "EE", "HR", "HU", "LT", "LV", "MT", "NL", "PL", "RO", "SI")},
    **{code: code for code in ("SK", "IS", "LI", "MK", "RS", "TR", "AL", "BA", "ME", "XK", "CH")},
    "A": "AT",
    "B": "BE",
    "D": "DE",
    "E": "ES",
    "F": "FR",
    "G": "GR",
    "I": "IT",
    "IRL": "IE",
    "LUX": "LU",
    "N": "NO",
    "P": "PT",
    "S": "SE",
    "SF": "FI",
    "UK": "GB",
}
# An Erasmus code: its letters and the spaces padding them to three places (or a hyphen: "LUX-LUX01"; none after
# three: "LUXLUX-VIL01"), a city code of letters and hyphens, and two or three digits.
_ERASMUS = regex(r"(?:(?P<spaced>[A-Z]{1,3})[\s-]+|(?P<joined>[A-Z]{3}))[A-Z][A-Z-]{0,9}[0-9]{2,3}")


def erasmus_country(value: str) -> str | None:
    """The country (ISO 3166-1) of a well-formed Erasmus code; ``None`` when the value is not one, its letters naming
    no country of the programme."""
    found = _ERASMUS.fullmatch(value.strip().upper())
    if found is None:
        return None
    return ERASMUS_COUNTRIES.get(found.group("spaced") or found.group("joined"))


def erasmus_letters(country: str) -> str | None:
    """The letters an Erasmus code of a body in this country (ISO 3166-1, or EL, UK) starts with; ``None`` outside
    the programme."""
    return _ERASMUS_LETTERS.get(EU_EDITORIAL_COUNTRIES.get(country, country))


# The letters of each country's Erasmus codes (one a country).
_ERASMUS_LETTERS: Final = {country: letters for letters, country in ERASMUS_COUNTRIES.items()}
