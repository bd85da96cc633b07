"""Every rule that reads text finishes in time linear in it, on hostile texts of a megabyte.

No wall-clock limit is asserted: each rule is timed on 100 KB and on 1 MB of the same hostile shape in
the same process, and the two times are compared. Linear work takes about ten times as long on ten
times the text, quadratic work about a hundred times; a rule over :data:`MAX_RATIO` fails. Times are
the CPU time of the test's thread, so that other processes on a busy machine, which stretch a long
run more than a short one, do not count; each comparison keeps the fastest of up to
:data:`ATTEMPTS` runs and stops as soon as it passes.
"""

from __future__ import annotations

import gc
import random
import re
import time
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from qa_checker import language
from qa_checker import pointer as jp
from qa_checker.descriptor import Descriptor
from qa_checker.document import Document
from qa_checker.engine import check_document, finding_from_hit
from qa_checker.language import detect, lexicon, supported_languages
from qa_checker.rubric import load_rubric
from qa_checker.rules import RULES_BY_ID
from qa_checker.rules.base import Hit, Rule, RuleContext
from tests.conftest import baseline

TODAY = date(2026, 11, 29)
SMALL, LARGE = 100_000, 1_000_000
MAX_RATIO = 30
ATTEMPTS = 3
# Rules that take less than this on 100 KB are compared as if they took this long: below it the
# timer and the machine's noise, not the rule, decide the ratio (a rule must then stay under 30 ms).
FLOOR = 0.001

# Every text of the good offer, and a few it leaves out, that a rule may read.
TEXT_FIELDS = (
    "/title",
    "/summary",
    "/learning_outcomes/0",
    "/learning_outcomes/1",
    "/learning_outcomes/2",
    "/assessment/description",
    "/assessment/grading_scheme",
    "/quality_assurance/internal/description",
    "/prerequisites",
    "/target_group",
    "/level/not_applicable",
    "/grade",
    "/awarding_bodies/0/name",
    "/quality_assurance/external/body",
    "/quality_assurance/accreditations/0/agent",
    "/stackability/towards/0/title",
    "/further_information/text",
)
URL_FIELDS = (
    "/awarding_bodies/0/url",
    "/quality_assurance/external/url",
    "/stackability/towards/0/url",
    "/further_information/url",
)


