"""Boxed-warning elements judged by what they say, not by their subject's words alone (texts
written for this test, in several layouts: Markdown bullets and headings, HTML boxes, plain text):

- an element whose force is gone (the labeling's "higher" post-transplant mortality written as
  mortality "seen in some patients") is stated weakened: the finding says what it lacks;
- an element stated with a word that takes its force away ("rarely", "in rare cases",
  "occasionally") is minimised: a warning;
- an element the box's title names but its text never states is missing from the box (a data
  sentence without the force does not stand in for it); a correct box, full or abbreviated, stays
  clean;
- a correct box whose short title omits one of the labeling's title risks gets an info finding
  only (the policy is written at B001 in rules/us.yaml)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from claimcheck.engine import Linter
from claimcheck.reference import load_reference
from claimcheck.rulepacks import load_rulepacks

ROOT = Path(__file__).resolve().parents[2]
BES_IND = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor acute "
           "lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.")
XOS_IND = ("XOSPATA is indicated for the treatment of adult patients who have relapsed or refractory acute "
           "myeloid leukemia (AML) with a FLT3 mutation as detected by an FDA-approved test.")
PI = "Please see the full Prescribing Information, including BOXED WARNING."
TITLE = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF "
         "POST-HSCT NON-RELAPSE MORTALITY")
HEPATO = ("Hepatotoxicity, including fatal and life-threatening VOD (also known as sinusoidal obstruction "
          "syndrome), occurred in patients who received BESPONSA.")


@pytest.fixture(scope="module")
def linter():
    ref = load_reference([ROOT / "reference"])
    return Linter(ref, rulepacks=load_rulepacks([ROOT / "rules"], ref))


def box(lint_piece, text, name="piece.md", rules="B001"):
    return lint_piece(textwrap.dedent(text).lstrip(), name, rules=rules, lint_file=True)


def serious(findings):
    return [f for f in findings if f.severity in ("error", "warning")]


# ------------------------------------------------------------------ 1. an element weakened

WEAKENED = {
    "markdown-bullets": ("piece.md", f"""\
        # BESPONSA in R/R ALL

        **{TITLE}**

        - {HEPATO}
        - The risk of VOD was higher in patients who went on to HSCT after BESPONSA. Other risk factors for VOD included ongoing or prior liver disease, prior HSCT, increased age, later salvage lines and a greater number of treatment cycles. Elevated liver tests may require dose interruption, reduction or permanent discontinuation; stop BESPONSA permanently if VOD develops.
        - Non-relapse mortality after HSCT was seen in some patients who received BESPONSA.

        {BES_IND}

        {PI}
        """),
    "prose-paragraph": ("piece.md", f"""\
        # Remission first

        {TITLE}

        {HEPATO} This risk was greater in patients who had a stem cell transplant after treatment. Ongoing or prior liver disease, a prior transplant, older age, later salvage therapy and more treatment cycles also raised the risk. Discontinue BESPONSA permanently in patients who develop VOD. Deaths
        not due to relapse have been reported after stem cell transplant in patients treated with BESPONSA.

        {BES_IND}

        {PI}
        """),
    "html-list-in-section": ("piece.html", f"""\
        <html><body><h1>BESPONSA</h1>
        <section class="boxed-warning"><h2>{TITLE}</h2>
        <ul><li>{HEPATO}</li>
        <li>Patients who proceeded to HSCT after BESPONSA had an increased risk of VOD. Patients with ongoing or past liver disease, a previous HSCT, advanced age, later salvage lines or more cycles were also at higher risk. If VOD occurs, discontinue treatment for good and treat severe VOD per standard medical practice.</li>
        <li>Post-HSCT non-relapse mortality occurred in BESPONSA-treated patients.</li></ul>
        </section>
        <p>{BES_IND}</p>
        <p>{PI}</p>
        </body></html>
        """),
    "plain-text": ("piece.txt", f"""\
        BESPONSA for relapsed or refractory ALL

        {TITLE}
        {HEPATO}
        VOD was more frequent in patients transplanted after BESPONSA. VOD was also more likely with liver disease, prior HSCT, older age, later salvage and more BESPONSA cycles. Permanently discontinue BESPONSA if VOD occurs.
        Patients who received BESPONSA experienced non-relapse mortality following HSCT.

        {BES_IND}

        {PI}
        """),
    "force-denied": ("piece.md", f"""\
        # BESPONSA

        **{TITLE}**

        - {HEPATO}
        - Patients undergoing HSCT after BESPONSA were at elevated risk of VOD. Further risk factors: ongoing or prior liver disease, prior HSCT, increased age, later salvage lines, more treatment cycles. Liver test elevations may require interrupting or reducing the dose, and BESPONSA must be permanently stopped in patients who develop VOD.
        - Post-HSCT non-relapse mortality was not higher with BESPONSA in every analysis.

        {BES_IND}

        {PI}
        """),
}


@pytest.mark.parametrize("case", sorted(WEAKENED))
def test_an_element_without_its_force_is_reported_weakened(lint_piece, case):
    name, text = WEAKENED[case]
    (f,) = serious(box(lint_piece, text, name))
    assert f.severity == "error"
    assert f.extra["weakened"] == ["post-hsct-nrm"], f.message
    assert "without its force" in f.message and "higher" in f.message, f.message
    # reported at the sentence that states it weakened (the one to mend), not at the box's title
    lines = textwrap.dedent(text).lstrip().splitlines()
    title = next(k for k, line in enumerate(lines, 1) if "WARNING:" in line)
    assert f.line > title and "relapse" in " ".join(lines[f.line - 1:f.line + 1]).lower(), (f.line, lines)


FORCEFUL = [
    "Non-relapse mortality after HSCT was higher in patients who received BESPONSA.",
    "The risk of post-transplant non-relapse mortality was increased with BESPONSA.",
    "Post-HSCT NRM occurred more often with BESPONSA than with chemotherapy.",
    "**Post-HSCT non-relapse mortality:** greater in patients who received BESPONSA.",
    "Post-transplant non-relapse mortality was worse with BESPONSA than with chemotherapy.",
    "Patients treated with BESPONSA are at increased risk of dying from causes other than relapse after HSCT.",
]


@pytest.mark.parametrize("sentence", FORCEFUL)
def test_an_element_with_its_force_in_other_words_is_clean(lint_piece, sentence):
    assert serious(box(lint_piece, f"""\
        # BESPONSA

        **{TITLE}**

        - {HEPATO}
        - The VOD risk rose in patients who underwent a transplant after BESPONSA. Ongoing or prior liver disease, a prior transplant, older age, later salvage therapy and more treatment cycles also raised the risk. Discontinue BESPONSA permanently in patients who develop VOD.
        - {sentence}

        {BES_IND}

        {PI}
        """)) == []


# ------------------------------------------------------------------ 2. an element minimised

MINIMISED = {
    "xospata-prose-rarely": ("B002", "piece.md", "rarely", f"""\
        # XOSPATA

        WARNING: DIFFERENTIATION SYNDROME

        Differentiation syndrome has rarely been reported with XOSPATA and can be fatal or life-threatening
        if not treated. If it is suspected, start corticosteroids and hemodynamic monitoring until symptoms
        resolve.

        {XOS_IND}

        {PI}
        """),
    "xospata-bullets-in-rare-cases": ("B002", "piece.md", "in rare cases", f"""\
        # XOSPATA

        **Boxed Warning: Differentiation syndrome**

        - In rare cases, patients treated with XOSPATA experienced differentiation syndrome.
        - It can be fatal or life-threatening if not treated.
        - If suspected, start corticosteroids and hemodynamic monitoring until symptoms resolve.

        {XOS_IND}

        {PI}
        """),
    "besponsa-html-occasionally": ("B001", "piece.html", "occasionally", f"""\
        <html><body><h1>BESPONSA</h1>
        <div class="boxed-warning"><p><strong>{TITLE}</strong></p>
        <ul><li>Hepatotoxicity, including VOD, has occasionally been fatal or life-threatening in patients who
        received BESPONSA.</li>
        <li>The risk was greater in patients who had HSCT after BESPONSA. Patients with ongoing or past liver disease, a previous HSCT, advanced age, later salvage lines or more cycles were also at higher risk. If VOD occurs, discontinue treatment for good and treat severe VOD per standard medical practice.</li>
        <li>A higher post-HSCT non-relapse mortality rate occurred in patients receiving BESPONSA.</li></ul></div>
        <p>{BES_IND}</p>
        <p>{PI}</p>
        </body></html>
        """),
    "besponsa-plain-uncommonly": ("B001", "piece.txt", "uncommonly", f"""\
        BESPONSA

        {TITLE}
        Hepatotoxicity, including fatal and life-threatening VOD, uncommonly occurred in patients who received
        BESPONSA. Patients who later received a stem cell transplant had a higher risk of VOD. VOD was also more likely with liver disease, prior HSCT, older age, later salvage and more BESPONSA cycles. Permanently discontinue BESPONSA if VOD occurs. A higher
        post-HSCT non-relapse mortality rate occurred in patients receiving BESPONSA.

        {BES_IND}

        {PI}
        """),
}


@pytest.mark.parametrize("case", sorted(MINIMISED))
def test_an_element_with_its_force_taken_away_is_a_warning(lint_piece, case):
    code, name, word, text = MINIMISED[case]
    found = serious(box(lint_piece, text, name, rules=code))
    assert [f.severity for f in found] == ["warning"], [f.message for f in found]
    (f,) = found
    assert f.category == "boxed-warning" and f"\"{word}\"" in f.message.lower(), f.message
    assert "minimises" in f.message


def test_the_labelings_own_words_are_not_minimising(lint_piece):
    assert serious(box(lint_piece, f"""\
        # XOSPATA

        WARNING: DIFFERENTIATION SYNDROME

        Differentiation syndrome has occurred in patients treated with XOSPATA. Symptoms may include fever,
        dyspnea, hypoxia, pulmonary infiltrates, pleural or pericardial effusions, rapid weight gain or
        peripheral edema, hypotension, or renal dysfunction. It can be fatal or life-threatening if not
        treated. If it is suspected, start corticosteroids and hemodynamic monitoring until symptoms resolve.
        Other adverse reactions, some of them rare, are listed in the full Prescribing Information.

        {XOS_IND}

        {PI}
        """, rules="B002")) == []


def test_a_denied_minimiser_is_not_minimising(lint_piece):
    assert serious(box(lint_piece, f"""\
        # XOSPATA

        **Boxed warning – differentiation syndrome**

        Differentiation syndrome is not rare: it has occurred in patients treated with XOSPATA and can be fatal
        or life-threatening if not treated. If it is suspected, start corticosteroids and hemodynamic
        monitoring until symptoms resolve.

        {XOS_IND}

        {PI}
        """, rules="B002")) == []


# ------------------------------------------------------------------ 3. an element in the title only

TITLE_ONLY = {
    "markdown-bold-title": ("piece.md", f"""\
        # BESPONSA

        **{TITLE}**

        - {HEPATO}
        - The risk of VOD was increased in patients who underwent HSCT following BESPONSA. Further risk factors: ongoing or prior liver disease, prior HSCT, increased age, later salvage lines, more treatment cycles. Liver test elevations may require interrupting or reducing the dose, and BESPONSA must be permanently stopped in patients who develop VOD.

        {BES_IND}

        {PI}
        """),
    "markdown-heading-in-any-case": ("piece.md", f"""\
        # BESPONSA

        ## Boxed Warning: Hepatotoxicity, including hepatic VOD, and increased risk of post-HSCT non-relapse mortality

        - {HEPATO}
        - Patients going on to transplant after BESPONSA were at greater risk of VOD. Other risk factors for VOD included ongoing or prior liver disease, prior HSCT, increased age, later salvage lines and a greater number of treatment cycles. Elevated liver tests may require dose interruption, reduction or permanent discontinuation; stop BESPONSA permanently if VOD develops.

        {BES_IND}

        {PI}
        """),
    "html-section-boxed-warning-title": ("piece.html", f"""\
        <html><body><h1>BESPONSA</h1>
        <section class="boxed-warning"><h2>BOXED {TITLE}</h2>
        <ul><li>{HEPATO}</li>
        <li>VOD risk was higher in patients transplanted after BESPONSA. Ongoing or prior liver disease, a prior transplant, older age, later salvage therapy and more treatment cycles also raised the risk. Discontinue BESPONSA permanently in patients who develop VOD.</li></ul></section>
        <p>{BES_IND}</p>
        <p>{PI}</p>
        </body></html>
        """),
    "plain-name-line-then-title": ("piece.txt", f"""\
        BESPONSA for R/R ALL

        Boxed Warning
        Warning: hepatotoxicity, including hepatic VOD, and increased risk of post-HSCT non-relapse mortality.
        {HEPATO}
        This risk was greater in patients who underwent HSCT after BESPONSA. Patients with ongoing or past liver disease, a previous HSCT, advanced age, later salvage lines or more cycles were also at higher risk. If VOD occurs, discontinue treatment for good and treat severe VOD per standard medical practice.

        {BES_IND}

        {PI}
        """),
    "data-sentence-after-the-box": ("piece.md", f"""\
        # BESPONSA

        **{TITLE}**

        - {HEPATO}
        - Patients who had HSCT after BESPONSA showed a heightened risk of VOD. VOD was also more likely with liver disease, prior HSCT, older age, later salvage and more BESPONSA cycles. Permanently discontinue BESPONSA if VOD occurs.

        The post-HSCT NRM rate was 39% with BESPONSA vs 23% with chemotherapy.

        {BES_IND}

        {PI}
        """),
}


@pytest.mark.parametrize("case", sorted(TITLE_ONLY))
def test_an_element_named_in_the_title_only_is_missing_from_the_box(lint_piece, case):
    name, text = TITLE_ONLY[case]
    (f,) = serious(box(lint_piece, text, name))
    assert f.severity == "error" and f.extra["missing"] == ["post-hsct-nrm"], f.message
    assert "is missing" not in f.message, f.message       # the box is there: it lacks an element


CORRECT_BOXES = {
    "full-label-box": ("piece.md", f"""\
        # BESPONSA

        **WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD) (ALSO KNOWN AS SINUSOIDAL
        OBSTRUCTION SYNDROME), AND INCREASED RISK OF POST-HEMATOPOIETIC STEM CELL TRANSPLANT (HSCT) NON-RELAPSE
        MORTALITY**

        - Hepatotoxicity, including fatal and life-threatening VOD, occurred in patients who received BESPONSA.
        - The risk of VOD was greater in patients who underwent HSCT after BESPONSA treatment. Further risk factors: ongoing or prior liver disease, prior HSCT, increased age, later salvage lines, more treatment cycles. Liver test elevations may require interrupting or reducing the dose, and BESPONSA must be permanently stopped in patients who develop VOD.
        - There was a higher post-HSCT non-relapse mortality rate in patients receiving BESPONSA.

        {BES_IND}

        {PI}
        """),
    "abbreviated-title-complete-body": ("piece.md", f"""\
        # BESPONSA

        **WARNING: HEPATOTOXICITY AND POST-TRANSPLANT MORTALITY**

        - Liver toxicity, including VOD (sinusoidal obstruction syndrome) that was fatal or life-threatening,
          occurred with BESPONSA.
        - VOD was more common in patients who went on to HSCT after BESPONSA. Other risk factors for VOD included ongoing or prior liver disease, prior HSCT, increased age, later salvage lines and a greater number of treatment cycles. Elevated liver tests may require dose interruption, reduction or permanent discontinuation; stop BESPONSA permanently if VOD develops.
        - Non-relapse mortality after HSCT was higher in BESPONSA-treated patients.

        {BES_IND}

        {PI}
        """),
    "title-and-text-on-one-line": ("piece.md", f"""\
        # BESPONSA

        **{TITLE}.** {HEPATO} The risk of VOD was higher in patients who had a transplant after BESPONSA. Ongoing or prior liver disease, a prior transplant, older age, later salvage therapy and more treatment cycles also raised the risk. Discontinue BESPONSA permanently in patients who develop VOD.
        A higher post-HSCT non-relapse mortality rate occurred in patients receiving BESPONSA.

        {BES_IND}

        {PI}
        """),
    "html-div-paragraphs": ("piece.html", f"""\
        <html><body>
        <div class="box"><h3>{TITLE}</h3>
        <p>{HEPATO}</p>
        <p>The risk was increased in patients who underwent HSCT after BESPONSA. Patients with ongoing or past liver disease, a previous HSCT, advanced age, later salvage lines or more cycles were also at higher risk. If VOD occurs, discontinue treatment for good and treat severe VOD per standard medical practice.</p>
        <p>Patients treated with BESPONSA have a higher post-HSCT non-relapse mortality rate.</p></div>
        <h1>BESPONSA</h1>
        <p>{BES_IND}</p>
        <p>{PI}</p>
        </body></html>
        """),
    "mixed-case-first-line-states": ("piece.txt", f"""\
        BESPONSA

        Boxed warning: Hepatotoxicity, including fatal and life-threatening VOD, has occurred with BESPONSA.
        Patients receiving HSCT after BESPONSA had a greater VOD risk. VOD was also more likely with liver disease, prior HSCT, older age, later salvage and more BESPONSA cycles. Permanently discontinue BESPONSA if VOD occurs.
        A higher post-HSCT non-relapse mortality rate occurred in patients receiving BESPONSA.

        {BES_IND}

        {PI}
        """),
}


@pytest.mark.parametrize("case", sorted(CORRECT_BOXES))
def test_a_correct_box_full_or_abbreviated_stays_clean(lint_piece, case):
    name, text = CORRECT_BOXES[case]
    assert serious(box(lint_piece, text, name)) == []


# ------------------------------------------------------------------ 4. a short title over a complete box

SHORT_TITLES = {
    "markdown": ("piece.md", f"""\
        # BESPONSA

        **WARNING: HEPATOTOXICITY AND INCREASED RISK OF POST-HSCT NON-RELAPSE MORTALITY**

        - Hepatotoxicity, including fatal and life-threatening hepatic veno-occlusive disease (VOD), also known
          as sinusoidal obstruction syndrome, occurred in patients treated with BESPONSA.
        - The risk of VOD was greater in patients who underwent HSCT afterwards. Further risk factors: ongoing or prior liver disease, prior HSCT, increased age, later salvage lines, more treatment cycles. Liver test elevations may require interrupting or reducing the dose, and BESPONSA must be permanently stopped in patients who develop VOD.
        - Patients who received BESPONSA had a higher rate of post-HSCT non-relapse mortality.

        {BES_IND}

        {PI}
        """),
    "html": ("piece.html", f"""\
        <html><body><h1>BESPONSA</h1>
        <section><h2>WARNING: HEPATOTOXICITY, INCLUDING FATAL CASES, AND INCREASED RISK OF POST-HSCT NON-RELAPSE MORTALITY</h2>
        <p>Hepatotoxicity, including fatal and life-threatening VOD/SOS, occurred in patients who received
        BESPONSA. This risk rose in patients who went on to stem cell transplant. Other risk factors for VOD included ongoing or prior liver disease, prior HSCT, increased age, later salvage lines and a greater number of treatment cycles. Elevated liver tests may require dose interruption, reduction or permanent discontinuation; stop BESPONSA permanently if VOD develops. The post-HSCT non-relapse
        mortality rate was higher with BESPONSA.</p></section>
        <p>{BES_IND}</p>
        <p>{PI}</p>
        </body></html>
        """),
}


@pytest.mark.parametrize("case", sorted(SHORT_TITLES))
def test_a_short_title_over_a_complete_box_is_information_only(lint_piece, case):
    name, text = SHORT_TITLES[case]
    found = box(lint_piece, text, name)
    assert [f.severity for f in found] == ["info"], [f.message for f in found]
    assert found[0].extra["missing"] == ["hepatic-vod"]


TITLE_STAYS = {
    # the title drops the risk the labeling's title names first
    "head-risk-dropped": """\
        # BESPONSA

        **WARNING: HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF POST-HSCT NON-RELAPSE MORTALITY**

        Liver toxicity, including VOD that was fatal or life-threatening, occurred with BESPONSA. Patients
        transplanted after BESPONSA had a higher risk of VOD. Ongoing or prior liver disease, a prior transplant, older age, later salvage therapy and more treatment cycles also raised the risk. Discontinue BESPONSA permanently in patients who develop VOD. Non-relapse mortality after HSCT was higher
        with BESPONSA.

        {ind}

        {pi}
        """,
    # the secondary risk's name is gone from the text too: only its alias in an aside is left
    "only-an-alias-left-in-the-text": """\
        # BESPONSA

        **WARNING: HEPATOTOXICITY, AND INCREASED RISK OF POST-HSCT NON-RELAPSE MORTALITY**

        - Hepatotoxicity has occurred with BESPONSA, including (also known as sinusoidal obstruction syndrome)
          that was fatal or life-threatening.
        - The risk was higher in patients who had HSCT after BESPONSA. Ongoing or prior liver disease, a prior transplant, older age, later salvage therapy and more treatment cycles also raised the risk. Discontinue BESPONSA permanently in patients who develop it.
        - The rate of post-HSCT non-relapse mortality was higher with BESPONSA.

        {ind}

        {pi}
        """,
    # ... or only its abbreviated alias alone in a bracket ("This includes (SOS).")
    "only-a-bracketed-alias-left": """\
        # BESPONSA

        WARNING: HEPATOTOXICITY, AND INCREASED RISK OF POST-HSCT NON-RELAPSE MORTALITY
          * Hepatotoxicity, sometimes fatal or life-threatening, has occurred in patients who received BESPONSA.
          * This includes (SOS).
          * This risk was increased in patients undergoing HSCT after BESPONSA. Patients with ongoing or past liver disease, a previous HSCT, advanced age, later salvage lines or more cycles were also at higher risk. If it occurs, discontinue treatment for good and treat it per standard medical practice.
          * Non-relapse mortality after HSCT was higher with BESPONSA.

        {ind}

        {pi}
        """,
}


# a box whose VOD name is gone from the text (only an alias in an aside is left) cannot state
# the action on VOD either ("discontinue … if it occurs"): it lacks that element too, reported
# with its title's omission in one finding
ALSO_LACKS = {"only-an-alias-left-in-the-text": ["vod-discontinue"], "only-a-bracketed-alias-left": ["vod-discontinue"]}


@pytest.mark.parametrize("case", sorted(TITLE_STAYS))
def test_a_title_without_its_head_risk_or_over_an_alias_only_stays_an_error(lint_piece, case):
    found = box(lint_piece, TITLE_STAYS[case].format(ind=BES_IND, pi=PI))
    assert [f.severity for f in found] == ["error"], [f.message for f in found]
    if case in ALSO_LACKS:
        assert found[0].extra["missing"] == ALSO_LACKS[case] + ["hepatic-vod"], found[0].message
        assert "its title does not name: hepatic veno-occlusive disease" in found[0].message
    else:
        assert "title of the boxed warning does not name" in found[0].message


# an abbreviated box given as one "Boxed Warning:" line in a post: it must carry every element
# too; without the VOD risk after HSCT only that element is reported
TITLE_ALONE_IN_A_POST = f"""\
        BESPONSA: CR/CRi in 4 of 5 adults with R/R ALL. {BES_IND}

        Boxed Warning: hepatotoxicity incl. fatal/life-threatening VOD (sinusoidal obstruction syndrome); other VOD
        risk factors: liver disease, prior HSCT, age, later salvage, more cycles; stop for good if VOD occurs; higher
        post-HSCT non-relapse mortality.

        {PI}
        """


def test_an_abbreviated_box_in_a_post_without_the_vod_risk_after_hsct_lacks_it(lint_piece):
    found = serious(box(lint_piece, TITLE_ALONE_IN_A_POST, "piece.md"))
    assert [f.extra["missing"] for f in found] == [["vod-risk-after-hsct"]]
