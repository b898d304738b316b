"""An indication statement is recognised whatever stands between the brand and "is indicated"
(its generic name in brackets, a registered mark, an appositive clause) and wherever it stands
in the piece; the sentences after it that the statement is read on for its follow-on condition
broaden it only where they speak of the use, not where they report a result ("… versus 29.4%
with chemotherapy"). Texts written for this test, in several layouts."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from claimcheck.engine import Linter
from claimcheck.reference import load_reference
from claimcheck.rulepacks import load_rulepacks

ROOT = Path(__file__).resolve().parents[2]
EU_BES = ("as monotherapy for the treatment of adults with relapsed or refractory CD22-positive B cell "
          "precursor acute lymphoblastic leukaemia (ALL). Adult patients with Philadelphia "
          "chromosome-positive (Ph+) relapsed or refractory B cell precursor ALL should have failed "
          "treatment with at least 1 tyrosine kinase inhibitor (TKI).")
US_XOS = ("for the treatment of adult patients who have relapsed or refractory acute myeloid leukemia (AML) "
          "with a FLT3 mutation as detected by an FDA-approved test.")
EU_XOS = ("as monotherapy for the treatment of adult patients who have relapsed or refractory acute myeloid "
          "leukaemia (AML) with a FLT3 mutation.")


@pytest.fixture(scope="module")
def linter():
    ref = load_reference([ROOT / "reference"])
    return Linter(ref, rulepacks=load_rulepacks([ROOT / "rules"], ref))


def indication_findings(lint_piece, text, name="piece.md"):
    return [(f.rule, f.line) for f in lint_piece(textwrap.dedent(text).lstrip(), name, lint_file=True)
            if f.rule.startswith("I")]


@pytest.mark.parametrize("subject", ["BESPONSA (inotuzumab ozogamicin) is indicated",
                                     "BESPONSA® is indicated",
                                     "BESPONSA, a CD22-directed antibody-drug conjugate, is indicated"])
def test_eu_statement_first_then_a_comparison_with_chemotherapy(lint_piece, subject):
    assert indication_findings(lint_piece, f"""\
        ---
        market: EU
        ---
        # Deeper remissions at relapse

        {subject} {EU_BES}

        In INO-VATE ALL, 80.7% of patients on BESPONSA reached CR/CRi compared with 29.4% with chemotherapy.
        """) == []


@pytest.mark.parametrize("subject", ["XOSPATA (gilteritinib) is indicated", "XOSPATA® is indicated",
                                     "XOSPATA, an oral FLT3 inhibitor, is indicated"])
def test_us_statement_at_the_end_of_a_plain_text_piece(lint_piece, subject):
    assert indication_findings(lint_piece, f"""\
        market: US

        XOSPATA at first relapse

        WARNING: DIFFERENTIATION SYNDROME
        Patients treated with XOSPATA have experienced differentiation syndrome, which can be fatal or
        life-threatening if not treated. If it is suspected, start corticosteroids and hemodynamic
        monitoring until symptoms resolve.

        In ADMIRAL, median overall survival was 9.3 months with XOSPATA and 5.6 months with salvage
        chemotherapy.

        {subject} {US_XOS}
        """, name="piece.txt") == []


def test_eu_statement_in_a_box_followed_by_results_in_combination_wording(lint_piece):
    assert indication_findings(lint_piece, f"""\
        ---
        market: EU
        ---
        > XOSPATA (gilteritinib) is indicated {EU_XOS}
        > Median survival was longer than with chemotherapy given in combination regimens.
        > Response was assessed by the investigators.

        Please refer to the SmPC before prescribing XOSPATA.
        """) == []


def test_a_following_sentence_about_the_use_still_broadens(lint_piece):
    found = indication_findings(lint_piece, f"""\
        ---
        market: EU
        ---
        BESPONSA (inotuzumab ozogamicin) is indicated {EU_BES} It may also be used in children.
        """)
    assert found == [("I002", 4)]


def test_a_broadening_inside_the_statement_is_still_found(lint_piece):
    found = indication_findings(lint_piece, f"""\
        ---
        market: EU
        ---
        Results first: 80.7% reached CR/CRi.

        BESPONSA is indicated alone or in combination {EU_BES[len('as monotherapy '):]}
        """)
    assert found == [("I002", 6)]
