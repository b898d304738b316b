"""Loading rule packs: schema, regex safety and YAML safety errors carry file:line."""

from __future__ import annotations

import textwrap

import pytest
from rulepack_helpers import RULES_DIR

from claimcheck.checks.values import VALUE_MISMATCH
from claimcheck.errors import ConfigError
from claimcheck.registry import RULE_TYPES, Registry, RuleType
from claimcheck.rulepacks import check_regex, load_rulepacks

RULE = """\
schema_version: 1
pack: test
markets: [US]
rules:
  - code: {code}
    name: test-rule
    type: forbidden
    category: overstatement
    summary: s
    why: w
    basis: b
    bad: x
    good: y
    fix: z
    terms: {terms}
{extra}"""


def write(tmp_path, code="O901", terms='["amazing"]', extra="", name="pack.yaml"):
    path = tmp_path / name
    path.write_text(RULE.format(code=code, terms=terms, extra=extra))
    return path


def error_of(path) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load_rulepacks([path])
    return info.value


def test_the_shipped_packs_load(packs):
    assert {p["pack"] for p in packs.packs} == {"common", "us", "eu", "xospata"}
    assert [p for p, _ in packs.files] == [str(RULES_DIR / n) for n in ("common.yaml", "eu.yaml", "us.yaml",
                                                                         "xospata.yaml")]
    # markets are data: the packs define them, US is the default
    assert sorted(packs.markets.known) == ["EU", "UK", "US"] and packs.markets.default() == "US"
    assert packs.markets.decimal_comma("EU") and not packs.markets.decimal_comma("US")
    assert all(len(h) == 64 for _, h in packs.files)


def test_a_valid_pack_registers_its_rule(tmp_path):
    packs = load_rulepacks([write(tmp_path, code="O951")])
    rules = Registry(packs)  # what a Linter built with the packs knows
    assert rules["O951"].name == "test-rule" and rules["O951"].origin.endswith("pack.yaml:5")
    assert [r.rule.code for r in packs.rules] == ["O951"]
    assert "O951" not in Registry()  # loading registered nothing anywhere else


def test_unknown_key(tmp_path):
    err = error_of(write(tmp_path, extra="    colour: red\n"))
    assert err.path.endswith("pack.yaml") and err.line == 16       # the line of the unknown key
    assert "colour" in err.message and str(err).startswith(f"{err.path}:16: ")


