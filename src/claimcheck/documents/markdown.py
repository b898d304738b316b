"""Markdown reader: markdown-it-py (CommonMark + tables), offsets kept as in the file.

The parser decides what is what; the reader then blanks (spaces, newlines kept) everything that
is not prose, so ``Document.text[i]`` sits at the line/column of character ``i`` of the file:

* YAML front matter (``---`` … ``---``/``...`` at the top) is parsed with ``yaml.safe_load``
  into ``metadata["front_matter"]`` (``market:`` also into ``metadata["market"]``) and blanked;
  malformed YAML is an InputError at its file line;
* fenced and indented code blocks, inline code spans, horizontal rules, link reference
  definitions, link destinations/titles, autolinks and image sources are blanked; link text
  and image alt text are kept (the alt's own emphasis and entities read as text; an inline
  ``<img alt>`` is read as the HTML reader reads it; a sentence of an alt the visible text
  repeats word for word is not read twice: :func:`.text.drop_repeated_alts`);
* markup characters are blanked: heading ``#``/setext underlines, emphasis delimiters,
  list markers (``-``, ``1.``), blockquote ``>``, the table delimiter row, escape backslashes;
  table pipes between cells are kept (they separate cells);
* list markers become ``-`` (``1.`` → ``- ``), the bullet the sentence splitter breaks at;
  an ATX heading's ``#`` becomes a newline, so a blank line sets the heading off from the text
  before it (so does a blockquote's first ``>`` when the quote interrupts a paragraph) (``segments`` then map offsets back to the file's lines); table rows stay on their
  lines, so a table is one block for inline suppressions;
* HTML comments are blanked and collected in ``Document.comments`` as ``(offset, raw comment
  from "<!--" to "-->")``; inline and block HTML goes
  through the HTML reader's scanner (tags blanked, entities decoded, citation ``<sup>`` dropped;
  table rows one line of cells, the end of a box a section break, as in an HTML file);
* headings go to ``metadata["headings"]`` as ``(offset, level, text)``; tables fill
  ``Document.tables`` cell by cell; each top-level block quote's ``(start, end)`` goes to
  ``metadata["containers"]`` (a quote used as a box ends where the quote ends).

Speed: markdown-it is pure Python and was most of the time of reading a draft, so it runs
only where its answer is not known beforehand (the Document is the same either way;
tests/documents/test_markdown_fast.py compares the two):

* a document made only of paragraphs, ATX headings and simple ``-``/``*``/``+`` bullet lists
  (the usual draft) has its blocks found by :func:`_fast_blocks`, which makes the tokens
  markdown-it would make; anything else (code, quotes, HTML, tables, numbered lists, setext
  headings, link reference definitions, tabs or odd whitespace at a line's edge, …) goes to
  markdown-it's block parser;
* inline content gets its children from :func:`_children` without the inline parser when it
  has no inline syntax (``\\ ` * _ & < [ ]``), only syntax no rule can act on (``P<0.001``,
  ``[97.5% CI]``, ``last_name``), or a leading ``**Label:**`` and nothing else;
* markdown-it itself is imported only when a document needs it.
"""

from __future__ import annotations

import bisect
import re

import yaml

from ..errors import InputError
from .base import Document
from .plaintables import PlainTable, apply_plain_tables, find_plain_tables, table_grid
from .html import decode_entity, finish_headings, finish_tables, mark_box_ends, scan_html, _Cell, _Table
from .text import (
    BLOCK_MARK,
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
)

_PARSER = None


