"""PowerPoint (.pptx) reader: python-pptx, after the same zip-bomb check as Word packages.

A deck is linted as one document (required content may sit on a closing slide). Per slide, in
slide order:

* the shapes in reading order (top to bottom, then left to right; a group's shapes in their own
  reading order, in place of the group): each paragraph of a text frame is a block of its own
  (a bullet is a sentence of its own); a line break inside a paragraph stays a newline; a
  superscript run that is a citation marker (``patients`` + superscript ``1,a``) is dropped,
  other superscripts are kept;
* tables, one line per row with cells joined by ``" | "`` (a merged cell once), listed cell by
  cell in ``Document.tables`` where a merged cell repeats the covering cell;
* a picture's alt text (its description), a block of its own in the picture's place in the
  reading order (``where``: ``slide 3, "Picture 5", alt text``); none of a picture marked
  decorative, and none of a sentence the visible text repeats (:func:`.text.drop_repeated_alts`);
* the speaker notes, after the slide's shapes.

Blocks are separated by a blank line, which is where the sentence splitter ends a sentence.

Locations: ``line`` is the slide number; ``where`` names the slide and the shape, as a reviewer
finds it in PowerPoint's selection pane: ``slide 3, "Content Placeholder 2", paragraph 2``,
``slide 3, "Table 4", row 2, cell 3``, ``slide 3, notes, paragraph 1``. The column is the
position within that paragraph or cell. Slide titles go to ``metadata["headings"]``.
"""

from __future__ import annotations

import io

from ..errors import InputError
from .base import Document, Segment, package_error
from .text import drop_repeated_alts, image_descriptions, join_runs

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
#: a shape's non-visual properties: a picture's ``descr`` is its alt text
_C_NV_PR = "{http://schemas.openxmlformats.org/presentationml/2006/main}cNvPr"


def read_pptx(path: str, data: bytes) -> Document:
    from .docx import check_package

    check_package(path, data, kind="pptx")
    try:
        from pptx import Presentation
    except ImportError:  # pragma: no cover - declared dependency
        raise InputError("reading PowerPoint needs python-pptx (pip install python-pptx)", path) from None
    try:
        deck = Presentation(io.BytesIO(data))
        builder = _Builder()
        for number, slide in enumerate(deck.slides, 1):
            builder.slide(number, slide)
    except InputError:
        raise
    except Exception as exc:  # damaged XML, missing parts, a package of another kind
        raise package_error(exc, path, "PowerPoint deck", ".pptx") from None
    return Document(
        path=path,
        text=drop_repeated_alts("".join(builder.pieces), builder.alts),
        format="pptx",
        metadata={"headings": builder.headings, "slides": builder.slides},
        segments=builder.segments,
        tables=builder.tables,
    )


def _raised(r) -> bool:
    """Whether an ``a:r`` run is raised (superscript: a positive ``baseline`` in its ``a:rPr``)."""
    rpr = r.find(_A + "rPr")
    try:
        return rpr is not None and int(rpr.get("baseline", "0")) > 0
    except ValueError:
        return False


def paragraph_text(paragraph) -> str:
    """A paragraph's text: runs and line breaks, citation superscripts dropped."""
    return join_runs(_runs(paragraph)).replace("\x0b", "\n")


def _runs(paragraph):
    """(text, raised) for each run, line break and field (slide number, date: its current text)."""
    for child in paragraph._p.iterchildren():
        tag = child.tag
        if tag == _A + "r":
            t = child.find(_A + "t")
            text = (t.text or "") if t is not None else ""
            if text:
                yield text, _raised(child)
        elif tag == _A + "br":
            yield "\n", False
        elif tag == _A + "fld":
            t = child.find(_A + "t")
            yield ((t.text or "") if t is not None else ""), False


def _reading_order(shapes) -> list:
    """Shapes top to bottom, then left to right; shapes without a position keep their order last."""
    placed, unplaced = [], []
    for k, shape in enumerate(shapes):
        try:
            top, left = shape.top, shape.left
        except Exception:  # a shape whose position cannot be read
            top = left = None
        if top is None or left is None:
            unplaced.append(shape)
        else:
            placed.append((int(top), int(left), k, shape))
    placed.sort(key=lambda item: item[:3])
    return [item[3] for item in placed] + unplaced


