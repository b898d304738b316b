"""Plain text, plus the helpers the text-format readers share.

Plain text is decoded with a fallback chain and kept exactly as in the file (newlines
normalised). The helpers below are used by the Markdown and HTML readers, which keep the file's
offsets by *blanking* what must not be linted (spaces in place of every character but "\\n"):

* :func:`blank` — the blanking itself;
* *marks* — a reader writes ``BLOCK_MARK``, ``ITEM_MARK``, ``LINE_MARK`` or ``CELL_MARK``
  where it blanked a block-level tag, a list item, a table row or line break, or a table cell
  boundary; :func:`resolve_marks` turns them into blank lines, bullets, newlines and
  ``" | "`` where text would otherwise run together, and returns where it inserted newlines;
* :func:`segments_for_inserted_newlines` — the :class:`Segment` list that keeps
  ``Document.locate`` exact when newlines were inserted;
* :func:`drop_repeated_alts` — an image's alt text is read as content (every reader), but the
  sentences of it that the visible text repeats word for word are blanked (no finding twice);
* :func:`is_citation_marker` — whether a superscript run is a citation/footnote marker to drop
  (``patients1,a``) or part of the text to keep (``mg/m2``, ``1st``, ``®``); shared with the
  PDF and Word readers.
"""

from __future__ import annotations

import bisect
import re

from ..errors import InputError
from .base import Document, Segment
from .columns import unfold_columns
from .plaintables import apply_plain_tables, find_plain_tables, table_grid

_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")

#: written by readers where a block-level element starts or ends (p, div, h1-h6, table, …)
BLOCK_MARK = "\x00"
#: written by readers where a table cell starts or ends (td, th)
CELL_MARK = "\x01"
#: written by readers where a line ends inside a block (tr, br)
LINE_MARK = "\x02"
#: written by readers where a list item starts (li)
ITEM_MARK = "\x03"
_MARKS = (BLOCK_MARK, CELL_MARK, LINE_MARK, ITEM_MARK)

