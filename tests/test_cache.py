"""The start-up cache (claimcheck/cache.py): same results with and without it, never stale,
never trusted blindly, never in the way."""

from __future__ import annotations

import dataclasses
import pickle
import re
from pathlib import Path

import pytest

from claimcheck import cache
from claimcheck.errors import ConfigError
from claimcheck.reference import load_reference
from claimcheck.yamlsafe import load_validated

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "reference"
LIBRARY = REFERENCE / "besponsa.yaml"


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(d))
    monkeypatch.delenv("CLAIMCHECK_NO_CACHE", raising=False)
    _fresh_patterns(monkeypatch)   # no pattern table (a Linter of an earlier test sets one)
    return d


def _entries(d):
    return sorted(d.glob("*.pickle")) if d.is_dir() else []


def test_a_cached_library_is_the_library(cache_dir, monkeypatch):
    fresh = load_reference(REFERENCE)            # miss: parsed, validated, stored
    assert _entries(cache_dir)
    cached = load_reference(REFERENCE)           # hit
    monkeypatch.setenv("CLAIMCHECK_NO_CACHE", "1")
    uncached = load_reference(REFERENCE)
    assert _canon(fresh) == _canon(cached) == _canon(uncached)
    entry = cached.entries[next(iter(cached.entries))]
    assert entry.arms and all(av.value.text for av in entry.arms.values())  # precision as written survives


def _canon(obj, path=()):
    """A comparable image of a loaded library (its objects refer to each other: no plain ==)."""
    if dataclasses.is_dataclass(obj):
        if id(obj) in path:
            return "<cycle>"
        return (type(obj).__name__,) + tuple((f.name, _canon(getattr(obj, f.name), path + (id(obj),)))
                                             for f in dataclasses.fields(obj))
    if isinstance(obj, dict):
        return tuple(sorted((str(k), _canon(v, path)) for k, v in obj.items()))
    if isinstance(obj, (list, tuple, set, frozenset)):
        items = [_canon(v, path) for v in obj]
        return tuple(sorted(items, key=repr) if isinstance(obj, (set, frozenset)) else items)
    return (type(obj).__name__, repr(obj), getattr(obj, "text", None))


def _same(a, b) -> bool:
    """(data, line map, digest) triples from load_validated."""
    return _canon(a[0]) == _canon(b[0]) and a[1].lines == b[1].lines and a[2] == b[2]


