"""Configuration: discovery, merging with its sources, select/ignore, per-file-ignores, exclude, errors."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from conftest import U001_COL, U001_PARA, V001_COL, V001_PARA, findings


def test_pyproject_table_is_found_walking_up_from_the_linted_path(project, tmp_path):
    (project.root / "claimcheck.toml").unlink()
    project.write("pyproject.toml", '[project]\nname = "content"\n\n[tool.claimcheck]\n'
                                    'reference = ["reference"]\nrules = []\nignore = ["U"]\n')
    # run from elsewhere: the config is found from the draft's folder, its paths are relative to it
    r = project.run("lint", str(project.root / "drafts" / "bad.md"), cwd=tmp_path)
    assert r.exit_code == 1
    assert [f[3] for f in findings(r.stdout)] == ["V001"]


def test_claimcheck_toml_wins_over_pyproject_in_the_same_folder(project):
    project.write("pyproject.toml", '[tool.claimcheck]\nreference = ["nowhere"]\n')
    r = project.cli("config", "--format", "json")
    data = json.loads(r.stdout)
    assert data["config_file"] == "claimcheck.toml"
    assert data["settings"]["reference"] == {"value": ["reference"], "source": "claimcheck.toml:1"}


def test_config_command_shows_values_and_where_they_came_from(project):
    project.config('reference = ["reference"]\nrules = []\n\n[per-file-ignores]\n"legacy/*.md" = ["U001"]\n')
    r = project.cli("config", "--fail-on", "warning")
    assert r.exit_code == 0
    rows = {line.split(" = ")[0].strip(): line for line in r.stdout.splitlines() if " = " in line}
    assert rows["reference"].endswith("# claimcheck.toml:1")
    assert rows["per-file-ignores"].endswith("# claimcheck.toml:4")
    assert rows["fail-on"].endswith('"warning"  # command line')
    assert rows["market"].endswith("null  # default")
    assert r.stdout.startswith("config file: claimcheck.toml")


def test_select_ignore_and_fail_on_from_config_and_command_line(project):
    project.config('reference = ["reference"]\nrules = []\nselect = ["U"]\nfail-on = "warning"\n')
    r = project.cli("lint", "drafts/bad.md")
    assert [f[3] for f in findings(r.stdout)] == ["U001"] and r.exit_code == 1   # warning fails
    r = project.cli("lint", "drafts/bad.md", "--fail-on", "error")
    assert r.exit_code == 0                                                   # command line wins
    r = project.cli("lint", "drafts/bad.md", "--select", "V", "--ignore", "V001")
    assert findings(r.stdout) == [] and r.exit_code == 0


@pytest.mark.parametrize("options", [("--select", "V001", "--ignore", "V001"), ("--select", "V001", "--ignore", "V"),
                                     ("--ignore", "A", "--ignore", "S", "--ignore", "U", "--ignore", "V")])
def test_a_selection_that_leaves_nothing_to_run_is_a_usage_error(project, options):
    """--select X --ignore X used to lint nothing and exit 0, a gate that silently passes.
    (A fresh process: only the built-in rules are registered, the project has no rule pack.)"""
    r = project.run("lint", "drafts/bad.md", *options)
    assert r.exit_code == 2
    assert "nothing to run" in r.stderr and "leave no rule selected" in r.stderr, r.stderr
    assert findings(r.stdout) == []


def test_a_selection_from_the_config_that_leaves_nothing_names_the_file(project):
    project.config('reference = ["reference"]\nrules = []\nselect = ["U001"]\n')
    r = project.cli("lint", "drafts/bad.md", "--ignore", "U")
    assert r.exit_code == 2
    assert "select U001 (in claimcheck.toml:3) and ignore U (on the command line)" in r.stderr, r.stderr


def test_per_file_ignores(project):
    project.config('reference = ["reference"]\nrules = []\n[per-file-ignores]\n"legacy/**" = ["V001"]\n'
                   '"*.txt" = ["U"]\n')
    text = f"{V001_PARA}\n\n{U001_PARA}\n"
    project.write("legacy/old/page.md", text)
    project.write("new/page.md", text)
    project.write("new/page.txt", text)
    r = project.cli("lint", "legacy", "new")
    assert sorted((f[0], f[3]) for f in findings(r.stdout)) == [
        ("legacy/old/page.md", "U001"), ("new/page.md", "U001"), ("new/page.md", "V001"), ("new/page.txt", "V001")]


def test_exclude_globs_and_force_exclude(project):
    project.config('reference = ["reference"]\nrules = []\nexclude = ["archive/", "*.draft.md"]\n')
    project.write("drafts/archive/old.md", f"{V001_PARA}\n")
    project.write("drafts/wip.draft.md", f"{V001_PARA}\n")
    r = project.cli("lint", "drafts")
    assert {f[0] for f in findings(r.stdout)} == {"drafts/bad.md"}
    # a file named explicitly is linted, unless --force-exclude (what the pre-commit hook passes)
    assert findings(project.cli("lint", "drafts/wip.draft.md").stdout)
    r = project.cli("lint", "--force-exclude", "drafts/wip.draft.md", "drafts/bad.md")
    assert {f[0] for f in findings(r.stdout)} == {"drafts/bad.md"}


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_gitignored_drafts_are_skipped_inside_a_git_work_tree(project):
    subprocess.run(["git", "init", "-q"], cwd=project.root, check=True)
    project.write(".gitignore", "build/\nscratch.md\n")
    project.write("drafts/build/export.md", f"{V001_PARA}\n")
    project.write("drafts/scratch.md", f"{V001_PARA}\n")
    r = project.cli("lint", "drafts")
    assert {f[0] for f in findings(r.stdout)} == {"drafts/bad.md"}
    project.config('reference = ["reference"]\nrules = []\nrespect-gitignore = false\n')
    r = project.cli("lint", "drafts")
    assert {f[0] for f in findings(r.stdout)} == {"drafts/bad.md", "drafts/build/export.md", "drafts/scratch.md"}


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_a_folder_whose_drafts_are_all_ignored_says_so(project):
    subprocess.run(["git", "init", "-q"], cwd=project.root, check=True)
    project.write(".gitignore", "drafts/\n")
    r = project.cli("lint", "drafts")
    assert r.exit_code == 0 and findings(r.stdout) == []
    assert r.stderr == ("claimcheck: nothing to lint: every draft under drafts is excluded "
                        "(git-ignored, or `exclude` in the configuration)\n")
    # the pre-commit hook (--force-exclude) passes staged files the project excludes: no noise
    r = project.cli("lint", "--force-exclude", "drafts/bad.md")
    assert r.exit_code == 0 and r.stderr == ""


def test_an_unreadable_path_is_the_walks_error_not_a_usage_error(project, monkeypatch):
    """click's own readability check would stop the run with a usage error (several lines)."""
    import os

    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if str(p).endswith("drafts")
                        else real_access(p, mode, *a, **k))
    r = project.cli("lint", "drafts")
    assert "Usage:" not in r.stderr and "is not readable" not in r.stderr
    assert findings(r.stdout)  # root, or a readable folder: linted as usual


