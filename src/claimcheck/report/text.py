"""Text output for people, concise output for tools.

``text`` (the default): findings grouped by file (a blank line between files), each as
``path:line:col: CODE [severity] message`` followed by the reference entry it was judged against,
then a summary. On a terminal the location, code and severity are coloured; piped, the same lines
are plain, so ``grep`` and editors' "jump to location" still work.

``concise``: one ``path:line:col: CODE [severity] message`` line per finding, nothing else.

Suppressed findings are left out of both (the summary counts them).
"""

from __future__ import annotations

from itertools import groupby
from typing import Iterator

from . import Report
from .escape import terminal_text

_COLORS = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m"}
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_RESET = "\x1b[0m"


def _paint(text: str, style: str, color: bool) -> str:
    return f"{style}{text}{_RESET}" if color and style else text


def format_finding(f, color: bool = False) -> str:
    """``path:line:col: CODE [severity] message`` (with page / locator when the format has them)."""
    # text from the drafts (message, locator, path) on one line, nothing a terminal interprets
    where = f" ({terminal_text(f.where)})" if f.where else ""
    page = f" (page {f.page})" if f.page else ""
    loc = _paint(f"{terminal_text(f.path)}:{f.line}:{f.column}:", _BOLD, color)
    code = _paint(f.rule, _BOLD, color)
    sev = _paint(f"[{f.severity}]", _COLORS.get(f.severity, ""), color)
    return f"{loc} {code} {sev} {terminal_text(f.message)}{page}{where}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def iter_text(report: Report, concise: bool = False, color: bool = False) -> Iterator[str]:
    """The findings one file at a time, then (``text`` only) the summary."""
    first = True
    for path, group in groupby(report.visible, key=lambda f: f.path):
        lines = [] if first or concise else [""]
        first = False
        for f in group:
            lines.append(format_finding(f, color))
            if not concise and f.reference_id:
                lines.append(_paint(f"    reference entry: {terminal_text(f.reference_id)}", _DIM, color))
        yield "\n".join(lines) + "\n"
    if concise:
        return
    counts = report.counts()
    files = sum(1 for r in report.results if not r.error)   # linted; a file that failed is an error
    total = sum(counts.values())
    if total:
        detail = ", ".join(_plural(counts[s], s) for s in ("error", "warning", "info") if counts[s])
        summary = f"Found {_plural(total, 'finding')} ({detail}) in {_plural(files, 'file')}."
    elif files:
        summary = f"No findings in {_plural(files, 'file')}."
    else:
        summary = "No file was linted."
    extra = []
    suppressed = len(report.findings) - len(report.visible)
    if suppressed:
        extra.append(f"{suppressed} suppressed inline")
    if report.baseline and report.baseline.get("matched"):
        extra.append(f"{report.baseline['matched']} known in the baseline")
    if extra:
        summary = summary[:-1] + f" ({'; '.join(extra)})."
    if report.errors:
        n = len(report.errors)
        failed = f"{_plural(n, 'input')} could not be linted (see the error{'s' if n != 1 else ''} above)."
        summary = f"Nothing was linted: {failed}" if not files else f"{summary} {failed}"
    lines = [""] if not first else []
    lines.extend(_assumed_markets(report))
    lines.append(summary)
    if total:
        lines.append("`claimcheck rule CODE` explains a rule.")
    yield "\n".join(lines) + "\n"


#: files named in a "market assumed" line; more are counted (the JSON report has each file's market)
ASSUMED_NAMED = 10


def _assumed_markets(report: Report) -> list[str]:
    """One line per market assumed for files that declare none: rule packs differ per market, so
    a reviewer must see which requirements were checked where nobody said."""
    by_market: dict[str, list[str]] = {}
    for r in report.results:
        if r.market_assumed and not r.error and r.market:
            by_market.setdefault(r.market, []).append(r.path)
    lines = []
    for market, paths in sorted(by_market.items()):
        names = ", ".join(terminal_text(p) for p in paths[:ASSUMED_NAMED])
        if len(paths) > ASSUMED_NAMED:
            names += f" and {len(paths) - ASSUMED_NAMED} more"
        lines.append(f"Market {market} assumed for {_plural(len(paths), 'file')} that declare{'s' if len(paths) == 1 else ''} "
                     f"none (front matter `market:`, a first line `Market: EU`, or --market): {names}.")
    return lines


def render_text(report: Report, concise: bool = False, color: bool = False) -> str:
    return "".join(iter_text(report, concise, color))


def render_statistics(report: Report) -> str:
    """``--statistics``: count, code and name per rule (like ruff), most frequent first."""
    rows = report.statistics()
    if not rows:
        return ""
    width = max(len(str(n)) for n, _, _ in rows)
    code_width = max(len(code) for _, code, _ in rows)
    return "".join(f"{n:>{width}}\t{code:<{code_width}}\t{name}\n" for n, code, name in rows)
