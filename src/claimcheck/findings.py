"""Finding: what a check reports, with its location, severity, category and a stable fingerprint."""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {name: i for i, name in enumerate(SEVERITIES)}


@dataclass(slots=True)  # no per-instance __dict__: a run over thousands of files keeps every finding
class Finding:
    rule: str
    name: str
    category: str
    severity: str
    message: str
    path: str
    start: int
    end: int
    line: int = 0
    column: int = 0
    page: int | None = None
    where: str | None = None
    expected: str | None = None
    found: str | None = None
    reference_id: str | None = None
    source: str | None = None
    snippet: str = ""
    fingerprint: str = ""
    suppressed: dict | None = None
    extra: dict = field(default_factory=dict)

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.rule, self.message)

    def to_dict(self) -> dict:
        d = asdict(self)
        d.pop("start")
        d.pop("end")
        d.pop("extra")
        return {k: v for k, v in d.items() if v is not None or k in ("suppressed",)}


_SPACES = re.compile(r"\s+")


def normalise_snippet(text: str) -> str:
    return _SPACES.sub(" ", text).strip().lower()


def fingerprint(rule: str, path: str, snippet: str, occurrence: int = 0) -> str:
    """Stable across edits elsewhere in the file: rule, path, normalised claim text, occurrence."""
    key = f"{rule}\x00{path}\x00{normalise_snippet(snippet)}\x00{occurrence}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def assign_fingerprints(findings: list[Finding]) -> None:
    seen: dict[tuple, int] = {}
    for f in sorted(findings, key=lambda f: (f.path, f.start, f.rule)):
        key = (f.rule, f.path, normalise_snippet(f.snippet))
        n = seen.get(key, 0)
        seen[key] = n + 1
        f.fingerprint = fingerprint(f.rule, f.path, f.snippet, n)
