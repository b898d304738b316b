"""PDF reader: pdfplumber words with positions and font sizes, read back from the page layout.

Per page:

1. words (``page.extract_words`` with the font size, after duplicate glyphs drawn twice are
   removed; rotated text is left out) are grouped into visual lines;
2. superscripts: a word clearly smaller than the word it is glued to (size ≤ 0.8×) and raised
   (its bottom ≥ 0.2 em above the neighbour's) is a citation marker and dropped when it looks
   like one (``patients1,a``, ``0.001)2,a``, a footnote label ``a`` opening a line); other
   superscripts (``mg/m2``, ``®``) stay glued to their word;
3. ruled tables found by ``page.find_tables()`` are read cell by cell (rows become lines with
   cells joined by ``" | "``) and fill ``Document.tables``;
4. the remaining words are ordered by a recursive XY-cut: a vertical white channel splits the
   region into columns when both sides read like text (≥ 2 lines, ≥ 2 words a line, mostly
   letters); a horizontal white band splits blocks;
5. unruled tables are found by column alignment (:func:`_aligned_runs`; rows the XY-cut set
   apart by white bands, and a header row printed under a heading, are one region again first:
   :func:`_merge_table_bands`): lines sharing white
   channels whose cells line up and whose gaps between cells are wider than the spaces inside
   them; rows by spacing or by a new first-column entry; each part of a wrapped cell keeps the
   line and column it was printed at (``_Line.parts``);
6. a bullet with a tab gap starts a block and keeps its wrapped lines;
7. lines are numbered per page in reading order (1-based); the column is the position in the
   extracted line text. Lines of a block are joined by "\n", blocks by "\n\n" (consecutive list
   items by "\n"), except a line the typesetter wrapped (:func:`_wrapped`: it reached its column's
   right edge and the next word would not have fitted), joined by a space: a paragraph is one line
   of text, as in the drafts (the engine reads a newline as a clause end); each printed line stays
   a segment of its own, so locations stay exact.

Over the whole document (:func:`_assemble`): running headers and footers (text repeated in the
top or bottom margin of several pages) and footnotes (small type under a separator rule) leave the
reading flow and are linted after it, located where they are printed; a block that starts a new
column or page and continues an open sentence is joined to it; a table cut by a column break
loses its repeated header and its cut row is mended; ligatures are expanded; a replacement
character between letters is repaired when ff/fi/fl/ffi/ffl gives a known word; a word
hyphenated at a line end is joined, the hyphen dropped only when it is the typesetter's
(:func:`_layout_hyphen`: soft hyphen, the document's own usage, the en-US hyphenation patterns)
and kept when written (``CD22-positive``, ``2-year``, ``MRD-negative``, ``veno-occlusive``).
"""

from __future__ import annotations

import io
import logging
import re
import statistics
from dataclasses import dataclass, field

from ..errors import InputError
from .base import Document, Segment
from .pdf_limits import PdfLimitError, layout, limits
from .text import is_citation_marker

# pdfminer logs warnings about harmless PDF quirks; keep them out of a user's terminal
logging.getLogger("pdfminer").addHandler(logging.NullHandler())
logging.getLogger("pdfplumber").addHandler(logging.NullHandler())

#: refuse PDFs with more pages than this (documented in docs/formats.md)
MAX_PDF_PAGES = 2000

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_SUP_SIZE = 0.8  # a superscript is at most this fraction of its neighbour's size
_SUP_RAISE = 0.2  # … and its bottom at least this many ems above the neighbour's
_NOT_LETTERS = re.compile(r"[^A-Za-z\u00c0-\u024f]")


@dataclass
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    glue: bool = False  # joined to the previous word without a space
    table: "_PdfTable | None" = None  # a pseudo-word standing for a whole table


@dataclass
class _Line:
    text: str
    number: int
    column: int = 1
    #: for table rows, per grid column: (row index where the cell was placed, start in that
    #: row's text, cell text) — a merged cell points at the row/start of the covering cell
    cells: list[tuple[int, int, str]] | None = None
    table_id: int | None = None
    #: the row's index in its table (cells point at rows by this index)
    row: int = 0
    #: a row read by column alignment (an unruled table)
    aligned: bool = False
    #: opens with a list marker followed by a tab gap (a real list item)
    listed: bool = False
    #: geometry of the visual line (points, top-left origin) and its median font size
    top: float = 0.0
    bottom: float = 0.0
    x0: float = 0.0
    x1: float = 0.0
    size: float = 0.0
    page: int = 0
    #: the line belongs to a block that opens with a list item
    listed_block: bool = False
    #: a row of an unruled table assembled from several visual lines: (start in ``text``,
    #: source line number, source column) for each fragment, in order
    parts: list[tuple[int, int, int]] | None = None


@dataclass
class _PdfTable:
    bbox: tuple[float, float, float, float]
    lines: list[_Line] = field(default_factory=list)


# ------------------------------------------------------------------ entry point
def read_pdf(path: str, data: bytes) -> Document:
    try:
        import pdfplumber
    except ImportError:  # pragma: no cover - declared dependency
        raise InputError("reading PDF needs pdfplumber (pip install pdfplumber)", path) from None
    pages: list[_Page] = []
    try:
        with limits(), pdfplumber.open(io.BytesIO(data)) as pdf:
            count = len(pdf.pages)
            if count > MAX_PDF_PAGES:
                raise InputError(f"PDF has {count} pages, above the {MAX_PDF_PAGES}-page limit", path)
            for page in pdf.pages:
                layout(page)  # counts glyphs and shapes as they are drawn (pdf_limits)
                pages.append(_read_page(page))
                page.close()
    except InputError:
        raise
    except MemoryError:
        raise InputError("PDF needs more memory than is available; refused", path) from None
    except Exception as exc:  # pdfminer raises many types on damaged or encrypted files
        raise InputError(_describe_error(exc), path) from None
    if not any(pages):
        raise InputError(
            "PDF has no text layer (a scanned image?); run OCR on it first", path
        )
    return _assemble(path, pages)


def _describe_error(exc: BaseException) -> str:
    seen: list[BaseException] = []
    todo: list[BaseException] = [exc]
    while todo and len(seen) < 8:
        e = todo.pop()
        seen.append(e)
        todo.extend(a for a in getattr(e, "args", ()) if isinstance(a, BaseException))
        if e.__cause__ is not None:
            todo.append(e.__cause__)
    for e in seen:
        if isinstance(e, PdfLimitError):
            return str(e)
    names = " ".join(type(e).__name__ for e in seen)
    if "Password" in names or "Encrypt" in names:
        return "encrypted PDF: a password is required to open it"
    inner = seen[-1]
    detail = " ".join(str(inner).split())[:160] or type(inner).__name__
    return f"corrupt or unreadable PDF ({type(inner).__name__}: {detail})"


