"""Word (.docx) reader: python-docx, after a zip-bomb check of the package.

Before anything is inflated, the zip's central directory is checked: more than
``MAX_ENTRIES`` entries, more than ``MAX_UNCOMPRESSED`` bytes in total once inflated, or an
entry above 1 MiB that inflates more than ``MAX_RATIO`` times its compressed size is refused
(python's zipfile also never inflates an entry past the size the directory declares).

Text, in document order (paragraphs, table rows and notes separated by a blank line, which is
where the sentence splitter ends a sentence):

* body paragraphs (also those inside content controls), one per line of text; a superscript
  run that is a citation marker (``patients`` + superscript ``1,a``) is dropped, other
  superscripts are kept;
* tracked changes: by default the text reads as it would with every change accepted
  (insertions and moves kept, deletions and moved-from text left out, a deleted paragraph mark
  joins its paragraph to the next); ``tracked_changes="original"`` reads the text before the
  changes instead (deleted text kept, insertions left out). Either way the number of changes
  and how they were read go to ``metadata["notices"]``, which the report shows;
* text boxes (DrawingML, or VML where there is no DrawingML twin) after the paragraph that
  anchors them, paragraph by paragraph;
* the alt text (description) of each image of a body paragraph, after the paragraph, a block of
  its own (``where="paragraph N, image K alt text"``); none of an image marked decorative, and
  none of a sentence the visible text repeats (:func:`.text.drop_repeated_alts`);
* tables, one line per row with cells joined by ``" | "`` (a merged cell once), paragraphs of a
  cell joined by a space; nested tables follow as tables of their own;
* headers and footers of every section (each part once: a running header is linted once),
  after the body;
* footnotes and endnotes (``word/footnotes.xml``/``endnotes.xml``, read through the package
  parts) after those, separator notes left out.

Review comments (``word/comments.xml``) are never read: a reviewer's remark is not content.

Locations: body paragraph N (counting every paragraph of the body, empty ones too) has
``line=N`` and ``where="paragraph N"``; a cell has ``where="table T, row R, cell C"`` (1-based,
C counts grid columns) and the line of the last body paragraph before its table; a note has
``where="footnote K"``/``"endnote K"`` and ``line=K``; a paragraph of a text box has
``where="text box K, paragraph J"`` and the line of the body paragraph that anchors it; a
paragraph of a header or footer part has ``where="header K, paragraph J"`` (``footer``) and
``line=J``. The column is the position in that paragraph, cell or note text. Headings (styles
"Title", "Heading N") go to ``metadata["headings"]``.
"""

from __future__ import annotations

import io
import re
import zipfile

from ..errors import InputError
from .base import Document, Segment, package_error
from .text import drop_repeated_alts, image_descriptions, join_runs