def test_an_edited_file_is_validated_again(cache_dir, tmp_path):
    lib = tmp_path / "lib.yaml"
    text = LIBRARY.read_text(encoding="utf-8")
    lib.write_text(text, encoding="utf-8")
    load_validated(lib, _schema(), "not a mapping")
    lib.write_text(text.replace("studies:", "studiez:", 1), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_validated(lib, _schema(), "not a mapping")
    assert info.value.path == str(lib) and info.value.line


def _schema():
    from claimcheck.reference import reference_schema

    return reference_schema()


def test_damaged_or_foreign_entries_are_misses(cache_dir):
    expected = load_validated(LIBRARY, _schema(), "x")
    for entry in _entries(cache_dir):
        entry.write_bytes(b"\x80\x05garbage")
    assert _same(load_validated(LIBRARY, _schema(), "x"), expected)

    class Evil:
        def __reduce__(self):
            return (exec, ("raise SystemExit('a cache entry ran code')",))

    for entry in _entries(cache_dir):
        entry.write_bytes(pickle.dumps(Evil()))
    assert _same(load_validated(LIBRARY, _schema(), "x"), expected)  # refused by the unpickler, not run


def test_off_switch_and_unwritable_folder(cache_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMCHECK_NO_CACHE", "1")
    load_validated(LIBRARY, _schema(), "x")
    assert not _entries(cache_dir)
    monkeypatch.delenv("CLAIMCHECK_NO_CACHE")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(blocker / "cache"))
    assert load_validated(LIBRARY, _schema(), "x")[0]["product"]  # works, caches nothing


def test_no_home_folder_means_no_cache(monkeypatch):
    monkeypatch.delenv("CLAIMCHECK_CACHE_DIR", raising=False)
    monkeypatch.delenv("CLAIMCHECK_NO_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(cache.Path, "home", staticmethod(no_home))
    assert load_validated(LIBRARY, _schema(), "x")[0]["product"]
    assert cache.compile_regex(PATTERNS[0][0]).search("word3 ").lastgroup == "g3"


def test_the_cache_is_bounded(cache_dir, monkeypatch):
    monkeypatch.setattr(cache, "MAX_ENTRIES", 3)
    for i in range(6):
        cache.put(cache.key("test", str(i)), {"i": i})
    assert len(_entries(cache_dir)) == 3


PATTERNS = [
    ("|".join(f"(?P<g{i}>word{i})(?![^\\W\\d_])" for i in range(60)), 0),
    ("|".join(f"(?:pre{i}\\s{{0,2}}/\\s{{0,2}}fix{i})" for i in range(40)), re.IGNORECASE),
    ("(?<!\\w)" + "|".join(f"t{i}[\u2010-\u2014-]?x" for i in range(60)), 0),
]


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_cached_regex_programs_match_like_re(cache_dir, pattern, flags):
    assert len(pattern) >= cache.REGEX_MIN_CHARS
    plain = re.compile(pattern, flags)
    text = " ".join(["word7", "PRE3 / FIX3", "t5\u2013x", "word12x", "xword3", "pre39/fix39"] * 3)
    for attempt in ("miss", "hit"):
        cache._COMPILED.clear()   # as a new process: the program is read from the cache
        compiled = cache.compile_regex(pattern, flags)
        assert compiled.pattern == plain.pattern and compiled.flags == plain.flags, attempt
        assert compiled.groupindex == plain.groupindex
        assert [(m.span(), m.lastgroup) for m in compiled.finditer(text)] == \
            [(m.span(), m.lastgroup) for m in plain.finditer(text)], attempt
    assert _entries(cache_dir)


def test_a_damaged_regex_program_falls_back_to_re(cache_dir):
    pattern, flags = PATTERNS[0]
    cache.compile_regex(pattern, flags)
    for entry in _entries(cache_dir):  # a valid pickle of a wrong program: the engine refuses it
        entry.write_bytes(pickle.dumps((32, [1, 2, 3], 0, {}, (None,))))
    cache._COMPILED.clear()   # as a new process
    compiled = cache.compile_regex(pattern, flags)
    assert compiled.search("a word42 here").lastgroup == re.compile(pattern, flags).search("a word42 here").lastgroup
    assert compiled.search("a word42 here").span() == (2, 7)
    with pytest.raises(re.error):
        cache.compile_regex("(" * 400, 0)  # invalid patterns raise as re.compile does


def test_no_cache_flag(tmp_path):
    from click.testing import CliRunner

    from claimcheck.cli import main

    d = tmp_path / "cache"
    # env: set for the run and restored after it (--no-cache sets CLAIMCHECK_NO_CACHE for workers)
    env = {"CLAIMCHECK_CACHE_DIR": str(d), "CLAIMCHECK_NO_CACHE": None}
    args = ["lint", "--reference", str(REFERENCE), "--rules", str(ROOT / "rules"), "--format", "concise",
            str(ROOT / "corpus" / "us-web-efficacy.md")]
    off = CliRunner(env=env).invoke(main, ["lint", "--no-cache", *args[1:]])
    assert off.exit_code in (0, 1), off.output
    assert not d.exists()
    on = CliRunner(env=env).invoke(main, args)
    assert on.output == off.output and _entries(d)


def _lint(cache_dir: Path, draft: Path) -> tuple[int, str]:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "CLAIMCHECK_NO_CACHE"}
    env["CLAIMCHECK_CACHE_DIR"] = str(cache_dir)
    run = subprocess.run([sys.executable, "-m", "claimcheck", "lint", "--reference", str(REFERENCE), "--rules",
                          str(ROOT / "rules"), "--format", "concise", str(draft)],
                         capture_output=True, text=True, env=env, timeout=300)
    assert "Traceback" not in run.stderr, run.stderr
    return run.returncode, run.stdout


def test_an_edited_entry_is_a_miss_not_a_changed_result(cache_dir, tmp_path):
    """Issue 10, item 10: an entry edited so that 29.3 % matches the library (29.4 made 29.3)
    made the V001 finding disappear, while the audit trail still showed the real file's SHA-256."""
    draft = tmp_path / "draft.md"
    draft.write_text("---\nmarket: US\n---\n\nBESPONSA achieved CR/CRi in 81% of patients versus 29.3% with "
                     "standard chemotherapy.\n", encoding="utf-8")
    code, out = _lint(cache_dir, draft)
    assert code == 1 and f"{draft}:5:52: V001" in out and "29.4%" in out, out   # the finding, at its place
    edited = 0
    for entry in _entries(cache_dir):
        data = entry.read_bytes()
        if b"29.4" in data:
            entry.write_bytes(data.replace(b"29.4", b"29.3"))    # a valid pickle, a different library
            edited += 1
    assert edited, "no cache entry holds the library's 29.4"
    code, again = _lint(cache_dir, draft)
    assert again == out and code == 1                              # still there: the entry was a miss


def test_the_hmac_key_is_private_and_a_shared_key_is_not_trusted(cache_dir):
    import os
    import stat

    expected = load_validated(LIBRARY, _schema(), "x")
    key = cache_dir / cache.KEY_FILE
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and stat.S_IMODE(cache_dir.stat().st_mode) == 0o700
    k = cache.key("test", "x")
    cache.put(k, {"v": 1})
    assert cache.get(k) == {"v": 1}
    os.chmod(key, 0o644)                       # readable by others: anyone could forge entries
    assert cache.get(k) is None
    assert _same(load_validated(LIBRARY, _schema(), "x"), expected)
    os.chmod(key, 0o600)
    assert cache.get(k) == {"v": 1}
    key.write_bytes(os.urandom(32))            # another key: every entry is a miss
    assert cache.get(k) is None


# ------------------------------------------------------------------ the rule packs' pattern table
def _fresh_patterns(monkeypatch):
    """This process derives its patterns afresh (as a new run does) and has no pattern table."""
    for name, value in (("_DERIVED", {}), ("_TABLE", {}), ("_TABLE_KEY", [None, False]), ("_COMPILED", {})):
        monkeypatch.setattr(cache, name, value)


def _lint_rules(cache_dir: Path, rules: Path, draft: Path) -> tuple[int, str]:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "CLAIMCHECK_NO_CACHE"}
    env["CLAIMCHECK_CACHE_DIR"] = str(cache_dir)
    run = subprocess.run([sys.executable, "-m", "claimcheck", "lint", "--reference", str(REFERENCE), "--rules",
                          str(rules), "--format", "concise", str(draft)],
                         capture_output=True, text=True, env=env, timeout=300)
    assert "Traceback" not in run.stderr, run.stderr
    assert run.returncode in (0, 1), run.stderr
    return run.returncode, run.stdout