# ------------------------------------------------------------------ one page
def _dedupe(page):
    """The page without duplicate characters (same glyph drawn twice within ~1 pt, fake bold).

    pdfplumber's own ``dedupe_chars`` is quadratic in the number of characters; this is one pass
    over a grid of half points.
    """
    cells: dict[tuple[str, int, int], list[dict]] = {}
    duplicates: set[int] = set()
    for c in page.chars:
        tolerance = min(1.0, 0.15 * float(c.get("size") or 10))
        kx, ky = round(c["x0"] * 2), round(c["top"] * 2)
        text = c["text"]
        twin = False
        for dx in (-2, -1, 0, 1, 2):
            for dy in (-2, -1, 0, 1, 2):
                for other in cells.get((text, kx + dx, ky + dy), ()):
                    if abs(other["x0"] - c["x0"]) <= tolerance and abs(other["top"] - c["top"]) <= tolerance:
                        twin = True
                        break
                if twin:
                    break
            if twin:
                break
        if twin:
            duplicates.add(id(c))
        else:
            cells.setdefault((text, kx, ky), []).append(c)
    if not duplicates:
        return page
    return page.filter(lambda obj: id(obj) not in duplicates)


@dataclass
class _Page:
    blocks: list[list[_Line]]
    width: float = 0.0
    height: float = 0.0
    #: short horizontal rules (x0, x1, top): a footnote separator is one
    rules: list[tuple[float, float, float]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.blocks)


def _short_rules(page) -> list[tuple[float, float, float]]:
    out = []
    for obj in list(getattr(page, "lines", ())) + list(getattr(page, "rects", ())):
        try:
            x0, x1, top, bottom = float(obj["x0"]), float(obj["x1"]), float(obj["top"]), float(obj["bottom"])
        except (KeyError, TypeError, ValueError):
            continue
        if bottom - top <= 1.5 and 10 <= x1 - x0 <= 0.4 * float(page.width):
            out.append((x0, x1, top))
    return out


_LIST_NUMBER = re.compile(r"^\(?\d{1,2}[.)]$")


def _line_of(words: list[_Word], number: int) -> _Line:
    text = _join(words)
    listed = (len(words) > 1 and bool(_BULLET.match(words[0].text))
              and words[1].x0 - words[0].x1 >= 0.8 * max(words[0].size, 1.0))
    if listed and _LIST_NUMBER.match(words[0].text):
        # a numbered list item (number, tab gap, text): a bullet, as the Markdown reader makes it,
        # so the number is not read as a claim nor as a sentence of its own; same length
        marker = words[0].text
        text = "-" + " " * (len(marker) - 1) + text[len(marker):]
    return _Line(
        text, number, listed=listed,
        top=min(w.top for w in words), bottom=max(w.bottom for w in words),
        x0=min(w.x0 for w in words), x1=max(w.x1 for w in words), size=_median_size(words),
    )


def _read_page(page) -> _Page:
    page = _dedupe(page)
    words = [
        _Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], float(w.get("size") or 0))
        for w in page.extract_words(extra_attrs=["size"])
        if w.get("upright", True) and w["text"].strip()
    ]
    if not words:
        return _Page([])
    words = _drop_superscripts(words)
    # the page's own words: evidence for a hyphen broken inside a table cell
    vocab: tuple[set[str], set[str]] = (set(), set())
    for w in words:
        lowered = w.text.lower()
        vocab[0].update(_WORD.findall(lowered))
        vocab[1].update(_HYPHENATED.findall(lowered))
    tables = _find_tables(page, words, vocab)
    if tables:
        inside = {id(w) for t, ws in tables for w in ws}
        words = [w for w in words if id(w) not in inside]
        for table, _ in tables:
            x0, top, x1, bottom = table.bbox
            words.append(_Word("", x0, x1, top, bottom, 0.0, table=table))
    leaves: list[list[_Word]] = []
    _xycut(words, leaves, 0)
    leaves = _merge_table_bands(leaves)
    blocks: list[list[_Line]] = []
    number = 0
    lone = None  # (block, words, line number) of the last lone row of an unruled table
    for leaf in leaves:
        block: list[_Line] = []
        items = _leaf_lines(leaf)
        plain = [item for item in items if not isinstance(item, _PdfTable)]
        runs = _aligned_runs(plain)
        k = 0
        while k < len(items):
            item = items[k]
            if isinstance(item, _PdfTable):
                if block:
                    blocks.append(block)
                    block = []
                for line in item.lines:  # each row a block of its own: one sentence a row
                    number += 1
                    line.number = number
                    line.top, line.bottom = item.bbox[1], item.bbox[3]
                    line.x0, line.x1 = item.bbox[0], item.bbox[2]
                    blocks.append([line])
                k += 1
                continue
            run = runs.get(id(item))
            if run is not None:  # an unruled table: rows from column alignment
                if block:
                    blocks.append(block)
                    block = []
                start = number
                if k == 0 and lone is not None and blocks and blocks[-1] is lone[0]:
                    # the header row above, set apart by a white band, fits the same columns
                    with_header = [lone[1]] + run
                    chans = _channels(with_header)
                    if len(chans) == len(_channels(run)) and _is_table(with_header, chans):
                        blocks.pop()
                        run, start = with_header, lone[2] - 1
                rows, number = _aligned_table(run, start, vocab)
                number = max(number, start)
                for row in rows:
                    blocks.append([row])
                k += len(run)
                continue
            if len(plain) == 1 and _tabular(item) and not _BULLET.match(item[0].text):
                # a lone line with wide gaps between white bands: one row of an unruled table
                if block:
                    blocks.append(block)
                    block = []
                number += 1
                blocks.append([_line_of(item, number)])
                lone = (blocks[-1], item, number)
                k += 1
                continue
            else:
                if (block and len(item) > 1 and _BULLET.match(item[0].text)
                        and item[1].x0 - item[0].x1 >= 0.8 * max(item[0].size, 1.0)):
                    blocks.append(block)  # a list item (bullet, tab gap, text) starts a block
                    block = []
                number += 1
                block.append(_line_of(item, number))
            k += 1
        if block:
            blocks.append(block)
    return _Page(blocks, float(page.width), float(page.height), _short_rules(page))


