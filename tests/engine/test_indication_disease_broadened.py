"""An indication statement whose disease is broadened or replaced is still the statement.

Before, "BESPONSA is indicated for … relapsed or refractory acute leukemia" (or "B-cell precursor
acute leukaemia", or XOSPATA "… acute lymphoblastic leukemia") was no longer recognised as an
indication statement, because its disease slot matched none of the statement's disease terms: the
engine reported "no statement of the approved indication was found" at line 1:1. Now the cue
and the product in one sentence, with the disease slot's ``broader`` or ``other`` wording of the
rule pack in the disease's place, make the statement; the finding is at its line and says that
the disease is broader than ("acute leukemia") or differs from ("acute myeloid leukemia") the
approved one, naming what was written.

Negative cases: the correct indication in other words, "not indicated for …", "as indicated in
Table 2", trial populations, another product's clause in the same sentence.
The texts are written for these tests.
"""

from __future__ import annotations

import pytest

US_PI = "See the full Prescribing Information, including the Boxed Warning."
BES_EU_TAIL = ("\u25bc This medicinal product is subject to additional monitoring. Consult the SmPC before "
               "prescribing.")
XOS_EU_TAIL = "Consult the Summary of Product Characteristics (SmPC) before prescribing."
CODE = {("besponsa", "US"): "I001", ("besponsa", "EU"): "I002", ("xospata", "US"): "I004",
        ("xospata", "EU"): "I005"}
TAIL = {("besponsa", "US"): US_PI, ("besponsa", "EU"): BES_EU_TAIL, ("xospata", "US"): US_PI,
        ("xospata", "EU"): XOS_EU_TAIL}
TITLE = {"besponsa": "BESPONSA (inotuzumab ozogamicin) for healthcare professionals",
         "xospata": "XOSPATA (gilteritinib) for healthcare professionals"}
BES_APPROVED_US = "B-cell precursor acute lymphoblastic leukemia (ALL)"
BES_APPROVED_EU = "B cell precursor acute lymphoblastic leukaemia (ALL)"
XOS_APPROVED_US = "acute myeloid leukemia (AML)"
XOS_APPROVED_EU = "acute myeloid leukaemia (AML)"


def _page(product: str, market: str, body: str) -> str:
    # title (line 1), blank, the statement on line 3
    return f"{TITLE[product]}\n\n{body}\n\n{TAIL[(product, market)]}\n"


def _hits(lint_doc, full_linter, product, market, body):
    return lint_doc(_page(product, market, body), "piece.md", linter=full_linter, market=market,
                    rules=CODE[(product, market)])


