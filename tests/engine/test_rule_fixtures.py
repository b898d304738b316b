"""Every rule has a bad fixture that raises it and a good fixture that does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.checks import RULES
from claimcheck.documents import read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rules"
CODES = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())


@pytest.mark.parametrize("code", CODES)
def test_bad_fixture_raises_the_rule(linter, code):
    findings = linter.lint_document(read_document(FIXTURES / code / "bad.md"))
    assert code in {f.rule for f in findings}, [f"{f.rule}: {f.message}" for f in findings]


@pytest.mark.parametrize("code", CODES)
def test_good_fixture_is_clean(linter, code):
    findings = linter.lint_document(read_document(FIXTURES / code / "good.md"))
    assert [f"{f.rule}: {f.message}" for f in findings] == []


def test_every_builtin_rule_has_fixtures_and_documentation():
    builtin = [c for c, r in RULES.items() if r.origin.startswith("src/claimcheck/checks")]
    # a rule checked across the documents of a run (C001) has bad/ and good/ folders of documents under
    # tests/fixtures/runs/CODE/, run by tests/reviewer/test_consistency.py
    runs = {p.name for p in (FIXTURES.parent / "runs").iterdir() if (p / "bad").is_dir() and (p / "good").is_dir()}
    assert set(builtin) <= set(CODES) | runs, sorted(set(builtin) - set(CODES) - runs)
    for code in builtin:
        r = RULES[code]
        assert r.summary and r.why and r.basis and r.bad and r.good and r.fix, code