def _merge_table_bands(leaves: list[list[_Word]]) -> list[list[_Word]]:
    """An unruled table whose rows are set apart by white bands is cut by the XY-cut into one
    region per row (a row whose first cell wraps is a region of several lines): consecutive
    regions, one under the other within three lines' height, each with a wide gap between words,
    whose lines together line up in columns (:func:`_is_table`) are one region again."""
    out: list[list[_Word]] = []
    banded: list[bool] = []
    k = 0
    while k < len(leaves):
        leaf = leaves[k]
        plain = bool(leaf) and all(w.table is None for w in leaf)
        if plain and out and not banded[-1]:
            leaf = _take_header(out, leaf)
        if plain and out and banded[-1]:
            # a row region the XY-cut also cut into columns ("Median / DFS, all 240" beside
            # "9.1 4.2 / months months"): the regions side by side, line for line, are one row
            candidates = [(leaf, 1)]
            if k + 1 < len(leaves) and _side_by_side(leaf, leaves[k + 1]):
                candidates.insert(0, (leaf + leaves[k + 1], 2))
            merged = False
            for candidate, used in candidates:
                if not any(_tabular(line) for line in _cluster_lines(candidate)):
                    continue
                prev = out[-1]
                size = _median_size(prev + candidate)
                gap = min(w.top for w in candidate) - max(w.bottom for w in prev)
                overlap = (min(w.x0 for w in candidate) < max(w.x1 for w in prev)
                           and max(w.x1 for w in candidate) > min(w.x0 for w in prev))
                if 0 <= gap <= 3 * size and overlap:
                    joined = _cluster_lines(prev + candidate)
                    channels = _channels(joined)
                    if channels and _is_table(joined, channels):
                        out[-1] = prev + candidate
                        k += used
                        merged = True
                        break
            if merged:
                continue
        out.append(leaf)
        banded.append(plain and any(_tabular(line) for line in _cluster_lines(leaf)))
        k += 1
    return out


def _take_header(out: list[list[_Word]], leaf: list[_Word]) -> list[_Word]:
    """A table's header row printed close under a heading lands in the heading's region: the last
    lines of the region above, in the table's type size under lines of another size, that line up
    with the table's columns are moved to it (the header "Examplimab | Standard chemotherapy",
    bottom-aligned, wrapped). Returns the table region, with the header when one was moved."""
    prev = out[-1]
    lines = _cluster_lines(leaf)
    if not any(_tabular(line) for line in lines) or any(w.table is not None for w in prev):
        return leaf
    above = _cluster_lines(prev)
    size = _median_size(leaf)
    for n in (3, 2, 1):
        if n >= len(above):
            continue
        tail = above[-n:]
        if any(abs(_median_size(line) - size) > 0.1 * size for line in tail):
            continue
        if abs(_median_size(above[-n - 1]) - size) <= 0.1 * size:
            continue  # no change of type above the lines: they belong to that text
        candidate = [w for line in tail for w in line] + leaf
        joined = _cluster_lines(candidate)
        channels = _channels(joined)
        if channels and _is_table(joined, channels):
            moved = {id(w) for line in tail for w in line}
            out[-1] = [w for w in prev if id(w) not in moved]
            return candidate
    return leaf


def _side_by_side(a: list[_Word], b: list[_Word]) -> bool:
    """Two regions printed on the same lines (same line tops), ``b`` to the right of ``a``."""
    if not a or not b or any(w.table is not None for w in a + b):
        return False
    tops_a = [min(w.top for w in line) for line in _cluster_lines(a)]
    tops_b = [min(w.top for w in line) for line in _cluster_lines(b)]
    return (len(tops_a) == len(tops_b) and all(abs(x - y) <= 1.0 for x, y in zip(tops_a, tops_b))
            and min(w.x0 for w in b) >= max(w.x1 for w in a))


def _tabular(line: list[_Word]) -> bool:
    """Whether a line has a gap of 1.5 em or more between two words (a row of an unruled table)."""
    size = _median_size(line)
    return any(b.x0 - a.x1 >= 1.5 * size for a, b in zip(line, line[1:]))


# ------------------------------------------------------------------ unruled tables
#: a list bullet or number opening a line: not a table column
_BULLET = re.compile(r"^(?:[\u2022\u25aa\u25cf\u25e6\u2013\u2014\u2212*\-\u2023\u2043\uf0b7]|\(?\d{1,2}[.)]|[a-z][.)])$")


def _channels(lines: list[list[_Word]]) -> list[tuple[float, float]]:
    """Vertical white channels (at least half an em wide) through every line of ``lines``."""
    size = statistics.median(_median_size(line) for line in lines)
    intervals = [(w.x0, w.x1) for line in lines for w in line]
    return _gaps(intervals, 0.5 * size)


def _cells_of(line: list[_Word], channels: list[tuple[float, float]]) -> list[list[_Word]]:
    """The words of ``line`` per column between ``channels``."""
    cells: list[list[_Word]] = [[] for _ in range(len(channels) + 1)]
    for w in line:
        c = sum(1 for a, _ in channels if w.x0 >= a)
        cells[c].append(w)
    return cells


def _is_table(lines: list[list[_Word]], channels: list[tuple[float, float]]) -> bool:
    """Whether aligned ``lines`` are a table: two lines at least with words in two columns or
    more, and a first column that is not a list's bullets."""
    if not channels or len(lines) < 2:
        return False
    grids = [_cells_of(line, channels) for line in lines]
    multi = sum(1 for g in grids if sum(1 for c in g if c) >= 2)
    if multi < 2:
        return False
    first = [g[0] for g in grids if g[0]]
    bullets = [len(c) == 1 and bool(_BULLET.match(c[0].text)) for c in first]
    if bullets and (all(bullets) or (all(bullets[1:]) and len(bullets) > 2)):
        return False  # bullets and their indented text (after the end of a paragraph)
    if len(lines) == 2 and not all(sum(1 for c in g if c) >= 3 for g in grids):
        return False  # two lines sharing a gap by chance
    # justified lines of a few long words: every gap a "channel", all of one width, every line
    # from edge to edge
    lo, hi = min(line[0].x0 for line in lines), max(line[-1].x1 for line in lines)
    if all(
        line[0].x0 - lo <= 1.0 and hi - line[-1].x1 <= 1.0
        and max(gaps) - min(gaps) <= 1.0
        for line in lines
        for gaps in [[b.x0 - a.x1 for a, b in zip(line, line[1:])] or [0.0]]
    ):
        return False
    # justified prose spreads its gaps evenly; a table's gap between cells is wider than the
    # spaces inside a cell
    for line in lines:
        between, inside = [], []
        for a, b in zip(line, line[1:]):
            gap = b.x0 - a.x1
            (between if any(a.x1 <= lo + 0.01 and b.x0 >= hi - 0.01 for lo, hi in channels) else inside).append(gap)
        if between and inside and min(between) < 1.5 * max(inside):
            return False
    # a column's cells line up (left, right or centre): justified prose shares a gap by chance,
    # and the words after it start anywhere
    for c in range(1, len(channels) + 1):
        cells = [g[c] for g in grids if g[c]]
        if len(cells) < 2:
            continue
        size = _median_size([w for cell in cells for w in cell])
        tolerance = max(1.5, 0.2 * size)
        lefts = [cell[0].x0 for cell in cells]
        rights = [cell[-1].x1 for cell in cells]
        centres = [(cell[0].x0 + cell[-1].x1) / 2 for cell in cells]
        if not any(max(v) - min(v) <= tolerance for v in (lefts, rights, centres)):
            return False
    return True


