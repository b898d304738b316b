"""Table arithmetic: "n (%)" cells against the N their column header gives.

Two sources of tables:

- ``Document.tables`` filled by the Markdown, HTML, Word and PDF readers (cell by cell): a
  header cell such as "EXAMPLIMAB (n = 139)" gives its column's N;
- rows of plain text as PDF extraction leaves them ("Thrombocytopenia 62 (45) 73 (61)"): a line
  with two or more "n (x)" groups takes its Ns, in order, from the last "(n = N)" mentions in the
  few lines above it (the header "EXAMPLIMAB (n = 139)  Control (n = 120)").

A column whose header names identifiers or pointers ("Ref", "Page", "Claim #"; claims.identifier_columns,
data/columns.yaml) holds no counts: its cells are not checked.

Percent signs are optional in cells (the header says "n (%)"); a percentage may have a decimal comma
("62 (44,6)", EU material).
"""

from __future__ import annotations

import re

from . import CheckContext, Rule
from ..claims import identifier_columns
from ..numbers import Num, consistent_percent

TABLE_PERCENT = Rule(
    code="A006", name="table-percent-mismatch", category="arithmetic", severity="error",
    summary="An \"n (%)\" table cell whose percentage does not follow from n and the N its column header "
            "gives (\"EXAMPLIMAB (n = 139)\" over \"62 (45)\": 62/139 = 44.6%, written 45, is consistent). Where the "
            "header cells say \"n (%)\" but give no N (\"EXAMPLIMAB, n (%)\"), each column's N is read from the "
            "paragraph right before the table: by the column's name before an \"n = N\" (\"safety population "
            "(EXAMPLIMAB n=139; chemotherapy n=120):\"), else in order where it gives exactly as many Ns as "
            "there are such columns; a lone total judges nothing.",
    why="Adverse-event and baseline tables are copied cell by cell; a slipped digit in n or % misstates the "
        "safety profile.",
    basis="21 CFR 202.1(e)(5) and (e)(6) (fair and accurate presentation of safety data); ABPI Code clause 6.1.",
    bad="| AE | EXAMPLIMAB (n = 139) |\n| Nausea | 44 (36) |",
    good="| AE | EXAMPLIMAB (n = 139) |\n| Nausea | 44 (32) |",
    fix="Recompute the percentage as n/N for the column's N, or correct n from the source table.",
    origin="src/claimcheck/checks/tables.py",
)

_N_HEADER = re.compile(r"\(\s{0,2}[nN]\s{0,2}=\s{0,2}(\d{1,6})\s{0,2}\)|\b[nN]\s{0,2}=\s{0,2}(\d{1,6})\b")
#: a cell's percentage: a decimal point or an EU decimal comma ("80,7": one or two digits after it,
#: never a thousands group inside a percentage's brackets)
_PCT = r"\d{1,3}(?:\.\d{1,3}|,\d{1,2})?"
_CELL = re.compile(rf"^\s{{0,4}}(\d{{1,6}})\s{{0,2}}\(\s{{0,2}}({_PCT})\s{{0,2}}%?\s{{0,2}}\)\s{{0,4}}$")
_GROUP = re.compile(rf"(?<![\w./])(\d{{1,6}})\s{{0,2}}\(\s{{0,2}}({_PCT})\s{{0,2}}%?\s{{0,2}}\)")
_ROW = re.compile(rf"^[^\n\d(]{{2,80}}?(?:\s{{1,8}}\d{{1,6}}\s{{0,2}}\(\s{{0,2}}{_PCT}\s{{0,2}}%?\s{{0,2}}\)){{2,8}}[ \t]*$",
                  re.M)
#: how far above a text row its header may be
_HEADER_CHARS = 400


def _check(ctx: CheckContext, n: int, pct_text: str, total: int, start: int, end: int):
    pct = Num.parse(pct_text.replace(",", "."))
    if n > total or not consistent_percent(pct, n, total):
        exact = 100.0 * n / total
        return ctx.finding(
            TABLE_PERCENT, start, end,
            f"table cell {n} ({pct_text}) does not follow from its column's N = {total}: "
            f"{n}/{total} = {exact:.1f}%",
            expected=f"{exact:.{pct.decimals}f}", found=pct_text)
    return None


