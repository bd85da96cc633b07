"""Start-up: a single-file check imports only what it uses, and --help and --version import no command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import SAMPLES

HEAVY = (
    "pandas",
    "numpy",
    "pyarrow",
    "openpyxl",
    "jinja2",
    "sqlalchemy",
    "alembic",
    "starlette",
    "uvicorn",
    "dask",
    "distributed",
    "playwright",
)


def _modules_after(*args: str) -> set[str]:
    """The top-level modules loaded by a fresh process that runs the CLI with ``args``."""
    code = (
        f"import sys\nfrom qa_checker.cli import cli\ntry:\n    cli({list(args)!r}, standalone_mode=False)\n"
        "except SystemExit:\n    pass\nprint('\\n' + __import__('json').dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
@pytest.mark.parametrize("path", ["offers/data-ethics-nl.yaml", "flawed/pl-ochrona-danych.json"])
def test_a_single_file_check_imports_no_heavy_module(path: str, fmt: str) -> None:
    loaded = _modules_after("check", str(SAMPLES / path), "--format", fmt)
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_a_valid_single_file_is_proved_valid_without_jsonschema() -> None:
    """The compiled check proves a valid descriptor valid; jsonschema is imported only to explain a rejection."""
    shown = "validation._fast_validator.cache_info().currsize, 'jsonschema' in sys.modules"
    out = _check_then_print([str(SAMPLES / "offers/data-ethics-nl.yaml")], shown)
    assert out.strip().splitlines()[-1] == "1 False"


def _check_then_print(arguments: list[str], shown: str) -> str:
    """The output of ``qa-checker check ARGUMENTS`` run in a fresh process, then of printing the expression
    ``shown`` (with ``sys`` and ``qa_checker.validation`` at hand) on a line of its own."""
    code = (
        "import sys\nfrom qa_checker.cli import cli\nfrom qa_checker import validation\ntry:\n"
        f"    cli(['check', *{arguments!r}], standalone_mode=False)\n"
        "except SystemExit:\n    pass\n"
        f"print()\nprint({shown})"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


def _flawed_json(folder: Path) -> Path:
    """The valid sample offer as JSON with the common schema errors: a required field missing, a misspelt key,
    values of the wrong type, out of range, not in the list, of the wrong form and not a date or a URL."""
    data = yaml.safe_load((SAMPLES / "offers/data-ethics-nl.yaml").read_text(encoding="utf-8"))
    del data["id"]
    data["worklaod"] = data.pop("workload")
    data["level"]["eqf"] = 9
    data["level"]["qf_ehea_cycle"] = "third cycle"
    data["languages"] = ["EN", 7]
    data["participation"]["schedule"]["start"] = "15.01.2026"
    data["awarding_bodies"][0]["url"] = "www.hva.nl"
    path = folder / "flawed.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("path", ["flawed/half-annex-i.yaml", "flawed/credential-without-learner.yaml", None])
def test_a_flawed_single_file_with_common_schema_errors_is_explained_without_jsonschema(
    path: str | None, tmp_path: Path
) -> None:
    """jsonschema-rs's own errors explain the common schema errors; jsonschema is imported only to tell which
    branch of an anyOf/oneOf a value meant."""
    given = SAMPLES / path if path else _flawed_json(tmp_path)
    out = _check_then_print([str(given), "--format", "json"], "'jsonschema' in sys.modules")
    assert '"MC-SC-001"' in out
    assert out.strip().splitlines()[-1] == "False"


def _all_modules_after(*args: str) -> set[str]:
    """Every module (dotted names too) loaded by a fresh process that runs the CLI with ``args``."""
    code = (
        f"import sys\nfrom qa_checker.cli import cli\ntry:\n    cli({list(args)!r}, standalone_mode=False)\n"
        "except SystemExit:\n    pass\nprint('\\n' + __import__('json').dumps(sorted(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("path", ["offers/data-ethics-nl.yaml", "flawed/pl-ochrona-danych.json"])
def test_an_english_single_file_check_imports_no_babel_no_importer_and_no_other_loader(path: str) -> None:
    """Babel formats numbers and dates of other languages; the importers convert foreign formats; the
    spreadsheet and archive loaders read other inputs."""
    loaded = _all_modules_after("check", str(SAMPLES / path), "--lang", "en")
    assert not {m for m in loaded if m.split(".")[0] == "babel"}
    assert not loaded & {
        "qa_checker.importers.elm",
        "qa_checker.importers.ob3",
        "qa_checker.importers.ctdl",
        "qa_checker.importers.envelope",
        "qa_checker.importers.elm_xml",
        "qa_checker.loaders.tabular",
        "qa_checker.loaders.archive",
        "qa_checker.loaders.columns",
        "concurrent.futures.process",
    }


@pytest.mark.parametrize("path", ["flawed/de-cloud-grundlagen.yaml", "flawed/pl-ochrona-danych.json"])
def test_a_single_file_compiles_the_lemma_rules_of_its_own_languages_only(path: str) -> None:
    """simplemma's ``defaultrules`` package compiles the suffix rules of all its 21 languages when imported
    (some 20 ms); a check lemmatises in the languages of its file."""
    loaded = _all_modules_after("check", str(SAMPLES / path))
    assert "simplemma.strategies" in loaded
    rules = {m.rsplit(".", 1)[1] for m in loaded if m.startswith("simplemma.strategies.defaultrules.")}
    assert rules <= {"de", "en", "pl", "generic"}, sorted(rules)


def test_an_offer_is_checked_without_reading_grade_scales() -> None:
    """The grade scales' patterns are compiled for a graded credential only."""
    assert "qa_checker.rules.grading" not in _all_modules_after("check", str(SAMPLES / "offers/data-ethics-nl.yaml"))


