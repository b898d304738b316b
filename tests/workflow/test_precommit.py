"""The real pre-commit, on a temporary content repository, installing claimcheck from this repository.

``pre-commit try-repo`` clones a repository at a commit and pip-installs it into a fresh virtualenv
(``language: python``), exactly as on a user's machine. It takes the repository's HEAD plus its
uncommitted changes to *tracked* files; files not yet added to git would be missing, so when the
work tree has untracked files the tests snapshot it (tracked and untracked, ignored files left
out) into a temporary repository first. In a clean checkout (CI) they use the repository itself.

Slow (a virtualenv with spaCy per install): marked ``slow``; run them with the rest.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, V001_COL, digest, make_project

pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install -e '.[test]')")
if shutil.which("git") is None:  # pragma: no cover
    pytest.skip("git is not installed", allow_module_level=True)

GIT_ENV = {"GIT_AUTHOR_NAME": "claimcheck tests", "GIT_AUTHOR_EMAIL": "tests@example.invalid",
           "GIT_COMMITTER_NAME": "claimcheck tests", "GIT_COMMITTER_EMAIL": "tests@example.invalid"}


def git(*args, cwd: Path) -> str:
    env = dict(os.environ, **GIT_ENV)
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def pre_commit(*args, cwd: Path, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, **GIT_ENV, PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never")
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=1800)


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> Path:
    """This repository as pre-commit will clone it: itself, or a snapshot with its untracked files."""
    if not (ROOT / ".git").exists():
        pytest.skip(f"{ROOT} is not a git repository")
    untracked = git("ls-files", "--others", "--exclude-standard", "-z", cwd=ROOT).split("\0")
    if not [u for u in untracked if u]:
        return ROOT   # try-repo itself commits uncommitted changes to tracked files
    snapshot = tmp_path_factory.mktemp("hook-repo")
    files = [f for f in git("ls-files", "--cached", "--others", "--exclude-standard", "-z", cwd=ROOT).split("\0")
             if f and (ROOT / f).is_file()]
    for f in files:
        (snapshot / f).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / f, snapshot / f)
    git("init", "-q", cwd=snapshot)
    git("add", "-A", cwd=snapshot)
    git("commit", "-q", "-m", "snapshot of the work tree", cwd=snapshot)
    return snapshot


@pytest.fixture(scope="module")
def content_repo(tmp_path_factory):
    """A content repository: claims library in reference/, drafts in drafts/, a claimcheck.toml."""
    project = make_project(tmp_path_factory.mktemp("content") / "repo")
    (project.root / "drafts" / "bad.md").rename(project.root / "drafts" / "draft.md")
    git("init", "-q", cwd=project.root)
    git("add", "-A", cwd=project.root)
    git("commit", "-q", "-m", "drafts", cwd=project.root)
    return project


def test_manifest_is_valid():
    from pre_commit.clientlib import load_manifest

    hooks = {h["id"]: h for h in load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))}
    assert hooks["claimcheck"]["language"] == "python" and hooks["claimcheck"]["pass_filenames"]
    assert hooks["claimcheck-all"]["pass_filenames"] is False
    assert hooks["claimcheck-all"]["files"] == r"^(reference|rules)/.*\.ya?ml$"


@pytest.mark.slow
def test_try_repo_reports_the_draft_finding(hook_repo, content_repo, tmp_path):
    before = digest(content_repo.root)
    proc = pre_commit("try-repo", str(hook_repo), "claimcheck", "--files", "drafts/draft.md", "drafts/good.md",
                      cwd=content_repo.root, home=tmp_path / "pre-commit-home")
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert f"drafts/draft.md:3:{V001_COL}: V001 [error]" in out
    assert not re.search(r"drafts/good\.md:\d+:\d+:", out)     # linted, clean
    assert digest(content_repo.root) == before     # a linter never modifies the drafts


@pytest.mark.slow
def test_installed_hooks_lint_changed_drafts_and_relint_all_after_a_reference_change(hook_repo, content_repo,
                                                                                     tmp_path):
    rev = git("rev-parse", "HEAD", cwd=hook_repo).strip()
    content_repo.write(".pre-commit-config.yaml", (
        "repos:\n"
        f"  - repo: {hook_repo}\n"
        f"    rev: {rev}\n"
        "    hooks:\n"
        "      - id: claimcheck\n"
        "      - id: claimcheck-all\n"))
    git("add", "-A", cwd=content_repo.root)
    git("commit", "-q", "-m", "hooks", cwd=content_repo.root)
    home = tmp_path / "pre-commit-home"
    # a clean draft passes; the reference hook does not run
    proc = pre_commit("run", "--files", "drafts/good.md", cwd=content_repo.root, home=home)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert "claimcheck (promotional claims)" in out and "Passed" in out
    # a change to the claims library re-lints every draft, though no draft changed
    reference = sorted((content_repo.root / "reference").glob("*.yaml"))[0]
    reference.write_text(reference.read_text() + "\n# reviewed\n")
    proc = pre_commit("run", "--files", str(reference.relative_to(content_repo.root)), cwd=content_repo.root,
                      home=home)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "claimcheck (all drafts, after a reference or rule change)" in out
    assert f"drafts/draft.md:3:{V001_COL}: V001 [error]" in out
