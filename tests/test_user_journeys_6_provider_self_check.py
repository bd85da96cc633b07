"""User journey 6: a provider self-checks one descriptor in their own language and fixes every finding.

Three providers follow the README to the letter before they submit: a German Fachhochschule writes YAML
(``--lang de``), a Polish private academy fills in the CSV template (``--lang pl``, and the API), a French CCI
training centre writes JSON (``--lang fr``). Each starts from ``qa-checker template``, fills it in with the
mistakes such providers make, runs ``qa-checker check``, reads ``explain`` and ``rules``, fixes each finding by
what its message and hint say and nothing else, re-checks until the file passes, and waives the one finding
it cannot fix. What they rely on: every message and hint in their language, placed where they can find it in
their own file (the line holding the key, the cell of the sheet), and every value a hint writes being one that,
written in the file as the hint says, makes the finding go away.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from qa_checker import pointer as jp
from qa_checker.api import check_documents
from qa_checker.cli import cli
from qa_checker.document import Document
from qa_checker.findings import Finding
from qa_checker.i18n import translator
from qa_checker.rules import RULES_BY_ID
from qa_checker.template import COLUMNS
from qa_checker.text import Series, Text, english
from tests.conftest import NOW, baseline

TODAY = NOW.date().isoformat()
# The word for Annex in each language, as the glossary prescribes it ("Anhang I M6").
ANNEX = {"de": "Anhang I", "fr": "annexe I", "pl": "załącznik I"}
# Messages added for this journey, which the lead translates: until a catalogue has them, the test that every
# message is translated is expected to fail in that language.
AWAITING = (
    "'{missing}' is missing from the descriptor",
    "Write qf_ehea_cycle: {cycle} for EQF {eqf}, or correct the EQF level.",
    "Write the cycle as its code: short (EQF 5), first (EQF 6), second (EQF 7) or third (EQF 8).",
    "Add workload.ects (1 ECTS = 25-30 hours of learning): {written}.",
    "{field} lists {value} twice",
    "Give each value once: remove the repeated {value}.",
)


# -- the three providers' files ------------------------------------------------------------------------------

DE_START = """\
# Deskriptor für das Zertifikatsmodul Cloud-Grundlagen
descriptor_version: '1.0'
kind: offer
id: fh-suedwest-cloud-2027
titel: Cloud-Grundlagen für kleine und mittlere Unternehmen
summary: Grundlagen von Cloud-Diensten, Kosten und Datenschutz für KMU.
languages: [en]
awarding_bodies:
  - name: Fachhochschule Südwestfalen
    country: Deutschland
    url: https://www.fh-swf.de
learning_outcomes:
  - Die Studierenden kennen die wichtigsten Cloud-Dienstmodelle.
  - Die Studierenden verstehen und bewerten Kostenmodelle von Cloud-Anbietern.
  - Vermittlung der Grundlagen der DSGVO für Cloud-Dienste.
workload: 5 ECTS
level:
  eqf: 6
  qf_ehea_cycle: short
field_of_education: '0612'
assessment:
  types: [Klausur]
  description: Eine 90-minütige Klausur am Ende des Moduls.
  supervision: supervised-onsite-id-check
  grading_scheme: 1,0 bis 5,0; bestanden ab 4,0
participation:
  mode: Präsenz
  learning_setting: formal
  activity_types: Vorlesung, Selbststudium
  schedule:
    start: 01.03.2027
    end: '2027-05-31'
    duration: 12 Wochen
quality_assurance:
  internal:
    description: Qualitätssicherung nach der Evaluationsordnung der Hochschule.
  external:
    body: AQAS
    country: DE
    framework: ESG
prerequisites: keine
stackability:
  type: stackable
