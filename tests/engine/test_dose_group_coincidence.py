"""A figure said of the product as a whole ("VOD was reported in 21% of adult patients") where the
endpoint's default entry holds the product's own arm (14%) is that entry's figure written wrong
(V001), never confirmed by a dose group's figure of a narrower population the text does not name
(21% in the lower-dose group of a dose analysis, after transplant). A text that names that
population keeps the dose groups' entry ("among early responders, 74% of those given 3.3 mg/m² or
less went on to transplant").

Texts written for this test; facts of the shipped libraries."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document

BES = "BESPONSA (inotuzumab ozogamicin) in adults with relapsed or refractory ALL.\n\n"
RULES = {"V001", "V002", "V003", "U001"}


def _findings(linter, body, fmt="markdown"):
    doc = Document(path="d.md", text=BES + body + "\n", format=fmt)
    return [(f.rule, f.line, f.message) for f in linter.lint_document(doc) if f.rule in RULES]


@pytest.mark.parametrize("template", [
    "VOD was reported in {v}% of adult patients treated with BESPONSA in INO-VATE ALL.",
    "Hepatic VOD/SOS occurred in {v}% of BESPONSA-treated adults.",
    "- VOD: {v}% of patients on BESPONSA",
])
@pytest.mark.parametrize("wrong", ["21", "23"])
def test_a_dose_groups_figure_does_not_confirm_the_products_own(linter, template, wrong):
    assert _findings(linter, template.format(v="14")) == []
    got = _findings(linter, template.format(v=wrong))
    assert [g[:2] for g in got] == [("V001", 3)], got
    assert "14%" in got[0][2]


@pytest.mark.parametrize("body", [
    "Among early responders to BESPONSA, 74% of those given a cumulative dose of 3.3 mg/m² or less went on "
    "to transplant, against 46% of those given more.",
    "In the cumulative dose analysis, post-HSCT SOS (any grade) occurred in 21% vs 23% (≤3.3 vs >3.3 mg/m²).",
    # the dose group named by its arm's words, no population: the dose groups' entry still confirms it
    "Balanced outcomes with lower-dose BESPONSA: 50.9% remission and 12.2-month OS in early responders.",
])
def test_a_dose_groups_figure_with_its_population_named_stays_clean(linter, body):
    assert _findings(linter, body) == []


@pytest.mark.parametrize("template", [
    "Among patients who proceeded to HSCT after BESPONSA, hepatic VOD occurred in {v}%.",
    "Hepatic VOD occurred in {v}% of BESPONSA patients who proceeded to HSCT.",
    "VOD/SOS: 14% of all BESPONSA-treated adults; {v}% in those who went on to transplant.",
])
@pytest.mark.parametrize("wrong", ["12.8", "13", "21"])
def test_a_dose_groups_figure_of_the_named_population_does_not_confirm_the_products_own(linter, template, wrong):
    """The value's own population is named (after transplant) and the library holds the product arm's
    figure of that population (22.8%): a dose group's figure of the same population (13% grade 3/4 or
    21% any grade in the lower cumulative-dose group) does not confirm a wrong copy of it."""
    for right in ("22.8", "23"):
        assert _findings(linter, template.format(v=right)) == [], right
    got = _findings(linter, template.format(v=wrong))
    assert [g[0] for g in got] == ["V001"], got
    assert "22.8%" in got[0][2]
    body = BES + template.format(v=wrong)
    assert got[0][1] == body[:body.index(wrong + "%")].count("\n") + 1
