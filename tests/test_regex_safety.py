"""Every regular expression in claimcheck is safe against catastrophic backtracking.

The regexes are *discovered*, not listed, so a pattern added later is tested too:

- every compiled pattern reachable from a module's globals (``claims._MASKS``, each pattern of
  ``claims._PATTERNS``, ``claims._HEADER``, context.py, checks/*, the document readers, …);
- every ``re.compile/search/match/sub/…`` call with a literal pattern anywhere in the source
  (patterns compiled inside functions), found by walking the syntax tree;
- the tokenizer's citation-suffix pattern (pipeline.py), which spaCy compiles;
- the patterns of the shipped rule packs, as the rule-pack loader compiled them.

Each is run with ``finditer``, ``match`` and ``fullmatch`` (a pattern can be linear for a search
and exponential for a full match) over pathological inputs of about 20,000 characters: long
runs of digits, ``"1." * 10000``, ``"(" * 10000``, ``"% "`` repeated, and the separators and
markup the patterns look for. A linear pattern scans such an input in a few milliseconds; an
exponential one needs years, a quadratic one a few tenths of a second here but minutes on a
200,000-character chunk of a real document. So an operation fails when it takes longer than
:data:`BOUND_SECONDS`, or when it takes more than :data:`SUSPECT_SECONDS` and an input four times
as long takes more than eight times as long (linear: four times, quadratic: sixteen): a ratio, so
a loaded CI machine does not fail a linear pattern. The timings are the process's CPU time, not
the wall clock, so other processes on a shared machine do not stretch them; a ratio over the
limit is measured again, best timings kept. A hard interrupt (:data:`HARD_LIMIT_SECONDS`) stops a
runaway pattern instead of hanging the suite.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import random
import re
import signal
import sys
import time
from pathlib import Path

import pytest

import claimcheck

SRC = Path(claimcheck.__file__).resolve().parent
ROOT = SRC.parents[1]

#: an operation slower than this over a ~20k-character input is treated as backtracking
BOUND_SECONDS = 0.5
#: an operation slower than this is timed again on a longer input (growth-ratio check)
SUSPECT_SECONDS = 0.02
#: the longer input is the pathological input repeated this many times
GROWTH_FACTOR = 4
#: the longer input may multiply the time by at most this (linear: 4, quadratic: 16). With a
#: factor of 2 and a limit of 3 (linear 2, quadratic 4) a linear pattern whose timings were
#: stretched by half once failed CI
MAX_GROWTH = 8.0
#: a growth ratio over MAX_GROWTH is measured again this many times (best timing of each kept):
#: backtracking grows the same way every time, a busy machine does not
RETRIES = 2
#: an operation still running after this long is interrupted (and fails)
HARD_LIMIT_SECONDS = 5.0

_RE_FUNCS = {"compile", "search", "match", "fullmatch", "sub", "subn", "finditer", "findall", "split"}


def _walk(obj, name: str, found: dict, depth: int = 0) -> None:
    if isinstance(obj, re.Pattern):
        found.setdefault(name, obj)
    elif depth < 4 and isinstance(obj, (list, tuple, set, frozenset)):
        for i, item in enumerate(obj):
            _walk(item, f"{name}[{i}]", found, depth + 1)
    elif depth < 4 and isinstance(obj, dict):
        for key, item in obj.items():
            _walk(item, f"{name}[{key!r}]", found, depth + 1)


def module_patterns() -> dict[str, re.Pattern]:
    found: dict[str, re.Pattern] = {}
    for info in pkgutil.walk_packages([str(SRC)], "claimcheck."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional reader whose dependency is missing
            continue
        for key, value in vars(module).items():
            _walk(value, f"{info.name}.{key}", found)
    return found


def _flags(node: ast.AST) -> int:
    """re.I | re.S … from a call's flags argument (0 when it is not a plain re.X expression)."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "re":
        return int(getattr(re, node.attr, 0))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _flags(node.left) | _flags(node.right)
    return 0


