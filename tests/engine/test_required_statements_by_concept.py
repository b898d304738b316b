"""Required statements recognised by concept, not by phrase: the OS not-met statement given as a
table footnote tied to the OS row by its mark (F001), the pointer to the full Prescribing
Information / SmPC written with a giving action (F003/F005), and a passing "exploratory" noun
phrase that is no disclaimer for claims outside its sentence (F002). Correct variants stay clean."""

from __future__ import annotations

import pytest

IND = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor acute "
       "lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.\n\n")
BOX = ("**WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF "
       "POST-HSCT NON-RELAPSE MORTALITY**\n\n"
       "- Hepatotoxicity, including fatal and life-threatening VOD (also known as sinusoidal obstruction syndrome), "
       "occurred in patients treated with BESPONSA.\n"
       "- The risk of VOD was greater in patients who underwent HSCT after BESPONSA. Other risk factors for VOD included ongoing or prior liver disease, prior HSCT, increased age, later salvage lines and a greater number of treatment cycles. Elevated liver tests may require dose interruption, reduction or permanent discontinuation; stop BESPONSA permanently if VOD develops.\n"
       "- Patients who received BESPONSA had a higher rate of post-HSCT non-relapse mortality.\n\n")
PI = "Please see the full Prescribing Information, including the Boxed WARNING.\n"
INTRO = ("# BESPONSA in relapsed ALL\n\nINO-VATE ALL compared BESPONSA (inotuzumab ozogamicin) with standard "
         "chemotherapy (SC) in 326 adults.\n\n")
EU_IND = ("BESPONSA is indicated as monotherapy for the treatment of adults with relapsed or refractory CD22-positive "
          "B cell precursor acute lymphoblastic leukaemia (ALL). Adult patients with Philadelphia chromosome positive "
          "(Ph+) relapsed or refractory B cell precursor ALL should have failed treatment with at least 1 tyrosine "
          "kinase inhibitor (TKI).\n\n\u25bc This medicinal product is subject to additional monitoring.\n\n")
CR = "CR/CRi was reached by 80.7% of BESPONSA patients vs 29.4% with SC (first 218 randomized).\n\n"


def _doc(body: str, pi: str = PI, box: str = BOX, ind: str = IND) -> str:
    return INTRO + body + "\n\n" + ind + box + pi


@pytest.fixture(scope="module")
def linter(full_linter):
    """These rules are the shipped rule packs': ``lint_piece`` lints with the CLI's default Linter."""
    return full_linter


def _rules(lint_piece, text: str, market: str = "US") -> list[str]:
    """The rules raised on ``text`` as a Markdown file read by the Markdown reader (markup handled as
    for a user's file), its market declared in a front matter."""
    return [f.rule for f in lint_piece(text, "draft.md", market=market)]


def _table(os_label: str, cr_label: str = "CR/CRi") -> str:
    return ("| Endpoint | BESPONSA | SC |\n|---|---|---|\n"
            f"| {cr_label} | 80.7% | 29.4% |\n| {os_label} | 7.7 months | 6.2 months |\n\n")


# ---------------------------------------------------------------- F001: a footnote tied by its mark
@pytest.mark.parametrize("os_label, note", [
    ("Overall survival\u2020", "\u2020The primary endpoint was not met (p=0.0994)."),
    ("Median OS*", "*This primary endpoint did not reach statistical significance."),
    ("Median overall survival\u2021", "\u2021 Not statistically significant; the prespecified boundary was not crossed."),
    ("Overall survival\u00b9", "\u00b9The second primary endpoint was not met."),
    ("Overall survival (median)\u2020", "\u2020 Final analysis. The prespecified efficacy boundary was not met."),
])
def test_a_not_met_footnote_marked_on_the_os_row_covers_os(lint_piece, os_label, note):
    assert "F001" not in _rules(lint_piece, _doc(_table(os_label) + note + "\n"))


def test_a_marked_not_met_footnote_in_prose_covers_os(lint_piece):
    body = "Median overall survival was 7.7 months\u2020 with BESPONSA vs 6.2 months with SC.\n\n" \
           "\u2020 The primary endpoint did not meet its significance boundary.\n"
    assert "F001" not in _rules(lint_piece, _doc(body))