def _parser():
    """markdown-it (CommonMark + tables), imported and built on first use.

    The import is lazy because it costs more than reading most documents, and a run that only
    reads plain text or fast-path Markdown (see :func:`_fast_blocks`, :func:`_children`) never
    needs it. The core "inline" rule is off: :func:`_walk` asks :func:`_children` for the
    children of each inline token it uses, which calls the inline parser with the same content
    and env as the core rule would, and only when the content has inline syntax.
    """
    global _PARSER
    if _PARSER is None:
        from markdown_it import MarkdownIt

        md = MarkdownIt("commonmark").enable("table")
        # keep entities and escapes as separate tokens that carry their source text
        md.core.ruler.disable(["text_join", "inline"])
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
#: an inline HTML tag that may carry alt text (html.ALT_ELEMENTS)
_ALT_TAG = re.compile(r"<(?:img|area|input)\b", re.I)
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
        #: source newlines an HTML table row was joined over (see html._flatten_row)
        self.joined: list[int] = []
        #: closing tags of HTML boxes (see html.mark_box_ends)
        self.box_ends: list[tuple[int, int]] = []
        self.html_blocks: list[tuple[str, bool]] = []  # block elements open across HTML fragments
        #: (start, end) of each top-level block quote: a container whose end is a block boundary
        #: (``metadata["containers"]``; read by the rule packs' text index, nothing is written)
        self.containers: list[tuple[int, int]] = []
        #: (start, end) of image alt texts (Markdown ``![alt](src)``, HTML ``<img alt>``): see
        #: html.drop_repeated_alts
        self.alts: list[tuple[int, int]] = []

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
    env: dict = {}  # markdown-it's env: link reference definitions, read by the inline parser
    tokens = _fast_blocks(body)
    if tokens is None:
        tokens = _parser().parse(body, env)
    _walk(state, tokens, front_end, env)
    _read_speaker_notes(state, metadata)
    plain = _plain_tables(state, tokens)
    drop_repeated_alts(state.buf, state.alts)
    final, inserted = resolve_marks("".join(state.buf))
    final = mark_box_ends(final, state.box_ends)
    metadata["headings"] = finish_headings(final, state.headings)
    if state.containers:
        metadata["containers"] = state.containers
    return Document(
        path=path,
        text=final,
        format="markdown",
        metadata=metadata,
        comments=sorted(state.comments),
        segments=segments_for_inserted_newlines(len(final), sorted({*inserted, *state.joined}), state.starts),
        tables=_merge_tables(finish_tables(final, state.tables), [table_grid(final, t) for t in plain]),
    )


#: the info strings of a fenced block that holds preformatted text, not code
_PLAIN_FENCES = ("", "text", "txt", "plain", "plaintext")


def _plain_tables(state: _State, tokens: list) -> list[PlainTable]:
    """Tables typed as plain text (columns lined up with spaces or tabs, documents/plaintables.py) in
    top-level paragraphs, indented code blocks, fenced blocks of plain text, thematic breaks and
    setext headings (a dashed rule under a header row makes one): their cell boundaries written
    into the buffer, their rule lines blanked, a code block's rows unblanked (a table indented or
    fenced to keep its columns is content, not code), and a header row taken for a setext heading
    no heading."""
    ranges: list[list[int]] = []
    code: list[tuple[int, int]] = []
    for tok in tokens:
        if tok.level != 0 or not tok.map:
            continue
        if tok.type == "code_block":
            code.append((tok.map[0], tok.map[1]))
        elif tok.type == "fence" and tok.info.strip().lower() in _PLAIN_FENCES and tok.map[1] - tok.map[0] > 2:
            code.append((tok.map[0] + 1, tok.map[1] - 1))  # preformatted text, not code
            ranges.append([tok.map[0] + 1, tok.map[1] - 1])
            continue
        elif not (tok.type in ("paragraph_open", "hr") or (tok.type == "heading_open" and tok.markup in ("=", "-"))):
            continue
        first, end = tok.map
        if ranges and all(not state.src[slice(*state.line_span(k, k + 1))].strip() for k in range(ranges[-1][1], first)):
            ranges[-1][1] = max(ranges[-1][1], end)  # only blank lines between: one range
        else:
            ranges.append([first, end])
    if not ranges:
        return []
    tables = find_plain_tables(state.src, [(a, b) for a, b in ranges])
    if not tables:
        return []
    code_lines = {k for a, b in code for k in range(a, b)}
    for table in tables:
        for s, e in table.lines:
            if bisect.bisect_right(state.starts, s) - 1 in code_lines:
                state.buf[s:e] = state.src[s:e]
    spans = [(t.lines[0][0], t.lines[-1][1]) for t in tables]  # in order, apart
    starts = [a for a, _ in spans]

    def in_table(offset: int) -> bool:
        k = bisect.bisect_right(starts, offset) - 1
        return k >= 0 and offset < spans[k][1]

    state.headings = [h for h in state.headings if not in_table(h[1])]
    buf = list(apply_plain_tables("".join(state.buf), tables))
    state.buf[:] = buf
    return tables


