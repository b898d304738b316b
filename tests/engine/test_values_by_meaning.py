"""Issue 11, classes 1-3: numbers read by meaning on drafts the engine was not written against.

Each case copies one correct benchmark draft (bench/quality/drafts/, true to the claims library),
injects exactly one defect by replacing one substring, and asserts the finding of the expected rule
at the defect's line. The correct drafts themselves must raise no value or unsupported-claim finding.

1. extraction and attachment: the first value of "7.7 vs 6.2 months", arms given by a table's
   column header (Markdown pipe and HTML tables), "respectively" lists, the comparator after "vs",
   a hazard ratio (which belongs to no arm), arm synonyms ("w/ chemo");
2. a wrong value with known context is a mismatch (V001) or swap (V002), even inside the CI;
3. an invented figure about the product is unsupported (U001), whatever its kind; a number that
   only defines something (a threshold, a dose, a CI level) is not a claim.
"""

from __future__ import annotations

from pathlib import Path

import pytest


DRAFTS = Path(__file__).resolve().parents[2] / "bench" / "quality" / "drafts"
#: the rules of this area: value checks and unsupported claims
RULES = {"V001", "V002", "U001"}


def _lint(lint_piece, draft: str, old: str | None = None, new: str | None = None):
    source = DRAFTS / draft
    if not source.is_file():
        pytest.skip(f"benchmark draft {draft} not found")
    text = source.read_text(encoding="utf-8")
    line = None
    if old is not None:
        assert text.count(old) == 1, f"{old!r} must occur once in {draft}"
        at = text.index(old)
        same = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
        line = text[:at + same].count("\n") + 1  # the line of the first changed character
        if new[same:same + 1] == "\n":
            line += 1  # a line inserted after this one
        text = text.replace(old, new)
    findings = lint_piece(text, draft, rules=RULES)
    return findings, line


# (draft, original text, defective text, rule expected at that line)
CLASS_1 = [
    # the first value of a pair whose unit is written once
    ("bes-eu-b01.md", "Median OS was 7.7 vs 6.2 months", "Median OS was 7.4 vs 6.2 months", "V001"),
    ("bes-us-b04.txt", "Median OS: 7.7 vs 6.2 months", "Median OS: 7.3 vs 6.2 months", "V001"),
    ("bes-eu-b08.txt", "Median OS 7.7 and 6.2 months", "Median OS 7.3 and 6.2 months", "V001"),
    # arms from a Markdown pipe table's column header
    ("bes-us-b02.md", "| Median OS, all 326 | 7.7 months | 6.2 months |",
     "| Median OS, all 326 | 6.2 months | 7.7 months |", "V002"),
    ("bes-us-b02.md", "| CR/CRi, first 218 randomized | 80.7% (88/109) | 29.4% (32/109) |",
     "| CR/CRi, first 218 randomized | 80.7% (88/109) | 24.9% (32/109) |", "V001"),
    ("bes-eu-b11.md", "| Follow-up HSCT† | 48.2% | 21.6% |", "| Follow-up HSCT† | 21.6% | 48.2% |", "V002"),
    # ... and an HTML table's
    ("bes-us-b03.html", "<td>22.8%</td><td>10.0%</td>", "<td>10.0%</td><td>22.8%</td>", "V002"),
    ("bes-us-b03.html", "<td>7.7 (6.0-9.2)</td><td>6.2 (4.7-8.3)</td>",
     "<td>7.7 (6.0-9.2)</td><td>6.6 (4.7-8.3)</td>", "V001"),
    ("bes-eu-b03.html", "<td>80.7 (72.1–87.7)</td><td>29.4 (21.0–38.8)</td>",
     "<td>29.4 (72.1–87.7)</td><td>80.7 (21.0–38.8)</td>", "V002"),
    # ... with a two-row header (arms under "All grades" and "Grade ≥3")
    ("bes-us-b08.html", "<tr><td>Thrombocytopenia</td><td>45%</td><td>61%</td><td>20%</td><td>47%</td></tr>",
     "<tr><td>Thrombocytopenia</td><td>45%</td><td>61%</td><td>47%</td><td>20%</td></tr>", "V002"),
    # ... and dose groups as columns
    ("bes-us-b06.md", "| Discontinuation due to adverse events | 14.9% | 19.2% |",
     "| Discontinuation due to adverse events | 19.2% | 14.9% |", "V002"),
    # an endpoint named after a pair belongs to the values after it, not to that pair
    # (the dose groups are named two lines up, so which group 17.2% is meant for is not known: a
    # mismatch cannot be called, but the figure no entry backs must not pass either)
    ("bes-eu-b12.md", "discontinuation because of adverse events in 14.9% vs 19.2%",
     "discontinuation because of adverse events in 14.9% vs 17.2%", "V001|U001"),
    # more phrasings of a pair with one unit
    ("bes-eu-b06.md", "median OS 7.7 versus 6.2 months", "median OS 7.1 versus 6.2 months", "V001"),
    ("bes-eu-b15.md", "median 7.7 vs 6.2 months", "median 7.5 vs 6.2 months", "V001"),
    # "respectively" lists: arms after the values, endpoints before them
    ("bes-eu-b08.txt", "CR/CRi rates of 80.7% and 29.4% for BESPONSA and chemotherapy, respectively",
     "CR/CRi rates of 29.4% and 80.7% for BESPONSA and chemotherapy, respectively", "V002"),
    ("bes-us-b11.md", "reported in 14% and 39% of adult BESPONSA patients, respectively",
     "reported in 14% and 33% of adult BESPONSA patients, respectively", "V001"),
    # the comparator after "vs" when only the product is named
    ("bes-us-b11.md", "proceeded to hematopoietic stem cell transplant: 48% vs 22%.",
     "proceeded to hematopoietic stem cell transplant: 22% vs 48%.", "V002"),
    ("bes-eu-b10.txt", "versus 35 of 162 (21.6%)", "versus 35 of 162 (12.6%)", "V001"),
    # a comparator named with an abbreviation
    ("bes-us-b09.md", "80.7% vs 29.4% w/ chemo", "80.7% vs 24.9% w/ chemo", "V001"),
    # dot-leader rows: sentence splitting cuts each row at its leader, arms only in the header line:
    # the pair is judged together (matching.Matcher.match_pairs)
    ("bes-us-b15.txt", "43.3% vs 11.1%", "43.3% vs 17.1%", "V001"),
    ("bes-us-b15.txt", "7.7 vs 6.2 months; HR", "7.7 vs 6.7 months; HR", "V001"),
    ("bes-us-b15.txt", "22.8% vs 10.0%", "10.0% vs 22.8%", "V002"),
]

