"""A not-met statement says that the endpoint's result missed significance / its boundary / was
not met. A negation of something else about the endpoint does not: its follow-up or censoring
("follow-up for OS did not differ between arms"), or a limit ("OS was not the only primary
endpoint"). F001; texts written for this test, in Markdown and plain text."""

from __future__ import annotations

import pytest

OPENING = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor "
           "acute lymphoblastic leukemia (ALL) in adults and pediatric patients 1 year and older.")
BOX = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF "
       "POST-HSCT NON-RELAPSE MORTALITY")
BOX_TEXT = ("Liver injury, VOD among it, proved fatal or life-threatening in some patients. Death not caused by "
            "relapse after HSCT was more frequent with BESPONSA.")
CLAIM = "Patients given BESPONSA lived a median of 7.7 months (overall survival), against 6.2 months on chemotherapy."


def f001(lint_piece, linter_for, layout, statement):
    if layout == "md":
        text = (f"---\nmarket: US\n---\n# Survival\n\n{OPENING}\n\n**{BOX}**\n\n{BOX_TEXT}\n\n{CLAIM}\n\n"
                f"{statement}\n\nPlease see the full Prescribing Information, including BOXED WARNING.\n")
        name = "piece.md"
    else:
        text = (f"Market: US\nSURVIVAL\n\n{OPENING}\n\n{BOX}\n{BOX_TEXT}\n\n{CLAIM}\n{statement}\n\n"
                "Please see the full Prescribing Information, including BOXED WARNING.\n")
        name = "piece.txt"
    return lint_piece(text, name, linter=linter_for("US"), rules="F001", lint_file=True)


@pytest.mark.parametrize("layout", ["md", "txt"])
@pytest.mark.parametrize("statement", [
    "Length of follow-up for overall survival did not differ between the two arms.",
    "Overall survival follow-up was not different across arms (median 29.6 months).",
    "Overall survival was not the only primary endpoint of the study.",
    "Overall survival was not just a secondary measure: it was co-primary.",
])
def test_a_negation_of_something_else_is_not_a_not_met_statement(lint_piece, linter_for, layout, statement):
    (f,) = f001(lint_piece, linter_for, layout, statement)
    assert "7.7" in f.message


@pytest.mark.parametrize("layout", ["md", "txt"])
@pytest.mark.parametrize("statement", [
    "Overall survival did not differ significantly between the arms.",
    "The overall survival primary endpoint was not met.",
    "Overall survival, not the only primary endpoint, missed its prespecified significance boundary.",
])
def test_a_real_not_met_statement_still_satisfies_it(lint_piece, linter_for, layout, statement):
    assert f001(lint_piece, linter_for, layout, statement) == []
