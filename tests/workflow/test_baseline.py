"""Baseline: known findings stay hidden when text moves around them; new ones are reported."""

from __future__ import annotations

import json

from conftest import U001_PARA, V001_PARA, digest, findings


def test_write_baseline_records_the_findings_and_exits_0(project):
    before = digest(project.root / "drafts")
    r = project.cli("lint", "--write-baseline", "baseline.json")
    assert r.exit_code == 0
    assert "wrote 2 findings to the baseline baseline.json" in r.stderr
    data = json.loads((project.root / "baseline.json").read_text())
    assert [(e["rule"], e["path"], e["line"]) for e in data["findings"]] == [
        ("V001", "drafts/bad.md", 3), ("U001", "drafts/bad.md", 5)]
    assert digest(project.root / "drafts") == before


def test_edits_above_a_known_finding_do_not_resurrect_it(project):
    assert project.cli("lint", "--write-baseline", "baseline.json").exit_code == 0
    bad = project.root / "drafts" / "bad.md"
    # text inserted above both findings: every line number changes
    bad.write_text("# New title\n\nA new introduction.\n\nAnd a second paragraph.\n\n" + bad.read_text())
    r = project.cli("lint", "--baseline", "baseline.json")
    assert (r.exit_code, findings(r.stdout)) == (0, [])
    assert "2 known in the baseline" in r.stdout
    # without the baseline they are still there, at their new lines
    assert [(f[1], f[3]) for f in findings(project.cli("lint").stdout)] == [(9, "V001"), (11, "U001")]


def test_only_new_findings_are_reported(project):
    project.cli("lint", "--write-baseline", "baseline.json")
    bad = project.root / "drafts" / "bad.md"
    bad.write_text("# Title\n\nAn introduction.\n\n" + bad.read_text() + f"\n{V001_PARA.replace('29.3%', '29.5%')}\n")
    r = project.cli("lint", "--baseline", "baseline.json", "--format", "json")
    data = json.loads(r.stdout)
    assert r.exit_code == 1
    assert [(f["rule"], f["line"], f["found"]) for f in data["findings"]] == [("V001", 11, "29.5%")]
    assert data["baseline"] == {"path": "baseline.json", "known": 2, "matched": 2}


def test_editing_the_claim_itself_makes_it_new(project):
    project.cli("lint", "--write-baseline", "baseline.json")
    bad = project.root / "drafts" / "bad.md"
    bad.write_text(bad.read_text().replace("91.2%", "92.5%"))
    r = project.cli("lint", "--baseline", "baseline.json")
    assert [(f[1], f[3]) for f in findings(r.stdout)] == [(5, "U001")]


def test_baseline_keys_do_not_depend_on_the_folder_or_path_spelling(project, tmp_path):
    project.cli("lint", "--write-baseline", "baseline.json")
    bad = project.root / "drafts" / "bad.md"
    r = project.run("lint", "--baseline", str(project.root / "baseline.json"), str(bad), cwd=tmp_path)
    assert (r.exit_code, findings(r.stdout)) == (0, [])


def test_baseline_from_config_and_bad_baselines(project):
    project.cli("lint", "--write-baseline", "known.json")
    project.config('reference = ["reference"]\nrules = []\ndrafts = ["drafts"]\nbaseline = "known.json"\n')
    project.write("drafts/new.md", f"{U001_PARA}\n")
    r = project.cli("lint")
    assert [(f[0], f[3]) for f in findings(r.stdout)] == [("drafts/new.md", "U001")]
    project.write("broken.json", '{"findings": [\n')
    r = project.run("lint", "--baseline", "broken.json")
    assert r.exit_code == 2 and r.stderr.startswith("claimcheck: broken.json:") and "invalid baseline" in r.stderr
    r = project.run("lint", "--baseline", "missing.json")
    assert r.exit_code == 2 and "baseline file not found" in r.stderr


def test_duplicate_claims_are_counted_not_merged(project):
    project.write("drafts/dup.md", f"{V001_PARA}\n")
    project.cli("lint", "--write-baseline", "baseline.json", "drafts/dup.md")
    # the same wrong sentence once more: the second occurrence is new
    project.write("drafts/dup.md", f"{V001_PARA}\n\n{V001_PARA}\n")
    r = project.cli("lint", "--baseline", "baseline.json", "drafts/dup.md")
    assert len(findings(r.stdout)) == 1 and r.exit_code == 1
