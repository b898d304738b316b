"""Rule packs: YAML files under rules/ that define required-content and language rules.

(Placeholder loader: validates that the files exist and parse; the rule types land with the
required-content issue.)
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .errors import ConfigError
from .yamlsafe import load_yaml


class RulePacks:
    def __init__(self) -> None:
        self.files: list[tuple[str, str]] = []

    def check(self, ctx):
        return []


def load_rulepacks(paths, reference=None) -> RulePacks:
    packs = RulePacks()
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise ConfigError("rule pack not found", str(raw))
        files = sorted(p.glob("*.yaml")) if p.is_dir() else [p]
        for f in files:
            load_yaml(f)
            packs.files.append((str(f), hashlib.sha256(f.read_bytes()).hexdigest()))
    return packs
