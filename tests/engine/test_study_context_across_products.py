"""A piece that holds material of two products: the study a figure is read against.

Context attachment takes the study named last before a claim's sentence. Two ways that went
wrong where a document names two products (a content repository's concatenated export, a
portfolio page):

- "open-label" read as the study whose names include "label" (one product's label), so the other
  product's figures in the next sentences were read against the first product's entries;
- one product's label ("Please see the full Prescribing Information") stayed the context of the
  next product's figures, after that product was named.

The rule packs' benefit-on-unmet-endpoint check (O010) read the same names the same way.
"""

import pytest

from claimcheck.documents.base import Document


def lint_text(linter, text: str, market: str):
    doc = Document(path="portfolio.md", text=text, format="markdown")
    doc.metadata["market"] = market
    return linter.lint_document(doc)

TWO_PRODUCTS = (
    "BESPONSA is indicated for adults with relapsed or refractory CD22-positive B-cell precursor "
    "acute lymphoblastic leukemia.\n"
    "Please see the full Prescribing Information, including BOXED WARNING.\n\n"
    "XOSPATA is indicated for adults with relapsed or refractory acute myeloid leukemia with a FLT3 "
    "mutation as detected by an FDA-approved test.\n\n"
    "{lead}"
    "With XOSPATA, median overall survival was {os} months vs 5.6 months with salvage chemotherapy "
    "(HR 0.64).\n"
)


def _per_claim(findings):
    return [(f.rule, f.message) for f in findings if f.rule[0] in "VUA" or f.rule == "O010"]


@pytest.mark.parametrize("lead", [
    "",  # the first product's label is the last study named
    "ADMIRAL was an open-label, randomized phase 3 trial in 371 adults.\n\n",  # "open-label" is no label
    "In an open-label trial, patients were randomized 2:1.\n\n",
])
def test_the_second_products_figures_are_read_against_its_own_entries(full_linter, lead):
    findings = lint_text(full_linter, TWO_PRODUCTS.format(lead=lead, os="9.3"), market="US")
    assert _per_claim(findings) == []


def test_a_wrong_figure_of_the_second_product_is_still_a_mismatch(full_linter):
    lead = "ADMIRAL was an open-label, randomized phase 3 trial in 371 adults.\n\n"
    findings = lint_text(full_linter, TWO_PRODUCTS.format(lead=lead, os="9.8"), market="US")
    v = [f for f in findings if f.rule == "V001"]
    assert len(v) == 1 and "9.3" in v[0].message and "9.8" in v[0].message


def test_the_first_products_label_still_holds_for_its_own_figures(full_linter):
    text = ("BESPONSA is indicated for adults with relapsed or refractory CD22-positive B-cell precursor "
            "acute lymphoblastic leukemia.\n"
            "Per the Prescribing Information, with BESPONSA thrombocytopenia occurred in 51% of patients.\n")
    assert [f.rule for f in lint_text(full_linter, text, market="US") if f.rule[0] in "VU"] == []
    wrong = lint_text(full_linter, text.replace("51%", "61%"), market="US")
    assert [f.rule for f in wrong if f.rule[0] in "VU"] == ["V001"]


def test_a_benefit_in_the_other_products_trial_is_not_read_as_the_unmet_one(full_linter):
    text = ("BESPONSA is indicated for adults with relapsed or refractory CD22-positive B-cell precursor "
            "acute lymphoblastic leukemia. In INO-VATE ALL, median OS was 7.7 vs 6.2 months; the OS "
            "primary endpoint was not met.\n\n"
            "XOSPATA was studied in ADMIRAL, an open-label phase 3 trial.\n\n"
            "- In ADMIRAL, XOSPATA improved overall survival over salvage chemotherapy.\n")
    assert [f for f in lint_text(full_linter, text, market="US") if f.rule == "O010"] == []


@pytest.mark.parametrize("sentence", [
    "In the open-label INO-VATE ALL trial, BESPONSA improved overall survival over chemotherapy.",
    "BESPONSA was compared with chemotherapy in an open-label trial. BESPONSA improved overall survival.",
])
def test_a_benefit_on_the_unmet_endpoint_is_still_flagged_after_open_label(full_linter, sentence):
    text = ("BESPONSA is indicated for adults with relapsed or refractory CD22-positive B-cell precursor "
            "acute lymphoblastic leukemia.\n\n" + sentence + "\n")
    assert [f.line for f in lint_text(full_linter, text, market="US") if f.rule == "O010"] == [3]


SHARED_COMPARATOR = (
    "BESPONSA is indicated for adults with relapsed or refractory CD22-positive B-cell precursor "
    "acute lymphoblastic leukemia.\n\n"
    "XOSPATA is indicated for adults with relapsed or refractory acute myeloid leukemia with a FLT3 "
    "mutation.\n\n"
    "Median overall survival was {xos} months vs 5.6 months with chemotherapy (HR 0.64).\n"
    "The rate of CR/CRh was {crh}% vs 15.3% with chemotherapy.\n\n"
    "With BESPONSA, median overall survival was 7.7 months vs {bos} months with chemotherapy.\n"
)


def test_a_comparator_both_trials_call_chemotherapy_is_the_arm_of_the_product_in_view(full_linter):
    """'chemotherapy' names both trials' comparator arms: after one product is named it is that
    product's trial's arm, so each product's figures are read against its own entries."""
    text = SHARED_COMPARATOR.format(xos="9.3", crh="34.0", bos="6.2")
    assert _per_claim(lint_text(full_linter, text, market="US")) == []


@pytest.mark.parametrize("values, line, expected", [
    ({"xos": "9.3", "crh": "38.0", "bos": "6.2"}, 6, "34.0%"),
    ({"xos": "9.3", "crh": "34.0", "bos": "6.8"}, 8, "6.2 months"),
])
def test_a_wrong_figure_beside_the_shared_comparator_is_a_mismatch(full_linter, values, line, expected):
    findings = lint_text(full_linter, SHARED_COMPARATOR.format(**values), market="US")
    flagged = [f for f in findings if f.rule[0] in "VU"]
    assert [(f.rule, f.line) for f in flagged] == [("V001", line)] and expected in flagged[0].message