def _merge_tables(tables: list, plain: list) -> list:
    """The reader's tables and the plain-text ones, in document order (by their first cell's offset)."""
    if not plain:
        return tables
    return sorted(tables + plain, key=lambda t: min((c[0] for row in t for c in row), default=0))


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
        metadata["market_line"] = _key_line(raw, "market", src[: m.end()].count("\n") + 1)
    if data.get("product") is not None:
        metadata["product"] = data["product"]
        metadata["product_line"] = _key_line(raw, "product", src[: m.end()].count("\n") + 1)
    end = close.end()
    state.blank(0, end)
    return end


#: a comment that says it is a presenter's script: "Speaker notes: …", "Say: …", "Voice-over: …"
_NOTE_LABEL = re.compile(r"(?:speaker|presenter|presenter's|speaker's)?\s{0,2}(?:notes?|script)\s{0,2}:|"
                         r"(?:say|read\s{1,2}aloud|voice[- ]?over|vo|narrat(?:or|ion))\s{0,2}:", re.IGNORECASE)
#: a directive, not a note: a tool's ``key: value`` line (Marp's ``_class: lead``, ``paginate: true``, a
#: market declaration ``Market: EU``, a test's ``expect: O005``) with a short value
_DIRECTIVE_LINE = re.compile(r"_?[A-Za-z][\w-]{0,30}[ \t]{0,3}:(?:[ \t]{1,3}[^\s]{1,80}(?:[ \t]{1,3}[^\s]{1,80}){0,2})?")


def _is_note(body: str, deck: bool) -> bool:
    """Whether a comment's ``body`` is a presenter's note to read: in a slide deck (Marp) any comment
    but a directive (claimcheck's own ``claimcheck: …``, a ``key: value`` directive, a word or two: "fit",
    "Page 3"); elsewhere one that says it is a note or a script ("Speaker notes: …", "Say: …")."""
    body = body.strip()
    if not body or re.match(r"claimcheck\s*:", body, re.IGNORECASE):
        return False
    if not deck:
        return bool(_NOTE_LABEL.match(body))
    if len(body.split()) <= 2:
        return False
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    return not all(_DIRECTIVE_LINE.fullmatch(line) and line[-1] not in ".!?" for line in lines)


def _read_speaker_notes(state: _State, metadata: dict) -> None:
    """Presenter notes are read aloud: they are part of the piece and are linted. A comment that stands
    on lines of its own (not one after text on its line) is a note (:func:`_is_note`) in a Marp deck
    (front matter ``marp: true``), whose non-directive comments are its speaker notes, and in any
    Markdown where it opens with a note label ("Speaker notes:", "Say:"); its text is put back in place
    of the blanks, set off as a block of its own, and its span goes to ``metadata["notes"]`` (a note
    is checked, but it does not state what the slide must show: a disclaimer said only aloud does not
    qualify the slide's figures). Its raw form stays in ``Document.comments``."""
    front = metadata.get("front_matter") or {}
    deck = front.get("marp") is True
    src = state.src
    for offset, raw in state.comments:
        if not raw.startswith("<!--") or not raw.endswith("-->"):
            continue
        end = offset + len(raw)
        line_start = src.rfind("\n", 0, offset) + 1
        line_end = src.find("\n", end)
        line_end = len(src) if line_end == -1 else line_end
        if src[line_start:offset].strip() or src[end:line_end].strip():
            continue
        if not _is_note(raw[4:-3], deck):
            continue
        state.write(offset + 4, src[offset + 4:end - 3])
        state.buf[offset] = BLOCK_MARK
        state.buf[end - 1] = BLOCK_MARK
        metadata.setdefault("notes", []).append((offset, end))