def _aligned_runs(lines: list[list[_Word]]) -> dict[int, list[list[_Word]]]:
    """Runs of consecutive lines that read as a table by column alignment, keyed by the id of
    their first line."""
    runs: dict[int, list[list[_Word]]] = {}
    n = len(lines)
    i = 0
    while i < n - 1:
        best = None
        for j in range(i + 1, min(n, i + 200)):
            chans = _channels(lines[i : j + 1])
            if not chans:
                if j - i < 3:
                    continue  # a header cell wrapped over lines above the other cells' line
                break
            if _is_table(lines[i : j + 1], chans):
                best = (j, len(chans))
        if best is not None:
            j, count = best
            later = _channels(lines[i + 1 : j + 1]) if j > i + 1 else []
            if later and len(later) > count and _is_table(lines[i + 1 : j + 1], later):
                i += 1  # line i is the text before the table: it blocks a column
                continue
            runs[id(lines[i])] = lines[i : j + 1]
            i = j + 1
        else:
            i += 1
    return runs


def _aligned_table(lines: list[list[_Word]], number: int, vocab) -> tuple[list[_Line], int]:
    """Rows of an unruled table: columns between the white channels; rows by spacing, or (rows
    spaced like their lines) by a new first-column entry starting with a capital or a digit."""
    channels = _channels(lines)
    grids = [_cells_of(line, channels) for line in lines]
    numbers = []
    for _ in lines:
        number += 1
        numbers.append(number)
    pitches = [b[0].top - a[0].top for a, b in zip(lines, lines[1:])]
    low = min(pitches) if pitches else 0.0
    spaced = any(p > 1.25 * low for p in pitches)
    rows: list[list[int]] = [[0]]
    for k in range(1, len(lines)):
        first = grids[k][0]
        broken = any(cell and cell[-1].text.endswith("-") for cell in grids[k - 1])
        headless = all(not grids[m][0] for m in rows[-1])  # a bottom-aligned header so far
        new = (bool(first) and (first[0].text[:1].isupper() or first[0].text[:1].isdigit())
               and not broken and not headless)
        if spaced:
            # rows set apart by spacing; a line at the type's own line pitch (≤ 1.3 em) continues
            # its row's cells ("Biomarker negativity in" / "responding patients*", "9.1" / "months"); at a
            # wider pitch a new first-column entry that fills other columns too is a new row
            size = _median_size(lines[k])
            new = pitches[k - 1] > 1.25 * low or (new and any(grids[k][1:]) and pitches[k - 1] > 1.3 * size)
        if new:
            rows.append([k])
        else:
            rows[-1].append(k)
    table = _PdfTable(bbox=(min(w.x0 for ln in lines for w in ln), min(w.top for ln in lines for w in ln),
                            max(w.x1 for ln in lines for w in ln), max(w.bottom for ln in lines for w in ln)))
    out: list[_Line] = []
    for r, members in enumerate(rows):
        text = ""
        parts: list[tuple[int, int, int]] = []
        cells: list[tuple[int, int, str]] = []
        for c in range(len(channels) + 1):
            if c:
                text += " | "
            start = len(text)
            first_fragment = True
            for k in members:
                words = grids[k][c]
                if not words:
                    continue
                before = _join(lines[k][: lines[k].index(words[0])])
                column = len(before) + 2 if before else 1
                fragment = _join(words)
                if first_fragment:
                    parts.append((len(text), numbers[k], column))
                    text += fragment
                    first_fragment = False
                else:
                    joined = _join_cell_fragment(text, fragment, vocab)
                    parts.append((len(joined) - len(fragment), numbers[k], column))
                    text = joined
            cells.append((r, start, text[start:]))
        first = members[0]
        out.append(_Line(text, numbers[first], parts=parts, cells=cells, table_id=id(table), row=r, aligned=True,
                         top=lines[first][0].top, bottom=max(w.bottom for w in lines[members[-1]]),
                         x0=table.bbox[0], x1=table.bbox[2], size=_median_size(lines[first])))
    return out, number


def _join_cell_fragment(text: str, fragment: str, vocab=(frozenset(), frozenset())) -> str:
    """A cell's text continued by the next line's fragment: a layout hyphen joins the word, and so
    does a break after a slash ("CR/" + "CRi"), as in running text (:func:`_join_pair`)."""
    if _TRAILING_SLASH.search(text) and re.match(r"[A-Za-z0-9]", fragment):
        return text + fragment
    m = _TRAILING_HYPHEN.search(text)
    right = re.match(r"[A-Za-z]+", fragment)
    if m and right:
        if _layout_hyphen(m.group(1), right.group(), m.group(2), vocab[0], vocab[1]):
            return text[: m.start(2)] + fragment
        return text[: m.start(2)] + "-" + fragment
    return text + " " + fragment


def _join(words: list[_Word]) -> str:
    parts: list[str] = []
    for w in words:
        if parts and not w.glue:
            parts.append(" ")
        parts.append(w.text)
    return "".join(parts).translate(_LIGATURES)


def _cluster_lines(words: list[_Word]) -> list[list[_Word]]:
    """Group words into visual lines (vertical overlap ≥ half the smaller height), top down."""
    lines: list[list] = []  # [top, bottom, words]
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines:
            line = lines[-1]
            overlap = min(line[1], w.bottom) - max(line[0], w.top)
            if overlap >= 0.5 * min(line[1] - line[0], w.bottom - w.top):
                line[2].append(w)
                line[0] = min(line[0], w.top)
                line[1] = max(line[1], w.bottom)
                continue
        lines.append([w.top, w.bottom, [w]])
    # a short line of small raised words overlapping its neighbour holds that neighbour's
    # superscripts (raised far enough to miss the half-height overlap above)
    merged: list[list] = []
    for line in lines:
        if merged and (_superscripts_of(merged[-1], line) or _superscripts_of(line, merged[-1])):
            prev = merged[-1]
            prev[2].extend(line[2])
            prev[0] = min(prev[0], line[0])
            prev[1] = max(prev[1], line[1])
            continue
        merged.append(line)
    return [sorted(line[2], key=lambda w: w.x0) for line in merged]


def _superscripts_of(small: list, big: list) -> bool:
    """Whether line ``small`` ([top, bottom, words]) is only superscripts of line ``big``."""
    if len(small[2]) > 3 or min(big[1], small[1]) - max(big[0], small[0]) <= 0:
        return False
    size = max(w.size for w in big[2])
    return all(
        w.size <= _SUP_SIZE * size and big[1] - w.bottom >= _SUP_RAISE * size for w in small[2]
    )


