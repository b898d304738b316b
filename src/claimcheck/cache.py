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
- **Safe to load:** entries are pickles read by an unpickler that only accepts plain data and the
  two classes this cache stores (:class:`~claimcheck.yamlsafe.YNum`,
  :class:`~claimcheck.yamlsafe.LineMap`); anything else in a file makes it a miss.
- **Compiled regular expressions:** :func:`compile_regex` keeps the compiled program of a large
  generated pattern (a rule pack's phrases × the library's endpoint terms make a 20 KB
  alternation); Python compiles patterns in pure Python, and that took a tenth of a second of
  every run's first document.
- **Bounded:** at most :data:`MAX_ENTRIES` entries; the least recently written go first.
"""

from __future__ import annotations

import contextlib
import hashlib
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


def get(k: str):
    """The value stored under ``k``, or None (a miss, whatever the reason)."""
    if not enabled():
        return None
    try:
        data = (cache_dir() / f"{k}.pickle").read_bytes()
        return _DataUnpickler(io.BytesIO(data)).load()
    except Exception:  # missing, unreadable, truncated or foreign: a miss, never an error
        return None


def put(k: str, value) -> None:
    """Store ``value`` under ``k`` if the cache folder can be written; otherwise do nothing."""
    if not enabled():
        return
    try:
        folder = cache_dir()  # Path.home() raises where there is no home (a service account)
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
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
    if len(pattern) < REGEX_MIN_CHARS or not enabled():
        return re.compile(pattern, flags)
    import _sre
    from re import _compiler, _parser

    k = key("regex", pattern, str(flags), str(_sre.MAGIC), str(_sre.CODESIZE))
    hit = get(k)
    if hit is not None:
        try:
            return _sre.compile(pattern, *hit)
        except Exception:  # a foreign or damaged entry: compile afresh below
            pass
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        args = (int(flags | parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1, groupindex,
                tuple(indexgroup))
        compiled = _sre.compile(pattern, *args)
    except Exception:  # an invalid pattern (re.error as usual) or a Python whose internals differ
        return re.compile(pattern, flags)
    put(k, args)
    return compiled
