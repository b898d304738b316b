"""The text index of one document for the rule packs: sentences, sections, headings; scopes.

Built per document by :class:`claimcheck.checks.packs.base.RuleRun`; every rule type asks it
where sentences and sections start and end, and a rule's *scope* (sentence, N sentences,
section, document) is decided here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterable

from ...phrases import TermPattern
from ...sentences import sentence_spans

_SECTION_BREAK = re.compile(
    r"^[ \t]{0,3}#{1,6}[ \t]|^[ \t]{0,3}(?:-[ \t]{0,3}){3,}$|^[ \t]{0,3}(?:\*[ \t]{0,3}){3,}$"
    r"|^[ \t]{0,3}(?:_[ \t]{0,3}){3,}$|^[ \t]{0,3}={3,}[ \t]*$|\f",
    re.MULTILINE,
)
_NON_BLANK = re.compile(r"\S")
#: Where a section break can start: after a line feed, up to three blanks and a marker character
#: (every line-anchored alternative of _SECTION_BREAK starts that way), or at a form feed. Scanning
#: for these and confirming each with _SECTION_BREAK.match finds exactly _SECTION_BREAK's match
#: starts after offset 0 (the only ones used), without trying its ``^`` alternatives at every
#: position: a match never spans a line feed or a form feed, so the two scans cannot overlap
#: differently, and ``^`` (MULTILINE) matches after a line feed whatever the position argument.
_SECTION_CANDIDATE = re.compile(r"\n[ \t]{0,3}[#*_=\-]|\f")
_ATX = re.compile(r"[ \t]{0,3}(#{1,6})[ \t]")
_LIST_OR_ROW = re.compile(r"[ \t]{0,8}(?:[\u2022\u25aa\u25cf\u2013*|-]|\d{1,2}[.)][ \t])")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


class TextIndex:
    """Sentences and sections of one document: one pass each (for sections, a
    pass for the possible starts, each confirmed in place: see ``_SECTION_CANDIDATE``), built lazily.

    Sentences are those of :func:`claimcheck.sentences.sentence_spans` (the one splitter,
    shared with extraction). Sections start at the
    headings a reader found (``metadata["headings"]``: Markdown, HTML, Word), at Markdown headings,
    thematic breaks (``---``) and setext underlines still in the text, and at form feeds.
    """

    def __init__(self, text: str, headings: Iterable[int] = (), levels: dict[int, int] | None = None):
        self.text = text
        self._headings = sorted(set(headings))
        self._levels = levels or {}
        self._lowered: str | None = None
        self._sentences: list[tuple[int, int]] | None = None
        self._starts: list[int] = []
        self._sections: list[int] | None = None

    @property
    def lowered(self) -> str:
        """The text lower-cased, offset for offset."""
        if self._lowered is None:
            low = self.text.lower()
            self._lowered = low if len(low) == len(self.text) else self.text.translate(_ASCII_LOWER)
        return self._lowered

    # ------------------------------------------------------------- sentences
    @property
    def sentences(self) -> list[tuple[int, int]]:
        """The sentence spans (:func:`claimcheck.sentences.sentence_spans`, the pipeline's too)."""
        if self._sentences is None:
            self._sentences = sentence_spans(self.text)
            self._starts = [s for s, _ in self._sentences]
        return self._sentences

    def sentence_index(self, offset: int) -> int:
        sentences = self._sentences if self._sentences is not None else self.sentences
        return max(0, min(len(sentences) - 1, bisect.bisect_right(self._starts, offset) - 1))

    def sentence_span(self, i: int) -> tuple[int, int]:
        return (self._sentences if self._sentences is not None else self.sentences)[i]

    def sentence_of(self, offset: int) -> tuple[int, int]:
        return self.sentences[self.sentence_index(offset)]

    # ------------------------------------------------------------- sections
    def section_index(self, offset: int) -> int:
        if self._sections is None:
            # the starts of _SECTION_BREAK matches after offset 0, via _SECTION_CANDIDATE (see there)
            text, starts = self.text, set(self._headings)
            for m in _SECTION_CANDIDATE.finditer(text):
                at = m.start()
                if text[at] == "\f":
                    starts.add(at)
                elif _SECTION_BREAK.match(text, at + 1):
                    starts.add(at + 1)
            self._sections = [0] + sorted(x for x in starts if x > 0)
        return bisect.bisect_right(self._sections, offset) - 1

    def has_sections(self) -> bool:
        """Whether the document is cut into sections (headings, breaks), not one section."""
        self.section_index(0)
        return len(self._sections) > 1

    def is_heading_like(self, i: int) -> bool:
        """A sentence that reads as a heading: one line of at most 14 words without final
        punctuation (not a list item or table row), or the first line of a section."""
        s, e = self.sentence_span(i)
        if self.section_index(s) != self.section_index(max(0, s - 1)) or s == 0 and self.has_sections():
            return True
        line = self.text[s:e]
        if "\n" in line or line[-1:] in ".!?;," or _LIST_OR_ROW.match(line):
            return False
        return len(line.split()) <= 14

    def _on_row(self, i: int) -> bool:
        s, _ = self.sentence_span(i)
        ls = self.text.rfind("\n", 0, s) + 1
        le = self.text.find("\n", s)
        return "|" in self.text[ls:le if le != -1 else len(self.text)]

    def table_of(self, i: int) -> tuple[int, int]:
        """The first and last sentence of the table (consecutive sentences on lines with cells,
        in one section) that sentence ``i`` is a row of; ``(i, i)`` when it is no table row."""
        if not self._on_row(i):
            return i, i
        section = self.sentence_section(i)
        first = last = i
        while first > 0 and first > i - 200 and self.sentence_section(first - 1) == section and self._on_row(first - 1):
            first -= 1
        n = len(self.sentences)
        while last + 1 < n and last < i + 200 and self.sentence_section(last + 1) == section and self._on_row(last + 1):
            last += 1
        return first, last

    def headings_of(self, i: int) -> list[int]:
        """The sentences that head sentence ``i``: the nearest heading-like sentence before it in
        its section (at most 40 sentences back), and the lead-in (a sentence ending with a colon)
        of the list ``i`` belongs to."""
        out: list[int] = []
        section = self.sentence_section(i)
        in_list = True
        for j in range(i - 1, max(-1, i - 41), -1):
            if self.sentence_section(j) != section:
                break
            s, e = self.sentence_span(j)
            sentence = self.text[s:e]
            if in_list and sentence.rstrip().endswith(":"):
                out.append(j)
            in_list = in_list and bool(_LIST_OR_ROW.match(self.text, self.text.rfind("\n", 0, s) + 1))
            if self.is_heading_like(j):
                out.append(j)
                break
        return out

    def section_start(self, offset: int) -> int:
        return self._sections[self.section_index(offset)]

    def section_level(self, start: int) -> int | None:
        """The level of the heading that starts a section at ``start`` (a reader's heading, or a
        Markdown ``#`` heading in the text), None when it starts otherwise."""
        if start in self._levels:
            return self._levels[start]
        m = _ATX.match(self.text, start)
        return len(m.group(1)) if m else None

    def section_end(self, offset: int) -> int:
        """Where the section holding ``offset`` ends (the next section's start, or the text's end)."""
        k = self.section_index(offset) + 1
        return self._sections[k] if k < len(self._sections) else len(self.text)

    def sentence_section(self, i: int) -> int:
        return self.section_index(self.sentences[i][0])

    # ------------------------------------------------------------- anchors
    def first_line(self) -> tuple[int, int, str]:
        """Where a document-level finding (something missing) is anchored: line 1, column 1,
        with the first line of text as its snippet."""
        m = _NON_BLANK.search(self.text)
        if not m:
            return 0, 0, ""
        end = self.text.find("\n", m.start())
        end = end if end != -1 else len(self.text)
        return 0, end, self.text[m.start():end].strip()

    def sentences_with(self, pattern: TermPattern, start: int = 0, end: int | None = None) -> list[int]:
        """Indexes of the sentences holding a hit of ``pattern`` in [start, end)."""
        out: list[int] = []
        last = len(self.sentences) - 1
        starts, bisect_right = self._starts, bisect.bisect_right
        for s, _, _ in pattern.finditer(self, start, end):
            i = max(0, min(last, bisect_right(starts, s) - 1))   # sentence_index(s), inlined
            if not out or out[-1] != i:
                out.append(i)
        return out


# ============================================================================ scopes


@dataclass(frozen=True)
class Scope:
    kind: str            # sentence | sentences | section | document
    n: int = 0
    heading: bool = False    # also: the heading or lead-in that governs the trigger's sentence

    def describe(self) -> str:
        if self.kind == "sentence":
            out = "in the same sentence"
        elif self.kind == "sentences":
            out = f"within {self.n} sentence{'s' if self.n != 1 else ''} of it"
        elif self.kind == "section":
            return "in the same section"
        else:
            return "anywhere in the document"
        if self.heading:
            out += " or in the heading above it"
        return out

    def satisfied(self, index: TextIndex, i: int, ok: list[int]) -> bool:
        """Whether one of the sorted sentence indexes ``ok`` lies in this scope of sentence ``i``."""
        if not ok:
            return False
        if self.heading and any(j in ok for j in index.headings_of(i)):
            return True
        if self.kind == "document":
            return bool(ok)
        if self.kind == "sentences":
            first, last = index.table_of(i)  # a table counts as one sentence: its rows are read together
            k = bisect.bisect_left(ok, first - self.n)
            return k < len(ok) and ok[k] <= last + self.n
        if self.kind == "sentence":
            k = bisect.bisect_left(ok, i)
            return k < len(ok) and ok[k] == i
        section = index.sentence_section(i)
        return any(index.sentence_section(j) == section for j in ok)