further_information: https://www.example.org/data-literacy
price: 450 Euro
last_reviewed: '2026-09-01'
"""

FR_START = """\
{
  "kind": "offre",
  "id": "cci-paris-negociation-2027",
  "title": "Négociation commerciale B2B",
  "summary": "Formation courte aux techniques de négociation avec les acheteurs professionnels.",
  "languages": ["fr"],
  "awarding_bodies": [
    {"name": "CCI Paris Île-de-France Éducation", "country": "France", "url": "https://www.cci-paris-idf.fr"}
  ],
  "learning_outcomes": [
    "Les participants seront capables de comprendre les étapes d'une négociation.",
    "Sensibilisation aux techniques de persuasion.",
    "Préparer et conduire un entretien de négociation avec un acheteur."
  ],
  "workload": {"hours": "35 heures"},
  "level": {"eqf": 5},
  "field_of_education": "0416",
  "assessment": {
    "types": "mise en situation, portfolio",
    "description": "Jeu de rôle filmé évalué par deux formateurs.",
    "grading_scheme": "Acquis / non acquis"
  },
  "participation": {
    "mode": "présentiel",
    "learning_setting": "non formel",
    "activity_types": "atelier; travail personnel",
    "schedule": {"start": "2027-03-01", "end": "2027-03-05", "duration": "5 jours"}
  },
  "quality_assurance": {
    "external": {"body": "France compétences", "country": "FR", "framework": "national", "eqar_registered": "non"}
  },
  "prerequisites": "aucun",
  "stackability": {"type": "stand-alone"},
  "price": "1 450 €",
  "last_reviewed": "2026-10-01",
}
"""

# The Polish academy's row of the CSV template, by column.
PL_ROW = {
    "kind": "offer",
    "id": "awsb-analiza-danych-2027",
    "title": "Analiza danych w Excelu dla pracowników administracji",
    "summary": "Praktyczny kurs analizy danych w arkuszu kalkulacyjnym.",
    "languages": "polski",
    "awarding_bodies.0.name": "Akademia WSB",
    "awarding_bodies.0.country": "Polska",
    "awarding_bodies.0.url": "wsb.edu.pl",
    "learning_outcomes": (
        "Zna i rozumie podstawowe funkcje arkusza kalkulacyjnego.\n"
        "Kurs obejmuje tworzenie tabel przestawnych.\n"
        "Potrafi przygotować wykres i zinterpretować jego wyniki."
    ),
    "workload.ects": "3 ECTS",
    "workload.hours": "80",
    "level.eqf": "6",
    "level.nqf.framework": "PRK",
    "level.nqf.level": "7",
    "field_of_education": "0413",
    "assessment.types": "egzamin pisemny",
    "assessment.description": "Test pisemny na zakończenie kursu.",
    "assessment.supervision": "supervised-onsite-id-check",
    "assessment.grading_scheme": "2–5, zaliczenie od 3",
    "participation.mode": "hybrydowo",
    "participation.learning_setting": "pozaformalne",
    "participation.activity_types": "wykład; ćwiczenia; e-learning",
    "participation.schedule.start": "2027-03-01",
    "participation.schedule.end": "2027-02-15",
    "quality_assurance.internal.description": "Wewnętrzny system zapewniania jakości kształcenia Akademii.",
    "prerequisites": "brak",
    "stackability.type": "samodzielne",
    "further_information": "https://www.wsb.edu.pl/analiza-danych",
    "last_reviewed": "2026-06-01",
    "price.amount": "1200",
    "price.currency": "PLN",
}


def _yaml_fixes(text: str) -> str:
    """What the German provider changes, each as its finding's message and hint say."""
    for old, new in (
        ("titel:", "title:"),  # Benennen Sie „titel“ in „title“ um
        ("languages: [en]", "languages: [de]"),  # Deklarieren Sie die Sprache an erster Stelle in `languages`
        ("country: Deutschland", "country: DE"),  # meinten Sie DE?
        ("workload: 5 ECTS", "workload: {ects: 5}"),  # Schreiben Sie {ects: 5}.
        ("qf_ehea_cycle: short", "qf_ehea_cycle: first"),  # qf_ehea_cycle: first für EQR 6
        ("types: [Klausur]", "types: [written-examination]"),  # meinten Sie „written-examination“?
        ("mode: Präsenz", "mode: onsite"),  # meinten Sie „onsite“?
        ("activity_types: Vorlesung, Selbststudium", "activity_types: [classroom, self-study]"),
        ("start: 01.03.2027", "start: '2027-03-01'"),  # schreiben Sie es als YYYY-MM-DD: 2027-03-01
        ("duration: 12 Wochen", "duration: P12W"),  # schreiben Sie P12W
        ("price: 450 Euro", "price: {amount: 450, currency: EUR}"),
        # Die Studierenden ... : beobachtbare Verben, wie die Tipps sie nennen.
        ("Studierenden kennen die", "Studierenden benennen die"),
        ("verstehen und bewerten Kostenmodelle", "bewerten Kostenmodelle"),
        (
            "Vermittlung der Grundlagen der DSGVO für Cloud-Dienste.",
            "Die Studierenden wenden die Grundlagen der DSGVO auf Cloud-Dienste an.",
        ),
        ("  type: stackable\n", "  type: stackable\n  towards: [{title: Zertifikat Cloud Computing, credits: 5}]\n"),
    ):
        assert old in text, old
        text = text.replace(old, new)
    return text


