"""Plain-text tables: columns aligned with runs of spaces or tabs, read as a grid of cells.

A table typed in plain text (a ``.txt`` draft, an indented block or a plain paragraph of Markdown)
has no cell markup: its columns are lined up with runs of two or more spaces or with tabs, often
between dashed or ``=====`` rules, under a header row that names the columns::

    ===================================================
                          EXAMPLIMAB    Control
    ---------------------------------------------------
    ORR, n (%)            62 (45.0)     30 (25.0)
    Median DFS, months    7.7           6.2

The rest of the pipeline reads tables as rows of cells separated by ``|`` (the Markdown and HTML
readers leave them so): a row's label, the header cell over each column. This module finds such
tables and says where to write the ``|`` (one character of each column gap, so the text keeps
its length and every offset its line and column) and which rule lines to blank.

What is a table (and what is not): a run of lines, of which at least two *rows* split into two
or more fields at gaps of two or more spaces (or a tab), and at least one of them a *data row* (a
field after the first holds a figure). The columns are the extents the data rows' fields cover
together (in display columns, tabs expanded); every data row must have each field in a column of
its own, or the run is left alone: text whose gaps do not line up is not a table. Header rows
(rows without a figure after their label) are taken when they fit the same columns; a header
that spans several columns gets no cell boundaries. Not rows: a line with a ``|`` (it has cells
already), a numbered or bulleted item, and prose (a gap after a sentence's end, or a cell
after the first of more than :data:`MAX_CELL_WORDS` words).

Leader tables: a row whose label runs into a dot leader (``Median survival, months ......  7.7   6.2``,
dots or ``…``) is read with its leader as a gap, and is a table row only in a table of three
columns or more whose header row, above its first leader row, names every value column with a
few words (``EXAMPLIMAB    Control``, ``Arm A (n=164)    Arm B (n=162)``); its leader is blanked with the
rules (offsets kept), a cell boundary written on a dot where the label's column ends. Lines of
``label ...... value`` without such a header stay as they are (a list: the label and its values
are one statement, sentences.py reads them so): a range is read once with leader rows as rows,
once without, and a table of the first reading is kept only where it has leader rows with cells.
Before, every line with a dot leader was text: a comparison sheet's side-by-side figures had no
cells, a bare figure ("7.7" under "(months)") was no claim, and every figure took the arm named
last above it.

Empty and wrapped last cells: a data row whose last cells are empty ("ORR   45.0%   25.0%" under a
header with a fourth "Comparison" column) gets the boundaries its line reaches, once a row above
it got all of them (the table's header): its cells are read from the left, under their own
columns (context.py reads a row shorter than its header so). A row with an empty last cell that
would be the widest row so far (a header shorter than the rows under it) is left as it is: the
rows under it, with more cells, would be read under the wrong columns. A cell's text wrapped onto
the next line ("HR 0.64 (95% CI," over "0.49-0.83)" in the last column, the line blank under the
label) does not end the table: that line gets no boundaries (the claim broken over it stays one)
and the rows under it are the table's. Before, the first wrapped line ended the table, and the
rows with an empty last cell got no cells: their figures took the arm last named above them.

Cost: one pass over the lines; only lines holding a double space or a tab are split into fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: a line longer than this is no table row
MAX_LINE_CHARS = 300
#: a cell after a row's label with more words than this is prose, not a value or a column header
MAX_CELL_WORDS = 8
#: a row's label (first cell) longer than this is prose
MAX_LABEL_CHARS = 120
#: a line inside a table that is not a row (a section label) is at most this long
MAX_INTERIOR_CHARS = 60
#: display width of a tab
TAB = 8

#: lines without cells between the rows of a table (section labels, a label's second line), at most
MAX_INSIDE = 2
#: a field: words joined by single spaces
_FIELD = re.compile(r"[^ \t]+(?: [^ \t]+)*")
#: a rule line: dashes, equals signs, underscores (and "+" or ":" of a ruled grid), three or more
_RULE = re.compile(r"[ \t]{0,40}[-=_~+:][-=_~+: \t]{2,400}")
#: a dot leader ("ORR .......... 80.7%", "ORR … 80.7%")
_LEADER = re.compile(r"\.\s?\.\s?\.|\u2026")
#: a whole dot leader after a row's label: its dots (single blanks between them allowed) or ellipses
_LEADER_RUN = re.compile(r"\.(?: ?\.){2,}|\u2026(?: ?[.\u2026])*")
#: a header cell over a column of values: a name ("EXAMPLIMAB", "Control (n=162)"), a few words
_HEADER_CELL = re.compile(r"[^\W\d_][^\s]*(?: [^\s]+){0,4}")
#: a list item's marker as a row's first field ("1.", "-", "•", "a)")
_MARKER = re.compile(r"(?:\d{1,3}[.)]|[a-z][.)]|[-*+\u2022\u25aa\u2013\u2014>])")
#: a gap after a sentence's end, then a capitalised word: prose typed with two spaces after a stop
_PROSE_GAP = re.compile(r"[a-z]{2}[.!?][\"'\u201d\u2019)]{0,2}$")
#: ... but not a column name abbreviated with a full stop ("Claim no.    Claim    Ref.    Slide")
_ABBREVIATED = re.compile(r"(?<![^\s(/])(?:no|nos|nr|ref|refs|fig|figs|tab|sect|sec|pp|pg|pgs|abb|pag|rif|r\u00e9f)\.$", re.I)
#: a field that holds a figure (a data cell)
_FIGURE = re.compile(r"\d")

_BLANK, _RULE_LINE, _ROW, _OTHER = range(4)


@dataclass
class PlainTable:
    """A table found in the text: where to write cell boundaries and what to blank."""

    #: (start, end) offsets of every line of the table (rules included), top down
    lines: list[tuple[int, int]] = field(default_factory=list)
    #: (start, end) of each rule line (to blank)
    rules: list[tuple[int, int]] = field(default_factory=list)
    #: offsets where a "|" goes (each holds a space or a tab in the text)
    pipes: list[int] = field(default_factory=list)
    #: the rows that get cell boundaries: per row, its line's (start, end) and the offsets of its pipes
    rows: list[tuple[tuple[int, int], list[int]]] = field(default_factory=list)
    #: (start, end) of the dot leaders of its leader rows that got cell boundaries (to blank)
    leaders: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Line:
    start: int
    end: int
    kind: int
    #: fields as (display start, display end, offset start, offset end)
    fields: list[tuple[int, int, int, int]] = field(default_factory=list)
    data: bool = False
    #: (start, end) offsets of the dot leader between its label and its values (a leader row), or None
    leader: tuple[int, int] | None = None


def find_plain_tables(text: str, line_ranges: list[tuple[int, int]] | None = None) -> list[PlainTable]:
    """The plain-text tables of ``text`` (module doc), top down.

    ``line_ranges``: (first, end) 0-based line numbers where tables may be (a reader's paragraphs
    and code blocks); None: anywhere. A table never crosses the end of a range.
    """
    if "  " not in text and "\t" not in text:
        return []
    # only the lines around lines with a gap inside them (not at their edges) are looked at (str
    # methods: a regex tried at every character took longer than the rest of reading)
    gapped = []
    split = text.split("\n")
    for k, line in enumerate(split):
        if "  " in line or "\t" in line:
            core = line.strip(" \t")
            if "  " in core or "\t" in core:
                gapped.append(k)
    if len(gapped) < 2:
        return []
    starts = [0] * len(split)
    pos = 0
    for k, line in enumerate(split):
        starts[k] = pos
        pos += len(line) + 1
    # windows of lines: one line more on each side (a rule), merged when at most MAX_INSIDE lines
    # apart (section labels)
    windows: list[list[int]] = []
    for k in gapped:
        if windows and k - 1 <= windows[-1][1] + MAX_INSIDE:
            windows[-1][1] = k + 2
        else:
            windows.append([k - 1, k + 2])
    if line_ranges is None:
        line_ranges = [(0, len(starts))]
    tables: list[PlainTable] = []
    w = 0
    for first, end in line_ranges:
        end = min(end, len(starts))
        while w < len(windows) and windows[w][1] <= first:
            w += 1
        v = w
        while v < len(windows) and windows[v][0] < end:
            a, b = max(first, windows[v][0]), min(end, windows[v][1])
            if b - a >= 2:
                tables.extend(_leader_and_plain_tables(text, [_classify(text, starts, k) for k in range(a, b)]))
            v += 1
    return tables


def apply_plain_tables(text: str, tables: list[PlainTable]) -> str:
    """``text`` with the tables' cell boundaries written and their rule lines blanked (same length)."""
    if not tables:
        return text
    buf = list(text)
    for table in tables:
        for s, e in table.rules + table.leaders:
            for k in range(s, e):
                buf[k] = " "
        for p in table.pipes:
            buf[p] = "|"
    return "".join(buf)


