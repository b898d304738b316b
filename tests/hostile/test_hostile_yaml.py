"""Hostile claims-library and rule-pack files: refused through the CLI with exit 2 and one line
on stderr naming ``file:line``, never a traceback, never code execution, never a hang.

Each case starts from the shipped file (so the test follows the real format) and plants one
hazard at a known line: YAML tags (``!!python/object/apply``), anchors and aliases (the
"billion laughs" expansion), deep nesting, values of the wrong type, numbers Python refuses,
duplicate keys, broken syntax, bytes that are not UTF-8, and for rule packs a regular expression
that backtracks catastrophically.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hostile_support import REFERENCE, ROOT, one_line_error, run_cli

SHIPPED_REFERENCE = next(iter(sorted(REFERENCE.glob("*.yaml"))), None)
SHIPPED_RULES = ROOT / "rules" / "common.yaml"
DRAFT = "CR/CRi was reached by 80.7% of patients with BESPONSA vs 29.4% with standard chemotherapy.\n"

pytestmark = pytest.mark.skipif(SHIPPED_REFERENCE is None, reason="no claims library in reference/")


def _first_line(text: str, pattern: str) -> int:
    """1-based line of the first line matching ``pattern``."""
    for i, line in enumerate(text.splitlines(), 1):
        if re.search(pattern, line):
            return i
    raise AssertionError(f"no line matches {pattern!r}")


def _append(text: str, extra: str) -> tuple[str, int]:
    """The text with ``extra`` appended as new top-level lines, and the line ``extra`` starts at."""
    text = text if text.endswith("\n") else text + "\n"
    return text + extra, text.count("\n") + 1


def _replace_line(text: str, pattern: str, new_line: str) -> tuple[str, int]:
    line = _first_line(text, pattern)
    lines = text.splitlines(keepends=True)
    indent = re.match(r"\s*", lines[line - 1]).group()
    lines[line - 1] = indent + new_line + "\n"
    return "".join(lines), line


def _reference_cases() -> dict[str, tuple[str | bytes, int | None, str]]:
    """name → (file content, expected line or None, a word the message must hold).

    The word is only asserted where the message is claimcheck's own wording, never a dependency's."""
    good = SHIPPED_REFERENCE.read_text(encoding="utf-8")
    cases: dict[str, tuple[str | bytes, int | None, str]] = {}
    cases["python-tag"] = (*_append(good, "x: !!python/object/apply:os.system ['touch PWNED']\n"), "tag")
    cases["python-name-tag"] = (*_append(good, "x: !!python/name:os.system\n"), "tag")
    cases["local-tag"] = (*_append(good, "x: !include other.yaml\n"), "tag")
    cases["binary-tag"] = (*_append(good, "x: !!binary aGVsbG8=\n"), "tag")
    cases["billion-laughs"] = (*_append(good, 'lol1: &a ["lol", "lol", "lol"]\nlol2: &b [*a, *a, *a]\n'
                                              "lol3: [*b, *b, *b]\n"), "anchor")
    cases["alias-only"] = (*_append(good, "x: *undefined\n"), "")
    cases["merge-key"] = (*_append(good, "x:\n  <<: {a: 1}\n"), "")
    deep = "deep: " + "[" * 20000 + "]" * 20000 + "\n"
    # deep nesting: refused at the line it starts, whichever layer (ours or PyYAML's own limit,
    # new in 6.0.4) says so first; the wording belongs to whoever refused it, so no word is asserted
    cases["deep-flow-nesting"] = (*_append(good, deep), "")
    deep_block = "deep:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(200)) + "  " * 201 + "v: 1\n"
    text, start = _append(good, deep_block)
    cases["deep-block-nesting"] = (text, None, "")
    cases["wrong-type-number"] = (*_replace_line(good, r"^\s*\w+: \{?value: \d|^\s*value: \d", "value: eighty"), "")
    cases["huge-integer"] = (*_replace_line(good, r"^\s*\w+: \{?value: \d|^\s*value: \d", "value: 1" + "0" * 5000),
                             "value")
    cases["duplicate-key"] = (*_append(good, good.splitlines()[_first_line(good, r"^\w") - 1] + "\n"), "duplicate")
    text, line = _append(good, "x: [1, 2\ny: 3\n")
    cases["unclosed-flow"] = (text, line + 1, "invalid YAML")  # found where the next key starts
    text, line = _append(good, "x:\n\t- 1\n")
    cases["tab-indent"] = (text, line + 1, "invalid YAML")  # the line holding the tab
    cases["top-level-list"] = ("- 1\n- 2\n", 1, "mapping")
    cases["top-level-scalar"] = ("just text\n", 1, "mapping")
    cases["empty"] = ("", 1, "mapping")
    data = good.encode("utf-8")
    cut = data.index(b"\n", len(data) // 2) + 1
    cases["not-utf8"] = (data[:cut] + b"caf\xe9 \xff\xfe\n" + data[cut:], data[:cut].count(b"\n") + 1, "UTF-8")
    return cases


REFERENCE_CASES = _reference_cases() if SHIPPED_REFERENCE else {}


@pytest.mark.parametrize("case", sorted(REFERENCE_CASES))
def test_bad_reference_is_refused_with_file_and_line(case, tmp_path):
    content, line, word = REFERENCE_CASES[case]
    bad = tmp_path / "bad.yaml"
    (bad.write_bytes if isinstance(content, bytes) else bad.write_text)(content)
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT)
    run = run_cli("lint", "--reference", bad, draft, cwd=tmp_path, timeout=120)
    assert not run.timed_out
    assert run.returncode == 2, (run.returncode, run.stdout, run.stderr)
    message = one_line_error(run)
    where = re.search(r"bad\.yaml:(\d+):", message)
    assert where, f"no file:line in {message!r}"
    if line is not None:
        assert int(where.group(1)) == line, message
    assert "internal error" not in message, message
    assert word.lower() in message.lower(), message
    assert not (tmp_path / "PWNED").exists()
    assert not run.stdout.strip()  # nothing linted with a broken library


def test_oversized_reference_is_refused(tmp_path):
    bad = tmp_path / "big.yaml"
    with bad.open("w") as f:
        f.write("notes: |\n")
        line = "  " + "x" * 1000 + "\n"
        for _ in range(9 * 1024):
            f.write(line)
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT)
    run = run_cli("lint", "--reference", bad, draft, cwd=tmp_path)
    assert run.returncode == 2
    message = one_line_error(run)
    assert "big.yaml" in message and "MiB" in message


# ----------------------------------------------------------------------------- rule packs
@pytest.mark.skipif(not SHIPPED_RULES.is_file(), reason="no shipped rule pack rules/common.yaml")
@pytest.mark.parametrize("case", ["python-tag", "billion-laughs", "deep-flow-nesting", "duplicate-key", "not-utf8"])
def test_bad_rule_pack_is_refused_with_file_and_line(case, tmp_path):
    good = SHIPPED_RULES.read_text(encoding="utf-8")
    content: str | bytes
    if case == "python-tag":
        content, line = _append(good, "x: !!python/object/apply:os.system ['touch PWNED']\n")
    elif case == "billion-laughs":
        content, line = _append(good, 'lol1: &a ["lol", "lol"]\nlol2: [*a, *a]\n')
    elif case == "deep-flow-nesting":
        content, line = _append(good, "deep: " + "[" * 20000 + "]" * 20000 + "\n")
    elif case == "duplicate-key":
        content, line = _append(good, good.splitlines()[_first_line(good, r"^\w") - 1] + "\n")
    else:
        content, line = good.encode() + b"\xff\n", good.count("\n") + 1
    bad = tmp_path / "bad.yaml"
    (bad.write_bytes if isinstance(content, bytes) else bad.write_text)(content)
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT)
    run = run_cli("lint", "--reference", REFERENCE, "--rules", bad, draft, cwd=tmp_path, timeout=120)
    assert run.returncode == 2, (run.stdout, run.stderr)
    message = one_line_error(run)
    assert f"bad.yaml:{line}:" in message, message
    assert not (tmp_path / "PWNED").exists()


@pytest.mark.skipif(not SHIPPED_RULES.is_file(), reason="no shipped rule pack rules/common.yaml")
@pytest.mark.parametrize("regex", [r"(a+)+$", r"(\w+\s?)+$", r"(a|a)*$", r"(?:x|xy)*z", r"(.*a){12}"])
def test_rule_pack_with_backtracking_regex_is_refused(regex, tmp_path):
    good = SHIPPED_RULES.read_text(encoding="utf-8")
    start = good.index("{regex: '")
    end = good.index("'}", start) + 2
    line = good[:start].count("\n") + 1
    bad = tmp_path / "bad.yaml"
    bad.write_text(good[:start] + "{regex: '" + regex + "'}" + good[end:])
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT)
    run = run_cli("lint", "--reference", REFERENCE, "--rules", bad, draft, cwd=tmp_path, timeout=120)
    assert run.returncode == 2, (run.stdout, run.stderr)
    message = one_line_error(run)
    assert f"bad.yaml:{line}:" in message and "regex" in message, message