def _pack_draft(tmp_path: Path) -> tuple[Path, Path]:
    import shutil

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    draft = drafts / "draft.md"
    draft.write_text("---\nmarket: US\n---\n\nBESPONSA is a zorblatt choice before transplant.\n", encoding="utf-8")
    return rules, draft


def test_the_pattern_table_follows_the_rule_packs(cache_dir, tmp_path):
    """The packs' derived patterns (RE2 translations, phrase alternations, programs) are kept in
    one entry per rule packs + claims library: a changed pack is another table, never the old one."""
    rules, draft = _pack_draft(tmp_path)
    code, out = _lint_rules(cache_dir, rules, draft)
    assert "O001" not in out, out
    first = {p.name for p in _entries(cache_dir)}
    assert first
    code, again = _lint_rules(cache_dir, rules, draft)     # unchanged packs: the same table (no new entry)
    assert again == out
    assert {p.name for p in _entries(cache_dir)} == first

    pack = rules / "common.yaml"
    text = pack.read_text(encoding="utf-8")
    assert text.count("terms: [safe, safer, safest, safely]") == 1
    pack.write_text(text.replace("terms: [safe, safer, safest, safely]",
                                 "terms: [safe, safer, safest, safely, {regex: 'zorbl\\w{1,4}'}]"), encoding="utf-8")
    code, edited = _lint_rules(cache_dir, rules, draft)
    assert code == 1 and f"{draft}:5:15: O001" in edited, edited   # the new term, from the edited pack
    new = {p.name for p in _entries(cache_dir)} - set(first)
    assert new, "the edited pack wrote no table of its own"
    assert sorted(p.name for p in draft.parent.iterdir()) == ["draft.md"]   # nothing beside the user's file


def test_a_damaged_or_unwritable_pattern_table_is_ignored(cache_dir, tmp_path):
    rules, draft = _pack_draft(tmp_path)
    draft.write_text("---\nmarket: US\n---\n\nBESPONSA is a safe choice before transplant.\n", encoding="utf-8")
    code, out = _lint_rules(cache_dir, rules, draft)
    assert code == 1 and f"{draft}:5:15: O001" in out, out
    for entry in _entries(cache_dir):          # every entry truncated or overwritten with garbage
        data = entry.read_bytes()
        entry.write_bytes(data[: len(data) // 2] if len(data) % 2 else b"\x80garbage")
    assert _lint_rules(cache_dir, rules, draft) == (code, out)
    blocker = tmp_path / "file"                # a cache folder that cannot be created
    blocker.write_text("not a folder")
    assert _lint_rules(blocker / "cache", rules, draft) == (code, out)
    assert blocker.read_text() == "not a folder"
    assert sorted(p.name for p in draft.parent.iterdir()) == ["draft.md"]


def test_a_damaged_program_in_the_pattern_table_falls_back_to_re(cache_dir, monkeypatch):
    import _sre
    import array

    _fresh_patterns(monkeypatch)
    cache.use_patterns("test-digest")
    pattern, flags = PATTERNS[0]
    # a table entry that holds a wrong program for this pattern: the engine refuses it
    cache._DERIVED[("re-program", (pattern, flags, _sre.MAGIC, _sre.CODESIZE))] = (32, array.array("I", [1, 2, 3]).tobytes(), 0, {}, (None,))
    compiled = cache.compile_regex(pattern, flags)
    assert compiled.search("a word42 here").span() == (2, 7)
    assert compiled.search("a word42 here").lastgroup == re.compile(pattern, flags).search("a word42 here").lastgroup == "g4"


def test_translations_are_derived_once_per_process(cache_dir, monkeypatch):
    """The packs share regexes (398 uses of 152 distinct ones): each is translated once."""
    from claimcheck import linear, phrases

    _fresh_patterns(monkeypatch)
    calls = []
    real = linear.to_re2_wrapped
    monkeypatch.setattr(phrases, "to_re2_wrapped", lambda s: calls.append(s) or real(s))
    terms = [phrases.Term(r"dose\s{1,3}escalation", regex=True)]
    a = phrases.compile_terms(terms)
    b = phrases.compile_terms(terms + [phrases.Term("ORR")])
    assert calls == [r"dose\s{1,3}escalation"]
    assert a.regex is None and a.lower_regex.pattern == b.lower_regex.pattern
