"""Settings, merged once: defaults < config file < command line.

The config file is ``claimcheck.toml`` (top-level keys, or a ``[tool.claimcheck]`` table) or
``pyproject.toml`` (``[tool.claimcheck]``), found by walking up from the first linted path (then
the current folder). Paths in a config file are relative to the file's folder; the folder of the
config file is the project *root* (the current folder when there is none): default paths
(``reference``, ``rules``, ``drafts``), ``exclude`` globs and ``per-file-ignores`` globs are
relative to it. Every setting remembers where it came from (``file:line``, ``command line`` or
``default``); ``claimcheck config`` prints them. An invalid file raises :class:`ConfigError` with
``file:line`` (exit 2). ``docs/workflow.md`` documents every key.
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import tomllib

from .errors import ConfigError

FAIL_LEVELS = ("error", "warning", "info")

#: key -> (kind, description). kinds: "paths", "codes", "globs", "path", "str", "bool", "ignores"
KEYS: dict[str, tuple[str, str]] = {
    "reference": ("paths", "claims library: YAML files or folders of them"),
    "rules": ("paths", "rule packs: YAML files or folders of them"),
    "drafts": ("paths", "what `claimcheck lint` lints when given no path (the claimcheck-all hook)"),
    "market": ("str", "market whose requirements apply: a market code the rule packs define (default: the document's, else the packs' default market)"),
    "select": ("codes", "only these rule codes or prefixes"),
    "ignore": ("codes", "skip these rule codes or prefixes"),
    "per-file-ignores": ("ignores", "glob -> rule codes or prefixes skipped in matching files"),
    "exclude": ("globs", "globs of files and folders not linted"),
    "respect-gitignore": ("bool", "skip files git ignores (git check-ignore)"),
    "fail-on": ("str", "lowest severity that makes the exit code 1"),
    "baseline": ("path", "baseline file: report only findings not recorded in it"),
    "inline-suppressions": ("bool", "honour <!-- claimcheck: ignore[...] --> comments"),
    "tracked-changes": ("str", "Word tracked changes: accept (lint the text with every change accepted) or original"),
}
TRACKED_CHANGES = ("accept", "original")

DEFAULTS: dict[str, Any] = {
    "reference": ["reference"], "rules": ["rules"], "drafts": ["."], "market": None, "select": [],
    "ignore": [], "per-file-ignores": {}, "exclude": [], "respect-gitignore": True,
    "fail-on": "error", "baseline": None, "inline-suppressions": True,
    "tracked-changes": "accept",
}

_PATH_KEYS = ("reference", "rules", "drafts", "baseline")


@dataclass
class Settings:
    values: dict = field(default_factory=lambda: {k: _copy(v) for k, v in DEFAULTS.items()})
    sources: dict = field(default_factory=lambda: {k: "default" for k in DEFAULTS})
    config_file: str | None = None
    root: Path = field(default_factory=Path.cwd)
    #: where each per-file-ignores glob was written ("file:line"), for errors about its codes
    glob_sources: dict = field(default_factory=dict)

    def __getitem__(self, key: str):
        return self.values[key]

    def get(self, key: str, default=None):
        return self.values.get(key, default)

    def set(self, key: str, value, source: str) -> None:
        self.values[key] = value
        self.sources[key] = source

    # ------------------------------------------------------------- derived helpers
    def check_codes(self, known: Iterable[str]) -> None:
        """Every code or prefix in select / ignore / per-file-ignores must name a known rule."""
        known = sorted(set(known))
        for key in ("select", "ignore"):
            for code in self.values[key]:
                _check_code(code, known, key, self.sources[key])
        for glob, codes in self.values["per-file-ignores"].items():
            source = self.glob_sources.get(glob, self.sources["per-file-ignores"])
            for code in codes:
                _check_code(code, known, f"per-file-ignores[{glob!r}]", source)

    def check_selection(self, known: Iterable[str]) -> None:
        """``select`` and ``ignore`` together must leave at least one rule to run: a gate that
        runs nothing must not look like a clean pass (``--select X --ignore X``)."""
        known = sorted(set(known))
        select, ignore = self.values["select"], self.values["ignore"]
        if not ignore or not known:
            return
        chosen = [k for k in known if not select or any(k.startswith(s) for s in select)]
        if any(not any(k.startswith(i) for i in ignore) for k in chosen):
            return

        def where(key: str) -> str:
            source = self.sources[key]
            return "on the command line" if source == "command line" else f"in {source}"

        what = (f"select {', '.join(select)} ({where('select')}) and " if select else "") + \
            f"ignore {', '.join(ignore)} ({where('ignore')})"
        raise ConfigError(f"nothing to run: {what} leave no rule selected; change one of them")

    def per_file_ignores(self) -> Callable[[str], tuple[str, ...]] | None:
        """A function path -> rule codes/prefixes ignored in that file (None when there are none)."""
        table = [(GlobSet([g]), tuple(codes)) for g, codes in sorted(self.values["per-file-ignores"].items())]
        if not table:
            return None
        root = self.root

        def ignored(path: str) -> tuple[str, ...]:
            rel = relative_to_root(path, root)
            codes: list[str] = []
            for globs, c in table:
                if rel is not None and globs.matches(rel):
                    codes.extend(c)
            return tuple(codes)

        return ignored

    def excluder(self) -> "Excluder":
        return Excluder(self.root, self.values["exclude"], self.values["respect-gitignore"])

    def display(self) -> list[tuple[str, Any, str]]:
        """(key, value, source) for every setting, in a stable order."""
        return [(k, self.values[k], self.sources[k]) for k in KEYS]


def _copy(v):
    return list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v


def _check_code(code: str, known: list[str], what: str, source: str) -> None:
    if any(k.startswith(code) for k in known):
        return
    hint = difflib.get_close_matches(code, known, n=1)
    more = f"; did you mean {hint[0]}?" if hint else "; `claimcheck rule --all` lists the rules"
    path, line = _split_source(source)
    prefix = "" if path else f"{source}: "
    raise ConfigError(f"{prefix}{what}: unknown rule code or prefix {code!r}{more}", path, line)


def _split_source(source: str) -> tuple[str | None, int | None]:
    if source in ("default", "command line"):
        return None, None
    m = re.match(r"^(.*):(\d+)$", source)
    if m:
        return m.group(1), int(m.group(2))
    return source, None


# ------------------------------------------------------------------ finding the file
def find_config(start: Path) -> Path | None:
    start = start.resolve() if start.exists() else Path.cwd().resolve()
    folder = start if start.is_dir() else start.parent
    for d in [folder, *folder.parents]:
        candidate = d / "claimcheck.toml"
        if candidate.is_file():
            return candidate
        pyproject = d / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
                return pyproject  # reported properly by load_config
            if "claimcheck" in data.get("tool", {}):
                return pyproject
    return None


# ------------------------------------------------------------------ key lines
_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$")
# a key is words separated by blanks ("a . b"); spaces only *between* words keep this linear (a lazy
# run that may hold spaces, between two \s*, backtracked cubically on a long blank line)
_KEYLINE = re.compile(r"""^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_.\-"']+(?:[ \t]+[A-Za-z0-9_.\-"']+)*)\s*=""")


