"""Markdown reader: markdown-it-py (CommonMark + tables), offsets kept as in the file.

The parser decides what is what; the reader then blanks (spaces, newlines kept) everything that
is not prose, so ``Document.text[i]`` sits at the line/column of character ``i`` of the file:

* YAML front matter (``---`` … ``---``/``...`` at the top) is parsed with ``yaml.safe_load``
  into ``metadata["front_matter"]`` (``market:`` also into ``metadata["market"]``) and blanked;
  malformed YAML is an InputError at its file line;
* fenced and indented code blocks, inline code spans, horizontal rules, link reference
  definitions, link destinations/titles, autolinks and image sources are blanked; link text
  and image alt text are kept;
* markup characters are blanked: heading ``#``/setext underlines, emphasis delimiters,
  list markers (``-``, ``1.``), blockquote ``>``, the table delimiter row, escape backslashes;
  table pipes between cells are kept (they separate cells);
* list markers become ``-`` (``1.`` → ``- ``), the bullet the sentence splitter breaks at;
  an ATX heading's ``#`` becomes a newline, so a blank line sets the heading off from the text
  before it (``segments`` then map offsets back to the file's lines); table rows stay on their
  lines, so a table is one block for inline suppressions;
* HTML comments are blanked and collected in ``Document.comments`` as ``(offset, raw comment
  from "<!--" to "-->")``; inline and block HTML goes
  through the HTML reader's scanner (tags blanked, entities decoded, citation ``<sup>`` dropped);
* headings go to ``metadata["headings"]`` as ``(offset, level, text)``; tables fill
  ``Document.tables`` cell by cell.
"""

from __future__ import annotations

import re

import yaml
from markdown_it import MarkdownIt

from ..errors import InputError
from .base import Document
from .html import decode_entity, finish_headings, finish_tables, scan_html, _Cell, _Table
from .text import (
    BLOCK_MARK,
    LINE_MARK,
    blank,
    decode_text,
    is_citation_marker,
    line_starts,
    resolve_marks,
    sanitize_marks,
    segments_for_inserted_newlines,
)

_PARSER: MarkdownIt | None = None


def _parser() -> MarkdownIt:
    global _PARSER
    if _PARSER is None:
        md = MarkdownIt("commonmark").enable("table")
        # keep entities and escapes as separate tokens that carry their source text
        md.core.ruler.disable("text_join")
        _PARSER = md
    return _PARSER


_FRONT_OPEN = re.compile(r"---[ \t]*\n")
_FRONT_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_BLOCKQUOTE_PREFIX = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)
_LIST_MARKER = re.compile(r"^([ \t]*)([-+*]|\d{1,9}[.)])(?=[ \t]|$)")
_ATX_OPEN = re.compile(r"^([ \t]*)(#{1,6})(?=[ \t]|$)")
_ATX_CLOSE = re.compile(r"(?<![ \t])[ \t]+#+[ \t]*$|^#+[ \t]*$")  # lookbehind: linear on long blank runs
_SUP_OPEN = re.compile(r"<sup\b[^>]*>", re.I)
_SUP_CLOSE = re.compile(r"</sup\s*>", re.I)
_BR = re.compile(r"<br\b", re.I)
_TICKS: dict[int, re.Pattern[str]] = {}


def _ticks(n: int) -> re.Pattern[str]:
    if n not in _TICKS:
        _TICKS[n] = re.compile(r"(?<!`)`{%d}(?!`)" % n)
    return _TICKS[n]


