"""The hazard ratio "for death" is the overall-survival hazard ratio, also with its abbreviation in
brackets between ("hazard ratio (HR) for death 0.64"): an outside writer's video description had it
read as a figure of deaths, which no entry holds (a false U001). Synonyms in the claims libraries
(reference/*.yaml), not code. Controls: a wrong ratio is still V001. Texts written for this test."""

from __future__ import annotations

import pytest

XOS = "In ADMIRAL, median overall survival was 9.3 months with XOSPATA vs 5.6 months with salvage chemotherapy; {hr}.\n"
BULLET = ("KEY DATA\n\u2022 Overall survival (primary analysis, median follow-up 17.8 months): median 9.3 months "
          "with XOSPATA vs 5.6 months with salvage chemotherapy; {hr}; P<0.001.\n")
BES = "In INO-VATE ALL, median overall survival was 7.7 months with BESPONSA vs 6.2 months with chemotherapy; {hr}.\n"


@pytest.mark.parametrize("head,hr", [
    (XOS, "hazard ratio (HR) for death 0.64 (95% CI, 0.49-0.83)"),
    (BULLET, "hazard ratio (HR) for death 0.64 (95% CI, 0.49\u20130.83)"),
    (XOS, "HR (hazard ratio) for death, 0.64 (95% CI 0.49-0.83)"),
    (XOS, "the hazard ratio for death was 0.64 (95% CI, 0.49-0.83)"),
    (BES, "hazard ratio (HR) for death 0.75 (97.5% CI, 0.57-0.99)"),
    (BES, "HR for death 0.75 (97.5% CI 0.57-0.99)"),
])
def test_the_hazard_ratio_for_death_is_the_survival_ratio(lint_piece, head, hr):
    assert lint_piece(head.format(hr=hr), "p.md", rules={"U001", "V001"}) == []


@pytest.mark.parametrize("head,hr", [
    (XOS, "hazard ratio (HR) for death 0.46 (95% CI, 0.49-0.83)"),
    (BES, "hazard ratio (HR) for death 0.57 (97.5% CI, 0.57-0.99)"),
])
def test_a_wrong_ratio_for_death_is_v001(lint_piece, head, hr):
    assert "V001" in {f.rule for f in lint_piece(head.format(hr=hr), "p.md", rules={"U001", "V001"})}
