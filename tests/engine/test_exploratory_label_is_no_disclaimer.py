"""F002 / F007 and the word "exploratory" used as a label of the analysis (attributively: in the
claim's own sentence, in a bracket after the figure's label, in the heading above). The shipped
packs take the label as the disclaimer (MLR reviewers commonly accept "## Subgroup analyses
(exploratory)"); a pack that asks for the caveat proper sets ``label_only: [exploratory]`` on the
rule (docs/rules.md, "Labels"), and then the label alone is reported while a caveat (not powered,
interpret with caution, not formally tested …), a predicate ("These results are exploratory"),
"(all exploratory)" or a note of its own ("*Exploratory analysis.*") satisfies. A caveat present
in other words keeps the piece clean under both readings."""

from __future__ import annotations

from pathlib import Path

import pytest

RULES = Path(__file__).resolve().parents[2] / "rules"


@pytest.fixture(scope="module")
def strict_linter(reference, tmp_path_factory):
    """The shipped packs, with F002 and F007 set to ask for the caveat proper (``label_only``)."""
    from claimcheck.engine import Linter
    from claimcheck.rulepacks import load_rulepacks

    d = tmp_path_factory.mktemp("rules")
    for pack in RULES.glob("*.yaml"):
        text = pack.read_text(encoding="utf-8")
        if pack.name == "common.yaml":
            marker = "      # a disclaimer given for the whole piece"
            assert text.count(marker) == 2
            text = text.replace(marker, "      label_only: [exploratory]\n" + marker)
        (d / pack.name).write_text(text, encoding="utf-8")
    return Linter(reference, rulepacks=load_rulepacks([d], reference))


IND = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor acute "
       "lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.\n\n")
BOX = ("**WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF "
       "POST-HSCT NON-RELAPSE MORTALITY**\n\n"
       "- Hepatotoxicity, including fatal and life-threatening VOD (also known as sinusoidal obstruction syndrome), "
       "occurred in patients treated with BESPONSA.\n"
       "- Patients who received BESPONSA had a higher rate of post-HSCT non-relapse mortality.\n\n")
PI = "Please see the full Prescribing Information, including the Boxed WARNING.\n"
INTRO = ("# BESPONSA in relapsed ALL\n\nINO-VATE ALL compared BESPONSA (inotuzumab ozogamicin) with standard "
         "chemotherapy (SC) in 326 adults.\n\n"
         "CR/CRi was reached by 80.7% of BESPONSA patients vs 29.4% with SC (first 218 randomized).\n\n")
#: subgroup claims (analysis: subgroup in the claims library)
SUB = ("In first salvage, CR/CRi was 87.7% with BESPONSA vs 28.8% with SC. "
       "Patients with high bone marrow blasts reached CR/CRi in 77.9% on BESPONSA vs 24.4% with SC.")
SUB_LINES = ("In first salvage, CR/CRi was 87.7% with BESPONSA vs 28.8% with SC.\n\n"
             "Patients with high bone marrow blasts reached CR/CRi in 77.9% on BESPONSA vs 24.4% with SC.\n\n")


def _doc(body: str) -> str:
    return INTRO + body + "\n\n" + IND + BOX + PI


@pytest.fixture
def _f002(lint_piece):
    return lambda linter, body: lint_piece(_doc(body), name="draft.md", linter=linter, rules="F002", market="US")


# ------------------------------------------------------------------ a label alone: reported
@pytest.mark.parametrize("body", [
    # in the claim's own sentence, attributively
    "## By subgroup\n\nIn an exploratory subgroup analysis of first salvage, CR/CRi was 87.7% with BESPONSA vs "
    "28.8% with SC.\n",
    "## By subgroup\n\nAn exploratory look at first salvage found CR/CRi in 87.7% with BESPONSA vs 28.8% with SC.\n",
    "## By subgroup\n\nExploratory subgroup data: in first salvage, CR/CRi was 87.7% with BESPONSA vs 28.8% with SC, "
    "and among patients with high bone marrow blasts 77.9% vs 24.4%.\n",
    # in a bracket after the figure's label
    "## By subgroup\n\n- First salvage (exploratory): CR/CRi 87.7% with BESPONSA vs 28.8% with SC\n"
    "- High bone marrow blasts (exploratory): CR/CRi 77.9% vs 24.4%\n",
    # in the heading above the claims
    "## Subgroup analyses (exploratory)\n\n" + SUB_LINES,
    "## Remission by subgroup (subgroup, exploratory)\n\n" + SUB_LINES,
    "EXPLORATORY SUBGROUP ANALYSES\n\n" + SUB_LINES,
    "## Exploratory endpoints by subgroup\n\n" + SUB_LINES,
    "## Exploratory findings\n\n" + SUB_LINES,
    # a sentence before the claims that only names the analysis
    "## By subgroup\n\nAn exploratory subgroup analysis looked at salvage line.\n\n" + SUB_LINES,
])
def test_exploratory_as_a_label_is_no_disclaimer_where_the_pack_says_so(strict_linter, full_linter, body, _f002):
    assert _f002(strict_linter, body)
    assert _f002(full_linter, body) == []   # the shipped packs: the label is the disclaimer