def _json_fixes(text: str) -> str:
    """What the French provider changes, each as its finding's message and hint say."""
    data = json.loads(re.sub(r",(\s*})\s*$", r"\1", text))  # Supprimez la virgule après le dernier élément
    data = {"descriptor_version": "1.0", **data}  # Indiquez descriptor_version: "1.0"
    data["kind"] = "offer"
    data["awarding_bodies"][0]["country"] = "FR"
    data["workload"]["hours"] = 35
    data["assessment"]["types"] = ["practical-assessment", "portfolio"]
    data["assessment"]["supervision"] = "supervised-onsite-id-check"
    data["participation"].update(
        mode="onsite", learning_setting="non-formal", activity_types=["workshop", "self-study"]
    )
    data["participation"]["schedule"]["duration"] = "P5D"
    data["quality_assurance"]["external"]["eqar_registered"] = False
    data["price"] = {"amount": 1450, "currency": "EUR"}
    data["further_information"] = "https://www.cci-paris-idf.fr/negociation"
    data["learning_outcomes"] = [
        "Expliquer les étapes d'une négociation commerciale.",
        "Appliquer les techniques de persuasion lors d'un échange commercial.",
        "Préparer un entretien de négociation avec un acheteur.",
        "Conduire un entretien de négociation avec un acheteur.",
    ]
    return json.dumps(data, ensure_ascii=False, indent=2)


def _csv_fixes(row: dict[str, str]) -> dict[str, str]:
    """What the Polish provider changes in the row, each as its finding's message and hint say."""
    return {
        **row,
        "awarding_bodies.0.url": "https://www.wsb.edu.pl",  # Podaj pełny adres ... od https://
        "participation.schedule.end": "2027-04-15",  # Zamień lub popraw daty
        "level.nqf.level": "6",  # Poziom ERK 6 odpowiada poziomowi PRK 6
        "stackability.type": "stand-alone",  # spoza listy: stand-alone, stackable
        # Obserwowalne czasowniki, jak we wskazówkach; wykres i jego interpretacja zostają jednym zadaniem.
        "learning_outcomes": (
            "Wyjaśnia podstawowe funkcje arkusza kalkulacyjnego.\n"
            "Stosuje tabele przestawne do podsumowania danych.\n"
            "Potrafi przygotować wykres i zinterpretować jego wyniki."
        ),
    }


@dataclass(frozen=True)
class Provider:
    """One provider's journey: their language, file, first draft, the draft with every fix, and the waiver."""

    language: str
    name: str
    template: str
    start: Callable[[Path], str]
    fixed: Callable[[Path], str]
    waived: str
    reason: str


def _template_csv(root: Path) -> list[str]:
    done = CliRunner().invoke(cli, ["--lang", "pl", "template", "--format", "csv", "-o", str(root / "template.csv")])
    assert done.exit_code == 0, done.output
    return next(csv.reader(io.StringIO((root / "template.csv").read_text(encoding="utf-8-sig"))))


def _csv(root: Path, row: dict[str, str]) -> str:
    header = _template_csv(root)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerow([row.get(column, "") for column in header])
    return out.getvalue()


