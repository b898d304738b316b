"""An invented figure about the product read as (or carried onto) an entry it is not about.

- An adverse event the claims library does not list, named in the figure's own clause, after a
  sentence, row or clause about a listed event: the figure's endpoint is not the one carried from
  the text before (context.py ``_stop_at_own_outcome``, generic event names of data/outcomes.yaml
  ``adverse_events``); U001 reads it as an outcome no entry backs (checks/unsupported.py).
- The same in every layout: prose, "label: figure" bullets, pipe, HTML and plain-text tables, and
  definition lists (documents/html.py reads "<dt>term</dt><dd>figure</dd>" as "term: figure").
- A time to an event's resolution or recovery ("resolved within 21 days", "recovered within two
  weeks": days and weeks in words are read in digits, claims.py) is no time to its onset.
- A lone figure of a subgroup the library holds for the comparator only is the product's figure, which
  no entry holds (matching.py): U001, not a V001 against the comparator's figure.
True figures of listed events, definitions (a dose, a cycle, a schedule) and onset times stay clean.
"""

from __future__ import annotations

import pytest

RULES = ("V001", "V002", "U001")
B = "In INO-VATE ALL, patients treated with BESPONSA (n=139) were compared with standard chemotherapy (n=120). "
X = "In the phase 3 ADMIRAL trial, patients treated with XOSPATA were compared with salvage chemotherapy. "


def _found(lint_piece, text: str, name: str = "p.md"):
    return lint_piece(text, name, rules=RULES)


def _u001_on(found, snippet: str) -> bool:
    return any(f.rule == "U001" and f.snippet.startswith(snippet) for f in found)


# ---- 1. an unlisted event in prose after a listed one
PROSE = [
    (B + "Grade 3 or higher anaemia occurred in 11% vs 29%. Grade 3 or higher fatigue occurred in 2 per cent "
         "vs 12 per cent.\n", "2 per cent"),
    (B + "Grade 3 or higher anaemia occurred in 11% vs 29%. Grade 3 or higher stomatitis was reported in 2% "
         "and 12% of patients, respectively.\n", "2%"),
    (B + "Neutropenia of grade 3 or more affected 34% vs 36%. Diarrhoea was reported in 17% and 25%.\n", "17%"),
    (B + "Nausea occurred in 32% vs 47% of patients; pyrexia occurred in 21% vs 29%.\n", "21%"),
    (B + "Thrombocytopenia (all grades) was seen in 45% with BESPONSA. Headache was seen in 28%.\n", "28%"),
    (X + "Grade 3 or higher anemia occurred in 40.7% of patients receiving XOSPATA. Grade 3 or higher fatigue "
         "occurred in 6.5%.\n", "6.5%"),
    (X + "Febrile neutropenia of grade 3 or higher occurred in 45.9% of XOSPATA patients. Differentiation "
         "syndrome was reported in 3%.\n", "3%"),
    (X + "Grade 3 or higher thrombocytopenia: 22.8% with XOSPATA; grade 3 or higher mucositis 4%.\n", "4%"),
    (X + "Grade 3 or higher anemia occurred in 40.7% of patients receiving XOSPATA; 15% of them were "
         "hospitalised.\n", "15%"),
    (B + "Grade 3 or higher anaemia occurred in 11% of BESPONSA patients. Grade 3 or higher fatigue occurred in 4% "
         "of BESPONSA patients.\n", "4%"),
    (X + "Differentiation syndrome occurred in 3% of patients treated with XOSPATA; symptoms included fever, "
         "dyspnea and edema.\n", "3%"),
    (X + "Posterior reversible encephalopathy syndrome was reported in 1% of patients treated with XOSPATA.\n", "1%"),
]


@pytest.mark.parametrize("text,snippet", PROSE)
def test_an_unlisted_event_in_prose_is_unsupported_not_the_event_before(lint_piece, text, snippet):
    found = _found(lint_piece, text)
    assert _u001_on(found, snippet), [(f.rule, f.snippet, f.message) for f in found]
    assert not any(f.rule == "V001" for f in found), [(f.rule, f.message) for f in found]