def _key_line(raw: str, key: str, first: int) -> int:
    """The 1-based document line of top-level ``key:`` in front matter that starts at line ``first``."""
    for k, line in enumerate(raw.split("\n")):
        if re.match(rf"{key}\s*:", line):
            return first + k
    return first


# ------------------------------------------------------------------ fast path: blocks
#
# Most drafts are paragraphs, ATX headings and "- " bullet lists. For those, markdown-it's block
# parser (every rule tried at every line, a Token object per block) costs more than the rest of
# reading, so _fast_blocks makes the tokens itself. It is deliberately narrow: a line it cannot
# classify with certainty sends the whole document to markdown-it, so the only question is
# whether it reproduces markdown-it on what it accepts. It accepts:
#
# * blank lines (spaces only);
# * ATX headings at column 0 (``#`` to ``######`` then a space or the line end);
# * bullet items at column 0: marker ``-``, ``*`` or ``+``, one space, then text that itself
#   starts a paragraph (so no nested list, heading, quote, …), continued by lazy lines; items
#   of one list are separated by nothing or by blank lines, a different marker starts a new
#   list, and after a blank line only a column-0 line may follow (an indented one could
#   continue the item);
# * paragraphs: runs of lines whose first non-space character cannot start or interrupt any
#   other block (see _start_kind), indented at most 3 spaces where a block starts.
#
# and refuses, whole-document: "\r" and NUL (markdown-it normalises them; parse_markdown has
# already replaced NUL, a mark character, with a space), a tab or other non-space
# whitespace at a line's edge (indentation and trimming rules differ between "isspace",
# markdown-it's own set and markdown-it-py versions), and a line holding "|" followed by a line
# starting with "|", "-" or ":" (it could be a table header). Link reference definitions are
# refused (a "[" line start that could be one), so the inline parser's env stays empty.
# The tokens carry only what _walk reads (type, level, map, tag, markup, content); closing
# tokens _walk ignores are not made.

_BLANK, _PLAIN, _PLAIN_INDENTED, _PLAIN_DEEP, _ATX, _BULLET = range(6)
# the last "|" of a line (so one try per line: linear), then a possible delimiter row
_TABLE_HEAD = re.compile(r"\|[^\n|]*\n[ \t]*[-|:]")
_BULLET_LIKE = re.compile(r"[-*+](?:[ \t]|$)")
# markdown-it: at most 9 digits (the bound also keeps the pattern linear on long digit runs)
_ORDERED_LIKE = re.compile(r"[0-9]{1,9}[.)](?:[ \t]|$)")
_NO_SPACE = str.maketrans("", "", " \t")
_ATX_START = re.compile(r"#{1,6}(?: |$)")
# "[label]" closed on the line, not followed by ":" -- never a link reference definition
_NOT_REFERENCE = re.compile(r"\[[^\[\]\\]*\](?!:)")
# characters that start (or interrupt a paragraph with) a block other than the accepted ones:
# fence, fence, blockquote, thematic break, HTML, table, setext underline
_BLOCK_START = frozenset("`~>_<|=")


class _Token:
    """The fields of a markdown-it Token that :func:`_walk` reads."""

    __slots__ = ("type", "level", "map", "tag", "markup", "content")

    def __init__(self, type: str, level: int, map: list[int], tag: str = "", markup: str = "",
                 content: str = "") -> None:
        self.type = type
        self.level = level
        self.map = map
        self.tag = tag
        self.markup = markup
        self.content = content