PROVIDERS = {
    "de": Provider(
        "de",
        "cloud-grundlagen.yaml",
        "yaml",
        lambda root: DE_START,
        lambda root: _yaml_fixes(DE_START),
        "MC-UR-001",
        "Die Kursseite geht mit dem Semesterstart online; bis dahin steht die Adresse noch nicht fest.",
    ),
    "fr": Provider(
        "fr",
        "negociation.json",
        "json",
        lambda root: FR_START,
        lambda root: _json_fixes(FR_START),
        "MC-WL-001",
        "Formation consulaire hors enseignement supérieur : aucun crédit ECTS ne peut être attribué.",
    ),
    "pl": Provider(
        "pl",
        "oferta.csv",
        "csv",
        lambda root: _csv(root, PL_ROW),
        lambda root: _csv(root, _csv_fixes(PL_ROW)),
        "MC-LO-004",
        "Przygotowanie i interpretacja wykresu to jedno zadanie oceniane wspólnie.",
    ),
}


def _cli(*args: str, code: int | None = None) -> str:
    done = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    if code is not None:
        assert done.exit_code == code, done.output
    return done.output


def _check(path: Path, language: str, *more: str, code: int | None = None) -> dict[str, Any]:
    out = _cli("--lang", language, "check", str(path), "--now", TODAY, "--format", "json", *more, code=code)
    report: dict[str, Any] = json.loads(out)
    return report


@pytest.fixture(params=sorted(PROVIDERS))
def provider(request: pytest.FixtureRequest) -> Provider:
    return PROVIDERS[request.param]


@pytest.fixture
def draft(provider: Provider, tmp_path: Path) -> Path:
    path = tmp_path / provider.name
    path.write_text(provider.start(tmp_path), encoding="utf-8")
    return path


