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