def _raised_small(w: _Word, ref: _Word) -> bool:
    return (
        ref.size > 0
        and w.size <= _SUP_SIZE * ref.size
        and ref.bottom - w.bottom >= _SUP_RAISE * ref.size
    )


def _drop_superscripts(words: list[_Word]) -> list[_Word]:
    drop: set[int] = set()
    for line in _cluster_lines(words):
        for k, w in enumerate(line):
            left = line[k - 1] if k > 0 else None
            right = line[k + 1] if k + 1 < len(line) else None
            if left is not None and w.x0 - left.x1 < 0.6 * left.size and _raised_small(w, left):
                if is_citation_marker(w.text, left.text):
                    drop.add(id(w))
                else:
                    w.glue = w.x0 - left.x1 < 0.15 * left.size
            elif (
                right is not None
                and (left is None or w.x0 - left.x1 >= 0.6 * left.size)
                and right.x0 - w.x1 < 0.6 * right.size
                and _raised_small(w, right)
                and is_citation_marker(w.text)
            ):
                drop.add(id(w))  # a footnote label opening a line ("a The primary …")
    return [w for w in words if id(w) not in drop]


# ------------------------------------------------------------------ tables
def _find_tables(page, words: list[_Word], vocab) -> list[tuple[_PdfTable, list[_Word]]]:
    found = []
    for t in page.find_tables():
        rows = t.rows
        if len(rows) < 2 or max((len(r.cells) for r in rows), default=0) < 2:
            continue
        x0, top, x1, bottom = t.bbox
        members = [
            w for w in words
            if x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom
        ]
        table = _PdfTable(bbox=t.bbox)
        _table_lines(table, t, members, vocab)
        found.append((table, members))
    return found


def _in_box(w: _Word, box) -> bool:
    x0, top, x1, bottom = box
    return x0 <= (w.x0 + w.x1) / 2 < x1 and top <= (w.top + w.bottom) / 2 < bottom


def _table_lines(table: _PdfTable, t, members: list[_Word], vocab) -> None:
    """One line per table row: cells joined by " | "; merged cells point at the covering cell."""
    col_x = [(c.bbox[0] + c.bbox[2]) / 2 for c in t.columns]
    placed: dict[tuple, tuple[int, int, str]] = {}  # cell bbox -> (row index, start, text)
    for r, row in enumerate(t.rows):
        row_y = (row.bbox[1] + row.bbox[3]) / 2
        text_parts: list[str] = []
        cells: list[tuple[int, int, str]] = []
        pos = 0
        for c, box in enumerate(row.cells):
            if box is None:
                cx = col_x[c] if c < len(col_x) else row.bbox[0]
                cover = next((b for b in placed if b[0] <= cx < b[2] and b[1] <= row_y < b[3]), None)
                cells.append(placed[cover] if cover is not None else (r, pos, ""))
                continue
            inside = [w for w in members if _in_box(w, box)]
            cell_text = ""
            for line in _cluster_lines(inside) if inside else []:  # a layout hyphen joins its word
                cell_text = _join_cell_fragment(cell_text, _join(line), vocab) if cell_text else _join(line)
            if text_parts:
                text_parts.append(" | ")
                pos += 3
            placed[tuple(box)] = (r, pos, cell_text)
            cells.append((r, pos, cell_text))
            text_parts.append(cell_text)
            pos += len(cell_text)
        table.lines.append(_Line("".join(text_parts), 0, cells=cells, table_id=id(table), row=r))


# ------------------------------------------------------------------ reading order
def _median_size(words: list[_Word]) -> float:
    sizes = [w.size for w in words if w.table is None and w.size > 0]
    return statistics.median(sizes) if sizes else 10.0


def _gaps(intervals: list[tuple[float, float]], minimum: float) -> list[tuple[float, float]]:
    """White gaps (start, end) at least ``minimum`` wide between merged intervals."""
    gaps = []
    intervals.sort()
    reach = intervals[0][1]
    for a, b in intervals[1:]:
        if a - reach >= minimum:
            gaps.append((reach, a))
        reach = max(reach, b)
    return gaps


def _text_like(words: list[_Word]) -> bool:
    """Whether a region reads as running text: ≥ 2 lines, ≥ 2 words a line, mostly letters."""
    if any(w.table is not None for w in words):
        return True
    chars = "".join(w.text for w in words)
    if not chars or len(_NOT_LETTERS.sub("", chars)) < 0.5 * len(chars):
        return False
    lines = len({round(w.bottom) for w in words})  # baselines: cheap and enough here
    return lines >= 2 and len(words) >= 2 * lines


def _xycut(words: list[_Word], out: list[list[_Word]], depth: int) -> None:
    if len(words) <= 1 or depth > 60:
        out.append(words)
        return
    size = _median_size(words)
    # columns: the widest vertical white channel whose two sides both read as text
    for a, b in sorted(_gaps([(w.x0, w.x1) for w in words], 0.8 * size), key=lambda g: g[0] - g[1]):
        left = [w for w in words if w.x1 <= a + 0.01]
        right = [w for w in words if w.x1 > a + 0.01]
        if _text_like(left) and _text_like(right):
            _xycut(left, out, depth + 1)
            _xycut(right, out, depth + 1)
            return
    # blocks: the widest horizontal white band
    gaps = _gaps([(w.top, w.bottom) for w in words], 0.6 * size)
    if gaps:
        a, b = max(gaps, key=lambda g: g[1] - g[0])
        _xycut([w for w in words if w.bottom <= a + 0.01], out, depth + 1)
        _xycut([w for w in words if w.bottom > a + 0.01], out, depth + 1)
        return
    out.append(words)


def _leaf_lines(words: list[_Word]) -> list:
    """Lines of words and whole tables of a leaf region, top down."""
    items: list[tuple[float, object]] = []
    plain = [w for w in words if w.table is None]
    for line in _cluster_lines(plain) if plain else []:
        items.append((min(w.top for w in line), line))
    for w in words:
        if w.table is not None:
            items.append((w.top, w.table))
    items.sort(key=lambda item: item[0])
    return [item for _, item in items]


