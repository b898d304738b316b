"""Helpers for the rule-pack tests (paths, reading fixtures, building documents)."""

from __future__ import annotations

import textwrap

from pathlib import Path

from claimcheck.documents import read_document
from claimcheck.documents.base import Document
from claimcheck.documents.text import read_text
from claimcheck.errors import ConfigError
from claimcheck.reference import load_reference

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
#: every rule's bad and good fixtures (tests/engine/test_rule_fixtures.py runs them all)
FIXTURES = REPO / "tests" / "fixtures" / "rules"
#: small claims libraries the rule-pack tests load
DATA = HERE / "data"
RULES_DIR = REPO / "rules"
REPO_REFERENCE = REPO / "reference"
SEEDS = REPO / ".." / "shared" / "seeds"
#: the EU BESPONSA indication, for pieces whose other findings a test does not want
EU_INDICATION = ("BESPONSA is indicated as monotherapy for the treatment of adults with relapsed or refractory "
                 "CD22-positive B cell precursor acute lymphoblastic leukaemia (ALL). Adult patients with Philadelphia "
                 "chromosome-positive (Ph+) relapsed or refractory B cell precursor ALL should have failed treatment "
                 "with at least 1 tyrosine kinase inhibitor (TKI).")

#: the top of a US piece about remission: the indication and the boxed warning in other words (the
#: pointer tests add the claim and the pointer or what stands in its place)
US_PIECE_TOP = ("BESPONSA is indicated for the treatment of relapsed or refractory CD22-positive B-cell precursor "
                "acute lymphoblastic leukemia (ALL) in adults and pediatric patients 1 year and older.\n\n"
                "**WARNING: HEPATOTOXICITY, INCLUDING HEPATIC VENO-OCCLUSIVE DISEASE (VOD), AND INCREASED RISK OF "
                "POST-HSCT NON-RELAPSE MORTALITY**\n\n"
                "Liver injury, VOD among it, proved fatal or life-threatening in some patients. Death not caused by "
                "relapse after HSCT was more frequent with BESPONSA.\n\n")

#: a US and an EU piece complete but for the PI / SmPC pointer, with ``{body}`` at their end: the
#: pointer tests (F003 US, F005 EU) put what they judge there
POINTER_TOPS = {
    "US": ("---\nmarket: US\n---\n# BESPONSA and remission\n\n" + US_PIECE_TOP
           + "Remission (CR/CRi) reached 80.7% with BESPONSA against 29.4% with standard chemotherapy.\n\n"
           "{body}\n"),
    "EU": ("Market: EU\nBESPONSA in relapsed disease\n\n"
           "\u25bc This medicinal product is subject to additional monitoring.\n\n"
           "Remission (CR/CRi) reached 80.7% with BESPONSA against 29.4% with standard chemotherapy.\n\n"
           "{body}\n"),
}
#: the pointer rule of each market
POINTER_RULE = {"US": "F003", "EU": "F005"}


def lint_pointer_piece(lint_piece, linter_for, market, body, name):
    """The pointer rule's findings on :data:`POINTER_TOPS`' piece of ``market`` ending in ``body``."""
    return lint_piece(POINTER_TOPS[market].format(body=body), name, linter=linter_for(market),
                      rules=POINTER_RULE[market], lint_file=True)


def repo_reference():
    try:
        return load_reference(REPO_REFERENCE)
    except ConfigError:
        return None


def read(path: Path) -> Document:
    """A document as the CLI reads it (plain text while the Markdown reader is not there)."""
    try:
        return read_document(path)
    except ImportError:
        return read_text(str(path), path.read_bytes())


def doc(text: str, name: str = "draft.txt", **metadata) -> Document:
    return Document(path=name, text=text, metadata=dict(metadata))


def codes(findings, prefix: str = "") -> list[str]:
    return [f.rule for f in findings if f.rule.startswith(prefix)]


def eu_f002_lines(lint_piece, body: str, name: str = "piece.md") -> list[int]:
    """The lines (of ``body``) of the F002 findings of an EU piece: ``body`` dedented, with the EU
    indication after it; a Markdown piece declares its market in front matter (three lines above the
    body, taken off), an HTML piece in a comment."""
    text = textwrap.dedent(body).lstrip() + f"\n{EU_INDICATION}\n"
    if name.endswith(".html"):
        text = f"<html><body>\n<!-- Market: EU -->\n{text}\n</body></html>\n"
    market = "EU" if name.endswith(".md") else None
    return [f.line - (3 if market else 0)
            for f in lint_piece(text, name, market=market, rules="F002", lint_file=True)]
