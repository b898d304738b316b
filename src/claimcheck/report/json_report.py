"""JSON output: the versioned schema documented in docs/json-schema.md (schemas/report.schema.json).

Deterministic: keys sorted, findings in (path, line, column, rule) order, no timestamps; the same
inputs give byte-identical output. Suppressed findings are kept (``suppressed`` set).
"""

from __future__ import annotations

import json
from typing import Iterator

from . import Report
from .escape import json_text

SCHEMA_VERSION = "1.0"

#: keys every finding carries, null when they do not apply
_OPTIONAL = ("expected", "found", "reference_id", "source", "page", "where")


def finding_dict(f) -> dict:
    d = f.to_dict()
    for key in _OPTIONAL:
        d.setdefault(key, None)
    return d


def report_dict(report: Report) -> dict:
    counts = report.counts()
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "claimcheck", "version": report.tool_version},
        "inputs": report.inputs,
        "files": [{"path": r.path, "market": r.market, "error": r.error, "notice": r.notice}
                  for r in report.results],
        "findings": [finding_dict(f) for f in report.findings],
        "errors": report.errors,
        "exit_code": report.exit_code,
        "baseline": report.baseline,
        "summary": {"files": len(report.results), "findings": sum(counts.values()), **counts,
                    "suppressed": len(report.findings) - len(report.visible),
                    "by_rule": [{"rule": code, "name": name, "count": n} for n, code, name in report.statistics()]},
    }


def iter_json(report: Report) -> Iterator[str]:
    """The report as JSON, in pieces (the same text as :func:`render_json`)."""
    for chunk in json.JSONEncoder(indent=2, sort_keys=True, ensure_ascii=False).iterencode(report_dict(report)):
        yield json_text(chunk)  # a lone surrogate (a non-UTF-8 file name) as its \uXXXX escape
    yield "\n"


def render_statistics_json(report: Report) -> str:
    """``--statistics --format json``: as ruff, a JSON array of ``{"code", "name", "count"}`` per
    rule of the unsuppressed findings, most frequent first (the ``summary.by_rule`` of the report)."""
    rows = [{"code": code, "name": name, "count": n} for n, code, name in report.statistics()]
    return json_text(json.dumps(rows, indent=2, ensure_ascii=False)) + "\n"


def render_json(report: Report) -> str:
    return "".join(iter_json(report))