@pytest.mark.parametrize("table, note", [
    # the mark stands on another row: the footnote is that row's
    (_table("Overall survival", cr_label="CR/CRi\u2020"), "\u2020The primary endpoint was not met (p=0.0994)."),
    # the footnote says nothing of the primary analysis
    (_table("Overall survival\u2020"), "\u2020 Median not reached at data cut-off in some subgroups."),
    (_table("Overall survival*"), "*Kaplan-Meier estimate; no patients were lost to follow-up."),
    # a mark with no footnote at all
    (_table("Overall survival\u2020"), ""),
])
def test_a_footnote_that_is_not_the_os_statement_leaves_f001(lint_piece, table, note):
    assert "F001" in _rules(lint_piece, _doc(table + note + "\n"))


def test_emphasis_is_no_footnote_mark(lint_piece):
    body = _table("*Overall survival*") + "*The primary endpoint was not met for CR/CRi in one arm.*\n"
    assert "F001" in _rules(lint_piece, _doc(body))


# ---------------------------------------------------------------- F003 / F005: giving actions
@pytest.mark.parametrize("pointer", [
    "Full Prescribing Information for BESPONSA is enclosed.\n",
    "We provide the full Prescribing Information with this letter.\n",
    "Your representative will hand you the full Prescribing Information.\n",
    "Please turn to the Prescribing Information overleaf.\n",
    "Please go to the Prescribing Information at www.example.com/pi.\n",
    "The Prescribing Information is available at https://example.com/besponsa.\n",
    "See accompanying PI, including Boxed Warning.\n",
    "We offer the complete Prescribing Information on request.\n",
    "Prescribing Information accompanies this piece.\n",
])
def test_a_pi_handed_over_is_a_pointer(lint_piece, pointer):
    assert "F003" not in _rules(lint_piece, _doc(CR, pi=pointer))


@pytest.mark.parametrize("pointer", [
    # named only as a source: a citation names the document, it does not point the reader to it
    "Source: BESPONSA PI, 2024.\n",
    "\n## References\n\n1. BESPONSA (inotuzumab ozogamicin) Prescribing Information. Pfizer; 2024.\n",
    "",
])
def test_a_pi_named_only_as_a_source_is_no_pointer(lint_piece, pointer):
    assert "F003" in _rules(lint_piece, _doc(CR, pi=pointer))


@pytest.mark.parametrize("pointer", [
    "We provide the SmPC with this letter.\n",
    "The SmPC is enclosed.\n",
    "Please turn to the Summary of Product Characteristics.\n",
    "The SmPC is available at www.example.org/emc.\n",
    "Here we hand you the Summary of Product Characteristics.\n",
])
def test_an_smpc_handed_over_is_a_pointer(lint_piece, pointer):
    assert "F005" not in _rules(lint_piece, _doc(CR, pi=pointer, box="", ind=EU_IND), market="EU")


@pytest.mark.parametrize("pointer", [
    "Source: BESPONSA SmPC, 2024.\n",
    "CR=complete remission; SmPC=Summary of Product Characteristics.\n",
])
def test_an_smpc_named_only_as_a_source_or_abbreviation_is_no_pointer(lint_piece, pointer):
    assert "F005" in _rules(lint_piece, _doc(CR, pi=pointer, box="", ind=EU_IND), market="EU")


# ---------------------------------------------------------------- F002: "exploratory" in passing
SUBGROUPS = ("In first salvage, CR/CRi was 87.7% with BESPONSA vs 28.8% with SC.\n\n"
             "Patients with high bone marrow blasts reached CR/CRi in 77.9% on BESPONSA vs 24.4% with SC.\n")


@pytest.mark.parametrize("passing, heading", [
    ("An exploratory look at the remission data is planned for next year.\n\n", "## Subgroup analyses\n\n"),
    ("Exploratory endpoints included MRD negativity.\n\n", "## Results by subgroup\n\n"),
    ("Exploratory objectives of the trial were set out in the protocol.\n\n", "By subgroup:\n\n"),
])
def test_exploratory_named_in_passing_is_no_disclaimer_for_other_claims(lint_piece, passing, heading):
    assert "F002" in _rules(lint_piece, _doc(passing + CR + heading + SUBGROUPS))