def _split_dotted(key: str) -> list[str]:
    parts = re.findall(r'"[^"]*"|\'[^\']*\'|[^.\s]+', key)
    return [p[1:-1] if p[:1] in "\"'" else p for p in parts]


def _key_lines(text: str, prefix: list[str]) -> dict[tuple[str, ...], int]:
    """Line of each key under the table ``prefix``: ("select",) or ("per-file-ignores", "glob")."""
    lines: dict[tuple[str, ...], int] = {}
    table: list[str] | None = [] if not prefix else None
    for i, line in enumerate(text.splitlines(), 1):
        m = _HEADER.match(line)
        if m:
            path = _split_dotted(m.group(1))
            if path[: len(prefix)] == prefix and len(path) > len(prefix):
                lines.setdefault(tuple(path[len(prefix):]), i)
                table = path[len(prefix):]
            elif path == prefix:
                table = []
            elif not prefix and path == ["tool", "claimcheck"]:
                table = []
            elif not prefix and path[:2] == ["tool", "claimcheck"]:
                lines.setdefault(tuple(path[2:]), i)
                table = path[2:]
            else:
                table = None
            continue
        if table is None:
            continue
        k = _KEYLINE.match(line)
        if k:
            key = tuple(table + _split_dotted(k.group(1)))
            for n in range(1, len(key) + 1):
                lines.setdefault(key[:n], i)
    return lines