# ------------------------------------------------------------------ whole document
_WORD = re.compile(r"[A-Za-z]+")
_HYPHENATED = re.compile(r"\b[A-Za-z]+-[A-Za-z]+\b")
_TRAILING_HYPHEN = re.compile(r"(?<![A-Za-z0-9%])([A-Za-z0-9%]+)([-\u2010\u00ad])$")
_REPLACEMENT = re.compile(r"(?<![A-Za-z])[A-Za-z]+\ufffd[A-Za-z]+")  # lookbehind: linear on long words
_LIGATURE_GUESSES = ("ff", "fi", "fl", "ffi", "ffl")
#: words with ff/fi/fl that a PDF often loses to a missing ligature glyph
KNOWN_LIGATURE_WORDS = frozenset(
    """
    affect affected affects afflicted benefit benefits beneficial buffer certified classification
    classified clarification conference confidence confidential confirm confirmed conflict conflicts
    defined definition definitive define deficiency deficient differ difference differences different
    differential differentiation difficult difficulty diffuse effect effective effectively effectiveness
    effects efficacy efficacious efficiency efficient fibrillation fibrosis field fifth fifty figure
    figures file final finally financial find finding findings fine first fit fixed flag flat flexible
    flow fluctuation fluid fluids flush flushing identification identified identify influence
    inflammation inflammatory infection infections insufficient justified magnification modification
    modifications modified notification offer offered office official officer off profile profiles
    qualified quantified reflect reflects sacrifice scientific significance significant significantly
    specific specifically specified staff stratification stratified suffer sufficient traffic
    unaffected verification verified
    """.split()
)


def _vocabulary(pages: list[_Page]) -> tuple[set[str], set[str]]:
    words: set[str] = set()
    hyphenated: set[str] = set()
    for page in pages:
        for block in page.blocks:
            for line in block:
                lowered = line.text.lower()
                words.update(_WORD.findall(lowered))
                if line.cells is None:  # a cell's hyphens were decided already: not evidence
                    hyphenated.update(_HYPHENATED.findall(lowered))
    return words, hyphenated


def _repair_replacement(text: str, vocabulary: set[str]) -> str:
    if "\ufffd" not in text:
        return text

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        for guess in _LIGATURE_GUESSES:
            candidate = word.replace("\ufffd", guess)
            lowered = candidate.lower()
            if lowered in KNOWN_LIGATURE_WORDS or lowered in vocabulary:
                return candidate
        return word

    return _REPLACEMENT.sub(fix, text)


#: first parts of compounds that keep their hyphen when a line breaks after it ("non-relapse",
#: "open-label", "first-line"), unless the document writes the word joined elsewhere
_COMPOUND_FIRST = frozenset(
    """
    non post anti self open first second third long short high low well double single multi
    semi half dose time event drug antibody placebo investigator treatment cell phase age all
    """.split()
)
#: second parts of compounds that keep their hyphen after a first part of 4 letters or more
#: ("chromosome-positive", "treatment-related", "investigator-assessed")
_COMPOUND_SECOND = frozenset(
    """
    positive negative related associated based free naive refractory specific dependent induced
    mediated directed expressing containing treated assessed like term line label year years month
    months week weeks
    """.split()
)
#: word endings that make a word, not a compound, of such a first part ("high-er", "open-ing")
_SUFFIXES = frozenset("er ers est ed ly ing ings ness ity ment ments en ish".split())
_HYPHENATOR = None


def _hyphenation_points(word: str) -> set[int]:
    """Where the en-US hyphenation patterns (the ones LibreOffice and TeX use) may break ``word``."""
    global _HYPHENATOR
    if _HYPHENATOR is None:
        try:
            import pyphen

            _HYPHENATOR = pyphen.Pyphen(lang="en_US")
        except Exception:  # pragma: no cover - declared dependency; without it no pattern says yes
            _HYPHENATOR = False
    if not _HYPHENATOR:
        return set()
    return set(_HYPHENATOR.positions(word))


def _layout_hyphen(left: str, right: str, mark: str, words: set[str], hyphenated: set[str]) -> bool:
    """Whether a hyphen ending a line after ``left`` (the next line starting with ``right``) was
    put there by the typesetter (drop it) rather than written (keep it).

    A soft hyphen is always a layout hyphen. A hyphen after a digit or a percent sign
    ("CD22-positive", "2-year", "95%-CI") or before a capital ("post-ABC") is written. The
    document's own usage decides next: the hyphenated form used elsewhere keeps it, the joined
    word used elsewhere drops it ("BE-SPONSA"). Then a hyphen after an acronym before a
    lower-case word ("MRD-negative"), between two words in capitals ("ABC-TRIAL") or after a
    compound's first part ("non-relapse", "open-label"; not "high-er") or before a compound's
    second part ("chromosome-positive", "treatment-related") is written. Otherwise the
    hyphen is the typesetter's when the en-US hyphenation patterns allow a break at that point
    of the joined word ("investi-gator", "pre-cursor") and written when they do not
    ("veno-occlusive").
    """
    if mark == "\u00ad":
        return True
    if not left.isalpha() or not right.isalpha():
        return False
    if right[0].isupper() and not left.isupper():
        return False
    if f"{left}-{right}".lower() in hyphenated:
        return False
    joined = (left + right).lower()
    if joined in words:
        return True
    if left.isupper() and len(left) > 1 and right.islower():
        return False
    if left.isupper() and right.isupper():
        return False  # "ABC-TRIAL": a name in capitals is joined only on the evidence above
    if left.lower() in _COMPOUND_FIRST and right.lower() not in _SUFFIXES:
        return False
    if len(left) >= 4 and right.lower() in _COMPOUND_SECOND:
        return False
    return len(left) in _hyphenation_points(joined)


#: a line ending in a slash glued to a word or number ("CR/", "and/"): the typesetter's break
_TRAILING_SLASH = re.compile(r"[A-Za-z0-9]/$")


def _join_pair(upper: _Line, lower: _Line, words: set[str], hyphenated: set[str]) -> None:
    """Join a word hyphenated (or broken after a slash) at the end of ``upper`` with the start of
    ``lower``."""
    if upper.cells is not None or lower.cells is not None or not lower.text or lower.parts is not None:
        return  # (a line assembled from parts keeps its text: the parts' offsets point into it)
    token = lower.text.split(" ", 1)[0]
    if not re.match(r"[A-Za-z0-9]", token):
        return
    if _TRAILING_SLASH.search(upper.text):
        # a line broken after a slash (typesetters break "CR/PR", "and/or" there): no space
        upper.text += token
    else:
        m = _TRAILING_HYPHEN.search(upper.text)
        if not m or not m.group(1):
            return
        right_match = re.match(r"[A-Za-z]+", token)
        right = right_match.group() if right_match else ""
        if right and _layout_hyphen(m.group(1), right, m.group(2), words, hyphenated):
            upper.text = upper.text[: m.start(2)] + token
        else:
            upper.text = upper.text[: m.start(2)] + "-" + token
    rest = lower.text[len(token) :]
    stripped = rest.lstrip(" ")
    lower.column += len(token) + len(rest) - len(stripped)
    lower.text = stripped


def _join_hyphenation(lines: list[_Line], words: set[str], hyphenated: set[str]) -> None:
    for upper, lower in zip(lines, lines[1:]):
        _join_pair(upper, lower, words, hyphenated)


