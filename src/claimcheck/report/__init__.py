"""Reporters: one module per output format. They format findings; they never check anything."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..engine import FileResult


@dataclass
class Report:
    """What every reporter receives: the per-file results and the run's metadata."""

    results: list[FileResult]
    tool_version: str
    inputs: dict = field(default_factory=dict)   # reference/rules files with sha256, market, options
    errors: list[str] = field(default_factory=list)

    @property
    def findings(self):
        return [f for r in self.results for f in r.findings]


def render(fmt: str, report: Report, color: bool = False) -> str:
    if fmt in ("text", "concise"):
        from .text import render_text

        return render_text(report, concise=(fmt == "concise"), color=color)
    if fmt == "json":
        from .json_report import render_json

        return render_json(report)
    raise ValueError(f"unknown format {fmt}")


FORMATS = ("text", "concise", "json")
