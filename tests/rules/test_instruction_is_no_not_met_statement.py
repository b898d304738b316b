"""An instruction to the presenter or writer is no statement to the reader that the endpoint was
not met: a speaker or production note such as "Don't describe overall survival as improved" or
"Never call the OS result a benefit" forbids a wording; it does not tell the reader that the
primary analysis failed, so the OS figures beside it still lack their not-met statement (F001).
A negated "do" or a "never" before a verb of saying, opening its clause, is such an instruction;
a real statement next to one still satisfies. Texts written for this test (Markdown, plain
text, speaker notes in several forms)."""

from __future__ import annotations

import pytest

from claimcheck.checks.packs.negation import instruction

OPENING = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor "
           "acute lymphoblastic leukemia (ALL) in adults and pediatric patients 1 year and older.")
BOX = ("WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF "
       "POST-HSCT NON-RELAPSE MORTALITY")
BOX_TEXT = ("Liver injury, VOD among it, proved fatal or life-threatening in some patients. Death not caused by "
            "relapse after HSCT was more frequent with BESPONSA.")
CLAIM = "Two years after randomization, 22.8% of BESPONSA patients were alive against 10.0% on chemotherapy (OS)."


def f001(lint_piece, linter_for, layout, note):
    if layout == "md":
        text = (f"---\nmarket: US\n---\n# Screen 4: survival\n\n{OPENING}\n\n**{BOX}**\n\n{BOX_TEXT}\n\n"
                f"- On screen: {CLAIM}\n- {note}\n\nPlease see the full Prescribing Information, including BOXED "
                "WARNING.\n")
        name = "storyboard.md"
    else:
        text = (f"Market: US\nSLIDE 9 - SURVIVAL\n\n{OPENING}\n\n{BOX}\n{BOX_TEXT}\n\n{CLAIM}\n{note}\n\n"
                "Please see the full Prescribing Information, including BOXED WARNING.\n")
        name = "deck.txt"
    return lint_piece(text, name, linter=linter_for("US"), rules="F001", lint_file=True)


INSTRUCTIONS = [
    "Presenter note: Don't describe overall survival as improved.",
    "[Speaker] Please do not imply that BESPONSA prolongs survival.",
    "Rep guidance - never call the OS result a benefit.",
    "VO direction: do not say the survival difference was significant; keep the pace slow.",
    "Production note; Do NOT present OS as superior to chemotherapy.",
]


@pytest.mark.parametrize("layout", ["md", "txt"])
@pytest.mark.parametrize("note", INSTRUCTIONS)
def test_an_instruction_to_the_presenter_is_no_not_met_statement(lint_piece, linter_for, layout, note):
    found = f001(lint_piece, linter_for, layout, note)
    assert found and "22.8" in found[0].message


@pytest.mark.parametrize("layout", ["md", "txt"])
@pytest.mark.parametrize("note", [
    "Overall survival did not reach statistical significance; do not call it a benefit.",
    "Speaker note: say that the OS primary endpoint was not met.",
    "Do not forget: overall survival missed its prespecified significance boundary.",
    "OS: never reached statistical significance at the final analysis.",
])
def test_a_real_statement_beside_an_instruction_still_satisfies(lint_piece, linter_for, layout, note):
    assert f001(lint_piece, linter_for, layout, note) == []


@pytest.mark.parametrize("sentence, word, expected", [
    ("Do not call this a benefit.", "not", True),
    ("SN: don't claim an advantage.", "n't", True),
    ("- Please do not imply it.", "not", True),
    ("Present the data; do not overstate them.", "not", True),
    ("Never describe the result as improved.", "Never", True),
    ("The endpoint did not reach significance.", "not", False),
    ("Patients who do not respond may stop.", "not", False),
    ("It was never reached.", "never", False),
    ("Never significant at any cut-off.", "Never", False),
])
def test_instruction_is_a_clause_opening_negated_do_or_never_before_saying(sentence, word, expected):
    at = sentence.index(word)
    nxt = sentence[at + len(word):].split()[0].strip(".,;:")
    assert instruction(sentence, at, nxt) is expected
