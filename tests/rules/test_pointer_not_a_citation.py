"""A pointer to the full Prescribing Information / SmPC tells the reader to consult it; a
reference-list entry, a "Source: …" line or a site menu item only names the document and does not
stand in for the pointer (F003 US, F005 EU). Texts written for this test, in several layouts."""

from __future__ import annotations

import pytest
from rulepack_helpers import US_PIECE_TOP

US_TOP = ("---\nmarket: US\n---\n{menu}\n# BESPONSA and remission\n\n" + US_PIECE_TOP
          + "Remission (CR/CRi) reached 80.7% with BESPONSA against 29.4% with standard chemotherapy.\u00b9\n\n"
          "{pointer}\n\n{tail}\n")
EU_TOP = ("Market: EU\n{menu}\nBESPONSA in relapsed disease\n\n"
          "\u25bc This medicinal product is subject to additional monitoring.\n\n"
          "Remission (CR/CRi) reached 80.7% with BESPONSA against 29.4% with standard chemotherapy.1\n\n"
          "{pointer}\n\n{tail}\n")

MENUS = {"US": "Home | Efficacy | Dosing | Full Prescribing Information\n",
         "EU": "Home \u00b7 Clinical data \u00b7 Safety \u00b7 Summary of Product Characteristics\n"}
CITATIONS = {"US": ["References\n\n1. BESPONSA (inotuzumab ozogamicin) full Prescribing Information. Pfizer Inc; 2024.",
                    "Source: BESPONSA full Prescribing Information (2024)."],
             "EU": ["References\n\n[1] BESPONSA Summary of Product Characteristics, available from the EMA; 2023.",
                    "Sources: BESPONSA SmPC, section 5.1 (2023)."]}
POINTERS = {"US": "Before prescribing, please review the full Prescribing Information, including the Boxed Warning.",
            "EU": "Prescribers should consult the Summary of Product Characteristics before prescribing."}
RULE = {"US": "F003", "EU": "F005"}


def lint(lint_piece, linter_for, market, text, name):
    return lint_piece(text, name, linter=linter_for(market), rules=RULE[market], lint_file=True)


def draft(market, pointer, tail, menu=True):
    top = US_TOP if market == "US" else EU_TOP
    return top.format(menu=MENUS[market] if menu else "", pointer=pointer, tail=tail)


@pytest.mark.parametrize("market", ["US", "EU"])
@pytest.mark.parametrize("which", [0, 1])
def test_without_the_pointer_a_menu_and_a_citation_do_not_satisfy_it(lint_piece, linter_for, market, which):
    text = draft(market, "", CITATIONS[market][which])
    (f,) = lint(lint_piece, linter_for, market, text, "page.md" if market == "US" else "page.txt")
    assert f.line == 1


@pytest.mark.parametrize("market", ["US", "EU"])
@pytest.mark.parametrize("which", [0, 1])
def test_the_pointer_beside_a_menu_and_citations_satisfies_it(lint_piece, linter_for, market, which):
    text = draft(market, POINTERS[market], CITATIONS[market][which])
    assert lint(lint_piece, linter_for, market, text, "page.md" if market == "US" else "page.txt") == []


@pytest.mark.parametrize("pointer", ["1. Please consult the full Prescribing Information before prescribing.",
                                     "- Review the full Prescribing Information (revised 2024) before prescribing.",
                                     "Full Prescribing Information: https://example.com/pi \u2014 review it before use."])
def test_a_numbered_bulleted_or_labelled_pointer_still_counts(lint_piece, linter_for, pointer):
    text = draft("US", pointer, "", menu=False)
    assert lint(lint_piece, linter_for, "US", text, "page.md") == []
