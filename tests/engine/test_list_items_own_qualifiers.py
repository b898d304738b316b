"""A sentence that lists several items, each value with words of its own (its population, subgroup,
time point, trial or risk factor), judges each value against the entry its OWN item names, never
the one another item of the list names ("MRD negativity was 68% in first salvage and 48% in second
salvage, and 87.0% ... within two cycles": the time point is the 87.0%'s, not the 48%'s;
"associated with A (OR 8.61), B (OR 7.08) and C (OR 6.02)": 7.08 is B's odds ratio, not A's;
"14% of adults in INO-VATE ALL; 15% of pediatric patients": the trial is the 14%'s, the children
the 15%'s). Correct lists are clean in every layout (value before or after its words, "and",
commas, semicolons, brackets, bullets), and a changed value is a V001 against its own item's entry.
Texts written for this test; facts of the shipped BESPONSA library."""

from __future__ import annotations

import pytest

from claimcheck.documents.base import Document

MRD = {
    "after-and": "MRD negativity among BESPONSA responders was {a}% in first salvage and {b}% in second salvage, "
                 "and 87.0% (80/92) of patients who achieved MRD-negative CR/CRi did so within two cycles.",
    "before-semicolon": "MRD negativity among BESPONSA responders was: in first salvage, {a}%; in second salvage, {b}%; "
                        "within two cycles, 87.0% (80/92) of those who became MRD-negative.",
    "brackets": "MRD negativity among BESPONSA responders: first salvage ({a}%), second salvage ({b}%), "
                "reached within two cycles (87.0%).",
    "bullets": "MRD negativity among BESPONSA responders:\n\n- first salvage: {a}%\n- second salvage: {b}%\n"
               "- reached within two cycles: 87.0% (80/92)\n",
}
MRD_HEAD = "# BESPONSA: depth of response\n\nPost hoc analyses (Jabbour et al, Leuk Res 2020), exploratory.\n\n"

ODDS = {
    "before": "In an exploratory multivariate analysis, post-HSCT VOD/SOS with BESPONSA was associated with "
              "dual-alkylator conditioning (OR {c}; 95% CI, 1.52–48.86), a bilirubin ≥ULN before conditioning "
              "(OR {d}; 95% CI, 1.56–32.06) and prior HSCT (OR {e}; 95% CI, 1.17–31.00).",
    "after": "In an exploratory multivariate analysis of BESPONSA, the odds ratios for post-HSCT VOD/SOS were "
             "{c} (95% CI, 1.52–48.86) for dual-alkylator conditioning, {d} (95% CI, 1.56–32.06) for a "
             "bilirubin ≥ULN before conditioning and {e} (95% CI, 1.17–31.00) for prior HSCT.",
    "reordered": "In an exploratory multivariate analysis, post-HSCT VOD/SOS with BESPONSA was associated with "
                 "prior HSCT (OR {e}; 95% CI, 1.17–31.00), a bilirubin ≥ULN before conditioning (OR {d}; 95% CI, "
                 "1.56–32.06) and dual-alkylator conditioning (OR {c}; 95% CI, 1.52–48.86).",
}
ODDS_HEAD = "# BESPONSA: the liver and transplant\n\n"

VOD = {
    "semicolon": "Hepatotoxicity/VOD with BESPONSA: {f}% of adults (23/164) in INO-VATE ALL; {g}% of pediatric "
                 "patients (8/53).",
    "and": "With BESPONSA, hepatotoxicity, including VOD, occurred in {f}% of adults in INO-VATE ALL and in {g}% "
           "of pediatric patients.",
    "children-first": "With BESPONSA, VOD was reported in {g}% of pediatric patients and {f}% of adults "
                      "(INO-VATE ALL).",
}
VOD_HEAD = "# BESPONSA: hepatotoxicity\n\n"

RIGHT = {"a": "68", "b": "48", "c": "8.61", "d": "7.08", "e": "6.02", "f": "14", "g": "15"}
ENTRY = {"a": "jabbour-2020-mrd.mrd-negativity.first-salvage", "b": "jabbour-2020-mrd.mrd-negativity.second-salvage",
         "c": "ino-vate-all.vod.or.dual-alkylator", "d": "ino-vate-all.vod.or.bilirubin-pre-conditioning",
         "e": "ino-vate-all.vod.or.prior-hsct", "f": "uspi.vod", "g": "pediatric.vod"}


def _findings(linter, head, text, market):
    doc = Document(path="piece.md", text=head + text + "\n", format="markdown")
    doc.metadata["market"] = market
    return [(f.rule, f.reference_id) for f in linter.lint_document(doc) if f.rule in ("V001", "V002", "U001")]


TOPICS = {
    "population": (MRD_HEAD, MRD, "EU", (("a", "64"), ("b", "50"), ("b", "58"))),
    "risk-factor": (ODDS_HEAD, ODDS, "EU", (("c", "8.16"), ("d", "7.18"), ("e", "6.20"))),
    "trial-and-population": (VOD_HEAD, VOD, "US", (("f", "16"), ("g", "17"))),
}


@pytest.mark.parametrize("topic", sorted(TOPICS))
def test_each_item_confirmed_by_its_own_entry(full_linter, topic):
    head, layouts, market, _ = TOPICS[topic]
    got = {(name, m): _findings(full_linter, head, template.format(**RIGHT), m)
           for name, template in layouts.items() for m in sorted({market, "EU"})}
    assert got == {k: [] for k in got}


@pytest.mark.parametrize("topic", sorted(TOPICS))
def test_changed_value_is_a_mismatch_with_its_own_item(full_linter, topic):
    head, layouts, market, changes = TOPICS[topic]
    got, want = {}, {}
    for name, template in layouts.items():
        for key, value in changes:
            got[name, key, value] = _findings(full_linter, head, template.format(**dict(RIGHT, **{key: value})), market)
            want[name, key, value] = [("V001", ENTRY[key])]
    assert got == want
