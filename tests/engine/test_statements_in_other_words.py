"""Required statements written in other words, and questions that state nothing.

- F004: the EU additional-monitoring statement by meaning: "additional…" and "monitor…" in one
  sentence, any order and word form ("is being monitored additionally", "additional safety
  monitoring applies"), not negated ("is not subject to additional monitoring").
- A question is not a statement: "Where can I find the SmPC?" points to nothing unless its answer
  does ("A: It is available at <url>"); "A: Please contact Medical Information" does not
  (F003/F005, F004, and the statements of the requires-if rules).
- F005 in a UK piece in ABPI style (it names the Yellow Card scheme or the MHRA) that never names
  the SmPC: a pointer to its "prescribing information" ("Prescribing information can be found
  overleaf"); deleted, it is reported.
- F006: the analysis identified as post hoc in other words ("carried out after the trial ended",
  "not prespecified in the protocol", "unplanned analyses", "a retrospective analysis"), not
  negated ("this analysis was not retrospective").
Correct text stays clean in each case."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from claimcheck.documents import read_document


def _lint(linter, text: str, market: str):
    with tempfile.TemporaryDirectory() as d:
        page = Path(d) / "draft.md"
        page.write_text(f"---\nmarket: {market}\n---\n" + text, encoding="utf-8")
        return linter.lint_document(read_document(page))


def _rules(linter, text: str, market: str) -> list[str]:
    return [f.rule for f in _lint(linter, text, market)]


INTRO = ("# BESPONSA in relapsed ALL\n\nINO-VATE ALL compared BESPONSA (inotuzumab ozogamicin) with standard "
         "chemotherapy (SC) in 326 adults.\n\n")
CR = "CR/CRi was reached by 80.7% of BESPONSA patients vs 29.4% with SC (first 218 randomized).\n\n"
US_IND = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor acute "
          "lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.\n\n")
BOX = ("**WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF "
       "POST-HSCT NON-RELAPSE MORTALITY**\n\n"
       "- Hepatotoxicity, including fatal and life-threatening VOD (also known as sinusoidal obstruction syndrome), "
       "occurred in patients treated with BESPONSA.\n"
       "- Patients who received BESPONSA had a higher rate of post-HSCT non-relapse mortality.\n\n")
PI = "Please see the full Prescribing Information, including the Boxed WARNING.\n"
EU_IND = ("BESPONSA is indicated as monotherapy for the treatment of adults with relapsed or refractory CD22-positive "
          "B cell precursor acute lymphoblastic leukaemia (ALL). Adult patients with Philadelphia chromosome positive "
          "(Ph+) relapsed or refractory B cell precursor ALL should have failed treatment with at least 1 tyrosine "
          "kinase inhibitor (TKI).\n\n")
MONITORING = "\u25bc This medicinal product is subject to additional monitoring.\n\n"
SMPC = "Please refer to the Summary of Product Characteristics (SmPC) before prescribing.\n"


def _eu(monitoring: str = MONITORING, smpc: str = SMPC, body: str = CR) -> str:
    return INTRO + body + EU_IND + monitoring + "\n\n" + smpc + "\n"


def _us(pi: str = PI, body: str = CR) -> str:
    return INTRO + body + US_IND + BOX + pi + "\n"


# ---------------------------------------------------------------- F004 by meaning
@pytest.mark.parametrize("statement", [
    "\u25bc BESPONSA is being monitored additionally. Report any suspected adverse reactions.",
    "This medicine is monitored additionally.",
    "This medicine is under additional monitoring.",
    "BESPONSA is additionally monitored to allow quick identification of new safety information.",
    "\u25bc Subject to additional monitoring.",
    "Subject to additional monitoring.",
    "Additional monitoring applies to this medicine.",
    "\u25bc This medicine is subject to additional safety monitoring; please report suspected side effects.",
    "BESPONSA\u25bc (inotuzumab ozogamicin) is being additionally monitored by the regulators.",
    "Like other new medicines, BESPONSA is monitored in an additional way: report adverse reactions.",
])
def test_the_additional_monitoring_statement_in_other_words(full_linter, statement):
    assert "F004" not in _rules(full_linter, _eu(monitoring=statement), "EU")


@pytest.mark.parametrize("statement", [
    "",
    "BESPONSA is not subject to additional monitoring.",
    "This medicine is not monitored additionally.",
    "There is no additional monitoring for BESPONSA.",
    # the words in two sentences do not make the statement
    "Liver tests should be monitored. Additional cycles may be given.",
    # a question asks, it does not state
    "Is BESPONSA subject to additional monitoring?",
    "Q: Is this medicine additionally monitored?\nA: Please contact Medical Information.",
])
def test_no_additional_monitoring_statement_is_reported(full_linter, statement):
    assert "F004" in _rules(full_linter, _eu(monitoring=statement), "EU")


@pytest.mark.parametrize("statement", [
    "Q: Is BESPONSA under additional monitoring?\nA: Yes, it is subject to additional monitoring.",
    "**Q.** Is this medicine additionally monitored?\n\n**A.** Yes: it is monitored additionally (\u25bc).",
    "Is this medicine under additional monitoring? Yes, it is monitored so that new safety information is found quickly.",
])
def test_a_question_answered_with_the_statement_counts(full_linter, statement):
    assert "F004" not in _rules(full_linter, _eu(monitoring=statement), "EU")


# ---------------------------------------------------------------- a question is no pointer
@pytest.mark.parametrize("pointer", [
    "Q: Where can I read the full Prescribing Information?\nA: Please contact Medical Information.",
    "Q: Where can I read the full prescribing information?\n\nA: Please ask your representative.",
    "**Q.** Can I see the full Prescribing Information?\n**A.** Our team will be happy to help.",
    "Where is the full PI? Contact us on 0800 000 000.",
    "Have you read the full Prescribing Information?",
    "## Where can I find the full Prescribing Information?\n\nMedical Information answers questions on weekdays.",
])
def test_an_unanswered_question_is_no_pi_pointer(full_linter, pointer):
    assert "F003" in _rules(full_linter, _us(pi=pointer), "US")


@pytest.mark.parametrize("pointer", [
    "Q: Where can I read the full Prescribing Information?\nA: It is available at www.example.com/pi.",
    "Q: Where can I read the full Prescribing Information?\nA: In the Prescribing Information, which you can "
    "download at www.example.com/pi.",
    "**Q.** Where is the full Prescribing Information?\n**A.** Enclosed with this letter.",
    "**Q:** Is there full prescribing information for BESPONSA?\n\n**A:** Yes: see www.example.com/pi.",
    "Want the full Prescribing Information? Visit www.example.com/pi.",
    "## Where can I find the full Prescribing Information?\n\nYou can download it at www.example.com/pi.",
])
def test_a_question_whose_answer_points_is_a_pi_pointer(full_linter, pointer):
    assert "F003" not in _rules(full_linter, _us(pi=pointer), "US")


@pytest.mark.parametrize("pointer", [
    "Q: Where can I find the SmPC?\nA: Please contact Medical Information.",
    "Where can I read the Summary of Product Characteristics? Our medical team is available on weekdays.",
    "**Q.** Is there an SmPC?\n**A.** Yes.",
    "Q: Where can I find the SmPC?\nQ: Where can I report a side effect?\nA: Use the Yellow Card scheme.",
])
def test_an_unanswered_question_is_no_smpc_pointer(full_linter, pointer):
    assert "F005" in _rules(full_linter, _eu(smpc=pointer), "EU")


@pytest.mark.parametrize("pointer", [
    "Q: Where can I find the SmPC?\nA: In the SmPC, which you can download at www.example.com/smpc.",
    "Q: Where can I find the SmPC?\nA: You can download it at www.example.com/smpc.",
    "**Q.** Where is the Summary of Product Characteristics?\n**A.** It is available at www.medicines.org.uk.",
    "Where do I find the SmPC?\n\nAnswer:\n\nSee www.ema.europa.eu for the current version.",
])
def test_a_question_whose_answer_points_is_an_smpc_pointer(full_linter, pointer):
    assert "F005" not in _rules(full_linter, _eu(smpc=pointer), "EU")


# ---------------------------------------------------------------- F006 in other words
POST_HOC = "MRD-negative BESPONSA responders had a median OS of 14.1 vs 7.2 months."
POWER = " It was not powered for comparison.\n\n"


@pytest.mark.parametrize("statement", [
    "These analyses were carried out after the trial ended and were not planned.",
    "This was a retrospective analysis.",
    "The MRD analysis was defined retrospectively.",
    "These analyses were not prespecified in the protocol.",
    "These were unplanned analyses.",
    "Hypothesis-generating analyses performed after database lock.",
    "The analysis was performed post hoc.",
    "This analysis was not pre-planned.",
    "This comparison was defined after unblinding.",
    "The analysis was conducted after the data were known.",
    "These data come from an analysis that was not part of the original statistical analysis plan.",
    "This analysis was not protocol-specified.",
    "Analysis not prespecified.",
    "This analysis was added after the primary analysis.",
    "This is not a prespecified analysis.",
    "None of these analyses were prespecified.",
    "INO-VATE ALL was not designed for this post hoc analysis.",
    "Results from an analysis that was not prespecified should be interpreted with caution.",
])
@pytest.mark.parametrize("market", ["US", "EU"])
def test_a_post_hoc_analysis_identified_in_other_words(full_linter, statement, market):
    body = POST_HOC + " " + statement + POWER
    doc = _us(body=body) if market == "US" else _eu(body=body)
    assert "F006" not in _rules(full_linter, doc, market)


@pytest.mark.parametrize("statement", [
    "",
    "This was a prespecified analysis.",
    "The analysis was planned before unblinding.",
    "This analysis was not retrospective.",
    "The analysis was prespecified rather than post hoc.",
    "Was this analysis post hoc?",
])
def test_a_post_hoc_claim_without_the_identification_is_reported(full_linter, statement):
    body = POST_HOC + " " + statement + POWER
    assert "F006" in _rules(full_linter, _us(body=body), "US")


def test_a_question_answered_as_post_hoc_identifies_it(full_linter):
    body = POST_HOC + "\n\nQ: Was this analysis planned?\n\nA: No, it was a post hoc analysis." + POWER
    assert "F006" not in _rules(full_linter, _us(body=body), "US")


# ---------------------------------------------------------------- ABPI style: "prescribing information"
#: the adverse-event reporting statement the ABPI Code requires of a UK piece (several wordings)
YELLOW_CARD = [
    "Adverse events should be reported. Reporting forms and information can be found at "
    "www.mhra.gov.uk/yellowcard.\n\n",
    "Report suspected side effects via the Yellow Card scheme.\n\n",
    "Adverse events should be reported to the MHRA and to the marketing authorisation holder.\n\n",
]


def _uk(pointer: str, k: int = 0) -> str:
    return _eu(smpc=YELLOW_CARD[k % len(YELLOW_CARD)] + pointer)


@pytest.mark.parametrize("pointer", [
    "Prescribing information can be found overleaf.",
    "Full prescribing information is available on request.",
    "Prescribing Information is available on request from the marketing authorisation holder.",
    "Prescribing information and adverse event reporting details are on the back page.",
    "For prescribing information, see page 4.",
    "Prescribing information can be found at www.example.co.uk/pi.",
    "Q: Where can I find the prescribing information?\nA: It is printed on the back cover.",
])
def test_an_abpi_prescribing_information_pointer_is_an_smpc_pointer(full_linter, pointer):
    for k in range(len(YELLOW_CARD)):
        assert "F005" not in _rules(full_linter, _uk(pointer, k), "EU")


@pytest.mark.parametrize("pointer", [
    # deleted: nothing points to it
    "",
    # named, not pointed to
    "Prescribing information.",
    "Q: Where can I find the prescribing information?\nA: Please contact Medical Information.",
    "\n## References\n\n1. BESPONSA (inotuzumab ozogamicin) prescribing information. 2024.",
])
def test_no_abpi_pointer_is_reported(full_linter, pointer):
    assert "F005" in _rules(full_linter, _uk(pointer), "EU")


def test_a_piece_that_names_the_smpc_must_point_to_the_smpc(full_linter):
    # it calls the document the SmPC: "prescribing information overleaf" does not stand in for it
    body = CR + "Section 4.4 of the SmPC lists further warnings.\n\n"
    doc = _eu(smpc=YELLOW_CARD[0] + "Prescribing information overleaf.", body=body)
    assert "F005" in _rules(full_linter, doc, "EU")


@pytest.mark.parametrize("pointer", ["Prescribing information can be found overleaf.",
                                     "Prescribing information is on the back page."])
def test_outside_the_uk_the_document_is_the_smpc(full_linter, pointer):
    # no mark of a UK piece (Yellow Card, MHRA): an EU piece points to the SmPC by its name
    assert "F005" in _rules(full_linter, _eu(smpc=pointer), "EU")


@pytest.mark.parametrize("pointer", [
    "The full Prescribing Information can be found at www.example.com/pi.",
    "Full Prescribing Information is on the back page.",
])
def test_where_the_pi_can_be_found_is_a_pi_pointer(full_linter, pointer):
    assert "F003" not in _rules(full_linter, _us(pi=pointer), "US")
