"""A temporary content project (claims library, claimcheck.toml, drafts) and ways to run the CLI on it.

The claims library is a copy of the repository's ``reference/`` (so the tests follow the real data);
the drafts use two defects it always flags:

* ``V001`` — SC's CR/CRi rate written 29.3% where every source says 29.4%;
* ``U001`` — a BESPONSA CR/CRi rate (91.2%) in a subgroup (aged 70 or older) no entry holds (without the
  subgroup it would be read as a wrong figure of the headline CR/CRi rate: V001).

Rule packs are switched off (``rules = []``): these tests are about the workflow, not the rules.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "reference"
SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
REPORT_SCHEMA = ROOT / "src" / "claimcheck" / "schemas" / "report.schema.json"

V001_PARA = "BESPONSA achieved CR/CRi in 81% of patients versus 29.3% with standard chemotherapy."
V001_COL = V001_PARA.index("29.3%") + 1
U001_PARA = "BESPONSA had CR/CRi in 91.2% of patients aged 70 or older."
U001_COL = U001_PARA.index("91.2%") + 1
CLEAN_PARA = "BESPONSA achieved CR/CRi in 80.7% of patients versus 29.4% with standard chemotherapy."

#: ``path:line:col: CODE [severity] message``
LINE = re.compile(r"^(?P<path>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d+) \[(?P<sev>error|warning|info)\] (?P<msg>.+)$")


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: runs the real pre-commit (installs the package into a fresh virtualenv)")


def findings(stdout: str) -> list[tuple[str, int, int, str, str]]:
    """(path, line, col, code, severity) of every finding line in text/concise output."""
    out = []
    for line in stdout.splitlines():
        m = LINE.match(line)
        if m:
            out.append((m["path"], int(m["line"]), int(m["col"]), m["code"], m["sev"]))
    return out


def digest(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder`` (to assert that drafts were not modified)."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and ".git" not in p.parts}


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str


@dataclass
class Project:
    root: Path

    def write(self, rel: str, text: str) -> Path:
        p = self.root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
        return p

    def config(self, text: str) -> Path:
        return self.write("claimcheck.toml", text)

    def cli(self, *args: str, env: dict | None = None) -> Run:
        """Run the CLI in-process (click's CliRunner) from the project folder."""
        from click.testing import CliRunner

        from claimcheck.cli import main

        old = Path.cwd()
        os.chdir(self.root)
        try:
            result = CliRunner(env=env).invoke(main, list(args), catch_exceptions=False)
        finally:
            os.chdir(old)
        return Run(result.exit_code, result.stdout, result.stderr)

    def run(self, *args: str, cwd: Path | None = None, env: dict | None = None) -> Run:
        """Run ``python -m claimcheck`` in a subprocess (for exit codes and byte-exact output)."""
        full_env = dict(os.environ, **(env or {}))
        full_env.pop("FORCE_COLOR", None)
        proc = subprocess.run([sys.executable, "-m", "claimcheck", *args], cwd=cwd or self.root,
                              capture_output=True, text=True, timeout=600, env=full_env)
        assert "Traceback" not in proc.stderr, proc.stderr
        return Run(proc.returncode, proc.stdout, proc.stderr)


def make_project(root: Path) -> Project:
    if not any(REFERENCE.glob("*.yaml")):
        pytest.skip(f"no claims library in {REFERENCE}")
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(REFERENCE, root / "reference", ignore=shutil.ignore_patterns("*.pyc", "__pycache__"))
    project = Project(root)
    project.config('reference = ["reference"]\nrules = []\ndrafts = ["drafts"]\n')
    project.write("drafts/bad.md", f"# Efficacy\n\n{V001_PARA}\n\n{U001_PARA}\n")
    project.write("drafts/good.md", f"# Efficacy\n\n{CLEAN_PARA}\n")
    return project


@pytest.fixture
def project(tmp_path) -> Project:
    return make_project(tmp_path / "content")
