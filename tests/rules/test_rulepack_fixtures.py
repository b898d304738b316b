"""Every rule of rules/*.yaml: its bad fixture reports it at the expected line, its good one does not."""

from __future__ import annotations

import pytest

from rulepack_helpers import FIXTURES, doc, read

#: rule code → line of the finding in fixtures/<CODE>/bad.md (1 = a document-level finding)
EXPECTED_LINE = {
    "F001": 5,   # the OS claim
    "F002": 5,   # the post hoc claim
    "F006": 5,   # the post hoc result never called post hoc
    "F003": 1,   # nothing to anchor on: first line
    "F004": 1,
    "F005": 1,
    "B001": 5,   # the WARNING: block that lacks two elements
    "I001": 5,   # the truncated indication statement
    "I002": 5,   # the US pediatric wording in an EU piece
    "I003": 5,
    # XOSPATA (rules/xospata.yaml, products: [xospata])
    "B002": 5,   # the WARNING: DIFFERENTIATION SYNDROME block without the fatal risk and management
    "I004": 5,   # the US indication without relapsed or refractory and the FDA-approved test
    "I005": 5,   # the EU indication broadened to newly diagnosed disease
    "F007": 5,   # an exploratory 2-year projection without its caveat
    "O001": 5,
    "O002": 5,
    "O003": 5,
    "O004": 5,
    "O005": 5,
    "O006": 5,
}


def test_every_pack_rule_has_fixtures(packs):
    defined = {r.rule.code for r in packs.rules}
    assert defined == set(EXPECTED_LINE)
    for code in defined:
        assert (FIXTURES / code / "bad.md").is_file(), code
        assert (FIXTURES / code / "good.md").is_file(), code


@pytest.mark.parametrize("code", sorted(EXPECTED_LINE))
def test_bad_fixture_reports_rule_at_line(code, linter_for):
    findings = linter_for(None).lint_document(read(FIXTURES / code / "bad.md"))
    hits = [f for f in findings if f.rule == code]
    assert [f.line for f in hits] == [EXPECTED_LINE[code]], [(f.rule, f.line, f.message) for f in findings]
    f = hits[0]
    rule = linter_for(None).registry[code]
    assert f.category == rule.category and f.severity == rule.severity
    assert "Basis:" in f.message and "To satisfy:" in f.message


@pytest.mark.parametrize("code", sorted(EXPECTED_LINE))
def test_good_fixture_is_clean_of_rule(code, linter_for):
    findings = linter_for(None).lint_document(read(FIXTURES / code / "good.md"))
    assert [f.message for f in findings if f.rule == code] == []


def test_rules_are_registered_with_their_documentation(linter_for, packs):
    for r in packs.rules:
        rule = linter_for(None).registry[r.rule.code]
        assert rule.origin.startswith(r.file) and rule.origin.rsplit(":", 1)[1].isdigit()
        doc = rule.documentation()
        for part in ("What it checks", "Regulatory basis", "Bad", "Good", "How to fix"):
            assert part in doc
        assert rule.code[0] == {"fair-balance": "F", "boxed-warning": "B", "indication": "I",
                                "overstatement": "O"}[rule.category]


def test_missing_element_findings_name_each_element(linter_for):
    findings = linter_for(None).lint_document(read(FIXTURES / "B001" / "bad.md"))
    (f,) = [f for f in findings if f.rule == "B001"]
    assert set(f.extra["missing"]) == {"hepatic-vod", "post-hsct-nrm"}
    assert "veno-occlusive" in f.message and "non-relapse mortality" in f.message
    assert "hepatotoxicity;" not in f.message.split("lacks:")[1].split("Basis")[0]


def test_indication_finding_says_what_is_missing_and_what_broadens(linter_for):
    us = [f for f in linter_for(None).lint_document(read(FIXTURES / "I001" / "bad.md")) if f.rule == "I001"][0]
    assert set(us.extra["missing"]) == {"relapsed-or-refractory", "b-cell-precursor", "age-range"}
    assert us.extra["variant"] == "us-adult-and-pediatric" and us.extra["broadened"] == []
    eu = [f for f in linter_for(None).lint_document(read(FIXTURES / "I002" / "bad.md")) if f.rule == "I002"][0]
    assert "pediatric" in eu.extra["broadened"]
    # "adult and pediatric patients" names adults: the population slot is broadened, not missing
    assert {"monotherapy", "ph-positive-tki"} <= set(eu.extra["missing"])
    assert "population" in eu.extra["slots"] and "conditions" in eu.extra["slots"]
    assert "broadened" in eu.message and "truncated" in eu.message


def test_second_product_rules_name_their_elements(linter_for):
    (b,) = [f for f in linter_for(None).lint_document(read(FIXTURES / "B002" / "bad.md")) if f.rule == "B002"]
    assert set(b.extra["missing"]) == {"fatal", "management"}
    (us,) = [f for f in linter_for(None).lint_document(read(FIXTURES / "I004" / "bad.md")) if f.rule == "I004"]
    assert set(us.extra["missing"]) == {"relapsed-or-refractory", "fda-approved-test"}
    (eu,) = [f for f in linter_for(None).lint_document(read(FIXTURES / "I005" / "bad.md")) if f.rule == "I005"]
    assert eu.extra["broadened"] == ["newly diagnosed"] and eu.extra["missing"] == []


def test_second_product_disease_swapped_or_unqualified_is_broadened(linter_for):
    """The abbreviation "(AML)" kept after another or an unqualified leukaemia does not make it AML."""
    cases = {
        "US": ("XOSPATA is approved for adults with relapsed or refractory acute lymphocytic leukemia "
               "(AML) with a FLT3 mutation as detected by an FDA-approved test.", "I004", "lymphocytic"),
        "EU": ("XOSPATA is indicated as monotherapy for adult patients with relapsed or refractory "
               "FLT3-mutated acute leukaemia (AML).", "I005", "acute leukaemia"),
    }
    for market, (statement, code, word) in cases.items():
        text = f"Indication\n\n{statement}\n"
        hits = [f for f in linter_for(market).lint_document(doc(text)) if f.rule == code]
        assert len(hits) == 1 and word in hits[0].extra["broadened"], (market, hits)
        assert hits[0].line == 3
