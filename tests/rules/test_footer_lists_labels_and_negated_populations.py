"""Correct writing that was read as a defect (texts written for this test, in other words):

* an HTML page whose Important Safety Information, boxed warning included, sits in a <footer>
  as lists: a list of statements in a footer is content, only a list of links is a menu;
* an off-label population named to say the product is not for it ("CD22-negative disease:
  BESPONSA is not indicated") places nothing outside the label (I003);
* an indication given after a label set as a short sentence of its own ("4.1 Licensed
  indication (per SmPC). Monotherapy for adults with …") is a statement of it (I002);
* a maximum number of cycles whose clause names no entry ("up to six cycles; two for patients
  proceeding to transplant") is the overall maximum, not the transplant recommendation."""

from __future__ import annotations

import pytest

BOX_ITEMS = [
    "Hepatotoxicity, including fatal or life-threatening VOD, has occurred with BESPONSA.",
    "Patients who went on to HSCT after BESPONSA had a greater risk of VOD.",
    "Other risk factors were prior or ongoing liver disease, prior HSCT, older age, later salvage and more cycles.",
    "Permanently discontinue BESPONSA if VOD occurs.",
    "Post-HSCT non-relapse mortality was higher with BESPONSA, with a higher Day 100 mortality.",
]


def _page(items: list[str], menu: str = "") -> str:
    lis = "".join(f"<li>{x}</li>" for x in items)
    return (
        "<html><body><main><h1>BESPONSA booth</h1>"
        "<p>In INO-VATE ALL, CR/CRi was 80.7% with BESPONSA vs 29.4% with chemotherapy.</p></main>"
        "<footer>" + menu +
        "<h2>INDICATION</h2><p>BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive "
        "B-cell precursor acute lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.</p>"
        "<h2>IMPORTANT SAFETY INFORMATION</h2><div class='bw'><p><strong>WARNING: HEPATOTOXICITY, INCLUDING "
        "HEPATIC VOD, AND INCREASED RISK OF POST-HSCT NON-RELAPSE MORTALITY</strong></p><ul>" + lis + "</ul></div>"
        "<p>Myelosuppression and infusion-related reactions occurred; monitor blood counts.</p>"
        "<p>See the full Prescribing Information, including BOXED WARNING.</p></footer></body></html>")


MENU = "<ul><li><a href='/pi'>Prescribing Information</a></li><li><a href='/contact'>Contact us</a></li></ul>"


@pytest.mark.parametrize("menu", ["", MENU])
def test_a_boxed_warning_listed_in_a_footer_is_read(lint_piece, full_linter, menu):
    assert lint_piece(_page(BOX_ITEMS, menu), "booth.html", linter=full_linter, market="US", rules="B001") == []


def test_an_element_missing_from_a_footer_box_is_reported(lint_piece, full_linter):
    found = lint_piece(_page(BOX_ITEMS[:3] + BOX_ITEMS[4:]), "booth.html", linter=full_linter, market="US",
                       rules="B001")
    assert [f.rule for f in found] == ["B001"] and "discontinued" in found[0].message


def test_a_menu_in_a_footer_is_still_no_content(tmp_path):
    from claimcheck.documents import read_document
    path = tmp_path / "p.html"
    path.write_text(_page(BOX_ITEMS, MENU), encoding="utf-8")
    text = read_document(path).text
    assert "Contact us" not in text and "Permanently discontinue" in text


@pytest.mark.parametrize("sentence, flagged", [
    ("- **CD22-negative** disease: BESPONSA is not indicated; discuss other salvage options.", False),
    ("BESPONSA is not approved for newly diagnosed ALL.", False),
    ("For T-cell ALL, BESPONSA is not recommended.", False),
    ("BESPONSA is a new first-line option for B-cell ALL.", True),
    ("BESPONSA also works in CD22-negative disease.", True),
])
def test_a_population_named_as_not_indicated_is_no_off_label_claim(lint_piece, full_linter, sentence, flagged):
    found = lint_piece(sentence + "\n", "guide.md", linter=full_linter, market="US", rules="I003")
    assert bool(found) == flagged


EU_BODY = ("Monotherapy for adults with relapsed or refractory CD22-positive B-cell precursor acute lymphoblastic "
           "leukaemia. Adult patients with Philadelphia chromosome-positive (Ph+) relapsed or refractory disease "
           "should have failed treatment with at least one tyrosine kinase inhibitor.")


@pytest.mark.parametrize("label", ["4.1 Licensed indication (per SmPC).", "Indication.", "Indication (SmPC section 4.1)."])
def test_an_indication_after_a_short_label_sentence_is_stated(lint_piece, full_linter, label):
    text = ("MINUTES - item 4: BESPONSA (inotuzumab ozogamicin)\n\n   " + label + " " + EU_BODY + "\n\n"
            "   Members noted CR/CRi of 80.7% with BESPONSA vs 29.4% with chemotherapy. See the SmPC.\n")
    assert lint_piece(text, "minutes.txt", linter=full_linter, market="EU", rules="I002") == []


@pytest.mark.parametrize("sentence, rule", [
    ("Budget for up to six cycles; two for patients proceeding to transplant.", None),
    ("Budget for up to eight cycles; two for patients proceeding to transplant.", "V001"),
    ("Give no more than 3 cycles for patients proceeding to transplant.", "V001"),
])
def test_a_maximum_is_judged_by_its_own_clause(lint_piece, full_linter, sentence, rule):
    text = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor "
            "acute lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.\n\n" + sentence + "\n")
    found = lint_piece(text, "memo.md", linter=full_linter, market="US", rules="V001")
    assert [f.rule for f in found] == ([rule] if rule else [])


US_IND = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor "
          "acute lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.\n\n")


@pytest.mark.parametrize("follow_up, rule", [("29.6", None), ("24.6", "V001")])
def test_a_follow_up_beside_time_point_figures_is_the_trials_follow_up(lint_piece, full_linter, follow_up, rule):
    text = US_IND + f"2-year overall survival: 22.8% vs 10.0% (median follow-up {follow_up} months); OS was not met.\n"
    found = lint_piece(text, "x.md", linter=full_linter, market="US", rules={"U001", "V001"})
    assert [f.rule for f in found] == ([rule] if rule else [])


@pytest.mark.parametrize("sentence", [
    "VOD occurred in 14% of adults; it resolved in 61% of affected patients.",
    "VOD occurred in 14% of adults, and 61% of those affected recovered.",
])
def test_a_share_of_the_affected_patients_is_unsupported(lint_piece, full_linter, sentence):
    found = lint_piece(US_IND + sentence + "\n", "x.md", linter=full_linter, market="US", rules={"U001", "V001"})
    assert [f.rule for f in found] == ["U001"]


def test_a_graded_row_cut_from_its_event_keeps_the_figure_another_entry_holds(lint_piece, full_linter):
    """A row whose label a two-column page cut ("Grade >=3 | 59.6% | 79.7%" with "adverse events"
    on a later line) takes its endpoint from the text before: a figure the library holds exactly
    as another event's grade >=3 rate is no invented rate of that grade."""
    text = ("Early responders (CR/CRi after the first cycle): post-transplant mortality 39% vs 62%; "
            "corresponding NRM rates 28% vs 44%.\n\nSafety by cumulative dose\n\n | ≤3.3 mg/m² | >3.3 mg/m²\n\n"
            "Grade ≥3 | 59.6% | 79.7%\n\nadverse\nevents\n")
    found = lint_piece(text, "poster.txt", linter=full_linter, market="US", rules="U001")
    assert not any("Grade" in f.message or "grade" in f.message for f in found)
