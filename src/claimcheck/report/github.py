"""GitHub Actions workflow commands: one annotation per (unsuppressed) finding.

``::error file=PATH,line=L,col=C,title=CODE name::message`` (``warning`` for warnings, ``notice``
for info). Escaping follows the runner's rules: in the message ``%``, ``\\r`` and ``\\n`` become
``%25``, ``%0D`` and ``%0A``; in property values ``:`` and ``,`` also become ``%3A`` and ``%2C``;
any other control character, bidi control or lone surrogate is shown as ``<U+XXXX>`` (escape.py).
Input errors become ``::error`` annotations without a location.
"""

from __future__ import annotations

from typing import Iterator

from . import Report, uri_path
from .escape import controls_visible

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    """The runner's escapes, then any other control (a draft's U+000B, NUL, ESC …), bidi control
    or lone surrogate shown as ``<U+XXXX>``: one command per line, nothing a log viewer interprets."""
    return controls_visible(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def annotation(level: str, message: str, **props) -> str:
    fields = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{level}{' ' + fields if fields else ''}::{escape_data(message)}"


def iter_github(report: Report) -> Iterator[str]:
    """One annotation line at a time."""
    uris: dict[str, str] = {}  # a file's path once per file, not per finding
    for f in report.visible:
        message = f.message
        if f.reference_id and f.reference_id not in message:
            message += f" [reference {f.reference_id}]"
        yield annotation(LEVELS.get(f.severity, "warning"), message, file=uris.get(f.path) or uris.setdefault(f.path, uri_path(f.path)),
                         line=max(1, f.line or 1), col=max(1, f.column or 1), title=f"{f.rule} {f.name}") + "\n"
    for e in report.errors:
        yield annotation("error", e, title="claimcheck input error") + "\n"


def render_github(report: Report) -> str:
    return "".join(iter_github(report))
