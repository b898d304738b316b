"""Writing that offers figures without stating them, and shares of a count (texts written for
this test, in other words than any probe):

* multiple-choice answer options ("A. 29.4%  B. 51.3% …", one per line under a question) are
  choices, wrong on purpose; the rationale that states the answer is checked as usual;
* a patient case's history ("A 58-year-old woman … relapsed 14 months after …") is that
  patient's story, not an outcome of the product;
* a myth quoted to be refuted ("| Myth | Fact |", "Myth 2: …") says nothing the piece claims;
* a share of a count the library gives with its N ("203 of 247 (82.2%) had died") is that count's
  share, and a wrong share of it is V001;
* a figure that agrees with an entry of another endpoint its sentence names too ("final OS
  analysis; median follow-up 29.6 months") is that endpoint's: no not-met statement is asked."""

from __future__ import annotations

import pytest

from claimcheck.claims import answer_option_spans

US_BASE = (
    "BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor "
    "acute lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.\n\n")


# ----------------------------------------------------------------------------- answer options
@pytest.mark.parametrize("options", [
    "A. 29.4%  B. 51.3%  C. 73.8%  D. 80.7%",
    "(a) 6.2 vs 7.7 months (b) 7.7 vs 6.2 months (c) 9.1 vs 4.4 months",
    "- **A.** 12.5 months\n- **B.** 7.7 months\n- **C.** 3.1 months",
    "A) 41%\nB) 48.2%\nC) 63%\nD) 70%",
])
def test_options_under_a_question_are_no_claims(options):
    text = f"Which figure did the trial report?\n\n{options}\n\n**Answer: B.** The figure is in the label.\n"
    spans = answer_option_spans(text)
    covered = "".join(text[s:e] for s, e in spans)
    for number in ("29.4", "6.2 vs", "12.5", "41%"):
        if number in options:
            assert number in covered


@pytest.mark.parametrize("text", [
    # a lettered list under a colon states its results
    "Key results:\na) CR/CRi 80.7%\nb) MRD negativity 78.4%\nc) HSCT 48.2%\n",
    # letters out of order are no options
    "Which arm?\nB) 80.7%\nA) 29.4%\nC) 48.2%\n",
    # two choices only
    "Which arm?\nA) 80.7%\nB) 29.4%\n",
])
def test_lettered_lists_that_are_no_options_stay_claims(text):
    assert answer_option_spans(text) == []


def test_wrong_choices_are_not_reported_but_a_wrong_rationale_is(lint_piece, full_linter):
    quiz = (US_BASE + "### Item 3\nWhat was the median overall survival in the final analysis?\n\n"
            "A. 5.4 vs 8.6 months  B. 7.7 vs 6.2 months  C. 19.2 vs 6.3 months\n\n"
            "**Correct: B.** Median OS was {v} months with BESPONSA vs 6.2 months with chemotherapy "
            "(HR 0.75); OS did not meet its prespecified significance boundary.\n")
    assert lint_piece(quiz.format(v="7.7"), "quiz.md", linter=full_linter, market="US",
                      rules={"V001", "V002", "U001", "F002"}) == []
    found = lint_piece(quiz.format(v="7.4"), "quiz.md", linter=full_linter, market="US", rules={"V001"})
    assert len(found) == 1 and "7.4" in found[0].snippet


# ----------------------------------------------------------------------------- patient cases
@pytest.mark.parametrize("story", [
    "A 58-year-old woman with relapsed CD22-positive ALL relapsed 14 months after her first remission.",
    "Mr. T, 36, had a first remission lasting 11 months before relapse.",
    "She relapsed 7 months after consolidation and was referred for salvage.",
])
def test_a_patient_case_history_is_no_product_outcome(lint_piece, full_linter, story):
    text = US_BASE + "## Patient case\n\n" + story + "\n"
    assert lint_piece(text, "case.md", linter=full_linter, market="US", rules="U001") == []


def test_an_invented_outcome_said_of_the_product_is_still_unsupported(lint_piece, full_linter):
    text = US_BASE + "With BESPONSA, patients relapsed a median of 14 months after remission.\n"
    assert [f.rule for f in lint_piece(text, "case.md", linter=full_linter, market="US", rules="U001")] == ["U001"]


# ----------------------------------------------------------------------------- myths
@pytest.mark.parametrize("myth", [
    "| Misconception | What the data show |\n|---|---|\n| \u201cIt is safe for everyone.\u201d | Hepatotoxicity occurred. |\n",
    "**Myth 2:** BESPONSA is a cure for relapsed ALL.\n\n**Fact:** It is not; see the label.\n",
    "MYTH\nLiver problems are not a concern with BESPONSA.\n\nREALITY: hepatotoxicity, including VOD, occurred.\n",
])
def test_a_myth_quoted_to_be_refuted_is_no_overstatement(lint_piece, full_linter, myth):
    assert lint_piece(US_BASE + myth, "myths.md", linter=full_linter, market="US",
                      rules={"O001", "O002", "O013"}) == []