class _Builder:
    def __init__(self):
        self.pieces: list[str] = []
        self.pos = 0
        self.segments: list[Segment] = []
        self.tables: list[list[list[tuple[int, str]]]] = []
        self.headings: list[tuple[int, int, str]] = []
        self.slides = 0
        #: (start, end) of each picture's alt text (text.drop_repeated_alts)
        self.alts: list[tuple[int, int]] = []

    def _sep(self) -> None:
        if self.pos:
            self.pieces.append("\n\n")
            self.pos += 2

    def _emit(self, text: str, line: int, where: str, column: int = 1) -> int:
        start = self.pos
        offset = 0
        for part in text.split("\n"):
            if offset:
                self.pieces.append("\n")
                self.pos += 1
            self.segments.append(Segment(start=self.pos, end=self.pos + len(part), line=line,
                                         column=column + offset, where=where))
            self.pieces.append(part)
            self.pos += len(part)
            offset += len(part) + 1
        return start

    # ------------------------------------------------------------ slides
    def slide(self, number: int, slide) -> None:
        self.slides = number
        title = None
        try:
            title = slide.shapes.title
        except Exception:
            title = None
        for shape in _reading_order(slide.shapes):
            self.shape(number, shape, is_title=title is not None and shape.shape_id == title.shape_id)
        if slide.has_notes_slide:
            frame = slide.notes_slide.notes_text_frame
            if frame is not None:
                self.text_frame(number, frame, f"slide {number}, notes")

    def shape(self, number: int, shape, is_title: bool = False) -> None:
        from pptx.enum.shapes import MSO_SHAPE_TYPE

        name = f'"{shape.name}"' if shape.name else f"shape {shape.shape_id}"
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            for inner in _reading_order(shape.shapes):
                self.shape(number, inner)
            return
        if getattr(shape, "has_table", False) and shape.has_table:
            self.table(number, shape.table, name)
            return
        for descr in image_descriptions(shape._element, _C_NV_PR, lambda el: False, only_pictures=True):
            self._sep()
            start = self._emit(descr, number, f"slide {number}, {name}, alt text")
            self.alts.append((start, self.pos))
        if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            first = self.text_frame(number, shape.text_frame, f"slide {number}, {name}")
            if is_title and first is not None:
                self.headings.append((first, 1, " ".join(shape.text_frame.text.split())))

    def text_frame(self, number: int, frame, where: str) -> int | None:
        """Emit each paragraph of ``frame`` as a block; return where the first one starts."""
        first = None
        j = 0
        for paragraph in frame.paragraphs:
            j += 1
            raw = paragraph_text(paragraph)
            text = raw.strip()
            if not text:
                continue
            self._sep()
            lead = len(raw) - len(raw.lstrip())
            start = self._emit(text, number, f"{where}, paragraph {j}", 1 + lead)
            first = start if first is None else first
        return first

    def table(self, number: int, table, name: str) -> None:
        grid: list[list[tuple[int, str]]] = []
        placed: dict[tuple[int, int], tuple[int, str]] = {}
        rows = list(table.rows)
        for r, row in enumerate(rows):
            self._sep()
            out: list[tuple[int, str]] = []
            emitted = 0
            for c, cell in enumerate(row.cells):
                if cell.is_spanned:  # covered by a merged cell: repeat the covering cell
                    origin = next(
                        (placed[(rr, cc)] for (rr, cc), _ in reversed(list(placed.items()))
                         if _covers(table, rr, cc, r, c)),
                        (self.pos, ""),
                    )
                    out.append(origin)
                    continue
                text = " ".join(" ".join(paragraph_text(p).split()) for p in cell.text_frame.paragraphs).strip()
                text = " ".join(text.split())
                if emitted:
                    self.pieces.append(" | ")
                    self.pos += 3
                emitted += 1
                where = f"slide {number}, {name}, row {r + 1}, cell {c + 1}"
                start = self._emit(text, number, where) if text else self.pos
                placed[(r, c)] = (start, text)
                out.append((start, text))
            grid.append(out)
        self.tables.append(grid)


def _covers(table, r0: int, c0: int, r: int, c: int) -> bool:
    cell = table.cell(r0, c0)
    if not cell.is_merge_origin:
        return False
    return r0 <= r < r0 + cell.span_height and c0 <= c < c0 + cell.span_width
