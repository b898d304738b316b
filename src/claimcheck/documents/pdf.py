"""PDF reader: pdfplumber words with positions and font sizes, cleaned of extraction artefacts.

Per page:

1. words (``page.extract_words`` with the font size, after duplicate glyphs drawn twice are
   removed; rotated text is left out) are grouped into visual lines;
2. superscripts: a word clearly smaller than the word it is glued to (size ≤ 0.8×) and raised
   (its bottom ≥ 0.2 em above the neighbour's) is a citation marker and dropped when it looks
   like one (``patients1,a``, ``0.001)2,a``, a footnote label ``a`` opening a line); other
   superscripts (``mg/m2``, ``®``) stay glued to their word;
3. ruled tables found by ``page.find_tables()`` are read cell by cell (rows become lines with
   cells joined by ``" | "``) and fill ``Document.tables``; unruled tables stay in the text
   flow (``Document.tables`` does not list them);
4. the remaining words are ordered by a recursive XY-cut: a vertical white channel splits the
   region into columns when both sides read like text (≥ 2 lines, ≥ 2 words a line, mostly
   letters), so a column's lines stay together while an unruled table (``Thrombocytopenia
   62 (45) 73 (61)``) keeps its rows; a horizontal white band splits blocks;
5. lines are numbered per page in that reading order (1-based); the column is the position in
   the extracted line text. Lines of a block are joined by "\n", blocks by "\n\n" (the sentence
   splitter ends sentences at blank lines); a table row, ruled or not (a line with a gap of
   1.5 em or more between words), is a block of its own.

Over the whole document: ligatures are expanded (ﬁ ﬂ ﬀ ﬃ ﬄ), a replacement character between
letters is repaired when ff/fi/fl/ffi/ffl gives a known word (``di�erence`` → ``difference``),
and a word hyphenated at a line end is joined: a real hyphen is kept (``MRD-negative``,
``veno-occlusive``) and the hyphen is dropped only for a soft break (a soft hyphen U+00AD, or
a lower-case split whose joined form the document uses elsewhere and whose hyphenated form it
does not).
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
    pages: list[list[list[_Line]]] = []
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


def _read_page(page) -> list[list[_Line]]:
    page = _dedupe(page)
    words = [
        _Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], float(w.get("size") or 0))
        for w in page.extract_words(extra_attrs=["size"])
        if w.get("upright", True) and w["text"].strip()
    ]
    if not words:
        return []
    words = _drop_superscripts(words)
    tables = _find_tables(page, words)
    if tables:
        inside = {id(w) for t, ws in tables for w in ws}
        words = [w for w in words if id(w) not in inside]
        for table, _ in tables:
            x0, top, x1, bottom = table.bbox
            words.append(_Word("", x0, x1, top, bottom, 0.0, table=table))
    leaves: list[list[_Word]] = []
    _xycut(words, leaves, 0)
    blocks: list[list[_Line]] = []
    number = 0
    for leaf in leaves:
        block: list[_Line] = []
        for item in _leaf_lines(leaf):
            if isinstance(item, _PdfTable):
                if block:
                    blocks.append(block)
                    block = []
                for line in item.lines:  # each row a block of its own: one sentence a row
                    number += 1
                    line.number = number
                    blocks.append([line])
            elif _tabular(item):  # a row of an unruled table: a block of its own
                if block:
                    blocks.append(block)
                    block = []
                number += 1
                blocks.append([_Line(_join(item), number)])
            else:
                number += 1
                block.append(_Line(_join(item), number))
        if block:
            blocks.append(block)
    return blocks


def _tabular(line: list[_Word]) -> bool:
    """Whether a line has a gap of 1.5 em or more between two words (a row of an unruled table)."""
    size = _median_size(line)
    return any(b.x0 - a.x1 >= 1.5 * size for a, b in zip(line, line[1:]))


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
def _find_tables(page, words: list[_Word]) -> list[tuple[_PdfTable, list[_Word]]]:
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
        _table_lines(table, t, members)
        found.append((table, members))
    return found


def _in_box(w: _Word, box) -> bool:
    x0, top, x1, bottom = box
    return x0 <= (w.x0 + w.x1) / 2 < x1 and top <= (w.top + w.bottom) / 2 < bottom


def _table_lines(table: _PdfTable, t, members: list[_Word]) -> None:
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
            cell_text = " ".join(_join(line) for line in _cluster_lines(inside)) if inside else ""
            if text_parts:
                text_parts.append(" | ")
                pos += 3
            placed[tuple(box)] = (r, pos, cell_text)
            cells.append((r, pos, cell_text))
            text_parts.append(cell_text)
            pos += len(cell_text)
        table.lines.append(_Line("".join(text_parts), 0, cells=cells, table_id=id(table)))


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
_TRAILING_HYPHEN = re.compile(r"(?<![A-Za-z0-9])([A-Za-z0-9]+)([-\u2010\u00ad])$")
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


def _vocabulary(pages: list[list[list[_Line]]]) -> tuple[set[str], set[str]]:
    words: set[str] = set()
    hyphenated: set[str] = set()
    for blocks in pages:
        for block in blocks:
            for line in block:
                lowered = line.text.lower()
                words.update(_WORD.findall(lowered))
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


def _join_hyphenation(lines: list[_Line], words: set[str], hyphenated: set[str]) -> None:
    for upper, lower in zip(lines, lines[1:]):
        if upper.cells is not None or lower.cells is not None or not lower.text:
            continue
        m = _TRAILING_HYPHEN.search(upper.text)
        if not m or not m.group(1):
            continue
        left = m.group(1)
        token = lower.text.split(" ", 1)[0]
        right_match = re.match(r"[A-Za-z]+", token)
        if not right_match:
            continue
        right = right_match.group()
        soft = m.group(2) == "\u00ad"
        if not soft and right[0].islower() and left.isalpha() and (left.islower() or left.istitle()):
            joined = (left + right).lower()
            soft = joined in words and f"{left}-{right}".lower() not in hyphenated
        if soft:
            upper.text = upper.text[: m.start(2)] + token
        else:
            upper.text = upper.text[: m.start(2)] + "-" + token
        rest = lower.text[len(token) :]
        stripped = rest.lstrip(" ")
        lower.column += len(token) + len(rest) - len(stripped)
        lower.text = stripped


def _assemble(path: str, pages: list[list[list[_Line]]]) -> Document:
    words, hyphenated = _vocabulary(pages)
    for blocks in pages:
        for block in blocks:
            for line in block:
                if line.cells is None:
                    line.text = _repair_replacement(line.text, words)
        flat = [line for block in blocks for line in block]
        _join_hyphenation(flat, words, hyphenated)

    pieces: list[str] = []
    segments: list[Segment] = []
    tables: dict[int, list[list[tuple[int, str]]]] = {}
    row_starts: dict[int, list[int]] = {}
    pos = 0
    for page_number, blocks in enumerate(pages, 1):
        for block in blocks:
            lines = [line for line in block if line.text or line.cells is not None]
            if not lines:
                continue
            if pos:
                pieces.append("\n\n")
                pos += 2
            for k, line in enumerate(lines):
                if k:
                    pieces.append("\n")
                    pos += 1
                segments.append(
                    Segment(start=pos, end=pos + len(line.text), line=line.number,
                            column=line.column, page=page_number)
                )
                if line.cells is not None and line.table_id is not None:
                    starts = row_starts.setdefault(line.table_id, [])
                    starts.append(pos)
                    tables.setdefault(line.table_id, []).append(
                        [(starts[r] + start, value) for r, start, value in line.cells]
                    )
                pieces.append(line.text)
                pos += len(line.text)
    text = "".join(pieces)
    return Document(
        path=path,
        text=text,
        format="pdf",
        metadata={"pages": len(pages), "headings": []},
        segments=segments,
        tables=list(tables.values()),
    )