# ------------------------------------------------------------------ loading
def load_config(path: Path, settings: Settings) -> None:
    name = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        m = re.search(r"\(at line (\d+)", str(exc))
        if line is None and m:
            line = int(m.group(1))
        elif line is None and "end of document" in str(exc):
            line = max(1, text.count("\n") + (0 if text.endswith("\n") else 1))
        msg = re.sub(r"(?<!\s)\s*\(at (line \d+, column \d+|end of document)\)", "", str(exc))  # linear
        raise ConfigError(f"invalid TOML: {msg}", name, line) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc}", name) from None
    prefix: list[str] = []
    if path.name == "pyproject.toml":
        prefix = ["tool", "claimcheck"]
        data = data.get("tool", {}).get("claimcheck", {})
    elif isinstance(data.get("tool"), dict) and "claimcheck" in data["tool"] and len(data) == 1:
        data = data["tool"]["claimcheck"]      # claimcheck.toml written like a pyproject table
    lines = _key_lines(text, prefix)
    if not isinstance(data, dict):
        raise ConfigError("[tool.claimcheck] must be a table", name)
    base = path.parent
    settings.config_file = name
    settings.root = base
    for key, value in data.items():
        line = lines.get((key,))
        where = f"{name}:{line}" if line else name
        if key not in KEYS:
            close = difflib.get_close_matches(key.replace("_", "-"), list(KEYS), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f" (known: {', '.join(KEYS)})"
            raise ConfigError(f"unknown setting {key!r}{hint}", name, line)
        value = _validate(key, value, name, line, lines, base)
        settings.set(key, value, where)
        if key == "per-file-ignores":
            settings.glob_sources = {g: f"{name}:{lines.get((key, g), line)}" for g in value}


def _validate(key: str, value, name: str, line: int | None, lines: dict, base: Path):
    kind = KEYS[key][0]

    def fail(msg: str, at: int | None = line):
        raise ConfigError(f"{key}: {msg}", name, at)

    if kind in ("paths", "codes", "globs"):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            fail("must be a list of non-empty strings")
        if kind == "paths":
            return [display_path(base / v) for v in value]
        if kind == "codes":
            return [v.strip().upper() for v in value]
        return list(value)
    if kind == "path":
        if not isinstance(value, str) or not value.strip():
            fail("must be a string (a path)")
        return display_path(base / value)
    if kind == "bool":
        if not isinstance(value, bool):
            fail("must be true or false")
        return value
    if kind == "ignores":
        if not isinstance(value, dict):
            fail('must be a table of glob = ["CODE", ...]')
        out = {}
        for glob, codes in value.items():
            at = lines.get((key, glob), line)
            if isinstance(codes, str):
                codes = [codes]
            if not isinstance(codes, list) or not all(isinstance(c, str) and c.strip() for c in codes):
                fail(f"{glob!r} must be a list of rule codes", at)
            out[glob] = [c.strip().upper() for c in codes]
        return out
    # str
    if not isinstance(value, str):
        fail("must be a string")
    if key == "market":
        return _market(value, name, line)
    if key == "fail-on":
        if value not in FAIL_LEVELS:
            fail(f"must be one of {', '.join(FAIL_LEVELS)}, not {value!r}")
        return value
    if key == "tracked-changes":
        if value not in TRACKED_CHANGES:
            fail(f"must be one of {', '.join(TRACKED_CHANGES)}, not {value!r}")
        return value
    return value  # pragma: no cover - every str key is handled above


def _market(value: str, name: str | None = None, line: int | None = None) -> str:
    """A market code as written (upper-cased). Which markets exist is data (the rule packs
    define them): the Linter checks the code against them once the packs are loaded."""
    v = str(value).strip().upper()
    if not re.fullmatch(r"[A-Z][A-Z0-9-]{0,15}", v):
        raise ConfigError(f"invalid market {value!r} (a market code such as the rule packs define)", name, line)
    return v


def resolve(paths: list[str], cli: dict, config_path: str | None = None) -> Settings:
    """Merge defaults, the config file and the command-line values (None / empty = not given).

    ``cli`` keys are setting names; path values given on the command line are taken as written
    (relative to the current folder).
    """
    settings = Settings()
    if config_path:
        cfg: Path | None = Path(config_path)
        if not cfg.is_file():
            raise ConfigError("config file not found", str(cfg))
    else:
        cfg = find_config(Path(paths[0])) if paths else find_config(Path.cwd())
        if cfg is None and paths:
            cfg = find_config(Path.cwd())
    if cfg is not None:
        load_config(cfg, settings)
    # defaults that are paths are relative to the project root
    for key in _PATH_KEYS:
        if settings.sources[key] == "default" and settings.values[key] is not None:
            settings.values[key] = [display_path(settings.root / p) for p in settings.values[key]]
    for key, value in cli.items():
        if value is None or value == () or value == []:
            continue
        if key not in KEYS:
            raise ValueError(f"unknown setting {key}")  # a programming error, not a user's
        if key == "market":
            value = _market(value)
        elif KEYS[key][0] == "codes":
            value = [str(v).upper() for v in value]
        elif isinstance(value, tuple):
            value = list(value)
        settings.set(key, value, "command line")
    return settings


# ------------------------------------------------------------------ paths
def display_path(p: Path | str) -> str:
    """A path as reports show it: relative to the current folder when it is inside it.

    Keeps reports free of absolute temporary paths when run from the project folder, and
    absolute (normalised) otherwise.
    """
    p = Path(p)
    absolute = Path(os.path.normpath(p if p.is_absolute() else Path.cwd() / p))
    cwd = Path.cwd()
    try:
        rel = absolute.relative_to(cwd)
    except ValueError:
        return str(absolute)
    return str(rel) if str(rel) != "" else "."


def relative_to_root(path: str, root: Path) -> str | None:
    """``path`` relative to ``root`` in POSIX form, or None when it lies outside."""
    p = Path(path)
    absolute = Path(os.path.normpath(p if p.is_absolute() else Path.cwd() / p))
    try:
        return absolute.relative_to(Path(os.path.normpath(root.resolve() if not root.is_absolute() else root))).as_posix()
    except ValueError:
        try:
            return absolute.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            return None


# ------------------------------------------------------------------ globs
def _glob_regex(pattern: str) -> re.Pattern:
    """gitignore-like glob: ``*`` and ``?`` stay within a folder, ``**`` spans folders.

    A pattern without a slash matches a file or folder name at any depth; one with a slash is
    anchored at the root. A trailing slash matches folders only (all files below them).
    """
    anchored = "/" in pattern.rstrip("/")
    p = pattern.lstrip("/") if anchored else pattern
    p = p.rstrip("/")
    out = []
    i = 0
    while i < len(p):
        c = p[i]
        if p.startswith("**/", i):
            out.append("(?:[^/]+/)*")
            i += 3
        elif p.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[":
            j = p.find("]", i + 1)
            if j == -1:
                out.append(re.escape(c))
                i += 1
            else:
                body = p[i + 1 : j].replace("\\", "\\\\")
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                i = j + 1
        else:
            out.append(re.escape(c))
            i += 1
    body = "".join(out)
    prefix = "" if anchored else "(?:.*/)?"
    return re.compile(f"^{prefix}{body}(?:/.*)?$")


class GlobSet:
    def __init__(self, patterns: Iterable[str]):
        self.patterns = list(patterns)
        self.regexes = [_glob_regex(p) for p in self.patterns]

    def matches(self, rel_posix: str) -> bool:
        """Whether the root-relative path, or one of its folders, matches a pattern."""
        rel = rel_posix
        while rel.startswith("./"):
            rel = rel[2:]
        return any(r.match(rel) for r in self.regexes)


class Excluder:
    """Decides whether a file is excluded: ``exclude`` globs, and .gitignore through git.

    Git is asked once per folder (``git check-ignore --stdin``) when the root is inside a git
    work tree and ``respect-gitignore`` is on; without git, only the globs apply.
    """

    def __init__(self, root: Path, patterns: Iterable[str], respect_gitignore: bool = True):
        self.root = root
        self.globs = GlobSet(patterns)
        self.respect_gitignore = respect_gitignore
        self._ignored: dict[str, set[str]] = {}

    def __call__(self, path: str | Path) -> bool:
        rel = relative_to_root(str(path), self.root)
        if rel is not None and self.globs.patterns and self.globs.matches(rel):
            return True
        return self.respect_gitignore and self._git_ignored(Path(path))

    def _git_ignored(self, path: Path) -> bool:
        absolute = Path(os.path.abspath(path))
        folder = str(absolute.parent)
        if folder not in self._ignored:
            try:
                names = sorted(os.listdir(folder))
            except OSError:
                names = []
            candidates = [folder] + [os.path.join(folder, n) for n in names]
            self._ignored[folder] = _check_ignore(candidates, folder)
        ignored = self._ignored[folder]
        return folder in ignored or str(absolute) in ignored


def _check_ignore(paths: list[str], cwd: str) -> set[str]:
    try:
        out = subprocess.run(["git", "check-ignore", "--stdin", "-z"], cwd=cwd,
                             input="\0".join(paths) + "\0", capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return set()
    if out.returncode not in (0, 1):   # 128: outside a work tree, or a fatal error
        return set()
    return {os.path.abspath(os.path.join(cwd, p)) for p in out.stdout.split("\0") if p}