def _fill(unit: str, size: int) -> str:
    """``unit`` repeated to exactly ``size`` characters (so every size gives another text)."""
    return (unit * (size // len(unit) + 1))[:size]


SHAPES: dict[str, Callable[[int], str]] = {
    "one-word": lambda n: _fill("a", n),
    "a@-repeated": lambda n: _fill("a@", n),
    "@-repeated": lambda n: _fill("@", n),
    "space-run": lambda n: "a" + _fill(" ", n) + "a",
    "mixed-whitespace-run": lambda n: "a" + _fill(" \t\n\u00a0", n) + "a",
    "http-then-run": lambda n: "http://" + _fill("a", n),
    "alternating-punctuation": lambda n: _fill(".,", n),
    "letters-then-@": lambda n: _fill("a", n) + "@",
    "digits": lambda n: _fill("7", n),
    "subject-then-spaces": lambda n: "Students" + _fill(" ", n) + "apply it",
    "verbs-without-their-particle": lambda n: _fill("carry ", n),
    "compound-sentences": lambda n: _fill("Analyse and critically evaluate the model. ", n),
    "unclosed-ipv6-host": lambda n: "http://[" + _fill("1:", n),
}


def hostile(text: str) -> dict[str, Any]:
    """The good offer with every text and web address replaced by ``text`` (plain text: English)."""
    data = baseline()
    data["further_information"] = {}
    for place in TEXT_FIELDS + URL_FIELDS:
        *parents, last = jp.split(place)
        node: Any = data
        for token in parents:
            node = node[int(token)] if isinstance(node, list) else node[token]
        if isinstance(node, list):
            node[int(last)] = text
        else:
            node[last] = text
    return data


RULES: list[tuple[str, Rule, RuleContext]] = [
    (rule_id, cls(), RuleContext(options={**cls.defaults, **cls.example_options}, today=TODAY))
    for rule_id, cls in RULES_BY_ID.items()
    if not cls.engine_only
]


def _forget() -> None:
    """Empty the caches that would let a later run skip the work being timed."""
    language._analyse.cache_clear()
    detect._detect.cache_clear()


def _run(text: str) -> tuple[dict[str, float], dict[str, list[Hit]]]:
    """Each rule's time on one fresh hostile descriptor, and its hits."""
    doc = Descriptor(hostile(text))
    _forget()
    times: dict[str, float] = {}
    hits: dict[str, list[Hit]] = {}
    gc.disable()
    try:
        for rule_id, rule, ctx in RULES:
            start = time.thread_time()
            try:
                hits[rule_id] = list(rule.check(doc, ctx)) if rule.applies(doc, ctx) else []
            except Exception as exc:
                raise AssertionError(f"{rule_id} failed on the hostile descriptor: {exc!r}") from exc
            times[rule_id] = time.thread_time() - start
    finally:
        gc.enable()
    return times, hits


def _slower_than_linear(
    small: dict[str, float],
    large: dict[str, float],
    rules: list[str] | None = None,
    sizes: tuple[int, int] = (SMALL, LARGE),
) -> dict[str, str]:
    slow = {}
    for key in rules or list(large):
        ratio = large[key] / max(small[key], FLOOR)
        if ratio > MAX_RATIO:
            slow[key] = (
                f"{small[key] * 1000:.1f} ms on {sizes[0]:,} characters, {large[key] * 1000:.1f} ms on {sizes[1]:,}"
            )
    return slow


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Load lexicons, detector profiles and vocabularies before anything is timed."""
    _run("Apply the GDPR principles of lawful processing to a data-driven project plan.")


@pytest.mark.parametrize("shape", list(SHAPES))
def test_every_rule_reads_a_megabyte_of_hostile_text_in_linear_time(shape: str) -> None:
    build = SHAPES[shape]
    small: dict[str, float] = {}
    large: dict[str, float] = {}
    for attempt in range(ATTEMPTS):
        # Sizes differ a little per attempt, so that no cache can answer for an earlier text.
        for size, best in ((SMALL, small), (LARGE, large)):
            text = build(size + attempt)
            times, hits = _run(text)
            for rule_id, seconds in times.items():
                best[rule_id] = min(seconds, best.get(rule_id, seconds))
            # The rules answer, as findings: outcomes of one word or of a megabyte are out of range,
            # and plain text of words is not in the second declared language (one of no words, digits
            # or punctuation, is the same in every language).
            assert hits["MC-LO-005"] and (hits["MC-LG-002"] or sum(c.isalpha() for c in text) < 2)
            for rule_id, found in hits.items():
                for hit in found:
                    assert finding_from_hit(RULES_BY_ID[rule_id], hit, RULES_BY_ID[rule_id].severity).message
        slow = _slower_than_linear(small, large)
        if not slow:
            break
    assert not slow, f"slower than linear on {shape}: {slow}"


# Labels a rule reads a value after, across spaces and an optional colon or bracket ("EQF: 6", "DQR 7", "study
# hours: 120", "builds on (", "per person"): text keeps its line breaks, and a pattern splitting a run of them
# between two runs of spaces tried every split (12 KB of "EQF" and line breaks took 16 s).
LABELS = ("EQF", "DQR", "study hours", "builds on", "950 €", "per")


def _labels_then_line_breaks(size: int) -> str:
    return "".join(label + _fill(" \n", size // len(LABELS)) for label in LABELS) + "x 1"


def test_labels_followed_by_runs_of_line_breaks_are_read_in_linear_time() -> None:
    """As above, on 2,000 and 20,000 characters: a quadratic pattern takes seconds at that size, not hours."""
    small: dict[str, float] = {}
    large: dict[str, float] = {}
    for attempt in range(ATTEMPTS):
        for size, best in ((2_000, small), (20_000, large)):
            times, _ = _run(_labels_then_line_breaks(size + attempt))
            for rule_id, seconds in times.items():
                best[rule_id] = min(seconds, best.get(rule_id, seconds))
        slow = _slower_than_linear(small, large, sizes=(2_000, 20_000))
        if not slow:
            break
    assert not slow, f"slower than linear: {slow}"


def _subject(code: str) -> str:
    return {
        "de": "Die Teilnehmenden",
        "es": "Los estudiantes",
        "fr": "Les étudiants",
        "it": "Gli studenti",
        "nl": "De studenten",
        "pl": "Student",
        "sk": "Študent",
    }.get(code, "Students")


def _language_shapes(code: str) -> dict[str, Callable[[int], str]]:
    """Hostile statements built from one language's own lexicon."""
    lex = lexicon(code)
    assert lex is not None
    forms = [form for group in lex.forms.values() for form in group]
    separable = next((form for form in forms if form.particle), forms[0])
    observable = next(form for form in forms if not form.vague)
    conjunction = sorted(lex.conjunctions)[0] if lex.conjunctions else "and"
    return {
        "subject-then-spaces": lambda n: _subject(code) + _fill(" ", n) + "x",
        "subject-then-spaces-and-comma": lambda n: _subject(code) + _fill(" ", n) + ",",
        "verbs-without-their-particle": lambda n: _fill(" ".join(separable.words) + " ", n),
        "compound-actions": lambda n: _fill(f"{' '.join(observable.words)} {conjunction} ", n),
        "one-word": lambda n: _fill("a", n),
    }


def _analysis_time(text: str, code: str) -> float:
    # The analysis itself, not cut to ANALYSED_CHARS: linear at any length, were the limit raised.
    language._analyse.cache_clear()
    gc.disable()
    try:
        start = time.thread_time()
        language._analyse(text, code)
        return time.thread_time() - start
    finally:
        gc.enable()


@pytest.mark.parametrize("code", supported_languages())
def test_outcome_analysis_is_linear_in_every_language(code: str) -> None:
    small_size, large_size = SMALL // 10, LARGE // 10
    slow: dict[str, str] = {}
    for name, build in _language_shapes(code).items():
        small = large = float("inf")
        for attempt in range(ATTEMPTS):
            small = min(small, _analysis_time(build(small_size + attempt), code))
            large = min(large, _analysis_time(build(large_size + attempt), code))
            if large / max(small, FLOOR / 10) <= MAX_RATIO:
                break
        else:
            slow[name] = f"{small * 1000:.1f} ms on {small_size:,} characters, {large * 1000:.1f} ms on {large_size:,}"
    assert not slow, f"{code}: slower than linear: {slow}"


def test_the_seven_outcome_rules_analyse_each_statement_once(monkeypatch: pytest.MonkeyPatch) -> None:
    judged: list[str] = []
    real = detect.clearly_other

    def counting(text: str, claimed: str, **options: Any) -> str | None:
        judged.append(text)
        return real(text, claimed, **options)

    monkeypatch.setattr(detect, "clearly_other", counting)
    language._analyse_as_claimed.cache_clear()
    doc = Descriptor(baseline())
    statements = [text for _, texts in doc.outcomes() for text in texts.values()]
    for rule_id, rule, ctx in RULES:
        if rule_id.startswith("MC-LO-") and rule.applies(doc, ctx):
            list(rule.check(doc, ctx))
    assert sorted(judged) == sorted(statements)


def test_check_document_completes_on_a_title_of_one_word_of_4_9_megabytes() -> None:
    data = baseline()
    data["title"] = _fill("a", 4_900_000)
    result = check_document(Document(source="title.yaml", data=data, format="yaml"), load_rubric(), today=TODAY)
    assert not [f for f in result.findings if f.rule.startswith("MC-EN-")]
    assert result.status in ("pass", "fail")
    assert any(f.pointer == "/title" for f in result.findings)  # not given in Dutch


def test_the_detector_reads_a_bounded_beginning_of_any_text() -> None:
    # lingua reads all it is given: the detector is only given the beginning of a text, so a
    # megabyte-long text costs what its first characters cost.
    text = "Die Teilnehmenden analysieren die Bedrohungslage eines kleinen Unternehmens. " * 20_000
    assert len(detect._sample(text)) == detect._DETECTOR_CHARS
    assert detect.clearly_other(text, "en") == "de"


def _random_texts(alphabet: list[str], count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))) for _ in range(count)]


