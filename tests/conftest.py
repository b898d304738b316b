"""Shared test fixtures: the repository's paths, the shipped claims library, one Linter per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
REFERENCE = ROOT / "reference"
RULES_DIR = ROOT / "rules"


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
