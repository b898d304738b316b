"""Text output: ``path:line:col: CODE [severity] message`` per finding, then a summary line."""

from __future__ import annotations

from collections import Counter

from . import Report

_COLORS = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m"}
_RESET = "\x1b[0m"


def format_finding(f, color: bool = False) -> str:
    sev = f"[{f.severity}]"
    if color:
        sev = f"{_COLORS.get(f.severity, '')}{sev}{_RESET}"
    where = f" ({f.where})" if f.where else ""
    page = f" (page {f.page})" if f.page else ""
    return f"{f.path}:{f.line}:{f.column}: {f.rule} {sev} {f.message}{page}{where}"


def render_text(report: Report, concise: bool = False, color: bool = False) -> str:
    lines = []
    for result in report.results:
        for f in result.findings:
            if f.suppressed:
                continue
            lines.append(format_finding(f, color))
    if not concise:
        counts = Counter(f.severity for f in report.findings if not f.suppressed)
        files = len(report.results)
        total = sum(counts.values())
        if total:
            detail = ", ".join(f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in ("error", "warning", "info") if counts[s])
            lines.append(f"Found {total} finding{'s' if total != 1 else ''} ({detail}) in {files} file{'s' if files != 1 else ''}.")
        else:
            lines.append(f"No findings in {files} file{'s' if files != 1 else ''}.")
    return "\n".join(lines) + ("\n" if lines else "")
