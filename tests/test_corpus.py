"""The sample corpus: `claimcheck lint corpus/` finds exactly the defects written into the drafts.

corpus/expected.yaml lists every deliberate defect as {file, line, rule}; corpus/README.md shows
the same list as a table for people. The drafts are linted through the CLI (as a user or a CI
job would run it), and the set of (file, line, rule) found is compared with the expected set:
nothing missed, nothing extra (a finding on a correct sentence is a false positive).

Rule families arrive in stages (V/A/U from the claim engine, F/B/I/O from the rule packs), so
expectations are asserted for the families `claimcheck rule --all` lists at test time: a code
is compared when its prefix letter is a family the tool has. Once a family lands, every code of
it in expected.yaml is asserted, so a code named differently by the rule pack fails here and
expected.yaml (and the README table) must be aligned with it.

An expectation with ``line: null`` is a document-level requirement (missing boxed warning,
missing SmPC pointer): it matches a finding of that rule at any line of that file.

``known_gaps`` in expected.yaml lists where the engine is wrong on the corpus today (a missed
defect, or a finding on something correct). The comparison tolerates exactly those and the test
xfails naming them; once one is fixed the test fails until its entry is removed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
EXPECTED = CORPUS / "expected.yaml"
README = CORPUS / "README.md"

#: files in corpus/ that document the corpus and are not drafts (their findings are not asserted)
NOT_DRAFTS = {"README.md"}
DRAFT_SUFFIXES = {".md", ".txt"}


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "claimcheck", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)


def _expected() -> dict:
    return yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))


def _drafts_on_disk() -> set[str]:
    return {p.name for p in CORPUS.iterdir()
            if p.is_file() and p.suffix in DRAFT_SUFFIXES and p.name not in NOT_DRAFTS}


@pytest.fixture(scope="module")
def families() -> set[str]:
    """Prefix letters of the rule codes the tool defines (built-in checks and loaded rule packs)."""
    proc = _run("rule", "--all")
    assert proc.returncode == 0, proc.stderr
    codes = [line.split()[0] for line in proc.stdout.splitlines() if line.strip()]
    assert codes, "claimcheck rule --all listed no rules"
    return {re.match(r"[A-Z]+", c).group() for c in codes if re.match(r"[A-Z]+\d+$", c)}


@pytest.fixture(scope="module")
def lint_report() -> dict:
    if not (ROOT / "reference").is_dir() or not any((ROOT / "reference").glob("*.yaml")):
        pytest.skip("no claims library in reference/ yet")
    proc = _run("lint", "--format", "json", "--exit-zero", "corpus/")
    assert proc.returncode == 0, f"claimcheck lint corpus/ exited {proc.returncode}: {proc.stderr}"
    return json.loads(proc.stdout)


def _family(code: str) -> str:
    return re.match(r"[A-Z]+", code).group()


def test_expected_lists_every_draft_and_only_drafts():
    data = _expected()
    listed = {d["file"] for d in data["drafts"]}
    assert listed == _drafts_on_disk()
    assert len(listed) >= 6
    for d in data["drafts"]:
        assert d["market"] in ("US", "EU"), d
        assert d["material"] in ("email", "leave-behind", "web copy", "slide notes"), d
    for e in data["defects"]:
        assert e["file"] in listed, e
        assert re.fullmatch(r"[A-Z]\d{3}", e["rule"]), e
        assert e["line"] is None or isinstance(e["line"], int), e
        assert e.get("wrong") and e.get("right"), f"{e}: say what is wrong and what is right"
    correct = [d["file"] for d in data["drafts"] if d["defects"] == "none"]
    defective = {e["file"] for e in data["defects"]}
    assert correct and not set(correct) & defective
    assert listed == set(correct) | defective, "every draft is either correct or lists its defects"
    keys = {(e["file"], e["line"], e["rule"]) for e in data["defects"]}
    for g in data.get("known_gaps") or []:
        assert g["kind"] in ("missed", "extra") and g.get("note"), g
        key = (g["file"], g["line"], g["rule"])
        assert (key in keys) == (g["kind"] == "missed"), f"{g}: a missed gap is a listed defect, an extra one is not"


def test_drafts_are_realistic_length_and_declare_their_market():
    for d in _expected()["drafts"]:
        path = CORPUS / d["file"]
        text = path.read_text(encoding="utf-8")
        body = text
        if path.suffix == ".md":
            m = re.match(r"---\n(.*?)\n---\n", text, re.S)
            assert m, f"{d['file']}: Markdown drafts carry YAML front matter"
            front = yaml.safe_load(m.group(1))
            assert front["market"] == d["market"], d["file"]
            assert front["material"] == d["material"], d["file"]
            body = text[m.end():]
        else:
            assert d["market"] == "US", f"{d['file']}: a plain-text draft has no front matter, so it is linted as US"
        words = len(body.split())
        assert 150 <= words <= 500, f"{d['file']}: {words} words"


def test_readme_table_matches_expected_yaml():
    """The README's table and expected.yaml say the same thing (one is for people, one for the test)."""
    rows = set()
    correct = set()
    for line in README.read_text(encoding="utf-8").splitlines():
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) < 5 or not cells[0].endswith((".md", ".txt")):
            continue
        file, line_no, rule = cells[0], cells[3], cells[4]
        if rule.lower() == "none":
            correct.add(file)
            continue
        rows.add((file, None if line_no in ("-", "—", "any") else int(line_no), rule))
    data = _expected()
    assert rows == {(e["file"], e["line"], e["rule"]) for e in data["defects"]}
    assert correct == {d["file"] for d in data["drafts"] if d["defects"] == "none"}


