"""Every rule's fixtures, with the expected findings written in the fixture itself.

Layout: one folder per rule, ``tests/fixtures/rules/<CODE>/``, built-in checks and rule-pack rules
alike. It holds ``bad.md`` and ``good.md``; a rule with several forms has more
(``bad-<form>.md``, ``good-<form>.md``). A rule checked across the documents of one run (C001,
``lint --consistency``) has folders instead (``bad/``, ``good/``), each a run of documents.

Expectations: an HTML comment ``<!-- expect: CODE -->`` on the line where the finding must be
reported (``<!-- expect: V002 V002 -->``: two findings on that line; ``<!-- expect: A001 V001 -->``:
two rules). A document-level finding (a missing PI pointer, F003) is reported at line 1, so its
marker ends line 1. The Markdown reader blanks comments (they go to ``Document.comments``), so a
marker is not linted text: ``test_markers_change_nothing`` proves every marked fixture gives the
same findings without its markers.

A bad fixture raises exactly the (rule, line) pairs its markers list, at least one of them its
own rule; a good fixture has no marker and raises nothing. The rules a fixture is checked for:
every built-in check, its own rule, and every rule its markers name. The other rule-pack rules are
out of scope: a fixture is a fragment, not a whole piece, so the pack rules that require what a
whole piece must carry (boxed warning B001, indication I001, PI pointer F003, …) would fire on every
fixture. A suppressed finding (an inline ``claimcheck: ignore`` with a reason) is not raised.

Each fixture is linted as the CLI lints it: the shipped claims library and every shipped rule pack
(both products), ``Linter.lint_file``; a run folder is followed by the cross-document check.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from claimcheck import checks
from claimcheck.documents import read_document
from claimcheck.engine import Linter
from claimcheck.findings import SEVERITY_RANK
from claimcheck.rulepacks import load_rulepacks

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "rules"
RULES_DIR = ROOT / "rules"

_MARKER = re.compile(r"<!--\s*expect\s*:(?P<body>.*?)-->", re.DOTALL)
_CODES = re.compile(r"\s*[A-Z]\d{3}(?:[\s,]+[A-Z]\d{3})*[\s,]*")


# ------------------------------------------------------------------ the rules and the fixtures
def loaded_rules(linter: Linter) -> dict[str, checks.Rule]:
    """Every rule ``linter`` has loaded (code -> Rule): the built-in rule types and its rule packs'
    rules, from the Linter's own registry (claimcheck.registry)."""
    return dict(linter.registry)


def _fixtures() -> list[tuple[str, str]]:
    """(code, name) of every fixture: bad*.md / good*.md files and bad*/ / good*/ run folders."""
    out = []
    for folder in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        for p in sorted(folder.iterdir()):
            if p.name.startswith(("bad", "good")) and (p.is_dir() or p.suffix == ".md"):
                out.append((folder.name, p.name))
    return out


FIXTURE_LIST = _fixtures()
BAD = [f for f in FIXTURE_LIST if f[1].startswith("bad")]
GOOD = [f for f in FIXTURE_LIST if f[1].startswith("good")]


def documents(fixture: Path) -> list[Path]:
    """The documents of a fixture: the file, or the .md files of a run folder in run order."""
    return sorted(fixture.glob("*.md")) if fixture.is_dir() else [fixture]


def expected(fixture: Path) -> list[tuple[str, str, int]]:
    """(file, rule, line) of every marker in the fixture's documents, sorted."""
    out = []
    for path in documents(fixture):
        text = path.read_text(encoding="utf-8")
        for m in _MARKER.finditer(text):
            body = m.group("body")
            assert _CODES.fullmatch(body), f"{path}: malformed marker {m.group()!r} (write <!-- expect: V001 -->)"
            line = text.count("\n", 0, m.start()) + 1
            out += [(path.name, code, line) for code in re.findall(r"[A-Z]\d{3}", body)]
    return sorted(out)


def strip_markers(text: str) -> str:
    """The fixture's text without its markers (and the space before each)."""
    return re.sub(r"[ \t]*" + _MARKER.pattern, "", text, flags=re.DOTALL)


def lint(linter: Linter, fixture: Path) -> list:
    """The findings of a fixture as the CLI gives them: each document linted, a run folder then
    checked across its documents (``lint --consistency``)."""
    results = [linter.lint_file(str(p)) for p in documents(fixture)]
    for r in results:
        assert r.error is None, r.error
    if fixture.is_dir():
        from claimcheck.checks.consistency import check_run

        check_run(results, linter.reference)
    return [f for r in results for f in r.findings]


def raised(findings, scope: set[str]) -> list[tuple[str, str, int]]:
    return sorted((Path(f.path).name, f.rule, f.line) for f in findings if not f.suppressed and f.rule in scope)