def table_grid(text: str, table: PlainTable) -> list[list[tuple[int, str]]]:
    """The table as rows of (offset, cell text), as ``Document.tables`` holds them (``text`` has its
    cell boundaries written); an empty cell is anchored just after its left neighbour."""
    grid = []
    for (s, e), pipes in table.rows:
        row: list[tuple[int, str]] = []
        for a, b in zip([s] + [p + 1 for p in pipes], pipes + [e]):
            chunk = text[a:b]
            stripped = chunk.lstrip()
            if stripped.strip():
                row.append((a + len(chunk) - len(stripped), stripped.rstrip()))
            else:
                row.append((a, ""))
        grid.append(row)
    return grid


# ------------------------------------------------------------------ lines
def _classify(text: str, starts: list[int], k: int) -> _Line:
    s = starts[k]
    e = starts[k + 1] - 1 if k + 1 < len(starts) else len(text)
    line = text[s:e]
    stripped = line.strip()
    if not stripped:
        return _Line(s, e, _BLANK)
    if len(line) > MAX_LINE_CHARS or "|" in line:
        return _Line(s, e, _OTHER)
    if _RULE.fullmatch(line) and sum(line.count(c) for c in "-=_~") >= 3:
        return _Line(s, e, _RULE_LINE)
    leader = None
    if _LEADER.search(line):
        # a leader row ("ORR ........ 80.7%    29.4%"): its fields are read with the leader a gap
        runs = list(_LEADER_RUN.finditer(line))
        if len(runs) != 1 or not any(ch.isalpha() for ch in line[:runs[0].start()]) \
                or not line[runs[0].end():].strip():
            return _Line(s, e, _OTHER)
        a, b = runs[0].span()
        line = line[:a] + " " * (b - a) + line[b:]
        leader = (s + a, s + b)
    core = line.strip(" \t")
    if "  " not in core and "\t" not in core:
        return _Line(s, e, _OTHER)
    fields = []
    tabbed = "\t" in line
    for m in _FIELD.finditer(line):
        a, b = m.span()
        va = len(line[:a].expandtabs(TAB)) if tabbed else a
        fields.append((va, va + b - a, s + a, s + b))
    if len(fields) < 2 or _MARKER.fullmatch(text, fields[0][2], fields[0][3]):
        return _Line(s, e, _OTHER)
    if fields[0][3] - fields[0][2] > MAX_LABEL_CHARS:
        return _Line(s, e, _OTHER)
    for (_, _, fs, fe), nxt in zip(fields, fields[1:]):
        if _PROSE_GAP.search(text, fs, fe) and text[nxt[2]].isupper() and not _ABBREVIATED.search(text, fs, fe):
            return _Line(s, e, _OTHER)
    for _, _, fs, fe in fields[1:]:
        if text.count(" ", fs, fe) >= MAX_CELL_WORDS:
            return _Line(s, e, _OTHER)
    data = any(_FIGURE.search(text, fs, fe) for _, _, fs, fe in fields[1:])
    return _Line(s, e, _ROW, fields, data, leader)