CLASS_2 = [
    # a hazard ratio inside its own CI
    ("bes-eu-b01.md", "(HR 0.75; 97.5% CI 0.57–0.99)", "(HR 0.72; 97.5% CI 0.57–0.99)", "V001"),
    ("bes-us-b01.md", "(HR 0.75; 97.5% CI, 0.57-0.99)", "(HR 0.79; 97.5% CI, 0.57-0.99)", "V001"),
    ("bes-eu-b10.txt", "hazard ratio 0.75;", "hazard ratio 0.70;", "V001"),
    # a median off by more than a slip of the last digit
    ("bes-eu-b07.md", "median overall survival was 7.7 months with BESPONSA",
     "median overall survival was 7.4 months with BESPONSA", "V001"),
    ("bes-us-b06.md", "median OS was 7.7 months with BESPONSA vs 6.2 months",
     "median OS was 7.7 months with BESPONSA vs 6.8 months", "V001"),
    ("bes-eu-b14.md", "Median overall survival: 7.7 months (BESPONSA) vs 6.2 months (SC)",
     "Median overall survival: 7.7 months (BESPONSA) vs 6.8 months (SC)", "V001"),
    # a subgroup rate with transposed digits, and a follow-up time
    ("bes-eu-b07.md", "- first salvage: 87.7% vs 28.8%", "- first salvage: 78.7% vs 28.8%", "V001"),
    ("bes-eu-b03.html", "Median duration of follow-up: 29.6 months.", "Median duration of follow-up: 26.9 months.",
     "V001"),
    ("bes-us-b02.md", "Median follow-up for survival was 29.6 months.",
     "Median follow-up for survival was 26.9 months.", "V001"),
    # a maximum number of cycles the label does not give
    ("bes-us-b10.md", "Maximum of 6 cycles for patients not proceeding to HSCT.",
     "Maximum of 8 cycles for patients not proceeding to HSCT.", "V001"),
    ("bes-us-b10.md", "Maximum of 6 cycles for patients not proceeding to HSCT.",
     "Patients not proceeding to HSCT may receive up to 8 cycles.", "V001"),
    # a rate of a named arm, within the reference CI
    ("bes-eu-b06.md", "80.7% (95% CI 72.1–87.7), compared with", "76.7% (95% CI 72.1–87.7), compared with", "V001"),
]

