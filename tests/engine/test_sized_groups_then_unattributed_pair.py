"""A sentence that names two groups each with its size ("randomised to A (n=247) or B (n=124)", "a
cumulative dose of ≤X (n=161) with >X (n=177)", "(≤X, n=161; >X, n=177)") and a next sentence
that gives a pair of values without naming the groups again ("Median survival was 9.3 versus 5.6
months", "… 50.9% and 90.4%, respectively"): the pair takes the groups in the order they were named
(context.py _sized_pair, through _listed_before). The size between the groups used to break the
list, so both values took the group named last (a false U001/V002 on a correct draft). A pair
written in the wrong order is still a swap, in its own sentence or after the sized groups; a single
value keeps the group named last, as before; groups listed after a comparison put first ("Compared
with A (n=162), B (n=164) …") are not taken in order. The dose groups are also named with a plain
"mg/m2" ("3.3 mg/m2 or less", "more than 3.3 mg/m2": claims library synonyms). Texts written for
this test (Markdown, plain text with wrapped lines, HTML); facts of the shipped XOSPATA and BESPONSA
libraries."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document

RULES = {"V001", "V002", "U001"}
XOS = "XOSPATA (gilteritinib) for relapsed or refractory FLT3-mutated AML"
BES = "BESPONSA (inotuzumab ozogamicin) for relapsed or refractory B-cell ALL"

#: (title, the sentence naming the sized groups, the pair in the right order, the arms in that order)
SIZED = {
    "randomised-or": (
        XOS, "In ADMIRAL, 371 adults were randomised 2:1 to receive XOSPATA (n=247) or salvage chemotherapy (n=124).",
        "Median overall survival was {a} versus {b} months.", ("9.3", "5.6"), ("xospata", "salvage-chemo")),
    "assigned-or-to": (
        XOS, "The trial assigned adults to gilteritinib (n = 247) or to salvage chemotherapy (n = 124).",
        "Median OS: {a} vs {b} months.", ("9.3", "5.6"), ("xospata", "salvage-chemo")),
    "versus-respectively": (
        XOS, "Patients received XOSPATA (N=247) versus salvage chemotherapy (N=124).",
        "The median overall survival was {a} and {b} months, respectively.", ("9.3", "5.6"),
        ("xospata", "salvage-chemo")),
    "comparator-named-first": (
        XOS, "Salvage chemotherapy (n=124) was compared with XOSPATA (n=247).",
        "Median overall survival was {a} vs {b} months.", ("5.6", "9.3"), ("salvage-chemo", "xospata")),
    "dose-compared-with": (
        BES, "Another analysis of 338 BESPONSA-treated adults compared a total cumulative dose of 3.3 mg/m² or "
             "less (n=161) with more than 3.3 mg/m² (n=177).",
        "CR/CRi was {a} vs {b}.", ("50.9%", "90.4%"),
        ("besponsa-low-cumulative-dose", "besponsa-high-cumulative-dose")),
    "dose-against-ascii": (
        BES, "An exploratory look set a total cumulative BESPONSA dose of 3.3 mg/m2 or less (n=161) against "
             "more than 3.3 mg/m2 (n=177).",
        "Rates of CR/CRi were {a} versus {b}.", ("50.9%", "90.4%"),
        ("besponsa-low-cumulative-dose", "besponsa-high-cumulative-dose")),
    "dose-comma-sizes": (
        BES, "Adults given BESPONSA were divided by total cumulative dose (≤3.3 mg/m², n=161; >3.3 mg/m², n=177).",
        "The proportions proceeding to HSCT were {a} and {b}, respectively.", ("42.2%", "42.4%"),
        ("besponsa-low-cumulative-dose", "besponsa-high-cumulative-dose")),
    "randomised-and": (
        BES, "INO-VATE ALL randomised adults to BESPONSA (n=164) and standard chemotherapy (n=162).",
        "Median overall survival was {a} vs {b} months.", ("7.7", "6.2"), ("besponsa", "sc")),
}


def _text(layout, case, a, b):
    title, groups, pair, _, _ = SIZED[case]
    pair = pair.format(a=a, b=b)
    if layout == "md":
        return f"# {title}\n\n{groups} {pair}\n"
    if layout == "txt":   # wrapped at a fixed width, as a plain-text e-mail or handout is
        words, lines, line = f"{groups} {pair}".split(), [], ""
        for w in words:
            if line and len(line) + 1 + len(w) > 60:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        return title + "\n\n" + "\n".join([*lines, line]) + "\n"
    return f"<h1>{title}</h1>\n<p>{groups} {pair}</p>\n"


def _lint(lint_piece, text, layout):
    return sorted((f.rule, f.line) for f in lint_piece(text, f"piece.{layout}", rules=RULES))


@pytest.mark.parametrize("layout", ["md", "txt", "html"])
@pytest.mark.parametrize("case", sorted(SIZED))
def test_a_pair_after_sized_groups_takes_them_in_order(lint_piece, layout, case):
    _, _, _, (a, b), _ = SIZED[case]
    assert _lint(lint_piece, _text(layout, case, a, b), layout) == []


@pytest.mark.parametrize("case", sorted(SIZED))
def test_the_pairs_arms_are_the_groups_in_order(linter, case):
    _, _, _, (a, b), arms = SIZED[case]
    text = _text("md", case, a, b)
    claims = linter.analyse(Document(path="d.md", text=text, format="markdown")).claims
    pair = sorted((c for c in claims if c.text.split()[0] in (a, b) and c.kind != "count"), key=lambda c: c.start)
    assert [c.arm for c in pair] == list(arms)


@pytest.mark.parametrize("layout", ["md", "txt"])
@pytest.mark.parametrize("case", sorted(SIZED))
def test_a_swapped_pair_after_sized_groups_is_caught(lint_piece, layout, case):
    _, _, _, (a, b), _ = SIZED[case]
    if float(a.rstrip("%")) == float(b.rstrip("%")):
        pytest.skip("equal values")
    found = _lint(lint_piece, _text(layout, case, b, a), layout)
    assert found and {r for r, _ in found} <= {"V001", "V002"}, found


@pytest.mark.parametrize("pair", [
    "Median overall survival was 5.6 months with XOSPATA versus 9.3 months with salvage chemotherapy.",
    "Median OS with XOSPATA vs salvage chemotherapy: 5.6 vs 9.3 months.",
])
def test_a_swap_naming_its_own_arms_after_sized_groups_is_still_caught(lint_piece, pair):
    text = (f"# {XOS}\n\nADMIRAL randomised adults to XOSPATA (n=247) or salvage chemotherapy (n=124). "
            f"{pair}\n")
    found = _lint(lint_piece, text, "md")
    assert found and {r for r, _ in found} == {"V002"}, found


@pytest.mark.parametrize("value", ["9.3 months", "5.6 months"])
def test_a_single_value_after_sized_groups_keeps_the_group_named_last(linter, value):
    text = (f"# {XOS}\n\nADMIRAL randomised adults to XOSPATA (n=247) or salvage chemotherapy (n=124). "
            f"Median overall survival was {value}.\n")
    claims = linter.analyse(Document(path="d.md", text=text, format="markdown")).claims
    (single,) = [c for c in claims if c.kind == "duration"]
    assert (single.arm, single.arm_source) == ("salvage-chemo", "context")


def test_groups_listed_after_a_comparison_put_first_are_not_taken_in_order(linter, lint_piece):
    # "Compared with A (n), B (n) …": the subject's value comes first; the list is no order for the pair
    text = (f"# {BES}\n\nCompared with standard chemotherapy (n=162), BESPONSA (n=164) prolonged survival. "
            "Median overall survival was 7.7 vs 6.2 months.\n")
    claims = linter.analyse(Document(path="d.md", text=text, format="markdown")).claims
    assert [c.arm for c in claims if c.kind == "duration"] != ["sc", "besponsa"]
    assert _lint(lint_piece, text, "md") == []
