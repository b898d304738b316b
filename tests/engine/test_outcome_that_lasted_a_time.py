"""U001 for the rate of keeping an outcome for a time ("MRD negativity was sustained for at least 12
months in 61%", "remission maintained beyond 6 months in 40%", "a response lasting 9 months or more in
33%"): another figure than the rate of reaching it, which no entry holds where no entry of the endpoint
says how long it lasted (data/outcomes.yaml durability, durability_terms) -- whoever "these patients"
are, and whether the value happens to be near the rate of reaching it (then it is no V001 against it).
Near-misses: the rate of reaching the outcome, a time point of survival the library holds, a duration
of remission the library holds (its entry says so). Texts written for this test."""

from __future__ import annotations

import pytest

BES = ("BESPONSA (inotuzumab ozogamicin) for adults with relapsed or refractory B-cell precursor ALL.\n\n"
       "In INO-VATE ALL, 69 of 88 BESPONSA responders (78.4%) and 9 of 32 chemotherapy responders (28.1%) "
       "reached MRD negativity.\n\n")
XOS = ("XOSPATA (gilteritinib) for relapsed or refractory FLT3-mutated AML.\n\n"
       "In ADMIRAL, XOSPATA achieved CR/CRh in 34.0% of patients.\n\n")


def _found(lint_piece, head: str, body: str, name: str = "piece.md") -> list[tuple[str, int]]:
    return sorted((f.rule, f.line) for f in lint_piece(head + body + "\n", name, rules={"U001", "V001"}))


@pytest.mark.parametrize("head,body,name", [
    (BES, "MRD negativity was sustained for at least 12 months in 61% of these patients.", "piece.md"),
    (BES, "With BESPONSA, MRD negativity was maintained beyond 6 months in 74% of responders.", "piece.txt"),
    (XOS, "The CR/CRh with XOSPATA lasted 9 months or more in 29% of patients who reached it.", "piece.md"),
    (XOS, "Among XOSPATA patients, CR/CRh persisted for over 12 months in 18%.", "piece.txt"),
])
def test_the_rate_of_keeping_an_outcome_is_unsupported(lint_piece, head, body, name):
    assert _found(lint_piece, head, body, name) == [("U001", 5)]


@pytest.mark.parametrize("head,body", [
    (BES, "MRD negativity was reached by 78.4% of BESPONSA responders."),
    (BES, "Overall survival at 2 years was 22.8% with BESPONSA and 10.0% with chemotherapy; the primary "
          "endpoint of overall survival was not met."),
])
def test_reaching_an_outcome_and_held_time_points_are_no_lasting(lint_piece, head, body):
    assert _found(lint_piece, head, body) == []
