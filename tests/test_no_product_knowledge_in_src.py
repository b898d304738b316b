"""No product knowledge in Python (issue 12 item 4): what a shipped claims library or rule pack
knows (product names, trial names, endpoint abbreviations, disease terms) lives in YAML, never in
``src/``. Adding a product must not need a code change, and the code must not quietly work for
one product only.

The terms are read from every shipped library (reference/*.yaml) and rule pack (rules/*.yaml), so
a new product's names are checked too. Abbreviations (``OS``, ``CR/CRi``, ``AML``) and names in
capitals match case-sensitively, other names case-insensitively, as whole words.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from claimcheck.phrases import is_abbreviation

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "claimcheck"


def _proper_name(name: str) -> bool:
    """A trial or document name rather than plain words ("INO-VATE ALL", "Study 1010", not
    "pivotal trial" or "label")."""
    return any(re.fullmatch(r"[A-Z][A-Z0-9\-+/]{2,}", w) for w in re.split(r"[\s,]+", name)) \
        or bool(re.search(r"\d", name))


def shipped_terms() -> set[str]:
    terms: set[str] = set()
    for f in sorted((ROOT / "reference").glob("*.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        terms.update(data["product"]["names"])
        for arm in data["arms"].values():
            if arm.get("product"):
                terms.update(arm["synonyms"])
        for study in data["studies"]:
            terms.update(n for n in study["names"] if _proper_name(n))
        for endpoint in data["endpoints"].values():
            terms.update(t for t in (endpoint["label"], *endpoint["synonyms"]) if is_abbreviation(t))
        terms.update((data.get("lexicon") or {}).get("tokens", ()))
        terms.update((data.get("lexicon") or {}).get("label_words", ()))
    for f in sorted((ROOT / "rules").glob("*.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        for rule in data["rules"]:
            statement = rule.get("statement") or {}
            terms.update(t for t in statement.get("disease", ()) if isinstance(t, str))
    return {t for t in terms if len(t) > 1}


def _pattern(term: str) -> re.Pattern:
    flags = 0 if is_abbreviation(term) or term.upper() == term else re.IGNORECASE
    return re.compile(r"(?<![\w/])" + re.escape(term) + r"(?![\w/])", flags)


def test_the_term_list_is_real():
    terms = shipped_terms()
    # both shipped products, their trials, endpoint abbreviations and diseases are in the list
    for t in ("BESPONSA", "inotuzumab", "INO-VATE ALL", "CR/CRi", "OS", "ALL", "acute lymphoblastic leukemia",
              "XOSPATA", "gilteritinib", "ADMIRAL", "CR/CRh", "AML", "Salvage"):
        assert t in terms, t
    assert _pattern("OS").search("the OS claim") and not _pattern("OS").search("import os")


def test_no_shipped_product_knowledge_in_src():
    patterns = [(t, _pattern(t)) for t in sorted(shipped_terms())]
    hits = []
    for path in sorted(SRC.rglob("*")):
        if path.suffix not in (".py", ".json", ".yaml", ".txt") or "__pycache__" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        for term, pattern in patterns:
            for m in pattern.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                hits.append(f"{path.relative_to(ROOT)}:{line}: {term!r}")
    assert hits == [], f"{len(hits)} product terms in src/ (move them to the claims library or rule packs):\n" \
        + "\n".join(hits[:60])