def test_the_linear_noise_pattern_removes_exactly_what_the_old_one_did() -> None:
    old = re.compile(r"https?://\S+|\S+@\S+|[\d_]+")
    alphabet = ["a", "@", "@@", " ", "\n", "\u00a0", "1", "_", "http://", "https://", "x.y", ":", "/"]
    for text in _random_texts(alphabet, 20_000, seed=1):
        assert detect._NOISE.sub(" ", text) == old.sub(" ", text), repr(text)


def test_the_linear_english_lead_in_strips_exactly_what_the_old_one_did() -> None:
    # The old pattern with the modals and the comma the lead-in now takes ("Students should prepare ...",
    # "Students can, with guidance, prepare ...") and a phrase between commas before the modal ("The student, given
    # a set of symptoms, can ..."): the linear one must strip what it strips.
    old = re.compile(
        r"^(the |a |each )?(successful )?(learners?|students?|participants?|graduates?|trainees?|candidates?|holders?)"
        r"\b(,\s[^,:;()]{1,40},|[^,:]{0,20}?)\s+(will|shall|should|can|could|must)?\s*(be able to|are able to|is able to|can|could|will|shall|should|must)"
        r"(\s*,)?\s+",
        re.IGNORECASE,
    )
    lex = lexicon("en")
    assert lex is not None
    new = next(p for p in lex.lead_ins if "learners?" in p.pattern)
    alphabet = [
        " ",
        "  ",
        "\t",
        ",",
        "x",
        "will",
        "can",
        "could",
        "be able to",
        "is able to",
        "shall",
        "should",
        "must",
        "successful ",
    ]
    starts = ["", "the ", "a ", "each successful "]
    subjects = ["Students", "learner", "holders"]
    rnd = random.Random(2)
    for tail in _random_texts(alphabet, 20_000, seed=3):
        text = rnd.choice(starts) + rnd.choice(subjects) + tail
        before, after = old.match(text), new.match(text)
        assert (before and before.end()) == (after and after.end()), repr(text)


