"""A dot-leader table's longest label gets the shortest leader: "MRD negativity in responders .."
above or below "CR/CRi ........................", its values aligned with theirs. Before, one or
two dots were no leader: the row was cut at them, so its values lost their own label's endpoint
and population and were only ever confirmed, never found wrong (arms swapped passed silently). A
short leader counts only where a full leader row right above or below ends in the same column; a
".." in prose stays what it was. Texts written for this test; facts of the shipped claims library
(INO-VATE ALL: CR/CRi 80.7% vs 29.4%; MRD negativity in responders 78.4% vs 28.1%)."""

from __future__ import annotations

import pytest

from claimcheck.sentences import is_leader_row, sentence_spans

HEAD = ("Market: US\n\nBESPONSA (inotuzumab ozogamicin) in INO-VATE ALL, compared with standard "
        "chemotherapy.\n\nRemission-analysis population (first 218 randomized):\n")
LAYOUTS = {
    "arms inline, short row below": (
        "  CR/CRi ........................ BESPONSA 80.7%   vs  chemotherapy 29.4%\n"
        "  MRD negativity in responders .. BESPONSA {a}%   vs  chemotherapy {b}%\n"),
    "arms inline, short row above": (
        "  MRD negativity in responders .. BESPONSA {a}% vs chemotherapy {b}%\n"
        "  CR/CRi ........................ BESPONSA 80.7% vs chemotherapy 29.4%\n"),
    "bullets": (
        "  - CR/CRi ......................... BESPONSA 80.7% vs chemotherapy 29.4%\n"
        "  - MRD negativity in responders .. BESPONSA {a}% vs chemotherapy {b}%\n"),
    "columns under a header": (
        "                                    BESPONSA      Chemotherapy\n"
        "  CR/CRi ........................   80.7%   ..... 29.4%\n"
        "  MRD negativity in responders ..   {a}%   ..... {b}%\n"),
    "one dot": (
        "  CR/CRi ....................... BESPONSA 80.7% vs chemotherapy 29.4%\n"
        "  MRD negativity in responders . BESPONSA {a}% vs chemotherapy {b}%\n"),
}
RULES = {"V001", "V002", "U001", "A001"}


def _found(full_linter, lint_piece, layout, a, b):
    text = HEAD + LAYOUTS[layout].format(a=a, b=b)
    return sorted({f.rule for f in lint_piece(text, name="card.txt", linter=full_linter, rules=RULES)})


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_correct_rows_stay_clean(full_linter, lint_piece, layout):
    assert _found(full_linter, lint_piece, layout, "78.4", "28.1") == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_arms_swapped_on_the_short_row(full_linter, lint_piece, layout):
    assert _found(full_linter, lint_piece, layout, "28.1", "78.4") == ["V002"]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_changed_value_on_the_short_row(full_linter, lint_piece, layout):
    assert _found(full_linter, lint_piece, layout, "74.8", "28.1") == ["V001"]


def test_a_double_dot_in_prose_is_no_leader():
    text = "The remission rate was high.. Most patients went on.\nMRD negativity was common.. See below.\n"
    assert not is_leader_row(text, 0) and not is_leader_row(text, text.index("MRD"))
    assert [text[s:e] for s, e in sentence_spans(text)][:2] == ["The remission rate was high..", "Most patients went on."]


def test_a_short_leader_out_of_line_with_the_rows_is_no_leader():
    text = ("  CR/CRi ........................ 80.7%\n"
            "  MRD negativity .. 78.4%\n")
    assert is_leader_row(text, 0) and not is_leader_row(text, text.index("  MRD"))