def _readable(path: Path) -> Path:
    """The French draft with its slip of syntax mended (the first finding it gets), the others as written."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        text = re.sub(r",(\s*})\s*$", r"\1\n", text)
    mended = path.with_name("mended" + path.suffix)
    mended.write_text(text, encoding="utf-8")
    return mended


def _findings(path: Path, language: str) -> list[Finding]:
    """The findings of one file through the Python API, with their translatable texts."""
    from qa_checker.api import check_paths

    report = check_paths([str(path)], now=NOW)
    return [f for result in report.results for f in result.findings]


# -- starting: the template ----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", sorted(ANNEX))
def test_the_template_explains_each_field_in_the_providers_language(language: str) -> None:
    tr = translator(language)
    text = _cli("--lang", language, "template", "--format", "yaml", code=0)
    comments = "\n".join(line for line in text.splitlines() if line.lstrip().startswith("#"))
    assert "Annex I" not in comments
    (title,) = [column for column in COLUMNS if column.path == "title"]
    assert title.element_in(tr).startswith(ANNEX[language]) and f"({title.element_in(tr)})" in comments
    documented = [column for column in COLUMNS if column.doc_in(tr, in_yaml=True) in comments]
    assert len(documented) >= 30
    for column in COLUMNS:
        assert english(column.yaml_doc or column.doc) not in comments, column.path


# -- checking: every finding placed in the provider's own file -----------------------------------------------


def test_a_slip_of_syntax_is_told_on_its_line_and_mended_as_the_hint_says(tmp_path: Path) -> None:
    path = tmp_path / "negociation.json"
    path.write_text(FR_START, encoding="utf-8")
    report = _check(path, "fr", code=1)
    (finding,) = report["results"][0]["findings"]
    assert finding["rule"] == "MC-LD-002" and finding["message"].startswith("JSON non valide à la ligne")
    line = FR_START.splitlines()[finding["line"] - 1]
    assert line.rstrip().endswith(",") and f"(ligne {finding['line']})" in finding["hint"]
    assert _check(_readable(path), "fr")["results"][0]["status"] != "error"


def _key_line(text: str, pointer: str) -> set[int]:
    """The lines of a YAML or JSON text on which the last key of ``pointer`` is written."""
    key = jp.split(pointer)[-1]
    pattern = re.compile(rf'(^|[\s{{,\[])("{re.escape(key)}"|{re.escape(key)})\s*:')
    return {n for n, line in enumerate(text.splitlines(), 1) if pattern.search(line)}


def test_every_finding_is_placed_where_the_provider_wrote_it(provider: Provider, draft: Path) -> None:
    path = _readable(draft)
    text = path.read_text(encoding="utf-8")
    report = _check(path, provider.language, code=1)
    findings = report["results"][0]["findings"]
    assert len(findings) >= 6
    shown = _cli("--lang", provider.language, "check", str(path), "--now", TODAY, "--color", "never")
    header = next(csv.reader(io.StringIO(text))) if provider.template == "csv" else []
    for finding in findings:
        tokens = jp.split(finding["pointer"]) if finding["pointer"] else []
        if provider.template == "csv":
            origin = finding["origin"]
            assert origin["sheet"] == "mended" and re.fullmatch(r"[A-Z]+2", origin["cell"]), finding
            column = _column_index(origin["cell"])
            dotted = ".".join(tokens)
            assert header[column] == dotted or dotted.startswith(header[column] + "."), (finding, header[column])
            assert f"{finding['pointer']} [mended!{origin['cell']}]" in shown
            continue
        assert finding["line"] and f"{path.name}:{finding['line']}:{finding['column']}" in shown, finding
        last = tokens[-1] if tokens else ""
        if last and not last.isdigit() and _key_line(text, finding["pointer"]):
            assert finding["line"] in _key_line(text, finding["pointer"]), finding
        elif last.isdigit():
            item = _value_at(_parsed(text, provider.template), tokens)
            assert isinstance(item, str) and item[:20] in text.splitlines()[finding["line"] - 1], finding


def _column_index(cell: str) -> int:
    letters = re.match(r"[A-Z]+", cell)
    assert letters
    index = 0
    for letter in letters.group(0):
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def _parsed(text: str, form: str) -> Any:
    return json.loads(text) if form == "json" else yaml.safe_load(text)


def _value_at(data: Any, tokens: list[str]) -> Any:
    for token in tokens:
        data = data[int(token)] if isinstance(data, list) else data[token]
    return data


# -- every message and hint in the provider's language -------------------------------------------------------


def _templates(value: Any) -> Iterator[Text]:
    """Every text a message is made of, nested ones too."""
    if isinstance(value, Text):
        yield value
        for param in value.params.values():
            yield from _templates(param)
    elif isinstance(value, Series):
        for item in value.items:
            yield from _templates(item)


def _untranslated(findings: list[Finding], language: str) -> list[str]:
    tr = translator(language)
    missing = []
    for finding in findings:
        for text in (t for part in (finding.message_text, finding.hint_text) for t in _templates(part)):
            template = text.template
            if not re.search(r"[A-Za-z]{3}", re.sub(r"\{\w+\}", "", template)):
                continue  # only placeholders and marks: "{clause}: {element}"
            if _entry(tr, text) == template and template not in _SAME_IN_EVERY_LANGUAGE:
                missing.append(template)
    return missing


def _entry(tr: Any, text: Text) -> str:
    """The catalogue's entry for a text (its template when there is none), looked up as the renderers do."""
    if text.plural is not None:
        count = text.count or 0
        if text.context is not None:
            return str(tr.npgettext(text.context, text.template, text.plural, count))
        return str(tr.ngettext(text.template, text.plural, count))
    return str(tr.pgettext(text.context, text.template) if text.context is not None else tr.gettext(text.template))


# Messages that read the same in every language (a code and a quoted value).
_SAME_IN_EVERY_LANGUAGE = frozenset({"{field}: {problem}"})


def _awaiting(language: str) -> bool:
    tr = translator(language)
    return any(tr.gettext(msgid) == msgid for msgid in AWAITING)


def test_every_message_and_hint_is_in_the_providers_language(provider: Provider, draft: Path) -> None:
    findings = _findings(_readable(draft), provider.language)
    assert findings
    # The messages added for this journey are the next test's.
    assert [t for t in _untranslated(findings, provider.language) if t not in AWAITING] == []


