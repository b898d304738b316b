"""What the rules of rules/*.yaml report: their documentation, and the elements their findings name.

That each rule's bad fixture raises it at the line its marker gives and its good fixture raises
nothing is tests/engine/test_rule_fixtures.py (every rule's fixtures, in tests/fixtures/rules/).
"""

from __future__ import annotations

from rulepack_helpers import FIXTURES, doc, read


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
    # the box never names the VOD, so its "discontinue … in patients who develop it" is no action on VOD
    assert set(f.extra["missing"]) == {"hepatic-vod", "vod-discontinue", "post-hsct-nrm"}
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
        assert len(hits) == 1 and any(word in w for w in hits[0].extra["broadened"]), (market, hits)
        assert hits[0].line == 3
