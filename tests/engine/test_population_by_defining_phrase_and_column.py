"""A figure said of a group that a response status defines is that group's, in prose and in tables:

- prose: a group noun followed by a defining phrase ("responders with a marker-negative best
  response", "patients who remained marker-positive", "those whose best response was
  marker-negative") names one group: the defining state's population, narrowed by the group
  (context.py ``_defining_states``, ``_defined_groups``). Before, the group noun ("responders") was
  read as a population of its own, nearer to the value than the state; the state went to the value
  compared with it, and the right figure of one group was reported as a wrong figure of the other
  (a false V001);
- tables: a column header that names the group by a state ("| Marker-negative best response |
  Remained marker-positive |"), over a row whose label names the outcome measured ("| Median PFS |"),
  is the column's population (context.py ``_table_columns``); a population the row's label names
  too narrows it ("| Median PFS, second line |"). Before, the header's state was read as an outcome
  that lost to the row's, the column took the title's population, and a changed figure was an
  unsupported claim (U001) instead of a mismatch (V001) against its group's entry.

A figure the state itself measures ("62% of responders had a marker-negative best response") is
still read as that outcome. Texts and library written for this test (a synthetic product, not a
shipped library)."""

from __future__ import annotations

import textwrap

import pytest

from claimcheck.documents.base import Document

LIBRARY = textwrap.dedent("""\
    schema_version: 1
    product: {id: testimab, names: [TESTIMAB]}
    arms:
      testimab: {label: TESTIMAB, synonyms: [TESTIMAB], product: true}
      control: {label: control therapy, synonyms: [control, control therapy]}
    endpoints:
      pfs: {label: progression-free survival, synonyms: [PFS, median PFS, progression-free survival], domain: efficacy}
      marker-clearance:
        label: marker clearance
        synonyms: [marker clearance, marker-negative, marker-negative response, marker-negative best response,
          were marker-negative, became marker-negative]
        domain: efficacy
    populations:
      responders: {label: patients with a response, synonyms: [responders, responding patients]}
      marker-negative: {label: marker-negative patients (responders), synonyms: [marker-negative,
        marker-negative patients, who were marker-negative]}
      marker-positive: {label: marker-positive patients (responders), synonyms: [marker-positive, marker-positive patients]}
      second-line: {label: second line, synonyms: [second line, second-line]}
      marker-negative-second-line: {label: marker-negative patients in second line,
        synonyms: [marker-negative patients in second line]}
      marker-positive-second-line: {label: marker-positive patients in second line,
        synonyms: [marker-positive patients in second line]}
    studies:
      - id: trial-x
        names: [TRIAL-X]
        entries:
          - {id: trial-x.clearance, endpoint: marker-clearance, measure: rate, unit: "%", population: responders,
             default: true, arms: {testimab: {value: 62.0}, control: {value: 21.0}}, source: {document: "Doe 2021"}}
          - {id: trial-x.pfs.neg, endpoint: pfs, measure: median, unit: months, population: marker-negative,
             analysis: post-hoc, arms: {testimab: {value: 11.3}}, source: {document: "Doe 2021"}}
          - {id: trial-x.pfs.pos, endpoint: pfs, measure: median, unit: months, population: marker-positive,
             analysis: post-hoc, arms: {testimab: {value: 4.6}}, source: {document: "Doe 2021"}}
          - {id: trial-x.pfs.neg-2l, endpoint: pfs, measure: median, unit: months,
             population: marker-negative-second-line, analysis: post-hoc, arms: {testimab: {value: 12.8}},
             source: {document: "Doe 2021"}}
          - {id: trial-x.pfs.pos-2l, endpoint: pfs, measure: median, unit: months,
             population: marker-positive-second-line, analysis: post-hoc, arms: {testimab: {value: 3.9}},
             source: {document: "Doe 2021"}}
    """)

HEAD = "TESTIMAB in adults with relapsed disease (TRIAL-X).\n\n"
RULES = {"V001", "V002", "U001"}


@pytest.fixture(scope="module")
def testimab(library_linter):
    return library_linter(LIBRARY)


def _findings(linter, body, fmt="markdown", name="d.md"):
    doc = Document(path=name, text=HEAD + body + "\n", format=fmt)
    return [(f.rule, f.line, f.message) for f in linter.lint_document(doc) if f.rule in RULES]


def _populations(linter, body):
    analysis = linter.analyse(Document(path="d.md", text=HEAD + body + "\n", format="markdown"))
    return {c.text.strip(): c.population for c in analysis.claims if c.kind == "duration"}


PROSE = [
    "In an exploratory analysis, TESTIMAB responders with a marker-negative best response had a median "
    "PFS of {neg} months, compared with {pos} months for responders who remained marker-positive.",
    "Median PFS was {neg} months in TESTIMAB patients whose best response was marker-negative versus "
    "{pos} months in patients who stayed marker-positive.",
    "Among TESTIMAB responders, those with a marker-negative response reached a median PFS of {neg} "
    "months vs {pos} months for responders who were still marker-positive.",
]


@pytest.mark.parametrize("template", PROSE)
def test_the_defining_phrase_names_the_group_of_each_value(testimab, template):
    assert _findings(testimab, template.format(neg="11.3", pos="4.6")) == []
    pops = _populations(testimab, template.format(neg="11.3", pos="4.6"))
    assert pops == {"11.3 months": "marker-negative", "4.6 months": "marker-positive"}, pops