# ------------------------------------------------------------------ tables
def _leader_and_plain_tables(text: str, lines: list[_Line]) -> list[PlainTable]:
    """Tables among a range's lines: read once with the leader rows as rows (leader tables, module
    doc), once with them as text; a table of the first reading is kept when it has leader rows with
    cells, and one of the second where no kept table lies."""
    if not any(ln.leader for ln in lines):
        return _tables(text, lines)
    plain = _tables(text, [_Line(ln.start, ln.end, _OTHER) if ln.leader else ln for ln in lines])
    led = [t for t in _tables(text, lines) if t.leaders]
    if not led:
        return plain
    spans = [(t.lines[0][0], t.lines[-1][1]) for t in led]
    kept = [t for t in plain if not any(t.lines[0][0] < b and a < t.lines[-1][1] for a, b in spans)]
    return sorted(led + kept, key=lambda t: t.lines[0][0])


def _tables(text: str, lines: list[_Line]) -> list[PlainTable]:
    """Tables among a range's lines: runs of rows, rule lines and single blank lines."""
    out = []
    k = 0
    n = len(lines)
    while k < n:
        if lines[k].kind != _ROW:
            k += 1
            continue
        # a run of rows, rules and lone blank lines between them
        a = b = k
        j = k + 1
        while j < n:
            kind = lines[j].kind
            if kind in (_ROW, _RULE_LINE):
                if kind == _ROW:
                    b = j
                j += 1
            elif kind == _BLANK and j + 1 < n and lines[j + 1].kind in (_ROW, _RULE_LINE):
                j += 1
            elif kind == _OTHER and _interior(text, lines, j):
                j += 1  # a section label or a label's second line, rows follow
            elif kind == _OTHER and _wrapped(text, lines, j):
                b = j  # a cell's second line: the row above goes on
                j += 1
            else:
                break
        # a rule right above or below belongs to the table
        top = a - 1 if a > 0 and lines[a - 1].kind == _RULE_LINE else a
        bottom = b + 1 if b + 1 < n and lines[b + 1].kind == _RULE_LINE else b
        while bottom > b and lines[bottom].kind != _RULE_LINE:
            bottom -= 1
        run = lines[top:bottom + 1]
        table = _table(text, run)
        if table is not None:
            out.append(table)
        elif any(ln.kind == _BLANK for ln in run):  # tables one blank line apart, each of its own layout
            part: list[_Line] = []
            for ln in run + [_Line(0, 0, _BLANK)]:
                if ln.kind != _BLANK:
                    part.append(ln)
                    continue
                table = _table(text, part) if part else None
                if table is not None:
                    out.append(table)
                part = []
        k = b + 1
    return out


