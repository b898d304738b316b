"""A boxed-warning element deleted from a box whose elements stand on separate lines (bullets,
lines, sentences) is reported where it should stand, not at the box's title: after the sentence
of the last element before it (in the labeling's order) that the box still states, i.e. at the
line that now follows the gap (texts written for this test: Markdown bullets, plain text with
bullet marks, HTML list items, a prose box):

- the post-HSCT mortality bullet deleted between the hepatotoxicity bullet and another one;
- the XOSPATA box's severity sentence or its management sentence deleted between two others;
- words deleted inside one sentence (the VOD gone from the hepatotoxicity sentence that still
  carries the severity): at that sentence;
- the box ending with the last element before the gap (a blank line, then text that names none
  of its elements): at that element's sentence, not at the text after the box; in a box of bulleted
  items, at the last line of the item that states it (a second sentence of the item, after the
  element's, is not the gap);
- no element before it left (the first one deleted), or the element lost to an abbreviation the
  box defines as something else: at the box's start, as before;
- a correct box stays clean."""

from __future__ import annotations

import textwrap

import pytest

BES_IND = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor acute "
           "lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.")
XOS_IND = ("XOSPATA is indicated for the treatment of adult patients who have relapsed or refractory acute "
           "myeloid leukemia (AML) with a FLT3 mutation as detected by an FDA-approved test.")
PI = "Refer to the full Prescribing Information, including the Boxed Warning."
TITLE = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF "
         "POST-HSCT NON-RELAPSE MORTALITY")
XTITLE = "WARNING: DIFFERENTIATION SYNDROME"


@pytest.fixture(scope="module")
def linter(full_linter):
    return full_linter


def lint(lint_piece, text, name, rule):
    text = textwrap.dedent(text).lstrip()
    found = [f for f in lint_piece(text, name, rules=rule, lint_file=True)
             if f.rule == rule and f.severity in ("error", "warning")]
    return found, text.splitlines()


def line_of(lines, words):
    return next(k for k, line in enumerate(lines, 1) if words in line)


