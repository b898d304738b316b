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


@pytest.fixture(scope="session")
def library_linter(tmp_path_factory):
    """``library_linter(yaml_text)``: the claim-engine linter (built-in checks only) for a claims
    library written for a test (a synthetic product, not a shipped library)."""
    from claimcheck.engine import Linter
    from claimcheck.reference import load_reference

    def build(library: str):
        path = tmp_path_factory.mktemp("library") / "library.yaml"
        path.write_text(library, encoding="utf-8")
        return Linter(load_reference(path))

    return build


def lint_text(linter, text: str, name: str = "draft.md", market: str | None = None):
    from claimcheck.documents.base import Document

    doc = Document(path=name, text=text, format="markdown")
    if market:
        doc.metadata["market"] = market
    return linter.lint_document(doc)


@pytest.fixture
def lint_piece(request, tmp_path):
    """Lint a piece of text as a user's file: ``lint_piece(text, name="piece.md", linter=None,
    rules=None, market=None)`` writes ``text`` to ``tmp_path / name``, reads it with the reader of
    its extension (documents.read_document: Markdown, HTML or plain text, as the CLI reads it) and
    returns the findings of ``linter`` -- by default the ``linter`` fixture in scope, so a test
    module's own (module-scoped) Linter is used where it defines one. ``rules`` (one code or a set)
    keeps only the findings of those rules; ``market`` is declared in a YAML front matter.
    ``lint_file=True`` lints the path through ``Linter.lint_file``, the CLI's entry for a file,
    instead of ``lint_document(read_document(path))``."""
    from claimcheck.documents import read_document

    def lint(text: str, name: str = "piece.md", linter=None, rules=None, market: str | None = None,
             lint_file: bool = False):
        path = tmp_path / name
        path.write_text((f"---\nmarket: {market}\n---\n" if market else "") + text, encoding="utf-8")
        linter = linter or request.getfixturevalue("linter")
        findings = linter.lint_file(str(path)).findings if lint_file else linter.lint_document(read_document(path))
        return _kept(findings, rules)

    return lint


@pytest.fixture
def lint_doc(request):
    """Lint a piece of text in memory, no file and no reader: ``lint_doc(text, name="draft.md",
    linter=None, rules=None, market=None)`` lints ``Document(path=name, text=text, format="markdown")``
    (``market`` in its metadata) with ``linter`` -- by default the ``linter`` fixture in scope --
    and returns its findings, only those of ``rules`` (one code or a set) when given. For a piece
    as a user's file is read, use ``lint_piece``."""
    from claimcheck.documents.base import Document

    def lint(text: str, name: str = "draft.md", linter=None, rules=None, market: str | None = None):
        doc = Document(path=name, text=text, format="markdown", metadata={"market": market} if market else {})
        return _kept((linter or request.getfixturevalue("linter")).lint_document(doc), rules)

    return lint


def _kept(findings: list, rules) -> list:
    """``findings``, only those of ``rules`` (one rule code or a collection of codes) unless None."""
    if rules is None:
        return findings
    rules = {rules} if isinstance(rules, str) else rules
    return [f for f in findings if f.rule in rules]
