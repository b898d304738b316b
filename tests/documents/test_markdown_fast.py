"""The Markdown reader's fast paths give exactly what markdown-it gives.

``parse_markdown`` skips markdown-it where it can prove the result: ``_fast_blocks`` builds the
block tokens of simple documents (paragraphs, ATX headings, ``-`` lists) and ``_children`` the
inline children of content without active inline syntax. Each test compares a fast path with
markdown-it on the same input: whole Documents (fast paths on, then forced off), block tokens,
inline children. The inputs are the shipped drafts, hand-picked edge cases and generated
line-by-line documents that sit on both sides of the fast path's limits.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.documents import markdown as md_reader
from claimcheck.documents.markdown import parse_markdown
from claimcheck.documents.text import _mark_runs, blank, decode_text, line_starts, resolve_marks

ROOT = Path(__file__).resolve().parents[2]
DRAFTS = sorted(p for p in (ROOT / "corpus").glob("*.md") if p.name != "README.md")


def _markdown_it_children(content: str, env: dict) -> list:
    md = md_reader._parser()
    children: list = []
    md.inline.parse(content, md, env, children)
    return children


def _body(text: str) -> str:
    """The text parse_markdown hands to the block parser (front matter blanked)."""
    end = md_reader._front_matter(md_reader._State("t.md", text), {})
    return blank(text[:end]) + text[end:]


def _snapshot(doc) -> tuple:
    return (doc.text, doc.metadata, doc.comments, doc.segments, doc.tables,
            [doc.locate(i) for i in range(len(doc.text) + 1)])


def _both_ways(text: str, monkeypatch) -> tuple:
    fast = _snapshot(parse_markdown("t.md", text))
    with monkeypatch.context() as m:
        m.setattr(md_reader, "_fast_blocks", lambda body: None)
        m.setattr(md_reader, "_children", _markdown_it_children)
        slow = _snapshot(parse_markdown("t.md", text))
    return fast, slow


# lines on both sides of what the fast path accepts
LINES = [
    "", "", " ", "   ", "Plain text 80.7% of patients (n=164)", "more text", "  indented", "   three", "    four",
    "       deep", "# Heading", "## Heading ##", "### x #", "#", "# ", "####### seven", "#hashtag", " # indented",
    "- item 48%", "- item two", "* star", "+ plus", "-  wide", "- ", "-", "  - nested", "- - x", "- # h", "- 1. x",
    "- [1] ref", "- **CR/CRi:** 80.7% (P<0.001)", "1. one", "2) two", "1234567890. big", "3.5% of", "**Indication:** x",
    "**A:**", "** x**", "**x **", "**x**y", "***x***", "*em* x", "a*b*c", "{{last_name}}", "_x_", "a_b", "***", "* * *",
    "---", "- - -", "___", "--", "-5%", "===", "=x", "> quote", "```", "~~~", "`code` x", "<div>", "<!-- c -->",
    "<!-- claimcheck: ignore[V001] reason=\"ok\" -->", "x<sup>1</sup>", "a | b", "|---|---|", "| a | b |", ":--",
    "[1] Smith", "[nejm]: https://x.y", "[a]", "[a]: /u", "[x\\]y", "[97.5% CI, 0.5-0.9]", "[a](b) c", "R&D", "R&D;",
    "&amp; x", "&#8804; 5", "P<0.001", "P<0.001 and P>0.05", "<http://a.b>", "two spaces  ", "one space ", "tab\tmid",
    "tab end\t", "\tlead tab", "nb\u00a0sp", "\u00a0lead", "trail\u00a0", "\u2003em", "x\x0c", "x\\", "\\# no", "• b",
]
# what drafts are mostly made of (all accepted by the fast path, alone)
SIMPLE = [
    "", "", " ", "Plain text 80.7% of patients (n=164)", "more text", "  indented", "   three", "       deep", "# Heading",
    "## Heading ##", "#", "- item 48%", "- item two", "* star", "+ plus", "- **CR/CRi:** 80.7% (P<0.001)", "3.5% of",
    "**Indication:** x", "**A:**", "{{last_name}}", "a_b", "-5%", "[1] Smith", "[97.5% CI, 0.5-0.9]", "R&D", "P<0.001",
    "two spaces  ", "one space ", "tab\tmid", "nb\u00a0sp", "• b",
]
FRONT = ["", "---\nmarket: EU\n---\n", "---\nmarket: us\nsubject: \"x\"\n---\n\n"]


def _document(rnd: random.Random) -> str:
    pool = SIMPLE if rnd.random() < 0.6 else SIMPLE + LINES
    body = "\n".join(rnd.choice(pool) for _ in range(rnd.randint(0, 16)))
    return rnd.choice(FRONT) + body + ("\n" if rnd.random() < 0.5 else "")


@pytest.mark.parametrize("path", DRAFTS, ids=lambda p: p.name)
def test_drafts_take_the_fast_path_and_read_the_same(path, monkeypatch):
    text, _ = decode_text(str(path), path.read_bytes())
    assert md_reader._fast_blocks(_body(text)) is not None
    fast, slow = _both_ways(text, monkeypatch)
    assert fast == slow


@pytest.mark.parametrize("line", LINES)
def test_each_edge_line_in_context(line, monkeypatch):
    for text in (line, f"Intro text.\n{line}\nafter", f"- item\n{line}\n\n{line}\n", f"# H\n{line}\n- a\n\n- b\n{line}"):
        fast, slow = _both_ways(text, monkeypatch)
        assert fast == slow, text


def test_generated_documents(monkeypatch):
    rnd = random.Random(20240611)
    fast_path = 0
    for _ in range(600):
        text = _document(rnd)
        fast, slow = _both_ways(text, monkeypatch)
        assert fast == slow, text
        fast_path += md_reader._fast_blocks(_body(text)) is not None
    assert fast_path > 100  # the generator does reach the fast path


def _block_tokens(tokens) -> list:
    """What _walk reads of each block token (closing and nested paragraph tokens left out)."""
    out = []
    for t in tokens:
        if t.type not in {"heading_open", "heading_close", "inline", "paragraph_open", "bullet_list_open",
                          "list_item_open"} or (t.type == "paragraph_open" and t.level):
            continue
        where = t.map[0] if t.type in ("bullet_list_open", "list_item_open") else t.map
        tag = t.tag if t.type.startswith("heading") else ""
        markup = t.markup if t.type not in ("inline", "paragraph_open") else ""
        out.append((t.type, t.level, list(where) if isinstance(where, list) else where, tag, markup,
                    t.content if t.type == "inline" else ""))
    return out


BODIES = [
    "- item\n  two spaces\n   three\n one\nnone\n        deep",
    "- a\n- b\n\n- c\n* d\n\n+ e\ntext\n\ntext\n# H\n- f\n# G",
    "text  \nhard break\n# H ##\n## x #\n# C#\n#\n# #\npara\n\n\n   indented para\n    lazy",
    "**A:** x\n- **B:** y\n  z\n\n[1] Smith\n[97.5% CI] x",
]


def _check_block_tokens(body: str) -> bool:
    fast = md_reader._fast_blocks(body)
    if fast is None:
        return False
    assert _block_tokens(fast) == _block_tokens(md_reader._parser().parse(body, {}))
    return True


@pytest.mark.parametrize("body", BODIES)
def test_fast_block_tokens_of_simple_documents(body):
    assert _check_block_tokens(body)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SIMPLE + LINES), max_size=14).map("\n".join))
def test_fast_block_tokens_are_markdown_its(body):
    _check_block_tokens(body)


@pytest.mark.parametrize("content", [
    "a b", "a \nb", "a  \n b", "a   \n\tb", "a\t \nb", "a \t\nb", "**Indication:** text", "**A:**", "**A:** \nb",
    "**A:**  \nb", "**A:**b", "**A :** b", "**x** [1] y", "**x** a](b", "P<0.001", "P<0.001 and P>0.05", "R&D", "R&D;",
    "{{last_name}}", "a_b", "_a", "a_", "[97.5% CI]", "[a](b)", "[X]",
])
def test_children_of_chosen_contents(content):
    for env in ({}, {"references": {"X": {"href": "h", "title": ""}}}):
        mine = md_reader._children(content, env)
        theirs = _markdown_it_children(content, env)
        assert [(c.type, c.content, getattr(c, "markup", "")) for c in mine] == [
            (c.type, c.content, c.markup) for c in theirs
        ]


INLINE_PIECES = st.sampled_from([
    "**", "*", "Label", ":", " ", "  ", "\n", "  \n", "a", "1", "_", "__", "name", "<", ">", "0.001", "[", "]", "(",
    ")", "](", "&", ";", "&amp;", ".", "!", "\\", "`", "\u00a0", "\t", "é", "²", "-", "%", "{{", "}}",
])


@settings(max_examples=500, deadline=None)
@given(st.lists(INLINE_PIECES, max_size=12).map("".join), st.booleans())
def test_children_are_markdown_its(content, references):
    content = content.strip(" \n\t\u00a0")  # block rules trim inline content
    env = {"references": {"X": {"href": "h", "title": ""}}} if references else {}

    def fields(children):
        return [(c.type, c.content, getattr(c, "markup", "")) for c in children]

    assert fields(md_reader._children(content, env)) == fields(_markdown_it_children(content, env))


# ------------------------------------------------------------------ shared text helpers
_OLD_MARK_RUN = re.compile(r"(?<![ \t\x00-\x03])[ \t\x00-\x03]*[\x00-\x03][ \t\x00-\x03]*")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([" ", "\t", "\n", "a", "\x00", "\x01", "\x02", "\x03"]), max_size=30).map("".join))
def test_mark_runs_are_the_maximal_blank_runs_holding_a_mark(text):
    assert list(_mark_runs(text)) == [
        m.span() for m in _OLD_MARK_RUN.finditer(text)
    ]
    assert len(resolve_marks(text)[0]) == len(text)


def test_line_starts():
    for text in ("", "a", "\n", "a\nb", "a\nb\n", "\n\n\nx\n"):
        assert line_starts(text) == [0] + [m.end() for m in re.finditer("\n", text)]


def test_control_characters_still_make_a_binary_file():
    from claimcheck.errors import InputError

    with pytest.raises(InputError, match="control characters"):
        decode_text("x.txt", b"\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e" * 10)
    assert decode_text("x.txt", b"a\tb\x0cc\r\nd" * 100)[0].startswith("a\tb\x0cc\nd")


def test_markdown_it_is_imported_only_when_needed(tmp_path):
    (tmp_path / "a.txt").write_text("Plain 80.7%.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Title\n\n**Indication:** 80.7% of patients.\n\n- item 1\n", encoding="utf-8")
    (tmp_path / "c.md").write_text("| a | b |\n|---|---|\n| 1 | 2 |\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from claimcheck.documents import read_document\n"
        f"read_document({str(tmp_path / 'a.txt')!r}); read_document({str(tmp_path / 'b.md')!r})\n"
        "print('markdown_it' in sys.modules)\n"
        f"read_document({str(tmp_path / 'c.md')!r})\n"
        "print('markdown_it' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]
