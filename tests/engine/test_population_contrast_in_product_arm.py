"""A "vs"/"versus"/"compared with" chain that contrasts POPULATIONS within the product's own arm, not
arms ("In BESPONSA responders, median OS was 14.1 months if MRD-negative vs 7.2 months if
MRD-positive"): the value after "vs" was read as the comparator's (arm '-') and ended unsupported
without any finding, so a wrong value there (7.2 -> 9.6) passed silently. Where the chain's sides are
told apart by populations (the endpoint the same, no arm but the product's named), each value keeps
the product's arm and takes its own population; a wrong value is a V001. True arm comparisons
("14.1 months with BESPONSA vs 6.2 months with chemotherapy", "InO versus SC (77.5% versus 23.9%,
respectively, for <group>)") are unchanged."""

from __future__ import annotations

import pytest

HEAD = "BESPONSA (inotuzumab ozogamicin), INO-VATE ALL (post hoc, descriptive analysis).\n\n"

WORDINGS = [
    "In BESPONSA responders, median OS was {neg} months if MRD-negative vs {pos} months if MRD-positive.",
    "Among patients treated with BESPONSA, median OS reached {neg} months in MRD-negative responders "
    "versus {pos} months in MRD-positive ones.",
    "MRD-negative vs MRD-positive patients on BESPONSA: median OS {neg} vs {pos} months.",
    "With BESPONSA, median OS was {neg} months in MRD-negative patients compared with {pos} months in "
    "MRD-positive patients.",
    "Median OS on BESPONSA: {neg} months (MRD-negative) versus {pos} months (MRD-positive).",
]


def _v001(lint_piece, text):
    return [f.line for f in lint_piece(HEAD + text + "\n", "notes.txt", rules="V001")]


@pytest.mark.parametrize("wording", WORDINGS)
def test_correct_values_are_clean(lint_piece, wording):
    assert _v001(lint_piece, wording.format(neg="14.1", pos="7.2")) == []


@pytest.mark.parametrize("wording", WORDINGS)
def test_wrong_value_after_vs_is_a_mismatch(lint_piece, wording):
    assert _v001(lint_piece, wording.format(neg="14.1", pos="9.6")) == [3]


@pytest.mark.parametrize("wording", WORDINGS)
def test_swapped_populations_are_a_mismatch(lint_piece, wording):
    assert _v001(lint_piece, wording.format(neg="7.2", pos="14.1")) == [3, 3]


@pytest.mark.parametrize("wording", WORDINGS[:3])
def test_each_value_keeps_the_product_arm(reference, wording):
    from claimcheck.engine import Linter
    from claimcheck.documents.base import Document

    doc = Document(path="notes.txt", text=HEAD + wording.format(neg="14.1", pos="7.2") + "\n", format="text")
    claims = [c for c in Linter(reference).analyse(doc).claims if c.kind == "duration"]
    assert [(c.arm, c.population) for c in claims] == [("besponsa", "mrd-negative"), ("besponsa", "mrd-positive")]


ARM_COMPARISONS = [
    "Median OS was {a} months with BESPONSA vs {b} months with chemotherapy.",
    "Median OS was {a} months with BESPONSA versus {b} months with standard chemotherapy (SC).",
    "Compared with SC, median OS with BESPONSA was {a} vs {b} months.",
]


@pytest.mark.parametrize("wording", ARM_COMPARISONS)
def test_arm_comparison_correct_is_clean(lint_piece, wording):
    assert _v001(lint_piece, wording.format(a="7.7", b="6.2")) == []


@pytest.mark.parametrize("wording", ARM_COMPARISONS[:2])
def test_arm_comparison_wrong_comparator_value_is_a_mismatch(lint_piece, wording):
    assert _v001(lint_piece, wording.format(a="7.7", b="9.9")) == [3]


def test_arms_compared_for_a_subgroup_with_respectively_unchanged(lint_piece):
    """Seed 002's wording: the arms in order, the populations named for each pair."""
    text = ("Among patients with a short (<12 months) and long (≥12 months) duration of first remission, CR/CRi "
            "rates were higher with InO versus SC ({a}% versus {b}%, respectively, for duration of remission "
            "<12 months; 86.8% versus 39.5%, respectively, for duration of remission ≥12 months).")
    assert _v001(lint_piece, text.format(a="77.5", b="23.9")) == []
    assert _v001(lint_piece, text.format(a="77.5", b="33.9")) == [3]
