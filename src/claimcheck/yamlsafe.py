"""Safe YAML with line numbers, for the reference, the rule packs and the configuration.

Only the YAML core schema is accepted: any explicit tag (``!!python/object``, ``!custom``) and
any anchor or alias (the "billion laughs" expansion) is refused with ``file:line``. Scalars keep
their source text: a number is a :class:`YNum` (a float that remembers how it was written, so
``10.0`` keeps one decimal), and every mapping/sequence records the line of each key or item so
that schema errors point at the right line.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import yaml

from . import cache
from .errors import ConfigError

#: this module's source: part of every cache key, so a changed loader never reads an old entry
_SOURCE = Path(__file__).read_bytes()

#: refuse YAML files above this size
MAX_YAML_BYTES = 8 * 1024 * 1024
#: refuse YAML nested deeper than this (mappings and sequences)
MAX_DEPTH = 64

#: LibYAML's parser where PyYAML was built with it (about 9x faster on the claims library), else
#: the pure-Python one; both are safe loaders, and tags/anchors are refused below either way
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_STANDARD_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}


class YNum(float):
    """A float that remembers its source text (for the precision as published)."""

    text: str

    def __new__(cls, value: float, text: str):
        obj = super().__new__(cls, value)
        obj.text = text
        return obj

    def __getnewargs__(self):  # float's would drop the text (pickled by the cache)
        return float(self), self.text

    @property
    def decimals(self) -> int:
        t = self.text.lower()
        if "e" in t:
            return 0
        return len(t.split(".", 1)[1]) if "." in t else 0


class LineMap:
    """JSON-pointer-like paths (tuples) → 1-based source lines."""

    def __init__(self) -> None:
        self.lines: dict[tuple, int] = {}

    def line_for(self, path: tuple) -> int | None:
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), None)


def yaml_files(path: str | Path, kind: str) -> list[Path]:
    """The YAML files a path names: the file itself, or a folder's *.yaml/*.yml in sorted order."""
    p = Path(path)
    if p.is_dir():
        files = sorted(list(p.glob("*.yaml")) + list(p.glob("*.yml")))
        if not files:
            raise ConfigError(f"no *.yaml {kind} in this folder", str(path))
        return files
    if not p.exists():
        raise ConfigError(f"{kind} not found", str(path))
    return [p]


def load_validated(path: str | Path, schema: dict, not_mapping: str) -> tuple[dict, LineMap, str]:
    """Load a YAML file that must be a mapping valid against ``schema``; return (data, line map,
    SHA-256 of the file). ``not_mapping`` is the error when the file is not a mapping.

    The result depends only on the file's bytes, the schema and this module, so it is kept in the
    on-disk cache (cache.py): a pre-commit run skips the YAML parse and the JSON-schema validation
    (and importing jsonschema) of a claims library or rule pack it has seen before.
    """
    name = str(path)
    raw = _read(path)
    digest = hashlib.sha256(raw).hexdigest()
    k = cache.key("yaml-validated", raw, json.dumps(schema, sort_keys=True), _SOURCE)
    hit = cache.get(k)
    if isinstance(hit, tuple) and len(hit) == 2 and isinstance(hit[0], dict) and isinstance(hit[1], LineMap):
        return hit[0], hit[1], digest
    data, lines = load_yaml_text(_decode(raw, name), name)
    if not isinstance(data, dict):
        raise ConfigError(not_mapping, name, 1)
    validate(data, lines, schema, name)
    cache.put(k, (data, lines))
    return data, lines, digest


def _read(path: str | Path) -> bytes:
    p = Path(path)
    name = str(path)
    try:
        size = p.stat().st_size
        if size > MAX_YAML_BYTES:
            raise ConfigError(f"file is larger than {MAX_YAML_BYTES // 1048576} MiB", name)
        return p.read_bytes()
    except FileNotFoundError:
        raise ConfigError("no such file", name) from None
    except IsADirectoryError:
        raise ConfigError("is a directory, expected a YAML file", name) from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror or exc}", name) from None