@pytest.mark.parametrize(
    "language",
    [
        pytest.param(
            code, marks=pytest.mark.xfail(_awaiting(code), reason="new messages await translation", strict=True)
        )
        for code in sorted(PROVIDERS)
    ],
)
def test_the_messages_added_for_this_journey_are_translated(language: str) -> None:
    tr = translator(language)
    assert [msgid for msgid in AWAITING if tr.gettext(msgid) == msgid] == []


def test_the_terminal_shows_each_finding_as_the_catalogue_words_it(provider: Provider, draft: Path) -> None:
    path = _readable(draft)
    tr = translator(provider.language)
    shown = _cli("--lang", provider.language, "check", str(path), "--now", TODAY, "--color", "never")
    for finding in _findings(path, provider.language):
        assert tr.message(finding) in shown and tr.hint(finding) in shown, finding.rule
    assert "Annex I" not in shown


# -- a value a hint writes fixes its finding --------------------------------------------------------------


def _written(text: Any) -> str | None:
    """The value a hint writes out for the provider to put in their file (its ``written``)."""
    if not isinstance(text, Text):
        return None
    if isinstance(text.params.get("written"), str):
        return str(text.params["written"])
    return next((w for p in text.params.values() if (w := _written(p)) is not None), None)


def _apply(data: dict[str, Any], pointer: str, written: str, form: str) -> None:
    """Write ``written`` (a value, or ``field: value``) at ``pointer`` as the provider would."""

    def read(text: str) -> Any:
        return json.loads(text) if form == "json" else yaml.safe_load(text)

    tokens = jp.split(pointer)
    parent = _value_at(data, tokens[:-1])
    member = re.match(r'"?([a-z_]+)"?: ', written)
    if member is None:
        parent[tokens[-1]] = read(written)
        return
    value = read(written[member.end() :])
    if member.group(1) != tokens[-1]:
        del parent[tokens[-1]]  # a field moved where it belongs
    parent[member.group(1)] = value


@pytest.mark.parametrize("language", ["de", "fr"])
def test_applying_the_value_a_hint_writes_makes_the_finding_go_away(language: str, tmp_path: Path) -> None:
    provider = PROVIDERS[language]
    path = tmp_path / provider.name
    path.write_text(provider.start(tmp_path), encoding="utf-8")
    path = _readable(path)
    data = _parsed(path.read_text(encoding="utf-8"), provider.template)
    written = [(f, w) for f in _findings(path, language) if (w := _written(f.hint_text)) is not None]
    assert len(written) >= 3, [f.rule for f in _findings(path, language)]
    for finding, value in written:
        if provider.template == "json":
            json.loads("{" + value + "}" if re.match(r'"\w+": ', value) else value)  # JSON, pasted into JSON
        changed = json.loads(json.dumps(data))
        _apply(changed, finding.pointer, value, provider.template)
        fixed = tmp_path / f"fixed{path.suffix}"
        dumped = json.dumps(changed, ensure_ascii=False) if provider.template == "json" else yaml.safe_dump(changed)
        fixed.write_text(dumped, encoding="utf-8")
        left = [(f.rule, f.pointer) for f in _findings(fixed, language)]
        assert (finding.rule, finding.pointer) not in left, (finding.rule, finding.pointer, value)


# -- following every hint until the file passes, and waiving what cannot be fixed ----------------------------


def test_the_provider_fixes_every_finding_and_waives_the_one_left(provider: Provider, tmp_path: Path) -> None:
    tr = translator(provider.language)
    path = tmp_path / provider.name
    path.write_text(provider.fixed(tmp_path), encoding="utf-8")
    report = _check(path, provider.language, code=0)
    (result,) = report["results"]
    assert result["status"] == "pass"
    left = {f["rule"] for f in result["findings"]}
    assert left == {provider.waived}, result["findings"]
    waivers = tmp_path / "waivers.yaml"
    entry = {"rule": provider.waived, "descriptor": result["id"], "reason": provider.reason, "accepted_by": "QA"}
    waivers.write_text(yaml.safe_dump({"waivers": [entry]}, allow_unicode=True), encoding="utf-8")
    waived = _check(path, provider.language, "--waivers", str(waivers), code=0)["results"][0]
    assert waived["score"] == 100.0 and all(f["waived"] for f in waived["findings"])
    shown = _cli("--lang", provider.language, "check", str(path), "--now", TODAY, "--waivers", str(waivers), code=0)
    assert tr.gettext("(waived)") in shown and provider.reason in shown


