"""Two-column plain text: a page exported from a layout tool with two text columns side by side.

A leave-behind or a poster saved as text keeps its two columns on the same lines, a wide gutter of
spaces between them::

    In the phase 3 trial, response was seen    Liver toxicity, including a rare
    in 80.7% of patients vs 29.4% with         occlusive disease, was reported

Read line by line, the sentences of both columns interleave (a value of one column is read with
the words of the other). This module finds such runs of lines and returns the text with each
column on lines of its own: the left column's lines, a blank line, then the right column's lines;
and a :class:`Segment` per piece so that every offset keeps its source line and column.

What is a two-column run (and what is not): the gutter is a display column ``c`` at which text
starts after a gap of at least :data:`MIN_GUTTER` spaces on at least :data:`MIN_SPLIT` lines; a run
is a stretch of lines each of which is blank, ends before the gutter (left column only), starts at
or after it (right column only) or is split at it, with a gap there. It is prose, not a table, when
most split lines fill the left column (wrapped prose; a table's labels are of all lengths), both
sides hold three words a line or more on average (a table's values are short) and no side holds a
second gap of two spaces or more (a table's row has several aligned cells, most of them short: plain-text
tables, :mod:`.plaintables`, are left to the table reader). Lines with a tab are never split.

Cost: one pass over the lines to find candidate gutters, one per candidate run.
"""

from __future__ import annotations

import re
from collections import Counter

from .base import Segment

#: spaces between the columns, at least
MIN_GUTTER = 4
#: lines split at the gutter, at least
MIN_SPLIT = 3
#: words on each side of a split line for it to count as prose
MIN_WORDS = 4
#: a split line whose left part fills this many tenths of the column's width is wrapped prose
FILLED_TENTHS = 6
#: the left column starts this far in at least (a gutter nearer the margin is an indent)
MIN_LEFT = 20
#: a line longer than this is no two-column line
MAX_LINE = 400

_GAP_THEN_TEXT = re.compile(r"(?<=\S) {4,}(?=\S)")
_INNER_GAP = re.compile(r"\S {2,}\S")
#: a cell wholly in brackets: "[29.6 months]", "(see Table 2)"
_BRACKETED = re.compile(r"\[[^\[\]]{0,200}\]|\([^()]{0,200}\)")


def _split_at(line: str, c: int) -> tuple[str, str] | None:
    """(left, right) when ``line`` is split at display column ``c``, else None."""
    if len(line) <= c or line[c] == " " or c < MIN_LEFT:
        return None
    left = line[:c]
    if left[-MIN_GUTTER:] != " " * MIN_GUTTER or not left.strip():
        return None
    return left.rstrip(), line[c:].rstrip()


def _fits(line: str, c: int) -> str | None:
    """How a line sits against gutter ``c``: "blank", "left", "right", "split" or None (crosses it)."""
    if not line.strip():
        return "blank"
    if "\t" in line or len(line) > MAX_LINE:
        return None
    if len(line.rstrip()) <= c - MIN_GUTTER:
        return "left"
    if not line[:c].strip():
        return "right"
    if _split_at(line, c) is not None:
        return "split"
    return None


def _prose(lines: list[str], c: int) -> bool:
    """Whether the split lines of a run read as two columns of prose (module doc)."""
    split = [_split_at(ln, c) for ln in lines]
    split = [s for s in split if s is not None]
    if len(split) < MIN_SPLIT:
        return False
    # a form's labels and their answers ("e. Maximum number of cycles:      [EXAMPLIMAB up to 6; control up to 4]"): a
    # label ending in a colon, or an answer wholly in brackets, on most split lines is a label/value
    # layout, each line a row, not two columns of prose
    labelled = sum(1 for left, right in split if left.rstrip().endswith(":") or _BRACKETED.fullmatch(right.strip()))
    if labelled * 2 > len(split):
        return False
    filled = left_words = right_words = 0
    for left, right in split:
        if _INNER_GAP.search(left.strip()) or _INNER_GAP.search(right.strip()):
            return False
        left_words += len(left.split())
        right_words += len(right.split())
        if len(left) * 10 >= (c - MIN_GUTTER) * FILLED_TENTHS:
            filled += 1
    return filled * 2 > len(split) and left_words >= MIN_WORDS * len(split) * 3 // 4 \
        and right_words >= MIN_WORDS * len(split) * 3 // 4


def find_column_runs(text: str) -> list[tuple[int, int, int]]:
    """(first line, end line, gutter column) of every two-column run of ``text`` (0-based lines)."""
    if "    " not in text:
        return []
    lines = text.split("\n")
    gutters: Counter[int] = Counter()
    for ln in lines:
        if len(ln) > MAX_LINE or "\t" in ln:
            continue
        for m in _GAP_THEN_TEXT.finditer(ln):
            if m.end() >= MIN_LEFT:
                gutters[m.end()] += 1
    runs: list[tuple[int, int, int]] = []
    used = [False] * len(lines)
    for c, count in gutters.most_common():
        if count < MIN_SPLIT:
            break
        k = 0
        while k < len(lines):
            if used[k] or _fits(lines[k], c) is None:
                k += 1
                continue
            j = k
            while j < len(lines) and not used[j] and _fits(lines[j], c) is not None:
                j += 1
            # trim blank lines at the ends
            a, b = k, j
            while a < b and not lines[a].strip():
                a += 1
            while b > a and not lines[b - 1].strip():
                b -= 1
            kinds = [_fits(ln, c) for ln in lines[a:b]]
            if kinds.count("split") >= MIN_SPLIT and _prose(lines[a:b], c):
                runs.append((a, b, c))
                for t in range(a, b):
                    used[t] = True
            k = max(j, k + 1)
    return sorted(runs)


def unfold_columns(text: str) -> tuple[str, list[Segment]]:
    """``text`` with every two-column run's columns one after the other (module doc), and the
    segments that map the new text back to the source; (text, []) when there is no such run."""
    runs = find_column_runs(text)
    if not runs:
        return text, []
    lines = text.split("\n")
    out: list[str] = []
    segments: list[Segment] = []
    pos = 0

    def put(piece: str, line: int, column: int, newline: bool = True) -> None:
        nonlocal pos
        piece = piece + ("\n" if newline else "")
        segments.append(Segment(start=pos, end=pos + len(piece), line=line, column=column))
        out.append(piece)
        pos += len(piece)

    k = 0
    for a, b, c in runs:
        if k < a:
            put("\n".join(lines[k:a]), k + 1, 1)
        lefts, rights = [], []
        for t in range(a, b):
            ln = lines[t]
            kind = _fits(ln, c)
            if kind == "split":
                left, right = _split_at(ln, c)  # type: ignore[misc]
            elif kind == "right":
                left, right = "", ln[c:].rstrip()
            else:
                left, right = ln.rstrip(), ""
            lefts.append((t, left))
            rights.append((t, right))
        for t, left in lefts:
            put(left, t + 1, 1)
        put("", b, 1)  # a blank line between the columns: the left column's last sentence ends there
        for t, right in rights:
            put((" " * c + right) if right else "", t + 1, 1)
        k = b
    if k < len(lines):
        put("\n".join(lines[k:]), k + 1, 1, newline=False)
    else:
        # the text ended with the run: drop the newline added after its last line
        last = segments[-1]
        out[-1] = out[-1][:-1]
        segments[-1] = Segment(start=last.start, end=last.end - 1, line=last.line, column=last.column)
    return "".join(out), segments
