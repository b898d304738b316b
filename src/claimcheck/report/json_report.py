"""JSON output: the versioned schema documented in docs/json-schema.md (schemas/report.schema.json).

Deterministic: keys sorted, findings in (path, line, column, rule) order, no timestamps; the same
inputs give byte-identical output. Suppressed findings are kept (``suppressed`` set).

Layout: indented two spaces, except that each item of the long arrays (``files``, ``findings``;
SARIF's ``results``) is written on one line. Python's ``json`` encodes with its C encoder only
without indentation: indenting 19,000 findings in pure Python took longer than linting them
(7.5 s of a 5,000-file run), one line per item is read as easily and by ``grep`` too.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Iterator

from ..findings import Finding
from . import Report
from .escape import json_text

SCHEMA_VERSION = "1.0"

#: keys every finding carries, null when they do not apply
_OPTIONAL = ("expected", "found", "reference_id", "source", "page", "where")
#: what Finding.to_dict gives (its fields less start/end/extra), without dataclasses.asdict's deep copy
_FIELDS = tuple(f.name for f in dataclasses.fields(Finding) if f.name not in ("start", "end", "extra"))


def finding_dict(f) -> dict:
    """:meth:`Finding.to_dict` with every optional key present (null when it does not apply)."""
    return {k: getattr(f, k) for k in _FIELDS}


class Lines(list):
    """A list that :func:`iter_pretty` writes one compact item per line (C-encoded)."""


_COMPACT = json.JSONEncoder(sort_keys=True, ensure_ascii=False)


def _holds_lines(obj) -> bool:
    if isinstance(obj, Lines):
        return True
    if isinstance(obj, dict):
        return any(_holds_lines(v) for v in obj.values())
    if isinstance(obj, list):
        return any(_holds_lines(v) for v in obj)
    return False


def iter_pretty(obj, level: int = 0) -> Iterator[str]:
    """``obj`` as JSON indented two spaces, keys sorted; each item of a :class:`Lines` on one line.
    Parts without a Lines are encoded by ``json`` in one go."""
    pad = "  " * level
    if isinstance(obj, Lines):
        if not obj:
            yield "[]"
            return
        yield "["
        for i, item in enumerate(obj):
            yield ("\n" if i == 0 else ",\n") + pad + "  " + json_text(_COMPACT.encode(item))
        yield "\n" + pad + "]"
    elif isinstance(obj, dict) and obj and _holds_lines(obj):
        yield "{"
        for i, key in enumerate(sorted(obj)):
            yield ("\n" if i == 0 else ",\n") + pad + "  " + json.dumps(key, ensure_ascii=False) + ": "
            yield from iter_pretty(obj[key], level + 1)
        yield "\n" + pad + "}"
    elif isinstance(obj, list) and obj and _holds_lines(obj):
        yield "["
        for i, item in enumerate(obj):
            yield ("\n" if i == 0 else ",\n") + pad + "  "
            yield from iter_pretty(item, level + 1)
        yield "\n" + pad + "]"
    else:
        text = json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False)
        yield json_text(text.replace("\n", "\n" + pad) if pad else text)


def report_dict(report: Report) -> dict:
    counts = report.counts()
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "claimcheck", "version": report.tool_version},
        "inputs": report.inputs,
        "files": Lines({"path": r.path, "market": r.market, "error": r.error, "notice": r.notice}
                       for r in report.results),
        "findings": Lines(finding_dict(f) for f in report.findings),
        "errors": report.errors,
        "exit_code": report.exit_code,
        "baseline": report.baseline,
        "summary": {"files": len(report.results), "findings": sum(counts.values()), **counts,
                    "suppressed": len(report.findings) - len(report.visible),
                    "by_rule": [{"rule": code, "name": name, "count": n} for n, code, name in report.statistics()]},
    }


def iter_json(report: Report) -> Iterator[str]:
    """The report as JSON, in pieces (the same text as :func:`render_json`)."""
    # json_text: a lone surrogate (a non-UTF-8 file name) as its \uXXXX escape
    yield from iter_pretty(report_dict(report))
    yield "\n"


def render_statistics_json(report: Report) -> str:
    """``--statistics --format json``: as ruff, a JSON array of ``{"code", "name", "count"}`` per
    rule of the unsuppressed findings, most frequent first (the ``summary.by_rule`` of the report)."""
    rows = [{"code": code, "name": name, "count": n} for n, code, name in report.statistics()]
    return json_text(json.dumps(rows, indent=2, ensure_ascii=False)) + "\n"


def render_json(report: Report) -> str:
    return "".join(iter_json(report))