# -- explain and rules: what the provider reads about each rule -----------------------------------------------


def test_explain_and_rules_speak_the_language_and_agree_with_the_finding(provider: Provider, draft: Path) -> None:
    tr = translator(provider.language)
    found = {f.rule: f for f in _findings(_readable(draft), provider.language)}
    listed = _cli("--lang", provider.language, "rules", code=0)
    for rule_id, finding in found.items():
        rule = RULES_BY_ID[rule_id]
        assert tr.gettext(rule.title) != rule.title and tr.gettext(rule.title) in listed, rule_id
        explained = _cli("--lang", provider.language, "explain", rule_id, code=0)
        assert explained.startswith(f"{rule_id}  {rule.name}: {tr.gettext(rule.title)}")
        assert "Annex I" not in explained and tr.document(rule.documentation()).split("\n")[0] in explained
        details = json.loads(_cli("--lang", provider.language, "explain", rule_id, "--format", "json", code=0))
        failing = [f for f in details["failing"]["findings"] if f["rule"] == rule_id]
        assert failing and not [f for f in details["fixed"]["findings"] if f["rule"] == rule_id], rule_id
        assert finding.severity.value == details["severity"], rule_id


# -- the API, as the Polish academy's registry calls it -------------------------------------------------------


def test_the_api_tells_the_polish_provider_what_the_cli_tells_them(tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    from qa_checker.web import application

    provider = PROVIDERS["pl"]
    path = tmp_path / provider.name
    path.write_text(provider.start(tmp_path), encoding="utf-8")
    cli_report = _check(path, "pl", code=1)
    with TestClient(application.create_app(application.Settings.from_env({}, workers=1, now=NOW))) as client:
        files = {"files": (provider.name, path.read_bytes(), "text/csv")}
        answer = client.post("/api/v1/check?lang=pl", files=files)
        client.get("/?lang=pl")
        token = client.cookies.get(application.CSRF_COOKIE)
        page = client.post("/check?lang=pl", data={"csrf": token}, files=files)
    assert answer.status_code == 200 and page.status_code == 200
    got = answer.json()
    assert got["language"] == "pl"
    (result,) = got["results"]
    (expected,) = cli_report["results"]
    keys = ("rule", "severity", "pointer", "message", "hint", "origin")
    assert [{k: f.get(k) for k in keys} for f in result["findings"]] == [
        {k: f.get(k) for k in keys} for f in expected["findings"]
    ]
    shown = html.unescape(re.sub(r"<[^>]+>", " ", page.text))
    for finding in result["findings"]:
        assert finding["origin"]["sheet"] == "oferta" and finding["origin"]["cell"] in shown
        assert finding["message"] in " ".join(shown.split()) or finding["message"][:40] in shown


# -- the fixes each hint now makes possible ----------------------------------------------------------------


def _one(data: dict[str, Any], rule: str, form: str = "yaml") -> list[Finding]:
    document = Document(source=f"case.{form}", data=data, format=form)
    result = check_documents([document], now=NOW).results[0]
    return [f for f in result.findings if f.rule == rule]


@pytest.mark.parametrize("eqf", [5, 6, 7, 8])
@pytest.mark.parametrize("cycle", ["short", "first", "second", "third"])
def test_a_cycle_that_does_not_match_is_told_the_code_to_write(eqf: int, cycle: str) -> None:
    data = baseline()
    data["level"] = {"eqf": eqf, "qf_ehea_cycle": cycle}
    found = _one(data, "MC-LV-002")
    if not found:
        return  # the cycle matches the level
    written = re.search(r"Write qf_ehea_cycle: (\w+) for EQF", found[0].hint)
    assert written, found[0].hint
    data["level"]["qf_ehea_cycle"] = written.group(1)
    assert _one(data, "MC-LV-002") == []


@pytest.mark.parametrize("hours", [10, 20, 35, 84, 140, 300, 1500])
def test_the_credits_the_workload_hint_writes_fit_the_hours(hours: int) -> None:
    data = baseline()
    data["workload"] = {"hours": hours}
    (finding,) = _one(data, "MC-WL-001")
    written = re.search(r"workload: (\{ects: [\d.]+, hours: \d+\})", finding.hint)
    assert written, finding.hint
    data["workload"] = yaml.safe_load(written.group(1))
    assert data["workload"]["hours"] == hours
    assert _one(data, "MC-WL-001") == [] and _one(data, "MC-WL-002") == []


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("price", "450 €"),
        ("workload", "5 ECTS (125 h)"),
        ("languages", "en; de"),
        ("participation", "online"),
        ("awarding_bodies", "Hanze University of Applied Sciences"),
    ],
)
def test_a_json_file_is_told_the_value_meant_in_json(field: str, text: str) -> None:
    data = baseline()
    data[field] = text
    (json_finding,) = [f for f in _one(data, "MC-SC-001", "json") if f.pointer == f"/{field}"]
    (yaml_finding,) = [f for f in _one(data, "MC-SC-001", "yaml") if f.pointer == f"/{field}"]
    in_json, in_yaml = _written(json_finding.hint_text), _written(yaml_finding.hint_text)
    assert in_json is not None and in_yaml is not None
    assert json.loads(in_json) == yaml.safe_load(in_yaml)  # the same value, in each file's own syntax
    assert in_json != in_yaml


