"""A001 for a count and its share whose total is stated in words elsewhere in the sentence, and for
two shares whose n/N are listed in a bracket after them, whatever the layout: the sentence wrapped over
lines (a memo's hanging indent), typed in a box of "|" or box-drawing sides (with or without rules
above and below it), the total on the line above the count ("Of the 64 patients who went on to a
stem-cell\\n   transplant, 11 (21.9%) ..."), the total after the bracket ("21.9% (11 patients) of the
64 ..."), the list closed on words of its own ("(45/72 vs 30/70, per protocol)") or wrapped inside its
bracket. Both sides: a percentage n/N does not give is caught, one it gives (rounded half up, half to
even or truncated) is clean, and a count whose N is another group's than the one stated first is not
judged against it. Texts written for this test (a product and figures of their own)."""

from __future__ import annotations

import pytest

HEAD = "# EXAMPLIMAB at a glance\n\n"


def _a001(lint_piece, text, name):
    return [f for f in lint_piece(HEAD + text, name=name) if f.rule == "A001"]


def _box(lines: list[str], sides: str = "|", rules: bool = True) -> str:
    width = max(map(len, lines)) + 2
    fill = "\u2500" if sides == "\u2502" else "-"
    top, bottom = ("\u250c", "\u2510"), ("\u2514", "\u2518")
    if sides == "|":
        top = bottom = ("+", "+")
    body = "\n".join(f"{sides} {t.ljust(width - 2)} {sides}" for t in lines)
    if not rules:
        return body + "\n"
    return f"{top[0]}{fill * width}{top[1]}\n{body}\n{bottom[0]}{fill * width}{bottom[1]}\n"


# ------------------------------------------------------------------ a count, its total stated apart
# 11/64 = 17.19%: 17.2% (half up), 17.1% (truncated) and 17% are right, 21.9% is not;
# 37/140 = 26.43%: 26.4% and 26% are right, 31.4% is not
COUNT_FORMS = [
    ("Of the 64 patients who went on to a stem-cell\ntransplant, 11 ({p}) had graft failure.\n", "piece.md"),
    ("   2b. Engraftment. Of the 64 patients who went on to a\n       stem-cell transplant, 11 ({p}) had graft "
     "failure,\n       and 4 of these 11 needed a second graft.\n", "memo.txt"),
    ("Among 64 adults who had\nbeen transplanted, 11 patients ({p}) had graft failure.\n", "piece.md"),
    ("Graft failure occurred in {p} (11 patients) of the 64 who were transplanted.\n", "piece.md"),
    ("Graft failure occurred in {p} (n=11) of the\n64 adults who were transplanted.\n", "piece.txt"),
    (_box(["Of the 64 patients who went on to a", "transplant, 11 ({p}) had graft failure."]), "card.txt"),
    (_box(["Of the 64 patients who went on to a", "transplant, 11 ({p}) had graft failure."], "\u2502"), "card.md"),
    (_box(["Of the 64 patients who went on to a", "transplant, 11 ({p}) had graft failure."], rules=False),
     "card.md"),
]


@pytest.mark.parametrize("form,name", COUNT_FORMS)
@pytest.mark.parametrize("p", ["21.9%", "24%"])
def test_a_count_whose_stated_total_does_not_give_its_share(lint_piece, form, name, p):
    found = _a001(lint_piece, form.format(p=p), name)
    assert len(found) == 1, [f.message for f in found]
    assert "11" in found[0].message and "64" in found[0].message


@pytest.mark.parametrize("form,name", COUNT_FORMS)
@pytest.mark.parametrize("p", ["17.2%", "17.1%", "17%"])
def test_a_count_whose_stated_total_gives_its_share_is_clean(lint_piece, form, name, p):
    assert _a001(lint_piece, form.format(p=p), name) == []


@pytest.mark.parametrize("p,bad", [("31,4 %", True), ("26,4 %", False), ("26 %", False)])
def test_decimal_commas(lint_piece, p, bad):
    text = f"A dose reduction was needed in {p} (37 patients) of the 140\nadults in the maintenance phase.\n"
    found = [f for f in lint_piece(HEAD + text, name="piece.md", market="EU") if f.rule == "A001"]
    assert bool(found) is bad


OTHER_TOTAL = [
    # the count is of the 64 who went on, not of the 140 named first
    "Of the 140 adults randomized, 64 went on to a transplant; 11 (17.2%) of those had graft failure.\n",
    "Of the 140 adults randomized, 64 went on to a\ntransplant; 11 (17.2%) of those had graft failure.\n",
    "Of the 140 adults randomized, 64 went on to a transplant,\nand 11 (17.2%) had graft failure.\n",
    # a number after the bracket that is no total: a unit of time
    "Graft failure occurred in 17.2% (11 patients) of the 30 days after transplant.\n",
]


@pytest.mark.parametrize("text", OTHER_TOTAL)
def test_a_count_of_another_group_is_not_judged_against_the_first_total(lint_piece, text):
    assert _a001(lint_piece, text, "piece.md") == []


# ------------------------------------------------------------------ two shares, their n/N listed after
# 45/72 = 62.5%, 28/70 = 40.0%; 30/70 = 42.9% is the changed count
LIST_FORMS = [
    ("Maintenance was completed by 62.5% vs 40.0% (45/72 vs {n}/70, per protocol).\n", "piece.md"),
    ("Maintenance was completed by 62.5% and 40.0% (45/72 and {n}/70, respectively).\n", "piece.md"),
    ("62.5% with EXAMPLIMAB vs 40.0% with placebo completed maintenance (45 of 72 vs {n} of 70 patients, "
     "ITT).\n", "piece.md"),
    ("Maintenance was completed by 62.5% vs 40.0%\n(45/72 vs {n}/70, per protocol).\n", "piece.md"),
    ("Maintenance was completed by 62.5% and 40.0% (45/72\n      and {n}/70), respectively.\n", "piece.txt"),
    (_box(["3. STAYING ON TREATMENT", "   62.5% vs 40.0% completed maintenance (45/72 vs {n}/70, ITT)."]),
     "card.txt"),
    (_box(["Maintenance was completed by 62.5% and 40.0%", "(45/72 and {n}/70), respectively."], "\u2502"),
     "card.md"),
    (_box(["Maintenance was completed by 62.5% and 40.0%", "(45/72 and {n}/70), respectively."], rules=False),
     "card.md"),
    (_box(["Maintenance was completed by 62.5% and 40.0% (45/72", "and {n}/70, per protocol), respectively."]),
     "card.md"),
]


@pytest.mark.parametrize("form,name", LIST_FORMS)
def test_a_changed_count_in_a_list_after_its_shares_is_caught(lint_piece, form, name):
    found = _a001(lint_piece, form.format(n=30), name)
    assert len(found) == 1, [f.message for f in found]
    assert "30/70" in found[0].message and "40.0%" in found[0].message


@pytest.mark.parametrize("form,name", LIST_FORMS)
def test_a_list_that_gives_its_shares_is_clean(lint_piece, form, name):
    assert _a001(lint_piece, form.format(n=28), name) == []