RULES = (TABLE_PERCENT,)


#: an arm's N in the sentence that introduces a table ("primary safety population (EXAMPLIMAB n=139;
#: chemotherapy n=120):"), its name before it
_LEAD_N = re.compile(r"[nN]\s{0,2}=\s{0,2}(\d{1,6})\b")
#: a header cell's name before its "n (%)" ("EXAMPLIMAB, n (%)", "Control n (%)", "EXAMPLIMAB (N=139) n (%)")
_HEADER_NAME = re.compile(r"^\s{0,4}(?P<name>[^\W\d][^,(\n|]{0,40}?)\s{0,2}(?:,|\(|\b[nN]\b|$)")
#: how far before a table its lead-in sentence may start
_LEAD_CHARS = 400


def _lead_in_ns(ctx: CheckContext, table, columns: list[int]) -> dict[int, int]:
    """The N of each "n (%)" column whose header gives none, from the paragraph right before the table
    (only blank lines between): by the column's name before an "n = N" there ("EXAMPLIMAB, n (%)" under
    "(EXAMPLIMAB n=139; control n=120)"), else in order where the paragraph gives exactly as many "n = N" as
    there are such columns. Empty where neither reads them all."""
    text = ctx.document.text
    start = table[0][0][0] if table and table[0] else 0
    ls = text.rfind("\n", 0, start) + 1   # the header row's own line is not the lead-in
    para = re.split(r"\n[^\S\n]*\n", text[max(0, ls - _LEAD_CHARS):ls].rstrip())[-1]
    if "|" in para:
        return {}
    found = list(_LEAD_N.finditer(para))
    if not found:
        return {}
    out: dict[int, int] = {}
    for j in columns:
        cell = table[0][j][1] if j < len(table[0]) else ""
        m = _HEADER_NAME.match(cell)
        name = m.group("name").strip() if m else ""
        if len(name) < 2:
            continue
        hit = re.search(rf"(?<!\w){re.escape(name)}(?!\w)[^\S\n]{{0,3}}[,:(]?[^\S\n]{{0,2}}[nN]\s{{0,2}}=\s{{0,2}}(\d{{1,6}})\b",
                        para, re.I)
        if hit:
            out[j] = int(hit.group(1))
    if len(out) == len(columns):
        return out
    if len(found) == len(columns):
        return {j: int(m.group(1)) for j, m in zip(columns, found)}
    return {}


def check_tables(ctx: CheckContext):
    seen: set[int] = set()
    for table in ctx.document.tables:
        column_n: dict[int, int] = {}
        ids = identifier_columns([cell for _, cell in table[0]]) if table else set()
        bare = sorted({j for row in table[1:] for j, (_, cell) in enumerate(row) if _CELL.match(cell) and j not in ids}
                      - {j for j, (_, cell) in enumerate(table[0] if table else []) if _N_HEADER.search(cell)})
        if bare and table and re.search(r"\bn\s{0,2}\(\s{0,2}%\s{0,2}\)", " ".join(c for _, c in table[0])):
            column_n.update(_lead_in_ns(ctx, table, bare))
        for row in table:
            for j, (offset, cell) in enumerate(row):
                header = _N_HEADER.search(cell)
                cellm = _CELL.match(cell)
                if header and not cellm:
                    column_n[j] = int(header.group(1) or header.group(2))
                    continue
                if cellm and j in column_n and j not in ids:
                    seen.add(offset)
                    f = _check(ctx, int(cellm.group(1)), cellm.group(2), column_n[j], offset, offset + len(cell))
                    if f:
                        yield f
    text = ctx.document.text
    for row in _ROW.finditer(text):
        groups = list(_GROUP.finditer(row.group()))
        above = text[max(0, row.start() - _HEADER_CHARS):row.start()]
        ns = [int(m.group(1) or m.group(2)) for m in _N_HEADER.finditer(above)]
        if len(ns) < len(groups):
            continue
        for g, total in zip(groups, ns[-len(groups):]):
            start = row.start() + g.start()
            if start in seen:
                continue
            f = _check(ctx, int(g.group(1)), g.group(2), total, start, row.start() + g.end())
            if f:
                yield f
