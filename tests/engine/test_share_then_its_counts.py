"""A share, the words of what they did, then its n/N in a bracket of its own at the end: "87.0%" alone
on its line (an infographic's big number) over "of patients who became MRD-negative did so within 2
cycles (80 of 92)", or the same in one line. The text's own arithmetic: A001 where n/N does not round
to the share, whatever the claims library says. Not where the words set another group against the
first ("vs 21.6% with chemotherapy (79/164 vs 35/162)"), make the counts another group's ("mostly
after transplant", "including"), or the bracket holds more than the counts. Texts written for this
test (other figures, endpoints and products than the probe that showed the class)."""

from __future__ import annotations

import pytest

HEAD = "# EXAMPLIMAB at a glance\n\n"

WRONG = [
    ("64.0%\nof responders stayed in remission for at least 6 months (57 of 93)\n", "piece.txt"),
    ("41.5%\nreached transfusion independence\nwithin 3 cycles (27/70)\n", "piece.txt"),
    ("**72%**  \nof patients completed all 4 doses (41 out of 62)\n", "piece.md"),
    ("33.3% of adults in the extension cohort needed a dose delay (20 of 52).\n", "piece.md"),
    ("<p><b>12.5%</b><br>discontinued for adverse reactions (9/80)</p>\n", "piece.html"),
]
RIGHT = [
    ("64.0%\nof responders stayed in remission for at least 6 months (57 of 89)\n", "piece.txt"),
    ("41.5%\nreached transfusion independence\nwithin 3 cycles (27/65)\n", "piece.txt"),
    ("**72%**  \nof patients completed all 4 doses (45 out of 62)\n", "piece.md"),
    ("33.3% of adults in the extension cohort needed a dose delay (20 of 60).\n", "piece.md"),
    ("<p><b>12.5%</b><br>discontinued for adverse reactions (10/80)</p>\n", "piece.html"),
]
OTHER_GROUP = [
    "48.2%\nof EXAMPLIMAB patients went on to transplant, vs 21.6% with chemotherapy (79/164 vs 35/162)\n",
    "14%\nof patients had the event, mostly after transplant (18 of 79)\n",
    "30%\nof patients had a grade 3 event, including sepsis (4 of 80)\n",
    "55%\nresponded in the first cycle (n = 109)\n",
    "55%\nresponded in the first cycle (60 of 109 randomized; 2 not treated)\n",
]


def _a001(lint_piece, text, name):
    return [f for f in lint_piece(HEAD + text, name=name) if f.rule == "A001"]


@pytest.mark.parametrize("text,name", WRONG)
def test_counts_after_the_words_that_do_not_give_the_share(lint_piece, text, name):
    found = _a001(lint_piece, text, name)
    assert len(found) == 1, [f.message for f in found]


@pytest.mark.parametrize("text,name", RIGHT)
def test_counts_that_give_the_share_are_clean(lint_piece, text, name):
    assert _a001(lint_piece, text, name) == []


@pytest.mark.parametrize("text", OTHER_GROUP)
def test_counts_of_another_group_are_not_paired(lint_piece, text):
    assert _a001(lint_piece, text, "piece.txt") == []
