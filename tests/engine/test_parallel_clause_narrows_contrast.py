"""An elliptic clause parallel to a contrast of populations within the product's arm ("median OS was
14.1 months if MRD-negative vs 7.2 months if MRD-positive; in first salvage the figures were 15.6 and
6.9 months"): the pair takes the previous clause's populations in order, narrowed by the clause's own
population (MRD-negative / MRD-positive patients in first salvage, as the library holds them). A wrong
value there (6.9 -> 9.9) must be a V001 against the narrowed entry; correct values stay clean. Where the
library holds no population that names both, nothing changes."""

from __future__ import annotations

import pytest

HEAD = "BESPONSA (inotuzumab ozogamicin), INO-VATE ALL (post hoc, descriptive analysis).\n\n"

WORDINGS = [
    "In BESPONSA responders, median OS was 14.1 months if MRD-negative vs 7.2 months if MRD-positive; "
    "in first salvage the figures were {neg} and {pos} months.",
    "Among patients treated with BESPONSA, median OS reached 14.1 months in MRD-negative responders versus "
    "7.2 months in MRD-positive ones. The corresponding values in first salvage were {neg} and {pos} months.",
    "MRD-negative vs MRD-positive patients on BESPONSA: median OS 14.1 vs 7.2 months, and {neg} vs {pos} "
    "months in first salvage.",
    "Median OS with BESPONSA was 14.1 months if MRD-negative vs 7.2 months if MRD-positive ({neg} vs {pos} "
    "months in first salvage).",
    "With BESPONSA, median OS was 14.1 months in MRD-negative patients compared with 7.2 months in "
    "MRD-positive patients; when used in first salvage, {neg} and {pos} months, respectively.",
]


def _v001(lint_piece, text):
    return [f.message for f in lint_piece(HEAD + text + "\n", "notes.txt", rules="V001")]


@pytest.mark.parametrize("wording", WORDINGS)
def test_correct_values_are_clean(lint_piece, wording):
    assert _v001(lint_piece, wording.format(neg="15.6", pos="6.9")) == []


@pytest.mark.parametrize("wording", WORDINGS)
def test_wrong_second_value_is_a_mismatch_of_the_narrowed_entry(lint_piece, wording):
    found = _v001(lint_piece, wording.format(neg="15.6", pos="9.9"))
    assert len(found) == 1 and "6.9 months" in found[0], found


@pytest.mark.parametrize("wording", WORDINGS)
def test_wrong_first_value_is_a_mismatch_of_the_narrowed_entry(lint_piece, wording):
    found = _v001(lint_piece, wording.format(neg="16.5", pos="6.9"))
    assert len(found) == 1 and "15.6 months" in found[0], found


@pytest.mark.parametrize("wording", WORDINGS[:3])
def test_the_pair_takes_the_narrowed_populations(reference, wording):
    from claimcheck.documents.base import Document
    from claimcheck.engine import Linter

    doc = Document(path="notes.txt", text=HEAD + wording.format(neg="15.6", pos="6.9") + "\n", format="text")
    claims = [c for c in Linter(reference).analyse(doc).claims if c.kind == "duration"]
    assert [(c.arm, c.population) for c in claims[2:]] == [
        ("besponsa", "mrd-negative-first-salvage"), ("besponsa", "mrd-positive-first-salvage")]


def test_a_qualifier_the_library_holds_no_subgroup_for_changes_nothing(lint_piece):
    """"in second salvage": no population names MRD status and second salvage; the values are not
    judged against the contrast's own entries (no false V001)."""
    text = ("In BESPONSA responders, median OS was 14.1 months if MRD-negative vs 7.2 months if MRD-positive; "
            "in second salvage the figures were 11.0 and 4.3 months.")
    assert _v001(lint_piece, text) == []


def test_a_sentence_with_its_own_endpoint_is_not_elliptic(lint_piece):
    """The next sentence names an endpoint of its own: its values are not the contrast's."""
    text = ("Among patients treated with BESPONSA, median OS reached 14.1 months in MRD-negative responders "
            "versus 7.2 months in MRD-positive ones. In first salvage, the CR/CRi rate was 87.7% with BESPONSA "
            "vs 28.8% with SC.")
    assert _v001(lint_piece, text) == []