def scope_of(code: str, marks, rules: dict) -> set[str]:
    """The rules a fixture is checked for: the built-in checks, its own rule, the rules it names."""
    builtin = {c for c, r in rules.items() if r.origin.startswith("src/claimcheck/")}
    return builtin | {code} | {rule for _, rule, _ in marks}


@pytest.fixture(scope="module")
def fixture_linter(reference):
    """The CLI's default Linter: the shipped claims library and every shipped rule pack; claims kept
    for the cross-document check."""
    return Linter(reference, rulepacks=load_rulepacks([RULES_DIR], reference), keep_claims=True)


# ------------------------------------------------------------------ the tests
@pytest.mark.parametrize("code, name", BAD)
def test_bad_fixture_raises_exactly_its_expected_findings(fixture_linter, code, name):
    fixture = FIXTURES / code / name
    rules = loaded_rules(fixture_linter)
    marks = expected(fixture)
    assert code in {rule for _, rule, _ in marks}, f"{fixture}: a bad fixture marks where its own rule {code} fires"
    assert {rule for _, rule, _ in marks} <= set(rules), f"{fixture}: a marker names a rule that is not loaded"
    findings = lint(fixture_linter, fixture)
    assert raised(findings, scope_of(code, marks, rules)) == marks, [
        (f.rule, f.line, f.message) for f in findings]
    for f in findings:
        rule = rules[f.rule]
        assert (f.category, f.name) == (rule.category, rule.name), f.rule
        # a rule may report a lesser form of its defect below its severity (never above it)
        assert SEVERITY_RANK[f.severity] <= SEVERITY_RANK[rule.severity], f.rule
        if not rule.origin.startswith("src/"):  # a pack rule's message says its basis and how to satisfy it
            assert "Basis:" in f.message and "To satisfy:" in f.message, f.message


@pytest.mark.parametrize("code, name", GOOD)
def test_good_fixture_raises_nothing(fixture_linter, code, name):
    fixture = FIXTURES / code / name
    assert expected(fixture) == [], f"{fixture}: a good fixture expects nothing"
    findings = lint(fixture_linter, fixture)
    assert raised(findings, scope_of(code, [], loaded_rules(fixture_linter))) == [], [
        (f.rule, f.line, f.message) for f in findings]


@pytest.mark.parametrize("code, name", [f for f in BAD if expected(FIXTURES / f[0] / f[1])])
def test_markers_change_nothing(fixture_linter, tmp_path, code, name):
    """A marker is a comment the reader leaves out of the text: the fixture without its markers
    gives the same findings (every rule, not only the fixture's scope), at the same places."""
    fixture = FIXTURES / code / name
    plain = tmp_path / name
    if fixture.is_dir():
        shutil.copytree(fixture, plain)
    for original in documents(fixture):
        text = original.read_text(encoding="utf-8")
        document = read_document(original)
        assert "expect:" not in document.text, original
        assert sum("expect:" in raw for _, raw in document.comments) == len(_MARKER.findall(text)), original
        target = plain / original.name if fixture.is_dir() else plain
        target.write_text(strip_markers(text), encoding="utf-8")
        assert "expect:" not in target.read_text(encoding="utf-8")

    def seen(findings, folder):
        return [(Path(f.path).name, f.rule, f.line, f.column, f.severity, f.snippet,
                 f.message.replace(str(folder), "<fixture>")) for f in findings]

    with_markers = seen(lint(fixture_linter, fixture), fixture if fixture.is_dir() else fixture.parent)
    without = seen(lint(fixture_linter, plain), plain if fixture.is_dir() else tmp_path)
    assert with_markers == without


def test_every_loaded_rule_has_a_bad_and_a_good_fixture(fixture_linter):
    rules = loaded_rules(fixture_linter)
    # both products' packs and the built-in checks are loaded (a guard against an empty list)
    assert {"V001", "A006", "C001", "S001", "B001", "B002", "I004", "O001"} <= set(rules)
    names = {}
    for code, name in FIXTURE_LIST:
        names.setdefault(code, []).append(name)
    missing = [c for c in sorted(rules) if not any(n.startswith("bad") for n in names.get(c, []))
               or not any(n.startswith("good") for n in names.get(c, []))]
    assert missing == []
    # every fixture folder is a loaded rule's, and holds nothing but fixtures
    assert sorted(p.name for p in FIXTURES.iterdir()) == sorted(names) and set(names) <= set(rules)
    for code in names:
        assert sorted(p.name for p in (FIXTURES / code).iterdir()) == sorted(names[code]), code


def test_every_loaded_rule_is_documented(fixture_linter):
    for code, r in loaded_rules(fixture_linter).items():
        assert r.summary and r.why and r.basis and r.bad and r.good and r.fix, code
