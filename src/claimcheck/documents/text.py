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
    # a box drawn round a passage ("| WARNING: … |" between "+----+" rules): its borders are no cells
    text = unframe_boxes(text)
    # two columns of prose side by side (a layout tool's export): each column read on its own lines
    text, segments = unfold_columns(text)
    # columns lined up with spaces or tabs: cells separated by "|", as the other readers leave tables
    tables = find_plain_tables(text)
    text = apply_plain_tables(text, tables)
    return Document(path=path, text=text, format="text", metadata={"encoding": encoding},
                    segments=segments, tables=[table_grid(text, t) for t in tables])


#: a line of a box drawn round a passage: a border character, the text, a border character
#: ("| Symptoms of differentiation syndrome … |", "│ … │", "║ … ║"), one cell only
_FRAMED = re.compile(r"^([ \t]{0,8})([|\u2502\u2503\u2551])([^|\u2502\u2503\u2551\n]*)([|\u2502\u2503\u2551])[ \t]*$",
                     re.MULTILINE)
#: a box's top, bottom or inner rule ("+-----+", "┌────┐", "╔════╗", "|------|")
_FRAME_RULE = re.compile(r"^[ \t]{0,8}[+|\u250c\u2510\u2514\u2518\u251c\u2524\u2554\u2557\u255a\u255d\u2560\u2563"
                         r"\u2502\u2551][-=_+\u2500\u2550 ]{3,}[+|\u250c\u2510\u2514\u2518\u251c\u2524\u2554\u2557"
                         r"\u255a\u255d\u2560\u2563\u2502\u2551][ \t]*$", re.MULTILINE)


def unframe_boxes(text: str) -> str:
    """A passage in a box drawn with characters (a boxed warning typed in a ``.txt``) read as the
    passage: the border characters of its lines become spaces, so its wrapped sentences run on
    as prose instead of one-cell table rows. A run of at least two framed lines with a rule line
    just above it or just below it is a box; a line with a cell boundary inside it (a table's
    row) is none. Offsets and line numbers are kept (one space for each border character)."""
    if "|" not in text and "\u2502" not in text and "\u2551" not in text and "\u2503" not in text:
        return text
    framed = list(_FRAMED.finditer(text))
    if len(framed) < 2:
        return text
    out = list(text)
    run: list[re.Match] = []

    def flush() -> None:
        if len(run) >= 2 and (_rule_before(text, run[0].start()) or _rule_after(text, run[-1].end())):
            for m in run:
                out[m.start(2)] = " "
                out[m.start(4)] = " "
        run.clear()

    for m in framed:
        if run and text.count("\n", run[-1].end(), m.start()) != 1:
            flush()
        run.append(m)
    flush()
    return "".join(out)


def _rule_before(text: str, at: int) -> bool:
    end = at - 1
    if end < 0:
        return False
    start = text.rfind("\n", 0, end) + 1
    return bool(_FRAME_RULE.fullmatch(text, start, end))


def _rule_after(text: str, at: int) -> bool:
    if at >= len(text):
        return False
    start = at + 1
    end = text.find("\n", start)
    return bool(_FRAME_RULE.fullmatch(text, start, end if end != -1 else len(text)))


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