@pytest.mark.parametrize("body", [
    # the passing phrase in the claim's own sentence covers it
    "## By subgroup\n\nIn an exploratory look at first salvage, CR/CRi was 87.7% with BESPONSA vs 28.8% with SC.\n",
    "## Subgroup results\n\nAmong exploratory endpoints, CR/CRi in first salvage was 87.7% with BESPONSA vs 28.8% "
    "with SC.\n",
    # a heading speaks for its section (a label is a disclaimer in the shipped packs; a pack may ask
    # for the caveat proper: tests/engine/test_exploratory_label_is_no_disclaimer.py)
    "## Exploratory endpoints by subgroup\n\n" + SUBGROUPS,
    "## Subgroup analyses (exploratory)\n\n" + SUBGROUPS,
    "EXPLORATORY SUBGROUP ANALYSES\n\n" + SUBGROUPS,
    "### Hypothesis-generating results by subgroup\n\n" + SUBGROUPS,
    "## Subgroup analyses (exploratory, not powered)\n\n" + SUBGROUPS,
    "## Findings by subgroup (all exploratory)\n\n" + SUBGROUPS,
    # a disclaimer proper after the claims
    "## Subgroup analyses\n\n" + SUBGROUPS + "\nThese subgroup results are exploratory and were not powered.\n",
    # a marked footnote under a table
    "| Subgroup | BESPONSA | SC |\n|---|---|---|\n| First salvage\u2020 | 87.7% | 28.8% |\n"
    "| High bone marrow blasts\u2020 | 77.9% | 24.4% |\n\n\u2020 Post hoc, exploratory analyses; not powered.\n",
])
def test_a_disclaimer_in_scope_covers_subgroup_claims(lint_piece, body):
    assert "F002" not in _rules(lint_piece, _doc(CR + body))


@pytest.mark.parametrize("cue", ["## Subgroup analyses\n\n", "By age group:\n\n", "By subgroup:\n\n"])
def test_a_subgroup_cue_in_a_heading_or_lead_in_alone_needs_a_disclaimer(lint_piece, cue):
    assert "F002" in _rules(lint_piece, _doc(CR + cue + SUBGROUPS))


# ---------------------------------------------------------------- B001: each risk in the box's text
R_BOX = "WARNING: HEPATOTOXICITY, VOD AND POST-HSCT NON-RELAPSE MORTALITY\n\n"


@pytest.mark.parametrize("box, missing", [
    (R_BOX + "Fatal hepatotoxicity has occurred. This risk was greater in patients who went on to HSCT. Ongoing or prior liver disease, a prior transplant, older age, later salvage therapy and more treatment cycles also raised the risk. There is "
     "a higher post-HSCT non-relapse mortality rate.\n\n", "hepatic-vod"),
    (R_BOX + "BESPONSA can cause hepatotoxicity, including fatal or life-threatening hepatic veno-occlusive "
     "disease (VOD). The risk of VOD was higher in patients transplanted after BESPONSA. Patients with ongoing or past liver disease, a previous HSCT, advanced age, later salvage lines or more cycles were also at higher risk. If VOD occurs, discontinue treatment for good and treat severe VOD per standard medical practice.\n\n", "post-hsct-nrm"),
    ("**WARNING: HEPATOTOXICITY, VOD AND POST-HSCT NON-RELAPSE MORTALITY.** Fatal hepatotoxicity has occurred. "
     "The risk was increased in patients given HSCT afterwards. Liver disease, prior HSCT, older age, later salvage and more cycles added to the risk. There is a higher post-HSCT non-relapse "
     "mortality rate.\n\n", "hepatic-vod"),
])
def test_a_risk_named_only_in_the_box_title_is_missing_from_its_text(lint_piece, box, missing):
    found = lint_piece(_doc(CR, box=box), "draft.md", market="US", rules="B001")
    assert found and missing in found[0].extra["missing"]