def source_patterns() -> dict[str, re.Pattern]:
    """Literal patterns passed to re.* anywhere in the source (including inside functions)."""
    found: dict[str, re.Pattern] = {}
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                    and node.func.attr in _RE_FUNCS and node.args):
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue  # built from parts: the compiled result is found through the module's globals
            flag_node = next((k.value for k in node.keywords if k.arg == "flags"), None)
            if flag_node is None:
                position = 1 if node.func.attr == "compile" else {"sub": 4, "subn": 4, "split": 3}.get(node.func.attr, 2)
                flag_node = node.args[position] if len(node.args) > position else None
            flags = _flags(flag_node) if flag_node is not None else 0
            found[f"{path.relative_to(SRC)}:{node.lineno}"] = re.compile(first.value, flags)
    return found


def tokenizer_patterns() -> dict[str, re.Pattern]:
    from claimcheck import pipeline

    return {"pipeline._CITATION_SUFFIX": re.compile(pipeline._CITATION_SUFFIX)}


def rulepack_patterns() -> dict[str, re.Pattern]:
    """Compiled patterns held by the shipped rule packs, as loaded (empty when there are none)."""
    rules_dir = ROOT / "rules"
    if not rules_dir.is_dir() or not any(rules_dir.glob("*.yaml")):
        return {}
    from claimcheck.reference import load_reference
    from claimcheck.rulepacks import load_rulepacks

    packs = load_rulepacks([rules_dir], load_reference(ROOT / "reference"))
    found: dict[str, re.Pattern] = {}
    _walk_objects(packs, "rulepacks", found)
    return found


def _walk_objects(obj, name: str, found: dict, depth: int = 0, seen: set | None = None) -> None:
    """Collect compiled patterns held anywhere inside claimcheck objects (rule packs)."""
    seen = set() if seen is None else seen
    if id(obj) in seen or depth > 8:
        return
    seen.add(id(obj))
    if isinstance(obj, re.Pattern):
        found.setdefault(name, obj)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            _walk_objects(v, f"{name}[{k!r}]", found, depth + 1, seen)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for i, v in enumerate(obj):
            _walk_objects(v, f"{name}[{i}]", found, depth + 1, seen)
    elif type(obj).__module__.startswith("claimcheck"):
        if hasattr(obj, "__dict__"):
            for k, v in vars(obj).items():
                _walk_objects(v, f"{name}.{k}", found, depth + 1, seen)
        for k in getattr(type(obj), "__slots__", ()):
            _walk_objects(getattr(obj, k, None), f"{name}.{k}", found, depth + 1, seen)


