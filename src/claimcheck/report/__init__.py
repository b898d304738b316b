"""Reporters: one module per output format. They format findings; they never check anything.

Reporters are listed in one table, :data:`REPORTERS` (format name, render function, the
``--output`` extensions that choose it, whether it shows claims); the CLI's ``--format`` choices
come from it. A new reporter: a module here and one line in the table.

Every reporter takes a :class:`Report` and yields its output in pieces (:func:`render_chunks`;
the CLI writes each piece to stdout or to an ``--output`` file as it comes, so a report over
thousands of files is never held twice, as findings and as one string); :func:`render` joins
them. Suppressed findings (``Finding.suppressed``)
are kept in ``json``, ``sarif`` and ``html`` (shown apart, with their reasons) and left out of
``text``, ``concise``, ``github`` and ``junit``. Findings a baseline already records never reach a Report (baseline.py filters them).
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Mapping

from ..findings import Finding

if TYPE_CHECKING:  # the engine is not imported here: the CLI reads FORMATS at start-up
    from ..checks import Rule
    from ..engine import FileResult


@dataclass
class Report:
    """What every reporter receives: the per-file results and the run's metadata."""

    results: list[FileResult]
    tool_version: str
    inputs: dict = field(default_factory=dict)   # reference/rules files with sha256, market, options
    errors: list[str] = field(default_factory=list)
    #: the run's exit code (0, 1 or 2), known before rendering; SARIF and JSON record it
    exit_code: int | None = None
    #: {"path": baseline file, "known": findings it records, "matched": findings it hid} or None
    baseline: dict | None = None
    #: the rules of the run, code -> Rule (the Linter's registry: ``Linter.registry``); SARIF
    #: describes each
    rules: Mapping[str, Rule] = field(default_factory=dict)

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.results for f in r.findings]

    @property
    def visible(self) -> list[Finding]:
        """Findings not suppressed inline: what text, concise, github and junit show."""
        return [f for f in self.findings if not f.suppressed]

    def counts(self) -> dict[str, int]:
        c = Counter(f.severity for f in self.visible)
        return {s: c.get(s, 0) for s in ("error", "warning", "info")}

    def statistics(self) -> list[tuple[int, str, str]]:
        """(count, code, name) per rule of the visible findings, most frequent first."""
        names = {}
        counts: Counter = Counter()
        for f in self.visible:
            counts[f.rule] += 1
            names[f.rule] = f.name
        return sorted(((n, code, names[code]) for code, n in counts.items()), key=lambda t: (-t[0], t[1]))


def uri_path(path: str) -> str:
    """A finding's path as a relative POSIX path (relative to the current folder when absolute
    and inside it), for reports that need one (SARIF URIs, annotations)."""
    p = Path(path)
    if p.is_absolute():
        try:
            return p.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return p.as_posix()
    return Path(os.path.normpath(path)).as_posix()


@dataclass(frozen=True)
class Reporter:
    """One output format of ``claimcheck lint --format``."""

    format: str
    #: (report, color) -> the output in pieces (color: ANSI colors, for a terminal)
    render: Callable[[Report, bool], Iterator[str]]
    #: an ``--output`` file with one of these extensions and no --format before it gets this format
    extensions: tuple[str, ...] = ()
    #: shows claims, not only findings: the Linter must keep them (``Linter(keep_claims=True)``)
    claims: bool = False


# each reporter module is imported when its format is rendered (a run renders one or two)
def _text(report: Report, color: bool) -> Iterator[str]:
    from .text import iter_text

    return iter_text(report, concise=False, color=color)


def _concise(report: Report, color: bool) -> Iterator[str]:
    from .text import iter_text

    return iter_text(report, concise=True, color=color)


def _json(report: Report, color: bool) -> Iterator[str]:
    from .json_report import iter_json

    return iter_json(report)


def _sarif(report: Report, color: bool) -> Iterator[str]:
    from .sarif import iter_sarif

    return iter_sarif(report)


def _junit(report: Report, color: bool) -> Iterator[str]:
    from .junit import render_junit

    return iter([render_junit(report)])


def _github(report: Report, color: bool) -> Iterator[str]:
    from .github import iter_github

    return iter_github(report)


def _html(report: Report, color: bool) -> Iterator[str]:
    from .html import iter_html

    return iter_html(report)


#: every report format: the one place a reporter is added
REPORTERS: tuple[Reporter, ...] = (
    Reporter("text", _text),
    Reporter("concise", _concise, (".txt", ".log")),
    Reporter("json", _json, (".json",)),
    Reporter("sarif", _sarif, (".sarif",)),
    Reporter("junit", _junit, (".xml",)),
    Reporter("github", _github),
    Reporter("html", _html, (".html", ".htm"), claims=True),
)

FORMATS = tuple(r.format for r in REPORTERS)

#: formats that show claims, not only findings: the Linter must keep them (Linter(keep_claims=True))
CLAIM_FORMATS = tuple(r.format for r in REPORTERS if r.claims)

#: format chosen from an --output file's extension when no --format precedes it
EXTENSIONS = {ext: r.format for r in REPORTERS for ext in r.extensions}


def reporter(fmt: str) -> Reporter:
    """The reporter of ``fmt`` (:data:`REPORTERS`, read at call time)."""
    for r in REPORTERS:
        if r.format == fmt:
            return r
    raise ValueError(f"unknown format {fmt}")


def render_chunks(fmt: str, report: Report, color: bool = False) -> Iterator[str]:
    """The report in ``fmt``, in pieces whose concatenation is the whole output."""
    return reporter(fmt).render(report, color)


#: formats of the claims matrix (``claimcheck claims``; report/claims_matrix.py)
CLAIMS_FORMATS = ("text", "json", "csv", "xlsx")
#: claims-matrix formats that are bytes, not text (written to a file with -o)
BINARY_CLAIMS_FORMATS = ("xlsx",)


def render_claims(fmt: str, results: list[FileResult]) -> str | bytes:
    """The claims matrix of ``results`` (linted with ``keep_claims``) in ``fmt``."""
    from .claims_matrix import render as render_matrix

    return render_matrix(fmt, results)


def annotate_pdf(data: bytes, result: FileResult) -> tuple[bytes, int]:
    """A copy of the PDF ``data`` with a highlight and a comment on each claim of ``result``
    (linted with ``keep_claims``), and the number of annotations placed (report/pdf_annotate.py)."""
    from .pdf_annotate import annotate

    return annotate(data, result)


def render(fmt: str, report: Report, color: bool = False) -> str:
    """The whole report in ``fmt`` as one string."""
    return "".join(render_chunks(fmt, report, color))