def test_lint_finds_exactly_the_expected_defects(lint_report, families):
    data = _expected()
    active = [e for e in data["defects"] if _family(e["rule"]) in families]
    exact = {(e["file"], e["line"], e["rule"]) for e in active if e["line"] is not None}
    anywhere = {(e["file"], e["rule"]) for e in active if e["line"] is None}

    found = set()
    for f in lint_report["findings"]:
        name = Path(f["path"]).name
        if name in NOT_DRAFTS or f.get("suppressed"):
            continue
        found.add((name, f["line"], f["rule"]))

    unexpected = {f for f in found if f not in exact and (f[0], f[2]) not in anywhere}
    missed = {e for e in exact if e not in found}
    missed |= {(file, None, rule) for file, rule in anywhere
               if not any(f[0] == file and f[2] == rule for f in found)}

    gaps = [g for g in data.get("known_gaps") or [] if _family(g["rule"]) in families]
    known_missed = {(g["file"], g["line"], g["rule"]) for g in gaps if g["kind"] == "missed"}
    known_extra = {(g["file"], g["line"], g["rule"]) for g in gaps if g["kind"] == "extra"}
    assert not (missed - known_missed) and not (unexpected - known_extra), (
        "corpus findings differ from corpus/expected.yaml\n"
        f"  missed (expected, not found): {sorted(missed - known_missed, key=str)}\n"
        f"  unexpected (found, not expected): {sorted(unexpected - known_extra, key=str)}")
    fixed = sorted((known_missed - missed) | (known_extra - unexpected), key=str)
    assert not fixed, f"known gaps no longer occur, remove them from known_gaps in corpus/expected.yaml: {fixed}"
    if gaps:
        pytest.xfail("known claimcheck gaps on the corpus: "
                     + "; ".join(f"{g['file']}:{g['line']} {g['rule']} {g['kind']} ({g['note']})" for g in gaps))


def test_every_draft_was_linted(lint_report):
    linted = {Path(r["path"]).name for r in lint_report["files"] if not r.get("error")}
    assert _drafts_on_disk() <= linted
    markets = {Path(r["path"]).name: r["market"] for r in lint_report["files"]}
    for d in _expected()["drafts"]:
        assert markets[d["file"]] == d["market"], f"{d['file']} linted as {markets[d['file']]}"