class _State:
    def __init__(self, path: str, text: str):
        self.path = path
        self.src = text
        self.buf = list(text)
        self.starts = line_starts(text)
        self.comments: list[tuple[int, str]] = []
        self.headings: list[tuple[int, int, int]] = []
        self.tables: list[_Table] = []

    # line helpers -------------------------------------------------------------
    def line_span(self, first: int, last: int) -> tuple[int, int]:
        """Offsets of lines [first, last) (0-based), without the final newline."""
        starts = self.starts
        s = starts[first] if first < len(starts) else len(self.src)
        e = starts[last] - 1 if last < len(starts) else len(self.src)
        return s, max(s, e)

    def blank(self, s: int, e: int) -> None:
        if e > s:
            self.buf[s:e] = blank(self.src[s:e])

    def write(self, s: int, text: str) -> None:
        self.buf[s : s + len(text)] = text

    def buffer_line(self, line: int) -> tuple[int, str]:
        s, e = self.line_span(line, line + 1)
        return s, "".join(self.buf[s:e])


def parse_markdown(path: str, text: str) -> Document:
    """A Document from decoded Markdown text (offsets as in ``text``)."""
    text = sanitize_marks(text)
    state = _State(path, text)
    metadata: dict = {}
    body = text
    front_end = _front_matter(state, metadata)
    if front_end:
        body = blank(text[:front_end]) + text[front_end:]
    tokens = _parser().parse(body)
    _walk(state, tokens, front_end)
    final, inserted = resolve_marks("".join(state.buf))
    metadata["headings"] = finish_headings(final, state.headings)
    return Document(
        path=path,
        text=final,
        format="markdown",
        metadata=metadata,
        comments=sorted(state.comments),
        segments=segments_for_inserted_newlines(len(final), inserted, state.starts),
        tables=finish_tables(final, state.tables),
    )


def read_markdown(path: str, data: bytes) -> Document:
    text, encoding = decode_text(path, data)
    doc = parse_markdown(path, text)
    doc.metadata["encoding"] = encoding
    return doc


# ------------------------------------------------------------------ front matter
def _front_matter(state: _State, metadata: dict) -> int:
    """Parse and blank YAML front matter; return the offset where the body starts (0 if none)."""
    src = state.src
    m = _FRONT_OPEN.match(src)
    if not m:
        return 0
    close = _FRONT_CLOSE.search(src, m.end())
    if not close:
        return 0
    raw = src[m.end() : close.start()]
    try:
        data = yaml.safe_load(raw) if raw.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = 2 + mark.line if mark is not None else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(f"invalid YAML front matter: {problem}", state.path, line) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("front matter must be a YAML mapping (key: value)", state.path, 2)
    metadata["front_matter"] = data
    if data.get("market") is not None:
        metadata["market"] = str(data["market"]).strip().upper()
    end = close.end()
    state.blank(0, end)
    return end