# (product, market, statement, what was written, approved disease, "is broader than" | "differs from")
BROADENED = {
    "bes-us-acute-leukemia": ("besponsa", "US",
        "BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive acute leukemia "
        "in adult and pediatric patients 1 year and older.", "acute leukemia", BES_APPROVED_US, "is broader than"),
    "bes-us-bcp-acute-leukemia": ("besponsa", "US",
        "BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor "
        "acute leukemia in adult and pediatric patients 1 year and older.", "acute leukemia", BES_APPROVED_US,
        "is broader than"),
    "bes-us-adults-leukemia-fda-approved": ("besponsa", "US",
        "The FDA approved BESPONSA to treat adults with relapsed or refractory B-cell precursor leukemia.",
        "leukemia", BES_APPROVED_US, "is broader than"),
    "bes-us-aml": ("besponsa", "US",
        "BESPONSA is approved to treat relapsed or refractory CD22-positive acute myeloid leukemia (AML) in "
        "adult and pediatric patients 1 year and older.", "acute myeloid leukemia", BES_APPROVED_US, "differs from"),
    "bes-us-blood-cancers": ("besponsa", "US",
        "In the US, BESPONSA is indicated for adults with relapsed or refractory CD22-positive blood cancers.",
        "blood cancers", BES_APPROVED_US, "is broader than"),
    "bes-eu-acute-leukaemia": ("besponsa", "EU",
        "BESPONSA is indicated as monotherapy for the treatment of adults with relapsed or refractory "
        "CD22-positive acute leukaemia. Adult patients with Philadelphia chromosome-positive (Ph+) relapsed "
        "or refractory disease should have failed treatment with at least 1 tyrosine kinase inhibitor (TKI).",
        "acute leukaemia", BES_APPROVED_EU, "is broader than"),
    "bes-eu-bcp-acute-leukaemia-licensed": ("besponsa", "EU",
        "BESPONSA is licensed as monotherapy for adults with relapsed or refractory CD22-positive B cell "
        "precursor acute leukaemia; adults with Ph+ disease should have failed at least one TKI.",
        "acute leukaemia", BES_APPROVED_EU, "is broader than"),
    "bes-eu-aml": ("besponsa", "EU",
        "BESPONSA is authorised as monotherapy for adults with relapsed or refractory CD22-positive acute "
        "myeloid leukaemia. Adults with Ph+ disease should have failed at least one tyrosine kinase inhibitor.",
        "acute myeloid leukaemia", BES_APPROVED_EU, "differs from"),
    "xos-us-all": ("xospata", "US",
        "XOSPATA is indicated for the treatment of adult patients who have relapsed or refractory acute "
        "lymphoblastic leukemia (ALL) with a FLT3 mutation as detected by an FDA-approved test.",
        "acute lymphoblastic leukemia", XOS_APPROVED_US, "differs from"),
    "xos-us-acute-leukemia": ("xospata", "US",
        "XOSPATA (gilteritinib) is approved for adult patients with relapsed or refractory acute leukemia "
        "with a FLT3 mutation as detected by an FDA-approved test.", "acute leukemia", XOS_APPROVED_US,
        "is broader than"),
    "xos-us-leukemia-fda": ("xospata", "US",
        "The FDA approved XOSPATA for the treatment of adults with relapsed or refractory FLT3-mutated "
        "leukemia, as detected by an FDA-approved test.", "leukemia", XOS_APPROVED_US, "is broader than"),
    "xos-eu-acute-leukaemia": ("xospata", "EU",
        "XOSPATA is indicated as monotherapy for the treatment of adult patients who have relapsed or "
        "refractory acute leukaemia with a FLT3 mutation.", "acute leukaemia", XOS_APPROVED_EU, "is broader than"),
    "xos-eu-all": ("xospata", "EU",
        "XOSPATA is licensed as monotherapy for adults with relapsed or refractory acute lymphoblastic "
        "leukaemia carrying a FLT3 mutation.", "acute lymphoblastic leukaemia", XOS_APPROVED_EU, "differs from"),
}


@pytest.mark.parametrize("name", sorted(BROADENED))
def test_a_broadened_or_replaced_disease_is_reported_at_the_statement(lint_doc, full_linter, name):
    product, market, body, written, approved, verb = BROADENED[name]
    hits = _hits(lint_doc, full_linter, product, market, body)
    assert len(hits) == 1, [h.message for h in hits]
    (f,) = hits
    assert f.line == 3, f.message
    assert "no statement" not in f.message
    assert f'disease: "{written}"' in f.message and f'{verb} the approved "{approved}"' in f.message, f.message
    assert "disease" in f.extra["slots"] and written in f.extra["broadened"]


CORRECT = {
    "bes-us-label": ("besponsa", "US",
        "BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor acute "
        "lymphoblastic leukemia (ALL) in adult and pediatric patients 1 year and older."),
    "bes-us-reworded": ("besponsa", "US",
        "BESPONSA is approved to treat adult and pediatric patients 1 year and older with CD22-positive B-cell "
        "precursor acute lymphoblastic leukemia (ALL) that is relapsed or refractory."),
    "bes-us-adults": ("besponsa", "US",
        "BESPONSA is indicated for the treatment of adults with relapsed or refractory B-cell precursor acute "
        "lymphoblastic leukemia (ALL)."),
    "bes-us-fda-approved-bcp-all": ("besponsa", "US",
        "The FDA approved BESPONSA for the treatment of relapsed or refractory CD22-positive BCP-ALL in adult "
        "and pediatric patients 1 year and older."),
    "bes-eu-smpc": ("besponsa", "EU",
        "BESPONSA is indicated as monotherapy for the treatment of adults with relapsed or refractory "
        "CD22-positive B cell precursor acute lymphoblastic leukaemia (ALL). Adult patients with Philadelphia "
        "chromosome-positive (Ph+) relapsed or refractory B cell precursor ALL should have failed treatment "
        "with at least 1 tyrosine kinase inhibitor (TKI)."),
    "bes-eu-reworded": ("besponsa", "EU",
        "BESPONSA is licensed as monotherapy for adults with relapsed or refractory CD22-positive B cell "
        "precursor acute lymphoblastic leukaemia (ALL). Adults with Ph+ disease should have failed at least one "
        "tyrosine kinase inhibitor (TKI)."),
    "xos-us-label": ("xospata", "US",
        "XOSPATA is indicated for the treatment of adult patients who have relapsed or refractory acute myeloid "
        "leukemia (AML) with a FLT3 mutation as detected by an FDA-approved test."),
    "xos-us-reworded": ("xospata", "US",
        "XOSPATA is approved for adults with relapsed or refractory AML with a FLT3 mutation, as detected by an "
        "FDA-approved test."),
    "xos-eu-smpc": ("xospata", "EU",
        "XOSPATA is indicated as monotherapy for the treatment of adult patients who have relapsed or refractory "
        "acute myeloid leukaemia (AML) with a FLT3 mutation."),
    "xos-eu-reworded": ("xospata", "EU",
        "XOSPATA is authorised as monotherapy for adults with relapsed or refractory FLT3-mutated acute myeloid "
        "leukaemia (AML)."),
}

