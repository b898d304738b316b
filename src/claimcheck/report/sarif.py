"""SARIF 2.1.0 output, for GitHub code scanning and other SARIF viewers.

Validates against the OASIS SARIF 2.1.0 schema (tests/data/sarif-schema-2.1.0.json):

* ``tool.driver``: name, version, and every rule of the run (``Report.rules``, the Linter's
  registry: built-in, suppression and rule-pack rules) with its short and full description, its
  documentation as ``help`` (text and Markdown) and its default severity as
  ``defaultConfiguration.level``;
* one result per finding, suppressed ones included with
  ``suppressions: [{"kind": "inSource", "justification": ...}]``; every result has a location
  (relative URI, ``startLine``/``startColumn``; columns count Unicode code points, declared by
  ``columnKind``) and ``partialFingerprints`` from :attr:`Finding.fingerprint`, so code scanning
  tracks a finding across edits;
* ``invocations[0]`` with the exit code, ``executionSuccessful`` (false when input could not be
  read: exit 2) and each input error as a notification;
* the audit trail: ``artifacts`` lists each reference and rule file with its SHA-256, and
  ``properties.inputs`` repeats the JSON report's ``inputs``.

Deterministic like the JSON report (no timestamps, sorted keys).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator
from urllib.parse import quote

from . import Report, uri_path
from .json_report import Lines, iter_pretty

if TYPE_CHECKING:
    from ..checks import Rule

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "claimcheck/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    p = uri_path(path)
    # surrogateescape: a file name that is not UTF-8 is percent-encoded as its own bytes
    if p.startswith("/"):
        return "file://" + quote(p, errors="surrogateescape")
    return quote(p, errors="surrogateescape")


def _first_sentence(text: str) -> str:
    head = text.split(". ")[0].strip()
    return head if head.endswith(".") else head + "."


def _rule_descriptor(rule: Rule) -> dict:
    markdown = (
        f"**{rule.code} {rule.name}** ({rule.category}, default severity {rule.severity})\n\n"
        f"{rule.summary}\n\n**Why it matters.** {rule.why}\n\n**Regulatory basis.** {rule.basis}\n\n"
        f"**Bad**\n\n```\n{rule.bad}\n```\n\n**Good**\n\n```\n{rule.good}\n```\n\n**How to fix.** {rule.fix}\n"
    )
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": _first_sentence(rule.summary)},
        "fullDescription": {"text": rule.summary},
        "help": {"text": rule.documentation(), "markdown": markdown},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning")},
        "properties": {"category": rule.category, "tags": ["compliance", rule.category],
                       "regulatory-basis": rule.basis, "origin": rule.origin},
    }


def _result(f, index: dict[str, int], uris: dict[str, str]) -> dict:
    # a file's URI once per file, not per finding (pathlib parsing was 60 % of rendering SARIF)
    uri = uris.get(f.path)
    if uri is None:
        uri = uris[f.path] = _uri(f.path)
    region = {"startLine": max(1, f.line or 1), "startColumn": max(1, f.column or 1)}
    if f.snippet:
        region["snippet"] = {"text": f.snippet}
    result = {
        "ruleId": f.rule,
        "level": LEVELS.get(f.severity, "warning"),
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint},
        "properties": {k: v for k, v in (("category", f.category), ("expected", f.expected),
                                          ("found", f.found), ("reference_id", f.reference_id),
                                          ("source", f.source), ("page", f.page), ("where", f.where))
                       if v is not None},
    }
    if f.rule in index:
        result["ruleIndex"] = index[f.rule]
    if f.suppressed:
        sup = {"kind": f.suppressed.get("kind", "inSource"), "status": "accepted"}
        if f.suppressed.get("justification"):
            sup["justification"] = f.suppressed["justification"]
        if f.suppressed.get("line"):
            sup["location"] = {"physicalLocation": {"artifactLocation": {"uri": uri},
                                                    "region": {"startLine": f.suppressed["line"]}}}
        result["suppressions"] = [sup]
    return result


def sarif_dict(report: Report) -> dict:
    known = report.rules
    codes = sorted(set(known) | {f.rule for f in report.findings if f.rule not in known})
    rules = [_rule_descriptor(known[c]) if c in known else {"id": c} for c in codes]
    index = {c: i for i, c in enumerate(codes)}
    uris: dict[str, str] = {}
    artifacts = []
    for kind in ("reference", "rules"):
        for item in report.inputs.get(kind, []) or []:
            artifacts.append({"location": {"uri": _uri(item["path"])},
                              "hashes": {"sha-256": item["sha256"]},
                              "roles": ["referencedOnCommandLine"],
                              "description": {"text": "claims library" if kind == "reference" else "rule pack"}})
    exit_code = report.exit_code if report.exit_code is not None else (2 if report.errors else 0)
    invocation = {
        "executionSuccessful": exit_code != 2,
        "exitCode": exit_code,
        "toolExecutionNotifications": [{"level": "error", "message": {"text": e}} for e in report.errors],
    }
    run = {
        "tool": {"driver": {"name": "claimcheck", "version": report.tool_version,
                            "semanticVersion": report.tool_version, "rules": rules}},
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": Lines(_result(f, index, uris) for f in report.findings),  # one result per line
        "properties": {"inputs": report.inputs, "baseline": report.baseline},
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def iter_sarif(report: Report) -> Iterator[str]:
    """The SARIF log in pieces (the same text as :func:`render_sarif`)."""
    yield from iter_pretty(sarif_dict(report))  # lone surrogates escaped (escape.json_text)
    yield "\n"


def render_sarif(report: Report) -> str:
    return "".join(iter_sarif(report))
