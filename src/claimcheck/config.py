"""Settings, merged once: defaults < config file < command line.

The config file is ``claimcheck.toml`` (top-level keys) or ``pyproject.toml`` (``[tool.claimcheck]``),
found by walking up from the first linted path (then the current folder). Paths in a config file
are relative to the file's folder. Every setting remembers where it came from
(``claimcheck config`` prints it).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError

KEYS = {
    "reference": list, "rules": list, "market": str, "select": list, "ignore": list,
    "per-file-ignores": dict, "exclude": list, "fail-on": str, "respect-gitignore": bool,
}

DEFAULTS = {
    "reference": ["reference"], "rules": ["rules"], "market": None, "select": [], "ignore": [],
    "per-file-ignores": {}, "exclude": [], "fail-on": "error", "respect-gitignore": True,
}


@dataclass
class Settings:
    values: dict = field(default_factory=lambda: dict(DEFAULTS))
    sources: dict = field(default_factory=lambda: {k: "default" for k in DEFAULTS})
    config_file: str | None = None
    root: Path = field(default_factory=Path.cwd)

    def __getitem__(self, key: str):
        return self.values[key]

    def set(self, key: str, value, source: str) -> None:
        self.values[key] = value
        self.sources[key] = source


def find_config(start: Path) -> Path | None:
    start = start.resolve()
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


def _line_of(text: str, key: str) -> int | None:
    for i, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith(key) and stripped[len(key):].lstrip().startswith("="):
            return i
        if stripped.startswith(f'"{key}"'):
            return i
    return None


def load_config(path: Path, settings: Settings) -> None:
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        msg = str(exc).split(" (at line")[0]
        raise ConfigError(f"invalid TOML: {msg}", name, line) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc}", name) from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("claimcheck", {})
    if not isinstance(data, dict):
        raise ConfigError("[tool.claimcheck] must be a table", name)
    base = path.parent
    settings.config_file = name
    settings.root = base
    for key, value in data.items():
        line = _line_of(text, key)
        if key not in KEYS:
            raise ConfigError(f"unknown setting {key!r} (known: {', '.join(sorted(KEYS))})", name, line)
        want = KEYS[key]
        if want is list and isinstance(value, str):
            value = [value]
        if not isinstance(value, want):
            raise ConfigError(f"{key} must be a {want.__name__}", name, line)
        if key in ("reference", "rules"):
            value = [str((base / v)) for v in value]
        if key == "market":
            value = _market(value, name, line)
        if key == "fail-on" and value not in ("error", "warning", "info"):
            raise ConfigError("fail-on must be error, warning or info", name, line)
        settings.set(key, value, f"{name}:{line}" if line else name)


def _market(value: str, name: str | None = None, line: int | None = None) -> str:
    v = str(value).upper()
    if v not in ("US", "EU"):
        raise ConfigError(f"unknown market {value!r} (US or EU)", name, line)
    return v


def resolve(paths: list[str], cli: dict, config_path: str | None = None) -> Settings:
    """Merge defaults, the config file and the command-line values (None = not given)."""
    settings = Settings()
    cfg = Path(config_path) if config_path else find_config(Path(paths[0]) if paths else Path.cwd())
    if cfg is None and paths:
        cfg = find_config(Path.cwd())
    if cfg is not None:
        if not cfg.is_file():
            raise ConfigError("config file not found", str(cfg))
        load_config(cfg, settings)
    for key, value in cli.items():
        if value is None or value == () or value == []:
            continue
        if key == "market":
            value = _market(value)
        if isinstance(value, tuple):
            value = list(value)
        settings.set(key, value, "command line")
    return settings