def test_lint_without_paths_lints_the_configured_drafts(project):
    project.write("README.md", f"{V001_PARA}\n")      # not a draft: outside `drafts`
    r = project.cli("lint")
    assert findings(r.stdout) == [("drafts/bad.md", 3, V001_COL, "V001", "error"),
                                  ("drafts/bad.md", 5, U001_COL, "U001", "warning")]


@pytest.mark.parametrize("config, where, message", [
    ('reference = ["reference"]\nrules = []\nfail_on = "warning"\n', "claimcheck.toml:3:", "did you mean 'fail-on'"),
    ('reference = ["reference"]\nmarket = "JP"\n', "claimcheck.toml:2:", "unknown market"),
    ('reference = ["reference"]\nselect = ["V", 3]\n', "claimcheck.toml:2:", "list of non-empty strings"),
    ('reference = ["reference"]\nrules = []\nselect = ["Q001"]\n', "claimcheck.toml:3:", "unknown rule code"),
    ('reference = ["reference"]\n[per-file-ignores]\n"a.md" = "V9"\n', "claimcheck.toml:3:", "unknown rule code"),
    ('reference = ["reference"\nrules = []\n', "claimcheck.toml:", "invalid TOML"),
    ('reference = ["reference"]\nrules = []\nfail-on = "fatal"\n', "claimcheck.toml:3:", "fail-on"),
])
def test_a_bad_config_is_exit_2_with_file_and_line(project, config, where, message):
    project.config(config)
    r = project.run("lint", "drafts/bad.md")
    assert r.exit_code == 2
    assert r.stderr.startswith(f"claimcheck: {where}") and message in r.stderr
    assert r.stdout == ""


def test_missing_claims_library_is_exit_2(project):
    project.config('rules = []\n')
    shutil.rmtree(project.root / "reference")
    r = project.run("lint", "drafts/bad.md")
    assert r.exit_code == 2 and "no claims library" in r.stderr
