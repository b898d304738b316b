"""Governed inline suppressions: a comment in the document names the rule(s) and gives a reason.

Syntax (an HTML comment; in Markdown and HTML anywhere a comment may stand, in plain ``.txt``
files on a line of its own)::

    <!-- claimcheck: ignore[V001] reason="approved wording, MLR-1234" -->
    <!-- claimcheck: disable[V001,U001] reason="table reproduced from the SmPC" -->
    ...
    <!-- claimcheck: enable[V001,U001] -->
    <!-- claimcheck: ignore-file[R010] reason="boxed warning is on the facing page, MLR-77" -->

* ``ignore[CODES]`` covers the next block: from the comment to the next blank line after the
  next non-blank line (the next paragraph, list or table);
* ``disable[CODES]`` … ``enable[CODES]`` covers everything between them (to the end of the file
  when no ``enable`` follows); ``enable`` without codes closes every open range;
* ``ignore-file[CODES]`` covers the whole file.

CODES are rule codes or prefixes (``V001``, ``V``), comma separated. A suppressed finding is
kept, marked ``Finding.suppressed = {"kind": "inSource", "justification": reason, "line": n}``
(JSON and SARIF show it; text, concise, github and junit do not), and never fails the run.

Governance: a suppression without a reason (S001) is reported and *not applied*; an unknown code
or a malformed directive (S002) is reported; a suppression that suppresses nothing (S003) is
reported, unless its rule is not enabled for the file. The S rules themselves cannot be
suppressed inline (select/ignore and per-file-ignores still apply to them).
``--no-inline-suppressions`` ignores every directive (and reports no S finding).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from collections.abc import Mapping
from typing import Callable

from .checks import Rule
from .documents.base import Document
from .findings import Finding

ORIGIN = "src/claimcheck/suppressions.py"
_EXAMPLE = '<!-- claimcheck: ignore[V001] reason="approved wording, MLR-1234" -->'

SUPPRESSION_WITHOUT_REASON = Rule(
    code="S001", name="suppression-without-reason", category="suppression", severity="error",
    summary="An inline suppression (<!-- claimcheck: ignore[...] -->, disable[...] or ignore-file[...]) that "
            "gives no reason=\"...\". It is not applied: the findings it would hide are still reported.",
    why="A suppression hides a compliance finding from every later reviewer. In regulated review each "
        "deviation from a check must be justified and traceable to an approval (an MLR job number, a "
        "reviewer's decision); an unexplained suppression cannot be audited.",
    basis="21 CFR 11.10(e) (audit trails of decisions on regulated records); ABPI Code clause 14 "
          "(certification of promotional material: the signatory must be able to see what was accepted and "
          "why); EFPIA Code Article 3.",
    bad="<!-- claimcheck: ignore[V001] -->",
    good=_EXAMPLE,
    fix="Add reason=\"...\" naming why the finding is acceptable and who approved it, or remove the comment "
        "and fix the text.",
    origin=ORIGIN,
)

UNKNOWN_RULE_IN_SUPPRESSION = Rule(
    code="S002", name="unknown-rule-in-suppression", category="suppression", severity="warning",
    summary="An inline suppression naming a rule code that does not exist (a typo, a retired rule, a rule "
            "pack not loaded), or a claimcheck: comment that is not a valid directive.",
    why="A suppression that names no real rule suppresses nothing, so the author believes a finding is "
        "handled while it is not (or it is left over after a rule was renamed).",
    basis="Governance of review exceptions: 21 CFR 11.10(e); ABPI Code clause 14.",
    bad='<!-- claimcheck: ignore[V0001] reason="approved wording, MLR-1234" -->',
    good=_EXAMPLE,
    fix="Use a code `claimcheck rule --all` lists, in the form ignore[CODE] reason=\"...\".",
    origin=ORIGIN,
)

UNUSED_SUPPRESSION = Rule(
    code="S003", name="unused-suppression", category="suppression", severity="warning",
    summary="An inline suppression whose rule reports nothing in the text it covers.",
    why="A stale suppression would silently hide a future finding in text that was rewritten after the "
        "approval it records; it must be removed when the text no longer needs it.",
    basis="Governance of review exceptions: 21 CFR 11.10(e); ABPI Code clause 14.",
    bad='<!-- claimcheck: ignore[V001] reason="MLR-1234" -->\nEXAMPLIMAB achieved a response in 80.7% of patients.',
    good="EXAMPLIMAB achieved a response in 80.7% of patients.",
    fix="Remove the comment (or move it to the paragraph it was meant for).",
    origin=ORIGIN,
)

#: the rules this stage reports (listed in claimcheck.registry.RULE_TYPES)
RULES = (SUPPRESSION_WITHOUT_REASON, UNKNOWN_RULE_IN_SUPPRESSION, UNUSED_SUPPRESSION)

SUPPRESSION_RULES = ("S001", "S002", "S003")

_DIRECTIVE = re.compile(
    r"""^claimcheck\s*:\s*
        (?P<action>ignore-file|ignore|disable|enable)\b
        \s*(?:\[(?P<codes>[^\]]*)\])?
        \s*(?:reason\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'))?
        \s*$""",
    # ASCII: case-insensitive for ASCII letters only ("IGNORE" is the directive; "ıgnore" with a
    # dotless i, which full case folding also matches, is not, and is no key of the actions)
    re.VERBOSE | re.IGNORECASE | re.ASCII | re.DOTALL,
)
_COMMENT_LINE = re.compile(r"^[ \t]*<!--(?P<body>.*?)-->[ \t]*$", re.MULTILINE)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass
class Directive:
    action: str                 # ignore | ignore-file | disable | enable
    codes: list[str]
    reason: str | None
    start: int                  # offset of the comment in Document.text
    end: int                    # offset just after the comment
    raw: str
    #: (start, end) ranges of Document.text covered, per code
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)


def _body(raw: str) -> str:
    s = raw.strip()
    if s.startswith("<!--"):
        s = s[4:]
    if s.endswith("-->"):
        s = s[:-3]
    return s.strip()


def _comments(document: Document) -> list[tuple[int, int, str]]:
    """(start, end, raw) of every comment that may hold a directive, in text order."""
    found: dict[int, tuple[int, int, str]] = {}
    for offset, raw in document.comments:
        found[offset] = (offset, offset + len(raw), raw)
    # plain text (and any format that keeps comments in its text): a comment on a line of its own
    for m in _COMMENT_LINE.finditer(document.text):
        if "claimcheck" in m.group("body"):
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            found.setdefault(start, (start, m.end(), m.group().strip()))
    return [found[k] for k in sorted(found)]


def parse(document: Document) -> tuple[list[Directive], list[tuple[int, int, str, str]]]:
    """The document's directives, and the malformed ones as (start, end, raw, problem)."""
    directives: list[Directive] = []
    malformed: list[tuple[int, int, str, str]] = []
    for start, end, raw in _comments(document):
        body = _body(raw)
        if not re.match(r"^claimcheck\s*:", body, re.IGNORECASE):
            continue
        m = _DIRECTIVE.match(body)
        if not m:
            malformed.append((start, end, raw, "malformed claimcheck directive; expected e.g. " + _EXAMPLE))
            continue
        codes = [c.strip().upper() for c in (m.group("codes") or "").split(",") if c.strip()]
        reason = m.group("dq") if m.group("dq") is not None else m.group("sq")
        reason = reason.strip() if reason is not None else None
        action = m.group("action").lower()
        if not codes and action != "enable":
            malformed.append((start, end, raw, f"{action} names no rule code; write {action}[CODE]"))
            continue
        directives.append(Directive(action, codes, reason or None, start, end, raw))
    return directives, malformed


def _next_block(text: str, after: int) -> tuple[int, int]:
    """From ``after``: the next non-blank character to the next blank line (or the end)."""
    n = len(text)
    i = after
    while i < n and text[i].isspace():
        i += 1
    m = _BLANK_LINE.search(text, i)
    return after, (m.start() if m else n)


def apply(document: Document, findings: list[Finding], enabled: Callable[[str], bool],
          rules: Mapping[str, Rule]) -> list[Finding]:
    """Mark the findings that directives suppress and add the S findings; returns the new list.

    ``enabled(code)`` tells whether a rule is on for this file (select/ignore/per-file-ignores);
    S findings are only added when their own code is enabled, and an unused-suppression is not
    reported for a rule that is off. ``rules`` are the rules the run knows (the Linter's
    registry): a directive naming a code none of them has is an unknown rule (S002).
    """
    directives, malformed = parse(document)
    if not directives and not malformed:
        return findings
    text = document.text
    new: list[Finding] = []

    def known(code: str) -> bool:
        return any(k.startswith(code) for k in rules)

    def report(rule: Rule, start: int, end: int, raw: str, message: str) -> None:
        if not enabled(rule.code):
            return
        loc = document.locate(start)
        new.append(Finding(rule=rule.code, name=rule.name, category=rule.category, severity=rule.severity,
                           message=message, path=document.path, start=start, end=end, line=loc.line,
                           column=loc.column, page=loc.page, where=loc.where,
                           snippet=" ".join(_body(raw).split())))

    for start, end, raw, problem in malformed:
        report(UNKNOWN_RULE_IN_SUPPRESSION, start, end, raw, problem)

    active: list[Directive] = []
    open_ranges: dict[str, Directive] = {}
    for d in directives:
        for code in d.codes:
            if not known(code):
                report(UNKNOWN_RULE_IN_SUPPRESSION, d.start, d.end, d.raw,
                       f"suppression names unknown rule {code!r}; `claimcheck rule --all` lists the rules")
        codes = [c for c in d.codes if known(c)]
        if d.action == "enable":
            closing = codes if d.codes else list(open_ranges)
            for code in closing:
                opener = open_ranges.pop(code, None)
                if opener is not None:
                    s, _ = opener.spans[code][-1]
                    opener.spans[code][-1] = (s, d.start)
                elif known(code):
                    report(UNUSED_SUPPRESSION, d.start, d.end, d.raw, f"enable[{code}] closes no disable[{code}]")
            continue
        if d.reason is None:
            report(SUPPRESSION_WITHOUT_REASON, d.start, d.end, d.raw,
                   f"{d.action}[{','.join(d.codes)}] gives no reason=\"...\"; it is not applied")
            continue
        if not codes:
            continue
        if d.action == "ignore":
            span = _next_block(text, d.end)
        elif d.action == "ignore-file":
            span = (0, len(text) + 1)
        else:  # disable
            span = (d.end, len(text) + 1)
            for code in codes:
                open_ranges[code] = d
        for code in codes:
            d.spans.setdefault(code, []).append(span)
        active.append(d)

    for f in findings:
        if f.rule in SUPPRESSION_RULES or f.suppressed:
            continue
        for d in active:
            hit = next((c for c, spans in d.spans.items()
                        if f.rule.startswith(c) and any(s <= f.start < e for s, e in spans)), None)
            if hit is not None:
                d.used.add(hit)
                f.suppressed = {"kind": "inSource", "justification": d.reason,
                                "line": document.locate(d.start).line}
                break

    for d in active:
        for code in d.spans:
            if code in d.used:
                continue
            if not any(enabled(k) for k in rules if k.startswith(code)):
                continue  # the rule is off for this file: nothing could have been suppressed
            where = {"ignore": "the next block", "ignore-file": "this file",
                     "disable": "the range it opens"}[d.action]
            report(UNUSED_SUPPRESSION, d.start, d.end, d.raw, f"{d.action}[{code}] suppresses nothing in {where}")
    return findings + new

