"""Output formats: text, concise, json, sarif, junit, github, and several reports in one run."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from conftest import (LINE, REPORT_SCHEMA, SARIF_SCHEMA, U001_COL, U001_PARA, V001_COL, V001_PARA, digest,
                      findings)

EXPECTED = [("drafts/bad.md", 3, V001_COL, "V001", "error"), ("drafts/bad.md", 5, U001_COL, "U001", "warning")]


def sarif_validator():
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def report_validator():
    schema = json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


# ---------------------------------------------------------------------------- text / concise
def test_text_piped_is_plain_grouped_and_greppable(project):
    project.write("drafts/also.md", f"# Page 2\n\n{U001_PARA}\n")
    before = digest(project.root)
    r = project.run("lint")
    assert r.exit_code == 1
    assert "\x1b[" not in r.stdout                      # piped: no colour
    assert findings(r.stdout) == [("drafts/also.md", 3, U001_COL, "U001", "warning")] + EXPECTED
    lines = r.stdout.splitlines()
    # grouped by file: a blank line between the groups, the reference entry under each finding
    first_bad = next(i for i, l in enumerate(lines) if l.startswith("drafts/bad.md:"))
    assert lines[first_bad - 1] == ""
    assert any(l.strip() == "reference entry: ino-vate-all.cr-cri.first-218" for l in lines)
    assert lines[-2].startswith("Found 3 findings (1 error, 2 warnings) in 3 files")
    assert digest(project.root) == before               # drafts and library untouched


def test_text_is_coloured_on_request_and_concise_is_only_finding_lines(project):
    r = project.cli("lint", "drafts/bad.md", env={"FORCE_COLOR": "1"})
    assert "\x1b[31m[error]\x1b[0m" in r.stdout
    r = project.cli("lint", "drafts/bad.md", env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert "\x1b[" not in r.stdout
    r = project.cli("lint", "--format", "concise", "drafts/bad.md", env={"FORCE_COLOR": "1"})
    assert r.exit_code == 1
    assert "\x1b[" not in r.stdout
    assert all(LINE.match(l) for l in r.stdout.splitlines())
    assert findings(r.stdout) == EXPECTED


def test_clean_draft_exits_0(project):
    r = project.run("lint", "drafts/good.md")
    assert (r.exit_code, findings(r.stdout)) == (0, [])
    assert "No findings in 1 file." in r.stdout


# ---------------------------------------------------------------------------- json
def test_json_validates_and_keeps_the_documented_fields(project):
    r = project.cli("lint", "--format", "json", "drafts/bad.md")
    assert r.exit_code == 1
    data = json.loads(r.stdout)
    report_validator().validate(data)
    assert data["schema_version"] == "1.0" and data["exit_code"] == 1
    v001 = next(f for f in data["findings"] if f["rule"] == "V001")
    for key in ("path", "line", "column", "rule", "category", "severity", "message", "expected", "found",
                "reference_id", "source"):
        assert key in v001
    assert (v001["path"], v001["line"], v001["column"]) == ("drafts/bad.md", 3, V001_COL)
    assert (v001["expected"], v001["found"]) == ("29.4%", "29.3%")
    assert v001["reference_id"] == "ino-vate-all.cr-cri.first-218" and "N Engl J Med" in v001["source"]
    assert data["summary"]["by_rule"] == [{"count": 1, "name": "unsupported-claim", "rule": "U001"},
                                          {"count": 1, "name": "value-mismatch", "rule": "V001"}]


def test_json_is_byte_identical_across_runs_and_folders(tmp_path):
    from conftest import make_project

    a = make_project(tmp_path / "one")
    b = make_project(tmp_path / "two" / "deeper")
    out = [p.run("lint", "--format", "json").stdout for p in (a, a, b)]
    assert out[0] == out[1] == out[2]
    assert str(tmp_path) not in out[0]               # no absolute temporary path
    data = json.loads(out[0])
    assert [i["path"] for i in data["inputs"]["reference"]] == sorted(i["path"] for i in data["inputs"]["reference"])


def test_audit_trail_names_every_input_file_with_its_sha256(project):
    import hashlib

    from claimcheck import __version__

    data = json.loads(project.cli("lint", "--format", "json", "drafts/bad.md").stdout)
    assert data["tool"] == {"name": "claimcheck", "version": __version__}
    files = sorted(p for p in (project.root / "reference").rglob("*.yaml"))
    assert {i["path"]: i["sha256"] for i in data["inputs"]["reference"]} == {
        str(p.relative_to(project.root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
    assert data["inputs"]["config"] == "claimcheck.toml"
    sarif = json.loads(project.cli("lint", "--format", "sarif", "drafts/bad.md").stdout)
    run = sarif["runs"][0]
    assert {a["location"]["uri"]: a["hashes"]["sha-256"] for a in run["artifacts"]} == {
        i["path"]: i["sha256"] for i in data["inputs"]["reference"]}
    assert run["tool"]["driver"]["version"] == __version__


# ---------------------------------------------------------------------------- sarif
def test_sarif_validates_against_the_official_schema(project):
    r = project.cli("lint", "--format", "sarif", "drafts/bad.md", "drafts/good.md")
    assert r.exit_code == 1
    sarif = json.loads(r.stdout)
    sarif_validator().validate(sarif)
    run = sarif["runs"][0]
    rules = {d["id"]: d for d in run["tool"]["driver"]["rules"]}
    assert {"V001", "U001", "S001", "S002", "S003"} <= set(rules)
    assert rules["V001"]["defaultConfiguration"]["level"] == "error"
    assert rules["U001"]["defaultConfiguration"]["level"] == "warning"
    assert "Regulatory basis" in rules["V001"]["help"]["text"] and rules["V001"]["help"]["markdown"]
    assert run["invocations"][0] == {"executionSuccessful": True, "exitCode": 1, "toolExecutionNotifications": []}
    results = run["results"]
    assert [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"],
             r["locations"][0]["physicalLocation"]["region"]["startColumn"]) for r in results] == \
        [("V001", 3, V001_COL), ("U001", 5, U001_COL)]
    for res in results:
        assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "drafts/bad.md"
        assert run["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == res["ruleId"]
    data = json.loads(project.cli("lint", "--format", "json", "drafts/bad.md").stdout)
    assert [r["partialFingerprints"]["claimcheck/v1"] for r in results] == [f["fingerprint"] for f in data["findings"]]


def test_sarif_records_input_errors_as_unsuccessful_execution(project):
    (project.root / "drafts" / "binary.txt").write_bytes(b"\x00\x01\x02" * 40)
    r = project.cli("lint", "--format", "sarif", "drafts")
    assert r.exit_code == 2
    sarif = json.loads(r.stdout)
    sarif_validator().validate(sarif)
    inv = sarif["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False and inv["exitCode"] == 2
    assert any("binary.txt" in n["message"]["text"] for n in inv["toolExecutionNotifications"])


# ---------------------------------------------------------------------------- junit / github
def test_junit_has_unique_testcase_names_and_a_passing_case_per_clean_file(project):
    # the same wrong value twice on one line and in two paragraphs: names must stay unique
    project.write("drafts/dup.md", f"{V001_PARA} {V001_PARA}\n\n{V001_PARA}\n")
    r = project.cli("lint", "--format", "junit", "drafts/bad.md", "drafts/good.md", "drafts/dup.md")
    assert r.exit_code == 1
    root = ET.fromstring(r.stdout)
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert set(suites) == {"drafts/bad.md", "drafts/good.md", "drafts/dup.md"}
    for suite in suites.values():
        names = [c.get("name") for c in suite.iter("testcase")]
        assert len(names) == len(set(names))
        assert int(suite.get("tests")) == len(names)
    assert suites["drafts/good.md"].get("failures") == "0"
    assert suites["drafts/dup.md"].get("failures") == "3"
    failure = suites["drafts/bad.md"].find("testcase/failure")
    assert failure.get("type") == "V001" and "29.4%" in failure.get("message")
    assert root.get("failures") == "5"


def test_github_annotations_escape_per_the_runner_rules(project):
    r = project.cli("lint", "--format", "github", "drafts/bad.md")
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert lines[0].startswith(f"::error file=drafts/bad.md,line=3,col={V001_COL},title=V001 value-mismatch::")
    assert "29.4%25" in lines[0] and "%" not in lines[0].replace("%25", "").replace("%3A", "")
    assert lines[1].startswith(f"::warning file=drafts/bad.md,line=5,col={U001_COL},title=U001 unsupported-claim::")

    from claimcheck.report.github import annotation

    assert annotation("notice", "50% a\r\nb", file="a,b:c.md", line=1, title="T: x") == \
        "::notice file=a%2Cb%3Ac.md,line=1,title=T%3A x::50%25 a%0D%0Ab"


# ---------------------------------------------------------------------------- several reports
def test_format_output_pairs_write_files_while_the_terminal_shows_text(project):
    before = digest(project.root / "drafts")
    r = project.cli("lint", "drafts/bad.md", "--format", "sarif", "--output", "a.sarif",
                    "--format", "json", "--output", "b.json")
    assert r.exit_code == 1
    assert findings(r.stdout) == EXPECTED and "Found 2 findings" in r.stdout   # text on stdout
    sarif_validator().validate(json.loads((project.root / "a.sarif").read_text()))
    report_validator().validate(json.loads((project.root / "b.json").read_text()))
    assert digest(project.root / "drafts") == before


def test_a_lone_format_goes_to_stdout_and_pairs_follow_command_line_order(project):
    r = project.cli("lint", "drafts/bad.md", "--format", "concise", "--format", "junit", "--output", "r.xml")
    assert r.exit_code == 1
    assert findings(r.stdout) == EXPECTED and "Found" not in r.stdout     # concise on stdout
    assert ET.parse(project.root / "r.xml").getroot().tag == "testsuites"
    # an --output without a --format before it takes its format from its extension
    r = project.cli("lint", "drafts/bad.md", "-o", "x.sarif", "--format", "github")
    assert r.stdout.startswith("::error ")
    assert json.loads((project.root / "x.sarif").read_text())["version"] == "2.1.0"


@pytest.mark.parametrize("args, message", [
    (["--format", "json", "--format", "sarif"], "several formats for stdout"),
    (["--output", "report.out"], "cannot tell the format"),
    (["--format", "yaml"], "Invalid value"),
])
def test_report_option_misuse_is_exit_2(project, args, message):
    r = project.cli("lint", "drafts/bad.md", *args)
    assert r.exit_code == 2 and message in r.stderr


def test_unwritable_output_is_exit_2(project):
    r = project.cli("lint", "drafts/bad.md", "--format", "json", "--output", "no/such/folder/r.json")
    assert r.exit_code == 2 and "cannot write the json report" in r.stderr


def test_statistics_counts_findings_by_rule(project):
    project.write("drafts/more.md", f"{U001_PARA}\n")
    r = project.cli("lint", "--statistics")
    assert r.exit_code == 1
    rows = [line.split("\t") for line in r.stdout.splitlines()]
    assert rows == [["2", "U001", "unsupported-claim"], ["1", "V001", "value-mismatch"]]


def test_the_documented_example_validates_against_the_schema():
    import re

    from conftest import ROOT

    doc = (ROOT / "docs" / "json-schema.md").read_text(encoding="utf-8")
    example = re.search(r"## Example\s+```json\n(.*?)```", doc, re.S).group(1)
    report_validator().validate(json.loads(example))


def test_statistics_honour_format_json(project):
    """Issue 10, item 13: --statistics ignored --format json (it printed the tab-separated table)."""
    project.write("drafts/more.md", f"{U001_PARA}\n")
    r = project.cli("lint", "--statistics", "--format", "json")
    assert r.exit_code == 1
    assert json.loads(r.stdout) == [{"code": "U001", "name": "unsupported-claim", "count": 2},
                                    {"code": "V001", "name": "value-mismatch", "count": 1}]


def test_summary_never_says_no_findings_when_the_only_file_failed(project):
    (project.root / "drafts" / "broken.md").write_bytes(b"\x00\x01binary")
    r = project.run("lint", "drafts/broken.md")
    assert r.exit_code == 2
    assert "No findings" not in r.stdout
    assert r.stdout.strip().splitlines()[-1] == "Nothing was linted: 1 input could not be linted (see the error above)."
    project.write("drafts/clean.md", "# Page\n\nNothing to check here.\n")
    r = project.run("lint", "drafts/broken.md", "drafts/clean.md")
    assert "No findings in 1 file. 1 input could not be linted (see the error above)." in r.stdout


def test_text_says_which_market_was_assumed(project):
    """Issue 10, item 13: text output never said that US was assumed for a draft declaring none.
    (Markets are defined by the rule packs, so the shipped packs are loaded here.)"""
    from conftest import ROOT

    project.config(f'reference = ["reference"]\nrules = ["{(ROOT / "rules").as_posix()}"]\ndrafts = ["drafts"]\n')
    project.write("drafts/eu.md", "---\nmarket: EU\n---\n\nNothing to check here.\n")
    r = project.run("lint", "drafts/bad.md", "drafts/eu.md")
    assumed = [line for line in r.stdout.splitlines() if line.startswith("Market ")]
    assert assumed == ["Market US assumed for 1 file that declares none (front matter `market:`, a first line "
                       "`Market: EU`, or --market): drafts/bad.md."]
    r = project.run("lint", "drafts/bad.md", "--market", "US")
    assert "assumed" not in r.stdout
