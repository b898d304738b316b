"""A count of a total that was itself stated as the numerator of an n of N ("18 of 79 (22.8%), of
which 5 were fatal", "88/109 patients (80.7%), 69 of whom were MRD-negative"): "which"/"whom" is the
n, the group with the event, so the count is the n of that n and is compared with the count the
claims library gives that denominator (V001 where the library holds another), in bullets and prose,
with "n of N" or "n/N", before or after "of whom". Published counts stay clean; a count of the N
itself is not read this way. Texts written for this test; facts of the shipped BESPONSA library
(post-HSCT VOD 18/79, fatal in 5 of the 18; MRD negativity 69 of the 88 with CR/CRi; HSCT 79/164)."""

from __future__ import annotations

import pytest

HEAD = "# BESPONSA (inotuzumab ozogamicin): results at a glance\n\n"

FORMS = [
    ("- Post-transplant VOD: 18 of 79 (22.8%), of which {n} were fatal", "5", "7"),
    ("After HSCT, hepatic VOD occurred in 18/79 patients (23%); {n} of these were fatal.", "5", "9"),
    ("* VOD after transplant in 18 out of 79 (22.8%), {n} of whom died", "5", "4"),
    ("- CR/CRi: 88 of 109 patients (80.7%), of whom {n} were MRD-negative", "69", "66"),
    ("Remission (CR/CRi) came in 88/109 (80.7%), {n} of whom reached MRD negativity.", "69", "72"),
    ("- Proceeded to HSCT: 79 of 164 (48.2%), of whom {n} had VOD", "18", "20"),
]


def _v(lint_piece, text: str, name: str = "p.md"):
    return [f for f in lint_piece(HEAD + text + "\n", name=name) if f.rule in ("V001", "V002")]


@pytest.mark.parametrize("form,good,bad", FORMS)
def test_a_changed_count_of_a_fraction_total_is_v001(lint_piece, form, good, bad):
    found = _v(lint_piece, form.format(n=bad))
    assert len(found) == 1 and found[0].rule == "V001", [f.message for f in found]
    assert f"{good}/" in found[0].message and f"{bad}/" in found[0].message


@pytest.mark.parametrize("form,good,bad", FORMS)
def test_the_published_count_is_clean(lint_piece, form, good, bad):
    assert _v(lint_piece, form.format(n=good)) == []


def test_in_a_plain_text_file_too(lint_piece):
    found = _v(lint_piece, "Post-transplant VOD: 18 of 79 (22.8%), of which 7 were fatal", name="p.txt")
    assert [f.rule for f in found] == ["V001"]


@pytest.mark.parametrize("text", [
    "- VOD: 23 of 164 (14%), of which 5 occurred without an intervening HSCT",
    "VOD occurred in 23 of 164 patients (14%), of whom 18 developed it after HSCT.",
])
def test_other_published_subsets_stay_clean(lint_piece, text):
    assert [f for f in lint_piece(HEAD + text + "\n") if f.rule in ("V001", "V002", "A001")] == []
