"""HTML reader: the standard library's ``html.parser``, offsets kept as in the file.

Why the standard library: it is a tolerant tokenizer (it never raises on bad markup) that
reports the source position of every tag, text run, entity and comment, which is exactly what
a reader that keeps the file's offsets needs; a tree builder (lxml, BeautifulSoup) would throw
the positions away.

What the reader does (details in docs/formats.md):

* tags, declarations, processing instructions and comments are blanked (spaces, newlines
  kept) so ``Document.text[i]`` is at the line/column of character ``i`` of the decoded file;
* text inside ``script``, ``style``, ``noscript``, ``template``, ``head``, ``svg``, ``code``,
  form controls, ``nav``, elements with ``role="navigation"``/``"menu"``/``"menubar"``/
  ``"search"`` or the ``hidden`` attribute, and link lists (``ul``/``ol``/``menu`` whose text
  outside links is a few words) inside ``header``/``footer`` is not linted;
* entities are decoded in place (the decoded character, then spaces up to the entity's length;
  spaces first when the entity opens a word, so ``&lt;0.01%`` stays ``<0.01%``;
  ``&nbsp;`` becomes a space, ``&shy;`` disappears);
* block-level tags (p, div, h1-h6, table, ul, …) leave a blank line between the texts they
  separate (the sentence splitter's and the inline suppressions' block boundary), ``li`` a
  newline and a ``-`` bullet, ``tr``/``br`` a newline, a cell boundary (td, th) ``" | "``;
  the newlines replace blanked markup, and ``segments`` (set only when newlines were
  inserted or joined) keep locations those of the source;
* a table row of two or more cells is one line of text with one ``|`` per cell boundary, empty
  cells included, however the source lays it out (cells on lines of their own, ``<br>`` or
  ``<p>`` inside a cell): the grid the column-header reading needs (:func:`_flatten_row`;
  layout rows, with a nested table or much text, are left as they are); a column that a cell
  spans into from the row above (rowspan) reads "〃", one a cell on its left spans into
  (colspan) "←", where the markup leaves room, so every row has one text cell per column and a
  value across both arms' columns is read as no one arm's (:func:`_grid_slots`);
* the end of a box (``section``, ``aside``, ``blockquote``, a block whose class or id names a box
  or whose style draws a border, a one-cell table) is a section break: a form feed on a blank
  line of its closing tag (:func:`mark_box_ends`), so a scope that runs to its section's end
  (the boxed warning's block) stops at the box's edge;
* image alt text is content: the ``alt`` of ``img``, ``area`` and ``<input type="image">`` is
  written in place inside its blanked tag (entities decoded), a block of its own, or part of its
  table cell's or heading's text (:meth:`_Scanner._alt_text`); an empty or decorative alt is not
  read, nor a sentence of it that the visible text repeats (:func:`.text.drop_repeated_alts`);
* ``<sup>`` holding a citation marker (``patients<sup>1,a</sup>``) is dropped; a single
  footnote mark (``<sup>a</sup>``, ``<sup>1</sup>``, ``<sup>*</sup>``, ``<sup>†</sup>``) leaves
  it in the text as a superscript letter or digit or the symbol (:func:`.text.footnote_mark`), so
  a result and its footnote can be tied; other superscripts (``mg/m<sup>2</sup>``, ``®``) are
  kept glued to the preceding text;
* comments are collected in ``Document.comments`` as ``(offset, raw comment)``, the raw
  comment being the source text from ``<!--`` to ``-->`` inclusive;
* headings are recorded in ``metadata["headings"]`` as ``(offset, level, text)``;
* tables fill ``Document.tables`` (colspan/rowspan expanded so every row has the cell of each
  column; a spanned cell repeats the same ``(offset, text)``).
"""

from __future__ import annotations

import bisect
import html as _html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .base import Document
from .text import (
    BLOCK_MARK,
    CELL_MARK,
    ITEM_MARK,
    LINE_MARK,
    blank,
    decode_text,
    drop_repeated_alts,
    footnote_mark,
    is_citation_marker,
    line_starts,
    resolve_marks,
    sanitize_marks,
    segments_for_inserted_newlines,
    span_text,
)

