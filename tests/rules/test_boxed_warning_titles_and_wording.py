"""A boxed warning whose title names the box and its element in any case ("Boxed warning:
differentiation syndrome") is the box; an element reworded as an instruction, its words in
another order and form ("start corticosteroids and monitor hemodynamics") is that element.
Texts written for this test, in several layouts."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from claimcheck.engine import Linter
from claimcheck.reference import load_reference
from claimcheck.rulepacks import load_rulepacks

ROOT = Path(__file__).resolve().parents[2]
INDICATION = ("XOSPATA is indicated for the treatment of adult patients who have relapsed or refractory acute "
              "myeloid leukemia (AML) with a FLT3 mutation as detected by an FDA-approved test.")


@pytest.fixture(scope="module")
def linter():
    ref = load_reference([ROOT / "reference"])
    return Linter(ref, rulepacks=load_rulepacks([ROOT / "rules"], ref))


def b002(lint_piece, text, name="piece.md"):
    return lint_piece(textwrap.dedent(text).lstrip(), name, rules="B002", lint_file=True)


@pytest.mark.parametrize("title", ["## Boxed warning: differentiation syndrome",
                                   "**Boxed Warning – Differentiation Syndrome**",
                                   "Warning: Differentiation syndrome"])
def test_a_title_naming_the_box_and_its_element_in_markdown(lint_piece, title):
    assert b002(lint_piece, f"""\
        ---
        market: US
        ---
        # XOSPATA at relapse

        {title}

        Differentiation syndrome has been reported in patients who took XOSPATA; left untreated it may be
        fatal or life-threatening. When it is suspected, give corticosteroids and begin hemodynamic
        monitoring until symptoms resolve.

        {INDICATION}
        """) == []


def test_an_instruction_in_another_order_and_word_form_in_plain_text(lint_piece):
    assert b002(lint_piece, f"""\
        market: US

        XOSPATA (gilteritinib) tablets

        BOXED WARNING (DIFFERENTIATION SYNDROME)
        Some patients on XOSPATA developed differentiation syndrome, which may be life-threatening or fatal
        without treatment. If you suspect it, start corticosteroids and monitor hemodynamics until the
        symptoms resolve.

        {INDICATION}
        """, name="piece.txt") == []


def test_the_label_title_with_the_instruction_reworded_passively(lint_piece):
    assert b002(lint_piece, f"""\
        ---
        market: US
        ---
        WARNING: DIFFERENTIATION SYNDROME

        Patients treated with XOSPATA have experienced differentiation syndrome, which can be fatal or
        life-threatening if not treated. Hemodynamics should be monitored and corticosteroids started at
        the first suspicion, until symptoms resolve.

        {INDICATION}
        """) == []


def test_a_titled_box_without_the_monitoring_still_lacks_it(lint_piece):
    (f,) = b002(lint_piece, f"""\
        ---
        market: US
        ---
        ## Boxed warning: differentiation syndrome

        Differentiation syndrome has occurred with XOSPATA and can be fatal if not treated. If it is
        suspected, start corticosteroids until symptoms resolve; monitor blood counts.

        {INDICATION}
        """)
    # at the sentence after the severity's (the corticosteroid sentence, starting on line 6), where
    # the monitoring belongs, not at the box's heading (line 4)
    assert f.extra["missing"] == ["management"] and f.line == 6


def test_a_pointer_to_the_boxed_warning_is_not_the_box(lint_piece):
    (f,) = b002(lint_piece, f"""\
        ---
        market: US
        ---
        # XOSPATA at relapse

        {INDICATION}

        Please see the full Prescribing Information, including the Boxed Warning, for differentiation
        syndrome, which can be fatal; corticosteroids and hemodynamic monitoring are advised.
        """)
    assert "missing" in f.message
