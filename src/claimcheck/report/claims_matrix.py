"""The claims matrix (``claimcheck claims``): every claim of every document, one row each.

Columns: path, page, line, column, location, text as written, kind, value, endpoint, arm,
population, timepoint, study, matched entry, reference value, source, status, matcher status,
finding codes (a suppressed finding's code is prefixed ``~``). Formats: ``text`` (a table for the
terminal), ``json``, ``csv`` (UTF-8 with a byte-order mark, so spreadsheet programs read the
accents right) and ``xlsx`` (openpyxl: a header row, filters, frozen panes; the file opens without
a repair prompt). A cell a spreadsheet would take for a formula (``=``, ``+``, ``-``, ``@`` first)
is written as text: a draft cannot smuggle a formula into a reviewer's spreadsheet.

The rows are :class:`claimcheck.review.ClaimRecord` from ``FileResult.claims``: this module only
lays them out.
"""

from __future__ import annotations

import csv
import io
import json
import re

COLUMNS = ("path", "page", "line", "column", "location", "text", "kind", "value", "endpoint", "arm",
           "population", "timepoint", "study", "reference_id", "reference_value", "source", "status",
           "match", "findings")

FORMATS = ("text", "json", "csv", "xlsx")


def rows(results) -> list[dict]:
    out = []
    for r in results:
        for c in r.claims or []:
            out.append({
                "path": r.path, "page": c.page, "line": c.line, "column": c.column, "location": c.location(),
                "text": c.text, "kind": c.kind, "value": c.value, "endpoint": c.endpoint, "arm": c.arm,
                "population": c.population, "timepoint": c.timepoint, "study": c.study,
                "reference_id": c.reference_id, "reference_value": c.expected, "source": c.source,
                "status": c.status, "match": c.match, "findings": " ".join(dict.fromkeys(c.codes)),
            })
    return out


_FORMULA = re.compile(r"^[=+@\t\r]|^-(?![\d.])")


def _cell(value):
    """A value as a spreadsheet cell: numbers stay numbers, None is empty, formula-like text is quoted."""
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    return "'" + text if _FORMULA.match(text) else text


def render_text(results) -> str:
    table = [("PATH", "LINE:COL", "KIND", "CLAIM", "ENDPOINT", "ARM", "POPULATION", "TIME", "STATUS", "ENTRY", "FINDINGS")]
    data = rows(results)
    for r in data:
        where = f"{r['line']}:{r['column']}" if r["page"] is None else f"p{r['page']} {r['line']}:{r['column']}"
        table.append((r["path"], where, r["kind"], r["text"][:40], r["endpoint"] or "-", r["arm"] or "-",
                      r["population"] or "-", r["timepoint"] or "-", r["status"], r["reference_id"] or "-",
                      r["findings"] or "-"))
    widths = [max(len(str(row[i])) for row in table) for i in range(len(table[0]))]
    lines = ["  ".join(str(v).ljust(w) for v, w in zip(row, widths)).rstrip() for row in table]
    n_docs = len(results)
    lines.append(f"{len(data)} claims in {n_docs} document{'s' if n_docs != 1 else ''}")
    return "\n".join(lines) + "\n"


def render_json(results) -> str:
    docs = [{"path": r.path, "claims": [row for row in rows([r])]} for r in results]
    body: dict = {"columns": list(COLUMNS), "documents": docs}
    if len(results) == 1:  # `claims FILE --format json`: the file's claims at the top, as before
        body = {"path": results[0].path, "claims": docs[0]["claims"], **body}
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def render_csv(results) -> str:
    buf = io.StringIO()
    buf.write("\ufeff")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for r in rows(results):
        writer.writerow([_cell(r[k]) for k in COLUMNS])
    return buf.getvalue()


def render_xlsx(results) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "claims"
    ws.append(list(COLUMNS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [len(c) for c in COLUMNS]
    for r in rows(results):
        values = []
        for i, k in enumerate(COLUMNS):
            v = r[k]
            if isinstance(v, str):
                v = ILLEGAL_CHARACTERS_RE.sub("\ufffd", v)[:32767]  # Excel's cell limit
            values.append("" if v is None else v)
            widths[i] = max(widths[i], min(60, len(str(values[-1]))))
        ws.append(values)
        for cell in ws[ws.max_row]:
            if cell.data_type == "f":  # text that starts with "=": a string, never a formula
                cell.data_type = "s"
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w + 2
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def render(fmt: str, results) -> str | bytes:
    if fmt == "text":
        return render_text(results)
    if fmt == "json":
        return render_json(results)
    if fmt == "csv":
        return render_csv(results)
    if fmt == "xlsx":
        return render_xlsx(results)
    raise ValueError(f"unknown claims format {fmt}")


__all__ = ["COLUMNS", "FORMATS", "rows", "render"]
