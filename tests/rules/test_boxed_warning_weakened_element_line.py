"""A boxed-warning element weakened in paraphrase is reported at the sentence that carries it,
not at the box's title (texts written for this test: Markdown bullets, plain text, HTML):

- the severity dropped or softened in its own sentence ("rare cases of hepatic VOD occurred",
  "Hepatotoxicity, including hepatic VOD, occurred"): the B001 error is at that sentence;
- a risk made smaller than the labeling's ("may be slightly higher", "slightly
  life-threatening"): minimised, a warning at that sentence;
- the first element's sentence gone altogether (no element before it is left) stays at the box's
  start (test_boxed_warning_missing_element_place.py: one deleted after another is reported at
  the line after the gap);
  a correct box stays clean."""

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
PI = "Refer to the full Prescribing Information, including the Boxed Warning."
TITLE = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF "
         "POST-HSCT NON-RELAPSE MORTALITY")
HEPATO = "Hepatotoxicity, including fatal and life-threatening hepatic VOD, occurred in patients who received BESPONSA."
NRM = "A higher post-HSCT non-relapse mortality rate occurred in patients receiving BESPONSA."


@pytest.fixture(scope="module")
def linter():
    ref = load_reference([ROOT / "reference"])
    return Linter(ref, rulepacks=load_rulepacks([ROOT / "rules"], ref))


def lint(lint_piece, text, name, rules):
    text = textwrap.dedent(text).lstrip()
    found = [f for f in lint_piece(text, name, rules=rules, lint_file=True) if f.severity in ("error", "warning")]
    return found, text.splitlines()


def line_of(lines, words):
    return next(k for k, line in enumerate(lines, 1) if words in line)


# (file name, text, rule, words on the line the finding must be at, severity)
WEAKENED = {
    "rare-cases-bullets": ("piece.md", f"""\
        # BESPONSA

        {BES_IND}

        {TITLE}

        - Hepatotoxicity, including rare cases of hepatic VOD, occurred in patients who received BESPONSA.
        - The risk was higher in patients who underwent HSCT after BESPONSA. Patients with ongoing or past liver disease, a previous HSCT, advanced age, later salvage lines or more cycles were also at higher risk. If VOD occurs, discontinue treatment for good and treat severe VOD per standard medical practice.
        - {NRM}

        {PI}
        """, "B001", "rare cases of hepatic VOD", "error"),
    "severity-dropped-plain": ("piece.txt", f"""\
        BESPONSA

        {BES_IND}

        {TITLE}
        Hepatotoxicity, including hepatic VOD, occurred in patients who received BESPONSA.
        This risk was greater in patients who went on to a stem cell transplant. VOD was also more likely with liver disease, prior HSCT, older age, later salvage and more BESPONSA cycles. Permanently discontinue BESPONSA if VOD occurs.
        {NRM}

        {PI}
        """, "B001", "including hepatic VOD, occurred", "error"),
    "slightly-higher-prose": ("piece.md", f"""\
        # BESPONSA

        {BES_IND}

        {TITLE}

        {HEPATO}
        Patients who had HSCT after BESPONSA were at increased risk of VOD. Further risk factors: ongoing or prior liver disease, prior HSCT, increased age, later salvage lines, more treatment cycles. Liver test elevations may require interrupting or reducing the dose, and BESPONSA must be permanently stopped in patients who develop VOD.
        The risk of post-HSCT non-relapse mortality may be slightly higher in patients receiving BESPONSA.

        {PI}
        """, "B001", "slightly higher", "warning"),
    "severity-dropped-html": ("piece.html", f"""\
        <html><body>
        <p>{BES_IND}</p>
        <div class="box">
        <p><b>{TITLE}</b></p>
        <ul>
        <li>Hepatotoxicity, including hepatic VOD, was seen in patients who received BESPONSA.</li>
        <li>The risk rose in patients transplanted after BESPONSA. Other risk factors for VOD included ongoing or prior liver disease, prior HSCT, increased age, later salvage lines and a greater number of treatment cycles. Elevated liver tests may require dose interruption, reduction or permanent discontinuation; stop BESPONSA permanently if VOD develops.</li>
        <li>{NRM}</li>
        </ul>
        </div>
        <p>{PI}</p>
        </body></html>
        """, "B001", "was seen in patients", "error"),
    "slightly-life-threatening-xospata": ("piece.md", f"""\
        # XOSPATA

        {XOS_IND}

        WARNING: DIFFERENTIATION SYNDROME

        Patients treated with XOSPATA have experienced symptoms of differentiation syndrome, which can be slightly life-threatening if not treated.
        If differentiation syndrome is suspected, initiate corticosteroid therapy and hemodynamic monitoring until symptom resolution.

        {PI}
        """, "B002", "slightly life-threatening", "warning"),
}


@pytest.mark.parametrize("case", sorted(WEAKENED))
def test_a_weakened_element_is_reported_at_its_sentence(lint_piece, case):
    name, text, rule, words, severity = WEAKENED[case]
    found, lines = lint(lint_piece, text, name, rule)
    assert found, lines
    at = line_of(lines, words)
    assert any(f.rule == rule and f.severity == severity and f.line == at for f in found), \
        [(f.line, f.severity, f.message) for f in found]
    assert all(f.line != line_of(lines, "WARNING:") for f in found), [(f.line, f.message) for f in found]


def test_a_deleted_element_stays_at_the_box_start(lint_piece):
    found, lines = lint(lint_piece, f"""\
        # BESPONSA

        {BES_IND}

        {TITLE}

        - {NRM}

        {PI}
        """, "piece.md", "B001")
    assert found and all(f.line == line_of(lines, "WARNING:") for f in found), [(f.line, f.message) for f in found]


@pytest.mark.parametrize("name", ["piece.md", "piece.txt"])
def test_a_correct_box_stays_clean(lint_piece, name):
    found, lines = lint(lint_piece, f"""\
        # BESPONSA

        {BES_IND}

        {TITLE}

        - {HEPATO}
        - The risk of VOD was greater in patients who underwent HSCT after BESPONSA. Ongoing or prior liver disease, a prior transplant, older age, later salvage therapy and more treatment cycles also raised the risk. Discontinue BESPONSA permanently in patients who develop VOD.
        - {NRM}

        {PI}
        """, name, "B001")
    assert not found, [(f.line, f.message) for f in found]
