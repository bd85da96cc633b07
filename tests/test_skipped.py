"""Files that are not descriptors (JSON Schemas, JSON-LD contexts and frames, vocabularies) are skipped:
counted apart from unreadable descriptors in every output, never a failure of the run."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa_checker.cli import cli
from qa_checker.rubric import load_rubric
from qa_checker.runner import RunConfig, run
from tests.conftest import NOW, ROOT

GOOD = ROOT / "qa_checker" / "data" / "good-offer.yaml"
REALWORLD = ROOT.parent / "shared" / "realworld"

NOT_DESCRIPTORS = {
    "schema.json": {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Badge", "type": "object"},
    "context.jsonld": {"@context": {"@version": 1.1, "name": "https://schema.org/name"}},
    "frame.json": {"@context": "https://www.w3.org/2018/credentials/v1", "@type": "Thing", "@embed": "@always"},
    "openapi.json": {"openapi": "3.0.0", "info": {"title": "API"}, "paths": {}},
    "shapes.jsonld": {"@context": {"sh": "http://www.w3.org/ns/shacl#"}, "@type": "sh:NodeShape", "sh:path": "x"},
}


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    for name, data in NOT_DESCRIPTORS.items():
        (folder / name).write_text(json.dumps(data), encoding="utf-8")
    (folder / "good.yaml").write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def _check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", *args, "--now", "2026-11-29"], catch_exceptions=False)
    return result.exit_code, result.stdout


def test_json_output_counts_skipped_files_apart_and_the_run_passes(batch: Path) -> None:
    code, out = _check(str(batch), "--format", "json")
    report = json.loads(out)
    assert code == 0, "skipped files are not failures"
    assert report["summary"] == {"descriptors": 1, "pass": 1, "fail": 0, "error": 0, "skipped": len(NOT_DESCRIPTORS)}
    skipped = {Path(r["source"]).name: r for r in report["results"] if r["status"] == "skipped"}
    assert set(skipped) == set(NOT_DESCRIPTORS)
    assert "JSON Schema ('Badge')" in skipped["schema.json"]["reason"]
    assert "JSON-LD context" in skipped["context.jsonld"]["reason"]
    assert "JSON-LD frame" in skipped["frame.json"]["reason"]
    for result in skipped.values():
        assert result["score"] is None and result["principles_beyond"] == []
        assert all(f["severity"] == "info" for f in result["findings"])
    assert all(p["provider"] != "(unknown provider)" for p in report["run"]["providers"])


def test_text_output_says_skipped_with_the_reason(batch: Path) -> None:
    code, out = _check(str(batch))
    assert code == 0
    assert f"SKIPPED {batch.name}/schema.json" in out and "skipped: the document is a JSON Schema" in out
    assert (
        out.rstrip()
        .splitlines()[-1]
        .startswith(
            f"1 descriptor(s): 1 pass, 0 fail, 0 error; {len(NOT_DESCRIPTORS)} file(s) skipped, not descriptors"
        )
    )


def test_an_unreadable_descriptor_is_still_an_error(batch: Path) -> None:
    (batch / "broken.json").write_text('{"descriptor_version": "1.0",', encoding="utf-8")
    code, out = _check(str(batch), "--format", "json")
    report = json.loads(out)
    assert code == 1
    assert report["summary"]["error"] == 1 and report["summary"]["skipped"] == len(NOT_DESCRIPTORS)


def test_sarif_and_github_say_the_same(batch: Path) -> None:
    _, sarif = _check(str(batch), "--format", "sarif")
    summary = json.loads(sarif)["runs"][0]["properties"]["summary"]
    assert summary["skipped"] == len(NOT_DESCRIPTORS)
    _, github = _check(str(batch), "--format", "github")
    assert "::error" not in github


@pytest.mark.skipif(not REALWORLD.is_dir(), reason="the real-world files are not here")
def test_the_realworld_contexts_schemas_and_vocabularies_are_skipped() -> None:
    report = run([REALWORLD], RunConfig(rubric=load_rubric(), now=NOW, short_names=True)).to_dict()
    summary = report["summary"]
    assert summary["skipped"] >= 115
    assert summary["descriptors"] == len(report["results"]) - summary["skipped"]
    by_status: dict[str, set[str]] = {}
    for result in report["results"]:
        by_status.setdefault(result["status"], set()).add(result["source"])
    assert not any(source.startswith("/") for sources in by_status.values() for source in sources)
    contexts = {s for s in by_status["skipped"] if "/contexts/" in s or "context" in Path(s).name.lower()}
    assert len(contexts) >= 10
    errors = [r for r in report["results"] if r["status"] == "error"]
    for result in errors:
        message = result["findings"][0]["message"]
        assert "JSON Schema" not in message and "JSON-LD context" not in message, result["source"]


@pytest.mark.parametrize("spill_after", [0, 2])
def test_a_run_kept_on_disk_skips_the_same_files(batch: Path, spill_after: int) -> None:
    """Results kept on disk are marked as they are kept, those held before the bound was passed too."""
    config = RunConfig(rubric=load_rubric(), now=NOW, jobs=1)
    in_memory = run([batch], config)
    on_disk = run([batch], replace(config, spill_after=spill_after))
    assert [r.status for r in on_disk.results] == [r.status for r in in_memory.results]
    assert list(on_disk.results) == list(in_memory.results)
    assert on_disk.summary == in_memory.summary


def test_credentials_qa_checker_cannot_import_are_errors_and_other_files_skipped(tmp_path: Path) -> None:
    """A learner's credential in a format not imported went unchecked: an error of the run, named by its
    format. A file that holds no credential (a build file's XML, an endorsement) is skipped."""
    files = {
        "ob2.json": {"@context": "https://w3id.org/openbadges/v2", "type": "Assertion", "recipient": {}, "badge": "b"},
        "diploma.json": {
            "@context": ["https://www.w3.org/2018/credentials/v1"],
            "type": ["VerifiableCredential", "VerifiableDiploma"],
        },
        "endorsement.json": {
            "@context": ["https://www.w3.org/2018/credentials/v1"],
            "type": ["VerifiableCredential", "EndorsementCredential"],
        },
        # The ESSIF prototypes' Europass attestation: its achievement beside the subject, as Europass XML in JSON.
        "essif.json": {
            "@context": ["https://www.w3.org/2018/credentials/v1", "https://essif.europa.eu/schemas/vc/2020/v1"],
            "type": ["VerifiableCredential", "VerifiableAttestation"],
            "credentialSubject": {"@id": "did:essif:1", "currentFamilyName": "Skywalker"},
            "learningAchievement": {"title": {"text": {"@lang": "en", "#text": "Degree in Biology"}}},
        },
        # An endorsement typed by its subject alone, as wallets' test credentials write it.
        "endorsed-subject.json": {
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "type": ["VerifiableCredential"],
            "credentialSubject": {"type": ["EndorsementSubject"], "endorsementComment": "In good standing"},
        },
    }
    for name, data in files.items():
        (tmp_path / name).write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "pom.xml").write_text('<?xml version="1.0"?><project><version>1</version></project>', encoding="utf-8")
    (tmp_path / "europass.xml").write_text('<europassCredential xmlns="http://data.europa.eu/snb"/>', encoding="utf-8")
    # Course feeds in XCRI-CAP and MLO: course data qa-checker does not read, an error rather than a skipped file.
    (tmp_path / "xcri.xml").write_text(
        '<?xml version="1.0"?><catalog xmlns="http://xcri.org/profiles/1.2/catalog"><provider/></catalog>',
        encoding="utf-8",
    )
    (tmp_path / "mlo.xml").write_text(
        '<Document xmlns="mlo"><learningOpportunityProvider/></Document>', encoding="utf-8"
    )
    # A credential of the EDCI drafts before ELM v2 (the European Commission's own examples hold one).
    (tmp_path / "edci-draft.xml").write_text(
        '<europassCredential xmlns="http://data.europa.eu/europass/model/credentials#" xsdVersion="0.4.0"/>',
        encoding="utf-8",
    )
    # As Windows writes XML: UTF-16 with a byte-order mark; the credential's marks are read as text.
    (tmp_path / "europass16.xml").write_text(
        '<europassCredential xmlns="http://data.europa.eu/snb"/>', encoding="utf-16"
    )
    (tmp_path / "good.yaml").write_text(GOOD.read_text(encoding="utf-8"), encoding="utf-8")
    code, out = _check(str(tmp_path), "--format", "json")
    statuses = {
        Path(r["source"]).name: (r["status"], r["findings"][0]["message"] if r["findings"] else "")
        for r in json.loads(out)["results"]
    }
    assert code == 1
    assert statuses["good.yaml"][0] == "pass"
    # Open Badges 2.0 is imported; an assertion whose badge is only a URL (not fetched) is still an error.
    assert statuses["ob2.json"][0] == "error"
    assert "Open Badges 2.0 assertion names its badge only by URL (b)" in statuses["ob2.json"][1]
    assert statuses["diploma.json"][0] == "error" and "VerifiableDiploma" in statuses["diploma.json"][1]
    # An ELM v2 credential is read, and refused when it awards no learning achievement.
    assert statuses["europass.xml"][0] == "error" and "ELM v2 credential lists no" in statuses["europass.xml"][1]
    assert statuses["europass16.xml"][0] == "error"
    assert all(
        statuses[name][0] == "error" and "XCRI-CAP or MLO" in statuses[name][1] for name in ("xcri.xml", "mlo.xml")
    )
    assert statuses["edci-draft.xml"][0] == "error" and "EDCI drafts before ELM v2" in statuses["edci-draft.xml"][1]
    assert statuses["endorsement.json"][0] == "skipped"
    assert statuses["endorsed-subject.json"][0] == "skipped"
    assert statuses["essif.json"][0] == "error" and "attestation of the ESSIF prototypes" in statuses["essif.json"][1]
    assert statuses["pom.xml"][0] == "skipped"
