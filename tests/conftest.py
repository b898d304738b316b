"""Shared test fixtures: the repository's paths, the shipped claims library, one Linter per session."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
REFERENCE = ROOT / "reference"
RULES_DIR = ROOT / "rules"


_OWN_CACHE: str | None = None


def pytest_configure(config):
    """The start-up cache (claimcheck/cache.py) of this run goes to a temporary folder, not the
    user's ~/.cache; in-process runs and CLI subprocesses both see it through the environment."""
    global _OWN_CACHE
    if "CLAIMCHECK_CACHE_DIR" not in os.environ:
        _OWN_CACHE = os.environ["CLAIMCHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="claimcheck-cache-")


def pytest_unconfigure(config):
    if _OWN_CACHE:
        shutil.rmtree(_OWN_CACHE, ignore_errors=True)
        os.environ.pop("CLAIMCHECK_CACHE_DIR", None)


def seed(prefix: str) -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seed materials not found at {SEEDS} (they live in ../shared/seeds beside the repository)")
    matches = sorted(SEEDS.glob(f"{prefix}*.txt"))
    if not matches:
        pytest.skip(f"seed {prefix} not found in {SEEDS}")
    return matches[0]


@pytest.fixture(scope="session")
def reference():
    from claimcheck.reference import load_reference

    return load_reference(REFERENCE)


@pytest.fixture(scope="session")
def linter(reference):
    """The claim-engine linter (built-in checks only, no rule packs)."""
    from claimcheck.engine import Linter

    return Linter(reference)


@pytest.fixture(scope="session")
def full_linter(reference):
    """The linter as the CLI builds it by default: claims library plus the shipped rule packs."""
    from claimcheck.engine import Linter
    from claimcheck.rulepacks import load_rulepacks

    return Linter(reference, rulepacks=load_rulepacks([RULES_DIR], reference) if RULES_DIR.is_dir() else None)


def lint_text(linter, text: str, name: str = "draft.md", market: str | None = None):
    from claimcheck.documents.base import Document

    doc = Document(path=name, text=text, format="markdown")
    if market:
        doc.metadata["market"] = market
    return linter.lint_document(doc)