def _start_kind(rest: str) -> int | None:
    """What a line starting (after its indentation) with ``rest`` is: _PLAIN, _ATX, _BULLET, or
    None when it could be any other block (or interrupt a paragraph) and markdown-it must decide."""
    c = rest[0]
    if c.isalpha():
        return _PLAIN
    if "0" <= c <= "9":  # "1." / "1)" starts an ordered list
        return None if _ORDERED_LIKE.match(rest) else _PLAIN
    if c in "-*+":
        if _BULLET_LIKE.match(rest):
            # one space, then text that starts a paragraph (an empty item, a wider gap or a
            # nested block is markdown-it's business)
            if rest[1:2] == " " and len(rest) > 2 and _start_kind(rest[2:]) == _PLAIN:
                return _BULLET
            return None
        # a thematic break ("- - -", "***": three or more of the marker, spaces and tabs
        # between; "+++" is refused too, harmlessly) or a setext underline ("--"); checked
        # without a regex, which would be quadratic in a long run of dashes
        marks = rest.translate(_NO_SPACE)
        if (len(marks) >= 3 and not marks.strip(c)) or not rest.rstrip(" \t").strip("-"):
            return None
        return _PLAIN  # "**bold**", "-5%"
    if c == "#":
        return _ATX if _ATX_START.match(rest) else None
    if c == "[":
        return _PLAIN if _NOT_REFERENCE.match(rest) else None
    if c in _BLOCK_START or c.isspace():
        return None
    return _PLAIN


def _line_kinds(lines: list[str]) -> list[int] | None:
    """The kind of every line, or None if one is outside the fast path.

    Besides _start_kind, a line whose last non-space character is whitespace (a tab, a no-break
    space, …) is refused here; the first one is, by _start_kind.
    """
    kinds = []
    append = kinds.append
    for line in lines:
        if not line:
            append(_BLANK)
            continue
        if line[0] != " ":
            last = line[-1]
            if last == " ":
                last = line.rstrip(" ")[-1]
            if last.isspace():
                return None
            kind = _PLAIN if line[0].isalpha() else _start_kind(line)
            if kind is None:
                return None
            append(kind)
            continue
        rest = line.lstrip(" ")
        if not rest:
            append(_BLANK)
            continue
        last = rest[-1]
        if last == " ":
            last = rest.rstrip(" ")[-1]
        if last.isspace() or _start_kind(rest) != _PLAIN:
            return None  # an indented heading or bullet (nesting rules): markdown-it's business
        append(_PLAIN_INDENTED if len(line) - len(rest) < 4 else _PLAIN_DEEP)
    return kinds


def _trim(text: str) -> str:
    """markdown-it's trim of block content, for text whose edges are spaces at most."""
    text = text.strip(" ")
    if text and (text[0].isspace() or text[-1].isspace()):
        raise _NotFast
    return text


class _NotFast(Exception):
    """The document is outside what _fast_blocks reproduces."""


def _fast_blocks(body: str) -> list[_Token] | None:
    """The block tokens markdown-it makes for ``body``, or None if the body is not simple enough."""
    if "\r" in body or "\x00" in body or _TABLE_HEAD.search(body):
        return None
    lines = body.split("\n")
    kinds = _line_kinds(lines)
    if kinds is None:
        return None
    try:
        return _fast_tokens(lines, kinds)
    except _NotFast:
        return None


def _paragraph_end(kinds: list[int], i: int) -> int:
    """First line after the paragraph starting at line ``i``: lazy continuation runs to a blank
    line, a heading or a bullet (the only blocks accepted lines can start)."""
    n = len(kinds)
    i += 1
    while i < n and _PLAIN <= kinds[i] <= _PLAIN_DEEP:
        i += 1
    return i