# ---- 2. the same in other layouts, for each product
LAYOUTS = [
    (B + "\n\n| Grade \u22653 event | BESPONSA | SC |\n|---|---|---|\n| Anaemia | 11% | 29% |\n| Fatigue | 2% | 12% |\n",
     "p.md", "2%"),
    (B + "\n\nGrade \u22653 adverse events with BESPONSA:\n\n- Grade \u22653 anaemia: 11%\n- Grade \u22653 fatigue: 6.5%\n",
     "p.md", "6.5%"),
    ("<p>" + B + "</p><dl><dt>Grade \u22653 anaemia</dt><dd>11% vs 29%</dd><dt>Grade \u22653 fatigue</dt>"
     "<dd>2% vs 12%</dd></dl>", "p.html", "2%"),
    ("<p>" + B + "</p><table><tr><th>Event</th><th>BESPONSA</th><th>SC</th></tr><tr><td>Anaemia</td><td>11%</td>"
     "<td>29%</td></tr><tr><td>Rash</td><td>5%</td><td>3%</td></tr></table>", "p.html", "5%"),
    (B + "\n\nGrade \u22653 adverse events       BESPONSA    SC\n  Anaemia                    11%         29%\n"
         "  Peripheral oedema          4%          2%\n", "p.txt", "4%"),
    (X + "\n\n| Grade \u22653 event | XOSPATA |\n|---|---|\n| Anemia | 40.7% |\n| Fatigue | 6.5% |\n", "p.md", "6.5%"),
    (X + "\n\n- Grade \u22653 anemia: 40.7%\n- Grade \u22653 fatigue: 6.5%\n", "p.md", "6.5%"),
    (X + "\n\n* Anemia (grade 3 or higher) - 40.7%\n* Stomatitis (grade 3 or higher) - 2.9%\n", "p.md", "2.9%"),
    ("<p>" + X + "</p><dl><dt>Grade \u22653 anemia</dt>\n  <dd>40.7%</dd>\n<dt>Grade \u22653 diarrhoea</dt>\n"
     "  <dd>4.1%</dd></dl>", "p.html", "4.1%"),
    ("<p>" + X + "</p><ul><li>Grade \u22653 anemia: 40.7%</li><li>Grade \u22653 pneumonia: 9.3%</li></ul>",
     "p.html", "9.3%"),
    (X + "\n\nGrade \u22653 events           XOSPATA\n  Anemia                 40.7%\n  Stomatitis             2.4%\n",
     "p.txt", "2.4%"),
]


@pytest.mark.parametrize("text,name,snippet", LAYOUTS)
def test_an_unlisted_event_row_is_unsupported_in_every_layout(lint_piece, text, name, snippet):
    found = _found(lint_piece, text, name)
    assert _u001_on(found, snippet), [(f.rule, f.snippet, f.message) for f in found]
    assert not any(f.rule == "V001" for f in found), [(f.rule, f.message) for f in found]


# ---- 3. a time to resolution or recovery is no time to onset
TIMES = [
    (B + "Hepatic VOD occurred in 14% of patients treated with BESPONSA; most events resolved within 21 days.\n",
     "21 days"),
    (B + "Thrombocytopenia occurred in 45% of patients; cytopenias recovered within two weeks.\n", "two weeks"),
    (B + "Grade 3 or higher neutropenia occurred in 34% of patients treated with BESPONSA, and cytopenias resolved "
         "within ten days.\n", "ten days"),
    (B + "VOD/SOS was reported after HSCT; the median time to resolution was 9 days.\n", "9 days"),
    (B + "The median time from HSCT to onset of VOD was 15 days, and the median time to resolution was 23 days.\n",
     "23 days"),
    (X + "Grade 3 or higher anemia occurred in 40.7% of patients; it resolved within a median of 12 days.\n",
     "12 days"),
    (X + "Febrile neutropenia (45.9%) was the most frequent grade 3 or higher event with XOSPATA; most episodes "
         "resolved within two weeks.\n", "two weeks"),
]


@pytest.mark.parametrize("text,snippet", TIMES)
def test_a_time_to_resolution_is_unsupported_not_the_onset_entry(lint_piece, text, snippet):
    found = _found(lint_piece, text)
    assert _u001_on(found, snippet), [(f.rule, f.snippet, f.message) for f in found]
    assert not any(f.rule == "V001" for f in found), [(f.rule, f.message) for f in found]


# ---- 4. an invented subgroup figure appended to a true pair
SUBGROUPS = [
    B + "CR/CRi was 87.7% vs 28.8% in first salvage, and 71.4% in second salvage.\n",
    B + "In first salvage, CR/CRi was 87.7% with BESPONSA versus 28.8% with standard chemotherapy; in second "
        "salvage it was 71.4%.\n",
    B + "- CR/CRi, first salvage: 87.7% vs 28.8%\n- CR/CRi, second salvage: 71.4%\n",
    B + "The CR/CRi rate was 87.7% with BESPONSA in first salvage and 71.4% in second salvage.\n",
]


@pytest.mark.parametrize("text", SUBGROUPS)
def test_a_lone_subgroup_figure_the_library_holds_for_the_comparator_only_is_unsupported(lint_piece, text):
    found = _found(lint_piece, text)
    assert _u001_on(found, "71.4%"), [(f.rule, f.snippet, f.message) for f in found]
    assert not any(f.rule == "V001" for f in found), [(f.rule, f.message) for f in found]


