"""F001 and F002 on the results of a post hoc analysis set under their own caveat.

F001 (``require.earlier_when_caveated``): a post hoc, pooled or subgroup result on the failed
endpoint that carries its own exploratory caveat (F002 satisfied for it) is balanced by the
not-met statement given once anywhere before it; a primary-analysis figure, a post hoc figure
without its caveat, and one whose not-met statement comes only after it (or nowhere) keep the
15-sentence rule.

F002: a caveat opening a section ("> Note: everything in this section is post hoc …") covers the
results under a list's or table's lead-in line ending with a colon further down the section
("Median overall survival by response status:"): such a line is heading-like but opens no
section of its own. Texts written for these tests; figures of the shipped BESPONSA library
(median OS 7.7 vs 6.2 months in the primary analysis; 14.1 vs 7.2 months by MRD status, post hoc).
"""

from __future__ import annotations

import pytest

from rulepack_helpers import EU_INDICATION

TITLE = "# Inotuzumab in relapsed ALL: a reading guide\n\n"
TAIL = f"\n\n## Safety\n\nHepatotoxicity, including VOD, has occurred with BESPONSA.\n\n{EU_INDICATION}\n"

PRIMARY = ("## The randomised trial\n\n"
           "In INO-VATE ALL, median overall survival was 7.7 months with BESPONSA and 6.2 months with "
           "standard chemotherapy. The overall survival primary endpoint did not reach statistical "
           "significance.\n\n")
#: more than 15 sentences without a result on survival
FILLER = "## Practicalities\n\n" + "".join(
    f"Point {n} of the checklist is discussed with the transplant team before the next cycle.\n"
    for n in range(1, 19)) + "\n"
CAVEAT = ("> Please keep in mind: the analyses in this section are post hoc and exploratory; they were "
          "not powered for these comparisons, so interpret them with caution.\n\n")
POST_HOC = ("## Survival by depth of response\n\n" + CAVEAT +
            "Responders were grouped by whether they became MRD-negative.\n\n"
            "Median overall survival by MRD status among BESPONSA responders:\n\n"
            "- MRD-negative: 14.1 months\n- MRD-positive: 7.2 months\n")


@pytest.fixture
def linter(full_linter):
    return full_linter


def codes(lint_piece, body, rules=("F001", "F002")):
    return sorted((f.rule, f.line) for f in lint_piece(TITLE + body + TAIL, rules=set(rules), market="EU"))


def test_a_caveated_post_hoc_result_is_balanced_by_an_earlier_not_met_statement(lint_piece):
    assert codes(lint_piece, PRIMARY + FILLER + POST_HOC) == []


def test_without_the_not_met_statement_it_is_still_reported(lint_piece):
    body = PRIMARY.replace(" The overall survival primary endpoint did not reach statistical significance.", "")
    found = codes(lint_piece, body + FILLER + POST_HOC, rules=("F001",))
    assert len(found) >= 2     # the primary figures and the post hoc ones


def test_a_not_met_statement_only_after_it_does_not_balance_it(lint_piece):
    first = PRIMARY.replace(" The overall survival primary endpoint did not reach statistical significance.", "")
    last = "\n## Bottom line\n\nThe overall survival primary endpoint did not reach statistical significance.\n"
    found = codes(lint_piece, first + POST_HOC + FILLER + last, rules=("F001",))
    assert len(found) >= 2 and any(line > 12 for _, line in found)     # the post hoc results too


def test_a_post_hoc_result_without_its_caveat_keeps_the_distance_rule(lint_piece):
    found = codes(lint_piece, PRIMARY + FILLER + POST_HOC.replace(CAVEAT, ""))
    assert {r for r, _ in found} == {"F001", "F002"}


def test_a_primary_figure_far_from_the_statement_keeps_the_distance_rule(lint_piece):
    again = ("## Recap\n\n" + CAVEAT.replace("post hoc and exploratory", "descriptive") +
             "Median overall survival was 7.7 months with BESPONSA vs 6.2 months with chemotherapy.\n")
    found = codes(lint_piece, PRIMARY + FILLER + again, rules=("F001",))
    assert len(found) == 1