# sentences after the correct statement that speak of other diseases without claiming them
ASIDES = {
    "besponsa": [
        "{P} is not indicated for acute myeloid leukemia or other leukemias.",
        "As indicated in Table 2, {P} patients with acute leukemia had fewer transfusions.",
        "Patients with relapsed or refractory acute leukemia were randomized to {P} or chemotherapy.",
        "Unlike {P}, XOSPATA is indicated for acute myeloid leukemia.",
    ],
    "xospata": [
        "{P} is not indicated for acute lymphoblastic leukemia or other leukemias.",
        "As indicated in Table 2, {P} patients with acute leukemia had fewer transfusions.",
        "Patients with relapsed or refractory leukemia were randomized to {P} or salvage chemotherapy.",
        "Unlike {P}, BESPONSA is indicated for acute lymphoblastic leukemia.",
    ],
}


@pytest.mark.parametrize("name", sorted(CORRECT))
def test_a_correct_indication_stays_clean(lint_doc, full_linter, name):
    product, market, body = CORRECT[name]
    assert _hits(lint_doc, full_linter, product, market, body) == []


@pytest.mark.parametrize("name", sorted(CORRECT))
def test_other_diseases_named_outside_the_indication_stay_clean(lint_doc, full_linter, name):
    product, market, body = CORRECT[name]
    own = "BESPONSA" if product == "besponsa" else "XOSPATA"
    asides = " ".join(a.format(P=own) for a in ASIDES[product])
    assert _hits(lint_doc, full_linter, product, market, f"{body}\n\n{asides}") == []


def test_two_products_in_one_statement_each_keep_their_own_disease(lint_doc, full_linter):
    body = ("BESPONSA is indicated for the treatment of adults with relapsed or refractory B-cell precursor "
            "acute lymphoblastic leukemia (ALL), and XOSPATA is indicated for the treatment of adult patients "
            "who have relapsed or refractory acute myeloid leukemia (AML) with a FLT3 mutation as detected by "
            "an FDA-approved test.")
    assert _hits(lint_doc, full_linter, "besponsa", "US", body) == []
    assert _hits(lint_doc, full_linter, "xospata", "US", body) == []


@pytest.mark.parametrize("product, market, body, written", [
    ("besponsa", "US", "Indication: Treatment of relapsed or refractory CD22-positive acute leukemia in adult and "
     "pediatric patients 1 year and older.", "acute leukemia"),
    ("xospata", "US", "Licensed indication: adults with relapsed or refractory acute lymphoblastic leukemia with a "
     "FLT3 mutation as detected by an FDA-approved test.", "acute lymphoblastic leukemia"),
])
def test_a_labelled_fragment_with_the_disease_broadened_is_reported_at_its_line(lint_doc, full_linter, product,
                                                                                 market, body, written):
    (f,) = _hits(lint_doc, full_linter, product, market, body)
    assert f.line == 3 and f'disease: "{written}"' in f.message, f.message


def test_a_correct_labelled_fragment_with_a_leukemia_heading_after_it_stays_clean(lint_doc, full_linter):
    body = ("Indication: Treatment of relapsed or refractory CD22-positive B-cell precursor acute lymphoblastic "
            "leukemia (ALL) in adult and pediatric patients 1 year and older.\n\nLeukemia background\n\n"
            "Acute leukemia in adults is rare.")
    assert _hits(lint_doc, full_linter, "besponsa", "US", body) == []
