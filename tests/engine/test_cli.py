"""The claim engine's command-line contract: formats, exit codes, bad input, no traceback."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "tests" / "fixtures" / "rules" / "V001" / "bad.md"
GOOD = ROOT / "tests" / "fixtures" / "rules" / "V001" / "good.md"


def run(*args, cwd=ROOT):
    proc = subprocess.run([sys.executable, "-m", "claimcheck", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_text_output_and_exit_1_on_error(tmp_path):
    proc = run("lint", "--reference", "reference", "--rules", str(tmp_path / "none.yaml"), str(BAD))
    assert proc.returncode == 2 and "none.yaml" in proc.stderr  # a missing rule file is exit 2, never 0
    proc = run("lint", "--reference", "reference", str(BAD))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    line = next(l for l in proc.stdout.splitlines() if " V001 " in l)
    assert line.startswith(f"{BAD}:3:")
    assert "[error]" in line and "29.4%" in line and "29.3%" in line


def test_json_fields(tmp_path):
    proc = run("lint", "--reference", "reference", "--format", "json", str(BAD))
    data = json.loads(proc.stdout)
    f = next(f for f in data["findings"] if f["rule"] == "V001")
    assert (f["path"], f["line"], f["category"], f["severity"]) == (str(BAD), 3, "value-mismatch", "error")
    assert f["expected"] == "29.4%" and f["found"] == "29.3%"
    assert f["reference_id"] == "ino-vate-all.cr-cri.first-218" and "Kantarjian" in f["source"]
    assert isinstance(f["column"], int) and f["column"] >= 1


def test_fail_on_and_exit_zero():
    # the claim-engine rules only: the fixture is a fragment, not a complete piece (no boxed warning)
    engine_only = ("--select", "V", "--select", "A", "--select", "U")
    assert run("lint", "--reference", "reference", *engine_only, str(GOOD)).returncode == 0
    assert run("lint", "--reference", "reference", "--exit-zero", str(BAD)).returncode == 0
    warn = ROOT / "tests" / "fixtures" / "rules" / "U001" / "bad.md"
    assert run("lint", "--reference", "reference", "--select", "U", str(warn)).returncode == 0
    assert run("lint", "--reference", "reference", "--select", "U", "--fail-on", "warning", str(warn)).returncode == 1


def test_bad_inputs_are_reported_and_other_files_still_linted(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "cp1252.txt").write_bytes("CR/CRi was 80.7% with BESPONSA vs 29.3% with SC \u2013 caf\u00e9.\n".encode("cp1252"))
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    proc = run("lint", "--reference", "reference", str(tmp_path), str(tmp_path / "missing.md"))
    assert proc.returncode == 2
    err = proc.stderr.splitlines()
    assert any("binary.txt" in l and "binary" in l for l in err)
    assert any("missing.md" in l and "no such file" in l for l in err)
    assert any("empty.md" in l and "empty" in l for l in err)
    assert "cp1252.txt:1:" in proc.stdout and "V001" in proc.stdout   # still linted, decoded as cp1252
    assert before == {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}


def test_folder_without_lintable_files(tmp_path):
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    proc = run("lint", "--reference", "reference", str(tmp_path))
    assert proc.returncode == 2 and "no lintable file" in proc.stderr


def test_invalid_reference_is_exit_2_with_file_line(tmp_path):
    bad = tmp_path / "ref.yaml"
    bad.write_text("schema_version: 1\nproduct: {id: x, names: [X]}\narms: {}\n")
    proc = run("lint", "--reference", str(bad), str(GOOD))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and f"{bad}:" in proc.stderr


def test_claims_inventory_text_and_json():
    proc = run("claims", "--reference", "reference", str(BAD))
    assert proc.returncode == 0
    assert "cr-cri" in proc.stdout and "mismatch" in proc.stdout and "consistent" in proc.stdout
    data = json.loads(run("claims", "--reference", "reference", "--format", "json", str(BAD)).stdout)
    rows = {r["value"]: r for r in data["claims"]}
    assert rows["29.3%"]["arm"] == "sc" and rows["29.3%"]["status"] == "mismatch"
    assert rows["80.7%"]["arm"] == "besponsa" and rows["80.7%"]["population"] == "first-218"


def test_rule_documentation():
    proc = run("rule", "V001")
    assert proc.returncode == 0 and "21 CFR 202.1(e)(6)" in proc.stdout and "Bad" in proc.stdout
    assert run("rule", "NOPE").returncode == 2


def test_python_dash_m_and_version():
    proc = run("--version")
    assert proc.returncode == 0 and "claimcheck" in proc.stdout
