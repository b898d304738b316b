"""How the rule-pack code is put together: one module per rule type, looked up from one table;
compiled patterns held by their owners (no cache keyed by ``id()``)."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

from rulepack_helpers import DATA, RULES_DIR, doc

from claimcheck.checks import CheckContext
from claimcheck.checks.packs import RULE_TYPES
from claimcheck.reference import load_reference
from claimcheck.rulepacks import load_rulepacks, rulepack_schema

PACKS_SRC = Path(__file__).resolve().parents[2] / "src" / "claimcheck" / "checks" / "packs"


def test_the_loader_builds_every_schema_type_from_the_table():
    schema_types = set(re.findall(r'"const": *"([a-z-]+)"', json.dumps(rulepack_schema())))
    assert set(RULE_TYPES) == schema_types == {"requires-if", "required-content", "indication", "forbidden"}
    # one module per rule type
    modules = {cls.__module__.rsplit(".", 1)[1] for cls in RULE_TYPES.values()}
    assert modules == {"requires_if", "required_content", "indication", "forbidden"}
    # every shipped rule was built by its type's class (the YAML type names the table's entry)
    packs = load_rulepacks([RULES_DIR])
    assert {type(r) for r in packs.rules} == set(RULE_TYPES.values())


def test_no_cache_in_the_rule_packs_is_keyed_by_id():
    for path in list(PACKS_SRC.glob("*.py")) + [PACKS_SRC.parents[1] / "rulepacks.py"]:
        assert not re.search(r"\bid\(", path.read_text()), path


def _with_synonym(ref, endpoint: str, synonym: str):
    """A copy of the library whose ``endpoint`` has one more synonym (a distinct object)."""
    copy = load_reference(DATA / "reference.yaml")
    term = copy.endpoints[endpoint]
    copy.endpoints[endpoint] = dataclasses.replace(term, synonyms=term.synonyms + (synonym,))
    return copy


def _f001(packs, ref, text: str) -> list[int]:
    ctx = CheckContext(document=doc(text), claims=[], reference=ref, market="US")
    return [f.line for f in packs.check(ctx) if f.rule == "F001"]


def test_one_rulepacks_serves_two_libraries_each_with_its_own_patterns():
    """The phrase triggers compiled for one claims library (its endpoint terms) are not reused
    for another: "prolonged lifespan" is an OS claim only where the library says so."""
    plain = load_reference(DATA / "reference.yaml")
    wider = _with_synonym(plain, "os", "lifespan")
    packs = load_rulepacks([RULES_DIR], plain)
    text = "Market: US\n\nBESPONSA prolonged lifespan in adults with relapsed ALL.\n"
    assert _f001(packs, plain, text) == []
    assert _f001(packs, wider, text) == [3]
    assert _f001(packs, plain, text) == []          # back to the first library: its own patterns
    # the statement requirement is per endpoint and per document: a second document is judged alone
    assert _f001(packs, wider, text + "\nThe lifespan primary endpoint was not met.\n") == []
    assert _f001(packs, wider, text) == [3]
