"""Confidence intervals listed apart from the figures they belong to -- in the next cell of the same
table row ("| 80.7% vs 29.4% … | Quote the 95% CIs: 72.1–87.7 and 21.0–38.8 |") or in the sentence after
the figures' ("… 7.7 vs 6.2 months. The 95% CIs were 6.0 to 9.2 and 4.7 to 8.3.") -- are the figures'
own, in order (claims._intervals_apart): a bound changed from the claims library's interval is V001,
as for an interval written beside its figure. Before, such intervals were never read, so a wrong bound
passed. Intervals whose owners the order does not settle (named in another order, a difference's, more
or fewer than the figures) are left alone.

Texts written for this test; facts of the shipped libraries."""

from __future__ import annotations

import pytest

BES = "BESPONSA (inotuzumab ozogamicin) in adults with relapsed or refractory B-cell precursor ALL.\n\n"

# (body template with {a} and {b}, file name, the right intervals, a wrong first or second one, the figure
# whose line the finding is on)
LAYOUTS = [
    # a claims grid in Markdown: the intervals in the qualifier cell of the claim's row
    ("| Ref | Claim text | Qualifier |\n|---|---|---|\n"
     "| C-1 | In the first 218 randomized patients, CR/CRi was 80.7% with BESPONSA and 29.4% with standard "
     "chemotherapy. | Quote the 95% CIs if there is room: {a} and {b}. |\n",
     "piece.md", ("72.1–87.7", "21.0–38.8"), ("72.1–85.7", "21.0–38.8"), "80.7%"),
    # the same in an HTML table
    ("<table><tr><th>Claim</th><th>Note</th></tr>\n"
     "<tr><td>CR/CRi in the first 218 randomized: 80.7% on BESPONSA vs 29.4% on chemotherapy</td>"
     "<td>95% CIs: {a} and {b}</td></tr>\n</table>\n",
     "piece.html", ("72.1-87.7", "21.0-38.8"), ("72.1-87.7", "23.0-38.8"), "80.7%"),
    # a later sentence of the paragraph, durations
    ("Median overall survival was 7.7 months with BESPONSA and 6.2 months with standard chemotherapy.\n"
     "The 95% confidence intervals were {a} and {b}.\n",
     "piece.txt", ("6.0 to 9.2", "4.7 to 8.3"), ("6.0 to 9.2", "4.7 to 8.8"), "6.2 months"),
    # the later sentence on the same line, a plain-text grid cell
    ("Among the first 218 patients randomized, 80.7% (BESPONSA) and 29.4% (chemotherapy) reached CR/CRi. "
     "Their 95% CIs are {a} and {b}.\n",
     "piece.md", ("72.1-87.7", "21.0-38.8"), ("70.1-87.7", "21.0-38.8"), "80.7%"),
    # one figure a cell, the arms' intervals listed in the row's note cell after its p-value, no colon
    ("| Outcome | BESPONSA | Chemotherapy | Comment |\n|---|---|---|---|\n"
     "| CR/CRi in the first 218 randomized | 80.7% (88/109) | 29.4% (32/109) | P<0.001; 95% CIs {a} and {b} |\n",
     "piece.md", ("72.1–87.7", "21.0–38.8"), ("72.1–87.7", "21.0–36.8"), "80.7%"),
    ("<table><tr><th>Endpoint</th><th>BESPONSA</th><th>SC</th><th>Remarks</th></tr>\n"
     "<tr><td>Median OS, months</td><td>7.7</td><td>6.2</td><td>95% CIs {a} and {b}</td></tr>\n</table>\n",
     "piece.html", ("6.0-9.2", "4.7-8.3"), ("6.9-9.2", "4.7-8.3"), "7.7"),
    # one figure, one interval, in the next cell
    ("| Endpoint | Figure | Interval |\n|---|---|---|\n"
     "| Median overall survival with BESPONSA | 7.7 months | 95% CI: {a} |\n",
     "piece.md", ("6.0–9.2", None), ("6.0–9.9", None), "7.7 months"),
]


def _found(lint_piece, body, name, a, b):
    text = BES + body.format(a=a, b=b)
    return sorted((f.rule, f.line) for f in lint_piece(text, name, rules={"V001", "V002", "A002"}))


@pytest.mark.parametrize("body, name, right, wrong, figure", LAYOUTS)
def test_intervals_listed_apart_are_checked_bound_by_bound(lint_piece, body, name, right, wrong, figure):
    text = BES + body
    line = text[:text.index(figure)].count("\n") + 1
    assert _found(lint_piece, body, name, *right) == []
    got = _found(lint_piece, body, name, *wrong)
    assert ("V001", line) in got, got
    assert all(rule != "V001" or at == line for rule, at in got), got


@pytest.mark.parametrize("body", [
    # the intervals named in the other order than the figures: their order pairs nothing
    "CR/CRi in the first 218 randomized: 80.7% with BESPONSA vs 29.4% with chemotherapy. "
    "The 95% CIs for chemotherapy and BESPONSA were 21.0-38.8 and 72.1-87.7.\n",
    "CR/CRi in the first 218 randomized: 80.7% with BESPONSA vs 29.4% with chemotherapy. "
    "The 95% CIs were 21.0-38.8 and 72.1-87.7, respectively, for chemotherapy and BESPONSA.\n",
    # the interval of a difference no figure states
    "| Claim | Note |\n|---|---|\n| CR/CRi in the first 218 randomized: 80.7% vs 29.4% | 95% CI for the "
    "difference: 40.2-62.4 |\n",
    # more figures than intervals
    "Median overall survival was 7.7 vs 6.2 months; at 2 years 22.8% vs 10.0% were alive. "
    "The 95% CIs were 6.0-9.2 and 4.7-8.3.\n",
    # the figures' sentence broken over lines: its first line's figures count too (four figures, two intervals)
    "In the first 218 randomized, CR/CRi was 80.7% vs 29.4%, and MRD negativity among responders\n"
    "was 78.4% vs 28.1%. The 95% CIs were 70.0-80.0 and 20.0-30.0.\n",
    # figures in two cells of the row before the interval's cell: whose interval it is is not said
    "| Endpoint | BESPONSA | Chemotherapy | Interval |\n|---|---|---|---|\n"
    "| CR/CRi, first 218 randomized | 80.7% | 29.4% | 95% CI: 21.0-38.8 |\n",
    # a sentence that does not open with the intervals
    "Median overall survival was 7.7 months with BESPONSA and 6.2 months with chemotherapy. In a later "
    "update the 95% CIs were 5.1-9.9 and 3.2-8.0.\n",
])
def test_intervals_whose_owners_the_order_does_not_settle_are_left_alone(lint_piece, body):
    assert [f for f in lint_piece(BES + body, "piece.md", rules={"V001", "V002"})] == []
