"""U001 for a change the product is said to make, stated after its size: "inpatient days were about 30%
lower with X", "40% fewer transfusions with X", "a 20% shorter hospital stay" -- the class of "reduced
... by 30%", written the other way round. A relative change that a ratio of its sentence (or the
library's ratio of its endpoint) backs is A005's to judge, not an invented figure; a threshold ("20%
or more"), a share of patients and a CI's lower limit are no change. Texts written for this test."""

from __future__ import annotations

import pytest

BES = ("BESPONSA (inotuzumab ozogamicin) for adults with relapsed or refractory B-cell precursor ALL.\n\n"
       "In INO-VATE ALL, CR/CRi was reached by 80.7% of BESPONSA patients and 29.4% of chemotherapy patients "
       "(first 218 randomized).\n\n")
XOS = ("XOSPATA (gilteritinib) for relapsed or refractory FLT3-mutated AML.\n\n"
       "In ADMIRAL, XOSPATA achieved CR/CRh in 34.0% of patients.\n\n")


def _found(lint_piece, head: str, body: str, name: str = "piece.md") -> list[tuple[str, int]]:
    return sorted((f.rule, f.line) for f in lint_piece(head + body + "\n", name, rules={"U001", "V001"}))


@pytest.mark.parametrize("head,body,name", [
    (BES, "Hospital stays were roughly 30% shorter with BESPONSA than with chemotherapy.", "piece.md"),
    (BES, "On the plus side, inpatient days were about 27% lower with BESPONSA.", "piece.txt"),
    (XOS, "Patients on XOSPATA needed 45% fewer red-cell transfusions than those given salvage chemotherapy.",
     "piece.md"),
    (XOS, "XOSPATA brought a 35% reduction in emergency visits compared with chemotherapy.", "piece.html"),
])
def test_a_change_stated_after_its_size_that_no_entry_holds_is_unsupported(lint_piece, head, body, name):
    if name.endswith(".html"):
        body = f"<p>{body}</p>"
        head = "".join(f"<p>{p}</p>" for p in head.split("\n\n") if p)
        assert [r for r, _ in _found(lint_piece, head, body, name)] == ["U001"]
    else:
        assert _found(lint_piece, head, body, name) == [("U001", 5)]


@pytest.mark.parametrize("head,body", [
    # a ratio of the sentence backs the relative change (A005 checks it)
    (BES, "For overall survival, BESPONSA gave a 25% lower risk than chemotherapy (HR 0.75; 97.5% CI "
          "0.57-0.99); the primary endpoint of overall survival was not met."),
    # thresholds and shares of patients are no change
    (BES, "Adverse reactions reported in 20% or more of BESPONSA patients are listed below."),
    (XOS, "Grade 3 or higher adverse reactions were reported; see the full Prescribing Information."),
    (BES, "Of the BESPONSA patients, 80.7% reached CR/CRi, so 51.3 percentage points more than with chemotherapy."),
])
def test_ratios_thresholds_and_shares_are_no_invented_change(lint_piece, head, body):
    assert _found(lint_piece, head, body) == []
