"""Every rule has a bad fixture that raises it and a good fixture that does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.documents import read_document
from claimcheck.registry import Registry

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rules"
CODES = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())
#: every rule has bad.md and good.md; a rule with several forms has more (bad-<form>.md, good-<form>.md)
BAD = [(c, p.name) for c in CODES for p in sorted((FIXTURES / c).glob("bad*.md"))]
GOOD = [(c, p.name) for c in CODES for p in sorted((FIXTURES / c).glob("good*.md"))]


@pytest.mark.parametrize("code, name", BAD)
def test_bad_fixture_raises_the_rule(linter, code, name):
    findings = linter.lint_document(read_document(FIXTURES / code / name))
    assert code in {f.rule for f in findings}, [f"{f.rule}: {f.message}" for f in findings]


@pytest.mark.parametrize("code, name", GOOD)
def test_good_fixture_is_clean(linter, code, name):
    findings = linter.lint_document(read_document(FIXTURES / code / name))
    assert [f"{f.rule}: {f.message}" for f in findings] == []


@pytest.mark.parametrize("code", CODES)
def test_every_rule_has_a_bad_and_a_good_fixture(code):
    assert (FIXTURES / code / "bad.md").is_file() and (FIXTURES / code / "good.md").is_file(), code


def test_every_builtin_rule_has_fixtures_and_documentation():
    RULES = Registry()  # the built-in rules
    builtin = [c for c, r in RULES.items() if r.origin.startswith("src/claimcheck/checks")]
    # a rule checked across the documents of a run (C001) has bad/ and good/ folders of documents under
    # tests/fixtures/runs/CODE/, run by tests/reviewer/test_consistency.py
    runs = {p.name for p in (FIXTURES.parent / "runs").iterdir() if (p / "bad").is_dir() and (p / "good").is_dir()}
    assert set(builtin) <= set(CODES) | runs, sorted(set(builtin) - set(CODES) - runs)
    for code in builtin:
        r = RULES[code]
        assert r.summary and r.why and r.basis and r.bad and r.good and r.fix, code