@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_help_and_version_import_no_command(args: list[str]) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\nfrom qa_checker.cli import cli\ntry:\n"
            f"    cli({args!r}, standalone_mode=False)\nexcept SystemExit:\n    pass\n"
            "print([m for m in sys.modules if m.startswith('qa_checker.cli.') and m not in "
            "('qa_checker.cli.interrupts', 'qa_checker.cli.localised')])",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_every_command_module_is_listed_with_its_help() -> None:
    from pathlib import Path

    from qa_checker import cli

    modules = {p.stem for p in Path(cli.__file__).parent.glob("*.py")} - {
        "__init__",
        "options",
        "interrupts",
        "localised",
    }
    listed = {module.rsplit(".", 1)[1] for module, _, _ in cli.COMMANDS.values()}
    helpers = {m for m in modules - listed if not hasattr(__import__(f"qa_checker.cli.{m}", fromlist=["x"]), m)}
    assert listed == modules - helpers


def test_bundled_yaml_reads_the_same_by_libyaml_as_by_the_pure_python_parser() -> None:
    """Lexicons and bundled rubrics are parsed by libyaml at run time (several times faster)."""
    import yaml

    from qa_checker.language import LEXICON_DIR
    from qa_checker.resources import bundled_dir, bundled_loader, bundled_yaml

    files = sorted(LEXICON_DIR.glob("*.yaml")) + sorted(bundled_dir("rubrics").glob("*.yaml"))
    assert len(files) >= 8
    pure = bundled_loader(fast=False)
    for path in files:
        assert bundled_yaml(path) == yaml.load(path.read_text(encoding="utf-8"), Loader=pure), path.name


def test_bundled_yaml_reads_words_as_written_by_yaml_1_2() -> None:
    """YAML 1.1 read the English lexicon's context opener "on" as the boolean true, which no word matches."""
    from qa_checker.language import LEXICON_DIR
    from qa_checker.resources import bundled_yaml

    english = bundled_yaml(LEXICON_DIR / "en.yaml")
    assert "on" in english["context_openers"] and True not in english["context_openers"]
    assert "on" in english["action_nouns"]["followed_by"]
