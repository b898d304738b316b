"""F001: a survival claim whose endpoint the sentence never names ("lived a median of 7.7 months")
is identified by its figures; an anaphoric not-met statement right after it ("This was not
statistically significant", "The difference did not reach significance") refers to that claim's
endpoint and satisfies the rule, as it does after "Median OS was 7.7 months …". An anaphor that
states no failed analysis, or one in another paragraph, does not."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from claimcheck.documents import read_document

IND = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor acute "
       "lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.\n\n")
BOX = ("**WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF "
       "POST-HSCT NON-RELAPSE MORTALITY**\n\n- Hepatotoxicity, including fatal and life-threatening VOD, occurred "
       "with BESPONSA.\n- Patients who received BESPONSA had a higher rate of post-HSCT non-relapse mortality.\n\n"
       "Please see the full Prescribing Information.\n")


def _f001(full_linter, body: str) -> list:
    text = "# BESPONSA in INO-VATE ALL\n\n" + body + "\n\n" + IND + BOX
    with tempfile.TemporaryDirectory() as d:
        page = Path(d) / "draft.md"
        page.write_text(text, encoding="utf-8")
        return [f for f in full_linter.lint_document(read_document(page)) if f.rule == "F001"]


CLAIMS = [
    "Patients given BESPONSA lived a median of 7.7 months, compared with 6.2 months on chemotherapy.",
    "With BESPONSA, patients lived for a median of 7.7 months versus 6.2 months with standard chemotherapy.",
]
NOTES = [
    "This was not statistically significant.",
    "The difference did not reach statistical significance.",
    "However, this did not cross the prespecified boundary.",
]


@pytest.mark.parametrize("claim", CLAIMS)
def test_the_figures_alone_trigger(full_linter, claim):
    assert _f001(full_linter, claim)


@pytest.mark.parametrize("claim", CLAIMS)
@pytest.mark.parametrize("note", NOTES)
def test_an_anaphor_after_figures_only_states_not_met(full_linter, claim, note):
    assert _f001(full_linter, f"{claim} {note}") == []


@pytest.mark.parametrize("claim", CLAIMS)
@pytest.mark.parametrize("note", [
    "This was a clinically meaningful result.",      # no negation: states nothing of the analysis
    "This was not powered to detect a difference.",  # no test done, not a failed analysis
])
def test_an_anaphor_that_states_no_failed_analysis_does_not_count(full_linter, claim, note):
    assert _f001(full_linter, f"{claim} {note}")