@pytest.mark.parametrize("template", PROSE)
@pytest.mark.parametrize("neg,pos,expected", [
    ("13.3", "4.6", "11.3 months"),   # the first group's figure changed
    ("11.3", "5.6", "4.6 months"),    # the second group's figure changed
])
def test_a_changed_figure_is_a_mismatch_with_its_own_group(testimab, template, neg, pos, expected):
    got = _findings(testimab, template.format(neg=neg, pos=pos))
    assert [g[:2] for g in got] == [("V001", 3)], got
    assert f"is {expected} in the reference" in got[0][2], got


def test_swapped_figures_are_both_mismatches(testimab):
    got = _findings(testimab, PROSE[0].format(neg="4.6", pos="11.3"))
    assert sorted(g[0] for g in got) == ["V001", "V001"], got


@pytest.mark.parametrize("body,right,wrong", [
    ("Among TESTIMAB responders, {v}% had a marker-negative best response.", "62", "68"),
    ("Of the TESTIMAB responders, {v}% were marker-negative at their best response.", "62", "68"),
])
def test_a_share_with_the_state_still_measures_the_state(testimab, body, right, wrong):
    assert _findings(testimab, body.format(v=right)) == []
    got = _findings(testimab, body.format(v=wrong))
    assert [g[:2] for g in got] == [("V001", 3)], got
    assert "62.0%" in got[0][2] or "62%" in got[0][2], got


MD_TABLE = ("**Outcomes by marker status (TESTIMAB responders)**\n\n"
            "| | Marker-negative best response | Remained marker-positive |\n"
            "|---|---|---|\n"
            "| Median PFS | {a} months | {b} months |\n"
            "| Median PFS, second line | {c} months | {d} months |\n")
HTML_TABLE = ("<p><b>Outcomes by marker status (TESTIMAB responders)</b></p>\n<table>\n"
              "<tr><th></th><th>Marker-negative best response</th><th>Remained marker-positive</th></tr>\n"
              "<tr><td>Median PFS</td><td>{a} months</td><td>{b} months</td></tr>\n"
              "<tr><td>Median PFS, second line</td><td>{c} months</td><td>{d} months</td></tr>\n"
              "</table>\n")
RIGHT = {"a": "11.3", "b": "4.6", "c": "12.8", "d": "3.9"}


def _lint_table(lint_piece, linter, table, fmt, **values):
    body = table.format(**{**RIGHT, **values})
    if fmt == "html":
        text, name = "<html><body><p>" + HEAD.strip() + "</p>\n" + body + "</body></html>\n", "table.html"
    else:
        text, name = HEAD + body, "table.md"
    return [(f.rule, f.message) for f in lint_piece(text, name, linter=linter, rules=RULES)]


@pytest.mark.parametrize("table,fmt", [(MD_TABLE, "markdown"), (HTML_TABLE, "html")])
def test_column_headers_name_the_groups(lint_piece, testimab, table, fmt):
    assert _lint_table(lint_piece, testimab, table, fmt) == []


@pytest.mark.parametrize("table,fmt", [(MD_TABLE, "markdown"), (HTML_TABLE, "html")])
@pytest.mark.parametrize("cell,value,expected", [
    ("a", "13.3", "11.3 months"),
    ("b", "5.6", "4.6 months"),
    ("c", "14.8", "12.8 months"),   # the row's population narrows the column's
    ("d", "2.9", "3.9 months"),
])
def test_a_changed_cell_is_a_mismatch_with_its_columns_group(lint_piece, testimab, table, fmt, cell, value, expected):
    got = _lint_table(lint_piece, testimab, table, fmt, **{cell: value})
    assert [g[0] for g in got] == ["V001"], got
    assert f"is {expected} in the reference" in got[0][1], got


def test_a_header_state_over_rows_of_that_state_stays_the_outcome(testimab):
    # the rows name no other outcome: the header says what was measured
    table = ("| Arm | Marker-negative best response |\n|---|---|\n"
             "| TESTIMAB | {v}% |\n| Control | 21% |\n")
    assert _findings(testimab, "Among responders:\n\n" + table.format(v="62")) == []
    got = _findings(testimab, "Among responders:\n\n" + table.format(v="66"))
    assert [g[0] for g in got] == ["V001"], got


LEADER_TABLE = ("OUTCOMES BY MARKER STATUS (TESTIMAB RESPONDERS)\n\n"
                "                       Marker-negative best response     Remained marker-positive\n"
                "Median PFS ........... {a} months ..................... {b} months\n")


def test_leader_rows_under_population_headers(lint_piece, testimab):
    text = HEAD + LEADER_TABLE
    assert lint_piece(text.format(**RIGHT), "table.txt", linter=testimab, rules=RULES) == []
    for cell, value, expected in (("a", "13.3", "11.3 months"), ("b", "5.6", "4.6 months")):
        got = lint_piece(text.format(**{**RIGHT, cell: value}), "table.txt", linter=testimab, rules=RULES)
        assert [f.rule for f in got] == ["V001"], got
        assert f"is {expected} in the reference" in got[0].message, got
