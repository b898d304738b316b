"""A portfolio, not one product: products and markets are data (issue 12 items 1-2, issue 10 item 4).

Both shipped claims libraries (BESPONSA, XOSPATA) and every rule pack are loaded; each draft is
checked against the product(s) it names, and markets come from the rule packs only.
"""

from __future__ import annotations

import re

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from claimcheck.documents import read_document
from claimcheck.engine import Linter
from claimcheck.errors import ConfigError
from claimcheck.reference import load_reference
from claimcheck.rulepacks import load_rulepacks

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def portfolio():
    ref = load_reference([ROOT / "reference"])
    packs = load_rulepacks([ROOT / "rules"], ref)
    return ref, packs, Linter(ref, rulepacks=packs)


def lint(linter, tmp_path, text, name="draft.md"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return linter.lint_file(str(path))


def run(*args, cwd=ROOT):
    proc = subprocess.run([sys.executable, "-m", "claimcheck", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


# ------------------------------------------------------------------ the claims library
def test_two_libraries_declaring_the_same_ids_load_side_by_side(portfolio):
    ref, _, _ = portfolio
    assert set(ref.products) == {"besponsa", "xospata"}
    # both declare os, itt, 2-year: one term each, owned by both, synonyms merged
    assert ref.endpoints["os"].products == ("besponsa", "xospata")
    assert ref.populations["itt"].products == ("besponsa", "xospata")
    assert ref.arms["xospata"].products == ("xospata",) and ref.arms["besponsa"].products == ("besponsa",)
    assert ref.product_of_study("admiral") == "xospata" and ref.product_of_study("ino-vate-all") == "besponsa"
    assert ref.studies["admiral"].primary_endpoints["os"][0] is True


def test_same_term_id_with_another_meaning_is_refused(tmp_path):
    src = (ROOT / "reference" / "xospata.yaml").read_text(encoding="utf-8")
    # the endpoint's synonyms, whatever the library lists, then its domain turned to safety
    bad = re.sub(r"(  os:\n    label: overall survival\n    synonyms: )\[[^\]]*\](\n    domain: )efficacy",
                 r"\1[overall survival]\2safety", src, count=1)
    assert bad != src
    (tmp_path / "x.yaml").write_text(bad, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_reference([ROOT / "reference" / "besponsa.yaml", tmp_path / "x.yaml"])
    assert "endpoint 'os' has domain 'safety'" in str(exc.value) and str(tmp_path / "x.yaml") in str(exc.value)


# ------------------------------------------------------------------ each draft, its own product
SECOND_PRODUCT_DRAFT = """\
    ---
    market: US
    ---
    # XOSPATA in ADMIRAL

    In the ADMIRAL trial, XOSPATA improved overall survival versus salvage chemotherapy.
    Median overall survival was 9.3 months with XOSPATA vs 5.6 months with salvage chemotherapy.

    **WARNING: DIFFERENTIATION SYNDROME**
    Differentiation syndrome has occurred in patients treated with XOSPATA and can be fatal or life-threatening if not treated. If it is suspected, start corticosteroids and hemodynamic monitoring until symptoms resolve.

    Other warnings and precautions include posterior reversible encephalopathy syndrome, QT prolongation and pancreatitis.

    XOSPATA is indicated for the treatment of adult patients who have relapsed or refractory acute myeloid leukemia (AML) with a FLT3 mutation as detected by an FDA-approved test.

    Please see the full Prescribing Information, including BOXED WARNING.
    """


def test_second_product_draft_gets_none_of_the_first_products_requirements(portfolio, tmp_path):
    _, _, linter = portfolio
    result = lint(linter, tmp_path, SECOND_PRODUCT_DRAFT)
    assert result.error is None and result.products == ("xospata",)
    # no BESPONSA boxed warning / indication, and no OS-not-met demand: ADMIRAL met its OS endpoint
    assert [(f.rule, f.line, f.message) for f in result.findings] == []


def test_first_product_requirements_still_fire_on_its_own_draft(portfolio, tmp_path):
    _, _, linter = portfolio
    result = lint(linter, tmp_path, """\
        ---
        market: US
        ---
        BESPONSA improved overall survival in INO-VATE ALL.
        """)
    assert result.products == ("besponsa",)
    assert {"B001", "I001", "F001", "F003"} <= {f.rule for f in result.findings}
    assert not {"B002", "I004"} & {f.rule for f in result.findings}


def test_a_draft_naming_two_products_gets_both_requirements(portfolio, tmp_path):
    _, _, linter = portfolio
    result = lint(linter, tmp_path, """\
        ---
        market: US
        ---
        BESPONSA and XOSPATA are both options in relapsed or refractory acute leukemia.
        """)
    assert result.products == ("besponsa", "xospata")
    assert {"B001", "I001", "B002", "I004"} <= {f.rule for f in result.findings}


def test_front_matter_product_overrides_the_names_in_the_text(portfolio, tmp_path):
    _, _, linter = portfolio
    result = lint(linter, tmp_path, """\
        ---
        market: US
        product: xospata
        ---
        Unlike BESPONSA, gilteritinib is taken by mouth.
        """)
    assert result.products == ("xospata",)
    assert "B001" not in {f.rule for f in result.findings} and "B002" in {f.rule for f in result.findings}
    bad = lint(linter, tmp_path, """\
        ---
        market: US
        product: xospta
        ---
        XOSPATA text.
        """, "typo.md")
    assert bad.error is not None and bad.error.startswith(f"{tmp_path / 'typo.md'}:3: unknown product 'xospta'")
    assert "besponsa, xospata" in bad.error


@pytest.mark.parametrize("declared", [
    "BESPONSA (inotuzumab ozogamicin)", "inotuzumab ozogamicin (BESPONSA)", "Besponsa®",
    "BESPONSA ▼", "  besponsa  ", "[BESPONSA]",
    # the labeling's title: the name, then dosage form, route and strength only
    "BESPONSA (inotuzumab ozogamicin) for injection, for intravenous use", "Besponsa® 1 mg powder for concentrate",
    "inotuzumab ozogamicin injection",
])
def test_front_matter_product_as_users_write_the_name(portfolio, tmp_path, declared):
    _, _, linter = portfolio
    result = lint(linter, tmp_path, f"""\
        ---
        market: US
        product: {declared}
        ---
        Unlike the other product, this one is given by infusion.
        """)
    assert result.error is None and result.products == ("besponsa",)


@pytest.mark.parametrize("declared", ["BESPONSA (gilteritinib)", "Besponsa plus", "(BESPONSA) (XOSPATA)",
                                      "BESPONSA and XOSPATA", "XOSPATA tablets for BESPONSA patients",
                                      "for injection, for intravenous use"])
def test_front_matter_product_naming_two_products_or_an_unknown_one_is_an_error(portfolio, tmp_path, declared):
    _, _, linter = portfolio
    bad = lint(linter, tmp_path, f"""\
        ---
        market: US
        product: {declared}
        ---
        Text.
        """, "mixed.md")
    assert bad.error is not None and "unknown product" in bad.error and bad.error.startswith(f"{tmp_path / 'mixed.md'}:3:")


def test_one_products_entries_never_confirm_another_products_numbers(portfolio, tmp_path):
    ref, _, linter = portfolio
    text = "---\nmarket: US\n---\nXOSPATA achieved CR/CRi in 80.7% of patients in ADMIRAL.\n"
    path = tmp_path / "x.md"
    path.write_text(text, encoding="utf-8")
    analysis = linter.analyse(read_document(str(path)))
    (claim,) = analysis.claims
    match = claim.match
    assert claim.value.text == "80.7"
    # 80.7% is BESPONSA's CR/CRi rate: not a confirmation of a XOSPATA claim
    assert match.status != "consistent" and (match.entry is None or match.entry.study.product == "xospata")


def test_a_claim_is_matched_within_the_trial_its_sentence_names(portfolio, tmp_path):
    """15% is the VOD rate of the pediatric study, not of INO-VATE ALL (14% there, USPI)."""
    _, _, linter = portfolio
    text = ("---\nmarket: US\n---\nIn INO-VATE ALL, VOD occurred in 15% of patients treated with BESPONSA.\n\n"
            "In the pediatric study ITCC-059, VOD occurred in 15% of patients treated with BESPONSA.\n")
    path = tmp_path / "t.md"
    path.write_text(text, encoding="utf-8")
    analysis = linter.analyse(read_document(str(path)))
    adult, pediatric = (c.match for c in analysis.claims)
    assert (adult.status, adult.entry.id, adult.expected) == ("mismatch", "uspi.vod", "14%")
    assert (pediatric.status, pediatric.entry.id) == ("consistent", "pediatric.vod")


def test_a_competitor_figure_is_not_matched(portfolio, tmp_path):
    _, _, linter = portfolio
    text = ("---\nmarket: US\n---\nIn ADMIRAL, median overall survival was 9.3 months with XOSPATA.\n\n"
            "In another trial, median overall survival with midostaurin was 74.7 months.\n")
    path = tmp_path / "c.md"
    path.write_text(text, encoding="utf-8")
    analysis = linter.analyse(read_document(str(path)))
    by_value = {c.value.text: c.match for c in analysis.claims}
    assert by_value["9.3"].status == "consistent"
    assert by_value["74.7"].status == "not-applicable"


# ------------------------------------------------------------------ markets are data
@pytest.mark.parametrize("written", ["USA", "JP", "Europe"])
def test_unknown_front_matter_market_is_an_error_with_its_line(portfolio, tmp_path, written):
    _, _, linter = portfolio
    result = lint(linter, tmp_path, f"""\
        ---
        material: email
        market: {written}
        ---
        BESPONSA text.
        """)
    assert result.findings == [] and result.error == (
        f"{tmp_path / 'draft.md'}:3: unknown market '{written.upper()}' (known markets: EU, UK, US)")


@pytest.mark.parametrize("name, text, line", [
    ("page.html", "<!-- Market: EU -->\n<!DOCTYPE html>\n<html><body><p>BESPONSA text.</p></body></html>\n", 1),
    ("page.html", "\n  <!--market: eu-->\n<html><body><p>BESPONSA text.</p></body></html>\n", 2),
    ("page.html", "<!DOCTYPE html>\n<html><head>\n<meta charset=\"utf-8\">\n<meta content=\"EU\" name=\"Market\">\n"
                  "</head><body><p>BESPONSA text.</p></body></html>\n", 4),
    ("note.md", "<!-- market: EU -->\n# Title\n\nBESPONSA text.\n", 1),
])
def test_market_declared_in_an_opening_comment_or_a_meta_tag(portfolio, tmp_path, name, text, line):
    _, _, linter = portfolio
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert linter.lint_file(str(path)).market == "EU"
    path.write_text(text.replace("EU", "CH").replace("eu", "ch"), encoding="utf-8")
    assert linter.lint_file(str(path)).error == f"{path}:{line}: unknown market 'CH' (known markets: EU, UK, US)"


def test_a_market_comment_after_the_text_starts_declares_nothing(portfolio, tmp_path):
    _, _, linter = portfolio
    result = lint(linter, tmp_path, "BESPONSA text.\n<!-- market: EU -->\nMore text.\n")
    assert result.market == "US"


def test_unknown_market_on_the_command_line_exits_2_naming_the_known_ones(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("BESPONSA text.\n", encoding="utf-8")
    proc = run("lint", "--market", "USA", str(draft))
    assert proc.returncode == 2 and "unknown market 'USA'" in proc.stderr and "EU, UK, US" in proc.stderr
    mixed = tmp_path / "m.md"
    mixed.write_text("---\nmarket: JP\n---\nBESPONSA text.\n", encoding="utf-8")
    proc = run("lint", str(mixed), str(draft))
    assert proc.returncode == 2 and f"{mixed}:2: unknown market 'JP'" in proc.stderr


def test_undeclared_market_shown_by_its_text_is_checked_for_that_market_with_a_notice(portfolio, tmp_path):
    _, _, linter = portfolio
    result = lint(linter, tmp_path, """\
        BESPONSA is indicated for adults with relapsed or refractory leukaemia.
        \u25bc This medicinal product is subject to additional monitoring. Please consult the SmPC.
        """)
    assert result.market == "EU" and result.market_assumed
    assert result.notice is not None and "no market declared; checked as EU" in result.notice
    assert "'\u25bc'" in result.notice and "'SmPC'" in result.notice
    # no boxed-warning finding: the EU packs were applied, not the US ones
    assert not [f for f in result.findings if f.category == "boxed-warning"]
    declared = lint(linter, tmp_path, "---\nmarket: EU\n---\nBESPONSA: see the SmPC.\n", "eu.md")
    assert declared.notice is None
    # a declaration always wins over what the text shows
    us = lint(linter, tmp_path, "---\nmarket: US\n---\nBESPONSA: see the SmPC.\n", "us.md")
    assert us.market == "US" and us.notice is None


def test_undeclared_market_with_mixed_or_weak_markers_stays_the_default_with_a_notice(portfolio, tmp_path):
    _, _, linter = portfolio
    # British spelling alone is wording US material may carry too: a notice, not a change of market
    weak = lint(linter, tmp_path, "BESPONSA is indicated for adults with relapsed or refractory leukaemia.\n")
    assert weak.market == "US"
    assert weak.notice is not None and "checked as US (the default)" in weak.notice
    assert "markers of EU ('leukaemia')" in weak.notice
    # a US marker beside an EU one: ambiguous, the default holds
    mixed = lint(linter, tmp_path, "BESPONSA: see the SmPC and the full Prescribing Information.\n", "mixed.md")
    assert mixed.market == "US" and "checked as US (the default)" in mixed.notice


def test_a_market_is_added_with_yaml_only(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "jp.yaml").write_text(textwrap.dedent("""\
        schema_version: 1
        pack: jp
        title: Japan
        markets: [JP]
        market_definitions:
          - id: JP
            name: Japan (PMDA)
            markers: [PMDA]
        rules:
          - code: F099
            name: jp-package-insert-pointer
            type: required-content
            category: fair-balance
            severity: error
            summary: A Japanese piece that names the product points to the package insert.
            why: Prescribers must be directed to the approved package insert.
            basis: PMDA guidance (example)
            bad: "BESPONSA text without a pointer."
            good: "See the package insert."
            fix: Add a pointer to the package insert.
            elements:
              - id: package-insert
                label: pointer to the package insert
                all_of: [[package insert]]
        """), encoding="utf-8")
    draft = tmp_path / "jp.md"
    draft.write_text("---\nmarket: JP\n---\nBESPONSA achieved CR/CRi in 80.7% of patients.\n", encoding="utf-8")
    proc = run("lint", "--reference", str(ROOT / "reference"), "--rules", str(rules), "--format", "concise",
               str(draft))
    assert proc.returncode == 1, proc.stderr
    assert f"{draft}:1:1: F099" in proc.stdout
    # US and EU requirements do not apply to a JP piece
    assert " B001 " not in proc.stdout and " F005 " not in proc.stdout


# ------------------------------------------------------------------ context in the document's own vocabulary
def test_another_products_vocabulary_never_gives_a_claim_its_endpoint(portfolio):
    """XOSPATA's library declares a "deaths" endpoint (synonym "death"); in a BESPONSA draft, the
    nearest endpoint word of "reduced the risk of death … in OS" must be BESPONSA's own (OS),
    so the claim is checked against BESPONSA's hazard ratio (A005), not left unconfirmable."""
    ref, _, linter = portfolio
    assert ("endpoint", "deaths") in ref.foreign_terms(("besponsa",))
    assert ("endpoint", "deaths") not in ref.foreign_terms(("xospata",))
    assert ("endpoint", "os") not in ref.foreign_terms(("besponsa",))  # declared by both
    from claimcheck.documents.base import Document

    doc = Document(path="draft.md", text="# Survival\n\nBESPONSA reduced the risk of death from any cause by 40% in OS.\n")
    analysis = linter.analyse(doc)
    assert [(c.text, c.endpoint) for c in analysis.claims] == [("40%", "os")]
    assert [f.rule for f in linter.lint_document(doc) if f.rule == "A005"] == ["A005"]