#: refuse a package that would inflate to more than this many bytes
MAX_UNCOMPRESSED = 200 * 1024 * 1024
#: refuse an entry above 1 MiB that inflates more than this many times its compressed size
MAX_RATIO = 100
#: refuse a package with more entries than this
MAX_ENTRIES = 10_000
_RATIO_FLOOR = 1024 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _R, _TBL, _SDT, _TC = _W + "p", _W + "r", _W + "tbl", _W + "sdt", _W + "tc"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TXBX = _W + "txbxContent"
#: a drawing's properties: its ``descr`` is the image's alt text (Word's "Alt Text" pane)
_DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
_INSERTED = {_W + "ins", _W + "moveTo"}
_DELETED = {_W + "del", _W + "moveFrom"}
#: runs under these are never the paragraph's own text: text boxes are read on their own,
#: a Fallback repeats its Choice, a nested paragraph is its own paragraph
_NEVER = {_TXBX, _MC_FALLBACK, _P}
#: which tracked-change wrappers a reading leaves out
TRACKED_VIEWS = {"accept": _DELETED, "original": _INSERTED}
_RUN_TEXT = {_W + "t": None, _W + "delText": None, _W + "tab": "\t", _W + "ptab": "\t",
             _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
_HEADING_STYLE = re.compile(r"(?:heading|überschrift|titre)\s*(\d)", re.I)
_RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_RT_ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


#: Office packages this module checks: kind -> (what a user calls it, its main part)
PACKAGES = {
    "docx": ("Word", "Word document", "word/document.xml"),
    "pptx": ("PowerPoint", "PowerPoint deck", "ppt/presentation.xml"),
}


def check_package(path: str, data: bytes, kind: str = "docx") -> None:
    """Refuse a corrupt zip, a zip bomb or a zip that is not this kind of Office file (InputError).

    ``kind`` is "docx" (a Word document) or "pptx" (a PowerPoint deck).
    """
    name, thing, main_part = PACKAGES[kind]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(f"corrupt {thing} (bad zip: {exc})", path) from None
    if len(infos) > MAX_ENTRIES:
        raise InputError(f"{name} package has {len(infos)} entries, above the {MAX_ENTRIES} limit", path)
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED:
        raise InputError(
            f"{name} package inflates to {total / 1048576:.0f} MiB, above the "
            f"{MAX_UNCOMPRESSED // 1048576} MiB limit (zip bomb?)",
            path,
        )
    for info in infos:
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size / max(info.compress_size, 1)
            raise InputError(
                f"{name} package entry {info.filename} inflates {ratio:.0f} times, above the "
                f"{MAX_RATIO}:1 limit (zip bomb?)",
                path,
            )
        if info.flag_bits & 0x1:
            raise InputError(f"encrypted {name} package", path)
    if not any(info.filename == main_part for info in infos):
        raise InputError(f"not a {thing} (no {main_part} in the package)", path)


def read_docx(path: str, data: bytes, tracked_changes: str = "accept") -> Document:
    """Read a Word package; ``tracked_changes`` is "accept" (default) or "original"."""
    check_package(path, data)
    try:
        import docx
    except ImportError:  # pragma: no cover - declared dependency
        raise InputError("reading Word needs python-docx (pip install python-docx)", path) from None
    try:
        document = docx.Document(io.BytesIO(data))
        builder = _Builder(document, tracked_changes)
        builder.body(document.element.body)
        builder.headers_and_footers(document)
        builder.notes(document.part)
    except InputError:
        raise
    except Exception as exc:  # damaged XML, missing parts, …
        raise package_error(exc, path, "Word document", ".docx") from None
    return Document(
        path=path,
        text=drop_repeated_alts("".join(builder.pieces), builder.alts),
        format="docx",
        metadata={"headings": builder.headings, "notices": builder.notices(path),
                  "tracked_changes": builder.changes_summary()},
        segments=builder.segments,
        tables=builder.tables,
    )


def _run_text(r) -> str:
    out = []
    for child in r.iterchildren():
        if child.tag in _RUN_TEXT:
            fixed = _RUN_TEXT[child.tag]
            out.append(child.text or "" if fixed is None else fixed)
    return "".join(out)


def paragraph_text(p, tracked_changes: str = "accept") -> str:
    """The text of a ``w:p`` element: its own runs, citation superscripts dropped.

    ``tracked_changes`` "accept" reads the paragraph with every tracked change accepted,
    "original" as it was before them.
    """
    skip = _NEVER | TRACKED_VIEWS[tracked_changes]

    def runs():
        for r in p.iter(_R):
            parent = r.getparent()
            while parent is not None and parent is not p and parent.tag not in skip:
                parent = parent.getparent()
            if parent is not None and parent is not p:
                continue  # inside a view not read (a deletion when accepting, a comment …)
            text = _run_text(r)
            if text:
                yield text, _is_superscript(r)

    return join_runs(runs())


def _blocks(container):
    """The paragraphs and tables of a body or cell, in order, content controls opened."""
    for child in container.iterchildren():
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag == _SDT:
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _blocks(content)


def _list_id(p) -> str | None:
    """The numbering (list) a paragraph is an item of: its own ``w:numPr`` numbering id."""
    ppr = p.find(_W + "pPr")
    num = ppr.find(_W + "numPr") if ppr is not None else None
    nid = num.find(_W + "numId") if num is not None else None
    value = nid.get(_W + "val") if nid is not None else None
    return value if value not in (None, "0") else None


def _is_superscript(r) -> bool:
    rpr = r.find(_W + "rPr")
    if rpr is None:
        return False
    va = rpr.find(_W + "vertAlign")
    return va is not None and va.get(_W + "val") == "superscript"


def _nested(el, p) -> bool:
    """Whether ``el`` sits in a text box or a compatibility fallback below paragraph ``p``."""
    parent = el.getparent()
    while parent is not None and parent is not p:
        if parent.tag in (_TXBX, _MC_FALLBACK):
            return True
        parent = parent.getparent()
    return False


def _holds_text_box(doc_pr) -> bool:
    """Whether the drawing of ``doc_pr`` (its ``wp:inline``/``wp:anchor``) is a text box: its text is
    read as the box's, its alt text would only restate it."""
    drawing = doc_pr.getparent()
    return drawing is not None and any(True for _ in drawing.iter(_TXBX))


def _text_boxes(p):
    """The text boxes anchored in paragraph ``p`` (not those nested in another box, nor the VML
    fallback that repeats a DrawingML box)."""
    for box in p.iter(_TXBX):
        if not _nested(box, p):
            yield box


class _Builder:
    def __init__(self, document, tracked_changes: str = "accept"):
        if tracked_changes not in TRACKED_VIEWS:
            raise ValueError(f"tracked_changes must be one of {sorted(TRACKED_VIEWS)}")
        self.view = tracked_changes
        #: where a paragraph is: None for the body, else (kind, number, anchor line) of a text
        #: box, header or footer; paragraphs are counted per place
        self.place: tuple[str, int, int | None] | None = None
        self.place_paragraphs = 0
        self.text_boxes = 0
        self.changes = {"insertions": 0, "deletions": 0, "moves": 0}
        self._glue = False  # the previous paragraph's mark was deleted (accepted) or inserted (original)
        self._list: str | None = None  # the list (numbering id) of the previous paragraph, if an item
        self.document = document
        self.pieces: list[str] = []
        self.pos = 0
        self.segments: list[Segment] = []
        self.tables: list[list[list[tuple[int, str]]]] = []
        self.headings: list[tuple[int, int, str]] = []
        self.paragraphs = 0
        self.table_count = 0
        self._style_names: dict[str, str] = {}
        #: (start, end) of each image's alt text (text.drop_repeated_alts)
        self.alts: list[tuple[int, int]] = []

    # ------------------------------------------------------------ text assembly
    def _sep(self, sep: str) -> None:
        if self.pos:
            self.pieces.append(sep)
            self.pos += len(sep)

    def _emit(self, text: str, line: int, column: int, where: str) -> int:
        """Append text (its own "\\n" start new segments on the same line); return its start."""
        start = self.pos
        offset = 0
        for part in text.split("\n"):
            if offset:
                self.pieces.append("\n")
                self.pos += 1
            self.segments.append(
                Segment(start=self.pos, end=self.pos + len(part), line=line, column=column + offset, where=where)
            )
            self.pieces.append(part)
            self.pos += len(part)
            offset += len(part) + 1
        return start

    # ------------------------------------------------------------ body
    def body(self, container) -> None:
        for child in _blocks(container):
            if child.tag == _P:
                self.paragraph(child)
            else:
                self.table(child)

    def paragraph(self, p) -> None:
        if self.place is None:
            self.paragraphs += 1
            n = self.paragraphs
            line, where = n, f"paragraph {n}"
        else:
            self.place_paragraphs += 1
            kind, number, anchor = self.place
            j = self.place_paragraphs
            line, where = (anchor if anchor is not None else j), f"{kind} {number}, paragraph {j}"
        self._count_changes(p)
        raw = paragraph_text(p, self.view)
        text = raw.strip()
        glue, self._glue = self._glue, self._mark_removed(p)
        listed, self._list = self._list, _list_id(p) if text else None
        if text:
            if glue and self.pieces and not self.pieces[-1].endswith("\n"):
                # the paragraph mark between this paragraph and the last is gone: one paragraph
                self._sep(" ")
            elif listed is not None and listed == self._list:
                # the next item of the same list: one block, as the Markdown reader gives a list
                # (a claim's endpoint or arm read from the item above, as there)
                self._sep("\n")
            else:
                self._sep("\n\n")
            if self._list is not None:
                # the marker Word draws before a list item (not in the paragraph's text): a
                # bullet, as the Markdown and PDF readers give an item, so an item is read as
                # one (its own sentence, its own claim context); it maps to the item's start
                self.segments.append(Segment(start=self.pos, end=self.pos, line=line, column=1, where=where))
                self.pieces.append("- ")
                self.pos += 2
            lead = len(raw) - len(raw.lstrip())
            start = self._emit(text, line, 1 + lead, where)
            level = self._heading_level(p)
            if level is not None and self.place is None:
                self.headings.append((start, level, " ".join(text.split())))
        for box in _text_boxes(p):
            self.text_box(box, line)
        for k, descr in enumerate(image_descriptions(p, _DOC_PR, lambda el: _nested(el, p) or _holds_text_box(el)), 1):
            self._sep("\n\n")
            start = self._emit(descr, line, 1, f"{where}, image {k} alt text")
            self.alts.append((start, self.pos))

    def _mark_removed(self, p) -> bool:
        """Whether this paragraph's mark is gone in the reading (deleted, or inserted for "original")."""
        ppr = p.find(_W + "pPr")
        rpr = ppr.find(_W + "rPr") if ppr is not None else None
        if rpr is None:
            return False
        gone = _W + ("del" if self.view == "accept" else "ins")
        return rpr.find(gone) is not None

    def _count_changes(self, p) -> None:
        for child in p.iter(_W + "ins", _W + "del", _W + "moveFrom", _W + "moveTo"):
            if _nested(child, p):
                continue  # a text box's own paragraphs count their changes
            parent = child.getparent()
            if parent is not None and parent.tag == _W + "rPr":
                # a paragraph mark change
                grand = parent.getparent()
                if grand is None or grand.tag != _W + "pPr":
                    continue
            if child.tag == _W + "ins":
                self.changes["insertions"] += 1
            elif child.tag == _W + "del":
                self.changes["deletions"] += 1
            elif child.tag == _W + "moveTo":
                self.changes["moves"] += 1

    def text_box(self, box, anchor_line: int) -> None:
        self.text_boxes += 1
        saved = (self.place, self.place_paragraphs)
        self.place, self.place_paragraphs = ("text box", self.text_boxes, anchor_line), 0
        self.body(box)
        self.place, self.place_paragraphs = saved

    # ------------------------------------------------------------ headers and footers
    def headers_and_footers(self, document) -> None:
        """Every header and footer part the sections use, each once, in section order."""
        seen: set[int] = set()
        counts = {"header": 0, "footer": 0}
        part = document.part
        for sect in document.element.body.iter(_W + "sectPr"):
            for kind in ("header", "footer"):
                for ref in sect.iterchildren(_W + f"{kind}Reference"):
                    rid = ref.get(_R_ID)
                    target = part.related_parts.get(rid) if rid else None
                    if target is None or id(target) in seen:
                        continue
                    seen.add(id(target))
                    counts[kind] += 1
                    root = getattr(target, "_element", None)
                    if root is None:
                        continue
                    self.place, self.place_paragraphs = (kind, counts[kind], None), 0
                    self.body(root)
                    self.place = None

    # ------------------------------------------------------------ tracked changes
    def changes_summary(self) -> dict:
        return {"read_as": "accepted" if self.view == "accept" else "original", **self.changes}

    def notices(self, path: str) -> list[str]:
        total = sum(self.changes.values())
        if not total:
            return []
        c = self.changes
        kinds = ", ".join(
            f"{n} {name if n != 1 else name[:-1]}"
            for name, n in (("insertions", c["insertions"]), ("deletions", c["deletions"]), ("moves", c["moves"]))
            if n
        )
        if self.view == "accept":
            how = "linted as if every change were accepted (--tracked-changes original lints the text before them)"
        else:
            how = "linted as the original text, before the changes (--tracked-changes accept lints the changed text)"
        return [f"{path}: {total} tracked change{'s' if total != 1 else ''} ({kinds}) {how}"]

    def _heading_level(self, p) -> int | None:
        ppr = p.find(_W + "pPr")
        style = ppr.find(_W + "pStyle") if ppr is not None else None
        if style is None:
            return None
        style_id = style.get(_W + "val") or ""
        name = self._style_name(style_id)
        if name.lower() == "title":
            return 1
        m = _HEADING_STYLE.search(name) or _HEADING_STYLE.search(style_id)
        return int(m.group(1)) if m else None

    def _style_name(self, style_id: str) -> str:
        if style_id not in self._style_names:
            name = style_id
            try:
                for style in self.document.styles:
                    if style.style_id == style_id:
                        name = style.name or style_id
                        break
            except Exception:  # a package without a styles part
                pass
            self._style_names[style_id] = name
        return self._style_names[style_id]

    # ------------------------------------------------------------ tables
    def table(self, tbl) -> None:
        from docx.table import Table

        self.table_count += 1
        self._list = None  # a table ends a list
        number = self.table_count
        table = Table(tbl, self.document)
        line = max(1, self.paragraphs)
        prefix = ""
        if self.place is not None:  # a table in a header, footer or text box
            kind, place_number, anchor = self.place
            line = anchor if anchor is not None else max(1, self.place_paragraphs)
            prefix = f"{kind} {place_number}, "
        placed: dict = {}  # tc element -> (offset, text)
        nested: list = []
        grid: list[list[tuple[int, str]]] = []
        self._sep("\n\n")
        first_row = True
        for r, row in enumerate(table.rows, 1):
            if not first_row:
                self.pieces.append("\n\n")
                self.pos += 2
            first_row = False
            out: list[tuple[int, str]] = []
            row_start = self.pos
            for _ in range(getattr(row, "grid_cols_before", 0) or 0):
                out.append((row_start, ""))
            emitted_in_row = 0
            for c, cell in enumerate(row.cells, 1):
                tc = cell._tc
                if tc in placed:
                    out.append(placed[tc])
                    continue
                texts = []
                for child in _blocks(tc):
                    if child.tag == _P:
                        self._count_changes(child)
                        t = " ".join(paragraph_text(child, self.view).split())
                        if t:
                            texts.append(t)
                    elif child.tag == _TBL:
                        nested.append(child)
                cell_text = " ".join(texts)
                if emitted_in_row:
                    self.pieces.append(" | ")
                    self.pos += 3
                emitted_in_row += 1
                where = f"{prefix}table {number}, row {r}, cell {c}"
                start = self._emit(cell_text, line, 1, where) if cell_text else self.pos
                placed[tc] = (start, cell_text)
                out.append((start, cell_text))
            grid.append(out)
        self.tables.append(grid)
        for child in nested:
            self.table(child)

    # ------------------------------------------------------------ notes
    def notes(self, document_part) -> None:
        for reltype, kind, tag in ((_RT_FOOTNOTES, "footnote", "footnote"), (_RT_ENDNOTES, "endnote", "endnote")):
            part = None
            for rel in document_part.rels.values():
                if rel.reltype == reltype and not rel.is_external:
                    part = rel.target_part
                    break
            if part is None:
                continue
            root = getattr(part, "_element", None)
            if root is None:
                from docx.oxml.parser import parse_xml

                root = parse_xml(part.blob)
            number = 0
            for note in root.iterchildren(_W + tag):
                if (note.get(_W + "type") or "normal") != "normal":
                    continue
                number += 1
                for p in note.iter(_P):
                    self._count_changes(p)
                texts = [paragraph_text(p, self.view) for p in note.iter(_P)]
                raw = " ".join(t.strip() for t in texts if t.strip())
                if not raw:
                    continue
                self._sep("\n\n")
                self._emit(raw, number, 1, f"{kind} {number}")
