"""An on-disk cache of start-up work that depends only on file contents.

A pre-commit hook starts claimcheck for every commit, so start-up is what a user feels. Parsing the
claims library's YAML (with line numbers) and validating it against its JSON schema takes longer
than linting a draft; both depend only on the bytes of the file and of the schema. This module
keeps their result — the validated data and its line map — keyed by a SHA-256 of everything the
result depends on (the file's bytes, the schema, claimcheck's and Python's versions), so a key
can never be stale: an edited file, schema or upgrade simply misses.

- **Where:** ``$CLAIMCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/claimcheck``, else
  ``~/.cache/claimcheck``. Never next to the user's files.
- **Off:** ``--no-cache`` on the command line or ``CLAIMCHECK_NO_CACHE=1``.
- **Never needed for correctness:** an unreadable, truncated or foreign entry is ignored (and
  replaced); a cache folder that cannot be written (read-only home, CI sandbox) is not an error.
  Entries are written to a temporary file and renamed into place, so parallel workers and
  concurrent runs never read half an entry.
- **Authenticated:** the validated library decides which findings a run reports, and the audit
  trail records the SHA-256 of the real file, not of the cache entry; an edited entry (29.4
  made 29.3) must not change a result. Each entry is stored as an HMAC-SHA256 of its key and
  payload followed by the payload; the HMAC key is 32 random bytes in the cache folder's
  ``hmac.key``, created with user-only permissions (0600, folder 0700). An entry whose HMAC does
  not verify is a miss (and is replaced); a key file that someone else owns or that the group or
  others may read or write turns the cache off for the run (:func:`_secret`).
- **Safe to load:** entries are pickles read, after their HMAC verified, by an unpickler that
  only accepts plain data and the two classes this cache stores
  (:class:`~claimcheck.yamlsafe.YNum`, :class:`~claimcheck.yamlsafe.LineMap`); anything else in a
  file makes it a miss.
- **Compiled regular expressions:** :func:`compile_regex` keeps the compiled program of a large
  generated pattern (a rule pack's phrases × the library's endpoint terms make a 20 KB
  alternation); Python compiles patterns in pure Python, and that took a tenth of a second of
  every run's first document.
- **Derived patterns:** :func:`derived` memoises, within a process, what the rule packs and the
  claims library's phrases are turned into (RE2 translations, trie-shaped alternations, compiled
  programs of every length): pure functions of their input, so an entry can never be stale.
  :func:`use_patterns` loads them as ONE entry keyed by the SHA-256 of the loaded rule packs and
  claims library (an edited pack or library is another key, so a changed rule never meets the old
  table), and :func:`save_patterns` writes it back once something new was derived. A process
  without a table (``--no-cache``, an unreadable entry) derives everything itself, as before.
- **Bounded:** at most :data:`MAX_ENTRIES` entries; the least recently written go first.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import hmac
import io
import os
import pickle
import re
import sys
import tempfile
from pathlib import Path

from . import __version__

#: entries kept; a claims library and a few rule packs need a handful, a test suite more
MAX_ENTRIES = 256
#: the HMAC key's file in the cache folder
KEY_FILE = "hmac.key"
#: an entry: this tag, the HMAC-SHA256 of (key, payload), the payload (a pickle)
_MAGIC = b"claimcheck-cache-1\n"
_MAC_BYTES = 32

_ALLOWED = {("claimcheck.yamlsafe", "YNum"), ("claimcheck.yamlsafe", "LineMap")}


def enabled() -> bool:
    return os.environ.get("CLAIMCHECK_NO_CACHE", "").strip().lower() in ("", "0", "false", "no")


def disable() -> None:
    """Turn the cache off for this process and the worker processes it starts."""
    os.environ["CLAIMCHECK_NO_CACHE"] = "1"


def cache_dir() -> Path:
    explicit = os.environ.get("CLAIMCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claimcheck"


def key(kind: str, *parts: bytes | str) -> str:
    """A key for ``kind`` computed from everything the cached value depends on."""
    h = hashlib.sha256()
    for part in (kind, __version__, sys.version, *parts):
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


class _DataUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache entry")


def _secret(folder: Path, create: bool) -> bytes | None:
    """The HMAC key of the cache in ``folder`` (created when ``create`` and missing), or None when
    there is none, or when its file is not private to this user (then nothing is trusted)."""
    path = folder / KEY_FILE
    if create and not path.exists():
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".key")  # mode 0600
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(os.urandom(32))
            with contextlib.suppress(FileExistsError):  # a concurrent run made one first: use it
                os.link(tmp, path)                      # (atomic: never a half-written key)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if st.st_mode & 0o077 or (hasattr(os, "getuid") and st.st_uid != os.getuid()):
            return None  # readable or writable by others, or someone else's: anyone could sign
        secret = os.read(fd, 64)
    finally:
        os.close(fd)
    return secret if len(secret) == 32 else None


def _mac(secret: bytes, k: str, payload: bytes) -> bytes:
    return hmac.new(secret, k.encode("ascii") + b"\0" + payload, hashlib.sha256).digest()


def get(k: str):
    """The value stored under ``k``, or None (a miss, whatever the reason)."""
    if not enabled():
        return None
    try:
        folder = cache_dir()
        data = (folder / f"{k}.pickle").read_bytes()
        secret = _secret(folder, create=False)
        head = len(_MAGIC) + _MAC_BYTES
        if secret is None or not data.startswith(_MAGIC) or len(data) < head:
            return None
        payload = data[head:]
        if not hmac.compare_digest(data[len(_MAGIC):head], _mac(secret, k, payload)):
            return None  # edited, or signed with another key: never trusted
        return _DataUnpickler(io.BytesIO(payload)).load()
    except Exception:  # missing, unreadable, truncated or foreign: a miss, never an error
        return None


def put(k: str, value) -> None:
    """Store ``value`` under ``k`` if the cache folder can be written; otherwise do nothing."""
    if not enabled():
        return
    try:
        folder = cache_dir()  # Path.home() raises where there is no home (a service account)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        secret = _secret(folder, create=True)
        if secret is None:
            return
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_MAGIC + _mac(secret, k, payload) + payload)
            os.replace(tmp, folder / f"{k}.pickle")
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        _prune(folder)
    except Exception:  # a cache that cannot be written is no cache, not an error
        return


def _prune(folder: Path) -> None:
    entries = list(folder.glob("*.pickle"))
    if len(entries) <= MAX_ENTRIES:
        return

    def written(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0
    for old in sorted(entries, key=written)[: len(entries) - MAX_ENTRIES]:
        with contextlib.suppress(OSError):
            old.unlink()



#: patterns shorter than this are compiled directly (below it a cache read costs about what compiling does)
REGEX_MIN_CHARS = 300


def compile_regex(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, with the compiled program of a long pattern cached.

    ``re`` compiles in two pure-Python steps (parse, then code generation) and hands the program
    to the C engine, ``_sre.compile``. For long patterns the program is cached here and handed
    to the engine directly. The key holds Python's exact version and the engine's magic number,
    the engine validates every program it is given, and any failure falls back to
    ``re.compile``: the result is always the pattern ``re.compile`` would build.
    """
    flags = int(flags)
    compiled = _COMPILED.get((pattern, flags))
    if compiled is None:
        if len(_COMPILED) >= MAX_COMPILED:
            _COMPILED.clear()
        compiled = _COMPILED[(pattern, flags)] = _compile(pattern, flags)
    return compiled


