"""Table arithmetic: "n (%)" cells against the N their column header gives.

Two sources of tables:

- ``Document.tables`` filled by the Markdown, HTML, Word and PDF readers (cell by cell): a
  header cell such as "EXAMPLIMAB (n = 139)" gives its column's N;
- rows of plain text as PDF extraction leaves them ("Thrombocytopenia 62 (45) 73 (61)"): a line
  with two or more "n (x)" groups takes its Ns, in order, from the last "(n = N)" mentions in the
  few lines above it (the header "EXAMPLIMAB (n = 139)  Control (n = 120)").

Percent signs are optional in cells (the header says "n (%)"); a percentage may have a decimal comma
("62 (44,6)", EU material).
"""

from __future__ import annotations

import re

from . import CheckContext, Rule
from ..numbers import Num, consistent_percent

TABLE_PERCENT = Rule(
    code="A006", name="table-percent-mismatch", category="arithmetic", severity="error",
    summary="An \"n (%)\" table cell whose percentage does not follow from n and the N its column header "
            "gives (\"EXAMPLIMAB (n = 139)\" over \"62 (45)\": 62/139 = 44.6%, written 45, is consistent).",
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


def check_tables(ctx: CheckContext):
    seen: set[int] = set()
    for table in ctx.document.tables:
        column_n: dict[int, int] = {}
        for row in table:
            for j, (offset, cell) in enumerate(row):
                header = _N_HEADER.search(cell)
                cellm = _CELL.match(cell)
                if header and not cellm:
                    column_n[j] = int(header.group(1) or header.group(2))
                    continue
                if cellm and j in column_n:
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
