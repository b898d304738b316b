"""JUnit XML output, for CI systems that show test reports (GitLab, Jenkins, Azure DevOps).

One ``<testsuite>`` per linted file; one failing ``<testcase>`` per (unsuppressed) finding, named
``CODE name at line L, column C`` (made unique within the file with `` #2``, `` #3`` … should two
findings coincide); a file without findings has one passing testcase; a file that could not be
read has one testcase with an ``<error>``. Input errors not tied to a linted file go into a
testsuite named ``claimcheck``. Characters XML 1.0 forbids are replaced (escape.py): the output is
always well-formed XML.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import groupby

from . import Report
from .escape import xml_text
from .text import format_finding


def _detail(f) -> str:
    lines = [format_finding(f)]
    for label, value in (("expected", f.expected), ("found", f.found), ("reference", f.reference_id),
                         ("source", f.source), ("text", f.snippet)):
        if value:
            lines.append(f"{label}: {value}")
    return "\n".join(lines)


def render_junit(report: Report) -> str:
    suites = ET.Element("testsuites", name="claimcheck")
    total_tests = total_failures = total_errors = 0
    linted = set()
    by_path = {path: list(group) for path, group in groupby(report.visible, key=lambda f: f.path)}
    for result in report.results:
        linted.add(result.path)
        suite = ET.SubElement(suites, "testsuite", name=result.path)
        tests = failures = errors = 0
        if result.error:
            case = ET.SubElement(suite, "testcase", name="read", classname=result.path)
            ET.SubElement(case, "error", message=result.error, type="input-error").text = result.error
            tests, errors = 1, 1
        findings = by_path.get(result.path, [])
        seen: dict[str, int] = {}
        for f in findings:
            name = f"{f.rule} {f.name} at line {f.line}, column {f.column}"
            seen[name] = seen.get(name, 0) + 1
            if seen[name] > 1:
                name = f"{name} #{seen[name]}"
            case = ET.SubElement(suite, "testcase", name=name, classname=result.path,
                                 file=result.path, line=str(f.line))
            ET.SubElement(case, "failure", message=f.message, type=f.rule).text = _detail(f)
            tests += 1
            failures += 1
        if not tests:
            ET.SubElement(suite, "testcase", name="no findings", classname=result.path, file=result.path)
            tests = 1
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", str(errors))
        suite.set("skipped", "0")
        total_tests += tests
        total_failures += failures
        total_errors += errors
    other = [e for e in report.errors if not any(e.startswith(f"{p}:") for p in linted)]
    if other:
        suite = ET.SubElement(suites, "testsuite", name="claimcheck", tests=str(len(other)), failures="0",
                              errors=str(len(other)), skipped="0")
        for i, e in enumerate(other, 1):
            case = ET.SubElement(suite, "testcase", name=f"input error #{i}", classname="claimcheck")
            ET.SubElement(case, "error", message=e, type="input-error").text = e
        total_tests += len(other)
        total_errors += len(other)
    suites.set("tests", str(total_tests))
    suites.set("failures", str(total_failures))
    suites.set("errors", str(total_errors))
    ET.indent(suites)
    # ElementTree escapes markup but writes any character: drop what XML 1.0 forbids (a Word
    # soft line break U+000B, NUL, U+FFFE, lone surrogates), which only text from drafts holds
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml_text(ET.tostring(suites, encoding="unicode")) + "\n"