CLASS_3 = [
    ("bes-us-b01.md", "- Median overall survival was 7.7 months with BESPONSA",
     "- The 3-year overall survival rate was 15% with BESPONSA. Median overall survival was 7.7 months with "
     "BESPONSA", "U001"),
    ("bes-eu-b01.md", "Post-HSCT non-relapse mortality was higher with BESPONSA (39%)",
     "Treatment discontinuation occurred in 8% of BESPONSA patients. Post-HSCT non-relapse mortality was "
     "higher with BESPONSA (39%)", "U001"),
    ("bes-us-b02.md", "| Median OS, all 326 | 7.7 months | 6.2 months |",
     "| Median OS, all 326 | 7.7 months | 6.2 months |\n| Median time to response | 3.1 weeks | 4.4 weeks |", "U001"),
    ("bes-us-b02.md", "| Median OS, all 326 | 7.7 months | 6.2 months |",
     "| Median OS, all 326 | 7.7 months | 6.2 months |\n| CR/CRi, patients aged 65 years or older | 71.0% | 25.0% |",
     "U001"),
]

# written after the engine work, on drafts not used while writing it (a held-out probe); those it
# still misses are listed as known gaps (strict xfail: when one starts passing, move it up)
PROBE = [
    ("bes-us-b05.md", "Median OS was 14.1 months in MRD-negative", "Median OS was 12.1 months in MRD-negative", "V001"),
    ("bes-us-b12.txt", "CR/CRi: 80.7% BESPONSA vs 29.4% standard chemotherapy",
     "CR/CRi: 29.4% BESPONSA vs 80.7% standard chemotherapy", "V002"),
    ("bes-us-b14.md", "HSCT rate 48.2% vs 21.6%.", "HSCT rate 48.2% vs 26.1%.", "V001"),
    ("bes-eu-b04.md", "78.4% vs 28.1%", "74.8% vs 28.1%", "V001"),
    ("bes-us-b15.txt", "2-year OS .......................... 22.8% vs 10.0%",
     "2-year OS .......................... 22.8% vs 10.0%\n3-year OS .......................... 16.5% vs 7.1%", "U001"),
    ("bes-us-b14.md", "among patients who proceeded to HSCT.",
     "among patients who proceeded to HSCT. BESPONSA reduced post-transplant relapse by 35% compared with "
     "chemotherapy.", "U001"),
    ("bes-eu-b01.md", "so a survival advantage was not demonstrated.",
     "so a survival advantage was not demonstrated. Even so, BESPONSA lowered the risk of relapse by about 40%.",
     "U001"),
    # an invented row whose wording names an endpoint the library holds no figure of, in a unit it does not hold
    ("bes-eu-b04.md", "- **Median OS:** 7.7 months vs 6.2 months",
     "- **Time to first remission:** 1.9 vs 3.6 weeks\n- **Median OS:** 7.7 months vs 6.2 months", "U001"),
    # outcomes the library declares no endpoint for (the generic outcome vocabulary, data/outcomes.yaml),
    # and an endpoint it declares but holds no figure of, in bullets that name no arm
    ("bes-us-b01.md", "- Median overall survival was 7.7 months with BESPONSA",
     "- Fewer than 9% of people treated with BESPONSA were readmitted within a month of discharge.\n"
     "- Median overall survival was 7.7 months with BESPONSA", "U001"),
    ("bes-eu-b04.md", "- **Median OS:** 7.7 months vs 6.2 months",
     "- **Remission duration:** 5.3 vs 2.9 months\n- **Median OS:** 7.7 months vs 6.2 months", "U001"),
    ("bes-eu-b07.md", "- first salvage: 87.7% vs 28.8%",
     "- first salvage: 87.7% vs 28.8%\n- dose interruptions for toxicity: 17.3%", "U001"),
    # a dot-leader row (the sentence splitter cuts at the leader) of an endpoint the library holds, invented
    ("bes-us-b15.txt", "Any HSCT ........................... 48.2% vs 21.6%",
     "Any HSCT ........................... 48.2% vs 21.6%\nMedian PFS ......................... 5.1 vs 2.3 months",
     "U001"),
]
PROBE += [
    # a risk-factor odds ratio in a list under a heading: its confidence interval is the entry's
    ("bes-eu-b13.md", "odds ratio 8.61 (95% CI 1.52–48.86)", "odds ratio 6.81 (95% CI 1.52–48.86)", "V001"),
    # "respectively" across a clause whose populations were named with the previous values: the
    # value of another entry of the same endpoint no longer confirms it (context beats coincidence)
    ("bes-us-b05.md", "median PFS was 8.6 and 5.4 months, respectively", "median PFS was 8.6 and 4.5 months, respectively",
     "V001"),
    # a population named in the library's longer words ("MRD-positive patients who did not undergo
    # HSCT"), value of another entry: its parts are no longer read as populations of their own
    ("bes-us-b12.txt", "median OS 6.3 months", "median OS 6.9 months", "V001"),
    # an endpoint named by an anaphoric subject ("After HSCT, the rates were …" after a sentence
    # on VOD), and n/N (15/44) that are one entry's (Matcher._by_counts): either names the entry
    ("bes-us-b14.md", "8.8% (3/34) and 34.1% (15/44)", "8.8% (3/34) and 31.4% (15/44)", "V001"),
]

