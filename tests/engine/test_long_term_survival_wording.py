"""Survival to two years in the words of survivors ('survived ≥2 years', 'alive at 2 years or more',
'lived two years or more', '2-year survivors') is the library's long-term-survival figure where it
holds one (XOSPATA: 49/247 = 19.8%), else the OS rate at 2 years (BESPONSA: 22.8%); vocabulary in
reference/*.yaml (issue 11)."""

from __future__ import annotations

import pytest


BES = "Market: EU\n\nInotuzumab ozogamicin (BESPONSA) for adults with relapsed or refractory B-cell ALL.\n\n"
XOS = "XOSPATA (gilteritinib) for adults with relapsed or refractory FLT3-mutated AML.\n\n"

XOS_SENTENCES = [
    "In ADMIRAL, {v} of patients on XOSPATA vs 11.3% on salvage chemotherapy survived ≥2 years.",
    "In ADMIRAL, {v} of XOSPATA patients survived 2 years or more, against 11.3% with salvage chemotherapy.",
    "With XOSPATA, {v} of patients lived at least two years (salvage chemotherapy: 11.3%).",
    "In ADMIRAL, {v} of XOSPATA patients vs 11.3% with salvage chemotherapy were alive at 2 years.",
    "Long-term outcome: {v} of patients treated with XOSPATA were alive at least two years after randomisation.",
]
BES_SENTENCES = [
    "In INO-VATE ALL, {v} of BESPONSA patients vs 10.0% with chemotherapy survived ≥2 years.",
    "With BESPONSA, {v} of patients survived 2 years or more (vs 10.0% with standard chemotherapy).",
    "In INO-VATE ALL, {v} of BESPONSA patients vs 10.0% with chemotherapy were alive at 2 years.",
    "Two-year survivors: {v} (BESPONSA) vs 10.0% (chemotherapy).",
    "The 2-year survival rate was {v} with BESPONSA and 10.0% with chemotherapy.",
]


def _values(lint_piece, body):
    return [(f.rule, f.expected, f.found) for f in lint_piece(body + "\n", "piece.txt",
                                                              rules=("V001", "V002", "U001"))]


@pytest.mark.parametrize("sentence", XOS_SENTENCES)
def test_xospata_survivors_wording(lint_piece, sentence):
    assert _values(lint_piece, XOS + sentence.format(v="19.8%")) == []
    got = _values(lint_piece, XOS + sentence.format(v="24.8%"))
    assert got == [("V001", "19.8%", "24.8%")], got


@pytest.mark.parametrize("sentence", BES_SENTENCES)
def test_besponsa_survivors_wording(lint_piece, sentence):
    assert _values(lint_piece, BES + sentence.format(v="22.8%")) == []
    got = _values(lint_piece, BES + sentence.format(v="25.8%"))
    assert got == [("V001", "22.8%", "25.8%")], got


def test_the_projected_two_year_rate_stays_the_os_rate(lint_piece):
    # the Kaplan-Meier 2-year survival (20.6%), as the drafts say it, is not the survivors' share
    for s in ("Projected 2-year survival was 20.6% with XOSPATA vs 14.2% with salvage chemotherapy.",
              "In ADMIRAL, 20.6% of XOSPATA patients vs 14.2% with salvage chemotherapy were alive at 2 years."):
        assert _values(lint_piece, XOS + s) == []
