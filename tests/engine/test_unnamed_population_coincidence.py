"""Population beats coincidence: a figure written without a population and without its n/N, where
the endpoint's default entry (the trial's whole, adult population) disagrees, is never confirmed by
the figure of another population the text does not name -- neither by its exact value (the
pediatric study's VOD 15% where the adult figure is 14%) nor by the value it rounds to (48.5% or
48.7% against the pediatric 49% where the adult HSCT rate is 48.2%). Naming that population keeps
its entry. Texts written for this test; facts of the shipped BESPONSA library."""

from __future__ import annotations

import pytest

HEAD = "BESPONSA (inotuzumab ozogamicin) in INO-VATE ALL.\n\n"
RULES = {"V001", "V002", "V003", "U001"}


def _findings(lint_doc, body):
    return sorted((f.rule, f.line) for f in lint_doc(HEAD + body + "\n", "d.md", rules=RULES))


HSCT = [
    "| Outcome | BESPONSA |\n|---|---|\n| HSCT rate | {v}% |",
    "| Endpoint | Result |\n|---|---|\n| Proceeded to HSCT | {v}% |",
    "- **HSCT after treatment:** {v}% of patients proceeded to HSCT.",
    "- **Transplant rate:** {v}%",
    "With BESPONSA, {v}% of patients went on to transplant.",
    "The rate of proceeding to HSCT was {v}% with BESPONSA.",
]


@pytest.mark.parametrize("template", HSCT)
@pytest.mark.parametrize("wrong", ["48.5", "48.7", "48.9"])
def test_a_changed_adult_hsct_rate_is_not_confirmed_by_the_pediatric_figure(lint_doc, template, wrong):
    assert _findings(lint_doc, template.format(v="48.2")) == []
    got = _findings(lint_doc, template.format(v=wrong))
    assert got and all(rule == "V001" for rule, _ in got), got


VOD = [
    "VOD occurred in {v}% of patients.",
    "VOD was reported in {v}% of patients treated with BESPONSA.",
    "Hepatic veno-occlusive disease occurred in {v}% of BESPONSA-treated patients.",
    "- **VOD/SOS:** {v}% of patients",
    "| Adverse reaction | BESPONSA |\n|---|---|\n| VOD | {v}% |",
]


@pytest.mark.parametrize("template", VOD)
@pytest.mark.parametrize("wrong", ["15", "16", "13"])
def test_a_changed_vod_rate_without_counts_is_a_mismatch(lint_doc, template, wrong):
    assert _findings(lint_doc, template.format(v="14")) == []
    got = _findings(lint_doc, template.format(v=wrong))
    assert got and all(rule == "V001" for rule, _ in got), got


@pytest.mark.parametrize("body", [
    "In pediatric patients, VOD occurred in 15% of patients.",
    "In the pediatric study, 49% of patients proceeded to HSCT.",
    "## Pediatric patients\n\n- **VOD:** 15% of patients\n- **HSCT:** 49% proceeded to transplant",
    "Among children treated with BESPONSA, VOD was reported in 15%.",
    "VOD occurred in 22.8% of patients who underwent HSCT.",
    "VOD occurred in 14% of adult patients (23/164).",
])
def test_the_other_population_named_keeps_its_entry(lint_doc, body):
    assert _findings(lint_doc, body) == []


@pytest.mark.parametrize("body", [
    # a subgroup of the trial named in words the library lacks: its entry still confirms the figure
    "Subgroups presented:\n\n- Marrow blast count of 50 % or more: CR/CRi 77.9% vs 24.4%",
    "<h2>Subgroups</h2>\n<ul>\n<li>Blasts of at least half the marrow: CR/CRi 77.9% vs 24.4%</li>\n</ul>",
])
def test_a_subgroup_named_in_other_words_keeps_its_entry(lint_doc, body):
    assert _findings(lint_doc, body) == []
