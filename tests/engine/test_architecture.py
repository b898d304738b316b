"""Where a new piece goes (README, "Architecture"), proved: each is added in its one place.

* a rule type: one line in ``registry.RULE_TYPES`` (a check module's rules and check function);
* a reader: one line in ``documents.READERS``; a reporter: one line in ``report.REPORTERS``;
* a product and a market: YAML only (a claims library and a rule pack, here in tmp_path);
* the rule registry is the Linter's: two Linters with different rule packs in one process
  never see each other's rules (findings, suppressions, --select, SARIF, ``claimcheck rule``).
"""

from __future__ import annotations

import json
import textwrap

import pytest
from click.testing import CliRunner

from claimcheck import documents, registry, report
from claimcheck.checks import Rule
from claimcheck.cli import main
from claimcheck.documents import Document, Reader
from claimcheck.engine import Linter, collect_files
from claimcheck.reference import load_reference
from claimcheck.rulepacks import load_rulepacks

#: a product no shipped library knows, added with YAML only
LIBRARY = """\
schema_version: 1
product:
  id: examplimab
  names: [EXAMPLIMAB, examplimab]
  description: a made-up product, added with YAML only
arms:
  examplimab:
    label: EXAMPLIMAB
    synonyms: [EXAMPLIMAB, examplimab]
    product: true
  placebo:
    label: placebo
    synonyms: [placebo]
    product: false
endpoints:
  orr:
    label: objective response rate
    synonyms: [objective response rate, response rate, ORR]
    domain: efficacy
populations:
  itt:
    label: intention-to-treat population
    synonyms: [intention-to-treat, ITT]
studies:
  - id: toy-1
    names: [TOY-1]
    design: randomized phase 3, EXAMPLIMAB vs placebo; N=200
    primary_endpoints:
      - {endpoint: orr, met: true}
    entries:
      - id: toy-1.orr
        endpoint: orr
        measure: rate
        unit: percent
        population: itt
        analysis: primary
        default: true
        arms:
          examplimab: {value: 42.5, N: 100}
          placebo: {value: 10.0, N: 100}
        source: {document: "Example A et al. 2026", where: "primary analysis"}
"""

#: a market no shipped pack knows (JP), with a requirement scoped to the new product
MARKET_PACK = """\
schema_version: 1
pack: examplimab-jp
title: EXAMPLIMAB in Japan
markets: [JP]
products: [examplimab]
market_definitions:
  - id: JP
    name: Japan (PMDA)
    markers: [PMDA]
rules:
  - code: F098
    name: jp-package-insert-pointer
    type: required-content
    category: fair-balance
    severity: error
    summary: A Japanese piece that names the product points to the package insert.
    why: Prescribers must be directed to the approved package insert.
    basis: PMDA guidance (example)
    bad: "EXAMPLIMAB text without a pointer."
    good: "See the package insert."
    fix: Add a pointer to the package insert.
    elements:
      - id: package-insert
        label: pointer to the package insert
        all_of: [[package insert]]
"""

#: a one-rule language pack: CODE flags WORD
WORD_PACK = """\
schema_version: 1
pack: {name}
markets: [US]
rules:
  - code: {code}
    name: no-{word}
    type: forbidden
    category: overstatement
    summary: The word "{word}" overstates.
    why: w
    basis: b
    bad: "{word}"
    good: "effective"
    fix: Remove "{word}".
    terms: ["{word}"]
"""