# ------------------------------------------------------------------ page furniture and flow
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
#: a margin line that ends with its page number ("PP-INO-EUR-0421 Page 1"): a footer even on a
#: single page
_ENDS_WITH_PAGE = re.compile(r"\bpage\s*#(?:\s*(?:of|/)\s*#)?$")
_TERMINAL = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*$")
_OPEN_END = re.compile(
    r"(?:,|\b(?:a|an|the|and|or|but|of|in|into|to|with|without|vs|versus|for|by|from|at|on|than|who|which|"
    r"that|was|were|is|are|has|had|have|after|before|following|during|since|among|between|within|including|"
    r"per|under|over|as))$",
    re.I,
)


def _furniture_key(block: list[_Line]) -> str:
    return " ".join(re.sub(r"\d+", "#", " ".join(line.text for line in block)).lower().split())


def _furniture(pages: list[_Page]) -> tuple[set[int], dict[int, str]]:
    """Running headers and footers: blocks in the top or bottom 12 % of a page whose text (digits
    aside) repeats on another page, and lone page numbers there. Returns their ids and keys."""
    zone: dict[int, str] = {}
    pages_of: dict[str, set[int]] = {}
    for n, page in enumerate(pages):
        h = page.height or 1.0
        for block in page.blocks:
            if all(line.bottom <= 0.12 * h for line in block) or all(line.top >= 0.88 * h for line in block):
                key = _furniture_key(block)
                zone[id(block)] = key
                pages_of.setdefault(key, set()).add(n)
    ids = set()
    for block_id, key in zone.items():
        if len(pages_of[key]) >= 2 or _PAGE_NUMBER.match(key.replace("#", "1")) or _ENDS_WITH_PAGE.search(key):
            ids.add(block_id)
    return ids, zone


def _footnotes(page: _Page, skip: set[int]) -> set[int]:
    """Footnote blocks of a page: smaller type than the body, in the lower half, under a short
    separator rule (or under another footnote of the same column)."""
    sizes = [line.size for block in page.blocks if id(block) not in skip for line in block if line.size]
    if not sizes:
        return set()
    body = statistics.median(sizes)
    notes: set[int] = set()
    previous_note: list[_Line] | None = None
    for block in page.blocks:
        if id(block) in skip or any(line.cells is not None for line in block):
            continue
        top = min(line.top for line in block)
        x0 = min(line.x0 for line in block)
        x1 = max(line.x1 for line in block)
        small = all(line.size and line.size <= 0.85 * body for line in block)
        if not small or top < 0.5 * page.height:
            previous_note = None
            continue
        ruled = any(
            r_top <= top and top - r_top <= 2.5 * body and r_x0 < x1 and r_x1 > x0 - 1
            for r_x0, r_x1, r_top in page.rules
        )
        under = previous_note is not None and min(line.x0 for line in previous_note) < x1 and top >= max(
            line.bottom for line in previous_note)
        if ruled or under:
            notes.add(id(block))
            previous_note = block
        else:
            previous_note = None
    return notes


_DASH_START = re.compile(r"^[\u2013\u2014-] ")


def _join_dash_wraps(block: list[_Line]) -> None:
    """A line the wrap made start with a dash ("Characteristics" / "– click to view") is not a
    list item (no tab gap after the dash): it goes on the line above, where the sentence
    splitter does not take it for a bullet, each part still located where it was printed."""
    for k in range(len(block) - 1, 0, -1):
        upper, lower = block[k - 1], block[k]
        if (lower.listed or not _DASH_START.match(lower.text) or not upper.text
                or upper.cells is not None or lower.cells is not None or lower.parts is not None):
            continue
        parts = upper.parts or [(0, upper.number, upper.column)]
        parts = parts + [(len(upper.text) + 1, lower.number, lower.column)] + [
            (len(upper.text) + 1 + start, number, column) for start, number, column in (lower.parts or [])]
        upper.text, upper.parts = upper.text + " " + lower.text, parts
        lower.text = ""


def _continues(a: list[_Line], b: list[_Line]) -> bool:
    """Whether block ``b``, starting a new column or page, continues the sentence ``a`` leaves open."""
    last, first = a[-1], b[0]
    if last.cells is not None or first.cells is not None or not last.text or not first.text:
        return False
    if _TERMINAL.search(last.text):
        return False
    if first.page == last.page and first.top >= last.bottom - 0.5:
        return False  # below on the same page: a new paragraph, not a column break
    opening = first.text[:1]
    continues = opening.islower() or opening in "([,;)]"  # "leukaemia" | "(ABC). Adult ..."
    return continues or bool(_OPEN_END.search(last.text)) or last.text.endswith("-")


def _mend_tables(flow: list[list[_Line]], words: set[str], hyphenated: set[str]) -> list[list[_Line]]:
    """A table continued in the next column or page: its repeated header row is dropped, and a
    row the break cut in two (the continuation's first cell empty or starting in lower case) is
    one row again, each part still located where it was printed."""
    out: list[list[_Line]] = []
    first_row: dict[int, str] = {}
    last_row: _Line | None = None
    pending = False  # the row after a dropped repeated header may continue the last row
    for block in flow:
        row = block[0] if len(block) == 1 and block[0].cells is not None else None
        if row is None:
            out.append(block)
            last_row, pending = None, False
            continue
        if (last_row is not None and row.aligned and last_row.aligned and row.table_id != last_row.table_id
                and row.page == last_row.page and len(row.cells or ()) == len(last_row.cells or ())
                and 0 <= row.top - last_row.bottom <= 3 * max(row.size, 1.0)
                and row.x0 < last_row.x1 and row.x1 > last_row.x0):
            # rows an unruled table spaced apart (white bands between them): one table
            index = last_row.row + 1
            row.table_id, row.row = last_row.table_id, index
            row.cells = [(index, start, value) for _, start, value in row.cells or ()]
        first_row.setdefault(row.table_id, row.text)
        if last_row is not None and row.table_id != last_row.table_id:
            if row.text == first_row.get(last_row.table_id):
                pending = True  # the header repeated above the continuation
                continue
        if pending and last_row is not None and _merge_rows(last_row, row, words, hyphenated):
            pending = False
            continue
        pending = False
        out.append(block)
        last_row = row
    return out


