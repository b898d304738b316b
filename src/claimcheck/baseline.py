"""Baseline of known findings: ``--write-baseline FILE`` records them, ``--baseline FILE`` hides them.

A finding is known when the baseline records its key: the rule, the file's path relative to the
project root (the config file's folder, else the current folder) and a hash of the normalised
claim text with an occurrence counter — :func:`claimcheck.findings.assign_fingerprints` computed
on root-relative paths. Line numbers are not part of the key, so text added or removed above a
finding does not bring it back, and running from another folder or with absolute paths gives
the same keys. Editing the claim itself (its text) makes it a new finding.

The file is JSON, sorted, without timestamps (it is committed next to the drafts and reviewed
in diffs)::

    {"schema_version": 1, "tool": "claimcheck", "findings": [
        {"key": "…", "rule": "V001", "path": "drafts/a.md", "line": 12, "message": "…"}]}

``line`` and ``message`` are there for a reader of the file; only ``key`` is matched.
Suppressed findings are not recorded (they need no baseline).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from .config import relative_to_root
from .engine import FileResult
from .errors import ConfigError
from .findings import Finding, assign_fingerprints

BASELINE_VERSION = 1


def keys(findings: list[Finding], root: Path) -> list[str]:
    """The baseline key of each finding (same order), independent of line numbers and cwd."""
    copies = []
    for f in findings:
        rel = relative_to_root(f.path, root) or Path(f.path).as_posix()
        copies.append(replace(f, path=rel, fingerprint=""))
    assign_fingerprints(copies)
    return [c.fingerprint for c in copies]


def _root_path(f: Finding, root: Path) -> str:
    return relative_to_root(f.path, root) or Path(f.path).as_posix()


def write(path: str | Path, results: list[FileResult], root: Path) -> int:
    """Write the baseline of the unsuppressed findings; returns how many it records."""
    entries = []
    for r in results:
        ks = keys(r.findings, root)
        for f, k in zip(r.findings, ks):
            if f.suppressed:
                continue
            entries.append({"key": k, "rule": f.rule, "path": _root_path(f, root), "line": f.line,
                            "message": f.message})
    entries.sort(key=lambda e: (e["path"], e["line"], e["rule"], e["key"]))
    data = {"schema_version": BASELINE_VERSION, "tool": "claimcheck", "findings": entries}
    Path(path).write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(entries)


def load(path: str | Path) -> set[str]:
    """The keys a baseline file records; ConfigError (exit 2) when it is missing or invalid."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("baseline file not found (create it with --write-baseline)", name) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read baseline: {exc}", name) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"invalid baseline JSON: {exc.msg}", name, exc.lineno) from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise ConfigError('not a claimcheck baseline (expected {"findings": [...]})', name)
    if data.get("schema_version") != BASELINE_VERSION:
        raise ConfigError(f"unsupported baseline schema_version {data.get('schema_version')!r}", name)
    out = set()
    for i, e in enumerate(data["findings"]):
        if not isinstance(e, dict) or not isinstance(e.get("key"), str):
            raise ConfigError(f"baseline entry {i} has no key", name)
        out.add(e["key"])
    return out


def apply(results: list[FileResult], known: set[str], root: Path) -> int:
    """Drop the findings the baseline knows from each result; returns how many were dropped.

    Suppression findings (S rules) are matched like any other.
    """
    dropped = 0
    for r in results:
        ks = keys(r.findings, root)
        kept = [f for f, k in zip(r.findings, ks) if k not in known]
        dropped += len(r.findings) - len(kept)
        r.findings = kept
    return dropped
