"""A market that includes another (rules/eu.yaml: ``UK`` includes ``EU``), and market aliases.

A UK piece is checked by every EU rule (the SmPC pointer, the ▼ statement, the EU indication) and by
the ABPI Code's own (F013 asks every UK piece for the request to report adverse events, whether or
not it names the Code); ``market: GB`` is the UK; a draft that shows the SmPC and the Yellow Card
scheme and declares nothing is a UK piece. A pack whose definition includes an unknown market,
includes itself, or spells an alias that is another market's is refused at load with file:line.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from claimcheck.engine import Linter
from claimcheck.errors import ConfigError
from claimcheck.reference import load_reference
from claimcheck.rulepacks import load_rulepacks

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def library():
    ref = load_reference([ROOT / "reference"])
    packs = load_rulepacks([ROOT / "rules"], ref)
    return ref, packs


def codes(ref, packs, tmp_path, text, market=None, name="piece.md"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    result = Linter(ref, market=market, rulepacks=packs).lint_file(str(path))
    assert result.error is None, result.error
    return result, {f.rule for f in result.findings}


# a correct EU piece in British style: the SmPC indication, the ▼ statement, the SmPC pointer; it
# names neither the ABPI Code, the MHRA, the Yellow Card scheme nor the UK
EU_STYLE = textwrap.dedent("""\
    # Relapsed ALL in adults: a new option

    BESPONSA is indicated as monotherapy for the treatment of adults with relapsed or refractory
    CD22-positive B cell precursor acute lymphoblastic leukaemia (ALL). Adult patients with
    Philadelphia chromosome positive (Ph+) relapsed or refractory B cell precursor ALL should have
    failed treatment with at least 1 tyrosine kinase inhibitor (TKI).

    More patients reached complete remission with BESPONSA than with standard chemotherapy.

    \u25bc This medicinal product is subject to additional monitoring.

    Please consult the Summary of Product Characteristics before prescribing.
    """)

AE_REQUEST = "\nSuspected adverse reactions should be reported to the national reporting system.\n"


def test_uk_market_asks_the_adverse_event_request_without_the_codes_name(library, tmp_path):
    ref, packs = library
    _, eu = codes(ref, packs, tmp_path, EU_STYLE, market="EU")
    assert "F013" not in eu   # elsewhere in the EU, asked only of a piece that names the Code
    _, uk = codes(ref, packs, tmp_path, EU_STYLE, market="UK")
    assert "F013" in uk
    _, uk_ok = codes(ref, packs, tmp_path, EU_STYLE + AE_REQUEST, market="UK")
    assert "F013" not in uk_ok


@pytest.mark.parametrize("removed, code", [
    ("\u25bc This medicinal product is subject to additional monitoring.\n", "F004"),
    ("Please consult the Summary of Product Characteristics before prescribing.\n", "F005"),
])
def test_uk_market_is_checked_by_every_eu_rule(library, tmp_path, removed, code):
    ref, packs = library
    text = EU_STYLE + AE_REQUEST
    _, whole = codes(ref, packs, tmp_path, text, market="UK")
    assert code not in whole
    _, cut = codes(ref, packs, tmp_path, text.replace(removed, ""), market="UK")
    assert code in cut


def test_uk_market_gets_no_us_rule(library, tmp_path):
    ref, packs = library
    _, found = codes(ref, packs, tmp_path, EU_STYLE + AE_REQUEST, market="UK")
    assert not {"B001", "F003"} & found   # the boxed warning and the PI pointer are US rules


@pytest.mark.parametrize("declared", ["GB", "gb", "UK", "uk"])
def test_an_alias_or_any_case_declares_the_uk(library, tmp_path, declared):
    ref, packs = library
    result, _ = codes(ref, packs, tmp_path, f"---\nmarket: {declared}\n---\n" + EU_STYLE)
    assert result.market == "UK" and not result.market_assumed


def test_smpc_and_yellow_card_together_show_a_uk_piece(library, tmp_path):
    ref, packs = library
    with_card = EU_STYLE + "\nReport suspected side effects via the Yellow Card scheme.\n"
    result, _ = codes(ref, packs, tmp_path, with_card)
    assert result.market == "UK" and result.market_assumed
    assert "checked as UK" in result.notice and "Yellow Card" in result.notice
    only_eu, _ = codes(ref, packs, tmp_path, EU_STYLE)
    assert only_eu.market == "EU"


def test_uk_material_reads_decimal_points_and_eu_decimal_commas(library):
    _, packs = library
    assert packs.markets.lineage("UK") == ("UK", "EU")
    assert packs.markets.decimal_comma("EU") and not packs.markets.decimal_comma("UK")


JP_PACK = """\
schema_version: 1
pack: jp
title: Japan
markets: [JP]
market_definitions:
  - id: JP
    name: Japan (PMDA)
{extra}
rules:
  - code: F099
    name: jp-pointer
    type: required-content
    category: fair-balance
    severity: error
    summary: The package insert is named.
    why: test
    basis: test
    cite: test
    bad: a piece without it
    good: see the package insert
    fix: name it
    when: {{product_named: true{when}}}
    elements:
      - id: pointer
        label: the package insert
        all_of: [[package insert]]
"""


@pytest.mark.parametrize("extra, when, message", [
    ("    includes: [KR]", "", "market JP includes KR, which no loaded rule pack defines"),
    ("    includes: [JP]", "", "market JP includes JP, which includes JP"),
    ("    aliases: [EU]", "", "market alias 'EU' of JP is already the code or an alias of EU"),
    ("", ", mentions: [package-insert], always_in: [KR]", "when.always_in names market KR"),
])
def test_a_bad_market_definition_is_refused_at_load_with_its_line(library, tmp_path, extra, when, message):
    ref, _ = library
    pack = tmp_path / "jp.yaml"
    text = JP_PACK.format(extra=extra, when=when)
    if "mentions" in when:
        text = text.replace("rules:\n", "concepts:\n  package-insert:\n    label: the insert\n"
                                        "    synonyms: [package insert]\nrules:\n")
    pack.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_rulepacks([ROOT / "rules", pack], ref)
    assert message in str(exc.value) and "jp.yaml:" in str(exc.value)
