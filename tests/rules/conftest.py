"""Fixtures for the rule-pack tests: the claims library, the packs and a Linter factory.

The repository's reference/ is used when it is there; otherwise the small claims library in
data/reference.yaml (so the rule tests run before the real library lands). Seed tests need
the real library and skip without it.
"""

from __future__ import annotations

import pytest
from rulepack_helpers import DATA, RULES_DIR, repo_reference

from claimcheck.engine import Linter
from claimcheck.reference import load_reference
from claimcheck.rulepacks import load_rulepacks


@pytest.fixture(scope="session")
def reference():
    return repo_reference() or load_reference(DATA / "reference.yaml")


@pytest.fixture(scope="session")
def packs(reference):
    return load_rulepacks([RULES_DIR], reference)


@pytest.fixture(scope="session")
def linter_for(reference, packs):
    cache: dict = {}

    def make(market=None):
        if market not in cache:
            cache[market] = Linter(reference, market=market, rulepacks=packs)
        return cache[market]

    return make
