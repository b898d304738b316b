"""An indication given as the answer to a question about the use (FAQ and Q&A layouts).

"Q1. Which patients is EXAMPLIMAB indicated for?" over "A1. Adults with …": the answer is a
fragment with no cue of its own; the question is its label. It is found as the statement (no
"indication missing"), its slots are compared (a narrowed answer is reported at the answer's
line), and a question about something else labels nothing. Texts written for this test.
"""

from __future__ import annotations

import pytest
from rulepack_helpers import doc

PI = "Please see the full Prescribing Information, including the Boxed Warning.\n"
ANSWER = ("Adults with relapsed or refractory acute myeloid leukemia (AML) with a FLT3 mutation, "
          "as detected by an FDA-approved test.")

LAYOUTS = {
    "numbered-txt": ("piece.txt", "Q1. Which patients is XOSPATA indicated for?\nA1. {a}\n\nQ2. What dose?\n"
                                  "A2. 120 mg once daily.\n"),
    "letters-wrapped-txt": ("piece.txt", "Q: Who is XOSPATA approved for?\nA:  Adults with relapsed or "
                                         "refractory acute myeloid\n    leukemia (AML) with a FLT3 mutation, as "
                                         "detected by an\n    FDA-approved test.\n"),
    "markdown-bold": ("piece.md", "**What is XOSPATA indicated for?**\n\n{a}\n"),
    "html": ("piece.html", "<html><body><h3>What is the approved use of XOSPATA?</h3><p>{a}</p></body></html>"),
}


def i004(linter_for, name, text):
    return [f for f in linter_for("US").lint_document(doc(text, name)) if f.rule == "I004"]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_answer_to_a_question_about_the_use_is_the_statement(linter_for, layout):
    name, body = LAYOUTS[layout]
    text = body.replace("{a}", ANSWER)
    if name != "piece.html":
        text += "\n" + PI
    else:
        text = text.replace("</body>", f"<p>{PI}</p></body>")
    assert i004(linter_for, name, text) == []


def test_a_narrowed_answer_is_reported_at_its_line(linter_for):
    text = ("XOSPATA FAQ\n\nQ1. Which patients is XOSPATA indicated for?\n"
            "A1. Adults with relapsed or refractory acute myeloid leukemia (AML).\n\n" + PI)
    found = i004(linter_for, "piece.txt", text)
    assert len(found) == 1 and found[0].line == 4 and "FLT3" in found[0].message


def test_a_question_about_something_else_labels_nothing(linter_for):
    text = ("XOSPATA FAQ\n\nQ1. Which patients were enrolled in the trial?\n"
            "A1. Adults with relapsed or refractory acute myeloid leukemia (AML) with a FLT3 mutation.\n\n" + PI)
    found = i004(linter_for, "piece.txt", text)
    assert len(found) == 1 and "no statement" in found[0].message
