"""A share followed directly by what happened to those patients ("12 (15%) died of causes other than
relapse", "9% discontinued …") is that outcome's, whatever the sentence named before it (a
transplant population: "Of the 79 patients who went to transplant, …"); and the plural
"discontinuations due to adverse events" is the discontinuation endpoint, so a "respectively" list
of two endpoints gives each pair its own. Texts written for this test; facts of the shipped BESPONSA
library (post-HSCT non-relapse mortality 31/79 (39%) vs 8/35 (23%); cumulative-dose analysis:
grade >= 3 adverse events 59.6% / 79.7%, discontinuation due to adverse events 14.9% / 19.2%)."""

from __future__ import annotations

import pytest


RULES = {"V001", "V002", "U001"}
HEAD = "# BESPONSA safety notes\n\n"

NRM = {
    "prose": HEAD + "Among the 79 BESPONSA patients who proceeded to HSCT, {n} died of causes other than "
                    "relapse, against 8 of 35 (23%) after standard chemotherapy.\n",
    "of-those-with": HEAD + "Of the 79 adults with an HSCT after BESPONSA, {n} died without relapse; the figure "
                            "after chemotherapy was 8 of 35 (23%).\n",
    "two-sentences": HEAD + "Seventy-nine BESPONSA patients had a follow-up HSCT. Of them, {n} died without "
                            "relapse, compared with 8 of 35 (23%) in the chemotherapy arm.\n",
}
DOSE = HEAD + ("By cumulative dose (up to 3.3 mg/m² vs above), grade ≥3 adverse events were seen in 59.6% "
               "and 79.7% of patients, and discontinuations due to adverse events in {d1} and {d2}, "
               "respectively.\n")


def _findings(lint_piece, text):
    return [(f.rule, f.line, f.reference_id) for f in lint_piece(text, rules=RULES)]


@pytest.mark.parametrize("layout", sorted(NRM))
def test_a_share_followed_by_its_outcome_is_that_outcomes(lint_piece, layout):
    assert _findings(lint_piece, NRM[layout].format(n="31 (39%)")) == []
    got = _findings(lint_piece, NRM[layout].format(n="27 (34%)"))
    # judged against the outcome it names (V001, or U001 where the arm is unsure), never the transplant rate
    assert len(got) == 1 and got[0][0] in ("V001", "U001") and got[0][2] == "uspi.post-hsct-nrm", got


def test_plural_discontinuations_take_their_own_endpoint_in_a_respectively_list(lint_piece):
    assert _findings(lint_piece, DOSE.format(d1="14.9%", d2="19.2%")) == []
    assert [g[0] for g in _findings(lint_piece, DOSE.format(d1="14.9%", d2="21.9%"))] == ["V001"]
