"""What the rule packs may cost per document (bench/RESULTS.md, 2026-12-03): patterns are compiled
once per process, not per document, and no pattern scans the whole of one document twice."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from claimcheck import phrases
from claimcheck.engine import Linter
from claimcheck.reference import load_reference
from claimcheck.rulepacks import load_rulepacks

ROOT = Path(__file__).resolve().parents[2]
DRAFTS = [ROOT / "corpus" / name for name in ("us-web-efficacy.md", "eu-leave-behind-mrd.md", "us-email-remission.md",
                                                  "us-xospata-email-survival.md")]


@pytest.fixture(scope="module")
def linter():
    reference = load_reference(ROOT / "reference")
    return Linter(reference, rulepacks=load_rulepacks(ROOT / "rules", reference))


def test_a_second_pass_compiles_no_term_pattern(monkeypatch, linter):
    for path in DRAFTS:
        linter.lint_file(str(path))       # the first use of each pattern compiles it
    built: list[int] = []
    real_init = phrases.TermPattern.__init__
    monkeypatch.setattr(phrases.TermPattern, "__init__", lambda self, *a, **k: built.append(1) or real_init(self, *a, **k))
    findings = [f for path in DRAFTS for f in linter.lint_file(str(path)).findings]
    assert findings   # the packs ran (the drafts have findings)
    assert built == []


def test_no_pattern_scans_a_whole_document_twice(monkeypatch, linter):
    scans: Counter = Counter()
    alive = []   # the documents' text indexes, kept so that no id is reused
    real = phrases.TermPattern.finditer

    def spy(self, index, start=0, end=None):
        if start == 0 and end is None:
            alive.append(index)
            scans[(id(index), id(self))] += 1
        return real(self, index, start, end)

    monkeypatch.setattr(phrases.TermPattern, "finditer", spy)
    findings = [f for path in DRAFTS for f in linter.lint_file(str(path)).findings]
    assert findings
    assert len({i for i, _ in scans}) == len(DRAFTS)
    assert max(scans.values()) == 1, [n for n in scans.values() if n > 1]