def test_an_unknown_top_field_is_moved_in_json_as_a_member() -> None:
    data = baseline()
    del data["workload"]
    data["ects"] = 5
    (finding,) = [f for f in _one(data, "MC-SC-001", "json") if f.pointer == "/ects"]
    assert _written(finding.hint_text) == '"workload": {"ects": 5}'


def test_a_boolean_written_as_a_word_is_told_the_same_in_json() -> None:
    data = baseline()
    data["quality_assurance"]["external"]["eqar_registered"] = "non"
    (finding,) = [f for f in _one(data, "MC-SC-001", "json") if f.pointer.endswith("/eqar_registered")]
    assert english(finding.hint) == "Write false."


def test_a_list_of_words_is_told_the_codes_they_mean() -> None:
    data = baseline()
    data["participation"]["activity_types"] = "Vorlesung, Selbststudium"
    (finding,) = [f for f in _one(data, "MC-SC-001") if f.pointer == "/participation/activity_types"]
    assert _written(finding.hint_text) == "[classroom, self-study]"
    data["participation"]["activity_types"] = ["classroom", "self-study"]
    assert [f for f in _one(data, "MC-SC-001") if f.pointer.startswith("/participation")] == []


def test_two_words_for_one_activity_in_a_cell_read_as_it_once(tmp_path: Path) -> None:
    row = {**_csv_fixes(PL_ROW), "participation.activity_types": "classroom; wykład; ćwiczenia; Selbststudium"}
    path = tmp_path / "oferta.csv"
    path.write_text(_csv(tmp_path, row), encoding="utf-8")
    report = _check(path, "pl")
    assert not [f for f in report["results"][0]["findings"] if "activity_types" in f["pointer"]]


def test_a_value_given_twice_is_named() -> None:
    data = baseline()
    data["participation"]["activity_types"] = ["classroom", "self-study", "classroom"]
    (finding,) = [f for f in _one(data, "MC-SC-001") if f.pointer == "/participation/activity_types"]
    assert english(finding.message) == "participation/activity_types lists 'classroom' twice"
    assert english(finding.hint) == "Give each value once: remove the repeated 'classroom'."


def test_a_field_missing_from_the_descriptor_reads_as_such() -> None:
    data = baseline()
    del data["descriptor_version"]
    (finding,) = [f for f in _one(data, "MC-SC-001") if f.pointer == "/descriptor_version"]
    assert finding.message_text is not None and finding.message_text.template == AWAITING[0]
    assert english(finding.message) == "'descriptor_version' is missing from the descriptor"
