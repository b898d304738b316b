"""`claimcheck rule CODE`, `claimcheck rule --all`."""

from __future__ import annotations


def test_rule_prints_what_why_basis_and_examples(project):
    r = project.cli("rule", "S001")
    assert r.exit_code == 0
    for heading in ("What it checks", "Why it matters", "Regulatory basis", "Bad", "Good", "How to fix"):
        assert heading in r.stdout
    assert "<!-- claimcheck: ignore[V001] -->" in r.stdout
    assert project.cli("rule", "v001").stdout.startswith("V001 value-mismatch")


def test_rule_all_lists_every_rule_including_suppression_rules(project):
    r = project.cli("rule", "--all")
    codes = [line.split()[0] for line in r.stdout.splitlines()]
    assert {"V001", "U001", "S001", "S002", "S003"} <= set(codes)
    assert codes == sorted(codes)


def test_unknown_rule_is_exit_2(project):
    r = project.cli("rule", "Z999")
    assert r.exit_code == 2 and "unknown rule" in r.stderr


def test_rule_all_never_cuts_a_word(project):
    """Issue 10, item 13: the summary column was cut at 80 characters, mid-word. With the shipped
    rule packs (long summaries), each listed summary is whole words of the rule's first sentence,
    followed by " …" when shortened."""
    from conftest import ROOT

    from claimcheck.registry import Registry
    from claimcheck.rulepacks import load_rulepacks

    RULES = Registry(load_rulepacks([ROOT / "rules"]))  # what `rule --rules ROOT/rules` documents
    r = project.run("rule", "--all", "--rules", str(ROOT / "rules"))
    assert r.exit_code == 0
    shortened = 0
    for line in r.stdout.splitlines():
        code, _name, _category, _severity, listed = line.split(None, 4)
        words = listed.removesuffix(" …").split()
        # the rule's own page shows the same rule (the CLI builds its registry from the same packs)
        assert project.cli("rule", "--rules", str(ROOT / "rules"), code).stdout == RULES[code].documentation() + "\n"
        first = RULES[code].summary.split(". ")[0].split()
        assert words == first[:len(words)], (code, listed)
        assert listed.endswith(" …") == (len(words) < len(first)), (code, listed)
        assert len(listed) <= 80
        shortened += listed.endswith(" …")
    assert shortened, "no summary long enough to be shortened: the test shows nothing"