# ---- clean: true figures of listed events in the same layouts, definitions, onset times
CLEAN = [
    (B + "Grade 3 or higher anaemia occurred in 11% vs 29%. Grade 3 or higher neutropenia occurred in 34% vs 36%.\n",
     "p.md"),
    (B + "Nausea occurred in 32% vs 47% of patients; thrombocytopenia occurred in 45% vs 61%.\n", "p.md"),
    (B + "\n\n| Grade \u22653 event | BESPONSA | SC |\n|---|---|---|\n| Anaemia | 11% | 29% |\n| Neutropenia | 34% | 36% |\n",
     "p.md"),
    ("<p>" + B + "</p><dl><dt>Grade \u22653 anaemia</dt><dd>11% vs 29%</dd><dt>Grade \u22653 neutropenia</dt>"
     "<dd>34% vs 36%</dd></dl>", "p.html"),
    (B + "\n\nGrade \u22653 adverse events       BESPONSA    SC\n  Anaemia                    11%         29%\n"
         "  Febrile neutropenia        14%         40%\n", "p.txt"),
    (X + "\n\n- Grade \u22653 anemia: 40.7%\n- Grade \u22653 thrombocytopenia: 22.8%\n", "p.md"),
    ("<p>" + X + "</p><dl><dt>Grade \u22653 febrile neutropenia</dt><dd>45.9%</dd><dt>Grade \u22653 anemia</dt>"
     "<dd>40.7%</dd></dl>", "p.html"),
    (X + "\n\n| Grade \u22653 event | XOSPATA |\n|---|---|\n| Febrile neutropenia | 45.9% |\n| Anemia | 40.7% |\n", "p.md"),
    (B + "BESPONSA is given at 1.8 mg/m\u00b2 per cycle, in 21-day cycles. Grade 3 or higher anaemia occurred in "
         "11% vs 29%.\n", "p.md"),
    (B + "Patients received BESPONSA on days 1, 8 and 15 of each 21-day cycle, for up to six cycles. "
         "Thrombocytopenia occurred in 45% of patients.\n", "p.md"),
    (X + "XOSPATA 120 mg was given once daily in continuous 28-day cycles. Grade 3 or higher anemia occurred in "
         "40.7% of patients.\n", "p.md"),
    (B + "The median time from HSCT to onset of VOD was 15 days.\n", "p.md"),
    (B + "CR/CRi was 87.7% vs 28.8% in first salvage.\n", "p.md"),
    (B + "Monitor for fatigue and rash during treatment. Grade 3 or higher anaemia occurred in 11% vs 29%.\n", "p.md"),
    (B + "Grade 3 or higher anaemia occurred in 11% vs 29%. Fatigue and headache were mostly grade 1 or 2.\n", "p.md"),
    (B + "Withhold BESPONSA for up to 14 days for grade 3 or higher nausea or rash.\n", "p.md"),
    (X + "If differentiation syndrome is suspected, initiate corticosteroids and continue for a minimum of 3 days.\n",
     "p.md"),
    (X + "For grade 3 or higher pancreatitis, interrupt XOSPATA until resolved, then resume at 80 mg daily.\n", "p.md"),
    (X + "Patients should be monitored for fever, cough and dyspnoea during the first 14 days of treatment.\n", "p.md"),
    (X + "The most common adverse reactions (\u226520%) with XOSPATA were myalgia/arthralgia, transaminase increased, "
         "fatigue/malaise, fever, diarrhea, dyspnea, edema, rash, pneumonia, nausea, stomatitis, cough and headache.\n",
     "p.md"),
    (B + "The most common adverse reactions (\u226520%) with BESPONSA were thrombocytopenia, neutropenia, infection, "
         "anemia, leukopenia, fatigue, hemorrhage, pyrexia, nausea and headache.\n", "p.md"),
]


@pytest.mark.parametrize("text,name", CLEAN)
def test_true_figures_and_definitions_stay_clean(lint_piece, text, name):
    found = _found(lint_piece, text, name)
    assert found == [], [(f.rule, f.snippet, f.message) for f in found]


def test_a_definition_list_reads_as_label_and_figure(tmp_path):
    from claimcheck.documents import read_document

    path = tmp_path / "d.html"
    path.write_text("<dl><dt>Grade 3 fatigue</dt>\n<dd>6.5%</dd><dt>Note:</dt><dd>see label</dd></dl>", encoding="utf-8")
    text = read_document(path).text
    assert "Grade 3 fatigue:" in text
    assert "Note::" not in text