@pytest.mark.parametrize("box", [
    R_BOX + "BESPONSA can cause hepatotoxicity, including fatal or life-threatening hepatic veno-occlusive "
    "disease (VOD). Patients who underwent HSCT after BESPONSA were at greater risk of VOD. Further risk factors: ongoing or prior liver disease, prior HSCT, increased age, later salvage lines, more treatment cycles. Liver test elevations may require interrupting or reducing the dose, and BESPONSA must be permanently stopped in patients who develop VOD. There is a higher "
    "post-HSCT non-relapse mortality rate.\n\n",
    "WARNING: HEPATOTOXICITY AND POST-HSCT MORTALITY\n\nSevere, life-threatening and sometimes fatal liver "
    "toxicity, including sinusoidal obstruction syndrome, occurred. That risk rose in patients who later had a "
    "transplant, and in those with liver disease, a prior transplant, older age, later salvage lines or more "
    "cycles. Stop treatment for good if sinusoidal obstruction syndrome develops. Mortality not due to relapse was higher "
    "after transplant.\n\n",
    BOX,
    # the box's text on the title's line, after its title sentence
    "**WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF POST-HSCT "
    "NON-RELAPSE MORTALITY.** Hepatotoxicity, including fatal and life-threatening hepatic VOD, occurred with "
    "BESPONSA. VOD was more common in patients who had HSCT after treatment. Other risk factors for VOD included ongoing or prior liver disease, prior HSCT, increased age, later salvage lines and a greater number of treatment cycles. Elevated liver tests may require dose interruption, reduction or permanent discontinuation; stop BESPONSA permanently if VOD develops. A higher post-HSCT non-relapse "
    "mortality rate occurred in patients receiving BESPONSA.\n\n",
])
def test_a_box_whose_text_states_each_risk_is_complete(lint_piece, box):
    assert "B001" not in _rules(lint_piece, _doc(CR, box=box))


@pytest.mark.parametrize("box", [
    "WARNING: HEPATOTOXICITY AND VOD \u2014 BESPONSA can cause fatal hepatotoxicity and hepatic VOD. The risk was "
    "higher with HSCT after BESPONSA, and with prior liver disease or HSCT, older age, later salvage or more "
    "cycles. Discontinue BESPONSA for good if VOD occurs. A higher post-HSCT non-relapse mortality rate was seen.\n\n",
    "**WARNING: HEPATOTOXICITY AND VOD.** Hepatotoxicity, including fatal VOD, occurred with BESPONSA, and VOD risk "
    "was greater after a later HSCT, as it was with liver disease, a prior transplant, older age, a later "
    "salvage line or more cycles; VOD means stopping BESPONSA for good; post-HSCT non-relapse mortality was higher.\n\n",
])
def test_a_box_text_on_the_title_line_counts_as_its_text(lint_piece, box):
    assert "B001" not in _rules(lint_piece, _doc(CR, box=box))


# ---------------------------------------------------------------- F001: <sup> marks (Markdown, HTML)
def _lint_file(lint_piece, name: str, text: str) -> list[str]:
    return [f.rule for f in lint_piece(text, name)]


@pytest.mark.parametrize("mark", ["a", "\u2020", "*"])
def test_a_sup_mark_ties_the_footnote_to_the_os_row_in_markdown(lint_piece, mark):
    body = _table(f"Overall survival<sup>{mark}</sup>") + f"<sup>{mark}</sup>The primary endpoint was not met (p=0.0994).\n"
    assert "F001" not in _lint_file(lint_piece, "piece.md", _doc(body))


def test_a_sup_mark_on_another_row_leaves_f001_in_markdown(lint_piece):
    body = _table("Overall survival", cr_label="CR/CRi<sup>a</sup>") + "<sup>a</sup>The primary endpoint was not met.\n"
    assert "F001" in _lint_file(lint_piece, "piece.md", _doc(body))


@pytest.mark.parametrize("mark, other", [("a", ""), ("\u2020", ""), ("b", "<sup>c</sup>")])
def test_a_sup_mark_ties_the_footnote_to_the_os_row_in_html(lint_piece, mark, other):
    html = ("<html><body><h1>BESPONSA in relapsed ALL</h1><p>INO-VATE ALL compared BESPONSA (inotuzumab "
            "ozogamicin) with standard chemotherapy (SC) in 326 adults.</p><table><tr><th>Endpoint</th>"
            "<th>BESPONSA</th><th>SC</th></tr><tr><td>CR/CRi</td><td>80.7%</td><td>29.4%</td></tr>"
            f"<tr><td>Overall survival<sup>{mark}</sup></td><td>7.7 months</td><td>6.2 months</td></tr></table>"
            f"<p><sup>{mark}</sup>The primary endpoint was not met (p=0.0994).</p>"
            f"<p>{IND.strip()}</p><p>{BOX.replace(chr(10), ' ').replace('**', '')}</p><p>{PI.strip()}</p>"
            "</body></html>")
    rules = _lint_file(lint_piece, "piece.html", html)
    assert "F001" not in rules
    if other:
        assert "F001" in _lint_file(lint_piece, "piece.html", html.replace(f"<p><sup>{mark}</sup>", f"<p>{other}"))