def _merge_rows(upper: _Line, lower: _Line, words: set[str], hyphenated: set[str]) -> bool:
    """Append the cells of ``lower`` (a row's continuation) to ``upper``; False when they do not fit."""
    if upper.parts is not None or lower.parts is not None or upper.page != lower.page:
        return False
    ucells, lcells = upper.cells or [], lower.cells or []
    if len(ucells) != len(lcells) or len({r for r, _, _ in ucells}) != 1 or len({r for r, _, _ in lcells}) != 1:
        return False
    opening = next((t for _, _, t in lcells if t), "")
    if lcells[0][2] and not opening[:1].islower():
        return False
    text = ""
    parts: list[tuple[int, int, int]] = []
    cells: list[tuple[int, int, str]] = []
    row_index = ucells[0][0]
    for (_, ustart, utext), (_, lstart, ltext) in zip(ucells, lcells):
        if cells:
            text += " | "
        start = len(text)
        parts.append((len(text), upper.number, upper.column + ustart))
        text += utext
        if ltext:
            joined = _join_cell_fragment(text, ltext, (words, hyphenated)) if utext else text + ltext
            parts.append((len(joined) - len(ltext), lower.number, lower.column + lstart))
            text = joined
        cells.append((row_index, start, text[start:]))
    upper.text, upper.cells, upper.parts, upper.column = text, cells, parts, 1
    return True


def _column_rights(pages: list[_Page]) -> dict[int, float]:
    """Per block of running text: the right edge of the text column it sits in (the rightmost end
    of the page's plain lines that start inside the block's column), where a full line ends."""
    out: dict[int, float] = {}
    for page in pages:
        plain = [line for block in page.blocks for line in block if line.cells is None and line.text]
        for block in page.blocks:
            mine = [line for line in block if line.cells is None and line.text]
            if len(mine) < 2:
                continue
            x0 = min(line.x0 for line in mine)
            x1 = max(line.x1 for line in mine)
            size = max(line.size for line in mine) or 1.0
            # a line reaching into the next column (a title across both) does not mark the edge
            limit = min((line.x0 for line in plain if line.x0 >= x1), default=float("inf"))
            ends = sorted((line.x1 for line in plain if x0 - 2 * size <= line.x0 < x1 and line.x1 <= limit),
                          reverse=True)
            # the edge is a margin several lines reach (a lone long line, e.g. a running header
            # across an empty column, is no evidence): the rightmost end with two more near it
            for k, edge in enumerate(ends[:-2]):
                if ends[k + 2] >= edge - 2 * size:
                    out[id(block)] = edge
                    break
    return out


def _wrapped(upper: _Line | None, lower: _Line, right: float | None) -> bool:
    """Whether ``lower`` continues the paragraph of ``upper`` because the line was full: same type
    size, and the first word of ``lower`` would not have fitted at the end of ``upper`` (a line
    that stops short of the column's right edge ends its paragraph, a heading or a list line).
    ``right`` None: the lines are at a column or page break (already known to continue)."""
    if (upper is None or upper.cells is not None or lower.cells is not None or not upper.text
            or not lower.text or lower.listed):
        return False
    size = max(upper.size, lower.size, 1.0)
    if abs(upper.size - lower.size) > 0.15 * size:
        return False
    if right is None:
        return True
    first = lower.text.split(" ", 1)[0]
    width = (lower.x1 - lower.x0) * len(first) / max(len(lower.text), 1)
    return upper.x1 + 0.25 * size + width > right + 0.5


def _assemble(path: str, pages: list[_Page]) -> Document:
    words, hyphenated = _vocabulary(pages)
    for number, page in enumerate(pages, 1):
        for block in page.blocks:
            for line in block:
                line.page = number
                if line.cells is None:
                    line.text = _repair_replacement(line.text, words)
    furniture, keys = _furniture(pages)
    flow: list[list[_Line]] = []
    aside: list[list[_Line]] = []  # out of the reading flow: linted after it, still located
    seen_keys: set[str] = set()
    for page in pages:
        notes = _footnotes(page, furniture)
        for block in page.blocks:
            if id(block) in furniture:
                key = keys[id(block)]
                if key not in seen_keys and not _PAGE_NUMBER.match(key.replace("#", "1")):
                    seen_keys.add(key)
                    aside.append(block)
            elif id(block) in notes:
                aside.append(block)
            else:
                flow.append(block)
    flow = _mend_tables(flow, words, hyphenated)
    # a sentence broken by a column or page break is one paragraph again
    glued: list[bool] = [False]
    for a, b in zip(flow, flow[1:]):
        glued.append(_continues(a, b))
    blocks = flow + aside
    glued += [False] * len(aside)
    for block in blocks:
        _join_dash_wraps(block)
    for k, block in enumerate(blocks):
        _join_hyphenation(block, words, hyphenated)
        if k + 1 < len(blocks) and glued[k + 1]:
            _join_pair(block[-1], blocks[k + 1][0], words, hyphenated)

    rights = _column_rights(pages)
    pieces: list[str] = []
    segments: list[Segment] = []
    tables: dict[int, list[list[tuple[int, str]]]] = {}
    row_starts: dict[tuple[int, int], int] = {}
    pos = 0
    previous: _Line | None = None
    for k, block in enumerate(blocks):
        lines = [line for line in block if line.text or line.cells is not None]
        if not lines:
            continue
        if pos:
            # a sentence a column or page break cut goes on where it stopped; consecutive items
            # of one list stay one block (as the Markdown reader gives a list)
            if glued[k]:
                sep = " " if _wrapped(previous, lines[0], None) else "\n"
            elif previous is not None and previous.listed_block and lines[0].listed:
                sep = "\n"
            else:
                sep = "\n\n"
            pieces.append(sep)
            pos += len(sep)
        lines[0].listed_block = lines[0].listed
        for j, line in enumerate(lines):
            line.listed_block = lines[0].listed
            if j:
                # a line the typesetter wrapped continues its paragraph: one line of text (the
                # engine reads a newline as the end of a clause), each part still located
                right = rights.get(id(block))
                sep = " " if right is not None and _wrapped(lines[j - 1], line, right) else "\n"
                pieces.append(sep)
                pos += 1
            if line.parts:
                bounds = [start for start, _, _ in line.parts[1:]] + [len(line.text)]
                for (start, number, column), end in zip(line.parts, bounds):
                    segments.append(Segment(start=pos + start, end=pos + end, line=number,
                                            column=column, page=line.page))
                if line.parts[0][0] > 0:  # text before the first fragment (an empty first cell)
                    segments.insert(len(segments) - len(line.parts), Segment(
                        start=pos, end=pos + line.parts[0][0], line=line.number, column=1, page=line.page))
            else:
                segments.append(
                    Segment(start=pos, end=pos + len(line.text), line=line.number,
                            column=line.column, page=line.page)
                )
            if line.cells is not None and line.table_id is not None:
                row_starts[(line.table_id, line.row)] = pos
                tables.setdefault(line.table_id, []).append(
                    [(row_starts.get((line.table_id, r), pos) + start, value) for r, start, value in line.cells]
                )
            pieces.append(line.text)
            pos += len(line.text)
            previous = line
    text = "".join(pieces)
    return Document(
        path=path,
        text=text,
        format="pdf",
        metadata={"pages": len(pages), "headings": []},
        segments=segments,
        tables=list(tables.values()),
    )