@pytest.mark.parametrize("fact", [
    "| Myth | Fact |\n|---|---|\n| It is too toxic. | BESPONSA is safe. |\n",
    "Myth: it is too toxic. Fact: BESPONSA is safe.\n",
])
def test_the_fact_that_answers_a_myth_is_read_as_usual(lint_piece, full_linter, fact):
    assert [f.rule for f in lint_piece(US_BASE + fact, "myths.md", linter=full_linter, market="US",
                                       rules={"O001"})] == ["O001"]


# ----------------------------------------------------------------------------- shares of counts
@pytest.mark.parametrize("sentence", [
    "By the 2-year cut-off, 203 of 247 patients (82.2%) given XOSPATA and 97 of 124 (78.2%) given salvage "
    "chemotherapy had died.",
    "Deaths: 82% with XOSPATA vs 78% with salvage chemotherapy at the 2-year follow-up.",
])
def test_a_share_of_a_count_the_library_gives_with_its_n_is_backed(lint_piece, full_linter, sentence):
    assert lint_piece("# ADMIRAL follow-up\n\n" + sentence + "\n", "x.md", linter=full_linter, market="EU",
                      rules={"U001", "V001"}) == []


def test_a_wrong_share_of_such_a_count_is_a_mismatch(lint_piece, full_linter):
    text = "# ADMIRAL follow-up\n\nBy the data cut-off, 86.2% of patients given XOSPATA had died.\n"
    found = lint_piece(text, "x.md", linter=full_linter, market="EU", rules={"U001", "V001"})
    assert [f.rule for f in found] == ["V001"] and "82.2%" in found[0].message


# ----------------------------------------------------------------------------- another endpoint's figure
@pytest.mark.parametrize("note", [
    "\u00b9 Kantarjian HM et al. Cancer 2019 (final OS analysis; median follow-up 29.6 months).",
    "Reference 2: final overall survival report, median follow-up of 29.6 months.",
])
def test_a_follow_up_named_with_the_os_analysis_asks_no_not_met_statement(lint_piece, full_linter, note):
    text = US_BASE + "CR/CRi was 80.7% with BESPONSA vs 29.4% with chemotherapy.\n\n" + note + "\n"
    assert lint_piece(text, "ad.txt", linter=full_linter, market="US", rules="F001") == []


# ----------------------------------------------------------------------------- tables of prose
PROSE_TABLE = (
    "| Question | Answer |\n|---|---|\n"
    "| Does it work? | In the first 218 patients randomized, 80.7% reached CR/CRi with BESPONSA vs 29.4% with "
    "standard chemotherapy. |\n"
    "| Do patients live longer? | Median OS was 7.7 vs 6.2 months, and the 2-year OS rate was {os2}% vs 10.0%; the "
    "OS primary endpoint was not met. |\n"
    "| How deep are remissions? | Of the patients in remission, {mrd}% (69/88) on BESPONSA were MRD-negative, vs "
    "28.1% (9/32) on chemotherapy. |\n")


def test_a_row_of_prose_is_no_header_for_the_rows_under_it(lint_piece, full_linter):
    """A population and an arm stated in one row's sentence are not the next rows' column header."""
    text = US_BASE + PROSE_TABLE.format(os2="22.8", mrd="78.4")
    assert lint_piece(text, "faq.md", linter=full_linter, market="US", rules={"U001", "V001", "V002"}) == []


@pytest.mark.parametrize("os2, mrd, rule", [("26.8", "78.4", "V001"), ("22.8", "74.8", "V001")])
def test_a_wrong_figure_in_a_row_of_prose_is_a_mismatch(lint_piece, full_linter, os2, mrd, rule):
    text = US_BASE + PROSE_TABLE.format(os2=os2, mrd=mrd)
    found = lint_piece(text, "faq.md", linter=full_linter, market="US", rules={"U001", "V001"})
    assert rule in [f.rule for f in found] and "U001" not in [f.rule for f in found]


# ----------------------------------------------------------------------------- shares of an outcome's cases
@pytest.mark.parametrize("sentence", [
    "About 65% of VOD cases resolved with supportive care.",
    "Roughly 40% of these VOD events were of grade 3 or higher.",
])
def test_a_share_of_an_outcomes_cases_is_unsupported_not_a_wrong_rate(lint_piece, full_linter, sentence):
    text = US_BASE + "VOD occurred in 14% of adults given BESPONSA. " + sentence + "\n"
    found = lint_piece(text, "x.md", linter=full_linter, market="US", rules={"U001", "V001"})
    assert [f.rule for f in found] == ["U001"]


def test_a_share_of_patients_who_had_a_transplant_is_still_a_rate(lint_piece, full_linter):
    text = US_BASE + "Adults, INO-VATE ALL: VOD in 14% overall and in 13% of patients who had HSCT (BESPONSA).\n"
    found = lint_piece(text, "x.md", linter=full_linter, market="US", rules={"U001", "V001"})
    assert [f.rule for f in found] == ["V001"] and "22.8%" in found[0].message


