"""Inline suppression directives are read in ASCII case only: a comment whose letters only fold to
the directive's under Unicode case-insensitivity ("ıgnore-file" with a dotless i) is no directive
(it was an internal error: the action was looked up as "ıgnore-file")."""

from __future__ import annotations

from claimcheck.documents.base import Document
from claimcheck.suppressions import parse


def _doc(text: str) -> Document:
    return Document(path="draft.md", text=text, format="markdown")


def test_directive_in_any_ascii_case_is_read():
    directives, malformed = parse(_doc('<!-- claimcheck: IGNORE-FILE[O001] reason="approved wording, MLR-12" -->\n\nText.\n'))
    assert [(d.action, d.codes) for d in directives] == [("ignore-file", ["O001"])]
    assert malformed == []


def test_lookalike_letters_are_no_directive():
    text = '<!-- claimcheck: ıgnore-fıle[O001] reason="x" -->\n\n<!-- claimcheck: dıſable[O001] reason="y" -->\n'
    directives, malformed = parse(_doc(text))
    assert directives == []
    assert len(malformed) == 2 and all("malformed" in m[3] for m in malformed)