def _decode(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"not UTF-8 text (byte {exc.start})", name, raw[:exc.start].count(b"\n") + 1) from None


def load_yaml_text(text: str, name: str) -> tuple[object, LineMap]:
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            # the composer recurses per level: refuse deep nesting before it hits the recursion limit
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise ConfigError(f"YAML nested deeper than {MAX_DEPTH} levels", name, event.start_mark.line + 1)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            anchor = getattr(event, "anchor", None)
            if isinstance(event, yaml.AliasEvent) or anchor:
                raise ConfigError("YAML anchors and aliases are not allowed", name,
                                  event.start_mark.line + 1)
            tag = getattr(event, "tag", None)
            if tag and not (isinstance(event, yaml.ScalarEvent) and tag == "!") and \
                    tag not in _STANDARD_TAGS:
                raise ConfigError(f"YAML tag {tag!r} is not allowed", name, event.start_mark.line + 1)
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        raise ConfigError(f"invalid YAML: {problem}", name, line) from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML: {exc}", name) from None
    lines = LineMap()
    if node is None:
        return None, lines
    return _convert(node, (), lines, name), lines


def _convert(node: yaml.Node, path: tuple, lines: LineMap, name: str):
    lines.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise ConfigError("mapping keys must be plain scalars", name, key_node.start_mark.line + 1)
            key = _scalar_at(key_node, name)
            key = key if isinstance(key, str) else str(key)
            if key in out:
                raise ConfigError(f"duplicate key {key!r}", name, key_node.start_mark.line + 1)
            lines.lines[path + (key,)] = key_node.start_mark.line + 1
            out[key] = _convert(value_node, path + (key,), lines, name)
        return out
    if isinstance(node, yaml.SequenceNode):
        items = []
        for i, item in enumerate(node.value):
            lines.lines[path + (i,)] = item.start_mark.line + 1
            items.append(_convert(item, path + (i,), lines, name))
        return items
    return _scalar_at(node, name)


def _scalar_at(node: yaml.ScalarNode, name: str):
    """_scalar, with a value Python refuses (an integer of 5,000 digits) reported at its line."""
    try:
        return _scalar(node)
    except ValueError as exc:
        raise ConfigError(f"invalid value {node.value[:40]!r}: {exc}", name, node.start_mark.line + 1) from None


_CONSTRUCTOR = yaml.SafeLoader.__new__(yaml.SafeLoader)


def _scalar(node: yaml.ScalarNode):
    tag = node.tag
    if tag == "tag:yaml.org,2002:float":
        value = yaml.SafeLoader.construct_yaml_float(_CONSTRUCTOR, node)
        return YNum(value, node.value)
    if tag == "tag:yaml.org,2002:int":
        return yaml.SafeLoader.construct_yaml_int(_CONSTRUCTOR, node)
    if tag == "tag:yaml.org,2002:bool":
        return yaml.SafeLoader.construct_yaml_bool(_CONSTRUCTOR, node)
    if tag == "tag:yaml.org,2002:null":
        return None
    return node.value


def validate(data, lines: LineMap, schema: dict, name: str) -> None:
    """Validate against a JSON schema; raise ConfigError at the line of the first error."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if not errors:
        return
    error = _most_specific(errors[0])
    path = tuple(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = set(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in known]
        if extra:
            path = path + (extra[0],)
    where = "/".join(str(p) for p in path) or "(top level)"
    raise ConfigError(f"{where}: {_message(error)}", name, lines.line_for(path))


def _most_specific(error):
    while error.context:
        error = min(error.context, key=lambda e: -len(e.absolute_path))
    return error


def _message(error) -> str:
    if error.validator == "additionalProperties":
        return error.message.replace("Additional properties are not allowed", "unknown key(s)")
    if error.validator == "required":
        return error.message.replace("is a required property", "is required")
    return error.message