#: elements whose whole content is not linted
SKIP_ELEMENTS = frozenset(
    {
        "script", "style", "noscript", "template", "head", "svg", "math", "code", "nav",
        "button", "select", "option", "datalist", "textarea", "iframe", "object", "canvas",
    }
)
#: ARIA roles of navigation boilerplate
SKIP_ROLES = frozenset({"navigation", "menu", "menubar", "search"})
#: inside header/footer, these are menus (skipped) when their text outside links is at most
#: MENU_WORDS words (looked ahead over at most MENU_LOOKAHEAD characters); other header/footer text is kept
MENU_ELEMENTS = frozenset({"ul", "ol", "menu"})
MENU_WORDS = 8
MENU_LOOKAHEAD = 20000
#: a tag, for counting a list's words outside its links
_TAG = re.compile(r"<[^<>]{0,2000}>")
#: elements that end a block of text (a blank line: a sentence and suppression boundary)
BLOCK_ELEMENTS = frozenset(
    {
        "p", "div", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "caption", "section", "article", "aside", "main", "header", "footer",
        "blockquote", "pre", "figure", "figcaption", "hr", "address", "details", "summary",
        "form", "fieldset", "legend", "body", "html",
    }
)
#: elements that end a line inside a block (a table row stays in its table's block)
LINE_ELEMENTS = frozenset({"tr", "br", "thead", "tbody", "tfoot"})
CELL_ELEMENTS = frozenset({"td", "th"})
#: skipped elements that also end a block of text
_BLOCK_SKIPS = frozenset({"nav", "head", "template", "noscript", "iframe", "object", "canvas"})
VOID_ELEMENTS = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr",
    }
)
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_MAX_SPAN = 1000

_ENTITY = re.compile(r"&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);?")
_SPECIAL_DECODED = {"\xa0": " ", "\xad": "", "\u200b": ""}


@dataclass
class _Cell:
    start: int | None = None
    end: int | None = None
    colspan: int = 1
    rowspan: int = 1

    def extend(self, s: int, e: int) -> None:
        self.start = s if self.start is None else min(self.start, s)
        self.end = e if self.end is None else max(self.end, e)


@dataclass
class _Row:
    """Where a table row lies in the source, for :func:`_flatten_rows`."""

    start: int
    cells: list[_Cell]
    #: offset of each cell's start tag
    opens: list[int] = field(default_factory=list)
    end: int | None = None
    #: a nested table or a list inside a cell: left as it is (layout, or items one a line)
    nested: bool = False


@dataclass
class _Table:
    rows: list[list[_Cell]] = field(default_factory=list)
    cell: _Cell | None = None
    row: _Row | None = None


@dataclass
class HtmlScan:
    """What a scan of an HTML fragment found (offsets are absolute, in the buffer)."""

    comments: list[tuple[int, str]] = field(default_factory=list)
    #: (level, start, end) spans; turned into (offset, level, text) by finish_headings
    headings: list[tuple[int, int, int]] = field(default_factory=list)
    tables: list[_Table] = field(default_factory=list)
    rows: list[_Row] = field(default_factory=list)
    #: offsets of source newlines the text no longer has (a table row joined onto one line)
    joined: list[int] = field(default_factory=list)
    #: (start, end) of the closing tag of each box (see _is_box): a section ends there
    box_ends: list[tuple[int, int]] = field(default_factory=list)
    #: (name, content, offset) of each <meta name="market"|"product" content="…">
    meta: list[tuple[str, str, int]] = field(default_factory=list)
    #: (start, end) of each image's alt text read as a paragraph of its own (see _Scanner._alt_text)
    alts: list[tuple[int, int]] = field(default_factory=list)
    #: (offset of "<", offset of ">") of the tags of short alt texts, read inline where text flanks
    #: them (:func:`_inline_alts`)
    inline_alts: list[tuple[int, int]] = field(default_factory=list)


def decode_entity(source: str) -> str | None:
    """The text an entity stands for, as written into the Document, or None to keep the source."""
    decoded = _html.unescape(source)
    if decoded == source:
        return None
    decoded = _SPECIAL_DECODED.get(decoded, decoded)
    return decoded if len(decoded) <= len(source) else None


