"""Single-arm adverse-event percentages: a parenthetical list after a sentence about the product
("… treated with BESPONSA. Thrombocytopenia (61%), neutropenia (49%) …") and a bold run-in label
that opens a paragraph ("**Hepatotoxicity.** It occurred in 24% …"). Before, a changed value that
equalled the comparator's figure of an entry was confirmed by it, and a value under a run-in label
was left unchecked (endpoint only from context)."""

from __future__ import annotations

import pytest

LEAD = "In adults, VOD was reported in 23 of 164 patients (14%) treated with BESPONSA. "


def _rules(lint_doc, text):
    return [f.rule for f in lint_doc(text, "d.md")]


@pytest.mark.parametrize("text", [
    # 61% is the comparator's all-cause thrombocytopenia figure, not the product's
    LEAD + "Thrombocytopenia (61%), neutropenia (49%) and febrile neutropenia (26%) were common.\n",
    LEAD + "The most common adverse reactions were thrombocytopenia (61%) and neutropenia (49%).\n",
    LEAD + "Common events: neutropenia (49%), thrombocytopenia (61%), febrile neutropenia (26%).\n",
    # a run-in label opening the paragraph names the endpoint
    "Patients treated with BESPONSA were monitored.\n\n**Hepatotoxicity.** It was reported in 24% of patients.\n",
    "Patients treated with BESPONSA were monitored.\n\n**Hepatotoxicity:** reported in 24% of patients.\n",
    "Patients treated with BESPONSA were monitored.\n\n- **Thrombocytopenia.** Seen in 81% of patients.\n",
])
def test_changed_single_arm_values_are_caught(lint_doc, text):
    assert {"V001", "U001"} & set(_rules(lint_doc, text))


@pytest.mark.parametrize("text", [
    LEAD + "Thrombocytopenia (51%), neutropenia (49%) and febrile neutropenia (26%) were common.\n",
    LEAD + "The most common adverse reactions were thrombocytopenia (51%) and neutropenia (49%).\n",
    "Patients treated with BESPONSA were monitored.\n\n**Hepatotoxicity.** VOD occurred in 14% of patients.\n",
    "Patients treated with BESPONSA were monitored.\n\n**Myelosuppression.** Thrombocytopenia occurred in 51% "
    "of patients and neutropenia in 49%.\n",
])
def test_correct_single_arm_values_stay_clean(lint_doc, text):
    assert not {"V001", "U001"} & set(_rules(lint_doc, text))