@pytest.mark.parametrize("lead_in", [
    "Median overall survival by MRD status among BESPONSA responders:",
    "Survival by MRD status (BESPONSA responders):¹",
    "OS by MRD status, BESPONSA responders:",
])
def test_a_sections_opening_caveat_covers_results_under_a_lead_in(lint_piece, lead_in):
    body = ("## 3. Depth of response (15 minutes)\n\n"
            "> **Note:** everything in this section comes from post hoc analyses. They are exploratory "
            "and were not powered for these comparisons; interpret them with caution.\n\n"
            "Ninety-two BESPONSA patients and 19 chemotherapy patients became MRD-negative.\n\n"
            "| First MRD-negative cycle (BESPONSA, n=92) | n | % |\n|---|---|---|\n| 1 | 42 | 45.7 |\n"
            "| 2 | 38 | 41.3 |\n\n"
            "Thus 80 of the 92 (87.0%) were MRD-negative by the end of cycle two.\n\n"
            f"{lead_in}\n\n1. MRD-negative: 14.1 months, against 7.2 months when MRD-positive.\n"
            "2. Without a later transplant: shorter in both groups.\n")
    assert codes(lint_piece, PRIMARY + body, rules=("F002",)) == []
    # the same section without its opening caveat is reported
    bare = body.replace(body[body.index("> **Note:**"):body.index("Ninety-two")], "")
    assert [r for r, _ in codes(lint_piece, PRIMARY + bare, rules=("F002",))] == ["F002"]


def test_a_lead_in_in_a_section_without_a_caveat_is_still_reported(lint_piece):
    body = ("## 3. Post hoc findings\n\n"
            "> **Note:** everything in this section comes from post hoc analyses. They are exploratory "
            "and were not powered for these comparisons; interpret them with caution.\n\n"
            "Median overall survival was 14.1 months in MRD-negative responders and 7.2 months in "
            "MRD-positive ones.\n\n"
            "## 4. Response by line of salvage\n\nCR/CRi with BESPONSA by line of salvage:\n\n"
            "1. First salvage: 87.7% with BESPONSA\n")
    assert [r for r, _ in codes(lint_piece, PRIMARY + body, rules=("F002",))] == ["F002"]


# ------------------------------------------------------------------ F007: a topic line names, it does not caution
XOS = ("XOSPATA in FLT3-mutated AML: longer follow-up\n\n"
       "- {topic}\n- Median overall survival held at 9.3 vs 5.6 months\n\n"
       "Full text of the announcement follows here, written for the trade press.\n\n"
       "At two years, projected survival was 20.6% with XOSPATA against 14.2% with salvage chemotherapy.\n"
       "{caveat}")


@pytest.mark.parametrize("topic", [
    "Exploratory analyses describe the patients still alive after two years",
    "Exploratory analyses also examine long-term survivors",
    "Exploratory analyses looked at survival beyond two years",
])
def test_a_topic_line_naming_exploratory_analyses_is_no_caveat(lint_piece, topic):
    bare = lint_piece(XOS.format(topic=topic, caveat=""), name="release.txt", rules="F007", market="US")
    assert [f.rule for f in bare] == ["F007"]
    caveated = XOS.format(topic=topic, caveat="These two-year estimates were exploratory and not powered "
                                              "for comparison; interpret them with caution.\n")
    assert lint_piece(caveated, name="release.txt", rules="F007", market="US") == []


def test_exploratory_analyses_giving_the_figure_label_it(lint_piece):
    text = XOS.format(topic="Long-term survival", caveat="").replace(
        "At two years, projected survival was", "Exploratory analyses looked at two-year survival, projected at")
    assert lint_piece(text, name="release.txt", rules="F007", market="US") == []
