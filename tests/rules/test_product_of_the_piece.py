"""The product of a piece decides which product's requirements (boxed warning, indication) the
rule packs ask for: the product the piece is about, never one it names once in passing (a
competitor, a sequencing remark). Texts written for this test, in several layouts."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from claimcheck.engine import Linter
from claimcheck.reference import load_reference
from claimcheck.rulepacks import load_rulepacks

ROOT = Path(__file__).resolve().parents[2]

EU_INDICATION = ("BESPONSA is indicated as monotherapy for the treatment of adults with relapsed or refractory "
                 "CD22-positive B cell precursor acute lymphoblastic leukaemia (ALL). Adult patients with "
                 "Philadelphia chromosome-positive (Ph+) relapsed or refractory B cell precursor ALL should have "
                 "failed treatment with at least 1 tyrosine kinase inhibitor (TKI).")


@pytest.fixture(scope="module")
def linter():
    ref = load_reference([ROOT / "reference"])
    return Linter(ref, rulepacks=load_rulepacks([ROOT / "rules"], ref))


def lint(linter, tmp_path, text, name="piece.md"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return linter.lint_file(str(path))


def rules(result):
    return {f.rule for f in result.findings}


def test_passing_mention_in_a_markdown_body_does_not_ask_for_the_other_indication(linter, tmp_path):
    result = lint(linter, tmp_path, f"""\
        ---
        market: EU
        ---
        # Inotuzumab ozogamicin for adults whose B-cell precursor ALL came back

        {EU_INDICATION}

        BESPONSA is an antibody-drug conjugate aimed at CD22. Its target sets it apart from gilteritinib,
        a kinase inhibitor used in a myeloid leukaemia, so the two are not interchangeable.

        Please consult the Summary of Product Characteristics (SmPC) before prescribing BESPONSA.
        """)
    assert "xospata" in result.products          # still read with both vocabularies
    assert not {"I005", "B002"} & rules(result)
    assert "I002" not in rules(result) or all(f.line != 5 for f in result.findings if f.rule == "I002")


def test_sequencing_remark_in_a_plain_text_piece_does_not_ask_for_the_other_box(linter, tmp_path):
    result = lint(linter, tmp_path, """\
        market: US

        BESPONSA (inotuzumab ozogamicin) - a CD22-directed option at relapse

        Patients who relapse after a FLT3 inhibitor such as gilteritinib have a different disease
        (AML); BESPONSA is studied in relapsed or refractory B-cell precursor ALL.
        BESPONSA was given in 3- to 4-week cycles in INO-VATE ALL.
        Ask your BESPONSA representative about dosing.
        """, name="piece.txt")
    assert not {"B002", "I004"} & rules(result)
    # the piece's own product keeps its requirements
    assert {"B001", "I001"} <= rules(result)


def test_the_other_product_named_in_the_title_is_promoted_too(linter, tmp_path):
    result = lint(linter, tmp_path, """\
        ---
        market: US
        ---
        # BESPONSA and XOSPATA: two targeted options in relapsed acute leukaemia

        BESPONSA treats one disease and XOSPATA another; BESPONSA is given by infusion.
        BESPONSA targets CD22. BESPONSA was studied in INO-VATE ALL.
        """)
    assert {"B001", "I001", "B002", "I004"} <= rules(result)


def test_a_product_named_often_enough_is_promoted_though_the_opening_omits_it(linter, tmp_path):
    result = lint(linter, tmp_path, """\
        ---
        market: US
        ---
        # Targeted options in relapsed acute leukaemia

        BESPONSA is one option in lymphoblastic disease. XOSPATA is an option in myeloid disease.
        BESPONSA is infused; XOSPATA is a tablet. BESPONSA targets CD22; XOSPATA targets FLT3.
        BESPONSA was studied in INO-VATE ALL.
        """)
    assert {"B001", "B002"} <= rules(result)


def test_a_passing_mention_of_the_piece_product_is_not_dropped_when_it_is_the_only_one(linter, tmp_path):
    result = lint(linter, tmp_path, """\
        ---
        market: US
        ---
        # Relapsed AML with a FLT3 mutation

        Some text about the disease, then one remark: gilteritinib is taken by mouth.
        """)
    assert result.products == ("xospata",) and "B002" in rules(result)