def _fast_tokens(lines: list[str], kinds: list[int]) -> list[_Token]:
    tokens: list[_Token] = []
    push = tokens.append
    n = len(lines)
    i = 0
    while i < n:
        kind = kinds[i]
        if kind == _BLANK:
            i += 1
        elif kind == _ATX:
            line = lines[i]
            pos = len(line) - len(line.lstrip("#"))
            # markdown-it's heading rule: drop trailing spaces, then a closing "#" run that
            # follows a space
            end = len(line.rstrip(" \t"))
            if end < pos:
                end = pos
            tmp = end
            while tmp > pos and line[tmp - 1] == "#":
                tmp -= 1
            if tmp > pos and line[tmp - 1] in " \t":
                end = tmp
            tag = "h%d" % pos
            push(_Token("heading_open", 0, [i, i + 1], tag, "#" * pos))
            push(_Token("inline", 1, [i, i + 1], content=_trim(line[pos:end])))
            push(_Token("heading_close", 0, None, tag, "#" * pos))
            i += 1
        elif kind == _BULLET:
            i = _fast_list(lines, kinds, i, push)
        else:
            if kind == _PLAIN_DEEP:  # indented code block
                raise _NotFast
            end = _paragraph_end(kinds, i)
            push(_Token("paragraph_open", 0, [i, end]))
            push(_Token("inline", 1, [i, end], content=_trim("\n".join(lines[i:end]))))
            i = end
    return tokens


def _fast_list(lines: list[str], kinds: list[int], i: int, push) -> int:
    """Tokens of the bullet list starting at line ``i``; returns the line after it."""
    n = len(lines)
    marker = lines[i][0]
    list_open = _Token("bullet_list_open", 0, [i, n], markup=marker)
    push(list_open)
    while True:
        end = _paragraph_end(kinds, i)
        push(_Token("list_item_open", 1, [i, end], markup=marker))
        # the item's paragraph: getLines() at the item's content indent (2) takes "- " off the
        # first line and up to 2 spaces off the others
        parts = [lines[i][2:]]
        for line in lines[i + 1 : end]:
            parts.append(line[2:] if line.startswith("  ") else line[1:] if line[:1] == " " else line)
        push(_Token("inline", 3, [i, end], content=_trim("\n".join(parts))))
        nxt = end
        while nxt < n and kinds[nxt] == _BLANK:
            nxt += 1
        if nxt > end and nxt < n and kinds[nxt] in (_PLAIN_INDENTED, _PLAIN_DEEP):
            raise _NotFast  # indented after a blank line: it could continue the item
        if nxt < n and kinds[nxt] == _BULLET and lines[nxt][0] == marker:
            i = nxt
            continue
        list_open.map[1] = nxt
        return nxt


# ------------------------------------------------------------------ fast path: inline
# Characters some enabled inline rule reacts to (escape, code span, emphasis, entity, HTML and
# autolink, link; "!" is only an image before "["). The newline rule also reacts to "\n", which
# _plain_children reproduces. Everything else the inline parser appends to one text run.
_INLINE_SYNTAX = re.compile(r"[\\`*_&<\[\]]")
# always worth the inline parser: escapes, code spans, "*" (it can open and close inside words)
_ACTIVE_SYNTAX = re.compile(r"[\\`*]")
_UNDERSCORES = re.compile(r"_+")


class _Child:
    __slots__ = ("type", "content", "markup")

    def __init__(self, type: str, content: str = "", markup: str = "") -> None:
        self.type = type
        self.content = content
        self.markup = markup


_SOFTBREAK = _Child("softbreak")
_HARDBREAK = _Child("hardbreak")
_STRONG_OPEN = _Child("strong_open", markup="**")
_STRONG_CLOSE = _Child("strong_close", markup="**")