def _pathological() -> dict[str, str]:
    rnd = random.Random(5)
    mixed = "".join(rnd.choice("0123456789.,%()[]-–/ =<>n:;") for _ in range(20000))
    return {
        "digits": "1" * 20000,
        "1.": "1." * 10000,
        "1.1 ": "1.1 " * 5000,
        "open-paren": "(" * 10000,
        "close-paren": ")" * 10000,
        "nested-parens": "(1" * 5000 + ")" * 5000,
        "brackets": "[" * 10000,
        "pct-space": "% " * 10000,
        "pct": "%" * 10000,
        "digit-pct": "1%" * 10000,
        "digit-space": "1 " * 10000,
        "digit-slash": "1/" * 10000,
        "digit-dash": "1-" * 10000,
        "digit-endash": "1\u2013" * 10000,
        "digit-comma": "1," * 10000,
        "thousands": "1,000" * 4000,
        "ci-open": "(95% CI, " * 2000,
        "ci-ranges": "(95% CI, 1.2-" * 1500,
        "n=": "n=" * 10000,
        "n=1/": "n=1/" * 5000,
        "of": "1 of " * 4000,
        "p-values": "P<0." * 5000,
        "hr": "HR " * 6000,
        "months": "1 month " * 2500,
        "spaces": " " * 20000,
        "newlines": "\n" * 20000,
        "blank-lines": "\n \n" * 7000,
        "tabs-spaces": "\t " * 10000,
        "letters": "a" * 20000,
        "letters-bang": "a" * 20000 + "!",
        "caps": "A" * 20000,
        "caps-dash": "AB-" * 7000,
        "word-dots": "a." * 10000,
        "email-ish": "a@" * 10000,
        "email-dots": "a" + ".a" * 10000 + "@",
        "url": "www." + "a" * 20000,
        "url-spaces": "http://" * 3000,
        "months-words": "January " * 2500,
        "dates": "1 May " * 3500,
        "exponent": "1 x 10" * 3500,
        "patients": "patients " * 2500,
        "more-than": "more than " * 2000,
        "vs": "80.7% vs " * 2000,
        "respectively": "80.7%, " * 3000 + "respectively",
        "dashes": "-" * 20000,
        "em-dashes": "\u2014" * 20000,
        "bullets": "\n\u2022 " * 7000,
        "markdown-list": "\n- " * 7000,
        "quotes": "> " * 10000,
        "hashes": "#" * 20000,
        "backticks": "`" * 20000,
        "stars": "*" * 20000,
        "underscores": "_" * 20000,
        "pipes": "|" * 20000,
        "link-open": "](" * 10000,
        "html-open": "<div>" * 4000,
        "html-unclosed": "<a " * 7000,
        "comment-open": "<!--" * 5000,
        "entities": "&#" * 10000,
        "sup": "<sup>1" * 3500,
        "marks": "\x00\x01 " * 7000,
        "front-matter": "---\n" * 5000,
        "toml-ish": "a = " * 5000,
        "yaml-ish": "- a: " * 4000,
        "suppress": "<!-- claimcheck: ignore " * 800,
        "unicode": "\u00b2\u2265\u2264\u00b1\u2020\u2021\u00a7" * 3000,
        "mixed": mixed,
    }


def _unique(*groups: dict[str, re.Pattern]) -> dict[str, re.Pattern]:
    """One test per distinct (pattern, flags), named after the first place it was found."""
    seen: dict[tuple[str, int], str] = {}
    out: dict[str, re.Pattern] = {}
    for group in groups:
        for name, pattern in group.items():
            key = (pattern.pattern, pattern.flags)
            if key not in seen:
                seen[key] = name
                out[name] = pattern
    return out


PATTERNS = _unique(module_patterns(), source_patterns(), tokenizer_patterns())
INPUTS = _pathological()


class _Timeout(Exception):
    pass


def _alarm(signum, frame):  # pragma: no cover - only when a pattern runs away
    raise _Timeout()


