"""The quality benchmark (bench/quality/) holds the line: a fast deterministic subset of it is
scored with the installed engine and every figure must stay at or above its floor in
bench/quality/floors.yaml (recall per category, overall recall) or at or below its ceiling
(false findings per correct draft, harmless variants flagged, crashes)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
QUALITY = ROOT / "bench" / "quality"
sys.path.insert(0, str(QUALITY))

import mutate  # noqa: E402
import score  # noqa: E402

FLOORS = yaml.safe_load((QUALITY / "floors.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def result():
    return score.run(fast=True)


def test_every_sidecar_anchor_occurs_exactly_once():
    problems = [p for d in mutate.load_drafts(QUALITY / "drafts") for p in mutate.check_anchors(d)]
    assert problems == []


def test_generator_is_deterministic_and_covers_every_category():
    _, first = mutate.generate()
    _, second = mutate.generate()
    assert [(v.id, v.text) for v in first] == [(v.id, v.text) for v in second]
    defects = [v for v in first if v.kind == "defect"]
    assert {v.category for v in defects} == set(mutate.CATEGORIES)
    assert len(defects) >= 400
    assert sum(v.kind == "harmless" for v in first) >= 80
    # one change each: a line-level defect names a real line of its variant
    for v in defects:
        assert v.document or 1 <= v.line <= v.text.count("\n") + 1, v.id


def test_subset_size(result):
    assert result["defects"] >= FLOORS["min_defects"]
    assert result["harmless"] >= FLOORS["min_harmless"]


def test_no_crashes(result):
    assert len(result["crashes"]) <= FLOORS["crashes_max"], result["crashes"]


@pytest.mark.parametrize("category", mutate.CATEGORIES)
def test_recall_floor(result, category):
    got = result["recall"][category]["recall"]
    assert got is not None and got >= FLOORS["recall"][category], (
        f"{category} recall {got} fell below its floor {FLOORS['recall'][category]}; misses: "
        + "; ".join(m["variant"] + " " + m["description"][:60] for m in result["misses"] if m["category"] == category)[:2000])


def test_overall_recall_floor(result):
    assert result["overall_recall"] >= FLOORS["overall_recall"]


def test_false_findings_ceiling(result):
    assert result["false_findings_per_draft"] <= FLOORS["false_findings_per_draft_max"], result["false_findings"]


def test_harmless_flagged_ceiling(result):
    assert result["harmless_flagged_rate"] <= FLOORS["harmless_flagged_rate_max"], result["harmless_flagged"]


def test_draft_without_claims_library_is_skipped_with_reason(tmp_path):
    """A draft of a product whose claims library is not in the reference folder is skipped and
    says so (here: a reference folder holding the BESPONSA library only)."""
    import shutil

    reference = tmp_path / "reference"
    reference.mkdir()
    shutil.copy(ROOT / "reference" / "besponsa.yaml", reference / "besponsa.yaml")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "xos-us-email-99.md").write_text("XOSPATA draft\n", encoding="utf-8")
    (drafts / "xos-us-email-99.meta.yaml").write_text("product: xospata\nmarket: US\nstyle: email\nanchors: {}\n",
                                                      encoding="utf-8")
    skipped: list[str] = []
    kept, variants = mutate.generate(drafts, reference, skipped)
    assert "xospata" not in mutate.library_files(reference)
    assert kept == [] and variants == []
    assert skipped == [f"xos-us-email-99.md: no claims library for product 'xospata' in {reference} (skipped)"]
