"""Governed inline suppressions: scope, reasons, unknown and unused codes, and where they show."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from conftest import U001_PARA, V001_PARA, findings

REASON = 'reason="approved wording, MLR-1234"'


def codes_at(stdout):
    return [(line, code) for _, line, _, code, _ in findings(stdout)]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_ignore_covers_the_next_block_only(project, suffix):
    project.write(f"drafts/s{suffix}", "\n".join([
        f"<!-- claimcheck: ignore[V001] {REASON} -->",   # 1
        V001_PARA,                                        # 2  suppressed
        "",
        V001_PARA,                                        # 4  reported: after the blank line
        "",
    ]))
    r = project.cli("lint", f"drafts/s{suffix}")
    assert codes_at(r.stdout) == [(4, "V001")]
    assert r.exit_code == 1
    data = json.loads(project.cli("lint", "--format", "json", f"drafts/s{suffix}").stdout)
    suppressed = [f for f in data["findings"] if f["suppressed"]]
    assert [(f["rule"], f["line"]) for f in suppressed] == [("V001", 2)]
    assert suppressed[0]["suppressed"] == {"kind": "inSource", "justification": "approved wording, MLR-1234",
                                           "line": 1}
    assert data["summary"]["suppressed"] == 1 and data["summary"]["findings"] == 1


def test_blank_lines_before_the_block_and_multi_line_paragraphs(project):
    project.write("drafts/s.md", "\n".join([
        f"<!-- claimcheck: ignore[V001,U001] {REASON} -->",  # 1
        "",
        "A paragraph that goes on",                            # 3
        V001_PARA,                                             # 4  same paragraph: suppressed
        U001_PARA,                                             # 5  suppressed
        "",
        U001_PARA,                                             # 7  next paragraph: reported
        "",
    ]))
    r = project.cli("lint", "drafts/s.md")
    assert codes_at(r.stdout) == [(7, "U001")]


def test_disable_enable_range_and_ignore_file(project):
    project.write("drafts/s.md", "\n".join([
        V001_PARA,                                                        # 1 reported
        "",
        f'<!-- claimcheck: disable[V] reason="table reproduced from the SmPC" -->',  # 3
        V001_PARA,                                                        # 4 suppressed
        "",
        V001_PARA,                                                        # 6 suppressed
        "<!-- claimcheck: enable[V] -->",                                 # 7
        V001_PARA,                                                        # 8 reported
        "",
        f'<!-- claimcheck: ignore-file[U001] reason="pipeline figures, MLR-9" -->',  # 10
        U001_PARA,                                                        # 11 suppressed
        "",
    ]))
    r = project.cli("lint", "drafts/s.md")
    assert codes_at(r.stdout) == [(1, "V001"), (8, "V001")]
    data = json.loads(project.cli("lint", "--format", "json", "drafts/s.md").stdout)
    assert sorted((f["line"], f["suppressed"]["line"]) for f in data["findings"] if f["suppressed"]) == [
        (4, 3), (6, 3), (11, 10)]


def test_a_suppression_without_a_reason_is_a_finding_and_is_not_applied(project):
    project.write("drafts/s.md", f"<!-- claimcheck: ignore[V001] -->\n{V001_PARA}\n")
    r = project.cli("lint", "drafts/s.md")
    assert codes_at(r.stdout) == [(1, "S001"), (2, "V001")]
    assert r.exit_code == 1


def test_unknown_code_and_malformed_directive_are_s002(project):
    project.write("drafts/s.md", "\n".join([
        f"<!-- claimcheck: ignore[V0001,V001] {REASON} -->",   # 1: V0001 unknown, V001 still applies
        V001_PARA,
        "",
        "<!-- claimcheck: ignroe[V001] -->",                    # 4: malformed
        "",
    ]))
    r = project.cli("lint", "drafts/s.md")
    assert codes_at(r.stdout) == [(1, "S002"), (4, "S002")]
    assert "'V0001'" in r.stdout


def test_a_suppression_that_suppresses_nothing_is_s003(project):
    project.write("drafts/s.md", f"<!-- claimcheck: ignore[U001] {REASON} -->\n{V001_PARA}\n\n"
                                 "<!-- claimcheck: enable[V001] -->\n")
    r = project.cli("lint", "drafts/s.md")
    assert codes_at(r.stdout) == [(1, "S003"), (2, "V001"), (4, "S003")]
    # a suppression of a rule that is off for this run is not "unused"
    r = project.cli("lint", "drafts/s.md", "--ignore", "U")
    assert codes_at(r.stdout) == [(2, "V001"), (4, "S003")]


def test_suppressed_findings_do_not_fail_the_run(project):
    project.write("drafts/s.md", f"<!-- claimcheck: ignore[V001] {REASON} -->\n{V001_PARA}\n")
    r = project.cli("lint", "drafts/s.md")
    assert r.exit_code == 0 and codes_at(r.stdout) == []
    assert "1 suppressed inline" in r.stdout


def test_strict_review_ignores_every_suppression(project):
    project.write("drafts/s.md", f"<!-- claimcheck: ignore[V001] {REASON} -->\n{V001_PARA}\n\n"
                                 "<!-- claimcheck: ignore[X1] -->\n")
    r = project.cli("lint", "--no-inline-suppressions", "drafts/s.md")
    assert codes_at(r.stdout) == [(2, "V001")] and r.exit_code == 1
    project.config('reference = ["reference"]\nrules = []\ninline-suppressions = false\n')
    assert codes_at(project.cli("lint", "drafts/s.md").stdout) == [(2, "V001")]


def test_suppressed_findings_show_in_json_and_sarif_only(project):
    project.write("drafts/s.md", f"<!-- claimcheck: ignore[V001] {REASON} -->\n{V001_PARA}\n\n{U001_PARA}\n")
    sarif = json.loads(project.cli("lint", "--format", "sarif", "drafts/s.md").stdout)
    results = {r["ruleId"]: r for r in sarif["runs"][0]["results"]}
    assert results["V001"]["suppressions"][0]["kind"] == "inSource"
    assert results["V001"]["suppressions"][0]["justification"] == "approved wording, MLR-1234"
    assert "suppressions" not in results["U001"]
    for fmt in ("text", "concise", "github"):
        out = project.cli("lint", "--format", fmt, "drafts/s.md").stdout
        assert "V001" not in out and "U001" in out, fmt
    junit = ET.fromstring(project.cli("lint", "--format", "junit", "drafts/s.md").stdout)
    assert [f.get("type") for f in junit.iter("failure")] == ["U001"]


def test_suppression_rules_are_documented_rules():
    from claimcheck.registry import Registry

    RULES = Registry()  # every Linter's registry holds them
    for code, name in (("S001", "suppression-without-reason"), ("S002", "unknown-rule-in-suppression"),
                       ("S003", "unused-suppression")):
        rule = RULES[code]
        assert rule.name == name and rule.basis and rule.bad and rule.good and rule.fix


def test_markdown_comments_from_the_reader_are_honoured(project):
    """Directives reach suppressions.py through Document.comments (blanked out of the text)."""
    from claimcheck.documents import read_document

    path = project.write("drafts/s.md", f"Intro.\n\n<!-- claimcheck: ignore[V001] {REASON} -->{V001_PARA}\n")
    document = read_document(path)
    assert document.comments and "claimcheck" in document.comments[0][1]
    assert "claimcheck" not in document.text
    r = project.cli("lint", "drafts/s.md")
    assert codes_at(r.stdout) == [] and "1 suppressed inline" in r.stdout