def _timed(operation) -> float:
    """Seconds an operation takes, interrupted after HARD_LIMIT_SECONDS (the regex engine checks for
    signals while it matches, so a runaway pattern is stopped)."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, HARD_LIMIT_SECONDS)
    start = time.process_time()
    try:
        operation()
    except _Timeout:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return time.process_time() - start


def _slow_operations(pattern: re.Pattern, first_only: bool = False) -> list[str]:
    slow: list[str] = []
    for label, text in INPUTS.items():
        if first_only and slow:
            break
        if isinstance(pattern.pattern, bytes):
            text = text.encode("utf-8")
        for op_name in ("finditer", "match", "fullmatch"):
            if first_only and slow:
                break
            elapsed = _timed(_operation(pattern, op_name, text))
            if elapsed > BOUND_SECONDS:
                slow.append(f"{op_name} on {label!r}: {elapsed:.2f}s")
            elif elapsed > SUSPECT_SECONDS:
                longer = text * GROWTH_FACTOR
                grown = _timed(_operation(pattern, op_name, longer))
                for _ in range(RETRIES):
                    if grown <= MAX_GROWTH * elapsed:
                        break
                    # a loaded machine stretches single timings: keep the best of each before judging
                    elapsed = min(elapsed, _timed(_operation(pattern, op_name, text)))
                    grown = min(grown, _timed(_operation(pattern, op_name, longer)))
                if grown > MAX_GROWTH * elapsed:
                    slow.append(f"{op_name} on {label!r}: {elapsed:.3f}s, {grown:.3f}s on "
                                f"{GROWTH_FACTOR} times the input")
    return slow


def _operation(pattern: re.Pattern, name: str, text):
    if name == "finditer":
        return lambda: sum(1 for _ in pattern.finditer(text))
    return lambda: getattr(pattern, name)(text)


def test_the_patterns_are_found():
    """The discovery works: the claim patterns and the masks are among the tested patterns."""
    names = set(PATTERNS)
    assert "claimcheck.claims._MASKS" in names and "claimcheck.claims._HEADER" in names
    from claimcheck import claims

    assert sum(1 for n in names if n.startswith("claimcheck.claims._PATTERNS[")) == len(claims._PATTERNS)
    assert any(n.startswith("claimcheck.context.") for n in names)
    assert any(n.startswith("claimcheck.checks.") for n in names)


def test_the_timing_check_flags_a_polynomial_pattern():
    """The retries keep the best timings; they must not hide a pattern that really backtracks."""
    assert _slow_operations(re.compile(r"[ \t]*[ \t]*[ \t]*x"), first_only=True)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear_on_pathological_input(name):
    slow = _slow_operations(PATTERNS[name])
    assert not slow, f"{name} ({PATTERNS[name].pattern[:120]!r}) backtracks: " + "; ".join(slow)


def test_rule_pack_patterns_are_linear():
    patterns = rulepack_patterns()
    if not patterns:
        pytest.skip("the shipped rule packs compile no regular expressions")
    slow = {name: s for name, p in patterns.items() if (s := _slow_operations(p))}
    assert not slow, slow


# ----------------------------------------------------------------------------- rule-pack validation
#: shapes that backtrack: exponential (nested or overlapping repeats) and polynomial (adjacent
#: unbounded repeats over the same characters, bounded repeats nested to a huge product)
DANGEROUS = {
    "nested-plus": r"(a+)+$",
    "nested-word-space": r"(\w+\s?)+$",
    "same-alternatives": r"(a|a)*$",
    "prefix-alternatives": r"(?:x|xy)*z",
    "repeated-dotstar-group": r"(.*a){12}",
    "adjacent-blank-stars": r"\s*\s*\s*x",
    "adjacent-dotstars": r".*.*.*x",
    "adjacent-word-pluses": r"\w+\w+\w+!",
    "any-char-stars": r"[\s\S]*[\s\S]*[\s\S]*z",
    "bounded-nested": r"(?:a{1,50}){1,50}b",
}


def _pack_with_regex(tmp_path: Path, regex: str) -> tuple[Path, int]:
    """The shipped rules/common.yaml with the first regex of a ``terms:`` list (a forbidden rule's
    terms, searched for over the whole document) replaced by ``regex``; and that line."""
    lines = (ROOT / "rules" / "common.yaml").read_text(encoding="utf-8").splitlines(keepends=True)
    in_terms = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped == "terms:":
            in_terms, indent = True, len(line) - len(line.lstrip())
            continue
        if in_terms and (len(line) - len(line.lstrip()) <= indent and stripped and not stripped.startswith("-")):
            in_terms = False
        if in_terms and "{regex: '" in line:
            lines[i] = line[:line.index("{regex: '")] + "{regex: '" + regex + "'}\n"
            bad = tmp_path / "bad.yaml"
            bad.write_text("".join(lines))
            return bad, i + 1
    raise AssertionError("rules/common.yaml has no regex among a rule's terms")


@pytest.mark.skipif(not (ROOT / "rules" / "common.yaml").is_file(), reason="no shipped rule pack")
@pytest.mark.parametrize("name", sorted(DANGEROUS))
def test_rule_pack_regex_is_refused_at_load_or_linear(name, tmp_path, monkeypatch):
    from claimcheck.errors import ConfigError
    from claimcheck.reference import load_reference
    from claimcheck.rulepacks import load_rulepacks

    bad, line = _pack_with_regex(tmp_path, DANGEROUS[name])
    try:
        packs = load_rulepacks([bad], load_reference(ROOT / "reference"))
    except ConfigError as exc:
        assert exc.path and exc.path.endswith("bad.yaml") and exc.line == line, str(exc)
        return
    found: dict[str, re.Pattern] = {}
    _walk_objects(packs, "rulepacks", found)
    compiled = [p for p in found.values() if DANGEROUS[name] in p.pattern]
    assert compiled, "the accepted regex is not among the pack's compiled patterns"
    monkeypatch.setattr(sys.modules[__name__], "HARD_LIMIT_SECONDS", 2.0)
    slow = [s for p in compiled for s in _slow_operations(p, first_only=True)]
    assert not slow, f"accepted at load, but backtracks: {slow}"


# ----------------------------------------------------------------------------- linear-time engine
#: patterns the shape analysis let through (issue 10, item 2), each with a text that makes a
#: backtracking engine run for minutes or more: a rule pack that holds one must be refused at load
#: or run in linear time (RE2)
BYPASSES = {
    "nested-bounded-letters": (r"(?:[a-z]{0,50}\s{0,2}){1,50}zzz!", ("abcdefghijklmnopqrstuvwxyzabcdefgh " * 3 + "\n") * 20),
    "nested-bounded-word": (r"(?:\w{0,3}){0,30}!", ("a" * 60 + "\n") * 20),
}


@pytest.mark.skipif(not (ROOT / "rules" / "common.yaml").is_file(), reason="no shipped rule pack")
@pytest.mark.parametrize("name", sorted(BYPASSES))
def test_bypass_pattern_is_refused_or_runs_in_linear_time(name, tmp_path):
    """A real lint run in a subprocess with a deadline (not a timed assertion): before RE2 ran the
    packs' patterns, both of these hung the run (93 s on 28 letters for the first)."""
    import subprocess

    regex, text = BYPASSES[name]
    bad, line = _pack_with_regex(tmp_path, regex)
    draft = tmp_path / "draft.md"
    draft.write_text("Market: US\n\n" + text, encoding="utf-8")
    before = draft.read_bytes()
    try:
        run = subprocess.run([sys.executable, "-m", "claimcheck", "lint", "--no-cache", "--reference",
                              str(ROOT / "reference"), "--rules", str(bad), str(draft)],
                             capture_output=True, text=True, timeout=240, cwd=tmp_path)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{regex!r}: the lint run was still going after 240 s (catastrophic backtracking)")
    assert "Traceback" not in run.stderr, run.stderr
    if run.returncode == 2:  # refused at load, with file:line and the reason
        assert f"bad.yaml:{line}:" in run.stderr and "regex" in run.stderr, run.stderr
    else:
        assert run.returncode in (0, 1), run.stderr
    assert draft.read_bytes() == before