def decode_text(path: str, data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8, then cp1252, then latin-1; refuse binary data.

    Returns (text, encoding). Raises InputError for binary content (NUL bytes or a high share
    of control characters), naming the file.
    """
    sample = data[:8192]
    if b"\x00" in sample:
        raise InputError("binary file (NUL bytes), not a text document", path)
    for encoding in _ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        head = text[:8192]
        # C0 controls but tab, newline, carriage return and form feed (a regex: a Python loop
        # over 8 KiB was most of the time it takes to read a plain-text file)
        controls = len(_CONTROL.findall(head))
        if controls > max(8, len(head) // 20):
            raise InputError("binary file (control characters), not a text document", path)
        return text.replace("\r\n", "\n").replace("\r", "\n"), encoding
    raise InputError("cannot decode as UTF-8, cp1252 or latin-1", path)  # pragma: no cover


def read_text(path: str, data: bytes) -> Document:
    """A plain-text document (the readers' table, documents/__init__.py, picks the reader)."""
    text, encoding = decode_text(path, data)
    # a box drawn round a passage ("| WARNING: … |" between "+----+" rules, "* … *" between "*****"):
    # its borders are no cells, bullets or headings
    text = unframe_boxes(text)
    # two columns of prose side by side (a layout tool's export): each column read on its own lines
    text, segments = unfold_columns(text)
    # columns lined up with spaces or tabs: cells separated by "|", as the other readers leave tables
    tables = find_plain_tables(text)
    text = apply_plain_tables(text, tables)
    return Document(path=path, text=text, format="text", metadata={"encoding": encoding},
                    segments=segments, tables=[table_grid(text, t) for t in tables])


#: the characters a box's sides are drawn with: bars ("| … |", "│ … │", "┃ … ┃", "║ … ║") and the
#: other glyphs a typist frames a passage with ("* … *", "# … #", "= … =", "! … !", "~ … ~", …)
_BARS = "|\u2502\u2503\u2551"
_SIDE_GLYPHS = _BARS + "*#=!~+@%$"
#: a box's top, bottom or inner rule, one whole line: corners round a fill ("+-----+", "┌────┐",
#: "╔════╗", "|------|", "*=====*"), or a solid run of five or more rule characters ("*****",
#: "#####", "=====", "!!!!!", "-----", "━━━━━")
_FRAME_RULE = re.compile(r"^[ \t]{0,8}(?:[+|*#=!~@%$\u250c\u2510\u2514\u2518\u251c\u2524\u2554\u2557\u255a\u255d"
                         r"\u2560\u2563\u250f\u2513\u2517\u251b\u2502\u2503\u2551](?:[ ]*[-=_+*#~\u2500\u2501\u2550]){3,}[ ]*"
                         r"[+|*#=!~@%$\u250c\u2510\u2514\u2518\u251c\u2524\u2554\u2557\u255a\u255d\u2560\u2563"
                         r"\u250f\u2513\u2517\u251b\u2502\u2503\u2551]"
                         r"|[-=_+*#!~@%$\u2500\u2501\u2550]{5,})[ \t]*$", re.MULTILINE)
#: a box's width may pass its rules' by this many characters (a border typed one column out)
_WIDTH_SLACK = 2
#: a run of framed lines longer than this is no box's body (a boxed warning is some tens of lines):
#: a long list of "* item" lines under a rule is never walked to its end
_MAX_BOX_LINES = 150


def _framed_line(line: str) -> tuple[str, int, int, int, int] | None:
    """``line`` read as a line of a box's body: (side glyph, start and end of its left border,
    start and end of its right border: ``-1, -1`` when it has none), or None.

    The left border is one to three of one side glyph (:data:`_SIDE_GLYPHS`) after an indentation of
    at most eight blanks; the glyph other than a bar is followed by a blank or ends the line (a blank
    framed line: "*" or "*      *"), so that "*Note*" or "#3" is no border. The right border is the
    same glyph, one to three of them, after a blank, at the end of the line; a glyph glued to the
    text ("… p<0.05*") is a footnote mark, no border. A bar's line holds no other bar (a table's
    row, with cell boundaries inside it, is no box line) and needs its right border."""
    s = line.lstrip(" \t")
    indent = len(line) - len(s)
    if indent > 8 or not s or s[0] not in _SIDE_GLYPHS:
        return None
    glyph = s[0]
    k = len(s) - len(s.lstrip(glyph))
    if k > 3:
        return None
    rest = s[k:]
    body = rest.rstrip(" \t")
    bar = glyph in _BARS
    if not bar and rest and rest[0] not in " \t":
        return None
    inner = body.rstrip(glyph)
    r = len(body) - len(inner)
    if 1 <= r <= 3 and (bar or not inner or inner[-1] in " \t"):
        right = indent + k + len(inner)
        right_end = right + r
    else:
        right = right_end = -1
    if bar and (right < 0 or any(c in _BARS for c in inner)):
        return None
    return glyph, indent, indent + k, right, right_end


def unframe_boxes(text: str) -> str:
    """A passage in a box drawn with characters (a boxed warning typed in a ``.txt``) read as the
    passage: the border characters of its lines and the rules round them become spaces, so its
    wrapped sentences run on as prose instead of one-cell table rows, bullets ("* … *") or
    headings ("# … #"), and the box is a block of its own (a rule glued no sentence to its title).
    Offsets and line numbers are kept (one space for each border or rule character).

    A box is a run of lines framed with one side glyph (:func:`_framed_line`: bars, box-drawing
    bars, "*", "#", "=", "!", "~", …; blank framed lines count), at least two of them unless a rule
    closes the run on both sides (a title between the top rule and an inner one), and rules
    (:data:`_FRAME_RULE`) round it:

    * every line with a right border, and a rule just above or just below the run; or
    * a rule just above and just below the run, both drawn with the run's side glyph, and no line of
      it wider than the wider rule (a box with its left border only: "* WARNING: …" / "*   wrapped
      line" between two "*****" rules; "* " bullets between "-----" rules are a list).

    Lines led by a glyph without a closing rule on both sides and a right border on each line
    ("* item" bullets of Markdown or of plain text, under a rule or not) are no box and keep their
    structure; a table's rows (a cell boundary inside them) are none either."""
    # the rules first (one pass of a regular expression), then only the lines next to them: a long
    # text is never read line by line in Python
    rules = {m.start(): m.end() for m in _FRAME_RULE.finditer(text)}
    if not rules:
        return text
    out: list[str] | None = None
    done: set[int] = set()
    for rule_start, rule_end in rules.items():
        # the run of framed lines under this rule, and the one over it that no rule heads
        for first in (_run_below(text, rule_end, rules), _run_above(text, rule_start, rules)):
            if first is None or first in done:
                continue
            done.add(first)
            run, after = _framed_run(text, first, rules)
            above = _line_before(text, first) in rules
            below = after in rules
            if not run or (len(run) < 2 and not (above and below)) \
                    or not _is_box(text, run, first, after, above, below, rules):
                continue
            if out is None:
                out = list(text)
            for base, (_, left, left_end, right, right_end) in run:
                out[base + left:base + left_end] = " " * (left_end - left)
                if right >= 0:
                    out[base + right:base + right_end] = " " * (right_end - right)
            # its rules too: the box is a block of its own, as a blank line would set it apart
            for at in ((_line_before(text, first),) if above else ()) + ((after,) if below else ()):
                out[at:rules[at]] = " " * (rules[at] - at)
    return text if out is None else "".join(out)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end == -1 else end


def _line_before(text: str, at: int) -> int:
    """Where the line before the line starting at ``at`` starts (-1 for the first line)."""
    return -1 if at == 0 else text.rfind("\n", 0, at - 1) + 1


def _run_below(text: str, rule_end: int, rules: dict[int, int]) -> int | None:
    """Where the line under a rule starts when it is a framed line, else None."""
    at = rule_end + 1
    if at >= len(text) or at in rules or _framed_line(text[at:_line_end(text, at)]) is None:
        return None
    return at


def _run_above(text: str, rule_start: int, rules: dict[int, int]) -> int | None:
    """Where the run of framed lines just over a rule starts (lines of one glyph, up to a line that
    is not one of them or a rule), else None."""
    at = _line_before(text, rule_start)
    first, glyph = None, None
    for _ in range(_MAX_BOX_LINES + 1):
        if at < 0 or at in rules:
            break
        framed = _framed_line(text[at:_line_end(text, at)])
        if framed is None or (glyph is not None and framed[0] != glyph):
            break
        first, glyph = at, framed[0]
        at = _line_before(text, at)
    return first


def _framed_run(text: str, first: int, rules: dict[int, int]) -> tuple[list, int]:
    """The framed lines of one glyph from the line at ``first`` down, as (line start, framed line)
    pairs, and where the line after them starts (``len(text)`` at the end)."""
    run: list = []
    at, glyph = first, None
    while at < len(text) and at not in rules:
        framed = _framed_line(text[at:_line_end(text, at)])
        if framed is None or (glyph is not None and framed[0] != glyph):
            break
        if len(run) == _MAX_BOX_LINES:
            return [], at     # too long for a box
        run.append((at, framed))
        glyph = framed[0]
        at = _line_end(text, at) + 1
    return run, at


def _is_box(text: str, run: list, first: int, after: int, above: bool, below: bool,
            rules: dict[int, int]) -> bool:
    """Whether the framed lines ``run`` (from ``first`` to the line at ``after``) are a box's body
    (:func:`unframe_boxes`)."""
    if all(f[3] >= 0 for _, f in run):
        return above or below
    if not (above and below):
        return False
    top = _line_before(text, first)
    # a left border only: the rules are drawn with the side glyph ("*****" over "* WARNING …"); "* "
    # lines between rules of another glyph ("-----" over and under a list) are a list's bullets
    glyph = run[0][1][0]
    if glyph not in _BARS and any(glyph not in text[at:rules[at]] for at in (top, after)):
        return False
    width = max(len(text[top:rules[top]].rstrip()), len(text[after:rules[after]].rstrip()))
    return all(len(text[at:_line_end(text, at)].rstrip()) <= width + _WIDTH_SLACK for at, _ in run)


# ------------------------------------------------------------------ shared helpers
_NOT_NEWLINE = re.compile(r"[^\n]")


#: a footnote mark given as a superscript (``<sup>a</sup>``, ``<sup>†</sup>``, ``<sup>1</sup>``) is
#: dropped with the citation markers, but a single letter, digit or footnote symbol leaves its mark
#: in the text (a superscript letter or digit, the symbol), so that a result and the footnote it
#: points to can be tied ("Overall survivalᵃ" … "ᵃThe primary endpoint was not met", "51%¹" …
#: "¹Post hoc analysis")
SUPERSCRIPT_LETTERS = dict(zip("abcdefghijklmnoprstuvwxyz", "\u1d43\u1d47\u1d9c\u1d48\u1d49\u1da0\u1d4d\u02b0"
                                                          "\u2071\u02b2\u1d4f\u02e1\u1d50\u207f\u1d52\u1d56"
                                                          "\u02b3\u02e2\u1d57\u1d58\u1d5b\u02b7\u02e3\u02b8\u1dbb"))
SUPERSCRIPT_DIGITS = dict(zip("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"))
_MARK_SYMBOLS = "*\u2020\u2021\u00a7\u00b6\u2016"


def footnote_mark(marker: str, prev: str, nxt: str, start: int, end: int) -> tuple[int, str] | None:
    """(offset, marks) to leave in place of a dropped superscript ``marker`` spanning [start, end),
    with ``prev``/``nxt`` the characters around it: footnote symbols (at the start, glued to what
    they mark, as typed: "survival†") or letters or digits (put where they glue to no word: at the
    start after a non-word character, else at the end before one), one or a list of them
    ("<sup>b,c</sup>": "ᵇ,ᶜ", each tying the result to its own footnote); None otherwise (a number
    of two digits, a range "2-4", a mark between two words)."""
    items = [x.strip() for x in marker.strip().split(",")]
    marks = [SUPERSCRIPT_LETTERS.get(x) or SUPERSCRIPT_DIGITS.get(x)
             or (x if len(x) == 1 and x in _MARK_SYMBOLS else None) for x in items]
    if None in marks:
        return None
    mark = ",".join(marks)
    if end - start < len(mark) + 1:
        return None
    if all(m == x for m, x in zip(marks, items)) or not prev.isalnum():   # symbols glue to the word they mark
        return start, mark
    if not nxt.isalnum():
        return end - len(mark), mark
    return None


def blank(s: str) -> str:
    """``s`` with every character but newline replaced by a space (same length, same lines)."""
    if "\n" not in s:
        return " " * len(s)
    return _NOT_NEWLINE.sub(" ", s)


def sanitize_marks(text: str) -> str:
    """Remove stray mark characters from source text (same length), so marks stay unambiguous."""
    for mark in _MARKS:
        if mark in text:
            text = text.replace(mark, " ")
    return text


def line_starts(text: str) -> list[int]:
    """Offsets at which each line of ``text`` starts (0 first)."""
    starts = [0]
    append = starts.append
    find = text.find
    i = find("\n")
    # str.find runs at C speed between newlines (no match object per line, as with finditer)
    while i != -1:
        i += 1
        append(i)
        i = find("\n", i)
    return starts


_ANY_MARK = re.compile(r"[\x00-\x03]")
_BLANK_RUN = re.compile(r"[ \t\x00-\x03]*")
_BLANK_CHARS = " \t\x00\x01\x02\x03"


def _mark_runs(text: str):
    """(start, end) of each maximal run of blanks (space, tab, marks) that holds a mark.

    Found from the marks (a plain character-class search), each run then extended both ways.
    A single regex that matches whole runs has to be tried at every character of the text, and
    was most of the time of resolve_marks. This stays linear on hostile input, as that regex was
    (tests/test_regex_safety.py): the slices ``text[pos:mark]`` are disjoint, so every character
    is scanned once.
    """
    pos = 0
    search = _ANY_MARK.search
    blank_run = _BLANK_RUN.match
    while True:
        m = search(text, pos)
        if m is None:
            return
        mark = m.start()
        # text[pos] is not a blank (runs are maximal), so the run cannot reach back past pos
        start = pos + len(text[pos:mark].rstrip(_BLANK_CHARS))
        end = blank_run(text, mark).end()
        yield start, end
        pos = end


def resolve_marks(text: str) -> tuple[str, list[int]]:
    """Replace marks; return the new text (same length) and the offsets of inserted newlines.

    The sentence splitter ends a sentence at a blank line or before a line-initial bullet, and
    an inline suppression covers the block up to the next blank line. So blocks get a blank
    line, list items a newline and a bullet, table rows a newline, cells a pipe. A run of blanks
    holding marks becomes, by its strongest mark ("text before/after" = on the same line):

    * block: ``"\n\n"`` with text on both sides, ``"\n"`` with text on one side (the source's
      own line break makes the blank line), spaces when the run fills its line;
    * item: a newline after text (unless a block mark gave one), then the bullet ``"- "``;
    * line: ``"\n"`` with text on both sides, else spaces;
    * cell: ``" | "`` with text on both sides, else spaces.
    """
    if not any(mark in text for mark in _MARKS):
        return text, []
    pieces: list[str] = []
    inserted: list[int] = []
    pos = 0
    n = len(text)
    for s, e in _mark_runs(text):
        run = text[s:e]
        width = e - s
        before = s > 0 and text[s - 1] != "\n"
        after = e < n and text[e] != "\n"
        newline = ""
        if BLOCK_MARK in run and (before or after):
            newline = "\n\n" if before and after else "\n"
        elif (ITEM_MARK in run and before) or (LINE_MARK in run and before and after):
            newline = "\n"
        if ITEM_MARK in run:
            rep = newline + "- "
        elif not newline and CELL_MARK in run and before and after:
            rep = " | "
        else:
            rep = newline
        while len(rep) > width:  # too little room: keep what matters most
            rep = rep[1:] if rep.startswith("\n\n") else rep[:-1]
        new = [s + k for k, ch in enumerate(rep) if ch == "\n"]
        pieces.append(text[pos:s])
        pieces.append(rep + " " * (width - len(rep)))
        inserted += new
        pos = e
    pieces.append(text[pos:])
    return "".join(pieces), inserted


def segments_for_inserted_newlines(
    length: int, inserted: list[int], source_line_starts: list[int]
) -> list[Segment]:
    """Segments that map offsets back to the *source* lines after newlines were inserted.

    ``inserted`` are offsets where the text holds a newline the source does not. A new segment
    starts after each; its line/column are those of the same offset in the source.
    """
    if not inserted:
        return []
    segments: list[Segment] = []
    start = 0
    for end in [p + 1 for p in inserted] + [length]:
        index = bisect.bisect_right(source_line_starts, start) - 1
        segments.append(
            Segment(start=start, end=end, line=index + 1, column=start - source_line_starts[index] + 1)
        )
        start = end
    return segments


def span_text(text: str, start: int, end: int) -> tuple[int, str]:
    """(offset of the first non-blank character in text[start:end], that stripped text)."""
    chunk = text[start:end]
    stripped = chunk.lstrip()
    offset = start + len(chunk) - len(stripped)
    return offset, stripped.rstrip()


# ------------------------------------------------------------------ image alt text
#: where an alt text is cut into sentences to compare with the page's visible text
_ALT_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n")
#: a repeated piece shorter than this (normalised) is kept: a few words recur by chance
_MIN_REPEAT = 12
_MARK_SPACES = str.maketrans({mark: " " for mark in _MARKS})


def _normalised(text: str) -> str:
    return " ".join(text.translate(_MARK_SPACES).split()).casefold()


def _holds(text: str, piece: str) -> bool:
    """``text`` holds ``piece`` as whole words (no letter, digit or decimal point glued on)."""
    at = text.find(piece)
    while at != -1:
        before = text[at - 1:at]
        after = text[at + len(piece):at + len(piece) + 1]
        if not (before.isalnum() or before in ".,") and not after.isalnum() and not (
                after in ".," and text[at + len(piece) + 1:at + len(piece) + 2].isdigit()):
            return True
        at = text.find(piece, at + 1)
    return False


#: an Office drawing's "decorative" flag (an extension of its non-visual properties)
_DECORATIVE = "}decorative"
#: the picture elements of DrawingML (a graphic frame holding a chart or a diagram is no picture)
_PICTURE_TAGS = ("}pic", "}blip")


def image_descriptions(element, tag: str, skip, only_pictures: bool = False) -> list[str]:
    """The alt texts (``descr`` of each ``tag`` element under ``element``, an Office package's
    XML) worth reading: not blank, with a letter or digit, not marked decorative, and not one of
    an element ``skip(el)`` rejects (nested in a text box: read there). ``only_pictures``: only
    where the element's shape holds a picture (a text shape's alt text restates its text)."""
    out: list[str] = []
    for el in element.iter(tag):
        descr = " ".join((el.get("descr") or "").split())
        if not descr or not _WORD.search(descr) or skip(el):
            continue
        if any(str(x.tag).endswith(_DECORATIVE) and (x.get("val") or "").strip().lower() in ("1", "true")
               for x in el.iter()):
            continue
        if only_pictures:
            shape = el.getparent().getparent() if el.getparent() is not None else None
            if shape is None or not any(str(x.tag).endswith(_PICTURE_TAGS) for x in shape.iter()):
                continue
        out.append(descr)
    return out


_WORD = re.compile(r"\w")


def drop_repeated_alts(buf, alts: list[tuple[int, int]]):
    """Blank (in ``buf``) each sentence of an alt text that the page's visible text repeats word
    for word (case and spacing aside): an image whose alt restates its caption or the paragraph
    beside it would otherwise give every finding twice. A sentence of the alt that the visible
    text does not hold (the figure's own claims) stays and is linted; so does the alt of a page
    whose text says it in other words (both places carry the claim, both are reported).

    ``buf``: a list of characters, changed in place (the text readers, before their marks are
    resolved), or a string, the changed string returned (the Office readers' assembled text)."""
    as_text = isinstance(buf, str)
    if not alts:
        return buf if as_text else None
    if as_text:
        buf = list(buf)
    visible = buf[:]
    for s, e in alts:
        visible[s:e] = blank("".join(buf[s:e]))
    seen = _normalised("".join(visible))
    for s, e in alts:
        value = "".join(buf[s:e])
        pos = 0
        for m in [*_ALT_SENTENCE_END.finditer(value), None]:
            end = m.start() if m else len(value)
            piece = _normalised(value[pos:end]).rstrip(".!?;: ")
            if len(piece) >= _MIN_REPEAT and _holds(seen, piece):
                buf[s + pos:s + end] = blank(value[pos:end])
            pos = m.end() if m else end
    return "".join(buf) if as_text else None


# ------------------------------------------------------------------ superscripts
_CITATION = re.compile(r"[0-9a-z*\u2020\u2021\u00a7\u00b6#,;\-\u2013\u2014\s]{1,24}")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)")
_EXPONENT = re.compile(r"[-\u2212]?\d{1,2}")
_EXPONENT_BASE = re.compile(r"(?:\bm|\bcm|\bmm|\bkm|10)\s*$")


def is_citation_marker(marker: str, before: str = "") -> bool:
    """Whether a superscript run is a citation/footnote marker (to drop) rather than text.

    Markers are digits, lower-case letters, commas, dashes and the footnote symbols
    (``1,a``, ``2-4``, ``*``, ``†``). Kept: ordinals after a digit (``1st``), exponents after a
    unit or ten (``mg/m2``, ``10⁹``), and anything else (``®``, ``TM``).
    """
    marker = marker.strip()
    if not marker or not _CITATION.fullmatch(marker):
        return False
    before = before.rstrip()
    if before[-1:].isdigit() and _ORDINAL.fullmatch(marker):
        return False
    if _EXPONENT.fullmatch(marker) and _EXPONENT_BASE.search(before):
        return False
    return True
def join_runs(runs) -> str:
    """The text of a paragraph's runs, given as ``(text, raised)`` in order: raised runs in a row
    form one superscript, dropped when it is a citation marker (:func:`is_citation_marker`) and
    kept glued to the text otherwise. The Word and PowerPoint readers both read runs this way."""
    parts: list[str] = []
    sup: list[str] = []

    def flush() -> None:
        if sup:
            marker = "".join(sup)
            if not is_citation_marker(marker, "".join(parts)[-12:]):
                parts.append(marker)
            sup.clear()

    for text, raised in runs:
        if raised:
            sup.append(text)
        else:
            flush()
            parts.append(text)
    flush()
    return "".join(parts)