CLAIM = "In TOY-1, EXAMPLIMAB achieved an objective response rate of {value} vs 10.0% with placebo."


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reference")
    (folder / "examplimab.yaml").write_text(LIBRARY, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def reference(library):
    return load_reference([library])


def pack(folder, name, code, word):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(WORD_PACK.format(name=name, code=code, word=word), encoding="utf-8")
    return path


def cli(*args):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


# ------------------------------------------------------------------ a product and a market: YAML only
def test_a_product_and_a_market_are_added_with_yaml_only(tmp_path, library):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "jp.yaml").write_text(MARKET_PACK, encoding="utf-8")
    bad = tmp_path / "bad.md"
    bad.write_text("---\nmarket: JP\n---\n" + CLAIM.format(value="45.5%") + "\n", encoding="utf-8")
    good = tmp_path / "good.md"
    good.write_text("---\nmarket: JP\n---\n" + CLAIM.format(value="42.5%") + " See the package insert.\n",
                    encoding="utf-8")
    code, out, err = cli("lint", "--reference", str(library), "--rules", str(rules), "--format", "json",
                         str(bad), str(good))
    assert code == 1, err
    data = json.loads(out)
    found = sorted((f["path"].rsplit("/", 1)[-1], f["line"], f["rule"], f.get("expected")) for f in data["findings"])
    # the new product's entry confirms or refutes its figure; the new market's requirement applies
    assert found == [("bad.md", 1, "F098", "pointer to the package insert"), ("bad.md", 4, "V001", "42.5%")]
    assert {r["path"].rsplit("/", 1)[-1]: r["market"] for r in data["files"]} == {"bad.md": "JP", "good.md": "JP"}
    # the new market is known to --market; the shipped markets are not (only the tmp packs are loaded)
    assert cli("lint", "--reference", str(library), "--rules", str(rules), "--market", "JP", str(good))[0] == 0
    code, _, err = cli("lint", "--reference", str(library), "--rules", str(rules), "--market", "US", str(good))
    assert code == 2 and "JP" in err


# ------------------------------------------------------------------ a reader and a reporter: one line each
def _read_toy(path: str, data: bytes, options) -> Document:
    """A made-up format: lines separated by "|" (same length as the text, so offsets hold)."""
    return Document(path=path, text=data.decode("utf-8").replace("|", "\n"), format="toy")


TOY_READER = Reader("toy", (".toy",), _read_toy)
TOY_REPORTER = report.Reporter("toy", lambda rep, color: iter(f"{f.rule}@{f.line}\n" for f in rep.findings))


def test_a_reader_and_a_reporter_are_added_in_their_tables(tmp_path, reference, monkeypatch):
    monkeypatch.setattr(documents, "READERS", (*documents.READERS, TOY_READER))
    monkeypatch.setattr(report, "REPORTERS", (*report.REPORTERS, TOY_REPORTER))
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "piece.toy").write_text("Response.|" + CLAIM.format(value="45.5%"), encoding="utf-8")
    (drafts / "notes.bin").write_bytes(b"not a draft")
    # the folder walk collects the new extension (and only lintable ones)
    files = list(collect_files([str(drafts)]))
    assert files == [(str(drafts / "piece.toy"), None)]
    result = Linter(reference).lint_file(files[0][0])
    assert result.error is None
    # read by the toy reader: the claim is on line 2 (as plain text it would be on line 1)
    assert [(f.rule, f.line) for f in result.findings] == [("V001", 2)]
    assert report.render("toy", report.Report([result], "0")) == "V001@2\n"


def test_without_the_table_entries_neither_exists(tmp_path):
    (tmp_path / "piece.toy").write_text("x", encoding="utf-8")
    assert ".toy" not in documents.lintable_suffixes()
    assert documents.sniff_format(str(tmp_path / "piece.toy"), b"x|y") == "text"  # read as plain text
    with pytest.raises(ValueError, match="unknown format toy"):
        report.render("toy", report.Report([], "0"))


# ------------------------------------------------------------------ a rule type: one line in RULE_TYPES
TODO = Rule(code="X001", name="todo-left", category="editorial", severity="warning",
            summary="A TODO left in the text.", why="w", basis="b", bad="TODO", good="done", fix="Finish it.",
            origin="tests/engine/test_architecture.py")


def _check_todo(ctx):
    start = ctx.document.text.find("TODO")
    if start != -1:
        yield ctx.finding(TODO, start, start + 4, "a TODO is left in the text")