KNOWN_GAPS = [
    # a risk-factor row
    ("bes-eu-b13.md", "- a prior HSCT: odds ratio 6.02 (95% CI 1.17–31.0)",
     "- a prior HSCT: odds ratio 6.02 (95% CI 1.17–31.0)\n- age 55 years or older: odds ratio 2.41 (95% CI 1.10–5.30)",
     "U001"),
    # a subgroup named by a baseline characteristic in a list item that names no outcome (the outcome
    # is in the list's heading): context takes the baseline term as the item's endpoint, so the
    # invented subgroup rates are read as baseline figures. Passed before the one term matcher only
    # because the token matcher missed "t(4;11)"; "Ph+" in its place gave no finding on main too.
    ("bes-eu-b07.md", "- first salvage: 87.7% vs 28.8%",
     "- first salvage: 87.7% vs 28.8%\n- patients with t(4;11): 62.5% vs 20.0%", "U001"),
    ("bes-eu-b07.md", "- first salvage: 87.7% vs 28.8%",
     "- first salvage: 87.7% vs 28.8%\n- patients with Ph+ disease: 62.5% vs 20.0%", "U001"),
]

#: numbers that define something are not claims: no finding of this area where they are added
DEFINITIONS = [
    ("bes-eu-b01.md", "were MRD-negative.", "were MRD-negative (below 0.01% of bone marrow blasts)."),
    ("bes-eu-b01.md", "were MRD-negative.", "were MRD-negative, defined by a 0.01% threshold."),
    ("bes-us-b01.md", "- Median overall survival was 7.7 months with BESPONSA",
     "- BESPONSA is given in 21-day cycles of 1.8 mg/m² at most. Median overall survival was 7.7 months with "
     "BESPONSA"),
    ("bes-us-b10.md", "Maximum of 6 cycles for patients not proceeding to HSCT.",
     "Up to 6 cycles for patients not proceeding to HSCT (each cycle 21 to 28 days)."),
]


def _at(findings, line):
    return sorted({(f.rule, f.line) for f in findings if f.line == line})


ALL = CLASS_1 + CLASS_2 + CLASS_3 + PROBE + [
    pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason="known gap (issue 11)")) for c in KNOWN_GAPS]


@pytest.mark.parametrize("draft,old,new,rule", ALL,
                         ids=[f"{(c.values if hasattr(c, 'values') else c)[0]}:{i}" for i, c in enumerate(ALL)])
def test_defect_is_found_at_its_line(lint_piece, draft, old, new, rule):
    findings, line = _lint(lint_piece, draft, old, new)
    assert {(r, line) for r in rule.split("|")} & set(_at(findings, line)), \
        [f"{f.line} {f.rule} {f.message}" for f in findings]


@pytest.mark.parametrize("draft,old,new", DEFINITIONS, ids=[f"{c[0]}:{i}" for i, c in enumerate(DEFINITIONS)])
def test_definitions_are_not_claims(lint_piece, draft, old, new):
    findings, line = _lint(lint_piece, draft, old, new)
    assert _at(findings, line) == [], [f"{f.line} {f.rule} {f.message}" for f in findings]


@pytest.mark.parametrize("draft", sorted({c[0] for c in CLASS_1 + CLASS_2 + CLASS_3 + PROBE + KNOWN_GAPS + DEFINITIONS}))
def test_the_correct_drafts_have_no_value_findings(lint_piece, draft):
    findings, _ = _lint(lint_piece, draft)
    assert findings == [], [f"{f.line} {f.rule} {f.message}" for f in findings]