# (file name, text, rule, words on the line the finding must be at)
GAPS = {
    "bes-md-bullets-nrm-gone": ("piece.md", f"""\
        # BESPONSA

        {BES_IND}

        {TITLE}

        - Hepatotoxicity, including fatal and life-threatening hepatic VOD, occurred in patients who received BESPONSA.
        - The risk of VOD was greater in patients who underwent HSCT after BESPONSA. Patients with ongoing or past liver disease, a previous HSCT, advanced age, later salvage lines or more cycles were also at higher risk. If VOD occurs, discontinue treatment for good and treat severe VOD per standard medical practice.
        - Monitor liver tests closely and permanently discontinue BESPONSA if VOD occurs.

        {PI}
        """, "B001", "Monitor liver tests closely"),
    "bes-txt-bullets-nrm-gone": ("piece.txt", f"""\
        BESPONSA

        {BES_IND}

        {TITLE}
        \u2022 Fatal and life-threatening hepatotoxicity, including VOD (also known as SOS), has occurred with BESPONSA.
        \u2022 This risk was higher in patients who had a stem cell transplant after BESPONSA. VOD was also more likely with liver disease, prior HSCT, older age, later salvage and more BESPONSA cycles. Permanently discontinue BESPONSA if VOD occurs.
        \u2022 Other risk factors for VOD included ongoing or prior liver disease, increased age and later salvage lines.
        \u2022 Elevated liver tests may require dose interruption, dose reduction or discontinuation.

        {PI}
        """, "B001", "Other risk factors for VOD"),
    "bes-html-items-nrm-gone": ("piece.html", f"""\
        <html><body>
        <p>{BES_IND}</p>
        <div class="box">
        <p><b>{TITLE}</b></p>
        <ul>
        <li>Hepatotoxicity, including fatal and life-threatening VOD, was seen in patients treated with BESPONSA.</li>
        <li>Patients who went on to HSCT after BESPONSA had an increased risk of VOD. Further risk factors: ongoing or prior liver disease, prior HSCT, increased age, later salvage lines, more treatment cycles. Liver test elevations may require interrupting or reducing the dose, and BESPONSA must be permanently stopped in patients who develop VOD.</li>
        <li>Permanently discontinue BESPONSA if VOD develops; treat severe VOD according to standard medical practice.</li>
        </ul>
        </div>
        <p>{PI}</p>
        </body></html>
        """, "B001", "Permanently discontinue BESPONSA"),
    "bes-prose-nrm-gone": ("piece.md", f"""\
        # BESPONSA

        {BES_IND}

        **{TITLE}**

        Hepatotoxicity, including fatal or life-threatening VOD, occurred with BESPONSA. The risk rose in patients transplanted after treatment. Other risk factors for VOD included ongoing or prior liver disease, prior HSCT, increased age, later salvage lines and a greater number of treatment cycles. Elevated liver tests may require dose interruption, reduction or permanent discontinuation; stop BESPONSA permanently if VOD develops. Monitor for signs of VOD, such as rising bilirubin, hepatomegaly and rapid weight gain.

        {PI}
        """, "B001", "Monitor for signs of VOD"),
    "xos-md-fatal-gone": ("piece.md", f"""\
        # XOSPATA

        {XOS_IND}

        {XTITLE}

        Patients treated with XOSPATA have experienced symptoms of differentiation syndrome.
        Symptoms may include fever, dyspnea, hypoxia, pulmonary infiltrates, pleural or pericardial effusions, rapid weight gain or peripheral edema, hypotension, or renal dysfunction.
        If differentiation syndrome is suspected, initiate corticosteroid therapy and hemodynamic monitoring until symptom resolution.

        {PI}
        """, "B002", "Symptoms may include fever"),
    "xos-txt-bullets-management-gone": ("piece.txt", f"""\
        XOSPATA

        {XOS_IND}

        {XTITLE}
        - Differentiation syndrome has occurred in patients treated with XOSPATA and can be fatal or life-threatening if not treated.
        - Its signs can include fever, shortness of breath, low oxygen, fluid around the lungs or heart, fast weight gain, swelling, low blood pressure or kidney problems.

        {PI}
        """, "B002", "Its signs can include fever"),
    "xos-html-management-gone": ("piece.html", f"""\
        <html><body>
        <p>{XOS_IND}</p>
        <div class="box">
        <p><b>{XTITLE}</b></p>
        <ul>
        <li>Differentiation syndrome, which can be fatal or life-threatening if not treated, was reported with XOSPATA.</li>
        <li>Tell patients to report fever, breathing problems or rapid weight gain right away.</li>
        </ul>
        </div>
        <p>{PI}</p>
        </body></html>
        """, "B002", "Tell patients to report fever"),
    # the box ends with the last element before the gap: the paragraph after a blank line, with
    # no element after the gap stated there or later, is the text after the box, not the place
    # (even where it names one of the box's risks: "SLIDE 6 - Hepatotoxicity in numbers")
    "bes-md-box-ends-nrm-gone": ("piece.md", f"""\
        # BESPONSA

        {BES_IND}

        {TITLE}

        - Hepatotoxicity, including fatal and life-threatening hepatic VOD, occurred in patients who received BESPONSA.

        BESPONSA induced CR/CRi in 80.7% of adults in INO-VATE ALL.

        {PI}
        """, "B001", "- Hepatotoxicity, including fatal"),
    "bes-txt-box-ends-nrm-gone": ("piece.txt", f"""\
        BESPONSA

        {BES_IND}

        {TITLE}
        Fatal or life-threatening liver toxicity, including VOD, has occurred with BESPONSA.

        In INO-VATE ALL, more patients reached CR/CRi with BESPONSA than with chemotherapy.
        {PI}
        """, "B001", "Fatal or life-threatening liver toxicity"),
    "xos-md-box-ends-management-gone": ("piece.md", f"""\
        # XOSPATA

        {XOS_IND}

        {XTITLE}

        Differentiation syndrome, which can be fatal or life-threatening if not treated, was seen with XOSPATA.

        XOSPATA improved overall survival in ADMIRAL.

        {PI}
        """, "B002", "Differentiation syndrome, which can be fatal"),
    "bes-txt-next-slide-names-a-risk-nrm-gone": ("piece.txt", f"""\
        BESPONSA

        {BES_IND}

        SLIDE 5 - {TITLE}
        Fatal and life-threatening VOD and other hepatotoxicity have been reported with BESPONSA.

        SLIDE 6 - Hepatotoxicity in numbers
        In the trial, VOD was reported in 23/164 patients on BESPONSA.

        {PI}
        """, "B001", "Fatal and life-threatening VOD and other"),
    # the box's last item goes on past the sentence that states the element before the gap (a
    # second sentence, wrapped lines): the gap is after the item, at the box's last line, not at the
    # item's second sentence
    "bes-txt-framed-last-item-two-sentences-nrm-gone": ("piece.txt", f"""\
        BESPONSA

        {BES_IND}

        +--------------------------------------------------------------------+
        | WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE  |
        | (VOD), AND INCREASED RISK OF POST-HSCT NON-RELAPSE MORTALITY       |
        |                                                                    |
        | - Fatal and life-threatening VOD has occurred with BESPONSA.       |
        | - VOD was more frequent after HSCT and with prior liver disease,   |
        |   older age, later salvage lines and more cycles.                  |
        | - Raised liver tests may call for interrupting or reducing the     |
        |   dose of BESPONSA. Stop BESPONSA for good in patients who         |
        |   develop VOD.                                                     |
        +--------------------------------------------------------------------+

        {PI}
        """, "B001", "develop VOD."),
    "bes-md-last-bullet-wrapped-nrm-gone": ("piece.md", f"""\
        # BESPONSA

        {BES_IND}

        {TITLE}

        - Hepatotoxicity, including fatal and life-threatening VOD, occurred with BESPONSA.
        - The risk of VOD was greater in patients who underwent HSCT after BESPONSA; other
          risk factors were liver disease, prior HSCT and older age.
          Permanently discontinue BESPONSA if VOD occurs; liver test elevations may need
          dose interruption or reduction.

        {PI}
        """, "B001", "dose interruption or reduction."),
    # paragraphs over blank lines, an element stated after the gap: the gap is inside the box
    "xos-md-paragraphs-fatal-gone": ("piece.md", f"""\
        # XOSPATA

        {XOS_IND}

        {XTITLE}

        Differentiation syndrome has been observed in patients treated with XOSPATA.

        When differentiation syndrome is suspected, start corticosteroids and hemodynamic monitoring until it resolves.

        {PI}
        """, "B002", "When differentiation syndrome is suspected"),
    "bes-words-gone-inside-a-sentence": ("piece.md", f"""\
        # BESPONSA

        {BES_IND}

        {TITLE}

        - Hepatotoxicity, including fatal and life-threatening cases, occurred in patients who received BESPONSA.
        - The risk was greater in patients who underwent HSCT after treatment. Ongoing or prior liver disease, a prior transplant, older age, later salvage therapy and more treatment cycles also raised the risk. Discontinue BESPONSA permanently in patients who develop it.
        - A higher post-HSCT non-relapse mortality rate occurred in patients receiving BESPONSA.

        {PI}
        """, "B001", "including fatal and life-threatening cases"),
}