class _Scanner(HTMLParser):
    def __init__(self, src: str, start: int, end: int, buf: list[str], scan: HtmlScan):
        super().__init__(convert_charrefs=False)
        self.src = src
        self.base = start
        self.end_offset = end
        self.buf = buf
        self.scan = scan
        self.frag_starts = line_starts(src[start:end])
        self.skip_tag: str | None = None
        self.skip_depth = 0
        self.header_footer = 0
        self.heading: list | None = None  # [level, start, end]
        self.tables: list[_Table] = []
        self.sup: list | None = None  # [open offset, open end, nested]
        self.blocks: list[tuple[str, bool]] = []  # open block elements: (tag, is a box)
        self.after_term = False  # a <dt> just closed: the <dd> that follows continues its line
        self.term_end = 0  # where that </dt> stands

    # ------------------------------------------------------------- positions
    def _pos(self) -> int:
        line, col = self.getpos()
        return self.base + self.frag_starts[line - 1] + col

    def _tag_end(self, offset: int) -> int:
        j = self.src.find(">", offset, self.end_offset)
        return self.end_offset if j < 0 else j + 1

    def _mark(self, offset: int, mark: str) -> None:
        if offset < self.end_offset and self.buf[offset] != "\n":
            self.buf[offset] = mark

    def _kept(self, s: int, e: int) -> None:
        """Record that buf[s:e] is visible text (for headings and table cells)."""
        if self.heading is not None:
            self.heading[1] = s if self.heading[1] is None else self.heading[1]
            self.heading[2] = e
        if self.tables and self.tables[-1].cell is not None:
            self.tables[-1].cell.extend(s, e)

    # ------------------------------------------------------------- skipping
    def _starts_skip(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag in SKIP_ELEMENTS:
            return True
        if self.header_footer and tag in MENU_ELEMENTS and self._link_list(tag):
            return True
        for name, value in attrs:
            if name == "hidden":
                return True
            if name == "role" and value and value.strip().lower() in SKIP_ROLES:
                return True
        return False

    def _link_list(self, tag: str) -> bool:
        """Whether the list opening here (inside a header or footer) is a menu: its text outside
        links is at most :data:`MENU_WORDS` words. A list of statements in a footer (the Important
        Safety Information of a page, a boxed warning's items) is content and is read."""
        start = self._pos()
        end = self.src.find(f"</{tag}", start, min(self.end_offset, start + MENU_LOOKAHEAD))
        if end == -1:
            return True
        body = self.src[start:end]
        lowered = body.lower()
        kept: list[str] = []
        pos = 0
        while True:                      # the text outside <a …>…</a> (one pass: str.find only)
            a = lowered.find("<a", pos)
            while a != -1 and a + 2 < len(lowered) and (lowered[a + 2].isalnum() or lowered[a + 2] == "-"):
                a = lowered.find("<a", a + 2)   # "<abbr>", "<article>": no link
            if a == -1:
                kept.append(body[pos:])
                break
            kept.append(body[pos:a])
            close = lowered.find("</a", a)
            if close == -1:
                break
            pos = close + 3
        words = _TAG.sub(" ", " ".join(kept)).split()
        return len(words) <= MENU_WORDS

    # ------------------------------------------------------------- handlers
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        offset = self._pos()
        if tag == "meta":
            named = dict(attrs)
            name = (named.get("name") or "").strip().lower()
            if name in _META_DECLARATIONS and (named.get("content") or "").strip():
                self.scan.meta.append((name, named["content"].strip(), offset))
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        if tag not in VOID_ELEMENTS and self._starts_skip(tag, attrs):
            self.skip_tag, self.skip_depth = tag, 1
            if tag in BLOCK_ELEMENTS or tag in _BLOCK_SKIPS:
                self._mark(offset, BLOCK_MARK)
            return
        if self.sup is not None:
            self.sup[2] = True
        if tag in ("table", "ul", "ol", "dl") and self.tables and self.tables[-1].row is not None:
            self.tables[-1].row.nested = True  # a table or a list inside a row: not one line
        after_term, self.after_term = self.after_term, False
        if tag in BLOCK_ELEMENTS:
            if tag == "dd" and after_term:
                # the term and its description on one line: the source's line breaks between them
                # become spaces (their offsets go to ``joined``, as a table row's do)
                for i in range(self.term_end, offset):
                    if self.buf[i] == "\n":
                        self.buf[i] = " "
                        self.scan.joined.append(i)
            else:
                self._mark(offset, BLOCK_MARK)
            if tag not in VOID_ELEMENTS:
                self.blocks.append((tag, _is_box(tag, attrs)))
        elif tag == "li":
            self._mark(offset, ITEM_MARK)
        elif tag in LINE_ELEMENTS:
            self._mark(offset, LINE_MARK)
        if tag in ALT_ELEMENTS:
            self._alt_text(tag, offset, attrs)
        if tag in ("header", "footer"):
            self.header_footer += 1
        elif tag in HEADINGS:
            self.heading = [HEADINGS[tag], None, None]
        elif tag == "sup":
            self.sup = [offset, offset + len(self.get_starttag_text() or ""), False]
        elif tag == "table":
            self.tables.append(_Table())
        elif tag == "tr" and self.tables:
            table = self.tables[-1]
            table.cell = None
            self._end_row(table, offset)
            table.rows.append([])
            table.row = _Row(offset, table.rows[-1])
        elif tag in CELL_ELEMENTS and self.tables:
            self._mark(offset, CELL_MARK)
            table = self.tables[-1]
            if not table.rows:
                table.rows.append([])
            if table.row is None:
                table.row = _Row(offset, table.rows[-1])
            cell = _Cell(colspan=_span(attrs, "colspan"), rowspan=_span(attrs, "rowspan"))
            table.rows[-1].append(cell)
            table.row.opens.append(offset)
            table.cell = cell

    def _alt_text(self, tag: str, offset: int, attrs: list[tuple[str, str | None]]) -> None:
        """An image's alt text is content (an infographic may carry every claim in it): written
        in place, where the ``alt`` value stands in the tag, entities decoded, so a finding in it
        points at the image's own line and column. Outside a table cell or a heading it is a
        paragraph of its own (block marks at the tag's ``<`` and ``>``); in a cell or a heading
        it is part of that cell's or heading's text, and so is a short alt (a few words, no end of
        sentence) between words of the text: an icon read as a word of its sentence, "80.7%
        [up arrow] than with chemotherapy" (:func:`_inline_alts`). Not read: an empty or blank alt, one with
        no letter or digit, an image marked decorative (``role="presentation"``/``"none"``,
        ``aria-hidden="true"``), an ``input`` that is no image button."""
        named: dict[str, str] = {}
        for name, value in attrs:
            named.setdefault(name, value or "")
        if tag == "input" and named.get("type", "").strip().lower() != "image":
            return
        if named.get("aria-hidden", "").strip().lower() == "true" \
                or named.get("role", "").strip().lower() in ("presentation", "none"):
            return
        raw = self.get_starttag_text() or ""
        if not raw or not self.src.startswith(raw, offset):
            return
        span = attribute_value_span(raw, "alt")
        if span is None:
            return
        vs, ve = offset + span[0], offset + span[1]
        value = self.src[vs:ve]
        if not _WORDLIKE.search(value):
            return
        self.buf[vs:ve] = decode_entities_in_place(value)
        first = vs + len(value) - len(value.lstrip())
        last = vs + len(value.rstrip())
        if self.heading is not None or (self.tables and self.tables[-1].cell is not None):
            self._kept(first, last)     # an icon in a cell, a logo in a heading: its text
            return
        self._mark(offset, BLOCK_MARK)
        self._mark(offset + len(raw) - 1, BLOCK_MARK)
        self.scan.alts.append((first, last))
        if len(value.split()) <= _INLINE_ALT_WORDS and not _SENTENCE_END.search(value):
            self.scan.inline_alts.append((offset, offset + len(raw) - 1))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_tag is not None:
            return
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS:  # <div/> and the like: an empty element
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        offset = self._pos()
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    self.skip_tag = None
                    if tag in BLOCK_ELEMENTS or tag in _BLOCK_SKIPS:
                        self._mark(offset, BLOCK_MARK)
            return
        if tag in BLOCK_ELEMENTS:
            if tag == "dt" and self._term_label(offset):
                # a definition list's term labels its description: "<dt>Grade 3 fatigue</dt><dd>6.5%</dd>"
                # reads "Grade 3 fatigue: 6.5%", one line, as a "label: figure" row is written
                self.after_term, self.term_end = True, offset
            else:
                self._mark(offset, BLOCK_MARK)
            if any(open_tag == tag for open_tag, _ in self.blocks):
                while self.blocks:
                    open_tag, box = self.blocks.pop()
                    if open_tag == tag:
                        break
                if box:
                    self.scan.box_ends.append((offset, self._tag_end(offset)))
        if tag in ("header", "footer"):
            self.header_footer = max(0, self.header_footer - 1)
        elif tag in HEADINGS and self.heading is not None:
            level, s, e = self.heading
            if s is not None:
                self.scan.headings.append((level, s, e))
            self.heading = None
        elif tag == "sup" and self.sup is not None:
            self._close_sup(offset)
        elif tag in CELL_ELEMENTS and self.tables:
            self._mark(offset, CELL_MARK)
            self.tables[-1].cell = None
        elif tag == "tr" and self.tables:
            self.tables[-1].cell = None
            self._end_row(self.tables[-1], self._tag_end(offset))
        elif tag in ("thead", "tbody", "tfoot") and self.tables:
            self._end_row(self.tables[-1], offset)
        elif tag == "table" and self.tables:
            table = self.tables.pop()
            self._end_row(table, offset)
            if sum(len(row) for row in table.rows) == 1:  # a one-cell table frames its content
                self.scan.box_ends.append((offset, self._tag_end(offset)))
            if any(table.rows):
                self.scan.tables.append(table)
        elif self.sup is not None:
            self.sup[2] = True

    def _term_label(self, offset: int) -> bool:
        """Whether the ``</dt>`` at ``offset`` closes a short term that a ``<dd>`` follows: then a
        colon is written at its ``<`` (after the term's text, unless it ends with one) and True."""
        if offset >= self.end_offset or not re.match(r"</dt\s*>\s*<dd[\s>]", self.src[offset:offset + 40], re.I):
            return False
        j = offset - 1
        while j >= self.base and self.buf[j] in " \t\n\r":
            j -= 1
        if j < self.base or offset - j > 200 or not self.buf[j].strip():
            return False
        if self.buf[j] != ":":
            self.buf[offset] = ":"
            self._kept(offset, offset + 1)
        return True

    def _end_row(self, table: _Table, offset: int) -> None:
        if table.row is not None:
            table.row.end = offset
            self.scan.rows.append(table.row)
            table.row = None

    def _close_sup(self, close_offset: int) -> None:
        open_offset, open_end, nested = self.sup
        self.sup = None
        close_end = self._tag_end(close_offset)
        visible = "".join(self.buf[open_end:close_offset])
        before = "".join(self.buf[max(self.base, open_offset - 12) : open_offset])
        if is_citation_marker(visible, before):
            self.buf[open_offset:close_end] = blank(self.src[open_offset:close_end])
            left = footnote_mark(visible, self.buf[open_offset - 1] if open_offset > self.base else "",
                                 self.src[close_end:close_end + 1], open_offset, close_end) \
                if not nested and "\n" not in self.src[open_offset:close_end] else None
            if left is not None:
                self.buf[left[0]:left[0] + len(left[1])] = list(left[1])
                self._kept(left[0], left[0] + len(left[1]))
        elif not nested and "\n" not in self.src[open_offset:close_end]:
            content = " ".join(visible.split())
            width = close_end - open_offset
            self.buf[open_offset:close_end] = content + " " * (width - len(content))
            if content:
                self._kept(open_offset, open_offset + len(content))

    def handle_data(self, data: str) -> None:
        if self.skip_tag is not None or not data:
            return
        s = self._pos()
        e = s + len(data)
        self.buf[s:e] = data
        if data.strip():
            self._kept(s, e)

    def _entity(self) -> None:
        if self.skip_tag is not None:
            return
        s = self._pos()
        m = _ENTITY.match(self.src, s, self.end_offset)
        if not m:
            return
        source = m.group()
        decoded = decode_entity(source)
        pad = " " * (len(source) - len(decoded)) if decoded is not None else ""
        after = self.src[m.end() : m.end() + 1]
        before = self.src[s - 1 : s] if s else " "
        if decoded is None:
            text = source
        elif after and not after.isspace() and after != "&" and (before.isspace() or before == ">"):
            text = pad + decoded  # "&lt;0.01%": the sign stays glued to the number it qualifies
        else:
            text = decoded + pad
        self.buf[s : m.end()] = text
        if text.strip():
            self._kept(s, s + max(1, len(text.rstrip())))

    def handle_entityref(self, name: str) -> None:
        self._entity()

    def handle_charref(self, name: str) -> None:
        self._entity()

    def handle_comment(self, data: str) -> None:
        offset = self._pos()
        if self.src.startswith("<!--", offset):
            close = self.src.find("-->", offset + 4 + len(data), self.end_offset)
            end = self.end_offset if close < 0 else close + 3
            self.scan.comments.append((offset, self.src[offset:end]))


#: elements whose ``alt`` text is read (``input`` only as an image button: ``type="image"``)
ALT_ELEMENTS = frozenset({"img", "area", "input"})
#: an attribute of a start tag: its name, then ``=`` and its value, quoted or not (bounded gaps)
_ATTRIBUTE = re.compile(r"""([^\s/>"'=][^\s/>=]*)(?:[ \t\n\f]{0,64}=[ \t\n\f]{0,64}("[^"]*"|'[^']*'|[^\s>]*))?""")
_WORDLIKE = re.compile(r"\w")


#: an alt text of at most this many words, without an end of sentence, between words of the text is
#: read as a word of its sentence (an icon: "up arrow", "p<0.001 marker"), not as a paragraph
_INLINE_ALT_WORDS = 4
_SENTENCE_END = re.compile(r"[.!?;:](?:\s|$)")
#: how far around an image's tag text is looked for
_FLANK_REACH = 200


def _inline_alts(buf: list[str], tags: list[tuple[int, int]], lo: int, hi: int) -> None:
    """Undo the block marks of a short alt's tag where text flanks it on its line, with only
    blanked markup between (``Results <img alt="up arrow"> by 20%``): the alt reads in its
    sentence as a browser shows it when the image is not loaded."""
    def text_at(p: int, step: int) -> bool:
        for _ in range(_FLANK_REACH):
            if not lo <= p < hi:
                return False
            ch = buf[p]
            if ch not in " \t":
                return ch not in (BLOCK_MARK, CELL_MARK, LINE_MARK, ITEM_MARK, "\n", "\f")
            p += step
        return False

    for s, e in tags:
        if buf[s] == BLOCK_MARK and buf[e] == BLOCK_MARK and text_at(s - 1, -1) and text_at(e + 1, 1):
            buf[s] = buf[e] = " "


def attribute_value_span(raw: str, wanted: str) -> tuple[int, int] | None:
    """(start, end) of the value of attribute ``wanted`` (lower-case) in the raw start tag ``raw``
    (quotes excluded), the first such attribute as a browser takes it; None when it has none."""
    m = re.match(r"<[^\s/>]*", raw)
    pos = m.end() if m else 0
    while True:
        m = _ATTRIBUTE.search(raw, pos)
        if m is None:
            return None
        if m.group(1).lower() == wanted:
            if m.group(2) is None:
                return None
            s, e = m.span(2)
            if raw[s:s + 1] in ("'", '"'):
                s, e = s + 1, e - 1
            return s, e
        pos = m.end()


def decode_entities_in_place(value: str) -> str:
    """``value`` (an attribute value as written) with its entities decoded in place, same length:
    the decoded character then spaces, or spaces first when the entity opens a word, so
    ``&lt;0.01`` stays ``<0.01`` (as in text, :meth:`_Scanner._entity`)."""
    if "&" not in value:
        return value
    out: list[str] = []
    pos = 0
    for m in _ENTITY.finditer(value):
        decoded = decode_entity(m.group())
        if decoded is None:
            continue
        out.append(value[pos:m.start()])
        pad = " " * (len(m.group()) - len(decoded))
        before = value[m.start() - 1:m.start()] if m.start() else " "
        after = value[m.end():m.end() + 1]
        glued = after and not after.isspace() and after != "&" and before.isspace()
        out.append(pad + decoded if glued else decoded + pad)
        pos = m.end()
    out.append(value[pos:])
    return "".join(out)


#: <meta name="…"> a page declares its market or product with (as front matter does in Markdown)
_META_DECLARATIONS = frozenset({"market", "product"})

#: elements that set their content apart from the flow around it
BOX_ELEMENTS = frozenset({"aside", "blockquote", "fieldset", "section", "article", "details"})
#: a class or id naming a box ("boxed-warning", "isi-box", "bw", "callout"), by its words
_BOX_NAME = re.compile(r"box|(?:^|[-_\s])(?:bw|callout|alert|panel|frame[d]?|border(?:ed)?|warning)(?=$|[-_\s\d])")
#: an inline style that draws a border (not "border: 0", "border: none")
_BORDER_STYLE = re.compile(r"border(?:-[a-z]+)?[ \t]{0,8}:(?![ \t]{0,8}(?:0|none|hidden)\b)[^;]{0,200}\S")


def _is_box(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    """Whether a block element is a box, whose end ends a section of the text: a sectioning or
    aside element (``section``, ``aside``, ``blockquote``, …), or any block whose class or id
    names a box or which draws a border. A box's scope (the boxed warning's block, a section's
    claims) stops at its edge instead of running on into the text after it."""
    if tag in BOX_ELEMENTS:
        return True
    for name, value in attrs:
        if not value:
            continue
        if name in ("class", "id") and _BOX_NAME.search(value.lower()):
            return True
        if name == "style" and _BORDER_STYLE.search(value.lower()):
            return True
    return False


def mark_box_ends(text: str, box_ends: list[tuple[int, int]]) -> str:
    """``text`` with a form feed (a section break for the rule packs, as a page break is) written
    in the blanked closing tag of each box: on a line of its own where the tag left one, else at
    the start of the line after it. Same length; nothing is written where the tag left no room.

    Linear: line starts are found once, and whether a line is blank is decided once per line."""
    if not box_ends:
        return text
    chars = list(text)
    starts = line_starts(text)
    blank_line: dict[int, bool] = {}

    def is_blank(p: int) -> bool:
        k = bisect.bisect_right(starts, p) - 1
        if k not in blank_line:
            end = starts[k + 1] - 1 if k + 1 < len(starts) else len(text)
            blank_line[k] = _NON_SPACE.search(text, starts[k], end) is None
        return blank_line[k]

    for s, e in box_ends:
        spots = [p for p in range(s, min(e, s + _MAX_TAG, len(chars))) if chars[p] == " "]
        if not spots:
            continue
        alone = next((p for p in spots if is_blank(p)), None)
        chars[spots[0] if alone is None else alone] = "\f"
    return "".join(chars)


#: a closing tag is looked at over this many characters at most
_MAX_TAG = 64
_NON_SPACE = re.compile(r"[^ \t\f]")


def _span(attrs: list[tuple[str, str | None]], name: str) -> int:
    for key, value in attrs:
        if key == name and value:
            try:
                return max(1, min(_MAX_SPAN, int(value.strip())))
            except ValueError:
                return 1
    return 1


def scan_html(src: str, start: int, end: int, buf: list[str],
              blocks: list[tuple[str, bool]] | None = None) -> HtmlScan:
    """Blank the markup of ``src[start:end]`` in ``buf`` (a list of characters of ``src``).

    ``blocks``: the block elements left open by earlier fragments of the same document (the
    Markdown reader scans each HTML block apart: ``<div class="box">`` and its ``</div>`` may be
    two fragments); updated in place."""
    buf[start:end] = blank(src[start:end])
    scan = HtmlScan()
    scanner = _Scanner(src, start, end, buf, scan)
    if blocks is not None:
        scanner.blocks = blocks
    scanner.feed(src[start:end])
    scanner.close()
    if scanner.heading is not None and scanner.heading[1] is not None:
        level, s, e = scanner.heading
        scan.headings.append((level, s, e))
    while scanner.tables:  # unclosed tables
        table = scanner.tables.pop()
        scanner._end_row(table, end)
        if any(table.rows):
            scan.tables.append(table)
    _inline_alts(buf, scan.inline_alts, start, end)
    slots = _grid_slots(scan.tables)
    for row in scan.rows:
        _flatten_row(row, buf, scan.joined, slots.get(id(row.cells)))
    return scan


#: what a flattened row holds in place of a column that a cell spans into from elsewhere (so every
#: row has one text cell per column, and no cell is read under another column's header): the
#: column a cell of a row above spans down into (rowspan) reads "〃" (ditto), a column a cell on
#: its left spans into (colspan) reads "←". A value followed by "←" belongs to every column it
#: spans, not to the first (a hazard ratio across both arms' columns is no arm's value).
ROWSPAN_CELL = "\u3003"
COLSPAN_CELL = "\u2190"


def _grid_slots(tables: list[_Table]) -> dict[int, list]:
    """Per row (by ``id`` of its cell list), its columns in order: each a cell of the row, or
    ROWSPAN_CELL / COLSPAN_CELL for a column spanned into from above or from the left."""
    out: dict[int, list] = {}
    for table in tables:
        carry: dict[int, int] = {}   # column -> rows it is still spanned into from above
        for cells in table.rows:
            slots: list = []
            col = 0
            below: dict[int, int] = {c: n - 1 for c, n in carry.items() if n > 1}
            for cell in cells:
                while col in carry:
                    slots.append(ROWSPAN_CELL)
                    col += 1
                for k in range(cell.colspan):
                    slots.append(cell if k == 0 else COLSPAN_CELL)
                    if cell.rowspan > 1:
                        below[col] = cell.rowspan - 1
                    col += 1
            while col in carry:
                slots.append(ROWSPAN_CELL)
                col += 1
            carry = below
            out[id(cells)] = slots
    return out


#: a row whose cells hold more visible text than this is page layout, not data: left as it is
_MAX_ROW_TEXT = 1000
_ROW_BLANKS = frozenset(("\n", BLOCK_MARK, LINE_MARK, ITEM_MARK, CELL_MARK))


def _flatten_row(row: _Row, buf: list[str], joined: list[int], slots: list | None = None) -> None:
    """Write a table row of two or more cells as one line, its cells separated by ``|``, one per
    cell boundary, empty cells included: the grid the text-based table reading (a row is a line,
    the n-th cell is under the n-th header cell) needs, however the source is laid out.

    The source may put each cell on a line of its own, break a cell with ``<br>`` or wrap it in
    ``<p>``; the browser shows one row either way, so newlines and block/line marks inside the
    row become spaces (their offsets go to ``joined``, for the segments that keep locations).
    The separator before cell k (k ≥ 1) is a ``|`` written into the blanked markup between the
    cells, one space after the text before it: so an empty cell keeps its column ("Rate | 31% |" under "Event | A | B") and a
    value is never taken for the next column's. The row's own line break (the mark at ``<tr>``)
    stays. Left as they are: one-cell rows, rows holding a nested table, rows with more than
    ``_MAX_ROW_TEXT`` characters of text (layout tables), rows holding a list (its items keep
    their lines) and rows with no text at all.
    """
    if row.end is None or len(row.opens) < (1 if slots and len(slots) > 1 else 2) or row.nested:
        return
    text = sum(c.end - c.start for c in row.cells if c.start is not None)
    if text == 0 or text > _MAX_ROW_TEXT:
        return
    for i in range(row.start + 1, row.end):
        ch = buf[i]
        if ch in _ROW_BLANKS:
            if ch == "\n":
                joined.append(i)
            buf[i] = " "
    after = None  # where the text before the next separator ends
    spanned = _spanned_columns(row, slots)
    for cell, at in zip(row.cells, row.opens):
        # the room for spanned-into columns and the separator: the blanked markup before the cell
        # and the cell's own start tag, up to its text ("<tr><th>A</th>" under two rowspan cells)
        room = max(at, cell.start - 1) if cell.start is not None else at
        after = _write_spanned(buf, spanned.get(id(cell), ()), after, row.start + 1, room)
        if after is not None:
            sep = after + 1 if after + 1 <= room and buf[after + 1] == " " else max(at, after)
            buf[sep] = "|"  # "text |": one space after the text before it
            after = sep + 1
        if cell.end is not None:
            after = cell.end
        elif after is None:
            after = at
    _write_spanned(buf, spanned.get(None, ()), after, row.start + 1, row.end)


def _spanned_columns(row: _Row, slots: list | None) -> dict:
    """The spanned-into columns (ROWSPAN_CELL, COLSPAN_CELL) before each cell of the row (by
    ``id``), and after its last (key None)."""
    out: dict = {}
    if not slots or all(isinstance(s, _Cell) for s in slots):
        return out
    pending: list[str] = []
    for s in slots:
        if isinstance(s, _Cell):
            if pending:
                out[id(s)] = pending
            pending = []
        else:
            pending.append(s)
    if pending:
        out[None] = pending
    return out


def _write_spanned(buf: list[str], marks, after: int | None, lo: int, limit: int) -> int | None:
    """Write the spanned-into columns ``marks`` as cells into the blank stretch before ``limit``
    ("text | 〃 |"; before the row's first cell "〃 | text"), each only where the markup left room
    for it (four blanks, one more for the separator that follows); returns where the text ends."""
    for mark in marks:
        if after is None:   # before the row's first cell: "〃 " then the separator of that cell
            if lo + 2 >= limit or any(buf[i] != " " for i in range(lo, lo + 3)):
                return after
            buf[lo] = mark
            after = lo + 1
            continue
        if after + 4 >= limit or any(buf[i] != " " for i in range(after, after + 4)):
            return after
        buf[after + 1] = "|"
        buf[after + 3] = mark
        after += 4
    return after


# ------------------------------------------------------------------ finishing
def finish_headings(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, str]]:
    """(offset, level, text) for heading spans, text whitespace-normalised."""
    out = []
    for level, s, e in spans:
        offset, heading = span_text(text, s, e)
        heading = " ".join(heading.replace("|", " ").split())
        if heading:
            out.append((offset, level, heading))
    return sorted(out)


def finish_tables(text: str, tables: list[_Table]) -> list[list[list[tuple[int, str]]]]:
    """Tables as rows of (offset, cell text) with colspan/rowspan expanded."""
    out = []
    for table in sorted(tables, key=_table_start):
        grid: list[list[tuple[int, str]]] = []
        carry: dict[int, list] = {}  # column -> [value, rows left]

        def take_carry(col: int, row: list) -> int:
            while col in carry:
                value, left = carry[col]
                row.append(value)
                if left <= 1:
                    del carry[col]
                else:
                    carry[col][1] = left - 1
                col += 1
            return col

        for raw in table.rows:
            row: list[tuple[int, str]] = []
            col = 0
            for cell in raw:
                col = take_carry(col, row)
                if cell.start is None:
                    value = (_cell_anchor(row), "")
                else:
                    value = span_text(text, cell.start, cell.end)
                for _ in range(cell.colspan):
                    row.append(value)
                    if cell.rowspan > 1:
                        carry[col] = [value, cell.rowspan - 1]
                    col += 1
            for pending in sorted(k for k in carry if k >= col):
                col = take_carry(max(col, pending), row)
            if row:
                grid.append(row)
        if grid:
            out.append(grid)
    return out


def _table_start(table: _Table) -> int:
    starts = [c.start for row in table.rows for c in row if c.start is not None]
    return min(starts) if starts else 0


def _cell_anchor(row: list[tuple[int, str]]) -> int:
    """Where an empty cell is anchored: just after the previous cell of its row."""
    if row:
        offset, value = row[-1]
        return offset + len(value)
    return 0


# ------------------------------------------------------------------ reader
def parse_html(path: str, text: str) -> Document:
    """A Document from decoded HTML text (offsets as in ``text``)."""
    text = sanitize_marks(text)
    buf = list(text)
    scan = scan_html(text, 0, len(text), buf)
    drop_repeated_alts(buf, scan.alts)
    final, inserted = resolve_marks("".join(buf))
    final = mark_box_ends(final, scan.box_ends)
    segments = segments_for_inserted_newlines(len(final), sorted({*inserted, *scan.joined}), line_starts(text))
    metadata: dict = {"headings": finish_headings(final, scan.headings)}
    for name, content, offset in scan.meta:  # the first of each wins
        if name not in metadata:
            metadata[name] = content.upper() if name == "market" else content
            metadata[f"{name}_line"] = text.count("\n", 0, offset) + 1
    return Document(
        path=path,
        text=final,
        format="html",
        metadata=metadata,
        comments=sorted(scan.comments),
        segments=segments,
        tables=finish_tables(final, scan.tables),
    )


def read_html(path: str, data: bytes) -> Document:
    text, encoding = decode_text(path, data)
    doc = parse_html(path, text)
    doc.metadata["encoding"] = encoding
    return doc