# ------------------------------------------------------------------ blocks
def _walk(state: _State, tokens: list, front_end: int) -> None:
    covered: list[tuple[int, int]] = []
    heading_level: int | None = None
    table: _Table | None = None
    cell: _Cell | None = None
    row_line = -1
    row_cursor = 0
    for tok in tokens:
        ty = tok.type
        if tok.level == 0 and tok.map:
            covered.append((tok.map[0], tok.map[1]))
        if ty in ("fence", "code_block", "hr"):
            state.blank(*state.line_span(tok.map[0], tok.map[1]))
        elif ty == "html_block":
            s, e = state.line_span(tok.map[0], tok.map[1])
            _html_fragment(state, s, e)
        elif ty == "blockquote_open":
            s, e = state.line_span(tok.map[0], tok.map[1])
            for m in _BLOCKQUOTE_PREFIX.finditer(state.src, s, e):
                state.blank(m.start(), m.end())
        elif ty == "list_item_open":
            s, line = state.buffer_line(tok.map[0])
            m = _LIST_MARKER.match(line)
            if m:  # every marker becomes "-": the sentence splitter's bullet, and never a number
                state.blank(s + m.start(2), s + m.end(2))
                state.buf[s + m.start(2)] = "-"
        elif ty == "heading_open":
            heading_level = int(tok.tag[1])
            if tok.markup in ("=", "-"):  # setext: blank the underline
                state.blank(*state.line_span(tok.map[1] - 1, tok.map[1]))
            else:
                s, line = state.buffer_line(tok.map[0])
                m = _ATX_OPEN.match(line)
                if m:
                    state.blank(s + m.start(2), s + m.end(2))
                    state.buf[s + m.start(2)] = BLOCK_MARK
        elif ty == "heading_close":
            heading_level = None
        elif ty == "table_open":
            table = _Table()
            state.tables.append(table)
            state.blank(*state.line_span(tok.map[0] + 1, tok.map[0] + 2))  # delimiter row
        elif ty == "table_close":
            table = None
        elif ty == "tr_open" and table is not None:
            table.rows.append([])
            row_line = tok.map[0] if tok.map else -1
            row_cursor = state.line_span(row_line, row_line + 1)[0] if row_line >= 0 else 0
        elif ty in ("th_open", "td_open") and table is not None:
            cell = _Cell()
            table.rows[-1].append(cell)
        elif ty in ("th_close", "td_close"):
            cell = None
        elif ty == "inline" and tok.map:
            if cell is not None:
                start = row_cursor
                end = state.line_span(row_line, row_line + 1)[1]
            else:
                start, end = state.line_span(tok.map[0], tok.map[1])
                # content starts at the first non-blank of its first line once container
                # markers (list bullets, ">") are blanked
                s, line = state.buffer_line(tok.map[0])
                start = s + len(line) - len(line.lstrip())
            first, last = _inline(state, tok, start, end)
            if cell is not None:
                if first is not None:
                    cell.extend(first, last)
                    row_cursor = last
                else:
                    j = state.src.find("|", row_cursor, end)
                    cell.extend(row_cursor, row_cursor)
                    row_cursor = j + 1 if j >= 0 else row_cursor
            if heading_level is not None and first is not None:
                line_end = state.line_span(tok.map[0], tok.map[1])[1]
                tail = _ATX_CLOSE.search("".join(state.buf[last:line_end]))
                if tail and "#" in tail.group():
                    state.blank(last + tail.start(), last + tail.end())
                state.headings.append((heading_level, first, last))
    _blank_uncovered(state, covered, front_end)


def _blank_uncovered(state: _State, covered: list[tuple[int, int]], front_end: int) -> None:
    """Lines no top-level block claims are link reference definitions: blank them."""
    line = 0
    first_body_line = state.src.count("\n", 0, front_end)
    for start, end in sorted(covered) + [(len(state.starts), len(state.starts))]:
        if start > line:
            s, e = state.line_span(max(line, first_body_line), start)
            if e > s and state.src[s:e].strip():
                state.blank(s, e)
        line = max(line, end)


def _html_fragment(state: _State, s: int, e: int) -> None:
    scan = scan_html(state.src, s, e, state.buf)
    state.comments.extend(scan.comments)
    state.headings.extend(scan.headings)
    state.tables.extend(scan.tables)