def _compile(pattern: str, flags: int) -> re.Pattern:
    if _TABLE_KEY[0] is not None and enabled():
        return _compile_from_table(pattern, flags)
    if len(pattern) < REGEX_MIN_CHARS or not enabled():
        return re.compile(pattern, flags)
    import _sre

    k = key("regex", pattern, str(flags), str(_sre.MAGIC), str(_sre.CODESIZE))
    hit = get(k)
    if hit is not None:
        try:
            return _sre.compile(pattern, *hit)
        except Exception:  # a foreign or damaged entry: compile afresh below
            pass
    try:
        args = _program(pattern, flags)
        compiled = _sre.compile(pattern, *args)
    except Exception:  # an invalid pattern (re.error as usual) or a Python whose internals differ
        return re.compile(pattern, flags)
    put(k, args)
    return compiled


def _program(pattern: str, flags: int) -> tuple:
    """The arguments ``re.compile`` hands to ``_sre.compile`` for this pattern."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


#: the array type of a compiled program's code words (``_sre.CODESIZE`` bytes each)
_CODE_TYPE = "I"


def _packed_program(arg: tuple) -> tuple:
    """:func:`_program` with its code as bytes (a tenth of the size of a pickled list of ints)."""
    flags, code, groups, groupindex, indexgroup = _program(arg[0], arg[1])
    return flags, array.array(_CODE_TYPE, code).tobytes(), groups, groupindex, indexgroup


def _compile_from_table(pattern: str, flags: int) -> re.Pattern:
    """:func:`compile_regex` with a pattern table in use: the program comes from the table (every
    length; the key holds the engine's magic number), else is built and added to it."""
    import _sre

    try:
        flags2, code, groups, groupindex, indexgroup = derived(
            "re-program", (pattern, flags, _sre.MAGIC, _sre.CODESIZE), _packed_program)
        return _sre.compile(pattern, flags2, array.array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup)
    except Exception:  # an invalid pattern (re.error as usual), a damaged entry, other internals
        return re.compile(pattern, flags)


# ------------------------------------------------------------------ derived patterns
#: the modules whose functions :func:`derived` memoises (their source is part of a table's key)
_DERIVERS = ("cache.py", "phrases.py", "linear.py")
#: entries of a pattern table at most (the packs and library of this repository derive about 500)
MAX_TABLE = 4000
#: (kind, input) -> output of a pure derivation (see :func:`derived`), for this process
_DERIVED: dict = {}
#: the entries of the current table (loaded from disk, or derived or used since it was loaded)
_TABLE: dict = {}
#: the current table's cache key (None: no table; derivations are memoised in the process only)
_TABLE_KEY: list = [None, False]   # [key, changed since loaded/saved]


def derived(kind: str, arg, make):
    """``make(arg)``, computed once per process and kept in the current pattern table.

    ``arg`` must be hashable and picklable plain data and ``make`` a pure function of it, whose
    result is plain data: the result depends on nothing else, so a table entry is never stale."""
    k = (kind, arg)
    value = _DERIVED.get(k)
    if value is None:
        value = _DERIVED[k] = make(arg)
    if _TABLE_KEY[0] is not None and k not in _TABLE:
        _TABLE[k] = value
        _TABLE_KEY[1] = True
    return value


def use_patterns(*digests: str) -> None:
    """Use the pattern table of the rule packs and claims library with these SHA-256 digests
    (loaded from the cache when there is one; a miss starts an empty table)."""
    here = Path(__file__).parent   # the code that derives them: an edit to it is another table
    k = key("patterns", *digests, *((here / m).read_bytes() for m in _DERIVERS))
    if _TABLE_KEY[0] == k:
        return
    _TABLE.clear()
    _TABLE_KEY[:] = [k, False]
    hit = get(k)
    if isinstance(hit, dict):
        for entry, value in hit.items():
            if isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], str):
                _TABLE[entry] = value
                _DERIVED.setdefault(entry, value)


def use_patterns_of(reference=None, rulepacks=None) -> None:
    """:func:`use_patterns` of a claims library and rule packs (their files' SHA-256 digests)."""
    use_patterns(*(d for _, d in getattr(reference, "files", ())), "rules",
                 *(d for _, d in getattr(rulepacks, "files", ())))


def save_patterns() -> None:
    """Write the current pattern table back when something was derived since it was loaded."""
    if _TABLE_KEY[0] is not None and _TABLE_KEY[1]:
        _TABLE_KEY[1] = False
        if len(_TABLE) > MAX_TABLE:   # a caller whose input differs per run must not grow it forever
            _TABLE.clear()
        put(_TABLE_KEY[0], dict(_TABLE))


#: (pattern, flags) -> compiled pattern (:func:`compile_regex`'s in-process memo), at most MAX_COMPILED
_COMPILED: dict = {}
MAX_COMPILED = 4096
