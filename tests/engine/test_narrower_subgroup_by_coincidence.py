"""A figure said of a population is not confirmed by the figure of a narrower subgroup of it that
it happens to equal, where the sentence names nothing of what narrows it: "median OS was 14.1
months in those who became MRD-negative and 6.3 months in those who remained MRD-positive" gives
6.3 for the MRD-positive (the library holds 7.2); 6.3 is the figure of MRD-positive patients who
also had no transplant. V001, not a match by coincidence (found in an outside writer's glossary,
where a value of the narrower subgroup was put in the wider one's place). Where the sentence names
the narrowing in any of the words the library's populations use ("without transplant", "who did
not go on to HSCT"), the narrower entry is meant and the figure is consistent. Texts written for
this test."""

from __future__ import annotations

import pytest

HEAD = ("In a post hoc analysis of INO-VATE ALL (exploratory and hypothesis-generating; the OS primary "
        "endpoint was not met), among BESPONSA responders:\n\n")


def _v001(lint_piece, sentence: str):
    return [f for f in lint_piece(HEAD + sentence + "\n", "p.md", rules="V001")]


@pytest.mark.parametrize("sentence", [
    "Median OS was 14.1 months in patients who became MRD-negative and 6.3 months in those who remained MRD-positive.",
    "MRD-positive responders: median OS 6.3 months.",
    "Median OS in MRD-positive patients was 6.3 months.",
])
def test_the_narrower_subgroups_value_for_the_wider_population_is_v001(lint_piece, sentence):
    found = _v001(lint_piece, sentence)
    assert [f.rule for f in found] == ["V001"] and "7.2" in found[0].message


@pytest.mark.parametrize("sentence", [
    "Median OS was 6.3 months in MRD-positive patients without transplant.",
    "Median OS was 6.3 months in MRD-positive patients who did not go on to HSCT.",
    "Median OS was 6.3 months in MRD-positive patients without HSCT.",
    "Median OS was 7.2 months in patients who remained MRD-positive.",
])
def test_the_narrowing_named_or_the_right_value_is_clean(lint_piece, sentence):
    assert _v001(lint_piece, sentence) == []
