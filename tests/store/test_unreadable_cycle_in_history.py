"""A descriptor whose file could not be read in one audit cycle: its history and its provider's show that cycle
as an error, not a gap, and the diff keeps its findings of the other cycles apart (neither fixed nor new)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from qa_checker.cli import cli
from tests.store.helpers import FIRST, SECOND, scenario

THIRD = "2027-06-10T12:00:00+00:00"
OFFER, OFFER_ID, PROVIDER = (
    "offers/data-ethics-nl.yaml",
    "hva-data-ethics-2026",
    "Amsterdam University of Applied Sciences",
)


def _invoke(*args: str, code: tuple[int, ...] = (0,)) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code in code, result.output
    return result.output


def test_an_unreadable_cycle_is_an_error_in_the_histories_and_not_compared_in_the_diff(
    tmp_path: Path, store_url: str
) -> None:
    folder = scenario(tmp_path)
    offer = folder / OFFER
    readable = offer.read_text(encoding="utf-8")
    for now, text in ((FIRST, readable), (SECOND, "title: [never closed\n"), (THIRD, readable)):
        offer.write_text(text, encoding="utf-8")
        _invoke("audit", str(folder), "--out", str(tmp_path / now[:4]), "--store", store_url, "--now", now, code=(0, 1))

    runs = json.loads(_invoke("history", "--descriptor", OFFER_ID, "--store", store_url, "--format", "json"))["runs"]
    assert [(r["run"], r["status"], r["id"]) for r in runs] == [
        (1, "pass", OFFER_ID),
        (2, "error", None),
        (3, "pass", OFFER_ID),
    ]
    provider = json.loads(_invoke("history", "--provider", PROVIDER, "--store", store_url, "--format", "json"))
    assert [(r["run"], r["descriptors"], r["error"]) for r in provider["runs"]] == [(1, 1, 0), (2, 1, 1), (3, 1, 0)]

    change = json.loads(_invoke("diff", "1", "2", "--store", store_url, "--format", "json", code=(1,)))
    (entry,) = [d for d in change["descriptors"] if d["id"] == OFFER_ID]
    assert (entry["change"], entry["unreadable"], entry["findings_fixed"], entry["elements"]) == (
        "worse",
        "after",
        [],
        [],
    )
    (provider_change,) = [p for p in change["providers"] if p["provider"] == PROVIDER]
    assert (provider_change["after"]["descriptors"], provider_change["after"]["error"]) == (1, 1)


def test_the_histories_speak_the_language_asked_for_and_name_the_provider_as_recorded(
    tmp_path: Path, store_url: str
) -> None:
    folder = scenario(tmp_path)
    for now in (FIRST, SECOND):
        _invoke("audit", str(folder), "--out", str(tmp_path / now[:4]), "--store", store_url, "--now", now, code=(0, 1))

    runs = _invoke("history", "--store", store_url, "--lang", "de").splitlines()
    assert runs[2].split()[:3] == ["1", "29.11.2026,", "12:00:00"]
    provider = _invoke("history", "--provider", PROVIDER.upper(), "--store", store_url, "--lang", "de").splitlines()
    assert provider[0].startswith(f"Anbieter {PROVIDER}, ") and provider[2].split()[1] == "29.11.2026,"
    descriptor = _invoke("history", "--descriptor", OFFER_ID, "--store", store_url, "--lang", "de").splitlines()
    assert descriptor[3].split()[1:3] == ["10.01.2027,", "12:00:00"]
    english = _invoke("history", "--descriptor", OFFER_ID, "--store", store_url).splitlines()
    assert english[2].split()[1] == FIRST  # English keeps the ISO time, as before