def test_a_rule_type_is_added_in_the_table(tmp_path, reference, library, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no ./rules: the built-in rules only
    draft = tmp_path / "draft.md"
    draft.write_text("Intro.\n\nTODO: the response rate.\n", encoding="utf-8")
    before = Linter(reference)
    monkeypatch.setattr(registry, "RULE_TYPES", (*registry.RULE_TYPES, registry.RuleType((TODO,), _check_todo)))
    after = Linter(reference)
    assert [(f.rule, f.line) for f in after.lint_file(str(draft)).findings] == [("X001", 3)]
    assert "X001" in after.registry and "X001" not in before.registry
    assert before.lint_file(str(draft)).findings == []  # a Linter's registry is fixed when it is built
    # documented by `claimcheck rule`, known to --select
    code, out, _ = cli("rule", "--reference", str(library), "X001")
    assert code == 0 and out == TODO.documentation() + "\n"
    code, out, _ = cli("lint", "--reference", str(library), "--select", "X001", "--format", "concise", str(draft))
    assert code == 0 and out.startswith(f"{draft}:3:1: X001 [warning] a TODO is left in the text")


# ------------------------------------------------------------------ one registry per Linter
def test_two_linters_with_different_rule_packs_do_not_see_each_others_rules(tmp_path, reference, library):
    pack(tmp_path / "a", "amazing", "O951", "amazing")
    pack(tmp_path / "b", "stunning", "O952", "stunning")
    a = Linter(reference, market="US", rulepacks=load_rulepacks([tmp_path / "a"], reference))
    b = Linter(reference, market="US", rulepacks=load_rulepacks([tmp_path / "b"], reference))
    bare = Linter(reference, market="US")
    assert "O951" in a.registry and "O952" not in a.registry
    assert "O952" in b.registry and "O951" not in b.registry
    assert not {"O951", "O952"} & set(bare.registry)
    assert set(a.registry) - {"O951"} == set(bare.registry) == set(b.registry) - {"O952"}

    draft = tmp_path / "draft.md"
    draft.write_text("EXAMPLIMAB is amazing and stunning.\n", encoding="utf-8")
    assert [f.rule for f in a.lint_file(str(draft)).findings] == ["O951"]
    assert [f.rule for f in b.lint_file(str(draft)).findings] == ["O952"]
    assert bare.lint_file(str(draft)).findings == []

    # a suppression names a rule the Linter knows, or is an unknown rule (S002)
    suppressed = tmp_path / "suppressed.md"
    suppressed.write_text('<!-- claimcheck: ignore[O952] reason="approved, MLR-1" -->\nEXAMPLIMAB is stunning.\n',
                          encoding="utf-8")
    assert [(f.rule, bool(f.suppressed)) for f in b.lint_file(str(suppressed)).findings] == [("O952", True)]
    assert [(f.rule, f.line) for f in a.lint_file(str(suppressed)).findings] == [("S002", 1)]

    # SARIF describes the run's rules: a's, not b's
    sarif = json.loads(report.render("sarif", report.Report([a.lint_file(str(draft))], "0", rules=a.registry)))
    described = {r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert described == set(a.registry) and "O952" not in described

    # --select is checked against the run's own rules
    code, _, err = cli("lint", "--reference", str(library), "--rules", str(tmp_path / "a"), "--select", "O952",
                       str(draft))
    assert code == 2 and "unknown rule code or prefix 'O952'" in err
    code, out, _ = cli("lint", "--reference", str(library), "--rules", str(tmp_path / "b"), "--market", "US",
                       "--select", "O952", "--fail-on", "warning", "--format", "concise", str(draft))
    assert code == 1 and " O952 " in out and " O951 " not in out
    # and `claimcheck rule` documents the rules of the packs it is given
    assert cli("rule", "--reference", str(library), "--rules", str(tmp_path / "a"), "O951")[0] == 0
    code, _, err = cli("rule", "--reference", str(library), "--rules", str(tmp_path / "a"), "O952")
    assert code == 2 and "unknown rule 'O952'" in err
