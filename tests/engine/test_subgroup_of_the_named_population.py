"""A figure said of a population the library holds no figure of for its endpoint, whose subgroups
it does hold, is judged against those subgroups:

- a population's name that carries its own introducing word (a synonym "in second line") binds
  the figure after it as "in" + a name would (matching.py ``_population_of_value``); before, such a
  name was not read as who was counted, and another subgroup's equal figure confirmed the value;
- "In second line, median PFS was 19.4 vs 3.9 months for marker-negative vs marker-positive
  patients" where the library holds PFS for marker-negative and marker-positive patients in second
  line (12.8, 3.9) and 19.4 for marker-negative patients after transplant: 19.4 is no second-line
  figure; it is reported as a mismatch (V001) with the second-line subgroup nearest in value, not
  confirmed by the transplant subgroup's figure, nor left unsupported.

Right figures stay clean, and the transplant subgroup's own figure, said of it, still agrees.
Texts and library written for this test (a synthetic product, not a shipped library)."""

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
    populations:
      marker-negative: {label: marker-negative patients, synonyms: [marker-negative, marker-negative patients]}
      marker-positive: {label: marker-positive patients, synonyms: [marker-positive, marker-positive patients]}
      second-line: {label: second line, synonyms: [second line, second-line, in second line, in the second line]}
      marker-negative-second-line: {label: marker-negative patients in second line,
        synonyms: [marker-negative patients in second line]}
      marker-positive-second-line: {label: marker-positive patients in second line,
        synonyms: [marker-positive patients in second line]}
      marker-negative-transplant: {label: marker-negative patients who underwent transplant,
        synonyms: [marker-negative patients who underwent transplant, marker-negative patients after transplant]}
    studies:
      - id: trial-x
        names: [TRIAL-X]
        entries:
          - {id: trial-x.pfs, endpoint: pfs, measure: median, unit: months, default: true,
             arms: {testimab: {value: 7.1}, control: {value: 4.0}}, source: {document: "Doe 2021"}}
          - {id: trial-x.pfs.neg-2l, endpoint: pfs, measure: median, unit: months,
             population: marker-negative-second-line, analysis: post-hoc, arms: {testimab: {value: 12.8}},
             source: {document: "Doe 2021"}}
          - {id: trial-x.pfs.pos-2l, endpoint: pfs, measure: median, unit: months,
             population: marker-positive-second-line, analysis: post-hoc, arms: {testimab: {value: 3.9}},
             source: {document: "Doe 2021"}}
          - {id: trial-x.pfs.neg-tx, endpoint: pfs, measure: median, unit: months,
             population: marker-negative-transplant, analysis: post-hoc, arms: {testimab: {value: 19.4}},
             source: {document: "Doe 2021"}}
    """)

HEAD = "TESTIMAB in adults with relapsed disease (TRIAL-X). These post hoc results are exploratory.\n\n"
RULES = {"V001", "V002", "U001"}


@pytest.fixture(scope="module")
def testimab(library_linter):
    return library_linter(LIBRARY)


def _findings(linter, body, fmt="markdown", name="d.md"):
    doc = Document(path=name, text=HEAD + body + "\n", format=fmt)
    return [(f.rule, f.line, f.message) for f in linter.lint_document(doc) if f.rule in RULES]


LAYOUTS = [
    ("Median PFS in second line, marker-negative vs marker-positive .... {neg} vs {pos} months", "plain", "d.txt"),
    ("In second line, median PFS was {neg} vs {pos} months for marker-negative vs marker-positive TESTIMAB "
     "patients.", "markdown", "d.md"),
    ("- Median PFS in the second line: {neg} months (marker-negative) vs {pos} months (marker-positive)",
     "markdown", "d.md"),
]


@pytest.mark.parametrize("template,fmt,name", LAYOUTS)
def test_the_right_subgroup_figures_are_clean(testimab, template, fmt, name):
    assert _findings(testimab, template.format(neg="12.8", pos="3.9"), fmt, name) == []


@pytest.mark.parametrize("template,fmt,name", LAYOUTS)
def test_another_subgroups_figure_is_a_mismatch_with_the_named_populations_subgroup(testimab, template, fmt, name):
    got = _findings(testimab, template.format(neg="19.4", pos="3.9"), fmt, name)
    assert [g[:2] for g in got] == [("V001", 3)], got
    assert "is 12.8 months in the reference" in got[0][2], got
    assert "subgroup of the population named" in got[0][2], got


def test_the_other_subgroup_said_of_itself_agrees(testimab):
    body = "Median PFS was 19.4 months in marker-negative patients who underwent transplant."
    assert _findings(testimab, body) == []