@pytest.mark.parametrize("case", sorted(GAPS))
def test_a_deleted_element_is_reported_where_it_should_stand(lint_piece, case):
    name, text, rule, words = GAPS[case]
    found, lines = lint(lint_piece, text, name, rule)
    assert found, lines
    at = line_of(lines, words)
    assert [f.line for f in found] == [at], [(f.line, f.message) for f in found]
    assert all(f.severity == "error" for f in found)


# the first element gone: no element before it is left, the box's start is its place
FIRST_GONE = {
    "bes-hepatotoxicity-gone": ("piece.md", f"""\
        # BESPONSA

        {BES_IND}

        {TITLE}

        - A higher post-HSCT non-relapse mortality rate occurred in patients receiving BESPONSA.
        - Monitor liver tests closely during the first month after HSCT.

        {PI}
        """, "B001", "WARNING:"),
    "xos-occurrence-gone": ("piece.txt", f"""\
        XOSPATA

        {XOS_IND}

        {XTITLE}
        This syndrome can be fatal or life-threatening if not treated.
        If differentiation syndrome is suspected, start corticosteroids and hemodynamic monitoring until symptoms resolve.

        {PI}
        """, "B002", "WARNING:"),
}


@pytest.mark.parametrize("case", sorted(FIRST_GONE))
def test_with_no_element_before_the_gap_the_finding_stays_at_the_box_start(lint_piece, case):
    name, text, rule, words = FIRST_GONE[case]
    found, lines = lint(lint_piece, text, name, rule)
    assert found and all(f.line == line_of(lines, words) for f in found), [(f.line, f.message) for f in found]


CORRECT = {
    "bes-md": ("piece.md", f"""\
        # BESPONSA

        {BES_IND}

        {TITLE}

        - Hepatotoxicity, including fatal and life-threatening hepatic VOD, occurred in patients who received BESPONSA.
        - VOD risk was increased in patients proceeding to HSCT after BESPONSA. Patients with ongoing or past liver disease, a previous HSCT, advanced age, later salvage lines or more cycles were also at higher risk. If VOD occurs, discontinue treatment for good and treat severe VOD per standard medical practice.
        - A higher post-HSCT non-relapse mortality rate occurred in patients receiving BESPONSA.
        - Monitor liver tests closely and permanently discontinue BESPONSA if VOD occurs.

        {PI}
        """, "B001"),
    "bes-txt": ("piece.txt", f"""\
        BESPONSA

        {BES_IND}

        {TITLE}
        \u2022 Fatal and life-threatening hepatotoxicity, including VOD (also known as SOS), has occurred with BESPONSA.
        \u2022 Patients transplanted after BESPONSA showed a greater risk of VOD. VOD was also more likely with liver disease, prior HSCT, older age, later salvage and more BESPONSA cycles. Permanently discontinue BESPONSA if VOD occurs.
        \u2022 There was a higher post-HSCT non-relapse mortality rate in patients receiving BESPONSA.
        \u2022 Other risk factors for VOD included ongoing or prior liver disease, increased age and later salvage lines.

        {PI}
        """, "B001"),
    "xos-md": ("piece.md", f"""\
        # XOSPATA

        {XOS_IND}

        {XTITLE}

        Patients treated with XOSPATA have experienced symptoms of differentiation syndrome, which can be fatal or life-threatening if not treated.
        Symptoms may include fever, dyspnea, hypoxia, pulmonary infiltrates, pleural or pericardial effusions, rapid weight gain or peripheral edema, hypotension, or renal dysfunction.
        If differentiation syndrome is suspected, initiate corticosteroid therapy and hemodynamic monitoring until symptom resolution.

        {PI}
        """, "B002"),
}


@pytest.mark.parametrize("case", sorted(CORRECT))
def test_a_correct_box_stays_clean(lint_piece, case):
    name, text, rule = CORRECT[case]
    found, lines = lint(lint_piece, text, name, rule)
    assert not found, [(f.line, f.message) for f in found]
