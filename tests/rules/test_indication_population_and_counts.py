"""Indication slots compared in full (texts written for this test, in prose, Markdown and HTML):

- a statement that carries a slot only one approved wording has (the biomarker of the current
  US wording) is compared with that wording: its population written as adults only narrows
  "adult and pediatric patients 1 year and older", even though an older adult-only wording
  (without the biomarker) exists;
- a count in a condition slot ("should have failed at least 1 <therapy>") is compared as a
  count: "at least one", "≥1", "one or more", "a <therapy>" say the same; "at least 2", "two
  prior", "more than one" narrow it."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from claimcheck.engine import Linter
from claimcheck.reference import load_reference
from claimcheck.rulepacks import load_rulepacks

ROOT = Path(__file__).resolve().parents[2]

US_BOX = ("**WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF "
          "POST-HSCT NON-RELAPSE MORTALITY**\n\n"
          "- Hepatotoxicity, including fatal and life-threatening VOD (sinusoidal obstruction syndrome), occurred "
          "in patients who received BESPONSA.\n"
          "- A higher post-HSCT non-relapse mortality rate occurred in patients receiving BESPONSA.\n")
US_PI = "Please see the full Prescribing Information, including BOXED WARNING."
EU_TAIL = ("\u25bc This medicinal product is subject to additional monitoring. Please refer to the Summary of "
           "Product Characteristics (SmPC) before prescribing.")


@pytest.fixture(scope="module")
def linter():
    ref = load_reference([ROOT / "reference"])
    return Linter(ref, rulepacks=load_rulepacks([ROOT / "rules"], ref))


def i00x(lint_piece, text, name, code):
    return lint_piece(textwrap.dedent(text).lstrip(), name, rules=code, lint_file=True)


ADULTS_ONLY = {
    "html-paragraph": ("piece.html", f"""\
        <html><body><h1>BESPONSA</h1>
        <p>BESPONSA is indicated for the treatment of adults with relapsed or refractory CD22-positive B-cell
        precursor acute lymphoblastic leukemia (ALL).</p>
        <p>{US_PI}</p>
        </body></html>
        """),
    "markdown-label": ("piece.md", f"""\
        # BESPONSA

        **Indication:** BESPONSA is approved for adult patients with CD22-positive B-cell precursor acute
        lymphoblastic leukemia (ALL) that is relapsed or refractory.

        {US_PI}
        """),
    "prose-in-a-paragraph": ("piece.txt", f"""\
        BESPONSA at relapse

        Adults in first or second salvage were studied. BESPONSA is indicated for adults with relapsed or
        refractory CD22-positive B-cell precursor ALL. {US_PI}
        """),
    "markdown-bullet-list": ("piece.md", f"""\
        # BESPONSA

        BESPONSA is indicated for:
        - adults
        - with relapsed or refractory CD22-positive B-cell precursor acute lymphoblastic leukemia (ALL)

        {US_PI}
        """),
}


@pytest.mark.parametrize("case", sorted(ADULTS_ONLY))
def test_adults_only_with_the_current_wordings_biomarker_narrows_the_population(lint_piece, case):
    name, text = ADULTS_ONLY[case]
    (f,) = i00x(lint_piece, text, name, "I001")
    assert f.extra["variant"] == "us-adult-and-pediatric", f.message
    assert "population" in f.extra["slots"] and "population" in f.extra["narrowed"], f.message


US_CLEAN = [
    # the label's wording, a rewording, and the adult-only wording (no biomarker) as approved before
    "BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor acute "
    "lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older.",
    "BESPONSA is indicated to treat relapsed or refractory CD22-positive B-cell precursor acute lymphoblastic "
    "leukemia (ALL) in adults and in pediatric patients who are at least 1 year old.",
    "BESPONSA is indicated for the treatment of adults with relapsed or refractory B-cell precursor acute "
    "lymphoblastic leukemia (ALL).",
]


@pytest.mark.parametrize("statement", US_CLEAN)
def test_approved_us_wordings_stay_clean(lint_piece, statement):
    assert i00x(lint_piece, f"# BESPONSA\n\n{US_BOX}\n{statement}\n\n{US_PI}\n", "piece.md", "I001") == []


EU_STATEMENT = ("BESPONSA is indicated as monotherapy for the treatment of adults with relapsed or refractory "
                "CD22-positive B cell precursor acute lymphoblastic leukaemia (ALL). ")

MORE_TKIS = {
    "at-least-2-prose": ("piece.md", "at least 2",
                         "Adult patients with Philadelphia chromosome-positive (Ph+) relapsed or refractory B cell "
                         "precursor ALL should have failed treatment with at least 2 tyrosine kinase inhibitors (TKIs)."),
    "two-prior-words": ("piece.md", "two prior",
                        "Adults with Ph+ disease should have failed two prior TKIs."),
    "symbol-html": ("piece.html", "\u22652",
                    "Adults with Ph+ disease should have failed \u22652 TKIs."),
    "more-than-one-plain": ("piece.txt", "more than one",
                            "Adults with Ph+ ALL must have failed more than one tyrosine kinase inhibitor."),
}


@pytest.mark.parametrize("case", sorted(MORE_TKIS))
def test_a_higher_count_in_the_condition_narrows_it(lint_piece, case):
    name, words, condition = MORE_TKIS[case]
    if name.endswith(".html"):
        text = (f"<html><head><meta name=\"market\" content=\"EU\"></head><body><h1>BESPONSA</h1>"
                f"<p>{EU_STATEMENT}{condition}</p><p>{EU_TAIL}</p></body></html>\n")
    elif name.endswith(".txt"):
        text = f"Market: EU\n\nBESPONSA at relapse\n\n{EU_STATEMENT}{condition}\n\n{EU_TAIL}\n"
    else:
        text = f"---\nmarket: EU\n---\n# BESPONSA\n\n{EU_STATEMENT}{condition}\n\n{EU_TAIL}\n"
    (f,) = i00x(lint_piece, text, name, "I002")
    assert "ph-positive-tki" in f.extra["narrowed"], f.message
    assert f'"{words}" instead of' in f.message, f.message


@pytest.mark.parametrize("condition", [
    "Adult patients with Philadelphia chromosome-positive (Ph+) relapsed or refractory B cell precursor ALL should "
    "have failed treatment with at least 1 tyrosine kinase inhibitor (TKI).",
    "Adults with Ph+ disease should have failed at least one tyrosine kinase inhibitor (TKI).",
    "Adults with Ph+ disease should have failed \u22651 TKI.",
    "Adults with Ph+ disease should have failed one or more TKIs.",
    "Adults with Ph+ disease should have failed a tyrosine kinase inhibitor.",
])
def test_the_same_count_in_other_words_is_clean(lint_piece, condition):
    text = f"---\nmarket: EU\n---\n# BESPONSA\n\n{EU_STATEMENT}{condition}\n\n{EU_TAIL}\n"
    assert i00x(lint_piece, text, "piece.md", "I002") == []


def _eu_piece(name, statement):
    if name.endswith(".html"):
        return (f"<html><head><meta name=\"market\" content=\"EU\"></head><body><h1>BESPONSA</h1>"
                f"<p>{statement}</p><p>{EU_TAIL}</p></body></html>\n")
    if name.endswith(".txt"):
        return f"Market: EU\n\nBESPONSA at relapse\n\n{statement}\n\n{EU_TAIL}\n"
    return f"---\nmarket: EU\n---\n# BESPONSA\n\n{statement}\n\n{EU_TAIL}\n"


#: the Ph+ condition dropped in other words: treated whatever the TKI history, or with a TKI rather
#: than after one failed; in the statement's sentence or in a sentence of its own after it
CONDITION_DROPPED = {
    "irrespective-same-sentence-html": ("piece.html", "irrespective of prior",
        EU_STATEMENT.rstrip(". ") + "; adults with Philadelphia chromosome-positive (Ph+) relapsed or refractory "
        "disease may be treated irrespective of prior tyrosine kinase inhibitor (TKI) therapy."),
    "with-or-after-own-sentence-txt": ("piece.txt", "with or after",
        EU_STATEMENT + "In adult patients with Ph+ relapsed or refractory B cell precursor ALL, BESPONSA may be "
        "used with or after a tyrosine kinase inhibitor (TKI)."),
    "regardless-md": ("piece.md", "regardless of prior",
        EU_STATEMENT + "Adults with Ph+ disease can receive it regardless of prior TKI exposure."),
    "in-combination-md": ("piece.md", "in combination with a TKI",
        EU_STATEMENT + "Adults with Ph+ disease may receive it in combination with a TKI."),
}


@pytest.mark.parametrize("case", sorted(CONDITION_DROPPED))
def test_the_condition_dropped_in_other_words_broadens_it(lint_piece, case):
    name, words, statement = CONDITION_DROPPED[case]
    (f,) = i00x(lint_piece, _eu_piece(name, statement), name, "I002")
    assert f'"{words}"' in f.message and "broadened" in f.message, f.message


@pytest.mark.parametrize("condition", [
    "In adult patients with Ph+ relapsed or refractory B cell precursor ALL, BESPONSA should be used after failure "
    "of at least one tyrosine kinase inhibitor (TKI).",
    "Adults with Ph+ disease must have failed treatment with at least one TKI before receiving it.",
    "Adults with Ph+ disease should have failed at least 1 TKI; with or without HSCT afterwards, follow-up applies.",
])
def test_the_condition_in_other_words_is_clean(lint_piece, condition):
    for name in ("piece.md", "piece.txt", "piece.html"):
        assert i00x(lint_piece, _eu_piece(name, EU_STATEMENT + condition), name, "I002") == [], name