def test_a_statement_is_analysed_and_remembered_by_its_first_characters_alone() -> None:
    # A 4 MB outcome took 5 s and 240 MB, and its text stayed in the analysis memo as a key: a batch of such
    # files kept them all. Only the first ANALYSED_CHARS are analysed, and remembered.
    sentence = "Students analyse complex datasets and evaluate the ethical risks of a project. "
    text = sentence * (4_000_000 // len(sentence))
    language._analyse_as_claimed.cache_clear()
    language._analyse.cache_clear()
    long_analysis = language.analyse_as_claimed(text, "en")
    assert long_analysis == language.analyse_as_claimed(language.bounded(text), "en")
    assert long_analysis is not None and len(long_analysis.text) <= language.ANALYSED_CHARS
    assert language._analyse_as_claimed.cache_info().currsize == 1
    cut = language.bounded(text)
    assert text.startswith(cut) and text[len(cut)] == " "  # cut between words
    assert language.bounded("x" * 5_000) == "x" * language.ANALYSED_CHARS


@pytest.mark.parametrize(
    ("code", "opening"),
    [
        ("sv", "Studenterna kommer att delta"),
        ("da", "Den studerende skal deltage"),
        ("de", "Im"),
        ("da", "Den"),
        ("sk", "Po absolvovaní predmetu študent"),
        ("sk", "Študenti budú"),
        ("sk", "V rámci predmetu"),
    ],
)
def test_a_teaching_or_lead_in_word_before_a_run_of_line_breaks_is_analysed_in_linear_time(
    code: str, opening: str
) -> None:
    """Text keeps its line breaks: a pattern splitting a run of them between an optional word's spaces and the next
    ones' tried every split (2,000 characters of a Swedish "delta" and line breaks took 0.7 s, a file of such outcomes
    minutes)."""

    def statement(size: int) -> str:
        return opening + _fill(" \n", size) + "x"

    small = large = float("inf")
    for attempt in range(ATTEMPTS):
        small = min(small, _analysis_time(statement(2_000 + attempt), code))
        large = min(large, _analysis_time(statement(20_000 + attempt), code))
        if large / max(small, FLOOR / 10) <= MAX_RATIO:
            break
    assert large / max(small, FLOOR / 10) <= MAX_RATIO, (
        f"{small * 1000:.1f} ms on 2,000, {large * 1000:.1f} ms on 20,000"
    )
