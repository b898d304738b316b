"""The text index of one document for the rule packs: sentences, sections, headings; scopes.

Built per document by :class:`claimcheck.checks.packs.base.RuleRun`; every rule type asks it
where sentences and sections start and end, and a rule's *scope* (sentence, N sentences,
section, document) is decided here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable, Iterable

from ...context import table_header
from ...phrases import TermPattern, lower_text
from ...sentences import sentence_spans

_SECTION_BREAK = re.compile(
    r"^[ \t]{0,3}#{1,6}[ \t]|^[ \t]{0,3}(?:-[ \t]{0,3}){3,}$|^[ \t]{0,3}(?:\*[ \t]{0,3}){3,}$"
    r"|^[ \t]{0,3}(?:_[ \t]{0,3}){3,}$|^[ \t]{0,3}={3,}[ \t]*$|\f"
    # a numbered section heading of a plain text ("2.5 Longer-term follow-up", "3. SAFETY"): a
    # number of two or more parts, or one part before a title in capitals; a title of a few words
    # without final punctuation (a numbered step, "1. Check liver tests before each dose.", is none)
    r"|^[ \t]{0,3}\d{1,2}(?:\.\d{1,2}){1,3}\.?[ \t]{1,4}[A-Z][^\n.!?:;|]{0,70}[^\n.!?:;|,\s][ \t]*$"
    r"|^[ \t]{0,3}\d{1,2}\.[ \t]{1,4}[A-Z][A-Z0-9 &/(),'\-]{2,60}[A-Z)][ \t]*$",
    re.MULTILINE,
)
#: the number of a numbered section heading: its parts give its level ("2" 1, "2.5" 2)
_SECTION_NUMBER = re.compile(r"[ \t]{0,3}(\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t]")
_NON_BLANK = re.compile(r"\S")
#: Where a section break can start: after a line feed, up to three blanks and a marker character
#: (every line-anchored alternative of _SECTION_BREAK starts that way), or at a form feed. Scanning
#: for these and confirming each with _SECTION_BREAK.match finds exactly _SECTION_BREAK's match
#: starts after offset 0 (the only ones used), without trying its ``^`` alternatives at every
#: position: a match never spans a line feed or a form feed, so the two scans cannot overlap
#: differently, and ``^`` (MULTILINE) matches after a line feed whatever the position argument.
_SECTION_CANDIDATE = re.compile(r"\n[ \t]{0,3}[#*_=\-\d]|\f")
_ATX = re.compile(r"[ \t]{0,3}(#{1,6})[ \t]")
#: a paragraph opened by a bold label, as the Markdown reader renders it ("**Label:** text" with its
#: marks as spaces): two spaces, a label of a few words and its colon, then three spaces
_BOLD_RUN_IN = re.compile(r"  [^\s:][^:\n]{0,80}:   \S")
#: footnote marks set after a sentence's final punctuation ("… with caution.³", "… 0.99).†", the
#: superscript letters the readers leave of "<sup>a</sup>"): no part of how the sentence ends
_TRAILING_MARKS = re.compile("(?<=[.!?;,)\\]])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u2020\u2021\u00a7\u00b6\u2016*"
                             "\u1d43-\u1d5b\u1d9c\u1da0\u1dbb\u02b0-\u02e3\u2071\u207f,\u2013-]{1,8}$")
_LIST_OR_ROW = re.compile(r"[ \t]{0,8}(?:[\u2022\u25aa\u25cf\u2013*|-]|\d{1,2}[.)][ \t])")
#: the start of a list item's line (a bullet or a number)
_LIST_ITEM = re.compile(r"[ \t]{0,8}(?:[\u2022\u25aa\u25cf\u2013*-][ \t]|\d{1,2}[.)][ \t])")
_LINE = re.compile(r"[^\n]*")
#: a line that only draws a rule ("------", "=====", "* * *")
_RULE_LINE = re.compile(r"([-=_*~\u2500\u2550])(?:[ \t]?\1){2,}")
#: a copy-deck label on a line of its own at a sentence's start ("[HEADLINE]", "[SUBHEAD]", "[Body copy]"):
#: it names the slot the next line fills, so the sentence splitter's joining of the two leaves that
#: line to be judged (a headline stays a heading); a bracket that holds a sentence is no label
_COPY_LABEL = re.compile(r"[ \t]{0,3}\[[A-Za-z][A-Za-z0-9 /&-]{0,40}\][ \t]{0,8}\n")
#: what may close a sentence after its final mark (emphasis, quotes, brackets, blanks)
_CLOSING_MARKS = " \t\r\n*_\"'\u201d\u2019)]>"
#: an answer's way of naming what the question asked about: a pronoun, "a copy", a web address
_REFERS_BACK = re.compile(r"(?<![\w.-])(?:it|them|a\s{1,3}copy|copies|www\.|https?://)(?![\w-])|\bwww\.|https?://")
#: an answer's label and a yes or no before its first words ("**A.** Yes: …", "A: No, …")
_ANSWER_LEAD = re.compile(r"[\s>*_#-]{0,8}(?:(?:a|ans|answer|r|response|reply)[\s*_]{0,4}[:.\u2013\u2014-][\s*_]{0,4})?"
                          r"(?:(?:yes|no)\b[\s,:;.!\u2013\u2014-]{0,4})?")
#: words that open a question that asks (an interrogative, an auxiliary or a modal verb): "What
#: offers her the best chance …?", "Is it safe?", "Did it improve survival?"
#: A question opened by a negative ("Shouldn't it be the first choice for every patient?",
#: "Isn't it time …?", "Why wouldn't you …?", "Why not …?") is rhetorical: it asserts what it
#: seems to ask, so it is not among these and its words are read as a claim.
_ASKING_WORDS = frozenset(
    "what which who whom whose when where why how whether is are was were am do does did can could "
    "will would should shall may might must has have had".split()
)
#: "why" that opens a rhetorical question: "why wouldn't you …", "why not …", "why settle …", "why wait"
#: (urging: "Why settle for less than the best?" asserts the product is the best); and "why" before
#: "is / are / does / do", which takes what it asks about as given: "Why is it the best choice?",
#: "Why does it work so fast?" claim what they ask the reason for ("Which patients responded best?"
#: takes nothing as given, and asks)
_RHETORICAL_WHY = re.compile(r"\s{1,3}(?:not|wouldn['\u2019]t|would\s{1,3}(?:you|anyone)\s{1,3}not|settle|wait|risk|"
                             r"accept|look\s{1,3}elsewhere|choose\s{1,3}anything|is|are|does|do)\b")
#: where a question's own words may start inside its sentence: the sentence's start, or after a
#: lead-in's colon, a comma, a dash or an opening quote ("Her care team asks: *what …?*", "For
#: adults over 60, is … ?")
#: A conjunction or a discourse word may lead the question's words ("So which patients responded
#: best?", "But what is the best way to dose?", "And isn't it the best option?").
#: Marks may stand before the words: Markdown's, quotes, brackets, and a glyph or emoji that leads a
#: post or a push ("\u25bc How fast is … ?", "\U0001f514 Which patients …?"): anything but a letter, a
#: digit or a sentence's end.
_QUESTION_OPENING = re.compile(r"(?:^|[:,;\u2013\u2014(\"\u201c]|\s-\s)[^\w\n.!?]{0,12}"
                               r"(?:q(?:uestion)?\s{0,2}\d{0,2}[\s*_]{0,3}[:.)\u2013\u2014-][\s*_]{0,6})?"
                               r"(?:(?:so|and|but|or|then|now|well|okay|ok)[\s,]{1,3})?"
                               r"(?:(?:in|for|at|with|to|from|by|on|of|under|after|among)\s{1,3})?"
                               r"([a-z]+(?:['\u2019]t)?)")
#: a line's question label ("Q:", "**Q3.**", "Question 2 -") before words that ask: the line asks
#: even without its "?" ("Q: Which patients responded best" over "A: Adults under 55")
_QUESTION_LABEL = re.compile(r"[\s*_#>-]{0,8}q(?:uestion)?\s{0,2}\d{0,2}[\s*_]{0,3}[:.)\u2013\u2014-]")
#: a heading's opening words that ask without a "?" (:meth:`TextIndex._heading_asks`)
_HEADING_QUESTION = re.compile(r"[\s*_#>\"'\u201c\u2018(\[-]{0,12}(?:(?:in|for|among|with)\s{1,3})?"
                               r"(which|whom?|whose|(?:what|where|when)(?=\s{1,3}(?:is|are|was|were|do|does|did|can|could|"
                               r"should|will|would|may|might)\b))\b")
#: a column header or label naming myths a piece quotes to refute them
_MYTH = re.compile(r"\b(?:myths?|misconceptions?|misbeliefs?|misperceptions?)\b", re.I)
#: a line opening with a myth's label ("Myth:", "**MYTH #2** –", "- Misconception 1.")
_MYTH_LABEL = re.compile(r"[ \t>*_#\-\u2022]{0,8}(?:myths?|misconceptions?|misbeliefs?|misperceptions?)"
                         r"(?:[ \t]{0,2}#?\d{1,2})?[*_ \t]{0,3}(?:[:.)\u2013\u2014-]|$)[*_ \t]{0,3}", re.I)
#: the label of the fact that answers a myth ("Fact:", "Reality –", "The truth:")
_FACT_LABEL = re.compile(r"\b(?:facts?|reality|the\s+truth|truth|evidence)[*_ \t]{0,3}[:\u2013\u2014]", re.I)
#: what ends a question inside a sentence that is not itself one: its "?" and any closing marks,
#: then a closing quote ('"Which patients responded best?" we asked'), a table cell's end or the
#: end of the line
_INNER_QUESTION_END = re.compile(r"[?\uff1f][ \t*_)\]]{0,6}(?:[\"'\u201d\u2019>]|$)")
#: an indirect question: a verb of asking, then "whether" / "if" ("You asked whether … is linked to
#: longer survival", "HCPs wanted to know if …", "we were asked about whether …"): what follows is
#: asked, not said
_INDIRECT_QUESTION = re.compile(r"\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|enquir(?:e|es|ed|ing|y|ies)|inquir(?:e|es|ed|ing|y|ies)"
                                r"|(?:want|wanted|wants|wanting|like|liked)\s{1,3}to\s{1,3}know|query|queried|queries)"
                                r"(?:\s{1,3}(?:us|me|them|him|her|about|again|specifically)){0,2}\s{1,3}(?:whether|if)\b")
#: what ends an indirect question's reach inside its sentence: a clause of its own after it
_INDIRECT_END = re.compile(r"[;:!?]|\.(?:\s|$)|\s[\u2013\u2014]\s|\s-\s")
#: an answer's first three words
_FIRST_WORDS = re.compile(r"[^\s]{1,40}(?:\s{1,4}[^\s]{1,40}){0,2}")
#: an answer's label standing alone as a sentence ("A:", "**A.**", "Answer:", "> A -")
_ANSWER_LABEL = re.compile(r"[\s>*_#-]{0,8}(?:A|Ans|Answer|R|Response|Reply)[\s*_]{0,4}[:.\u2013\u2014-]?[\s*_]{0,4}")


#: a line led by a short label and a colon (what :func:`_label_colon` reads): the label
_LINE_LABEL = re.compile(r"^[ \t]*(?:\*\*|__)?([A-Z][\w.'\u2019/&+() \-]{0,29}?)(?:\*\*|__)?:[ \t]", re.MULTILINE)
#: how many lines a label leads to be a script's speaker or channel (see TextIndex._turn_label)
_TURN_LABEL_MIN = 3


def _label_key(label: str) -> str:
    return label.strip(" \t*_").casefold()


def _label_colon(stripped: str) -> int:
    """Where the colon of a label leading a line stands ("Myelosuppression: …", "**Indication:**
    …": up to six words and a colon), or -1."""
    colon = stripped.find(":", 0, 62)
    label = (colon > 0 and stripped[0] not in ".!?;,|" and stripped[colon + 1: colon + 2] in ("", " ", "\t")
             and not any(c in stripped[:colon] for c in ".!?;") and len(stripped[:colon].split()) <= 6)
    return colon if label else -1


class TextIndex:
    """Sentences and sections of one document: one pass each (for sections, a
    pass for the possible starts, each confirmed in place: see ``_SECTION_CANDIDATE``), built lazily.

    Sentences are those of :func:`claimcheck.sentences.sentence_spans` (the one splitter,
    shared with extraction). Sections start at the
    headings a reader found (``metadata["headings"]``: Markdown, HTML, Word), at Markdown headings,
    thematic breaks (``---``) and setext underlines still in the text, and at form feeds.
    """

    def __init__(self, text: str, headings: Iterable[int] = (), levels: dict[int, int] | None = None,
                 containers: Iterable[tuple[int, int]] = (), sentences: list[tuple[int, int]] | None = None):
        """``sentences``: the text's :func:`~claimcheck.sentences.sentence_spans` when the caller
        has them already (the pipeline's split, :attr:`claimcheck.checks.CheckContext.sentences`)."""
        self.text = text
        #: (start, end) of container blocks a reader found (a Markdown block quote): a box ends with them
        self._containers = sorted(containers)
        self._headings = sorted(set(headings))
        self._levels = levels or {}
        self._lowered: str | None = None
        self._sentences: list[tuple[int, int]] | None = sentences
        self._starts: list[int] = [s for s, _ in sentences] if sentences is not None else []
        self._sections: list[int] | None = None
        self._turn_labels: frozenset[str] | None = None

    @property
    def lowered(self) -> str:
        """The text lower-cased, offset for offset."""
        if self._lowered is None:
            self._lowered = lower_text(self.text)   # what case-insensitive phrases run on
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
        punctuation (not a list item or table row; a copy-deck label such as "[HEADLINE]" on the
        line above it, which the sentence splitter joins to it, is left out), or the first line
        of a section."""
        s, e = self.sentence_span(i)
        if self.section_index(s) != self.section_index(max(0, s - 1)) or s == 0 and self.has_sections():
            return True
        line = _TRAILING_MARKS.sub("", self.text[s:e])   # "… with caution.³": a mark after its stop
        label = _COPY_LABEL.match(line)
        if label:
            line = line[label.end():]
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

    def list_of(self, i: int) -> tuple[int, int]:
        """The first and last sentence of the list (its lead-in ending with a colon, and the
        consecutive sentences on list-item lines after it, in one section) that sentence ``i``
        belongs to: a list is read as one unit with its lead-in; ``(i, i)`` when it is no item."""
        def item(j: int) -> bool:
            s = self.sentence_span(j)[0]
            return bool(_LIST_ITEM.match(self.text, self.text.rfind("\n", 0, s) + 1))

        memo = self.__dict__.setdefault("_lists", {})
        if i in memo:
            return memo[i]
        if not item(i):
            return i, i
        section = self.sentence_section(i)
        first = last = i
        while first > 0 and first > i - 200 and self.sentence_section(first - 1) == section and item(first - 1):
            first -= 1
        if first > 0 and self.sentence_section(first - 1) == section:
            s, e = self.sentence_span(first - 1)
            if self.text[s:e].rstrip().endswith(":"):
                first -= 1
        n = len(self.sentences)
        while last + 1 < n and last < i + 200 and self.sentence_section(last + 1) == section and item(last + 1):
            last += 1
        for k in range(i, last + 1):    # every item after this one shares the unit (linear over a list)
            memo[k] = (first, last)
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
        k = self.section_index(offset)      # first: it builds the section list on first use
        return self._sections[k]

    def section_level(self, start: int) -> int | None:
        """The level of the heading that starts a section at ``start`` (a reader's heading, or a
        Markdown ``#`` heading in the text), None when it starts otherwise."""
        if start in self._levels:
            return self._levels[start]
        m = _ATX.match(self.text, start)
        if m:
            return len(m.group(1))
        if start < len(self.text) and self.text[start:start + 4].lstrip()[:1].isdigit() \
                and _SECTION_BREAK.match(self.text, start):
            n = _SECTION_NUMBER.match(self.text, start)
            return n.group(1).count(".") + 1 if n else None
        return None

    def section_end(self, offset: int) -> int:
        """Where the section holding ``offset`` ends (the next section's start, or the text's end)."""
        k = self.section_index(offset) + 1
        return self._sections[k] if k < len(self._sections) else len(self.text)

    def heading_scope_end(self, offset: int) -> int:
        """Where what a heading at ``offset`` heads ends: for a heading that starts a section at a
        known level, the start of the next section at that level or above, or of a section
        started otherwise (a thematic break); else the end of the section holding ``offset``."""
        k = self.section_index(offset)
        start = self._sections[k]
        level = self.section_level(start)
        line_start = self.text.rfind("\n", 0, offset) + 1
        if level is None or not line_start <= start <= offset:
            return self.section_end(offset)
        for nxt in self._sections[k + 1:]:
            other = self.section_level(nxt)
            if other is None or other <= level:
                return nxt
        return len(self.text)

    def sentence_section(self, i: int) -> int:
        return self.section_index(self.sentences[i][0])

    # ------------------------------------------------------------- boxes
    def box_end(self, anchor: int, end: int, about: Callable[[int, int], bool] | None = None) -> int:
        """Where a box (a boxed warning: its title at ``anchor``, then its body) ends, at most
        ``end``, in text without a reader's frame for it. A container the anchor lies in (a
        Markdown block quote) ends it; a title that is a heading leaves the box to its section
        (``end``: the caller stops it at the next heading not deeper than the title). Otherwise the box is the anchor's paragraph (its run of
        non-blank lines) and the paragraphs after it, up to the first that starts something else:

        * a heading-like line (at most ten words without final punctuation, alone or over text
          that starts with a capital: "WHAT THE LABEL REPORTS", "SLIDE 4 - Study design"),
        * a labelled paragraph ("Myelosuppression: …", "Indication: …"),

        each unless it is about the box's elements (``about(start, end)``: a subheading
        naming one of its risks inside the box goes on); and, once the body is a list,
        a paragraph that is neither a list item nor indented under one, after an item that ended
        its sentence (a paragraph after an item cut mid-sentence, as a PDF's text breaks one,
        goes on). A paragraph body runs on over blank lines into further plain paragraphs: a box
        written as several paragraphs is one box."""
        text = self.text
        for s, e in self._containers:
            if s > anchor:
                break
            if anchor < e:
                return min(e, end)
        line_start = text.rfind("\n", 0, anchor) + 1
        k = self.section_index(anchor)
        start = self._sections[k]
        # the title is a heading: its section (and those under it) is the box, except that a body
        # written as a list ends at the first plain paragraph after it that is not indented under it
        # (the warnings that follow the box in its section: "- <Risk> … occurred." then
        # "**<Risk>:** In the trial, <risk> occurred in …")
        headed = line_start <= start <= anchor and self.section_level(start) is not None
        about = about or (lambda s, e: False)
        pos = text.find("\n", anchor)
        if pos == -1 or pos >= end:
            return end
        pos += 1
        body = False          # body text seen after the title line
        in_list = False       # the body's last paragraph is a list
        list_indent = 0
        closed = True         # the last body line ended its sentence
        blank_before = False
        prose = False         # the body holds a plain paragraph that ended its sentence
        para_label = False    # the paragraph being read opened with a label
        while pos < end:
            m = _LINE.match(text, pos)
            ls, le = pos, m.end()
            line = text[ls:le]
            pos = le + 1
            if "\f" in line:
                return min(ls + line.index("\f"), end)
            stripped = line.strip()
            if not stripped or _RULE_LINE.fullmatch(stripped):
                # (a rule drawn under a script's segment title, "-----", parts paragraphs as a blank
                # line does: it is no list item)
                blank_before = True
                continue
            item = bool(_LIST_OR_ROW.match(line))
            indent = len(line) - len(line.lstrip(" \t"))
            # indented under a list item (not a bold run-in label at the margin, which the Markdown
            # reader renders with its "**" as spaces: "**<Risk>:** In the trial …" reads
            # "  <Risk>:   In the trial …")
            under = in_list and indent > list_indent and not _BOLD_RUN_IN.match(line)
            if blank_before:
                if not headed and not under and self._starts_other(line, stripped, le, item, about, ls, prose):
                    return min(ls, end)
                if body and in_list and closed and not item and not under:
                    return min(ls, end)
            if item and not under:
                list_indent = indent if not in_list else min(list_indent, indent)
                in_list = True
            elif blank_before and not under and closed:
                in_list = False
            if blank_before or not body:
                para_label = not item and _label_colon(stripped) > 0
            body = True
            blank_before = False
            closed = stripped[-1] in ".!?" or stripped.endswith((".)", ".]", '."', ".\u201d"))
            prose = prose or (closed and not item and not para_label and not under)
        return end

    def _starts_other(self, line: str, stripped: str, le: int, item: bool,
                      about: Callable[[int, int], bool], ls: int, prose: bool = False) -> bool:
        """Whether a paragraph whose first line is ``line`` starts a new part (see box_end). A
        labelled paragraph about the box's elements goes on in a box written as labelled
        paragraphs ("Cardiotoxicity: …", "Late mortality: …"), not after a body of plain
        sentences (``prose``): there it opens the warnings that follow the box ("Heart failure: …"
        under a box that never named it)."""
        if item:
            return False
        words = stripped.split()
        nxt = self.text[le + 1: le + 200].lstrip(" \t")
        heading = (len(words) <= 10 and stripped[-1:] not in ".!?,;"
                   and (not nxt or nxt[0] == "\n" or nxt[0].isupper() or nxt[0].isdigit()))
        # a label leads it ("Myelosuppression: …", "**Indication:** …"): up to six words and a colon
        colon = _label_colon(stripped)
        label = colon > 0
        if not heading and not label:
            return False
        if label and not heading and self._turn_label(stripped[:colon]):
            # a speaker or channel of a script ("VO: …", "NARRATOR: …") goes on speaking the box
            return False
        if label and not heading and prose:
            return True
        return not about(ls, le if heading else ls + line.index(stripped) + colon + 1)

    def _turn_label(self, label: str) -> bool:
        """Whether ``label`` (the words before a leading colon) leads paragraphs all through the
        text: a speaker or channel of a script or transcript ("VO:", "SUPER:", "Rep:"), which a box
        read aloud goes on in, where a label that leads one paragraph ("Myelosuppression:") starts
        a part of its own. At least :data:`_TURN_LABEL_MIN` lines it leads."""
        if self._turn_labels is None:
            counts: dict[str, int] = {}
            for m in _LINE_LABEL.finditer(self.text):
                key = _label_key(m.group(1))
                counts[key] = counts.get(key, 0) + 1
            self._turn_labels = frozenset(k for k, n in counts.items() if n >= _TURN_LABEL_MIN)
        return _label_key(label) in self._turn_labels

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

    # ------------------------------------------------------------- questions and answers
    def is_question(self, i: int) -> bool:
        """Whether sentence ``i`` is a question: it ends with "?" (before closing marks: "**Q:**
        Where is the SmPC?**", "… the PI?\u201d"). A question asks for a statement, it does not make
        one: "Where can I find the SmPC?" points to nothing unless its answer does."""
        s, e = self.sentence_span(i)
        return self.text[s:e].rstrip(_CLOSING_MARKS)[-1:] in ("?", "\uff1f")

    def asks(self, i: int) -> bool:
        """Whether sentence ``i`` is a question that asks (:meth:`is_question`, whose own words,
        at the sentence's start or after a lead-in's colon, a comma, a dash or a "Q:" / "Q4."
        label, open with an interrogative, an auxiliary or a modal verb: "Her care team asks:
        *what offers her the best chance …?*", "**Q: Is it safe?**", "## Does it prolong
        survival?", "For adults over 60, is it an option?"). An elliptical question
        ("Looking for a cure?", "Want the best for your patients?") asks nothing: it is a
        claim put as a question."""
        return self.question_start(i) is not None

    def question_start(self, i: int) -> int | None:
        """Where the asking question of sentence ``i`` starts (:meth:`asks`; the first opening
        whose first word asks), or None. What comes before it is said, not asked ("the product is
        the best option: why settle for less?")."""
        if not self.is_question(i):
            return None
        s, e = self.sentence_span(i)
        sentence = self.lowered[s:e]
        for m in _QUESTION_OPENING.finditer(sentence):
            if m.group(1) in _ASKING_WORDS and not (m.group(1) == "why" and _RHETORICAL_WHY.match(sentence, m.end(1))):
                return s + m.start(1)
        return None

    def asked(self, offset: int) -> bool:
        """Whether ``offset`` lies in a question that asks (:meth:`question_start`), or in one
        that stands inside a sentence which is not itself a question: a table cell ("| Which
        patients responded best? | Adults under 55 |"), a quoted question ("\u201cWhat is the
        best way to dose?\u201d we asked investigators"), a line labelled as a question ("Q: Which
        patients responded best", its "?" left out). The stretch is the offset's cell or line up to
        its first "?", from where its own words open with an asking word (as in
        :meth:`question_start`; a rhetorical "why" asks nothing); or in an indirect question
        ("You asked whether …": :meth:`indirect_question`)."""
        i = self.sentence_index(offset)
        start = self.question_start(i)
        if start is not None and offset >= start:
            return True
        if self.indirect_question(offset):
            return True
        s, e = self.sentence_span(i)
        text = self.text
        # the offset's stretch: its table cell or its line within the sentence
        a = max(s, text.rfind("|", s, offset) + 1, text.rfind("\n", s, offset) + 1)
        b = min(x for x in (text.find("|", offset, e), text.find("\n", offset, e), e) if x != -1)
        lowered = self.lowered
        labelled = _QUESTION_LABEL.match(lowered, a, b)
        end = None
        for q in re.finditer(r"[?\uff1f]", text[offset:b]):
            m = _INNER_QUESTION_END.match(text, offset + q.start(), b)
            if m:
                end = offset + q.start()
            break
        if end is None and not labelled:
            return self._heading_asks(i, offset)
        if end is not None and re.search(r"[.!;](?:\s|$)", text[offset:end]):
            return False
        stretch = lowered[a:end if end is not None else b]
        # a quoted question's words start after its opening quote
        for m in _QUESTION_OPENING.finditer(stretch):
            word = m.group(1)
            if word in _ASKING_WORDS and not (word == "why" and _RHETORICAL_WHY.match(stretch, m.end(1))):
                return a + m.start(1) <= offset
            if word.endswith(("n't", "n\u2019t")) or word == "why":
                return False
        return False

    def indirect_question(self, offset: int) -> bool:
        """Whether ``offset`` lies in an indirect question: after a verb of asking and "whether" /
        "if" in its sentence, with no clause break between ("You asked whether MRD negativity is
        linked to longer survival", "Several centres wanted to know if it is safe to …"). The
        piece reports what was asked; it claims nothing."""
        s, _ = self.sentence_of(offset)
        lowered = self.lowered
        for m in _INDIRECT_QUESTION.finditer(lowered, s, offset):
            if _INDIRECT_END.search(lowered, m.end(), offset) is None:
                return True
        return False

    def _heading_asks(self, i: int, offset: int) -> bool:
        """Whether sentence ``i`` is a heading phrased as a question without its "?" ("Which
        patients responded best", "Who benefits most", "What is the best way to dose"): a
        heading-like line (:meth:`is_heading_like`) whose first words are "which" or "who", or
        "what", "where" or "when" before an auxiliary. A heading that takes its content as given
        ("What makes it the best choice", "Why it is the best option", "How it delivers the best
        results") says it, and is no question."""
        if not self.is_heading_like(i):
            return False
        s, e = self.sentence_span(i)
        m = _HEADING_QUESTION.match(self.lowered, s, e)
        return m is not None and m.start(1) <= offset

    # ------------------------------------------------------------- myths
    def refuted(self, offset: int) -> bool:
        """Whether ``offset`` lies in a myth a piece quotes to refute it (a myth-vs-fact sheet):
        a table cell in a column headed "Myth" / "Misconception" ("| Myth | Fact |"), or the text
        after a "Myth:" label ("**Myth 3:** \u201cInfusion reactions are not a concern.\u201d") up
        to its "Fact:" / "Reality:" label, on the label's line or the line after a label that stands
        alone. The piece does not say what its myths say; its facts are read as usual."""
        text = self.text
        ls = text.rfind("\n", 0, offset) + 1
        le = text.find("\n", offset)
        le = len(text) if le == -1 else le
        line = text[ls:le]
        if "|" in line[:offset - ls]:
            column = line.count("|", 0, offset - ls)
            # the table's header rows, as the claims' context reads them (cached per document)
            headers = table_header(text, ls, self.__dict__.setdefault("_table_headers", {}))
            if any(column < len(cells) and _MYTH.search(cells[column])
                   for cells in (row.split("|") for _, row in headers)):
                return True
        m = _MYTH_LABEL.match(line)
        if m is None and ls > 0:
            ps = text.rfind("\n", 0, ls - 1) + 1
            above = _MYTH_LABEL.match(text, ps, ls - 1)
            if above is not None and above.end() >= len(text[ps:ls - 1].rstrip()):
                return not _FACT_LABEL.search(line[:offset - ls])
        if m is None or m.end() > offset - ls:
            return False
        return not _FACT_LABEL.search(line, m.end(), offset - ls)

    def rhetorical(self, i: int) -> bool:
        """Whether sentence ``i`` is a rhetorical question: its own words open with a negative
        ("Shouldn't it be the first choice …?", "Isn't it the best option?") or a "why" that
        urges ("Why wouldn't you …?", "Why settle …?"). It asserts what it seems to ask, and its
        negative denies nothing: "shouldn't it be the automatic choice" claims that it should."""
        return self.rhetorical_end(i) is not None

    def rhetorical_end(self, i: int) -> int | None:
        """For a rhetorical question (:meth:`rhetorical`), where its opening words end (a
        negation's scope starts after them: "Doesn't every patient deserve …?" denies nothing);
        else None."""
        if not self.is_question(i):
            return None
        s, e = self.sentence_span(i)
        sentence = self.lowered[s:e]
        for m in _QUESTION_OPENING.finditer(sentence):
            word = m.group(1)
            if word.endswith(("n't", "n\u2019t")):
                return s + m.end(1)
            if word == "why":
                urge = _RHETORICAL_WHY.match(sentence, m.end(1))
                if urge:
                    return s + urge.end()
            if word in _ASKING_WORDS:
                return None
        return None

    def answer_of(self, i: int) -> tuple[int, int] | None:
        """The span of the answer to the question ``i``: the sentence after it, past a bare
        label ("A:", "**A.**", "Answer:" alone on its line), unless that is another question
        (a list of questions) or the question is the last sentence. None when there is none."""
        last = len(self.sentences) - 1
        j = i + 1
        while j <= last:
            s, e = self.sentence_span(j)
            if not _ANSWER_LABEL.fullmatch(self.text, s, e):
                break
            j += 1
        if j > last or j > i + 2 or self.is_question(j):
            return None
        return self.sentence_span(j)

    def answer_refers_back(self, a: int, b: int, hits: Iterable[int]) -> bool:
        """Whether the answer [a, b) that does not name what was asked about refers back to it:
        a pronoun or "a copy" ("You can download it at …"), a web address ("Yes: see
        www.example.com/pi"), or one of ``hits`` (where its statement's words stand) among its
        first words, past its label and a yes or no ("Enclosed with this letter", "Available on
        request"); not "Our medical team is available on weekdays" (the team is available)."""
        if _REFERS_BACK.search(self.lowered, a, b):
            return True
        lead = _ANSWER_LEAD.match(self.lowered, a, b)
        start = lead.end() if lead else a
        first = _FIRST_WORDS.match(self.lowered, start, b)
        limit = first.end() if first else start
        return any(start <= h < limit for h in hits)

    def question_of(self, i: int) -> int | None:
        """The question whose answer is sentence ``i`` (the sentence before it, past a bare
        label), or None."""
        for k in (i - 1, i - 2):
            if k >= 0 and self.is_question(k):
                answer = self.answer_of(k)
                return k if answer is not None and answer[0] == self.sentence_span(i)[0] else None
            if k < 0 or not _ANSWER_LABEL.fullmatch(self.text, *self.sentence_span(k)):
                return None
        return None

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
    #: a satisfying sentence in another section whose own triggers are all from other studies is
    #: that section's caveat, not this trigger's (requires_if.RequiresIf._other_analyses)
    own_section: bool = False

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
