"""Every reporter strips or escapes what its format forbids (issue 10, item 5).

A draft's text reaches a report through a finding's message, snippet, expected/found values and
locator, and a file name through its path: a Word soft line break (U+000B) made the JUnit report
malformed XML. Each reporter here gets text holding every class of code point: C0 controls
(NUL, U+000B, ESC …), DEL, C1 controls, U+FFFE/U+FFFF, lone surrogates (a file name that is not
UTF-8, as Python decodes it), bidirectional controls, line and paragraph separators, and
characters outside the BMP; its output must encode as UTF-8 and parse as its format.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from conftest import REPORT_SCHEMA, SARIF_SCHEMA
from claimcheck.engine import FileResult
from claimcheck.findings import Finding
from claimcheck.report import FORMATS, Report, render

#: one of each class
HOSTILE = ("".join(chr(c) for c in range(0x00, 0x20)) + "\x7f" + "".join(chr(c) for c in range(0x80, 0xA0))
           + "\ufffe\uffff\ud800\udfff\udc80" + "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
           + "\u2028\u2029\u00a0\u00e9\U0001f600 end")
PATH = "drafts/r\udce9sum\u00e9\u202e.md"   # a latin-1 byte in a file name, and a right-to-left override


def _report() -> Report:
    f = Finding(rule="V001", name="value-mismatch", category="claims-library", severity="error",
                message=f"value 29.3%{HOSTILE} differs", path=PATH, start=0, end=5, line=3, column=7, page=2,
                where=f"slide {HOSTILE}", expected=f"29.4%{HOSTILE}", found=f"29.3%{HOSTILE}",
                reference_id=f"entry{HOSTILE}", source=f"label{HOSTILE}", snippet=f"snippet{HOSTILE}",
                fingerprint="0" * 32)
    suppressed = Finding(rule="U001", name="unmatched", category="claims-library", severity="warning",
                         message=f"unmatched{HOSTILE}", path=PATH, start=9, end=12, line=4, column=1,
                         snippet=f"s{HOSTILE}", fingerprint="1" * 32,
                         suppressed={"kind": "inSource", "justification": f"why{HOSTILE}", "line": 4})
    results = [FileResult(PATH, [f, suppressed], market="US"),
               FileResult(f"bad{HOSTILE}.md", error=f"bad{HOSTILE}.md: cannot read{HOSTILE}")]
    inputs = {"reference": [], "rules": [], "market": None, "config": None,
              "options": {"select": [], "ignore": [], "per_file_ignores": {}, "fail_on": "error",
                          "inline_suppressions": True}}
    return Report(results, "0.1.0", inputs, errors=[f"bad{HOSTILE}.md: cannot read{HOSTILE}",
                                                                          f"x{HOSTILE}: no such file"],
                  exit_code=2)


#: what JSON reads back: a lone high surrogate cannot survive (its escape would pair with the next)
READ_BACK = HOSTILE.replace("\ud800", "\ufffd")


def _render(fmt: str) -> str:
    out = render(fmt, _report())
    out.encode("utf-8")  # strict: no lone surrogate left
    return out


_TERMINAL_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


@pytest.mark.parametrize("fmt", ["text", "concise", "github"])
def test_line_formats_hold_no_control_bidi_or_surrogate(fmt):
    out = _render(fmt)
    assert not _TERMINAL_UNSAFE.search(out), repr(_TERMINAL_UNSAFE.search(out).group())
    lines = out.splitlines()
    if fmt == "github":
        assert all(line.startswith("::") for line in lines), lines   # one command per line
        assert "<U+001B>" in out and "<U+202E>" in out
    else:
        finding = [line for line in lines if ":3:7: V001 [error]" in line]
        assert len(finding) == 1 and finding[0].endswith(" (slide " + finding[0].split("(slide ")[1])  # one line
        assert "<U+001B>" in finding[0] and "<U+202E>" in finding[0] and "<U+DCE9>" in finding[0]
        assert "\U0001f600" in finding[0] and "\u00e9" in finding[0]            # ordinary text kept


def test_junit_is_well_formed_xml():
    out = _render("junit")
    root = ET.fromstring(out.encode("utf-8"))  # expat: refuses any character XML 1.0 forbids
    failure = root.find(".//failure")
    assert failure is not None and failure.get("type") == "V001"
    assert "29.3%" in failure.get("message") and "\U0001f600" in failure.get("message")
    assert "\x0b" not in out and "\x00" not in out and "\ufffe" not in out
    assert root.find(".//error") is not None


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_and_sarif_parse_and_keep_the_text(fmt):
    out = _render(fmt)
    data = json.loads(out)
    if fmt == "json":
        jsonschema.Draft202012Validator(json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))).validate(data)
        finding = data["findings"][0]
        assert finding["message"] == f"value 29.3%{READ_BACK} differs"          # escaped, not lost
        assert finding["path"] == PATH
    else:
        schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
        jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data)
        result = data["runs"][0]["results"][0]
        assert result["message"]["text"] == f"value 29.3%{READ_BACK} differs"
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri == "drafts/r%E9sum%C3%A9%E2%80%AE.md"  # the file name's own bytes, percent-encoded
        assert data["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"].endswith(
            f"cannot read{READ_BACK}")


def test_html_is_encodable_and_holds_no_forbidden_character():
    """The HTML report: every string escaped, nothing HTML forbids as text (controls, noncharacters,
    lone surrogates from a file name that is not UTF-8), the text itself kept."""
    from html.parser import HTMLParser

    out = _render("html")
    assert not re.search("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]", out)
    assert out.count("<script") == 1  # the report's own, nothing else
    texts: list[str] = []

    class Collect(HTMLParser):
        def handle_data(self, data):
            texts.append(data)

    Collect().feed(out)
    body = "".join(texts)
    assert "29.3%" in body and "\U0001f600" in body and "\u00e9" in body


def test_every_format_is_covered():
    assert set(FORMATS) == {"text", "concise", "json", "sarif", "junit", "github", "html"}


def test_a_draft_with_a_soft_line_break_gives_well_formed_junit(project):
    """The reported case, end to end: a Word soft line break (U+000B) and a terminal escape in a
    draft; the JUnit report parses and still holds the finding."""
    from conftest import V001_PARA

    project.write("drafts/soft.md", "# Efficacy\n\n" + V001_PARA.replace(" versus", "\x0bversus")
                  .replace("standard", "\x1b[31mstandard") + "\n")
    r = project.run("lint", "drafts/soft.md", "--format", "junit")
    assert r.exit_code == 1
    root = ET.fromstring(r.stdout.encode("utf-8"))
    assert [f.get("type") for f in root.iter("failure")].count("V001") == 1
    r = project.run("lint", "drafts/soft.md", "--format", "concise")
    assert "\x1b" not in r.stdout and "\x0b" not in r.stdout and ":3:52: V001" in r.stdout, repr(r.stdout)