# ------------------------------------------------------------------ inline
def _inline(state: _State, tok, start: int, end: int) -> tuple[int | None, int]:
    """Blank the inline markup of one inline token within src[start:end].

    Children are found in order in the source (each search starts where the previous child
    ended), so positions come from the parser's own token sequence. Returns the span of the
    visible content (first, last) or (None, start) for empty content.
    """
    src = state.src
    children = tok.children or []
    cur = start
    first: int | None = None
    last = start
    autolink_start = -1
    i = 0
    n = len(children)

    def seen(s: int, e: int) -> None:
        nonlocal first, last, cur
        if first is None or s < first:
            first = s
        last = max(last, e)
        cur = e

    while i < n:
        c = children[i]
        ty = c.type
        if ty == "text":
            if c.content:
                j = src.find(c.content, cur, end)
                if j < 0:
                    break
                seen(j, j + len(c.content))
        elif ty in ("softbreak", "hardbreak"):
            pass
        elif ty == "text_special":
            j = src.find(c.markup, cur, end)
            if j < 0:
                break
            if c.info == "entity":
                decoded = decode_entity(c.markup)
                if decoded is not None:
                    state.write(j, decoded + " " * (len(c.markup) - len(decoded)))
            elif c.markup.startswith("\\"):
                state.blank(j, j + 1)
            seen(j, j + len(c.markup))
        elif ty in ("em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"):
            j = src.find(c.markup, cur, end)
            if j < 0:
                break
            state.blank(j, j + len(c.markup))
            cur = j + len(c.markup)
        elif ty == "code_inline":
            pattern = _ticks(len(c.markup))
            m1 = pattern.search(src, cur, end)
            m2 = pattern.search(src, m1.end(), end) if m1 else None
            if not m2:
                break
            state.blank(m1.start(), m2.end())
            cur = m2.end()
        elif ty == "html_inline":
            j = src.find(c.content, cur, end)
            if j < 0:
                break
            k = j + len(c.content)
            if c.content.startswith("<!--"):
                state.comments.append((j, c.content))
                state.blank(j, k)
                cur = k
            elif _SUP_OPEN.fullmatch(c.content) and i + 2 < n and children[i + 1].type == "text" \
                    and children[i + 2].type == "html_inline" \
                    and _SUP_CLOSE.fullmatch(children[i + 2].content):
                t = src.find(children[i + 1].content, k, end)
                close = src.find(children[i + 2].content, max(k, t), end)
                if t < 0 or close < 0:
                    break
                close_end = close + len(children[i + 2].content)
                marker = children[i + 1].content
                before = "".join(state.buf[max(start, j - 12) : j])
                if is_citation_marker(marker, before) or "\n" in src[j:close_end]:
                    state.blank(j, close_end)
                else:
                    marker = " ".join(marker.split())
                    state.write(j, marker + " " * (close_end - j - len(marker)))
                    seen(j, j + len(marker))
                cur = close_end
                i += 2
            else:
                state.blank(j, k)
                if _BR.match(c.content):
                    state.buf[j] = LINE_MARK
                cur = k
        elif ty == "link_open":
            if c.markup == "autolink":
                j = src.find("<", cur, end)
                if j < 0:
                    break
                autolink_start = j
                cur = j + 1
            else:
                j = src.find("[", cur, end)
                if j < 0:
                    break
                state.blank(j, j + 1)
                cur = j + 1
        elif ty == "link_close":
            if c.markup == "autolink":
                j = src.find(">", cur, end)
                if j < 0 or autolink_start < 0:
                    break
                state.blank(autolink_start, j + 1)
                cur = j + 1
            else:
                j = src.find("]", cur, end)
                if j < 0:
                    break
                k = _link_tail(src, j + 1, end)
                state.blank(j, k)
                cur = k
        elif ty == "image":
            j = src.find("![", cur, end)
            if j < 0:
                break
            alt_end = j + 2 + len(c.content)
            if src.startswith(c.content, j + 2) and src[alt_end : alt_end + 1] == "]":
                state.blank(j, j + 2)
                k = _link_tail(src, alt_end + 1, end)
                state.blank(alt_end, k)
                if c.content.strip():
                    seen(j + 2, alt_end)
                cur = k
            else:
                break
        i += 1
    return first, last


def _link_tail(src: str, p: int, end: int) -> int:
    """End of a link's ``(destination "title")`` or ``[label]`` starting at ``p`` (or ``p``)."""
    if p >= end:
        return p
    if src[p] == "[":
        k = src.find("]", p + 1, end)
        return k + 1 if k >= 0 else p
    if src[p] != "(":
        return p
    depth = 0
    quote = ""
    q = p
    while q < end:
        ch = src[q]
        if ch == "\\":
            q += 2
            continue
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'" and src[q - 1] in " \t\n":
            quote = ch
        elif ch == "<" and q == p + 1:
            k = src.find(">", q, end)
            q = k if k >= 0 else q
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return q + 1
        q += 1
    return p
