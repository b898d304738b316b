"""A question in bold (or after "Q:") with its answer on the same line: the question and the
answer are two sentences (sentences.py: a closing emphasis mark after the stop), so the answer's
figures are matched and checked on their own and the question claims nothing."""

from __future__ import annotations

import pytest

from claimcheck.sentences import sentence_spans


def _lint(lint_piece, line: str, name: str = "p.md"):
    return lint_piece(f"# Results\n\nIn the phase 3 INO-VATE ALL study:\n\n{line}\n", name,
                      rules=("V001", "V002", "U001"))


FORMS = [
    "**Did BESPONSA improve remission rates?** Yes: CR/CRi was {v}% with BESPONSA vs 29.4% with standard of care.",
    "__Were more patients in remission?__ CR/CRi was {v}% with BESPONSA versus 29.4% with SC.",
    "*How many patients achieved CR/CRi?* With BESPONSA, {v}% vs 29.4% with standard of care.",
    "- **Was remission more frequent?** Yes. CR/CRi: {v}% (BESPONSA) vs 29.4% (SC).",
    "Q: How often was CR/CRi achieved? A: In {v}% of patients with BESPONSA vs 29.4% with SC.",
]


@pytest.mark.parametrize("form", FORMS)
def test_question_and_answer_are_two_sentences(form):
    text = form.format(v="80.7")
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert len(spans) >= 2 and spans[0].rstrip("*_").endswith("?") and "80.7" in spans[-1]


@pytest.mark.parametrize("form", FORMS)
def test_the_correct_answer_is_clean(lint_piece, form):
    assert _lint(lint_piece, form.format(v="80.7")) == []


@pytest.mark.parametrize("form", FORMS)
def test_a_wrong_answer_is_a_value_mismatch(lint_piece, form):
    found = _lint(lint_piece, form.format(v="88.7"))
    assert [f.rule for f in found] == ["V001"] and "80.7" in found[0].message


@pytest.mark.parametrize("tag", ["strong", "b"])
def test_html_bold_question(lint_piece, tag):
    body = (f"<h1>Results</h1><p>In the phase 3 INO-VATE ALL study:</p><p><{tag}>Did BESPONSA improve "
            f"remission rates?</{tag}> Yes: CR/CRi was {{v}}% with BESPONSA vs 29.4% with standard of care.</p>")
    assert lint_piece(body.format(v="80.7"), "p.html", rules=("V001", "V002", "U001")) == []
    found = lint_piece(body.format(v="88.7"), "p.html", rules=("V001", "V002", "U001"))
    assert [f.rule for f in found] == ["V001"]


@pytest.mark.parametrize("text", [
    "Grade 3 AEs were 2.5** in the table",      # a stray mark after a decimal: no new break
    "CR/CRi was 80.7% (**p<0.001**). The rate",  # bold inside brackets: one break at the stop
    "Use **bold**, then text.",
])
def test_emphasis_elsewhere_adds_no_break(text):
    n_stops = sum(text.count(c) for c in ".!?") - text.count("0.0") - text.count("2.5")
    assert len(sentence_spans(text)) <= n_stops + 1


@pytest.mark.parametrize("text", [
    "**Hepatotoxicity.** It was reported in 24% of patients.",
    "- **Thrombocytopenia.** Seen in 81% of patients.",
    "__Febrile neutropenia.__ Reported in 26% of patients.",
])
def test_a_bold_run_in_label_stays_with_its_text(text):
    assert len(sentence_spans(text)) == 1