# ------------------------------------------------------------------ the caveat present: clean
@pytest.mark.parametrize("body", [
    # the label and, next to it, the caveat in other words
    "## Subgroup analyses (exploratory)\n\n" + SUB + " These analyses were not powered for comparison.\n",
    "## By subgroup\n\nIn an exploratory subgroup analysis of first salvage, CR/CRi was 87.7% with BESPONSA vs "
    "28.8% with SC. Interpret with caution.\n",
    "## By subgroup\n\n- First salvage (exploratory): CR/CRi 87.7% with BESPONSA vs 28.8% with SC\n"
    "- High bone marrow blasts (exploratory): CR/CRi 77.9% vs 24.4%\n\n"
    "Subgroup results should be read with caution.\n",
    "## By subgroup\n\n" + SUB + " The subgroups were not part of the prespecified statistical testing.\n",
    "## By subgroup\n\n" + SUB + " No formal statistical comparison was planned.\n",
    "## By subgroup\n\n" + SUB + " The trial was not designed for formal comparison of subgroups.\n",
    "## By subgroup\n\n" + SUB + " These comparisons were not statistically tested.\n",
    # the label and the caveat in one bracket
    "## By subgroup\n\nIn first salvage, CR/CRi was 87.7% with BESPONSA vs 28.8% with SC (exploratory analysis; "
    "not designed for formal comparison).\n",
    # caveats that say what the results cannot bear, around a label
    "## By subgroup (exploratory)\n\n" + SUB + " No statistical comparison between arms was performed for subgroups.\n",
    "## By subgroup\n\n" + SUB + " Results from exploratory subgroup analyses should not be used to draw conclusions.\n",
    "## By subgroup\n\n" + SUB + " These exploratory data do not support conclusions of efficacy in subgroups.\n",
    "## By subgroup\n\n" + SUB + " Exploratory analysis of a subgroup; small numbers preclude firm conclusions.\n",
    "## By subgroup\n\n" + SUB + "\n\nCaution: exploratory subgroup analysis with small numbers.\n",
    "## By subgroup\n\n" + SUB + "\n\nNote: subgroup analysis, exploratory, limited sample size.\n",
    "## By subgroup\n\n" + SUB + "\n\n(Exploratory endpoint; no statistical testing was performed.)\n",
    # "exploratory" as a predicate: a statement about the results
    "## By subgroup\n\n" + SUB + " These subgroup results are exploratory.\n",
    "## By subgroup\n\n" + SUB + " Both analyses were post hoc and exploratory.\n",
    "## By subgroup\n\n" + SUB + " The subgroup findings are considered exploratory.\n",
    "## Findings by subgroup (all exploratory)\n\n" + SUB_LINES,
    "The following subgroup analyses are exploratory:\n\n- In first salvage, CR/CRi was 87.7% with BESPONSA vs "
    "28.8% with SC.\n- With high bone marrow blasts, 77.9% vs 24.4%.\n",
    # a note of its own under the claims
    "## By subgroup\n\n" + SUB + "\n\n*Exploratory analysis.*\n",
    "## By subgroup\n\n- First salvage\u2020: CR/CRi 87.7% with BESPONSA vs 28.8% with SC\n"
    "- High bone marrow blasts\u2020: CR/CRi 77.9% vs 24.4%\n\n\u2020 Exploratory subgroup analyses.\n",
])
def test_a_caveat_in_any_wording_keeps_the_piece_clean(strict_linter, full_linter, body, _f002):
    assert _f002(strict_linter, body) == []
    assert _f002(full_linter, body) == []


# ------------------------------------------------------------------ F007: exploratory figures
XOS_INTRO = ("# XOSPATA in relapsed or refractory FLT3-mutated AML\n\n"
             "In ADMIRAL, median overall survival was 9.3 months with XOSPATA vs 5.6 months with salvage "
             "chemotherapy (HR 0.64; 95% CI 0.49-0.83; P<0.001).\n\n")
XOS_IND = ("XOSPATA is indicated for the treatment of adult patients who have relapsed or refractory acute myeloid "
           "leukemia (AML) with a FLT3 mutation as detected by an FDA-approved test.\n\n")


@pytest.fixture
def _f007(lint_piece):
    return lambda linter, body: lint_piece(XOS_INTRO + body + "\n\n" + XOS_IND, name="draft.md", linter=linter,
                                           rules="F007", market="US")


@pytest.mark.parametrize("body", [
    "## Long-term follow-up (exploratory)\n\nProjected 2-year survival was 20.6% with XOSPATA vs 14.2% with "
    "chemotherapy.\n",
    "## Long-term follow-up\n\n- Projected 2-year survival (exploratory): 20.6% vs 14.2%\n",
    "## Long-term follow-up\n\nIn an exploratory follow-up analysis, projected 2-year survival was 20.6% with "
    "XOSPATA vs 14.2% with chemotherapy.\n",
])
def test_exploratory_figure_with_a_label_only_is_reported_where_a_pack_says_so(strict_linter, full_linter, body, _f007):
    assert _f007(strict_linter, body)
    assert _f007(full_linter, body) == []


@pytest.mark.parametrize("body", [
    "## Long-term follow-up (exploratory)\n\nProjected 2-year survival was 20.6% with XOSPATA vs 14.2% with "
    "chemotherapy. These projections were not formally tested.\n",
    "## Long-term follow-up\n\n- Projected 2-year survival (exploratory): 20.6% vs 14.2%\n\n"
    "The 2-year projections are exploratory estimates.\n",
    "## Long-term follow-up\n\nProjected 2-year survival was 20.6% with XOSPATA vs 14.2% with chemotherapy.\u00b9\n\n"
    "\u00b9 Exploratory estimate; not part of the prespecified hypothesis testing.\n",
])
def test_exploratory_figure_with_its_caveat_is_clean(strict_linter, full_linter, body, _f007):
    assert _f007(strict_linter, body) == []
    assert _f007(full_linter, body) == []
