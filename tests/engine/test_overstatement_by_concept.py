"""Overstatement recognised by concept (rules/common.yaml O011-O016, rule type ``forbidden`` with
``with:``: an anchor word and a concept of the pack in one clause, in either order, by word form
and synonym, not negated, not in a question that asks), and questions that claim nothing for the
plain overstatement rules (O001-O008 ``not_in: [questions]``). Each class in several wordings and
layouts (prose, bullets, headline, HTML, pipe table), with the correct text that must stay clean.
Texts written for this test."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document
from claimcheck.checks.packs.text import TextIndex
from claimcheck.sentences import sentence_spans

LEAD = "Market: US\n\nSection\n\nBESPONSA (inotuzumab ozogamicin) was studied in INO-VATE ALL.\n\n"


def _findings(linter, tmp_path, text):
    html = text.lstrip().startswith("<")
    path = tmp_path / ("piece.html" if html else "piece.md")
    body = ("<p>BESPONSA (inotuzumab ozogamicin) was studied in INO-VATE ALL.</p>\n" + text) if html else LEAD + text
    path.write_text(body + "\n", encoding="utf-8")
    return [f for f in linter.lint_document(read_document(path)) if not f.suppressed and f.rule.startswith("O")]


def _codes(linter, tmp_path, text):
    return sorted({f.rule for f in _findings(linter, tmp_path, text)})


# ---------------------------------------------------------------- 1. universal benefit (O011)
@pytest.mark.parametrize("text", [
    "BESPONSA is the right option for every relapsed patient.",
    "BESPONSA: what each of your patients deserves.",
    "BESPONSA works in virtually all patients with relapsed ALL.",
    "Almost everyone responds to BESPONSA.",
    "Each of your patients can benefit from BESPONSA.",
    "Virtually every patient treated with BESPONSA achieves remission.",
    "BESPONSA is right for all of your relapsed patients.",
    "The remission your patients deserve.",
    "- **For every patient:** a chance at remission and transplant",
    "## Remission for all patients, regardless of prior therapy",
    "<p>BESPONSA benefits nearly all adults with relapsed ALL.</p>",
    "<h2>Effective in virtually all patients</h2>",
    "Every relapsed patient deserves the chance of remission BESPONSA offers.",
    "BESPONSA is suitable for every patient in relapse.",
    "Help every patient achieve remission.",
])
def test_universal_benefit_is_o011(full_linter, tmp_path, text):
    assert "O011" in _codes(full_linter, tmp_path, text)


@pytest.mark.parametrize("text", [
    "All patients received premedication with a corticosteroid, antipyretic and antihistamine.",
    "Every patient was followed for 2 years.",
    "All patients in the trial had relapsed disease.",
    "95% of patients achieved a response in the pooled analysis.",
    "Across all 326 patients, remission rates were higher with BESPONSA (80.7% vs 29.4%).",
    "Among all randomised patients, 80.7% achieved CR/CRi with BESPONSA.",
    "All patients who responded proceeded to HSCT evaluation.",
    "Response was assessed in all patients by the investigator.",
    "Every patient's response was assessed by bone marrow examination.",
    "Nearly all patients (98%) experienced at least one adverse reaction.",
    "Choosing the right treatment for each patient depends on prior therapy and transplant plans.",
    "In relapsed ALL patients, remission is the gateway to transplant.",
    "Not every patient responds to BESPONSA.",
    "Responses were not immediate in all patients.",
    "Test every patient at relapse.",
    "- All patients were evaluable for response",
    "| Population | All patients (N = 326) |\n|---|---|\n| CR/CRi | 80.7% vs 29.4% |",
])
def test_trial_facts_and_definitions_are_not_o011(full_linter, tmp_path, text):
    assert "O011" not in _codes(full_linter, tmp_path, text)


# ---------------------------------------------------------------- 2. certainty of outcome (O012)
@pytest.mark.parametrize("text", [
    "A remission your patients can rely on.",
    "With BESPONSA, patients can expect a lasting remission.",
    "Response is assured with BESPONSA.",
    "A remission you can count on.",
    "Reliable remissions, cycle after cycle.",
    "BESPONSA ensures deep remissions.",
    "Your patients will achieve remission with BESPONSA.",
    "Expect remission with BESPONSA.",
    "With BESPONSA, remission is all but certain.",
    "<h2>A response you can count on</h2>",
    "- **Assured response:** from the first cycle",
    "You can depend on BESPONSA for remission.",
    "Patients can look forward to a lasting remission.",
    "Be confident your patients will respond.",
])
def test_outcome_certainty_is_o012(full_linter, tmp_path, text):
    assert "O012" in _codes(full_linter, tmp_path, text)


def test_guaranteed_response_stays_o006(full_linter, tmp_path):
    assert "O006" in _codes(full_linter, tmp_path, "A guaranteed response with BESPONSA.")


@pytest.mark.parametrize("text", [
    "Patients can expect to receive premedication before each infusion.",
    "Patients should expect infusion-related reactions during the first cycle.",
    "Response criteria rely on bone marrow assessment.",
    "Remission cannot be assured, and some patients relapse.",
    "Remission is not guaranteed, and some patients relapse.",
    "Ensure that response is assessed after each cycle.",
    "The trial ensured that all patients in remission were assessed for MRD.",
    "Response was reliably assessed by central review.",
    "You can rely on our medical information team.",
    "Check blood counts on day 8; responses are assessed after each cycle.",
    "What to expect during treatment: remission is assessed after each cycle.",
    "The 95% confidence interval for the response rate was 72.1-87.7.",
])
def test_other_expectations_are_not_o012(full_linter, tmp_path, text):
    assert not {"O012", "O006"} & set(_codes(full_linter, tmp_path, text))


# ---------------------------------------------------------------- 3. an adverse event minimised (O013)
@pytest.mark.parametrize("text", [
    "Infusion-related reactions with BESPONSA are negligible.",
    "Nausea was trivial.",
    "Thrombocytopenia is a minor issue.",
    "Side effects are barely noticeable.",
    "Infusion reactions were mild in nearly all cases.",
    "Nearly all adverse events were mild.",
    "Toxicity was almost always mild.",
    "Infections were not a concern in the trial.",
    "Nausea is a small price to pay for remission.",
    "- **Side effects:** barely noticeable",
    "<li>Side effects: insignificant</li>",
    "## Neutropenia: only a minor nuisance",
    "Tolerability issues are virtually non-existent.",
    "Patients barely notice the side effects.",
    "The liver effects are mostly transient and inconsequential.",
])
def test_adverse_event_minimised_is_o013(full_linter, tmp_path, text):
    assert "O013" in _codes(full_linter, tmp_path, text)


def test_nothing_to_worry_about_stays_o008(full_linter, tmp_path):
    assert "O008" in _codes(full_linter, tmp_path, "Hepatotoxicity is nothing to worry about.")


@pytest.mark.parametrize("text", [
    "Most reactions were grade 1 or 2 (2% grade 3).",
    "Infusion-related reactions occurred; most reactions were grade 1 or 2.",
    "The difference in infection rates was statistically insignificant.",
    "VOD is not a minor event.",
    "Infusion-related reactions were not negligible.",
    "There is a non-trivial risk of VOD after HSCT.",
    "Minor protocol deviations did not affect the analysis of adverse events.",
    "No new safety concerns were identified.",
    "Most bleeding events were minor (grade 1).",
])
def test_labelled_facts_are_not_o013(full_linter, tmp_path, text):
    assert not {"O013", "O008"} & set(_codes(full_linter, tmp_path, text))


# ---------------------------------------------------------------- 4. transformation (O014, O007)
@pytest.mark.parametrize("text, code", [
    ("BESPONSA transforms survival in relapsed ALL.", "O014"),
    ("BESPONSA is transforming the treatment of relapsed ALL.", "O014"),
    ("BESPONSA redefines what is possible in relapsed ALL.", "O014"),
    ("BESPONSA reshapes the treatment landscape.", "O014"),
    ("With BESPONSA, outcomes are transformed.", "O014"),
    ("<h1>Transform your patients' lives</h1>", "O014"),
    ("- Redefines what's possible for relapsed patients", "O014"),
    ("BESPONSA revolutionises treatment of relapsed ALL.", "O007"),
    ("BESPONSA revolutionized outcomes for relapsed ALL.", "O007"),
    ("A game-changing therapy.", "O007"),
    ("A paradigm shift in relapsed ALL.", "O007"),
    ("BESPONSA changes the face of relapsed ALL treatment.", "O014"),
    ("A new era in relapsed ALL.", "O007"),
])
def test_transformation_of_outcomes_is_reported(full_linter, tmp_path, text, code):
    assert code in _codes(full_linter, tmp_path, text)


@pytest.mark.parametrize("text", [
    "In INO-VATE ALL, a phase 3 trial that changed the protocol, CR/CRi was 80.7% vs 29.4%.",
    "Survival times were log-transformed for the analysis.",
    "MDS can transform into AML with poor survival.",
    "Response was redefined as CR or CRi in the amended protocol.",
    "Complete remission was redefined to include CRi.",
    "Allogeneic transplant transformed the outlook for relapsed ALL decades ago.",
    "Patients with transformed lymphoma received other treatment.",
    "Transplant changed the course of relapsed ALL decades ago.",
])
def test_a_change_that_is_not_the_products_effect_is_not_o014(full_linter, tmp_path, text):
    assert not {"O014", "O007"} & set(_codes(full_linter, tmp_path, text))


# ---------------------------------------------------------------- 5. choice or standard (O015)
@pytest.mark.parametrize("text", [
    "BESPONSA is the clear choice for relapsed ALL.",
    "BESPONSA, the treatment of choice in relapsed ALL.",
    "The new standard every patient deserves.",
    "BESPONSA: your first choice in relapsed ALL.",
    "BESPONSA is the go-to option for R/R ALL.",
    "BESPONSA sets a new standard in relapsed ALL.",
    "<h2>The therapy of choice</h2>",
    "- The ideal choice before transplant",
    "| Positioning | The obvious choice for relapsed ALL |",
])
def test_choice_or_standard_claim_is_o015(full_linter, tmp_path, text):
    assert "O015" in _codes(full_linter, tmp_path, text)


@pytest.mark.parametrize("text", [
    "BESPONSA was compared with standard chemotherapy.",
    "Patients were randomised to BESPONSA or the standard of care (SOC) arm.",
    "BESPONSA vs investigator's choice of chemotherapy (FLAG, cytarabine plus mitoxantrone, or HIDAC).",
    "| Endpoint | BESPONSA | Investigator's choice |\n|---|---|---|\n| CR/CRi | 80.7% | 29.4% |",
    "The choice of salvage therapy depends on prior treatment.",
    "The investigator's first choice of chemotherapy was FLAG.",
    "Making the right choice for each patient requires weighing the risk of VOD.",
    "BESPONSA is not the treatment of choice for every patient.",
])
def test_comparator_names_are_not_o015(full_linter, tmp_path, text):
    assert "O015" not in _codes(full_linter, tmp_path, text)


# ---------------------------------------------------------------- 6. speed without data (O016)
@pytest.mark.parametrize("text", [
    "BESPONSA works almost immediately.",
    "Responses come almost instantly.",
    "Remission within days in virtually every patient.",
    "Rapid remissions with BESPONSA.",
    "BESPONSA acts quickly to induce remission.",
    "Remission in just days.",
    "<h2>Rapid, deep responses</h2>",
    "- **Speed:** remission almost overnight",
    "Remission in record time.",
])
def test_speed_without_data_is_o016(full_linter, tmp_path, text):
    assert "O016" in _codes(full_linter, tmp_path, text)


@pytest.mark.parametrize("text", [
    "Median time to response was 4.6 weeks.",
    "Rapid responses: median time to CR/CRi was 4.6 weeks.",
    "Most responders reached CR/CRi within 2 cycles.",
    "Stop the infusion immediately if a severe reaction occurs.",
    "Seek immediate medical attention for signs of VOD such as rapid weight gain.",
    "# How fast does BESPONSA work?",
    "This will allow quick identification of new safety information.",
    "A quick reminder of the response data from INO-VATE ALL.",
    "Survival in the immediate post-transplant period was lower.",
    "Responses were not immediate in all patients.",
    "Responses were rapid: most occurred within the first cycle.",
    "Patients responded quickly; median time to CR/CRi was 4.6 weeks.",
])
def test_measured_times_and_instructions_are_not_o016(full_linter, tmp_path, text):
    assert "O016" not in _codes(full_linter, tmp_path, text)


# ---------------------------------------------------------------- 7. a question claims nothing
@pytest.mark.parametrize("text", [
    "A 45-year-old woman relapsed after induction. Her care team asks: *what offers her the best chance of "
    "reaching transplant?*",
    "**Is BESPONSA the best option for this patient?**",
    "Q: Is BESPONSA safe for older adults?",
    "## Which option offers the best chance of transplant?",
    "<h2>Is it the right choice for every patient?</h2>",
    "For adults in first salvage, is BESPONSA the best option?",
    "**Q3. Does BESPONSA cure relapsed ALL?**",
    "Can patients expect a lasting remission?",
    "Is hepatotoxicity a minor issue?",
    "How fast does BESPONSA work?",
    "Does BESPONSA transform survival?",
])
def test_a_question_that_asks_claims_nothing(full_linter, tmp_path, text):
    assert _codes(full_linter, tmp_path, text) == []


@pytest.mark.parametrize("text, code", [
    # the answer on the same line is its own sentence, and it is checked
    ("**Is BESPONSA the best option?** Yes, it is the best option for relapsed ALL.", "O003"),
    ("Q: Is BESPONSA safe? A: Yes, BESPONSA is completely safe.", "O001"),
    ("*Can patients rely on the remission?* Yes: a remission your patients can rely on.", "O012"),
    # an elliptical question is a claim put as a question
    ("Looking for the best option in relapsed ALL? Choose BESPONSA.", "O003"),
    ("Want a remission you can count on?", "O012"),
    # what a sentence says before its question is said
    ("BESPONSA is the best option: why settle for less?", "O003"),
    # a question opened by a negative, or a "why" that urges, asserts what it seems to ask
    ("Shouldn't BESPONSA be the automatic choice for every patient with relapsed disease?", "O015"),
    ("Isn't BESPONSA the best option for relapsed ALL?", "O003"),
    ("**Why wouldn't you choose the clear choice in relapsed ALL?**", "O015"),
    ("Doesn't every relapsed patient deserve a remission with BESPONSA?", "O011"),
])
def test_an_answer_or_a_rhetorical_question_is_still_checked(full_linter, tmp_path, text, code):
    assert code in _codes(full_linter, tmp_path, text)


@pytest.mark.parametrize("text, asks", [
    ("Her care team asks: *what offers her the best chance?*", True),
    ("**Q4. Did it improve overall survival?**", True),
    ("## Does it prolong survival?", True),
    ("For adults in first salvage, is it an option?", True),
    ("Looking for a cure?", False),
    ("Want the best for your patients?", False),
    ("It works.", False),
    ("Shouldn't it be the first choice?", False),
    ("Why not start with BESPONSA?", False),
    ("Why did the trial stop early?", True),
])
def test_which_questions_ask(text, asks):
    index = TextIndex(text, sentences=sentence_spans(text))
    assert index.asks(len(index.sentences) - 1) is asks


@pytest.mark.parametrize("text, rhetorical", [
    ("Shouldn't BESPONSA be the automatic choice for every patient?", True),
    ("Isn't it time to act?", True),
    ("Why wouldn't you use it first?", True),
    ("Is BESPONSA the best option?", False),
    ("Why was the dose reduced?", False),
    ("It isn't the best option.", False),
])
def test_which_questions_are_rhetorical(text, rhetorical):
    index = TextIndex(text, sentences=sentence_spans(text))
    assert index.rhetorical(len(index.sentences) - 1) is rhetorical


@pytest.mark.parametrize("text", [
    "OS: HR 0.64 (95% CI 0.49-0.83), P<0.001 -- survival benefit in every patient subgroup\nCR/CRh difference: 18.6 points",
    "- Benefit in every patient subgroup\n- Median OS 9.3 vs 5.6 months",
])
def test_a_figure_on_the_next_line_is_not_the_quantifiers_population(full_linter, tmp_path, text):
    assert "O011" in _codes(full_linter, tmp_path, text)