def _interior(text: str, lines: list[_Line], j: int) -> bool:
    """Whether line ``j`` (neither a row nor a rule) lies inside a table: a short line without a
    cell boundary ("Hematologic", "  (months)") with a row right after it (or after one more such line)."""
    for k in range(j, j + MAX_INSIDE):
        if k >= len(lines):
            return False
        ln = lines[k]
        if ln.kind == _ROW:
            return k > j
        if ln.kind != _OTHER or ln.end - ln.start > MAX_INTERIOR_CHARS or "|" in text[ln.start:ln.end] \
                or _LEADER.search(text, ln.start, ln.end):
            return False
    k = j + MAX_INSIDE
    return lines[k].kind == _ROW if k < len(lines) else False


def _wrapped(text: str, lines: list[_Line], j: int) -> bool:
    """Whether line ``j`` (neither a row nor a rule) is the next line of a cell of the row above
    it (or of its earlier next lines): text with no gap inside it that starts under that row's
    second cell or further right, past its label ("HR 0.64 (95% CI," over "0.49-0.83); P<0.001"
    in a third column). Such a line gets no cell boundaries (its words go on from the cell above:
    a claim broken over the two lines stays one); the table goes on under it."""
    k = j - 1
    while k >= 0 and lines[k].kind == _OTHER and lines[k].end > lines[k].start:
        k -= 1   # the cell's earlier next lines
    if k < 0 or lines[k].kind != _ROW or j - k > MAX_INSIDE:
        return False
    ln = lines[j]
    line = text[ln.start:ln.end]
    if _LEADER.search(line) or len(line) > MAX_LINE_CHARS:
        return False
    indent = len(line) - len(line.lstrip(" \t"))
    at = len(line[:indent].expandtabs(TAB))
    return at > 0 and at >= lines[k].fields[1][0]


