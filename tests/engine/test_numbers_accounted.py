"""Issue 11 item 3: every number about the product is accounted for (consistent, V001, V002 or U001).

Classes of this file (sentences and rows written for it; facts from the shipped claims libraries):

1. an endpoint written only as its bare abbreviation ("CR" for XOSPATA's complete-remission rate,
   next to "CR/CRh") is read: its figures are judged against that entry, a wrong one is V001, a
   pair written the other way round is V002;
2. plain-text dot-leader rows ("Label ........ value"): each row is one sentence, its values go
   with its own label, never with the row above or below.
"""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document
from claimcheck.sentences import sentence_spans

RULES = {"V001", "V002", "U001"}

XOS = "XOSPATA (gilteritinib) for adults with relapsed or refractory FLT3-mutated AML.\n\n"
BES = "Inotuzumab ozogamicin (BESPONSA) for adults with relapsed or refractory B-cell ALL.\n\n"


def _findings(linter, tmp_path, body: str, name: str = "piece.txt"):
    path = tmp_path / name
    path.write_text(body + "\n", encoding="utf-8")
    return [f for f in linter.lint_document(read_document(path)) if f.rule in RULES]


# ---------------------------------------------------------------- 1. bare "CR"
@pytest.mark.parametrize("body, rule, expected, found", [
    (XOS + "Remission in ADMIRAL, XOSPATA vs salvage chemotherapy:\n\n"
           "* CR/CRh: 34.0% vs 15.3%\n* CR: 21.1% vs 12.5%", "V001", "10.5%", "12.5%"),
    (XOS + "Remission in ADMIRAL, XOSPATA vs salvage chemotherapy:\n\n"
           "* CR/CRh: 34.0% vs 15.3%\n* CR: 10.5% vs 21.1%", "V002", "21.1%", "10.5%"),
])
def test_bare_cr_row_is_the_cr_rate(linter, tmp_path, body, rule, expected, found):
    findings = _findings(linter, tmp_path, body)
    assert findings and findings[0].rule == rule and findings[0].line == 6, findings
    assert findings[0].expected == expected and findings[0].found == found


def test_bare_cr_rows_as_published_raise_nothing(linter, tmp_path):
    body = XOS + ("In ADMIRAL, 21.1% of patients given XOSPATA reached CR, against 10.5% with salvage "
                  "chemotherapy; CR/CRh was 34.0% vs 15.3%.")
    assert _findings(linter, tmp_path, body) == []
