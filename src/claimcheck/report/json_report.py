"""JSON output: the versioned schema documented in docs/json-schema.md (schemas/report.schema.json)."""

from __future__ import annotations

import json

from . import Report

SCHEMA_VERSION = "1.0"


def report_dict(report: Report) -> dict:
    findings = [f.to_dict() for f in report.findings]
    counts = {s: sum(1 for f in report.findings if f.severity == s and not f.suppressed)
              for s in ("error", "warning", "info")}
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "claimcheck", "version": report.tool_version},
        "inputs": report.inputs,
        "files": [{"path": r.path, "market": r.market, "error": r.error, "notice": r.notice}
                  for r in report.results],
        "findings": findings,
        "errors": report.errors,
        "summary": {"files": len(report.results), "findings": sum(counts.values()), **counts,
                    "suppressed": sum(1 for f in report.findings if f.suppressed)},
    }


def render_json(report: Report) -> str:
    return json.dumps(report_dict(report), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
