"""A pointer sends the reader to the full Prescribing Information / SmPC as a whole (F003 US,
F005 EU). A sentence that names the document next to a pointer word without sending the reader
to it does not stand in for the pointer (``named_only`` in the rule packs, NamedOnly in
required_content.py): the document cited as a source or a yardstick ("the summary above agrees
with the SmPC", "figures shown here are taken from the PI"), one of its parts sent to for one
detail ("if a dose is delayed, see section 4.2 of the SmPC"), a row's value about one topic
("Delayed dose ...... see SmPC"), the pointer named as what a piece must carry ("every piece built
from these rows must also carry a pointer to the full PI"). A sentence that sends to the whole ("before prescribing",
"full", "complete") still points, whatever part it names. Texts written for this test."""

from __future__ import annotations

import pytest
from rulepack_helpers import POINTER_RULE as RULE
from rulepack_helpers import lint_pointer_piece as lint


#: the pointer gone: only a sentence that names the document without sending the reader to it
NAMED_ONLY = [
    # cited as a source or a yardstick, a pointer word ("above", "here", "below") about something else
    ("EU", "page.txt", "The efficacy summary above agrees with the approved Summary of Product Characteristics."),
    ("EU", "page.md", "Remission figures shown here are taken from the BESPONSA SmPC."),
    ("EU", "page.txt", "Everything below is in line with the current Summary of Product Characteristics (SmPC)."),
    ("US", "page.md", "The efficacy overview below is consistent with the Prescribing Information."),
    ("US", "page.md", "Values shown here are based on the PI."),
    # one part of the document, for one detail
    ("EU", "page.txt", "If a dose is delayed, see section 4.2 of the SmPC."),
    ("EU", "page.md", "Dose adjustments for liver toxicity: see SmPC, section 4.2."),
    ("EU", "page.txt", "For infusion timing, refer to the SmPC administration table."),
    ("US", "page.md", "For patients with hepatic impairment, see section 8.6 of the Prescribing Information."),
    # the value of a row about one topic: a dot-leader row, a table row, a continuation line
    ("EU", "page.txt", "Dosing at a glance\n\n Starting dose ........... 0.8 mg/m2 on day 1\n"
                       " Delayed dose ............ see SmPC\n Premedication .......... required"),
    ("EU", "page.md", "| Topic | Guidance |\n|---|---|\n| Delayed dose | see the SmPC |\n| Premedication | required |"),
    ("EU", "page.txt", "Dosing at a glance\n\n Delayed dose ............ give the next dose as planned;\n"
                       "                           see SmPC\n"),
    ("US", "page.md", "| Topic | Guidance |\n|---|---|\n| Missed infusion | see PI |"),
    ("EU", "page.html", "<table><tr><td>Delayed dose</td><td>see the SmPC</td></tr>"
                        "<tr><td>Premedication</td><td>required</td></tr></table>"),
    ("US", "page.html", "<p>All figures on this page are drawn from the Prescribing Information.</p>"),
    # the pointer named as what a piece must carry: a brief for it, not the pointer itself
    ("US", "page.md", "Any material that reuses these rows must also carry the indication, the Boxed Warning "
                      "and a pointer to the full Prescribing Information."),
    ("US", "page.txt", "Checklist for agencies: every asset should include a link to the complete PI."),
    ("EU", "page.md", "Local adaptations need to add a reference to the current SmPC\nat the foot of each page."),
    ("EU", "page.html", "<ul><li>Each slide you build from this kit has to keep the signpost to the full SmPC.</li></ul>"),
]


@pytest.mark.parametrize("market,name,body", NAMED_ONLY)
def test_a_sentence_that_only_names_the_document_is_no_pointer(lint_piece, linter_for, market, name, body):
    (f,) = lint(lint_piece, linter_for, market, body, name)
    assert f.rule == RULE[market] and f.line == 1


