"""The README's rule reference is generated from the rule registry and must not drift from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa_checker.rubric import load_rubric
from qa_checker.rulebook import COMMAND, END, FAMILIES, START, family_of, main, replace_section, rule_reference, section
from qa_checker.rules import RULES_BY_ID
from tests.conftest import ROOT

README = ROOT / "README.md"


def readme_section() -> str:
    return section(README.read_text(encoding="utf-8"))


class TestReadme:
    def test_the_readme_section_is_the_generated_reference(self) -> None:
        assert readme_section() == rule_reference(), f"the README's rule reference is out of date; run {COMMAND}"

    def test_every_registered_rule_has_its_block(self) -> None:
        text = readme_section()
        missing = [i for i, r in sorted(RULES_BY_ID.items()) if f"\n#### {i} {r.name}\n" not in text]
        assert not missing, f"rules missing from the README's rule reference (run {COMMAND}): {missing}"

    def test_every_family_has_a_readable_name(self) -> None:
        assert {family_of(rule_id) for rule_id in RULES_BY_ID} <= set(FAMILIES)


class TestGenerator:
    def test_follows_the_docstring(self, monkeypatch: pytest.MonkeyPatch) -> None:
        before = rule_reference()
        rule = RULES_BY_ID["MC-LO-004"]
        monkeypatch.setattr(
            rule, "__doc__", "Changed summary.\n\n    Why: a changed reason.\n    Passes: x. Fails: y.\n"
        )
        after = rule_reference()
        assert after != before
        assert "Changed summary.\n\n- **Why:** a changed reason.\n- **Passes:** x.\n- **Fails:** y.\n" in after
        assert readme_section() != after  # so the README test above would fail

    def test_follows_the_metadata(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(RULES_BY_ID["MC-LO-004"], "defaults", {"max_actions": 3})
        assert "`max_actions: 3`" in rule_reference()
        assert "`max_actions: 3`" not in readme_section()

    def test_one_block_per_rule_grouped_by_family_in_id_order(self) -> None:
        text = rule_reference()
        headings = [line for line in text.splitlines() if line.startswith("#")]
        rules = [line.split()[1] for line in headings if line.startswith("#### ")]
        families = [line for line in headings if line.startswith("### ")]
        assert sorted(rules) == sorted(RULES_BY_ID)
        assert len(families) == len({family_of(i) for i in RULES_BY_ID})
        for family in families:
            code = family.rsplit("(MC-", 1)[1].rstrip(")")
            block = text.split(family + "\n", 1)[1].split("\n### ", 1)[0]
            ids = [line.split()[1] for line in block.splitlines() if line.startswith("#### ")]
            assert ids == sorted(i for i in RULES_BY_ID if family_of(i) == code)
        assert rule_reference() == text

    def test_metadata_line(self) -> None:
        text = rule_reference()
        assert (
            "#### MC-LO-004 outcome-single-action\n\n**Outcomes ask for one action each** · warning, weight 0.5 · "
            "element `learning_outcomes` · Annex I M6 · principles: Valid assessment · options: `max_actions: 1`\n"
        ) in text
        assert "#### MC-EL-001 learner-present\n\n**Identification of the learner is given** · error, weight 3" in text
        assert "· credentials only\n" in text.split("#### MC-EL-001", 1)[1]
        assert "raised by the checker itself" in text.split("#### MC-LD-001", 1)[1].split("####", 1)[0]

    def test_markup_in_a_docstring_stays_text(self, monkeypatch: pytest.MonkeyPatch) -> None:
        doc = "# Not a heading <b>a|b</b> *x* _y_ [z](w)\n\nWhy: keep ``a|*b*`` and `<c>` as written."
        monkeypatch.setattr(RULES_BY_ID["MC-LO-004"], "__doc__", doc)
        text = rule_reference()
        assert r"\# Not a heading &lt;b>a\|b&lt;/b> \*x\* \_y\_ \[z\](w)" in text
        assert "- **Why:** keep ``a|*b*`` and `<c>` as written." in text

    def test_a_rubric_shows_only_what_it_enables_with_its_settings(self) -> None:
        rubric = load_rubric("nzqa")
        text = rule_reference(rubric=rubric)
        rules = [line.split()[1] for line in text.splitlines() if line.startswith("#### ")]
        assert rules == sorted(rubric.rules, key=lambda i: (list(FAMILIES).index(family_of(i)), i))
        assert "rubric `nzqa`" in text
        titles = rubric.rules["MC-TT-001"].options["forbidden_words"]
        assert titles and all(f'"{word}"' in text for word in titles)


class TestRewrite:
    def test_replaces_only_the_section(self) -> None:
        document = f"# Title\n\nBefore.\n\n{START}\nold text\n{END}\n\nAfter.\n"
        new = replace_section(document, "new text\n")
        assert new == f"# Title\n\nBefore.\n\n{START}\nnew text\n\n{END}\n\nAfter.\n"
        assert section(new) == "new text\n"

    @pytest.mark.parametrize("document", ["no markers", f"{END}\n{START}\n", f"{START}\n{START}\n{END}\n"])
    def test_refuses_a_document_without_one_pair_of_markers(self, document: str) -> None:
        with pytest.raises(ValueError, match="rule-reference"):
            section(document)

    def test_check_then_write(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        readme = tmp_path / "README.md"
        readme.write_text(f"# Tool\n\n## Rule reference\n\n{START}\nstale\n{END}\n\n## More\n", encoding="utf-8")
        assert main(["--check", str(readme)]) == 1
        assert COMMAND in capsys.readouterr().err
        assert main(["--write", str(readme)]) == 0
        written = readme.read_text(encoding="utf-8")
        assert section(written) == rule_reference()
        assert written.startswith("# Tool\n\n## Rule reference\n\n") and written.endswith(f"{END}\n\n## More\n")
        assert main(["--check", str(readme)]) == 0


class TestCli:
    def test_markdown_format_prints_the_reference(self, run_cli) -> None:
        result = run_cli("rules", "--format", "markdown")
        assert result.exit_code == 0
        assert result.output == rule_reference()

    def test_markdown_format_with_a_rubric(self, run_cli) -> None:
        result = run_cli("rules", "--rubric", "nzqa", "--format", "markdown")
        assert result.exit_code == 0
        assert result.output == rule_reference(rubric=load_rubric("nzqa"))
