"""F012 (XOSPATA EU): differentiation syndrome, the first special warning of the SmPC, named only
as a task of care ("Patient counselled on differentiation syndrome symptoms" on a checklist,
"monitor for differentiation syndrome", "[ ] educated about differentiation syndrome") does not
state the warning: a warning states the risk ("can be fatal", "has been reported", "the risk of
…", a warnings label). Before, a card whose special-warnings list dropped the syndrome passed on
its checklist line. Such a sentence that also states the risk still counts ("monitor for
differentiation syndrome, which can be fatal"), as does one that gives the labeling's management of
it ("watch for differentiation syndrome and treat promptly with corticosteroids if it is
suspected", as corpus/eu-xospata-leave-behind-followup.md does). ``unless: {concepts, unless}`` in
rules/xospata.yaml; texts written for this test, Markdown, HTML and plain text."""

from __future__ import annotations

import pytest

EU_XOS = ("Xospata in relapsed or refractory FLT3-mutated AML\n\n"
          "Median overall survival in ADMIRAL: 9.3 months with gilteritinib vs 5.6 months with salvage chemotherapy.\n\n"
          "SAFETY\nSpecial warnings: posterior reversible encephalopathy syndrome; QT interval prolongation; "
          "pancreatitis.\n\n{care}\n\nConsult the SmPC before prescribing. Adverse events should be reported.\n")


def lint(lint_piece, linter_for, text, name):
    return [f for f in lint_piece(text, name, linter=linter_for("EU"), rules={"F008", "F012"}, market="EU")]


CARE_ONLY = [
    ("card.md", "## Before the first dose\n\n- [ ] Patient counselled on differentiation syndrome symptoms\n"
                "- [ ] Baseline ECG arranged"),
    ("sheet.txt", "Nursing checklist\n  * Monitor closely for differentiation syndrome during the first weeks\n"),
    ("page.html", "<ul><li>Educate the patient and carers about differentiation syndrome.</li>"
                  "<li>Check electrolytes.</li></ul>"),
    ("sheet.txt", "Follow-up ........ watch patients for signs of differentiation syndrome\n"),
]


@pytest.mark.parametrize("name,care", CARE_ONLY)
def test_the_key_warning_named_only_as_a_care_task_is_reported(lint_piece, linter_for, name, care):
    findings = lint(lint_piece, linter_for, EU_XOS.format(care=care), name)
    assert [f.rule for f in findings] == ["F012"]
    assert "differentiation syndrome" in findings[0].message


STATED = [
    ("card.md", "- [ ] Patient counselled on differentiation syndrome, which can be fatal if not treated"),
    ("sheet.txt", "Monitor for differentiation syndrome: it has been reported with gilteritinib and needs "
                  "prompt corticosteroids."),
    ("page.html", "<p>Counsel patients on the risk of differentiation syndrome.</p>"),
    ("card.md", "Differentiation syndrome has occurred in patients treated with gilteritinib."),
    ("card.md", "**Special warnings:** differentiation syndrome."),
    # the labeling's management of the risk states it ("if suspected, start corticosteroids")
    ("card.md", "Watch for differentiation syndrome and treat promptly with corticosteroids if it is suspected."),
    ("sheet.txt", "Check for differentiation syndrome at each visit; if suspected, start corticosteroids."),
]


@pytest.mark.parametrize("name,care", STATED)
def test_the_key_warning_stated_as_a_risk_counts(lint_piece, linter_for, name, care):
    assert lint(lint_piece, linter_for, EU_XOS.format(care=care), name) == []