def _children(content: str, env: dict) -> list:
    """The children markdown-it's core inline rule gives an inline token with ``content``.

    The inline parser runs only where it could make something other than text and breaks; the
    common shapes it would not change (no inline syntax, or syntax no rule can act on, or a
    leading ``**Label:**``) are built directly.
    """
    if _INLINE_SYNTAX.search(content) is None or _inert_syntax(content, env):
        return _plain_children(content)
    strong = _leading_strong(content, env)
    if strong is not None:
        return strong
    md = _parser()
    children: list = []
    md.inline.parse(content, md, env, children)
    return children


def _inert_syntax(content: str, env: dict) -> bool:
    """Whether no inline rule can act on the syntax characters of ``content``.

    Then the parser's tokens are those of plain text: rules that fail leave the character to the
    text run, the entity rule's failure too, and an emphasis delimiter that can neither open nor
    close stays a text token that fragments_join merges back into the run. By CommonMark:

    * ``<`` starts an autolink or raw HTML only with a ``>`` after it;
    * ``&`` is an entity only with a ``;`` after it;
    * ``[``/``]`` make a link or image only with ``](`` or a link reference definition;
    * a ``_`` run between two letters or digits neither opens nor closes emphasis (it is both
      left- and right-flanking, and not preceded or followed by punctuation).
    """
    if _ACTIVE_SYNTAX.search(content):
        return False
    lt = content.find("<")
    if lt >= 0 and content.find(">", lt) >= 0:
        return False
    amp = content.find("&")
    if amp >= 0 and content.find(";", amp) >= 0:
        return False
    if ("[" in content or "]" in content) and ("](" in content or env.get("references")):
        return False
    if "_" in content:
        end = len(content)
        for m in _UNDERSCORES.finditer(content):
            s, e = m.span()
            if s == 0 or e == end or not content[s - 1].isalnum() or not content[e].isalnum():
                return False
    return True


def _leading_strong(content: str, env: dict) -> list | None:
    """Children of ``**label** rest`` (the usual ``**Indication:** …``), or None.

    Accepted only where CommonMark leaves no choice: the label is plain text on one line that
    neither starts nor ends with whitespace, so the first ``**`` (at the start, after nothing)
    can only open and the second (followed by a space or the end) can only close; and the rest
    has no syntax a rule acts on. The two runs then make one strong pair; of the four
    delimiter tokens the inner two become the strong tags and the outer two empty text
    (fragments_join merges an empty text token into an adjacent text token).
    """
    if not content.startswith("**"):
        return None
    close = content.find("**", 2)
    if close <= 2:
        return None
    label = content[2:close]
    rest = content[close + 2 :]
    if "\n" in label or _INLINE_SYNTAX.search(label) or label[0].isspace() or label[-1].isspace():
        return None
    if rest and (rest[0] != " " or (_INLINE_SYNTAX.search(rest) and not _inert_syntax(rest, env))):
        return None
    # the outer delimiter characters' text tokens stay, empty, around the pair; the closing
    # one merges into the text that follows
    after = _plain_children(rest)
    if not after or after[0].type != "text":
        after.insert(0, _Child("text", ""))
    return [_Child("text", ""), _STRONG_OPEN, _Child("text", label), _STRONG_CLOSE] + after


def _plain_children(content: str) -> list:
    """Inline tokens of text without inline syntax, as markdown-it makes them.

    Per line one text token; between lines the newline rule's break: it drops the spaces that
    end the line before (two or more make a hardbreak) and skips spaces and tabs that start the
    next. No text token for an empty run.
    """
    if "\n" not in content:
        return [_Child("text", content)] if content else []
    out: list = []
    lines = content.split("\n")
    last = len(lines) - 1
    for k, line in enumerate(lines):
        if k:
            line = line.lstrip(" \t")
        if k == last:
            if line:
                out.append(_Child("text", line))
            break
        text = line.rstrip(" ")
        if text:
            out.append(_Child("text", text))
        out.append(_HARDBREAK if len(line) - len(text) >= 2 else _SOFTBREAK)
    return out