def test_unknown_top_level_key(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_text(RULE.format(code="O902", terms='["x"]', extra="") + "extras: 1\n")
    err = error_of(path)
    assert err.line == 16 and "extras" in err.message


@pytest.mark.parametrize("regex, line", [
    ("(a+)+", 15), ("(a*)*", 15), ("(a|a)*", 15), ("(?:\\\\w+\\\\s?)+", 15), ("(unclosed", 15),
    ("(?P<n>x)", 15), ("(a)\\\\1", 15), ("x" * 301, 15),
])
def test_bad_regex(tmp_path, regex, line):
    err = error_of(write(tmp_path, terms=f'[{{regex: "{regex}"}}]'))
    assert err.line == line, str(err)
    assert "regex" in err.message or "regular expression" in err.message or "characters" in err.message


def test_bad_regex_in_a_nested_list_points_at_its_line(tmp_path):
    extra = "    exceptions:\n      - fine\n      - {regex: '(b+)+c'}\n"
    err = error_of(write(tmp_path, extra=extra))
    assert err.line == 18 and "nested quantifiers" in err.message


def test_product_placeholder_only_in_exceptions_void_after(tmp_path):
    # {product} is expanded per document in exceptions_void_after; anywhere else it would match nothing
    extra = "    exceptions_void_after:\n      - {regex: '{product}\\s{1,3}then\\s{1,3}rest'}\n"
    packs = load_rulepacks([write(tmp_path, code="O952", extra=extra)])
    assert [t.text for t in packs.rules[0].void_after] == ["{product}\\s{1,3}then\\s{1,3}rest"]
    err = error_of(write(tmp_path, code="O953", extra="    exceptions:\n      - fine\n      - {regex: '{product}\\s{1,3}x'}\n"))
    assert err.line == 18 and "{product}" in err.message


def test_yaml_alias_is_refused(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_text(RULE.format(code="O903", terms="&t [a, b]", extra="    exceptions: *t\n"))
    err = error_of(path)
    assert err.line == 15 and "anchors and aliases" in err.message


def test_code_must_match_category(tmp_path):
    err = error_of(write(tmp_path, code="F901"))
    assert err.line == 5 and "O001-O999" in err.message


def test_duplicate_code_across_packs(tmp_path):
    write(tmp_path, code="O904", name="a.yaml")
    write(tmp_path, code="O904", name="b.yaml")
    err = error_of(tmp_path)
    assert err.path.endswith("b.yaml") and err.line == 5 and "already defined" in err.message


def test_code_of_a_python_rule_is_refused(tmp_path):
    python_rule = VALUE_MISMATCH.__class__(**{**VALUE_MISMATCH.__dict__, "code": "O999", "origin": "src/somewhere.py"})
    packs = load_rulepacks([write(tmp_path, code="O999")])
    with pytest.raises(ConfigError) as info:
        Registry(packs, rule_types=(*RULE_TYPES, RuleType((python_rule,))))
    err = info.value
    assert "already defined by src/somewhere.py" in err.message
    assert err.path.endswith("pack.yaml") and err.line == 5


def test_the_same_file_named_twice_is_loaded_once():
    packs = load_rulepacks([RULES_DIR, RULES_DIR / "us.yaml"])
    assert len(packs.files) == 4


def test_missing_file_and_empty_folder(tmp_path):
    assert "not found" in error_of(tmp_path / "nope.yaml").message
    (tmp_path / "empty").mkdir()
    assert "no *.yaml" in error_of(tmp_path / "empty").message


def test_a_pack_may_name_a_new_market(tmp_path):
    """Markets are data: a pack naming JP makes JP a known market (no list in the code)."""
    path = tmp_path / "pack.yaml"
    path.write_text(RULE.format(code="O905", terms='["x"]', extra="").replace("markets: [US]", "markets: [JP]"))
    packs = load_rulepacks([path])
    assert list(packs.markets.known) == ["JP"] and [r.rule.code for r in packs.rules_for("JP")] == ["O905"]


def test_a_malformed_market_code(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_text(RULE.format(code="O905", terms='["x"]', extra="").replace("markets: [US]", "markets: [usa]"))
    err = error_of(path)
    assert err.line == 3


@pytest.mark.parametrize("source", ["(a+)+", "(a*)*", "(a|a)*", "(a|ab)+", "(\\w+\\s?)+x", "(?:x+y?)*"])
def test_check_regex_refuses_catastrophic_shapes(source):
    assert check_regex(source)


@pytest.mark.parametrize("source", [
    r"(?:no|without)\s{1,3}(?:any\s{1,3})?side[\s\-]{0,3}effects?",
    r"(?:\w{1,20}\s{1,3}){0,4}drawn", r"\d{1,3}(?:,\d{3})+", r"(?:foo|bar)+", r"a+b+c+",
])
def test_check_regex_accepts_linear_shapes(source):
    assert check_regex(source) is None


def test_requires_endpoint_placeholder_in_trigger_phrases(tmp_path):
    text = textwrap.dedent("""\
        schema_version: 1
        pack: t
        markets: [US]
        rules:
          - code: F901
            name: t
            type: requires-if
            category: fair-balance
            summary: s
            why: w
            basis: b
            bad: x
            good: y
            fix: z
            when:
              phrases:
                terms: [wonderful]
            require:
              label: l
              all_of: [["{endpoint}"]]
        """)
    path = tmp_path / "pack.yaml"
    path.write_text(text)
    err = error_of(path)
    assert err.line == 16 and "{endpoint}" in err.message


def test_unknown_rule_type(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_text(RULE.format(code="O906", terms='["x"]', extra="").replace("type: forbidden", "type: forbiden"))
    err = error_of(path)
    assert err.line == 7 and "forbiden" in err.message
