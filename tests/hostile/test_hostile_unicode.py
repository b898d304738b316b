"""Property-based: whatever text or bytes a draft holds, the linter neither crashes nor wavers.

- arbitrary Unicode text (any code point hypothesis can draw: control characters, combining
  marks, right-to-left text, emoji, private use, lone newlines and NULs) is linted without an
  exception, and linting it twice gives the same findings;
- "claim-shaped" text — digits, percent signs, brackets, dashes, comparison signs and the words
  the extractor and the context rules look for, in random order — reaches the deeper code
  (extraction, context, matching, arithmetic) with the same guarantees;
- arbitrary bytes, named as a text, Markdown or HTML file, are either read into a document or
  refused with an InputError naming the file; never another exception.

Every finding must also point inside the document (1-based line and column on an existing line).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.documents import read_bytes
from claimcheck.documents.base import Document
from claimcheck.errors import InputError

SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

WORDS = [
    "BESPONSA", "InO", "inotuzumab ozogamicin", "SC", "standard chemotherapy", "CR/CRi", "MRD", "MRD-negative",
    "overall survival", "OS", "PFS", "HSCT", "VOD", "hazard ratio", "HR", "95% CI", "97.5% CI", "P", "p-value",
    "n=", "N=", "of", "patients", "months", "median", "vs", "versus", "compared with", "respectively",
    "more than doubled", "fold", "percentage points", "post hoc", "subgroup", "safe", "cure", "best",
    "first 218", "ITT", "2-year", "(", ")", "[", "]", "%", "–", "-", "/", ",", ";", ":", ".", "≥", "≤", "<", ">",
    "±", "·", "\u00a0", "\n", "\n\n", "\t", "•", "- ", "# ", "> ", "|", "*", "<!-- claimcheck: ignore V001 -->",
    "<b>", "</b>", "<sup>1</sup>", "&amp;", "&#37;", "`", "```", "---",
]


def _numbers():
    return st.one_of(
        st.integers(min_value=0, max_value=10**7).map(str),
        st.decimals(min_value=0, max_value=1000, places=2,
                    allow_nan=False, allow_infinity=False).map(str),
        st.floats(min_value=0, max_value=200, allow_nan=False).map(lambda f: f"{f:.1f}"),
        st.from_regex(r"\d{1,3}/\d{1,4}", fullmatch=True),
        st.from_regex(r"\d{1,2}\.\d%", fullmatch=True),
        st.from_regex(r"0\.\d{1,4}", fullmatch=True),
    )


claimish = st.lists(st.one_of(st.sampled_from(WORDS), _numbers(), st.text(max_size=3)), max_size=60).map(
    lambda parts: " ".join(parts))


def _key(f):
    return (f.rule, f.line, f.column, f.start, f.end, f.severity, f.message, f.suppressed, f.fingerprint)


def _check(linter, text: str, name: str = "draft.md") -> None:
    first = linter.lint_document(Document(path=name, text=text, format="markdown"))
    second = linter.lint_document(Document(path=name, text=text, format="markdown"))
    assert [_key(f) for f in first] == [_key(f) for f in second]
    lines = text.split("\n")
    for f in first:
        assert 0 <= f.start <= f.end <= len(text), f
        assert 1 <= f.line <= len(lines), f
        assert 1 <= f.column <= len(lines[f.line - 1]) + 1, f


@SETTINGS
@given(text=st.text())
def test_arbitrary_unicode_text(full_linter, text):
    _check(full_linter, text)


@SETTINGS
@given(text=st.text(alphabet=st.characters(codec="utf-8"), min_size=200, max_size=3000))
def test_long_arbitrary_unicode_text(full_linter, text):
    _check(full_linter, text)


@SETTINGS
@given(text=claimish)
def test_claim_shaped_text(full_linter, text):
    _check(full_linter, text)


@SETTINGS
@given(text=claimish, market=st.sampled_from(["US", "EU"]))
def test_claim_shaped_text_in_each_market(full_linter, text, market):
    doc = Document(path="draft.md", text=text, format="markdown", metadata={"market": market})
    first = [_key(f) for f in full_linter.lint_document(doc)]
    doc = Document(path="draft.md", text=text, format="markdown", metadata={"market": market})
    assert first == [_key(f) for f in full_linter.lint_document(doc)]


@SETTINGS
@given(data=st.binary(max_size=4000), suffix=st.sampled_from([".txt", ".md", ".html", ".markdown", ".htm"]))
def test_arbitrary_bytes_are_read_or_refused(full_linter, data, suffix):
    name = f"draft{suffix}"
    try:
        document = read_bytes(name, data)
    except InputError as exc:
        assert name in str(exc) and "\n" not in str(exc)
        return
    _check(full_linter, document.text, name)


@SETTINGS
@given(text=claimish, suffix=st.sampled_from([".md", ".html"]))
def test_claim_shaped_markup_is_read_and_linted(full_linter, text, suffix):
    name = f"draft{suffix}"
    try:
        document = read_bytes(name, text.encode("utf-8"))
    except InputError as exc:  # pragma: no cover - text input is never binary
        pytest.fail(str(exc))
    first = [_key(f) for f in full_linter.lint_document(document)]
    document = read_bytes(name, text.encode("utf-8"))
    assert first == [_key(f) for f in full_linter.lint_document(document)]


@SETTINGS
@given(text=st.text(), path=st.text(min_size=1, max_size=40))
def test_every_report_format_stays_well_formed_whatever_a_finding_quotes(text, path):
    """Whatever a finding quotes from a draft (message, snippet, locator) and whatever its file
    is called, each report is well-formed for its format: JUnit parses as XML, JSON and SARIF as
    JSON with the same text, the line formats keep one finding per line (issue 10, item 5)."""
    import json
    import xml.etree.ElementTree as ET

    from claimcheck.engine import FileResult
    from claimcheck.findings import Finding
    from claimcheck.report import Report, render

    f = Finding(rule="V001", name="value-mismatch", category="claims-library", severity="error",
                message=f"says {text}", path=path, start=0, end=1, line=2, column=3, where=text or None,
                expected=text, found=text, snippet=text, fingerprint="f" * 32)
    report = Report([FileResult(path, [f], market="US")], "0", {}, [f"{path}: {text}"], exit_code=2)
    for fmt in ("text", "concise", "github", "junit", "json", "sarif"):
        out = render(fmt, report)
        out.encode("utf-8")  # strict: nothing unencodable
        if fmt == "junit":
            ET.fromstring(out.encode("utf-8"))
        elif fmt in ("json", "sarif"):
            data = json.loads(out)
            message = data["findings"][0]["message"] if fmt == "json" else data["runs"][0]["results"][0]["message"]["text"]
            assert message == "says " + "".join("\ufffd" if "\ud800" <= c <= "\udbff" else c for c in text)
        else:
            finding_lines = [line for line in out.split("\n") if ":2:3:" in line or line.startswith("::error file=")]
            assert len(finding_lines) == 1, out