# ------------------------------------------------------------------ blocks
def _walk(state: _State, tokens: list, front_end: int, env: dict) -> None:
    covered: list[tuple[int, int]] = []
    heading_level: int | None = None
    table: _Table | None = None
    cell: _Cell | None = None
    row_line = -1
    row_cursor = 0
    buf = state.buf
    for tok in tokens:
        ty = tok.type
        if tok.level == 0 and tok.map:
            covered.append((tok.map[0], tok.map[1]))
        if ty == "inline":  # the most frequent token first
            if tok.map:
                if cell is not None:
                    start = row_cursor
                    end = state.line_span(row_line, row_line + 1)[1]
                else:
                    start, end = state.line_span(tok.map[0], tok.map[1])
                    # content starts at the first non-blank of its first line once container
                    # markers (list bullets, ">") are blanked (what lstrip() of the line gives,
                    # without joining the line)
                    line_end = state.line_span(tok.map[0], tok.map[0] + 1)[1]
                    while start < line_end and buf[start].isspace():
                        start += 1
                first, last = _inline(state, _children(tok.content, env), start, end)
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
                    tail = _ATX_CLOSE.search("".join(buf[last:line_end]))
                    if tail and "#" in tail.group():
                        state.blank(last + tail.start(), last + tail.end())
                    state.headings.append((heading_level, first, last))
        elif ty in ("fence", "code_block", "hr"):
            state.blank(*state.line_span(tok.map[0], tok.map[1]))
        elif ty == "html_block":
            s, e = state.line_span(tok.map[0], tok.map[1])
            _html_fragment(state, s, e)
        elif ty == "blockquote_open":
            s, e = state.line_span(tok.map[0], tok.map[1])
            if tok.level == 0:
                state.containers.append((s, e))
            first = True
            for m in _BLOCKQUOTE_PREFIX.finditer(state.src, s, e):
                state.blank(m.start(), m.end())
                if first and tok.level == 0 and tok.map[0] > 0 and state.src[state.src.rfind("\n", 0, s - 1) + 1 : s - 1].strip():
                    # a quote may interrupt a paragraph (CommonMark): it starts a block of its own,
                    # as a heading does, so the text before it does not run into its first line
                    at = state.src.index(">", m.start())
                    state.buf[at] = BLOCK_MARK
                first = False
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
    scan = scan_html(state.src, s, e, state.buf, state.html_blocks)
    state.comments.extend(scan.comments)
    state.headings.extend(scan.headings)
    state.tables.extend(scan.tables)
    state.joined.extend(scan.joined)
    state.box_ends.extend(scan.box_ends)
    state.alts.extend(scan.alts)


# ------------------------------------------------------------------ inline
def _inline(state: _State, children: list, start: int, end: int) -> tuple[int | None, int]:
    """Blank the inline markup of one inline token (its ``children``) within src[start:end].

    Children are found in order in the source (each search starts where the previous child
    ended), so positions come from the parser's own token sequence. Returns the span of the
    visible content (first, last) or (None, start) for empty content.
    """
    src = state.src
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
                cur = j + len(c.content)  # seen(j, cur), inlined: text is most children
                if first is None or j < first:
                    first = j
                if cur > last:
                    last = cur
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
            elif _ALT_TAG.match(c.content):   # an image in the text: its alt text, as in an HTML file
                _html_fragment(state, j, k)
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
                    left = footnote_mark(marker, state.buf[j - 1] if j > start else "", src[close_end:close_end + 1],
                                         j, close_end) if "\n" not in src[j:close_end] else None
                    if left is not None:
                        state.write(left[0], left[1])
                        seen(left[0], left[0] + len(left[1]))
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
                if c.children:   # the alt's own markup: emphasis, entities, code
                    _inline(state, c.children, j + 2, alt_end)
                if c.content.strip():
                    seen(j + 2, alt_end)
                    state.alts.append((j + 2, alt_end))
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
