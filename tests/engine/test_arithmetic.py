"""Arithmetic checks (checks/arithmetic.py): the pure recomputations, and the findings at their lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.checks.arithmetic import difference
from claimcheck.numbers import Num
from claimcheck.documents.base import Document


def lint_text(linter, text: str, market: str | None = None):
    """(tests/conftest.py has the same helper; imported by name it clashes with tests/rules/conftest.py)"""
    return linter.lint_document(Document(path="draft.md", text=text, format="markdown",
                                         metadata={"market": market} if market else {}))


def _at(findings, code):
    return [(f.line, f.message) for f in findings if f.rule == code]


# ------------------------------------------------------------------ A004 difference
@pytest.mark.parametrize("a, b, expected", [
    ("80.7", "29.3", "51.4"), ("80.7", "29.4", "51.3"), ("48.2", "21.6", "26.6"), ("29.4", "80.7", "51.3"),
    ("81", "29.4", "51.6"), ("0.1", "0.2", "0.1"),
])
def test_difference_is_exact_on_the_written_decimals(a, b, expected):
    d = difference(Num.parse(a), Num.parse(b))
    assert d.text == expected and d.decimals == len(expected.split(".")[1])


def test_a_wrong_difference_written_in_percent_is_reported_with_the_right_arithmetic(linter):
    text = ("# Remission\n\nCR/CRi was reached by 80.7% of patients with BESPONSA vs 29.4% with SC, "
            "a difference of 40%.\n")
    (found,) = _at(lint_text(linter, text), "A004")
    assert found == (3, "stated difference 40%, but 80.7% − 29.4% = 51.3 percentage points")


def test_a_right_difference_written_in_percent_uses_the_values_the_text_states(linter):
    # the text says 29.3% (a transcription slip): the message computes with it, 80.7 − 29.3 = 51.4
    text = ("# Remission\n\nCR/CRi was reached by 80.7% of patients with BESPONSA vs 29.3% with SC, "
            "a difference of 51.3%.\n")
    (found,) = _at(lint_text(linter, text), "A004")
    assert found[0] == 3
    assert "80.7% − 29.3% = 51.4 percentage points, not 51.3%" in found[1]


def test_a_wrong_difference_in_percentage_points_names_the_exact_difference(linter):
    text = ("# Remission\n\nCR/CRi was reached by 80.7% of patients with BESPONSA vs 29.3% with SC, "
            "a difference of 53.1 percentage points.\n")
    (found,) = _at(lint_text(linter, text), "A004")
    assert found == (3, "stated difference 53.1 percentage points, but 80.7% − 29.3% = 51.4 percentage points")


def test_a_right_difference_in_percentage_points_is_clean(linter):
    text = ("# Remission\n\nCR/CRi was reached by 80.7% of patients with BESPONSA vs 29.4% with SC, "
            "a difference of 51.3 percentage points.\n")
    assert _at(lint_text(linter, text), "A004") == []


# ------------------------------------------------------------------ A001 / V004 figures as published
_QTC = "# Safety\n\nQTcF increases of 60 msec or more from baseline occurred in {} adult patients treated with BESPONSA.\n"


def test_a_label_figure_copied_as_published_is_info_not_an_arithmetic_error(linter):
    findings = lint_text(linter, _QTC.format("4/162 (3%)"))
    assert [(f.rule, f.severity, f.line) for f in findings] == [("V004", "info", 3)]
    assert findings[0].reference_id == "uspi.qtcf-increase"
    assert findings[0].message.startswith("4/162 (3%) is as the source publishes it, although 4/162 is 2.47%")


@pytest.mark.parametrize("figure", ["8/162 (3%)", "4/170 (3%)", "4/162 (3.0%)"])
def test_an_inconsistent_figure_the_library_does_not_publish_is_still_a001(linter, figure):
    findings = lint_text(linter, _QTC.format(figure))
    assert ("A001", 3) in [(f.rule, f.line) for f in findings]
    assert "V004" not in [f.rule for f in findings]


def test_the_same_figure_on_another_endpoint_is_still_a001(linter):
    text = "# Safety\n\nHepatic VOD occurred in 4/162 patients (3%) treated with BESPONSA.\n"
    rules = [(f.rule, f.line) for f in lint_text(linter, text)]
    assert ("A001", 3) in rules and ("V004", 3) not in rules


def test_as_published_needs_n_and_n_total(tmp_path):
    from claimcheck.errors import ConfigError
    from claimcheck.reference import load_reference

    text = (Path(__file__).resolve().parents[2] / "reference" / "besponsa.yaml").read_text(encoding="utf-8")
    bad = text.replace("besponsa: {value: 3, n: 4, N: 162, as_published: true}",
                       "besponsa: {value: 3, as_published: true}")
    assert bad != text
    (tmp_path / "lib.yaml").write_text(bad, encoding="utf-8")
    with pytest.raises(ConfigError, match="as_published needs the published n and N"):
        load_reference(tmp_path / "lib.yaml")