# ----------------------------------------------------------------------------- a value after its sibling
@pytest.mark.parametrize("second, rule", [("7.2", None), ("8.2", "V001")])
def test_a_median_after_its_sibling_takes_the_siblings_endpoint(lint_piece, full_linter, second, rule):
    text = (US_BASE + "In a post hoc analysis (exploratory; interpret with caution), median overall survival "
            f"among responders was 14.1 months for those whose best response was MRD-negative and {second} months "
            "for those who stayed MRD-positive. OS was not met as a primary endpoint.\n")
    found = lint_piece(text, "x.md", linter=full_linter, market="US", rules={"U001", "V001"})
    assert [f.rule for f in found] == ([rule] if rule else [])


# ----------------------------------------------------------------------------- numbered sections of a plain text
NUMBERED = (
    "1. SUMMARY\n"
    "   XOSPATA is indicated as monotherapy for adults with relapsed or refractory AML with a FLT3 mutation.\n\n"
    "1.1 Two-year follow-up\n"
    "   Projected 2-year survival was 20.6% with XOSPATA versus 14.2% with salvage chemotherapy.\n"
    "{caveat_here}"
    "\n2. SAFETY\n"
    "2.1 Exposure-adjusted rates (exploratory)\n"
    "   Rates were compared per patient-year; this exploratory comparison was not powered.\n")


def test_a_caveat_in_another_numbered_section_does_not_cover_a_result(lint_piece, full_linter):
    text = NUMBERED.format(caveat_here="")
    found = lint_piece(text, "dossier.txt", linter=full_linter, market="EU", rules="F007")
    assert [f.rule for f in found] == ["F007"]


def test_a_caveat_in_the_results_own_numbered_section_covers_it(lint_piece, full_linter):
    text = NUMBERED.format(caveat_here="   These projections are exploratory; interpret them with caution.\n")
    assert lint_piece(text, "dossier.txt", linter=full_linter, market="EU", rules="F007") == []


@pytest.mark.parametrize("steps", [
    "1. Check liver tests before each dose.\n2. Premedicate before each infusion.\n",
    "1. Premedicate\n2. Infuse over 1 hour\n",
])
def test_numbered_steps_are_no_section_headings(steps):
    from claimcheck.checks.packs.text import TextIndex
    text = "Pathway\n\n" + steps
    index = TextIndex(text)
    assert not index.has_sections()


# ----------------------------------------------------------------------------- a difference after a wrapped line
@pytest.mark.parametrize("gap", ["\n    ", "\n", " "])
def test_a_difference_on_the_wrapped_line_after_its_pair_is_checked(lint_piece, full_linter, gap):
    text = ("2.2 Survival\n    Median OS reached 9.3 months with XOSPATA against 5.6 months with salvage chemotherapy, an"
            f" absolute gain{gap}of 4.2 months.\n")
    found = lint_piece(text, "summary.txt", linter=full_linter, market="EU", rules="A004")
    assert [f.rule for f in found] == ["A004"]


def test_a_difference_in_the_next_list_item_is_not_the_pairs(lint_piece, full_linter):
    text = ("Survival\n- Median OS 9.3 months with XOSPATA vs 5.6 months with salvage chemotherapy\n"
            "- Median follow-up of survivors: a gain of 37.1 months of observation\n")
    assert lint_piece(text, "summary.txt", linter=full_linter, market="EU", rules="A004") == []


# ----------------------------------------------------------------------------- a cure by what others call it
@pytest.mark.parametrize("closing", [
    "That closes the results section, and what some investigators have called a cure.",
    "For many of these responders, it is what clinicians now describe as curative.",
])
def test_a_cure_named_by_what_others_call_the_results(lint_piece, full_linter, closing):
    text = US_BASE + "CR/CRi was 80.7% with BESPONSA vs 29.4% with chemotherapy. " + closing + "\n"
    assert [f.rule for f in lint_piece(text, "x.md", linter=full_linter, market="US", rules="O002")] == ["O002"]


# ----------------------------------------------------------------------------- a rate named right before its value
def test_a_rate_named_before_its_value_is_not_confirmed_by_another_endpoints_figure(lint_piece, full_linter):
    """11% equals (rounded) the comparator's direct-to-transplant rate (11.1%) of the clause before, but
    "a VOD rate of 11%" names its own endpoint, whose entries hold no such figure."""
    text = (US_BASE + "Among patients who proceeded directly to HSCT, those given two cycles of BESPONSA had a VOD "
            "rate of 11%.\n")
    found = lint_piece(text, "x.md", linter=full_linter, market="US", rules={"U001", "V001"})
    assert [f.rule for f in found] == ["U001"]


@pytest.mark.parametrize("sentence", [
    "After HSCT, the VOD rate was 22.8% (18/79) with BESPONSA.",
    "With BESPONSA, the incidence of VOD was 14% (23/164).",
])
def test_a_rate_named_before_its_right_value_stays_clean(lint_piece, full_linter, sentence):
    assert lint_piece(US_BASE + sentence + "\n", "x.md", linter=full_linter, market="US",
                      rules={"U001", "V001"}) == []