def test_linear_engine_refuses_what_it_cannot_run():
    from claimcheck.rulepacks import check_regex

    assert "look-ahead" in check_regex(r"cure(?!d)")
    assert "look-ahead" in check_regex(r"(?<!not )safe")
    assert "1000" in check_regex(r"(?:[a-z]{0,50}\s{0,2}){1,50}zzz!")
    assert check_regex(r"(?:\w{0,3}){0,30}!") is None  # accepted: RE2 runs it in linear time


def test_linear_engine_keeps_python_meaning():
    """\\w, \\s and \\d keep Python's Unicode meaning on RE2 (whose own are ASCII); flags scope."""
    from claimcheck.linear import LinearPattern, to_re2

    source = r"(?-i:HSCT)\W{1,3}(?:\w{1,20}\s{1,3}){0,3}curative"
    p = LinearPattern(to_re2(source), ignorecase=True)
    text = "a HSCT:\u00a0\u00e9t\u00e9 potentially CURATIVE; hsct: is curative"
    assert [h.span() for h in p.finditer(text)] == [(2, 32)]
    assert [m.span() for m in re.finditer(source, text, re.IGNORECASE)] == [(2, 32)]
    assert p.search(text, 20) is None  # from offset 20 on: only "hsct", which is case-sensitive
    assert [(h.start(), h.end()) for h in LinearPattern(to_re2(r"\d{2}"), False).finditer("x \u0661\u0662 34", 1)] == [(2, 4), (5, 7)]