#: a pointer to the whole document, whatever part, source or row it also names
POINTERS = [
    ("EU", "page.txt", "Please read the SmPC, in particular sections 4.2 and 4.4, before prescribing."),
    ("EU", "page.md", "For complete prescribing information, see SmPC sections 4.1 to 4.9."),
    ("EU", "page.txt", "Prescribers should consult the full SmPC, section 4.4 included."),
    ("EU", "page.txt", "Dosing at a glance\n\n Prescribing information ........ see SmPC\n"),
    ("EU", "page.md", "| Item | Where |\n|---|---|\n| Before prescribing | consult the SmPC |"),
    ("EU", "page.txt", "The summary above agrees with the SmPC. Please consult the SmPC before prescribing."),
    ("US", "page.md", "The overview below is consistent with the Prescribing Information; please review it before prescribing."),
    ("US", "page.md", "See section 8.6 of the full Prescribing Information, including the Boxed Warning."),
    ("US", "page.md", "Please see the accompanying Prescribing Information, including the Boxed Warning."),
    ("EU", "page.html", "<table><tr><td>Prescribing information</td><td>see the SmPC</td></tr></table>"),
    ("EU", "page.txt", "At a glance\n\n Prescribing ............ consult the SmPC\n"),
    # a footer line with bars is no table row: its pointer counts
    ("EU", "page.txt", "Job code EX-0001, May 2024 | Please consult the SmPC"),
    ("EU", "page.html", "<p>Job code EX-0001, May 2024 | Please consult the SmPC</p>"),
    # a duty put on the reader, not on a piece: a pointer ("you must read …")
    ("US", "page.md", "You must read the full Prescribing Information before prescribing."),
    ("EU", "page.txt", "Prescribers should refer to the SmPC before prescribing; a link to the SmPC is given below."),
    # a brief for the pointer next to the pointer itself
    ("US", "page.md", "Pieces built from these claims must carry a pointer to the full PI. "
                      "Please see the accompanying full Prescribing Information, including the Boxed Warning."),
]


@pytest.mark.parametrize("market,name,body", POINTERS)
def test_a_pointer_to_the_whole_document_still_counts(lint_piece, linter_for, market, name, body):
    assert lint(lint_piece, linter_for, market, body, name) == []


UK = ("BESPONSA in relapsed disease \u2013 for UK healthcare professionals\n\n"
      "\u25bc This medicinal product is subject to additional monitoring.\n\n"
      "Remission (CR/CRi) reached 80.7% with BESPONSA against 29.4% with standard chemotherapy; "
      "{source}\n\n{pointer}\n\n"
      "Adverse events should be reported. Reporting forms and information can be found at the Yellow Card "
      "website.\n")


def test_a_uk_piece_that_names_the_smpc_only_as_a_source_may_point_to_its_prescribing_information(lint_piece, linter_for):
    text = UK.format(source="the figures are taken from the SmPC.",
                     pointer="Prescribing information can be found overleaf.")
    assert lint_piece(text, "uk.txt", linter=linter_for("EU"), rules="F005", lint_file=True) == []


def test_a_uk_piece_with_neither_pointer_is_still_reported(lint_piece, linter_for):
    text = UK.format(source="the figures are taken from the SmPC.", pointer="")
    (f,) = lint_piece(text, "uk.txt", linter=linter_for("EU"), rules="F005", lint_file=True)
    assert f.line == 1


def test_a_uk_piece_sent_to_a_part_of_the_smpc_must_still_point_to_the_smpc(lint_piece, linter_for):
    # sending the reader to a section of the SmPC makes the SmPC the piece's document
    text = UK.format(source="for the dose modifications, see section 4.2 of the SmPC.",
                     pointer="Prescribing information can be found overleaf.")
    (f,) = lint_piece(text, "uk.txt", linter=linter_for("EU"), rules="F005", lint_file=True)
    assert f.line == 1


def test_a_uk_abbreviated_prescribing_information_pointer_citing_the_smpc_still_counts(lint_piece, linter_for):
    text = UK.format(source="see the table below.",
                     pointer="Abbreviated prescribing information, consistent with the SmPC, is provided overleaf.")
    assert lint_piece(text, "uk.txt", linter=linter_for("EU"), rules="F005", lint_file=True) == []