def _columns(rows: list[_Line]) -> list[list[int]] | None:
    """The columns ([display start, display end]) the rows' fields cover together, or None when a
    row has two fields in one column (the gaps do not line up)."""
    spans = sorted((f[0], f[1]) for row in rows for f in row.fields)
    columns: list[list[int]] = []
    for s, e in spans:
        if columns and s < columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], e)
        else:
            columns.append([s, e])
    for row in rows:
        seen = set()
        for f in row.fields:
            c = _column_of(columns, f[0])
            if c in seen:
                return None
            seen.add(c)
    return columns


def _fit(columns: list[list[int]], row: _Line) -> bool:
    """Widen the columns by a row's fields when each field overlaps one column of its own (and no
    gap is left without a column); False (columns unchanged) when the row does not fit."""
    taken = []
    for s, e, _, _ in row.fields:
        over = [c for c, (cs, ce) in enumerate(columns) if s < ce and cs < e]
        if len(over) != 1 or over[0] in taken:
            return False
        taken.append(over[0])
    for (s, e, _, _), c in zip(row.fields, taken):
        lo = columns[c - 1][1] if c > 0 else -1
        hi = columns[c + 1][0] if c + 1 < len(columns) else 10 ** 6
        if s <= lo or e >= hi:  # it would touch its neighbour: no gap left
            return False
    for (s, e, _, _), c in zip(row.fields, taken):
        columns[c][0] = min(columns[c][0], s)
        columns[c][1] = max(columns[c][1], e)
    return True


def _column_of(columns: list[list[int]], start: int) -> int:
    for c, (s, e) in enumerate(columns):
        if s <= start < e:
            return c
    return -1


def _table(text: str, lines: list[_Line]) -> PlainTable | None:
    rows = [ln for ln in lines if ln.kind == _ROW]
    data = [ln for ln in rows if ln.data]
    if len(rows) < 2 or not data:
        return None
    table = _aligned(text, lines, rows, data)
    if (table is None or len(table.rows) < len(rows)) and all(_tab_separated(text, ln) for ln in rows):
        table = _tab_cells(text, lines, rows) or table
    return table


def _tab_separated(text: str, line: _Line) -> bool:
    """Whether every gap between a row's fields holds a tab."""
    return all("\t" in text[a[3]:b[2]] for a, b in zip(line.fields, line.fields[1:]))


def _tab_cells(text: str, lines: list[_Line], rows: list[_Line]) -> PlainTable | None:
    """A table whose cells are separated by tabs, one tab a boundary (values exported from a
    spreadsheet), when the tabs do not line the columns up on screen: the rows with the most cells
    (the others would have an empty last cell), at least two and one with a figure."""
    tabs = {id(ln): [p for p in range(ln.fields[0][2], ln.fields[-1][3]) if text[p] == "\t"] for ln in rows}
    lead = {id(ln): text.count("\t", ln.start, ln.fields[0][2]) for ln in rows}
    width = max(len(tabs[id(ln)]) + lead[id(ln)] for ln in rows)
    full = [ln for ln in rows if len(tabs[id(ln)]) + lead[id(ln)] == width]
    if len(full) < 2 or not any(ln.data for ln in full):
        return None
    table = PlainTable(lines=[(ln.start, ln.end) for ln in lines],
                       rules=[(ln.start, ln.end) for ln in lines if ln.kind == _RULE_LINE])
    for ln in full:
        pipes = [p for p in range(ln.start, ln.fields[0][2]) if text[p] == "\t"] + tabs[id(ln)]
        table.rows.append(((ln.start, ln.end), pipes))
        table.pipes.extend(pipes)
    return table


