import pytest
LINES = [
 "- Grade ≥3 ALT increase: 12%",
 "1. Grade ≥3 ALT increase: 12%",
 "2) Febrile neutropenia — 24 %",
 "(iii) discontinuation due to AEs in 9 of 164",
 "(a) Grade ≥3 ALT increase: 12%",
 "i. Grade ≥3 ALT increase: 12%",
 "Median follow-up 49.7 months (range 1.7–49.7).",
 "Median follow-up was 29.6 months (range, 0.1 to 47.2).",
 "Median follow-up was 26.9 months (range, 0.1 to 47.2).",
 "Follow-up: median 26.9 mo [IQR 12.1–35.0].",
]
@pytest.mark.parametrize("line", LINES)
def test_probe(lint_piece, line):
    f = lint_piece(f"# BESPONSA safety\n\nIn the phase 3 INO-VATE ALL study of BESPONSA vs standard of care:\n\n{line}\n", "p.md", rules=("V001","V002","U001"))
    print("PROBE", line, [(x.rule, x.message[:70]) for x in f])