def _aligned(text: str, lines: list[_Line], rows: list[_Line], data: list[_Line]) -> PlainTable | None:
    """A table whose columns line up on screen (module doc)."""
    # the columns the data rows with the most cells make; then every other row that fits them (header
    # rows, rows with empty cells; not a value that spans columns, "0.75 (0.57-0.99)" under both arms)
    most = max(len(ln.fields) for ln in data)
    core = [ln for ln in data if len(ln.fields) == most]
    columns = _columns(core)
    if columns is None or len(columns) < 2:
        return None
    fitted_ids = {id(ln) for ln in core}
    for row in rows:
        if id(row) not in fitted_ids and _fit(columns, row):
            fitted_ids.add(id(row))
    if len(fitted_ids) < 2:
        return None
    if any(ln.leader for ln in rows) and not _leader_header(text, columns, [ln for ln in lines if id(ln) in fitted_ids]):
        return None
    table = PlainTable(lines=[(ln.start, ln.end) for ln in lines],
                       rules=[(ln.start, ln.end) for ln in lines if ln.kind == _RULE_LINE])
    last = len(columns) - 1
    with_data = False
    full = False  # a row above got every cell boundary
    for ln in lines:
        if id(ln) not in fitted_ids:
            continue
        short = _column_of(columns, ln.fields[-1][0]) != last
        if short and not (full and ln.data):
            # its last cell is empty and it would be the table's widest row so far (its header):
            # the rows under it, with more cells, would be read under the wrong columns
            continue
        pipes = []
        for (_, end), (start, _) in zip(columns, columns[1:]):
            col = end + 1 if start - end >= 3 else end
            p = _offset_at(text, ln, col)
            if p is None and ln.leader is not None and ln.leader[0] <= ln.start + col < ln.leader[1] \
                    and "\t" not in text[ln.start:ln.leader[1]]:
                p = ln.start + col  # a dot of the leader (blanked with it) where the label's column ends
            if p is None:
                if short and col >= ln.fields[-1][1]:
                    break  # past its last cell: its trailing empty cells get no boundary
                pipes = []
                break
            pipes.append(p)
        if pipes:
            full = full or not short
            table.rows.append(((ln.start, ln.end), pipes))
            table.pipes.extend(pipes)
            with_data = with_data or ln.data
            if ln.leader is not None:
                table.leaders.append(ln.leader)
    return table if with_data and len(table.rows) >= 2 else None


def _leader_header(text: str, columns: list[list[int]], fitted: list[_Line]) -> bool:
    """Whether the fitted rows of a run with leader rows make a leader table (module doc): three
    columns or more (a label and two values or more), and above its first leader row a header row
    that names every value column ("EXAMPLIMAB    Control", "Arm A (n=164)    Arm B (n=162)"). Lines of
    "label ....... value" with no header over their values are a list, each line one statement."""
    if len(columns) < 3:
        return False
    for ln in fitted:
        if ln.leader is not None:
            return False
        named = {_column_of(columns, f[0]) for f in ln.fields if _column_of(columns, f[0]) > 0
                 and _HEADER_CELL.fullmatch(text, f[2], f[3])}
        if len(named) == len(columns) - 1 and all(
                _column_of(columns, f[0]) == 0 or _HEADER_CELL.fullmatch(text, f[2], f[3]) for f in ln.fields):
            return True
    return False


def _offset_at(text: str, line: _Line, col: int) -> int | None:
    """The offset of the blank at display column ``col`` of a row, or None (not blank there)."""
    s, e = line.start, line.end
    if "\t" not in text[s:e]:
        p = s + col
        return p if p < e and text[p] == " " else None
    width = 0
    for p in range(s, e):
        ch = text[p]
        nxt = (width // TAB + 1) * TAB if ch == "\t" else width + 1
        if width <= col < nxt:
            return p if ch in " \t" else None
        width = nxt
    return None
