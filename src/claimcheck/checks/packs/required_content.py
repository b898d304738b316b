"""``required-content``: named elements must each be present, optionally inside a block that
starts at an anchor (see :mod:`claimcheck.checks.packs`). :class:`Element` (a piece of required
content, each concept a group of terms) is shared with the ``indication`` type's slots."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...phrases import Term, TermPattern, compile_terms
from ...concepts import negated
from .base import PackRule, RuleRun
from .requires_if import about_product
from .text import TextIndex

#: a heading about reporting adverse events ("How do I report an adverse event?", "Reporting side
#: effects", "Pharmacovigilance contacts"): what it heads is the request to report, not safety content
_REPORTING_HEADING = re.compile(r"\breport(?:s|ed|ing)?\b|\bpharmacovigilance\b", re.IGNORECASE)


#: named-only mentions (NamedOnly): the gap between a source or yardstick word and the mention it
#: governs ("consistent with| the <product> |SmPC"): at most four words, no stop or comma; a word
#: may be a bracketed aside of a few words ("reviewed against| the <product> (<generic name>) |
#: Prescribing Information"), no other bracket
_CITED_GAP = re.compile(r"[ \t\n]{1,8}(?:(?:[^\s.,;:!?()\[\]|]{1,40}|\([^\n.;:!?()\[\]|]{1,40}\))[ \t\n]{1,8}){0,4}")
#: a run-in label or a heading that holds the mention in a bracketed aside ("**Special warnings
#: and precautions (see SmPC):** …", "## Dosing (refer to the SmPC)"): the label's words from the
#: line's start (after list, heading and emphasis marks, a section number) up to the aside's
#: opening bracket (_LABEL_ASIDE_OPEN, matched up to the bracket), the aside's words around the
#: mention (no bracket, no line break, no stop) and what closes it (_LABEL_ASIDE_CLOSE: the
#: bracket, then a colon, or the end of a heading's line)
_LABEL_ASIDE_OPEN = re.compile(r"[ \t>*_#\u2022\u25aa\u25cf\u2013-]{0,12}(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?[ \t]{1,3})?"
                               r"[A-Za-z][^\n.;:!?()\[\]|]{0,80}?[ \t]{0,3}\(")
_LABEL_ASIDE_WORDS = re.compile(r"[^\n.;:!?()\[\]|]{0,60}")
_LABEL_ASIDE_CLOSE = re.compile(r"[ \t]{0,3}\)[ \t*_]{0,6}(?::|(?=[ \t*_#]{0,6}(?:\n|$)))")
#: the numbers of a part before "of the <document>" ("section| 4.2 and 4.4 of the |SmPC",
#: "Table| 3 in the |SmPC", "the posology section| of the |SmPC"): numbers and their joins, then
#: "of" / "in" / "from", "the" and at most two words (the product's name)
_PART_BEFORE = re.compile(r"[ \t\n]{0,3}(?:\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?(?:[ \t\n]{0,3}(?:,|and|or|&|to|-|\u2013)"
                          r"[ \t\n]{0,3}\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?){0,6})?[ \t\n]{1,3}(?:of|in|from)[ \t\n]{1,3}"
                          r"(?:the[ \t\n]{1,3})?(?:[^\s.,;:!?()\[\]|]{1,40}[ \t\n]{1,3}){0,2}", re.IGNORECASE)
#: what may stand between a mention and the part after it ("SmPC| |section 4.2", "SmPC|, |section 4.2",
#: "SmPC| (|section 4.2)", "SmPC|'s |posology section", "the SmPC| dose-\n modification |table"): a
#: possessive, a comma, a bracket or a colon (_PART_AFTER), then at most one word (_PART_AFTER_WORD:
#: hyphens and a hyphen's line break inside it; tried after the marks alone first); not a word of
#: emphasis ("the SmPC, in particular section 4.4": the whole, and that part first)
_PART_AFTER = re.compile(r"(?:['\u2019]s)?[ \t]{0,3}[,(:\u2013\u2014-]?[ \t]{0,3}")
_PART_AFTER_WORD = re.compile(r"(?!(?:in|particularly|especially|notably|including|incl|e\.g|and|or|for|with|to|on|at|"
                              r"before|prior|which|that|is|are)\b)[A-Za-z]{1,30}(?:-[ \t\n]{0,40}[A-Za-z]{1,30}){0,3}"
                              r"[ \t\n]{1,3}", re.IGNORECASE)
#: a dot-leader row: its label (group 1) and its leader, three dots or more (single blanks between
#: them) or an ellipsis character; the value follows
_NAMED_ROW_LEADER = re.compile(r"^[ \t]{0,8}(?:[\u2022\u25aa*+\u2013-][ \t]{1,4})?([^\n.\u2026|]{1,88}?)[ \t]?"
                               r"(?:(?:\.[ \t]?){2,40}\.|\u2026[\u2026. \t]{0,40})", re.MULTILINE)
#: a table row: its first cell (group 1) before a cell bar ("| Missed dose | see SmPC |")
_NAMED_ROW_CELL = re.compile(r"^[ \t]{0,8}\|?[ \t]{0,8}([^\n|]{1,120}?)[ \t]{0,8}\|", re.MULTILINE)


@dataclass
class NamedOnly:
    """``named_only:`` of an element whose first concept is a document it must send the reader to
    (F003's full Prescribing Information, F005's SmPC): the mentions of that document that name it
    without sending the reader to the whole of it, and so do not count (a pointer word elsewhere in
    their sentence points at something else: "the summary **below** is consistent with the SmPC").

    * cited (``after``): the document after a word that makes it a source or a yardstick, at most
      four words between ("consistent with the <product> SmPC", "the data below are taken from the
      PI", "in line with the SmPC", "according to the SmPC");
    * a part (``parts``): the document bound to one of its parts, before it ("see section 4.2 of
      the SmPC", "Table 3 in the PI") or right after it ("SmPC section 4.2", "SmPC, section 4.8",
      "the SmPC dose-modification table"), which sends the reader there for one detail;
    * a row's value (``rows``): the document in the value of a dot-leader row ("Missed dose
      ........ see SmPC") or a table row ("| Missed dose | see SmPC |", :func:`_in_table`), also on the row's
      hanging-indented continuation lines, whose label does not name the document: the row's
      topic is all it sends the reader there for;
    * a label's aside (``labels``): the document in a bracketed aside of a run-in label or a
      heading ("**Special warnings and precautions (see SmPC):** <the warnings>", "## Dose
      adjustments (refer to the PI)"): the label's topic is all it sends the reader there for,
      unless the label holds one of the ``whole`` words ("Prescribing information (see SmPC):",
      "Safety (see the full PI):"), read in the label alone, not in the text it leads;
    * asked for (``asked``): the document after a phrase that names the pointer as what a piece
      must carry, at most four words between ("every piece that uses a row must also carry the
      indication and a pointer to the full PI", "should include a link to the SmPC"): a brief
      for the pointer, not the pointer, whatever ``whole`` word it holds.

    A mention written as the abbreviation in brackets after the document's name ("… Summary of
    Product Characteristics (SmPC)") goes with that name. A sentence (for a row's value: the row)
    with one of the ``whole`` words sends the reader to the whole document whatever else it says
    ("before prescribing", "full", "complete", "for further information"): those stay pointers,
    so a correct piece's pointer never stops counting ("Please consult the SmPC, sections 4.2 and
    4.4 in particular, before prescribing")."""

    after: list[Term] = field(default_factory=list)
    parts: list[Term] = field(default_factory=list)
    whole: list[Term] = field(default_factory=list)
    rows: bool = False
    labels: bool = False
    asked: list[Term] = field(default_factory=list)
    _after: TermPattern | None = field(default=None, repr=False)
    _asked: TermPattern | None = field(default=None, repr=False)
    _parts: TermPattern | None = field(default=None, repr=False)
    _whole: TermPattern | None = field(default=None, repr=False)
    _ready: bool = field(default=False, repr=False)

    def _compiled(self) -> tuple[TermPattern | None, TermPattern | None, TermPattern | None]:
        if not self._ready:
            self._after = compile_terms(self.after) if self.after else None
            self._parts = compile_terms(self.parts) if self.parts else None
            self._whole = compile_terms(self.whole) if self.whole else None
            self._asked = compile_terms(self.asked) if self.asked else None
            self._ready = True
        return self._after, self._parts, self._whole

    def sends(self, index: TextIndex, hits: list[tuple[int, int]], s0: int, e0: int, document: TermPattern,
              cited_only: bool = False) -> bool:
        """Whether one of ``hits`` (the document's mentions in the sentence [s0, e0), in text
        order) sends the reader to the document, not only names it (``cited_only``: whether one is
        more than a citation of it as a source or a yardstick; a part or a row's topic counts)."""
        after, parts, whole = self._compiled()
        text = index.text
        whole_sentence = whole is not None and whole.search(index, s0, e0) is not None
        previous: tuple[int, bool] | None = None      # the last mention's end and whether it sends
        for a, b in hits:
            if previous is not None and re.fullmatch(r"[ \t\n]{0,3}\(", text[previous[0]:a]) \
                    and re.match(r"[ \t]{0,3}\)", text[b:b + 8]):
                sends = previous[1]       # "(SmPC)" after the name: the name's reading
            else:
                sends = self._sends(index, a, b, s0, e0, document, after, None if cited_only else parts, whole,
                                    whole_sentence, rows=self.rows and not cited_only,
                                    labels=self.labels and not cited_only)
            if sends:
                return True
            previous = (b, sends)
        return False

    def _sends(self, index: TextIndex, a: int, b: int, s0: int, e0: int, document: TermPattern,
               after: TermPattern | None, parts: TermPattern | None, whole: TermPattern | None,
               whole_sentence: bool, rows: bool, labels: bool = False) -> bool:
        text = index.text
        if labels:
            label = _label_aside(index, a, b, s0)
            if label is not None:
                return whole is not None and whole.search(index, *label) is not None
        if rows:
            row = _row_of(text, a, document, index)
            if row is not None:
                rs, re_, label_names = row
                if label_names or (whole is not None and whole.search(index, rs, re_) is not None):
                    return True
                return False
        if self._asked is not None:
            for _, c_end, _ in self._asked.finditer(index, max(s0, a - 300), a):
                if _CITED_GAP.fullmatch(text, c_end, a) or c_end == a:
                    return False
        if whole_sentence:
            return True
        if after is not None:
            for _, c_end, _ in after.finditer(index, max(s0, a - 200), a):
                if _CITED_GAP.fullmatch(text, c_end, a) or c_end == a:
                    return False
        if parts is not None:
            for p0, p1, _ in parts.finditer(index, max(s0, a - 120), a):
                if _PART_BEFORE.fullmatch(text, p1, a):
                    return False
            m = _PART_AFTER.match(text, b, min(e0, b + 120))
            w = _PART_AFTER_WORD.match(text, m.end(), min(e0, m.end() + 120))
            for at in (m.end(), *((w.end(),) if w is not None else ())):
                hit = parts.search(index, at, min(e0, at + 40))
                if hit is not None and hit[0] == at:
                    return False
        return True


def _label_aside(index: TextIndex, a: int, b: int, s0: int) -> tuple[int, int] | None:
    """The label (its start and the end of its aside) when the mention [a, b) stands in a
    bracketed aside of a run-in label ("Special warnings and precautions (see SmPC): …") or of a
    heading that opens a section ("## Dosing (refer to the SmPC)"), else None. A sentence that
    ends in an aside without a colon is no label unless it is a section's heading ("Differentiation
    syndrome can be fatal (see SmPC)" is a statement)."""
    text = index.text
    ls = text.rfind("\n", 0, a) + 1
    if ls < s0 and text[s0:a].strip(" \t*_#>"):
        ls = s0
    m = _LABEL_ASIDE_OPEN.match(text, ls, a)
    if m is None or not _LABEL_ASIDE_WORDS.fullmatch(text, m.end(), a):
        return None
    w = _LABEL_ASIDE_WORDS.match(text, b)
    close = _LABEL_ASIDE_CLOSE.match(text, w.end())
    if close is None:
        return None
    if not text[close.end() - 1:close.end()] == ":":
        # no colon: the aside closes its line, which must head a section
        line = m.start() + len(text[m.start():m.end()]) - len(text[m.start():m.end()].lstrip(" \t>*_#"))
        if index.section_index(line) == index.section_index(max(0, line - 1)) and \
                index.section_index(ls) == index.section_index(max(0, ls - 1)):
            return None
    return ls, close.end()


def _in_table(text: str, ls: int, le: int) -> bool:
    """Whether the line [ls, le) is a table's row: it holds a cell bar and starts with one (a
    Markdown row), or the line right above or below it holds one too (the readers write an HTML
    or Word table's rows as lines of cells joined by " | "). A lone line with bars is a footer or a
    menu ("Job code … | March 2024 | Please consult the SmPC"), not a table."""
    if "|" not in text[ls:le]:
        return False
    if text[ls:le].lstrip(" \t").startswith("|"):
        return True
    above_end = ls - 1
    above = text[text.rfind("\n", 0, max(0, above_end)) + 1:above_end] if ls > 0 else ""
    below_end = text.find("\n", le + 1)
    below = text[le + 1:len(text) if below_end == -1 else below_end] if le < len(text) else ""
    return "|" in above or "|" in below


def _row_of(text: str, a: int, document: TermPattern, index: TextIndex) -> tuple[int, int, bool] | None:
    """The row whose value holds offset ``a`` (a dot-leader row, a table row, or a hanging-indented
    continuation line of a dot-leader row): (its start, the end of the line holding ``a``, whether
    its label names the document), or None."""
    ls = text.rfind("\n", 0, a) + 1
    le = text.find("\n", a)
    le = len(text) if le == -1 else le
    m = _NAMED_ROW_LEADER.match(text, ls, le)
    if m is None and _in_table(text, ls, le):
        m = _NAMED_ROW_CELL.match(text, ls, le)
    if m is not None and m.end() <= a:
        return ls, le, document.search(index, m.start(1), m.end(1)) is not None
    # a continuation line: indented to the value's column of a dot-leader row above it
    indent = len(text[ls:le]) - len(text[ls:le].lstrip(" \t"))
    if indent < 8:
        return None
    up = ls
    for _ in range(6):
        if up == 0:
            return None
        ps = text.rfind("\n", 0, up - 1) + 1
        line = text[ps:up - 1]
        if not line.strip():
            return None
        m = _NAMED_ROW_LEADER.match(text, ps, up - 1)
        if m is not None:
            value = m.end() + len(text[m.end():up - 1]) - len(text[m.end():up - 1].lstrip(" \t"))
            if abs((value - ps) - indent) <= 2:
                return ps, le, document.search(index, m.start(1), m.end(1)) is not None
            return None
        if len(line) - len(line.lstrip(" \t")) != indent:
            return None
        up = ps
    return None


@dataclass
class Element:
    """A piece of required content: every group (a concept: alternative terms) in one sentence,
    in any order; with ``negation``, a mention in the scope of a negation does not count
    (concepts.py). For an indication slot, ``slot`` names it (population, disease …),
    ``broader`` and ``narrower`` list wording that broadens or narrows it, ``other`` wording that
    states another one in its place (another disease: "otheroma" for exampleoma); with ``follows``, the
    slot may be stated in the sentences after the statement (its variant's ``extend``), every
    other slot must be in the statement itself.

    ``abbreviations`` (per group, from the concepts' ``abbreviations``): an abbreviation that
    states the group's concept unless the document defines it as something else: "treatment-related
    death (TRD)" or a TRD never spelt out reads as the concept, "treatment-related setbacks
    (TRD)" does not (:meth:`_defined`)."""

    id: str
    label: str
    all_of: list[list[Term]]
    negation: bool = False
    slot: str = ""
    broader: list[Term] = field(default_factory=list)
    narrower: list[Term] = field(default_factory=list)
    other: list[Term] = field(default_factory=list)
    follows: bool = False
    abbreviations: list[tuple[str, ...]] = field(default_factory=list)
    #: the labeling's title of the block names it ("WARNING: <RISK>, INCLUDING <RISK> …"): a
    #: block with such a title must name it there too (see RequiredContent._title_missing)
    title: bool = False
    #: another way to state it (``otherwise:`` in the pack), counted only in a document that never
    #: names the alternative's ``unless_named``: a piece in ABPI style calls the SmPC its
    #: "prescribing information" ("Prescribing information can be found overleaf"); one that names
    #: the SmPC must point to the SmPC
    otherwise: "Element | None" = None
    #: (on an ``otherwise`` alternative) the terms whose presence anywhere disables it, and those
    #: of which one must be present for it to count (``only_with``: a UK piece's marks)
    unless_named: list[Term] = field(default_factory=list)
    only_with: list[Term] = field(default_factory=list)
    #: the groups (indices into ``all_of``) that carry the element's force (``force:`` in the pack:
    #: "higher", "increased" for a risk the labeling says is increased): required like the others;
    #: a sentence with every other group but none of these states the element weakened
    #: (:meth:`subject`), and the finding says what it lacks (``force_label``)
    force: tuple[int, ...] = ()
    force_label: str = ""
    #: an indication slot whose approved wording states a least count ("failed at least 1 prior
    #: therapy"): another count stated in the slot narrows or broadens it (indication.py)
    count: int | None = None
    #: the concepts that mark a block sentence as this element's (``stated_by:`` in the pack): a
    #: block that lacks the element but has such a sentence after its title states it weakened
    #: there, and the finding is reported at that sentence (RequiredContent._weakened_in_place)
    stated_by: "Element | None" = None
    #: the element stated by a heading instead (``headed_by:`` in the pack, one concept group): a
    #: section heading, a heading-like line or a label leading a line ("## Safety", "**Important
    #: Safety Information**", "Safety: …", "SLIDE 6 - Safety") that names it, not the document's
    #: title (:meth:`headed`)
    headed_by: list[Term] = field(default_factory=list)
    #: (with ``headed_by``) a heading that names the element over a section that states nothing
    #: (``empty_heading:`` in the pack): reported at the heading (:meth:`empty_headings`)
    empty_heading: bool = False
    #: sentences that do not state the element (``unless:`` in the pack, each item concepts that
    #: co-occur in the sentence): a pointer to another document ("see the SmPC for the warnings and
    #: precautions"), a request to report adverse reactions
    unless: list["Element"] = field(default_factory=list)
    #: the element stated by a figure instead (``claims: {domain: [...]}``): a numeric claim of the
    #: claim engine on an endpoint of one of these domains of the claims library (a safety figure)
    domains: tuple[str, ...] = ()
    #: the claim kinds that state it (``claims: {kinds: [...]}``; default: all but patient counts)
    kinds: tuple[str, ...] = ()
    #: an instruction the labeling gives as mandatory (``mandatory: true`` in the pack: "permanently
    #: discontinue if <risk> occurs", "start <therapy> if <syndrome> is suspected"): the block's
    #: ``hedging`` words, set here by the rule, in the clause that states it make it optional
    #: ("consider discontinuing", "may wish to", "as needed"); such a sentence does not state the
    #: element, it states it weakened (:meth:`hedged_at`)
    mandatory: bool = False
    #: mentions of the first concept (a document to send the reader to) that only name it (cited
    #: as a source, bound to one of its parts, a row's value): :class:`NamedOnly` (``named_only:``)
    named_only: NamedOnly | None = None
    hedges: TermPattern | None = field(default=None, repr=False)
    _compiled: list | None = field(default=None, repr=False)
    _subject: "Element | None" = field(default=None, repr=False)
    _searched: list | None = field(default=None, repr=False)
    _extra: dict = field(default_factory=dict, repr=False)
    _unnamed: TermPattern | None = field(default=None, repr=False)
    _heading: TermPattern | None = field(default=None, repr=False)
    _with: TermPattern | None = field(default=None, repr=False)

    def subject(self) -> "Element | None":
        """The element without its force groups (what it is about: "post-transplant mortality"
        without "higher"), or None for an element without a force."""
        if not self.force:
            return None
        if self._subject is None:
            keep = [k for k in range(len(self.all_of)) if k not in self.force]
            self._subject = Element(self.id, self.label, [self.all_of[k] for k in keep], negation=self.negation,
                                    abbreviations=[self._abbreviations(k) for k in keep])
        return self._subject

    def unhedged(self) -> "Element":
        """The element with its hedged statements counting (where a hedged sentence stands: a
        finding's place)."""
        if self.hedges is None:
            return self
        if "unhedged" not in self._extra:
            self._extra["unhedged"] = Element(self.id, self.label, self.all_of, negation=self.negation,
                                              abbreviations=self.abbreviations)
        return self._extra["unhedged"]

    def patterns(self) -> list[TermPattern]:
        if self._compiled is None:
            self._compiled = [compile_terms(g) for g in self.all_of]
        return self._compiled

    def search_patterns(self) -> list[TermPattern]:
        """The groups' patterns with their abbreviations (where a mention may stand)."""
        if self._searched is None:
            self._searched = [compile_terms(g + [Term(a) for a in self._abbreviations(k)])
                              for k, g in enumerate(self.all_of)]
        return self._searched

    def _abbreviations(self, k: int) -> tuple[str, ...]:
        return self.abbreviations[k] if k < len(self.abbreviations) else ()

    def _group_hit(self, k: int, index: TextIndex, s: int, e: int, sentence_start: int | None = None) -> bool:
        """Group ``k`` stated in [s, e): in its words, or by an abbreviation the document defines.
        With ``named_only``, the first group (the document) only by a mention that sends the reader
        to it (:class:`NamedOnly`)."""
        if k == 0 and self.named_only is not None:
            return self._sent_to(index, s, e, sentence_start)
        if self._hit(self.patterns()[k], index, s, e, sentence_start):
            return True
        for abbr in self._abbreviations(k):
            if not self._defined(k, abbr, index):
                continue
            for m in re.finditer(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])", index.text[s:e]):
                a = s + m.start()
                if not self.negation or not negated(index.lowered, index.sentence_of(a)[0]
                                                    if sentence_start is None else sentence_start, a):
                    return True
        return False

    def _sent_to(self, index: TextIndex, s: int, e: int, sentence_start: int | None) -> bool:
        """The first group stated in [s, e) by a mention, outside a negation's scope, that sends
        the reader to the document (``named_only``), sentence by sentence."""
        hits = [(a, b) for a, b, _ in self.patterns()[0].finditer(index, s, e)]
        for abbr in self._abbreviations(0):
            if self._defined(0, abbr, index):
                hits += [(s + m.start(), s + m.end())
                         for m in re.finditer(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])", index.text[s:e])]
        by_sentence: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for a, b in sorted(hits):
            s0, e0 = index.sentence_of(a)
            if self.negation and negated(index.lowered, s0 if sentence_start is None else sentence_start, a):
                continue
            by_sentence.setdefault((s0, e0), []).append((a, b))
        return any(self.named_only.sends(index, group, s0, e0, self.patterns()[0])
                   for (s0, e0), group in by_sentence.items())

    def names_sending(self, pattern: TermPattern, index: TextIndex) -> bool:
        """Whether ``pattern`` (an ``otherwise`` alternative's ``unless_named``) is mentioned in the
        document other than as a source: with ``named_only``, a UK piece that names the SmPC only as
        the source or the yardstick of its content ("the figures below are taken from the SmPC",
        "abbreviated prescribing information, consistent with the SmPC, is provided overleaf") has
        not made the SmPC the document it sends the reader to, and may point to its prescribing
        information; one that sends the reader to a part of the SmPC ("section 4.4 of the SmPC
        lists further warnings") calls its document the SmPC and must point to it."""
        hits = [(a, b) for a, b, _ in pattern.finditer(index, 0, len(index.text))]
        if not hits or self.named_only is None:
            return bool(hits)
        by_sentence: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for a, b in hits:
            by_sentence.setdefault(index.sentence_of(a), []).append((a, b))
        return any(self.named_only.sends(index, group, s0, e0, pattern, cited_only=True)
                   for (s0, e0), group in by_sentence.items())

    def _defined(self, k: int, abbr: str, index: TextIndex) -> bool:
        """Whether ``abbr`` may stand for group ``k``'s concept in this document: it is defined
        with the concept's words (the words just before "(ABBR)", or those after "ABBR (",
        "ABBR =", "ABBR:", "ABBR,"), or it is not defined as anything else (the words before
        "(ABBR)" or after "ABBR =" lack the concept: "treatment-related setbacks (TRD)"). An
        abbreviation never spelt out keeps its usual reading."""
        text, pat = index.text, self.patterns()[k]
        other = False
        for m in re.finditer(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])", text):
            a, b = m.span()
            spans: list[tuple[int, int, bool]] = []     # (start, end, a definition form)
            before = text[max(0, a - 90):a].rstrip(" \t")
            if before.endswith("(") and text[b:b + 3].lstrip(" \t")[:1] == ")":
                head = before[:-1]            # the words before "(ABBR)", back to a stop
                base = max(0, a - 90)
                cut = max(head.rfind(c) for c in ".;:()[],\n")
                spans.append((base + cut + 1, base + len(head), True))
            after = _DEFINITION_AFTER.match(text, b)
            if after:
                spans.append((*after.span(2), after.group(1) == "="))
            for ds, de, definition in spans:
                if ds >= de or not any(c.isalpha() for c in text[ds:de]):
                    continue
                if pat.search(index, ds, de) is not None:
                    return True
                other = other or definition
        return not other

    def _hit(self, pat: TermPattern, index: TextIndex, s: int, e: int, sentence_start: int | None = None) -> bool:
        """A mention of ``pat`` in [s, e) (with ``negation``: one outside a negation's scope)."""
        first = pat.search(index, s, e)
        if first is None or not self.negation:
            return first is not None
        def free(a: int) -> bool:
            return not negated(index.lowered, index.sentence_of(a)[0] if sentence_start is None else sentence_start, a)

        return free(first[0]) or any(free(a) for a, _, _ in pat.finditer(index, first[1], e))

    def present(self, index: TextIndex, start: int = 0, end: int | None = None,
                skip: Callable[[int], bool] | None = None) -> bool:
        """Every group's term in one sentence of [start, end) (``skip``: sentences, by their start,
        that do not count: a citation or a menu line for a pointer). A question states nothing
        ("Where can I find the SmPC?", "Is it under additional monitoring?"): it counts only
        with its answer, the sentence after it, which must carry at least one of the groups,
        the two together all of them ("Q: Where is the SmPC? A: It is available at <url>"; not
        "A: Please contact Medical Information")."""
        pats = self.search_patterns()
        end = len(index.text) if end is None else end
        for i in index.sentences_with(pats[0], start, end):
            s0, e0 = index.sentence_span(i)
            if skip is not None and skip(s0):
                continue
            if self.unless and any(u.present(index, s0, e0) for u in self.unless):
                continue
            s, e = max(s0, start), min(e0, end)
            if index.is_question(i):
                if self._answered(index, i, start, end, skip):
                    return True
                continue
            if all(self._group_hit(k, index, s, e, s0) for k in range(len(pats))):
                if self.hedges is None or not self.hedged(index, s, e):
                    return True
                continue
            q = index.question_of(i)
            if q is not None and self._answered(index, q, start, end, skip):
                return True
        if self.otherwise is not None and self.otherwise.unless_named:
            alt = self.otherwise
            if self._unnamed is None:
                self._unnamed = compile_terms(alt.unless_named)
                self._with = compile_terms(alt.only_with) if alt.only_with else None
            if not self.names_sending(self._unnamed, index) and (
                    self._with is None or self._with.search(index, 0, len(index.text)) is not None):
                return alt.present(index, start, end, skip)
        return False

    def hedged(self, index: TextIndex, s: int, e: int) -> bool:
        """Whether the sentence [s, e), which holds every group, states the element as an option
        (``hedges``): some group whose every mention stands in a clause with a hedging word
        ("Consider discontinuing if <risk> occurs", "<therapy> may be started as needed"). A
        clause ends at a sentence's stop, ``;``, ``:``, a dash or a comma before a conjunction
        (", and permanently discontinue …"); a hedging word inside parentheses, or inside a
        condition that opens the clause ("If <risk> is considered likely, discontinue …"),
        qualifies no action, unless it is the condition itself ("If appropriate, …")."""
        if self.hedges is None:
            return False
        text = index.text
        hedges = [(a, b) for a, b, _ in self.hedges.finditer(index, s, e) if not _in_parentheses(text, s, a)]
        if not hedges:
            return False
        for pat in self.patterns():
            hits = [a for a, _, _ in pat.finditer(index, s, e)]
            if hits and all(_clause_hedged(text, s, e, a, hedges) for a in hits):
                return True
        return False

    def hedged_at(self, index: TextIndex, start: int, end: int) -> tuple[int, int, None] | None:
        """The first sentence of [start, end) that states the element hedged (every group, but
        made optional: :meth:`hedged`), as a finding's place, or None."""
        if self.hedges is None:
            return None
        pats = self.search_patterns()
        for i in index.sentences_with(pats[0], start, end):
            s0, e0 = index.sentence_span(i)
            s, e = max(s0, start), min(e0, end)
            if s < e and all(self._group_hit(k, index, s, e, s0) for k in range(len(pats))) \
                    and self.hedged(index, s, e):
                while s < e and index.text[s].isspace():
                    s += 1
                return s, e, None
        return None

    def hedge_words(self, index: TextIndex, s: int, e: int) -> list[str]:
        """The hedging words of the sentence [s, e) (for the finding's message)."""
        if self.hedges is None:
            return []
        return [" ".join(index.text[a:b].split()) for a, b, _ in self.hedges.finditer(index, s, e)
                if not _in_parentheses(index.text, s, a)]

    def headed(self, index: TextIndex, start: int = 0, end: int | None = None,
               skip: Callable[[int], bool] | None = None) -> bool:
        """Whether a heading in [start, end) names the element (``headed_by``): a section's
        heading, a heading-like line, or a label leading its line (at most six words before a
        colon, a full stop or the end of a bold lead-in: "**Safety.** …", "Transplant-related
        safety: …"), outside a negation's scope, not in the document's first sentence (the
        piece's title names its subject, not a section of it), not a line ``skip`` excludes (a
        menu line), not a sentence of ``unless``."""
        if not self.headed_by:
            return False
        if self._heading is None:
            self._heading = compile_terms(self.headed_by)
        text = index.text
        end = len(text) if end is None else end
        # the title: the first sentence, or the one after a market declaration ("Market: US")
        title = 1 if len(index.sentences) > 1 and _MARKET_LINE.match(text, *index.sentence_span(0)) else 0
        for a, _, _ in self._heading.finditer(index, start, end):
            i = index.sentence_index(a)
            s0, e0 = index.sentence_span(i)
            if i <= title or (skip is not None and skip(s0)) or negated(index.lowered, s0, a):
                continue
            if self.unless and any(u.present(index, s0, e0) for u in self.unless):
                continue
            if index.is_heading_like(i):
                if self._heads_more_than_a_box(index, i, skip):
                    return True
                continue
            ls = text.rfind("\n", 0, a) + 1
            if s0 < ls and _RUNS_ON.search(text, max(s0, ls - 200), ls):
                continue   # the line continues a sentence ("… set out in the PI (Dosage and\n
                #            Administration; Warnings and Precautions)."): it leads with no label
            head = _LABEL_HEAD.match(text, ls, min(len(text), ls + 120))
            if head is not None and head.end(1) > a and len(head.group(1).split()) <= 6 \
                    and not _STATES.search(head.group(1)):
                return True
        return False

    def empty_headings(self, index: TextIndex, start: int = 0, end: int | None = None,
                       skip: Callable[[int], bool] | None = None) -> list[int]:
        """The section headings in [start, end) that name the element (``headed_by``): a heading
        of a known level (Markdown ``#``, HTML ``<h2>``, a Word heading) that starts its section,
        not the document's title, not a line ``skip`` excludes, not negated, over nothing: what it
        heads, down to the next heading of its level or above (its subheadings and what they head
        belong to it), holds sentences of ``unless`` only ("Important Safety Information" over
        "Please see the full Prescribing Information" alone). A boxed warning, a table, a list or
        any other sentence under it is content; a heading-like line that is no section heading
        (bold, capitals, a caption) is never judged, nor a heading that is itself a sentence of
        ``unless`` ("How do I report an adverse event?" over the numbers to call). Sentence indices."""
        if not self.headed_by or not self.unless:
            return []
        if self._heading is None:
            self._heading = compile_terms(self.headed_by)
        text = index.text
        end = len(text) if end is None else end
        title = 1 if len(index.sentences) > 1 and _MARKET_LINE.match(text, *index.sentence_span(0)) else 0
        out: list[int] = []
        for a, _, _ in self._heading.finditer(index, start, end):
            i = index.sentence_index(a)
            s0, e0 = index.sentence_span(i)
            section = index.section_start(s0)
            line_end = text.find("\n", section)
            on_heading_line = section <= s0 < (len(text) if line_end == -1 else line_end)
            if i <= title or i in out or (skip is not None and skip(s0)) or negated(index.lowered, s0, a) \
                    or index.section_level(section) is None or not on_heading_line or "\n" in text[s0:e0].strip():
                continue
            if _REPORTING_HEADING.search(text, s0, e0) or any(u.present(index, s0, e0) for u in self.unless):
                continue   # a heading about reporting, or itself a pointer, heads just that
            scope_end = index.heading_scope_end(s0)
            pointers = 0
            content = False
            k = i + 1
            while k < len(index.sentences) and index.sentence_span(k)[0] < scope_end:
                ks, ke = index.sentence_span(k)
                k += 1
                if sum(c.isalnum() for c in text[ks:ke]) < 3 or (skip is not None and skip(ks)):
                    continue
                if any(u.present(index, ks, ke) for u in self.unless):
                    pointers += 1
                    continue
                if index.section_start(ks) == ks and index.section_level(ks) is not None:
                    continue   # a subheading: what it heads is judged by its own sentences
                content = True
                break
            if pointers and not content:
                out.append(i)
        return out

    def _heads_more_than_a_box(self, index: TextIndex, i: int, skip: Callable[[int], bool] | None) -> bool:
        """Whether the section that heading sentence ``i`` heads holds anything but a boxed
        warning and sentences of ``unless`` (a pointer to the labeling, a request to report):
        "IMPORTANT SAFETY INFORMATION" over the box and the Prescribing Information pointer
        alone heads no safety information beyond the box."""
        text = index.text
        start, end = index.sentence_span(i)[1], index.section_end(index.sentence_span(i)[0])
        boxes = []
        for m in _BOX_TITLE.finditer(text, start, end):
            boxes.append((m.start(), index.box_end(m.start(), end)))
        k = i + 1
        while k < len(index.sentences) and index.sentence_span(k)[0] < end:
            s0, e0 = index.sentence_span(k)
            k += 1
            if any(a <= s0 < b for a, b in boxes) or (skip is not None and skip(s0)):
                continue
            if sum(c.isalnum() for c in text[s0:e0]) < 3:
                continue   # a rule of "=" or "-", a stray mark
            if self.unless and any(u.present(index, s0, e0) for u in self.unless):
                continue
            if index.is_heading_like(k - 1):
                continue   # a subheading: what it heads is judged by its own sentences
            return True
        return False

    def _answered(self, index: TextIndex, q: int, start: int, end: int,
                  skip: Callable[[int], bool] | None) -> bool:
        """Whether question ``q`` and its answer, together, hold every group, the answer at
        least one (each mention outside a negation's scope in its own sentence)."""
        answer = index.answer_of(q)
        if answer is None or answer[0] >= end or index.sentence_span(q)[0] < start \
                or (skip is not None and skip(answer[0])):
            return False
        a, b = answer[0], min(answer[1], end)
        n = len(self.all_of)
        if not any(self._group_hit(k, index, a, b) for k in range(n)):
            return False
        if not self._group_hit(0, index, a, b):
            # the answer does not name what was asked about: it must refer back to it
            hits = [h for p in self.search_patterns() for h, _, _ in p.finditer(index, a, b)]
            if not index.answer_refers_back(a, b, hits):
                return False
        return all(self._group_hit(k, index, index.sentence_span(q)[0], b) for k in range(n))

    def groups_in_span(self, index: TextIndex, start: int, end: int) -> int:
        """How many of the groups [start, end) holds anywhere (an indication statement and its
        list items or follow-on sentences are one unit)."""
        return sum(self._group_hit(k, index, start, end) for k in range(len(self.all_of)))

    def words(self, which: str, index: TextIndex, start: int, end: int) -> list[str]:
        """The ``broader``, ``narrower`` or ``other`` wording found in [start, end)."""
        return sorted({w for _, _, w in self.word_hits(which, index, start, end)})

    def word_hits(self, which: str, index: TextIndex, start: int, end: int) -> list[tuple[int, int, str]]:
        """(start, end, wording) of each ``broader``, ``narrower`` or ``other`` term in [start, end)."""
        terms = {"broader": self.broader, "narrower": self.narrower, "other": self.other}[which]
        if not terms:
            return []
        if which not in self._extra:
            self._extra[which] = compile_terms(terms)
        pat = self._extra[which]
        return [(a, b, " ".join(index.text[a:b].split())) for a, b, _ in pat.finditer(index, start, end)]


#: where a clause ends, for a hedging word's reach (Element.hedged): a sentence's stop, ";", ":",
#: a dash, or a comma before a conjunction or a subordinator ("…, and permanently discontinue",
#: "…, as it can be fatal"); not a comma of a list ("interruption, reduction, or discontinuation")
_HEDGE_CLAUSE_END = re.compile(r"[.;:!?\u2013\u2014]|\s-\s|,\s{0,3}(?:and|but|then|because|since|which|while|"
                               r"whereas|so|though|although|yet|as(?!\s{1,3}(?:needed|appropriate|necessary|"
                               r"required|clinically|directed|indicated|warranted)))\b", re.IGNORECASE)
#: a condition opening a clause ("If <risk> is suspected, …", "When …,", "Should …,"), up to its comma
_CONDITION = re.compile(r"[\s>*_\u2022-]{0,8}(?:if|when|whenever|once|where|should|in\s{1,3}case|"
                        r"in\s{1,3}the\s{1,3}event)\b[^,]{0,200},", re.IGNORECASE)


def _in_parentheses(text: str, s: int, a: int) -> bool:
    """Whether ``a`` lies inside parentheses opened after ``s`` (an aside)."""
    return text.rfind("(", s, a) > text.rfind(")", s, a)


def _clause_hedged(text: str, s: int, e: int, a: int, hedges: list[tuple[int, int]]) -> bool:
    """Whether the clause of the sentence [s, e) that holds ``a`` holds one of ``hedges`` (outside
    a condition opening the clause, unless the hedge opens it: "If appropriate, …")."""
    cs = s
    for m in _HEDGE_CLAUSE_END.finditer(text, s, a):
        cs = m.end()
    m = _HEDGE_CLAUSE_END.search(text, a, e)
    ce = m.start() if m else e
    condition = _CONDITION.match(text, cs, ce)
    lead = cs
    while lead < ce and text[lead] in " \t\n>*_\u2022-":
        lead += 1
    for h0, _ in hedges:
        if not cs <= h0 < ce:
            continue
        if condition is not None and h0 < condition.end():
            # inside the condition: it hedges the action only when it is the condition
            # itself ("If appropriate, …", "If needed, …"): the hedge right after the opener
            opener = re.match(r"(?:if|when|where|as)\s{1,3}", text[lead:ce], re.IGNORECASE)
            if opener is None or h0 > lead + opener.end():
                continue
        return True
    return False


#: a label leading a line, after its marks ("**Safety.** …", "Safety: …", "[Slide 7 - Safety]"):
#: its words (group 1, which starts after the marks: one way to split), up to a colon, a full
#: stop, a bracket or a bold lead-in's close (bounded)
_LABEL_HEAD = re.compile(r"[ \t>*_#\[(\u2022-]{0,8}([^\s>*_#\[(\u2022:.\u2013\u2014\]-][^:.\n*\u2013\u2014\]]{0,79})(?::|\.|\*\*|\])")

#: a market declaration opening a document ("Market: US", "<!-- Market: EU -->")
#: a boxed warning's title line ("WARNING: …", "BOXED WARNING", "> **WARNING – …"), in capitals
#: a line's start up to a bulleted item's first word ("  - ", "• ", "* ", "1. "): where a box's item begins
_ITEM_START = re.compile(r"[ \t>]{0,12}(?:[-*+\u2022\u25aa\u2013\u2014]|\d{1,2}[.)])[ \t]{1,4}")


def _starts_item(text: str, at: int) -> bool:
    """Whether the sentence at ``at`` opens a bulleted item (its marker before it on its line, or at it)."""
    m = _ITEM_START.match(text, text.rfind("\n", 0, at) + 1)
    return m is not None and at <= m.end()


_BOX_TITLE = re.compile(r"(?m)^[ \t>*_#]{0,8}(?:BOXED[ \t]{1,3})?WARNING\b")
#: a line that ends mid-sentence (a word in lower case, a comma, a semicolon, an open bracket or
#: a connective's hyphen at its end): the next line continues the sentence (bounded: the tail)
_RUNS_ON = re.compile(r"(?:[a-z]|[,;(/&-])[ \t]{0,8}\n[ \t]{0,40}$")
_MARKET_LINE = re.compile(r"[ \t<!>*_#-]{0,8}market[ \t]{0,3}:", re.IGNORECASE)

#: a definition after an abbreviation: "TRD (treatment-related death)", "TRD = …", "TRD: …"
_DEFINITION_AFTER = re.compile(r"[ \t]{0,3}([(=:,])[ \t]{0,3}([^().;:,=\n]{3,80})")


@dataclass
class RequiredContent(PackRule):
    elements: list[Element] = field(default_factory=list)
    when_product_named: bool = True
    block_start: list[Term] | None = None
    block_sentences: int = 0
    block_label: str = "the required content"
    #: the connective words of the labeling's own title ("…, INCLUDING …", "INCREASED RISK OF …"):
    #: a title in that form quotes the labeling's and is judged for its ``title`` elements
    title_form: list[Term] = field(default_factory=list)
    #: words that take a warning's force away ("rarely", "in rare cases", "occasionally"): an
    #: element the block states with one of them is reported as minimised (:meth:`_minimised`)
    minimising: list[Term] = field(default_factory=list)
    #: words that make an instruction optional ("consider", "may wish to", "as needed"): an
    #: element marked ``mandatory`` that the block states only with one of them in its clause is
    #: stated weakened (Element.hedged), reported at that sentence
    hedging: list[Term] = field(default_factory=list)
    #: lines that never state the content ("citations": a reference-list entry or a "Source: …"
    #: line; "navigation": a menu line "Home | Efficacy | Full Prescribing Information"): a pointer
    #: tells the reader to consult a document, a citation or a menu item only names it
    not_in: tuple[str, ...] = ()
    #: labels of the page a post links to ("Landing page"): in a file that holds both, the page is
    #: judged on its own (see :meth:`destination_start`)
    destination: list[Term] = field(default_factory=list)
    #: ``when: {claims: {domain: [...], about_product: true}}``: the content is required only of a
    #: piece that makes a numeric claim (claim engine) on an endpoint of one of these domains of
    #: the claims library, about the product (not clearly about another arm): a piece that claims
    #: efficacy must carry safety information; a piece of safety data alone need not
    when_domains: tuple[str, ...] = ()
    when_about_product: bool = False
    #: ``when: {mentions: [concept, ...]}``: the content is required only of a piece that names one
    #: of these concepts somewhere (a UK piece's marks: the ABPI Code, the MHRA, "UK", "PLGB"): a
    #: national code's requirement applies where the piece says it is under that code
    when_mentions: list[Term] = field(default_factory=list)
    #: ``when: {always_in: [market, ...]}``: markets whose pieces need the content without naming a
    #: ``mentions`` concept: a piece checked for the market is under its code by that alone
    when_always_in: tuple[str, ...] = ()
    _block: TermPattern | None = field(default=None, repr=False)
    _mentions: TermPattern | None = field(default=None, repr=False)
    _title_form: TermPattern | None = field(default=None, repr=False)
    _minimising: TermPattern | None = field(default=None, repr=False)
    _destination: TermPattern | None = field(default=None, repr=False)

    @classmethod
    def from_pack(cls, loader, raw: dict, common: dict, path: tuple) -> "RequiredContent":
        when = raw.get("when", {})
        block = raw.get("block")
        return cls(
            **common,
            elements=[loader.element(e, path + ("elements", i)) for i, e in enumerate(raw["elements"])],
            when_product_named=when.get("product_named", True),
            when_domains=tuple(when.get("claims", {}).get("domain", ())),
            when_about_product=bool(when.get("claims", {}).get("about_product", False)),
            when_mentions=loader.concept_groups([when["mentions"]], path + ("when", "mentions"))[0]
            if when.get("mentions") else [],
            when_always_in=tuple(when.get("always_in", ())),
            block_start=loader.terms(block["start"], path + ("block", "start")) if block else None,
            block_sentences=int(block.get("sentences", 0)) if block else 0,
            block_label=block.get("label", "the required block") if block else "the required content",
            title_form=loader.terms(block.get("title_form", []), path + ("block", "title_form")) if block else [],
            minimising=loader.terms(block.get("minimising", []), path + ("block", "minimising")) if block else [],
            hedging=loader.terms(block.get("hedging", []), path + ("block", "hedging")) if block else [],
            not_in=tuple(raw.get("not_in", ())),
            destination=loader.terms(raw.get("destination", []), path + ("destination",)))

    def __post_init__(self) -> None:
        if self.hedging and any(el.mandatory for el in self.elements):
            hedges = compile_terms(self.hedging)
            for el in self.elements:
                if el.mandatory:
                    el.hedges = hedges

    def check(self, run: "RuleRun"):
        if self.when_product_named and run.product_first() is None:
            return
        index = run.index
        if self.when_mentions and (run.ctx.market or "").upper() not in self.when_always_in:
            if self._mentions is None:
                self._mentions = compile_terms(self.when_mentions)
            if next(iter(self._mentions.finditer(index, 0, len(index.text))), None) is None:
                return
        lo, page = self.destination_start(run)
        if self.when_domains and not any(c.start >= lo for c in self._claims(run, self.when_domains, self.when_about_product)):
            return
        # the page a post links to is judged on its own: say which part of the file was read
        where = f" from the page under {_quoted(page[2])} (the post before it only points there)" if page else ""
        first = page or index.first_line()
        if not self.block_start:
            skip = _line_kinds(index, self.not_in) if self.not_in else None
            missing = [el for el in self.elements if not el.present(index, lo, skip=skip)
                       and not el.headed(index, lo, skip=skip)
                       and not (el.domains and any(c.start >= lo for c in self._claims(
                           run, el.domains, kinds=el.kinds, named=True)))]
            if missing:
                # the rest of the content stated: reported where the first of it stands (the list of
                # warnings that leaves one out), not at the top of the piece
                stated = [el for el in self.elements if el not in missing]
                at = next((a for a in (self._stated_first(index, el, lo, skip) for el in stated) if a), None)
                yield self._missing(run, (at or first) if not page else first, missing,
                                    f"{_labels(missing)} is missing{where}" if page else f"the document lacks {_labels(missing)}",
                                    f"add {_labels(missing)}" + (" to that page" if page else ""))
                return
            # a heading that promises the element over nothing but a pointer: the piece states it
            # elsewhere, but the section the reader is sent to is empty
            for el in self.elements:
                if el.empty_heading:
                    for i in el.empty_headings(index, lo, skip=skip):
                        s0, e0 = index.sentence_span(i)
                        heading = " ".join(index.text[s0:e0].split())
                        yield self._missing(run, (s0, e0, None), [el],
                                            f"the section headed {_quote(heading)} gives no {el.label}: it holds"
                                            " nothing but a pointer to the labeling or a request to report",
                                            f"give {el.label} under {_quote(heading)}")
            return
        if self._block is None:
            # each anchor labelled with its position in the list: the first forms win a tie
            self._block = TermPattern([(k, [t]) for k, t in enumerate(self.block_start)])
        # anchors grouped by sentence ("BOXED WARNING: …" holds "WARNING:"): the block starts at
        # the sentence's first anchor; a finding is reported at its highest-priority anchor
        by_sentence: dict[int, tuple[int, tuple[int, int, int]]] = {}
        titled: set[int] = set()
        framed: set[int] = set()
        #: sentence -> where its box title ("WARNING: …") starts: under a label line naming the box
        #: ("BOXED WARNING (summarized from the Prescribing Information)" over "WARNING: <RISK> …"),
        #: the text under the title starts after the title, not after the label
        title_at: dict[int, int] = {}
        for s, e, priority in self._block.finditer(index, lo):
            i = index.sentence_index(s)
            first_s, top = by_sentence.get(i, (s, (priority, s, e)))
            by_sentence[i] = (min(first_s, s), min(top, (priority, s, e)))
            if _is_title(index.text, s):
                titled.add(i)
                title_at[i] = min(title_at.get(i, s), s)
            elif _heads_a_box(index.text, s):
                framed.add(i)
        # a piece that carries the box itself ("WARNING: …" heading a line; else the box's name
        # heading one: "BOXED WARNING", "Panel 2 · Boxed Warning") is judged by it: a sentence that
        # only mentions the box ("carries a Boxed Warning for liver toxicity …", "see the Boxed
        # Warning") points to it and does not stand in for an incomplete box. A piece with
        # mentions only (a post with no room for the box) is judged by them.
        if titled or framed:
            by_sentence = {i: v for i, v in by_sentence.items() if i in (titled or framed)}
        best: tuple | None = None
        for i, (s0, (priority, s, e)) in by_sentence.items():
            last = min(len(index.sentences) - 1, i + self.block_sentences)
            end = self.block_end(index, s0, index.sentence_span(last)[1])
            end = max(index.box_end(s0, end, self._about(index)), min(end, index.sentence_of(s0)[1]))
            missing = [el for el in self.elements if not el.present(index, s0, end)]
            body = s0
            title_only: list[Element] = []
            # the text under the title must state each element, whatever else the box lacks (an
            # element missing from the box does not let its title stand in for another)
            # (a box that lacks an element: only under a title in capitals; a line in any case
            # that heads a short box may be its first sentence wrapped, "Boxed Warning: <risk>;
            # <risk>\n<more of the sentence>")
            if (i in titled or i in framed) and len(missing) < len(self.elements) \
                    and sum(1 for el in self.elements if el.title) >= 2:
                start = self._body_start(index, title_at.get(i, s0), end, i in titled, capital_only=bool(missing))
                if start is not None:
                    body = start
                    title_only = [el for el in self.elements if el not in missing and not el.present(index, body, end)]
                    missing = [el for el in self.elements if el in missing or el in title_only]
            elif not (titled or framed) and len(missing) < len(self.elements) \
                    and sum(1 for el in self.elements if el.title) >= 2:
                # a sentence that announces the box and names its risks ("<Product> carries a
                # boxed warning for <risk>, including <risk>, and for <risk>") is its title when
                # the sentences after it state the box: they must state each element
                start = self._announced_body(index, e, end)
                if start is not None:
                    body = start
                    title_only = [el for el in self.elements if el not in missing and not el.present(index, body, end)]
                    missing = [el for el in self.elements if el in missing or el in title_only]
            untitled = self._title_missing(index, s0, missing) if i in titled else []
            if best is None or (len(missing) + len(untitled), priority) < (len(best[0]) + len(best[4]), best[3]):
                best = (missing, s, e, priority, untitled, body, end, title_only)
            if not missing and not untitled:
                break
        if best is None or (not (titled or framed) and len(best[0]) == len(self.elements)):
            # no anchor, or only mentions that state none of it ("see the full PI, including
            # the Boxed Warning"): the box is missing, not incomplete at the pointer
            yield self._missing(run, first, self.elements,
                                f"{self.block_label} is missing{where} (it must state: {_labels(self.elements)})",
                                f"add {self.block_label}{' to that page' if page else ''}, stating {_labels(self.elements)}")
            return
        missing, s, e, _, untitled, body, end, title_only = best
        yield from self._minimised(run, (s, e), body, end)
        if missing:
            # stated weakened: the element's subject is there, its force is not ("deaths after
            # transplant were seen in some patients": not that they were more frequent)
            weakened = [el for el in missing if el.subject() is not None and el.subject().present(index, body, end)]
            # a mandatory instruction stated as an option ("consider discontinuing if <risk>
            # occurs"): weakened, at the sentence that hedges it
            hedged = {el.id: at for el in missing if el not in weakened and el.mandatory
                      and (at := el.hedged_at(index, body, end)) is not None}
            absent = [el for el in missing if el not in weakened and el.id not in hedged]
            weak = [f"{self.block_label} states {_quote(el.label)} without its force: it does not say {el.force_label}"
                    for el in weakened]
            for el in missing:
                if el.id in hedged:
                    h0, h1, _ = hedged[el.id]
                    words = el.hedge_words(index, h0, h1)
                    weak.append(f"{self.block_label} states {_quote(el.label)} weakened: "
                                f"{_quote(words[0]) if words else 'its wording'} makes optional what the labeling requires")
                    weakened.append(el)
            # an absent element whose own sentence is still there, weakened in place (the severity
            # replaced: "Hepatotoxicity, including <risk>, was generally manageable"; the mortality
            # softened: "some patients experienced non-relapse events"): reported at that sentence,
            # the one to mend, as a weakened one is; an element gone altogether at the box's start
            placed = [self._weakened_in_place(index, el, s, end) for el in absent] if absent and not untitled else []
            if placed and all(placed):
                at = min(p for p in placed if p is not None)
                parts = [f"{self.block_label} states {_quote(el.label)} weakened: its sentence no longer says it"
                         for el in absent] + weak
                yield self._missing(run, at, missing, "; ".join(parts), f"state {_labels(missing)} in {self.block_label}",
                                    weakened=[el.id for el in missing])
                return
            if absent:
                named = [el for el in absent if el in title_only]
                parts = [f"{self.block_label} lacks: {_labels(absent)}"
                         + (" (its title names it; the text under the title must state it)" if named == absent
                            else f" ({_labels(named)}: its title names it; the text under the title must state it)"
                            if named else ""), *weak]
                if untitled:
                    parts.append(f"its title does not name: {_labels(untitled)}")
                # where the element should stand: after the sentence of the last element before
                # it (in the labeling's order) that the box still states; at the box's start
                # when none is (or when its title is at fault too)
                at = (s, e, None)
                if not untitled:
                    gaps = [p for k, el in enumerate(absent)
                            if (p := (placed[k] if placed else None) or self._gap(index, el, missing, weakened, s, end))]
                    at = min(gaps) if gaps else at
                yield self._missing(run, at, missing + untitled, "; ".join(parts),
                                    f"state {_labels(missing)} in {self.block_label}"
                                    + (f" and name {_labels(untitled)} in its title, as the labeling does" if untitled else ""),
                                    weakened=[el.id for el in weakened])
                return
            # only weakened: reported where it is stated (the sentence to mend), not at the box's
            # title; a title that omits a risk is then a finding of its own, below
            first = weakened[0]
            at = (hedged.get(first.id) or self._stated_at(index, first.subject(), body, end)
                  if first.subject() is not None or first.id in hedged else None) or (s, e, None)
            yield self._missing(run, at, weakened, "; ".join(weak), f"state {_labels(weakened)} in {self.block_label}",
                                weakened=[el.id for el in weakened])
        if untitled:
            # the text under the title states every element (or one weakened, reported above). A title that omits a secondary risk
            # (not the one the labeling's title names first; a short title, a parenthetical
            # dropped) is reported for information only, where the text names that risk itself
            # (not only by an alias in an aside whose name is gone: "including (also known as …)");
            # a title without its head risk ("WARNING: <SECONDARY RISK> …") stays at the rule's severity
            head = next((el for el in self.elements if el.title), None)
            minor = head not in untitled and all(_named_outside_alias(el, index, body, end) for el in untitled)
            yield self._missing(run, (s, e, None), untitled,
                                f"the title of {self.block_label} does not name: {_labels(untitled)} (the labeling's"
                                " title names each of its risks; "
                                + ("the text under it states them all)" if minor else "the text under it does not stand in for it)"),
                                f"give {self.block_label} the labeling's full title, naming {_labels(untitled)}",
                                lower="info" if minor else None)

    def _gap(self, index: TextIndex, element: Element, missing: list[Element], weakened: list[Element],
             anchor: int, end: int) -> tuple[int, int, None] | None:
        """Where a missing element should stand in the box, as a finding's place: the labeling
        lists its elements in order (``elements``); the box's sentence after the first one (under
        its title) that states the last element before ``element`` still stated (a weakened one
        by its subject) is where the element was (a bullet or a line deleted between two others:
        the line that now follows the gap); that sentence itself when the element after the gap
        is stated in it too (words deleted inside one sentence) or when the box ends with it (the
        next sentence stands after a blank line and no element after the gap is stated there or
        later: what follows may be the text after the box, a slide's next heading, the indication). None when no element before it is
        stated after the title, or when the element is lost to an abbreviation of the box defined
        as something else ("… <OTHER WORDS> (ABBR)" in the title: the definition is at fault, not a
        line of the box): the box's start is then its place."""
        order = self.elements
        k = order.index(element)
        text = index.text
        for g in range(len(element.all_of)):
            for abbr in element._abbreviations(g):
                if re.search(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])", text[anchor:end]) \
                        and not element._defined(g, abbr, index):
                    return None
        after = _after_title(index, anchor, end)

        def first_sentence(el: Element) -> int | None:
            if el in missing and el not in weakened:
                return None
            probe = el.subject() if el in weakened and el.subject() is not None else el.unhedged()
            i = index.sentence_index(after)
            while i < len(index.sentences):
                s0, e0 = index.sentence_span(i)
                if s0 >= end:
                    return None
                a, b = max(s0, after), min(e0, end)
                if a < b and probe.present(index, a, b):
                    return i
                i += 1
            return None

        before = next((i for el in reversed(order[:k]) if (i := first_sentence(el)) is not None), None)
        if before is None:
            return None
        following = next((i for el in order[k + 1:] if (i := first_sentence(el)) is not None), None)
        at = before
        if following != before:
            nxt = before + 1
            # in a box of bulleted items, the item that states the element before the gap may go on past
            # that sentence ("- Liver tests may require interruption. Permanently discontinue if <risk>
            # occurs."): the gap is after the item (its next bullet, else the box's last line), not at
            # the item's next sentence
            item = False  # the box is a list of bulleted items
            k0 = index.sentence_index(after)
            while k0 < len(index.sentences) and index.sentence_span(k0)[0] < end and not item:
                item = _starts_item(text, index.sentence_span(k0)[0])
                k0 += 1
            last = before
            while nxt < len(index.sentences) and index.sentence_span(nxt)[0] < end:
                a, b = index.sentence_span(nxt)
                if item and text[a:min(b, end)].strip() and "\n\n" not in text[index.sentence_span(last)[1]:a].replace(
                        " ", "").replace("\t", "") and not _starts_item(text, a):
                    last = nxt   # the item's next sentence
                    nxt += 1
                    continue
                if text[a:min(b, end)].strip():
                    gap = text[index.sentence_span(last)[1]:a]
                    if "\n\n" not in gap.replace(" ", "").replace("\t", "") or (
                            following is not None and following >= nxt):
                        at = nxt
                    break
                nxt += 1
            if item and at == before:
                # the box ends with the item: the gap is its last line
                e0 = min(index.sentence_span(last)[1], end)
                while e0 > 0 and text[e0 - 1].isspace():
                    e0 -= 1
                a = max(text.rfind("\n", 0, e0) + 1, after)
                while a < e0 and text[a].isspace():
                    a += 1
                return a, e0, None
        a, b = index.sentence_span(at)
        a, b = max(a, after), min(b, end)
        while a < b and index.text[a].isspace():
            a += 1
        return a, b, None

    @staticmethod
    def _claims(run: "RuleRun", domains: tuple[str, ...], product: bool = False, kinds: tuple[str, ...] = (),
                named: bool = False) -> list:
        """The document's numeric claims on an endpoint of one of ``domains`` (the claims
        library's ``domain``), of one of ``kinds`` (all but patient counts when none is given);
        with ``product`` only those about the product (not clearly about another arm), with
        ``named`` only those whose sentence names their endpoint (a thread's "(2/2)" after a
        risk's name, "218 randomized adults" read in a risk's context, state no safety figure)."""
        endpoints = run.reference.endpoints
        out = []
        for c in run.ctx.claims:
            term = endpoints.get(c.endpoint) if c.endpoint else None
            if term is None or term.domain not in domains:
                continue
            if (c.kind not in kinds) if kinds else c.kind == "count":
                continue
            if named and c.endpoint_strength != "sentence":
                continue
            if product and not about_product(run, c, c.match):
                continue
            out.append(c)
        return out

    @staticmethod
    def _weakened_in_place(index: TextIndex, element: Element, anchor: int, end: int) -> tuple[int, int, None] | None:
        """The first sentence of the block after its title (the anchor's sentence, and a title in
        capitals with the lines that continue it) that holds the element's ``stated_by`` concepts,
        as a finding's place, or None (no ``stated_by``, or no such sentence: the element is gone)."""
        if element.stated_by is None:
            return None
        text = index.text
        title = _after_title(index, anchor, end)
        i = index.sentence_index(title)
        while i < len(index.sentences):
            s0, e0 = index.sentence_span(i)
            if s0 >= end:
                break
            a, b = max(s0, title), min(e0, end)
            while a < b and text[a].isspace():
                a += 1
            if a < b and not _mostly_capitals(text[a:b]) and element.stated_by.present(index, a, b):
                return a, b, None
            i += 1
        return None

    @staticmethod
    def _stated_first(index: TextIndex, element: Element, start: int,
                      skip: Callable[[int], bool] | None) -> tuple[int, int, None] | None:
        """The first sentence from ``start`` that states ``element``, as a finding's place, or None."""
        i = index.sentence_index(start)
        while i < len(index.sentences):
            s0, e0 = index.sentence_span(i)
            if not (skip is not None and skip(s0)) and element.present(index, max(s0, start), e0, skip=skip):
                return (max(s0, start), e0, None)
            i += 1
        return None

    @staticmethod
    def _stated_at(index: TextIndex, element: Element, start: int, end: int) -> tuple[int, int, None] | None:
        """The last sentence in [start, end) that states ``element`` (every group), as a finding's
        place, or None (the last: a box's title, first, only names what its text must state)."""
        i = index.sentence_index(start)
        found = None
        while i < len(index.sentences):
            s0, e0 = index.sentence_span(i)
            if s0 >= end:
                break
            a, b = max(s0, start), min(e0, end)
            if a < b and element.present(index, a, b):
                found = (a, b, None)
            i += 1
        return found

    def _minimised(self, run: "RuleRun", at: tuple[int, int], start: int, end: int):
        """A warning for each element the block states with a word that takes its force away
        (``minimising``: "has rarely been reported", "in rare cases", "occasionally fatal"):
        the sentence names the element (one of its groups) and holds the word outside a
        negation's scope ("not rare" does not minimise). Each block sentence is read once."""
        if not self.minimising:
            return
        index = run.index
        if self._minimising is None:
            self._minimising = compile_terms(self.minimising)
        seen: set[str] = set()
        for i in index.sentences_with(self._minimising, start, end):
            s0, e0 = index.sentence_span(i)
            a, b = max(s0, start), min(e0, end)
            words = [" ".join(index.text[h0:h1].split()) for h0, h1, _ in self._minimising.finditer(index, a, b)
                     if not negated(index.lowered, s0, h0)]
            if not words:
                continue
            named = [el for el in self.elements if el.id not in seen
                     and any(el._group_hit(k, index, a, b, s0) for k in range(len(el.all_of)) if k not in el.force)]
            if not named:
                continue
            seen.update(el.id for el in named)
            yield self._missing(run, (a, b, None), named,
                                f"{self.block_label} minimises {_labels(named)}: {_quote(words[0])} takes its force "
                                "away (the labeling states it without such a qualifier)",
                                f"state {_labels(named)} as the labeling does, without {_quote(words[0])}",
                                lower="warning", minimised=words)

    def _body_start(self, index: TextIndex, anchor: int, end: int, capital: bool,
                    capital_only: bool = False) -> int | None:
        """Where the text under a box's title starts, or None where the box has no title apart
        from its text. A box of two or more risks (elements marked ``title``: those the
        labeling's title names) whose title announces them must state each of its elements in
        the text under or after the title (the title announces the risks, the text states them:
        "WARNING: <RISK A>, <RISK B> AND <RISK C>" over a text that never speaks of risk B lacks
        it). The title is

        * a capital title ("WARNING: …" first on its line, or the box's name before one in
          capitals): its line and the capital lines that continue it, up to the first word in
          lower case where the text goes on after it on the same line ("**WARNING: <RISK>.**
          <Risk>, including …");
        * a title in any case: the anchor's line ("## Boxed warning: <risk> and <risk>",
          "Warning: <risk>, including <risk>"; after a line that is the box's name alone, the
          line under it), when the line holds no verb that makes it a sentence: a line that
          states ("Boxed Warning: <Risk> has occurred …") is the box's text, not its title.

        A box that is its title alone (no text after it), or whose text states none of its
        elements (a post: "Boxed Warning: <risk>; <risk>. See the full PI"), is judged as a
        whole (None); so is, with ``capital_only``, a box whose title is not in capitals."""
        text = index.text
        line_end = text.find("\n", anchor, end)
        line_end = end if line_end == -1 else line_end
        head = text[anchor:line_end]
        if capital or _mostly_capitals(head):
            # its line and the capital lines that continue it, up to the first word in lower
            # case where the text goes on after it on the same line ("WARNING: <RISK> — <Product> can …")
            title_end = _title_end(text, anchor)
            body = title_end
            k = anchor
            while k < title_end:
                if text[k].islower():
                    ws = max(anchor, text.rfind(" ", anchor, k) + 1)
                    le = text.find("\n", k, title_end)
                    le = title_end if le == -1 else le
                    close = _aside_close(text, anchor, k, title_end)
                    if close is not None:
                        # an aside in lower case inside the capital title ("… <RISK>
                        # (<ABBR>, also called <other name>), AND INCREASED RISK OF …"): the title
                        # goes on after it
                        k = close
                        continue
                    if _mostly_capitals(text[k:le]):
                        # a word in lower case joining the title's capitals ("… <RISK A> (<ABBR>) and <RISK B>
                        # …"): the title goes on
                        k = text.find(" ", k, le) if text.find(" ", k, le) != -1 else le
                        continue
                    body = ws
                    break
                k += 1
        else:
            rest = head
            if self._block is not None:
                hit = self._block.search(index, anchor, line_end)
                if hit is not None:
                    rest = text[hit[1]:line_end]
            if not any(c.isalpha() for c in rest):
                # the box's name alone ("Boxed Warning", "**BOXED WARNING**"): its title, if any,
                # is the next line
                nxt = line_end + 1
                while nxt < end and text[nxt] in " \t\n":
                    nxt += 1
                if nxt >= end:
                    return None
                nxt_end = text.find("\n", nxt, end)
                nxt_end = end if nxt_end == -1 else nxt_end
                second = text[nxt:nxt_end]
                starts = self._block is not None and (h := self._block.search(index, nxt, nxt_end)) is not None \
                    and not any(c.isalnum() for c in text[nxt:h[0]])
                if starts and _mostly_capitals(second):
                    return self._body_start(index, nxt, end, True)
                if capital_only:
                    return None
                if not starts or _STATES.search(second):
                    return nxt          # the name alone heads the text: all of it is the body
                body = nxt_end
            elif capital_only or _STATES.search(rest):
                return None             # the line states: no title apart from the text
            else:
                body = line_end
        if body >= end or not any(c.isalpha() for c in text[body:end]):
            return None
        if not any(el.present(index, body, end) for el in self.elements):
            return None     # the text after the title states none of it: the title line is the box's statement
        return body

    def _announced_body(self, index: TextIndex, anchor_end: int, end: int) -> int | None:
        """Where the box's text starts after a sentence that announces it and names its risks
        (the anchor, then "for" / "about" / "covering" …: "<Product> carries a boxed warning for
        <risk>, including <risk>, and for <risk>", with no verb of its own after the anchor that
        makes it state an event: "… for liver toxicity that can be fatal" states), or None: no
        such sentence, or nothing after it in the block states any element (a post whose one
        sentence is the box: judged as a whole)."""
        text = index.text
        if _ANNOUNCES.match(text, anchor_end) is None:
            return None
        se = index.sentence_of(anchor_end)[1]
        if se >= end or _STATES.search(text, anchor_end, se):
            return None
        if not any(c.isalpha() for c in text[se:end]) or not any(el.present(index, se, end) for el in self.elements):
            return None
        return se

    def _title_missing(self, index: TextIndex, anchor: int, missing: list[Element]) -> list[Element]:
        """The title elements (``title: true``) a box's capital title (over the lines that continue
        it in capitals) does not name, when the title quotes the labeling's (it holds one of
        ``title_form``'s connectives: "WARNING: <RISK>, INCLUDING <RISK>, AND INCREASED RISK OF
        …") and names at least one of them. A quotation that dropped or softened a risk misquotes
        the labeling even where the text under it states the risk; a short title in the piece's
        own words ("WARNING: <RISK> AND <RISK>") or a bare "WARNING:" is not judged here.
        Elements the box lacks altogether are reported as missing, not here."""
        wanted = [el for el in self.elements if el.title]
        if not wanted or not self.title_form:
            return []
        ts, te = anchor, _title_end(index.text, anchor)
        if self._title_form is None:
            self._title_form = compile_terms(self.title_form)
        if self._title_form.search(index, ts, te) is None:
            return []       # a title in the piece's own words ("WARNING: <RISK> AND <RISK>"): its box is judged
        named = [el for el in wanted if el.groups_in_span(index, ts, te) == len(el.all_of)]
        if not named:
            return []
        return [el for el in wanted if el not in named and el not in missing]

    def destination_start(self, run: "RuleRun") -> tuple[int, tuple[int, int, str] | None]:
        """Where the page a post links to starts, in a file that holds both (a social post or
        thread, then its landing page): the first line that opens with one of ``destination``'s
        labels ("Landing page", "**LANDING PAGE — example.com/x**", "## Landing page: …"), a
        heading of at most twelve words, or that holds one after at most two words in a heading
        of at most eight words without final punctuation ("Linked landing page"), and from which
        on the product (of the rule's scope) is named. That page is a piece of its own: it must
        carry the required content itself, the post's "Boxed Warning: …" or "full PI ⬇ [link]"
        only points to it. (0, None) without such a line: the whole document is judged."""
        if not self.destination:
            return 0, None
        key = ("destination", tuple(self.destination), run.scope)
        if key in run.memo:
            return run.memo[key]
        pattern = run.compiled(key[:2], lambda: compile_terms(self.destination))
        index, text = run.index, run.index.text
        found: tuple[int, tuple[int, int, str] | None] = (0, None)
        hits = pattern.finditer(index) if pattern is not None else ()
        # where the product is last named (one pass, only when a label is there at all)
        named = run.product_pattern().finditer(index) if hits else ()
        last_named = named[-1][0] if named else -1
        for s, _, _ in hits:
            # bounded both ways (a label line is short): one-line texts stay linear
            lo = max(0, s - _LEAD_REACH)
            ls = text.rfind("\n", lo, s) + 1
            le = text.find("\n", s, s + 400)
            if (ls == 0 and lo > 0) or le == -1 and s + 400 < len(text):
                continue
            le = len(text) if le == -1 else le
            line = text[ls:le].strip()
            lead = text[ls:s].strip("".join(_TITLE_LEAD) + "[")
            words = len(line.split())
            label = (not lead and words <= 12) or (
                len(lead.split()) <= 2 and words <= 8 and line.rstrip("*_]")[-1:] not in ".!?")
            if label and last_named >= ls:
                found = (ls, (ls, le, line))
                break
        run.memo[key] = found
        return found

    def _about(self, index: TextIndex):
        """Whether [s, e) mentions one of the elements' concepts (a part of the box, not a new one)."""
        pats = [p for el in self.elements for p in el.search_patterns()]
        return lambda s, e: any(p.search(index, s, e) is not None for p in pats)

    @staticmethod
    def block_end(index: TextIndex, anchor: int, hard_end: int) -> int:
        """The block: the anchor and the sentences after it up to ``hard_end``, not past the end
        of the anchor's section (the next heading), but on through sections headed deeper than
        it ("#### Hepatotoxicity" under "### WARNING: …")."""
        end = max(index.section_end(anchor), index.sentence_of(anchor)[1])
        rule = index.section_end(anchor)
        if rule < hard_end and _RULE_LINE.match(index.text, rule) and not _SENTENCE_END.search(index.text, anchor, rule):
            # a rule under the title ("WARNING: <RISKS>" then "=====" in a plain text) underlines
            # it: the box runs on through the section the rule opens (to the next rule or heading)
            end = max(end, index.section_end(rule))
        level = index.section_level(index.section_start(anchor))
        while end < hard_end and level is not None:
            deeper = index.section_level(end)
            if deeper is None or deeper <= level:
                break
            end = max(index.section_end(end), end + 1)
        return min(end, hard_end)

    def _missing(self, run: "RuleRun", at: tuple, missing: list[Element], what: str, fix: str,
                 lower: str | None = None, **extra):
        s, e, snippet = at
        return run.ctx.finding(self.rule, s, e, self.message(what, fix), lower=lower,
                               expected=_labels(missing), source=self.file, snippet=snippet,
                               extra={"missing": [el.id for el in missing], **extra})


#: a line that is a rule only ("=====", "-----", "_____"): an underline or a break
_RULE_LINE = re.compile(r"[ \t]{0,3}(?:={3,}|-{3,}|_{3,})[ \t]*(?:\n|$)")
#: a sentence's end within a stretch: a full stop, "!" or "?" before a blank
_SENTENCE_END = re.compile(r"[.!?][)\]\"'\u201d\u2019]?(?=\s)")


def _after_title(index: TextIndex, anchor: int, end: int) -> int:
    """Where a box's text starts after its title: after a title in capitals (with the lines that
    continue it; a plain text's sentence may run on past the title's line), else after the
    anchor's sentence."""
    text = index.text
    line_end = text.find("\n", anchor, end)
    if _is_title(text, anchor) or _mostly_capitals(text[anchor:end if line_end == -1 else line_end]):
        return _title_end(text, anchor)
    return index.sentence_of(anchor)[1]


#: what may precede a box's title on its line: blanks, and the marks a reader left blank or kept
_TITLE_LEAD = frozenset(" \t\f>*_#-\u2022\u25aa\u25cf|")


def _is_title(text: str, at: int) -> bool:
    """Whether the anchor at ``at`` is a box's title: "WARNING" in capitals, first on its line,
    followed by its title's punctuation ("WARNING: …", "WARNING – …"), not a mention in a
    sentence ("… including BOXED WARNING: see …")."""
    if not text.startswith("WARNING", at):
        return False
    tail = text[at + 7: at + 10].lstrip(" \t")
    if not tail or tail[0] not in ":-\u2013\u2014":
        return False
    line_start = text.rfind("\n", 0, at) + 1
    return all(c in _TITLE_LEAD for c in text[line_start:at]) or (
        # after a run-in label that names the box, its title in capitals ("**Boxed Warning
        # (reproduced in full).** WARNING: HEPATOTOXICITY …"): the label heads the title
        _CAPITAL_TITLE.match(text, at) is not None
        and _BOX_LABEL_RUN_IN.fullmatch(text, line_start, at) is not None)


#: a run-in label naming the box before its title on one line: "**Boxed Warning (reproduced in
#: full in the ISI panel).** ", "Boxed Warning — ", "BOXED WARNING: "
_BOX_LABEL_RUN_IN = re.compile(r"[ \t>*_#\u2022-]{0,8}(?i:boxed[ \t]{1,3}warning)[^\n.:\u2013\u2014]{0,80}"
                               r"[.:\u2013\u2014-][ \t*_]{1,8}")


#: the box's name heading its line after a short label ("IMPORTANT: BOXED WARNING", "Panel 2 ·
#: Boxed Warning", "SLIDE 5 - Boxed warning"): at most three words, then a separator
#: (the words hold no blank and no separator, so the pattern cannot match one text two ways)
_LABEL_BEFORE = re.compile(r"[^\s:\u00b7|\u2013\u2014-]{1,30}(?:[ \t]{1,3}[^\s:\u00b7|\u2013\u2014-]{1,30}){0,2}"
                           r"[ \t]{0,3}[:\u00b7|\u2013\u2014-][ \t]{0,3}")
#: how far back from an anchor its line's start is looked for (marks and a short label)
_LEAD_REACH = 80
#: the box's title quoted in capitals anywhere on its line ("… in full: WARNING: HEPATOTOXICITY")
_CAPITAL_TITLE = re.compile(r"WARNING[ \t]{0,3}[:\u2013\u2014-][ \t]{0,3}[\"\u201c*_]{0,2}[A-Z]{3}")


def _heads_a_box(text: str, at: int) -> bool:
    """Whether the anchor at ``at`` names a box rather than mentions one: the box's title in
    capitals ("WARNING: HEPATO…", wherever it stands), or the anchor first on its line, after
    blanks and marks or a short label ("BOXED WARNING", "**Boxed Warning**", "IMPORTANT: BOXED
    WARNING"). A mention stands in a sentence: "carries a Boxed Warning for …", "see the Boxed
    Warning", "full Prescribing Information, including BOXED WARNING"."""
    if _CAPITAL_TITLE.match(text, at):
        return True
    # a bounded look-back (a label is a few words): one-line texts stay linear
    lo = max(0, at - _LEAD_REACH)
    line_start = text.rfind("\n", lo, at) + 1
    if line_start == 0 and lo > 0:
        return False
    lead = text[line_start:at]
    if all(c in _TITLE_LEAD for c in lead):
        return True
    lead = lead.lstrip("".join(_TITLE_LEAD))
    m = _LABEL_BEFORE.fullmatch(lead)
    return m is not None


#: after a box's name in a sentence, what announces its risks ("a boxed warning for …", "… about …")
_ANNOUNCES = re.compile(r"[ \t]{0,3}(?:\(s\))?[ \t\n]{1,3}(?:for|about|regarding|covering)\b", re.IGNORECASE)

#: a verb that makes a line a sentence, not a title ("<Risk> has occurred", "<Product> can cause")
_STATES = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|can|could|may|might|will|would|should|"
                     r"must|do|does|did|occur\w{0,4}|caus\w{1,4}|report\w{0,4}|experienc\w{1,4}|develop\w{0,4}|"
                     r"seen|observed|happen\w{0,4}|led|lead\w{0,3}|result\w{0,3}|die[sd]?|dying)\b", re.IGNORECASE)


def _aside_close(text: str, anchor: int, k: int, title_end: int) -> int | None:
    """Where an aside in parentheses that holds ``k`` closes, when it opened in the title (after
    ``anchor``, at most one line before ``k``'s), closes before ``title_end`` on ``k``'s line or
    the next, and capitals follow it on its line (the title goes on: "… DISEASE (<ABBR>, also known
    as <other name>), AND INCREASED RISK OF …", wrapped anywhere), else None."""
    ls = text.rfind("\n", 0, k) + 1
    ls = max(anchor, text.rfind("\n", 0, ls - 1) + 1 if ls > anchor else ls)
    opened = text.rfind("(", ls, k)
    if opened == -1 or text.find(")", opened, k) != -1:
        return None
    le = text.find("\n", k, title_end)
    le = text.find("\n", le + 1, title_end) if le != -1 else -1
    le = title_end if le == -1 else le
    close = text.find(")", k, le)
    if close == -1:
        return None
    line_end = text.find("\n", close, title_end)
    line_end = title_end if line_end == -1 else line_end
    rest = [c for c in text[close + 1:line_end] if c.isalpha()]
    if not rest or sum(c.isupper() for c in rest) < 0.7 * len(rest):
        return None
    return close + 1


def _mostly_capitals(line: str) -> bool:
    """Whether a line's letters are mostly capitals (a title in capitals)."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.7 * len(letters)


#: how far a box's title may run (its line and the capital lines that continue it)
_TITLE_REACH = 400


def _title_end(text: str, at: int) -> int:
    """The end of the title starting at ``at``: its line, and the lines after it that continue it
    (their letters mostly capitals: a title wrapped in plain text, "… SYNDROME) and INCREASED
    RISK OF …" as a PDF's text breaks it), at most ``_TITLE_REACH``
    characters in all (bounded: one-line texts stay linear)."""
    limit = min(len(text), at + _TITLE_REACH)
    end = text.find("\n", at, limit)
    if end == -1:
        return limit
    while end < limit:
        nxt = text.find("\n", end + 1, limit)
        nxt = limit if nxt == -1 else nxt
        line = text[end + 1:nxt]
        close = line.find(")")
        if close != -1 and text.rfind("(", at, end) > text.rfind(")", at, end):
            # the line closes an aside opened in the title ("… DISEASE (<ABBR>, also called\n<other
            # name>), AND INCREASED RISK OF …"): judged by what follows the aside
            line = line[close + 1:]
        letters = [c for c in line if c.isalpha()]
        if not letters or sum(c.isupper() for c in letters) < 0.7 * len(letters):
            break
        end = nxt
    return end


#: a reference-list entry's number opening its line ("1.", "[2]", "3)"), and a year in the line
#: (a reader may have turned a numbered list's number into a bullet); one that opens with a verb of
#: consulting ("1. Please see the full PI …") is an instruction, not a citation
_CITATION_NUMBER = re.compile(r"[ \t>*_]{0,6}(?:\[\d{1,3}\]|\d{1,3}[.)]|[-*\u2022])[ \t]{1,3}"
                              r"(?![*_]{0,2}(?:please[ \t]{1,3})?(?:see|refer|consult|read|review|click|visit|tap|"
                              r"download|scan|go[ \t]to|access|find|prescribers|before)\b)", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: a line labelled as a source ("Source: …", "References: …", "Ref.: …")
_SOURCE_LABEL = re.compile(r"[ \t>*_]{0,6}(?:sources?|references?|refs?\.?|cited|citations?)[*_]{0,2}[ \t]{0,2}:",
                           re.IGNORECASE)
#: a line that opens by sending the reader somewhere ("Before prescribing, please consult …",
#: "Please refer to …", "See the full …"): under a "References" heading, a pointer placed after
#: the list, not one of its entries
_POINTING_LINE = re.compile(r"[ \t>*_]{0,6}(?:before[ \t]{1,3}prescribing\b|please\b|(?:see|refer|consult|read|review)\b)",
                            re.IGNORECASE)
#: a heading over a reference list
_REFERENCE_HEADING = re.compile(r"[ \t#*_]{0,8}(?:references?|sources?|bibliography|citations?)\b", re.IGNORECASE)
#: the separators of a menu line's items
_MENU_SEPARATOR = re.compile(r"[ \t](?:\||\u00b7|\u2022|\u203a|>|/)[ \t]")


def _line_kinds(index: TextIndex, kinds: tuple[str, ...]) -> Callable[[int], bool]:
    """Whether the line holding an offset is one of ``kinds``: "citations" (a numbered or
    bulleted entry with a year that does not open with a verb of consulting, a line labelled "Source:"/"References:", a line under a "References" heading
    that does not open by sending the reader somewhere)
    or "navigation" (a menu line: three or more short items between separators, none a
    sentence). Each line is read once (bounded: at most 400 characters of it)."""
    text = index.text
    memo: dict[int, bool] = {}

    def skipped(at: int) -> bool:
        lo = max(0, at - 400)
        nl = text.rfind("\n", lo, at)
        ls = nl + 1 if nl != -1 else lo     # a line longer than the reach: read from the reach on
        if ls in memo:
            return memo[ls]
        le = text.find("\n", at, at + 400)
        le = min(len(text), at + 400) if le == -1 else le
        line = text[ls:le]
        out = False
        if "citations" in kinds:
            out = ((_CITATION_NUMBER.match(line) is not None and _YEAR.search(line) is not None)
                   or _SOURCE_LABEL.match(line) is not None)
            if not out:
                head = index.section_start(at)
                head_end = text.find("\n", head, head + 200)
                head_line = text[head:head + 200 if head_end == -1 else head_end]
                out = (head < ls and index.section_level(head) is not None and _REFERENCE_HEADING.match(head_line) is not None
                       and _POINTING_LINE.match(line) is None)
        if not out and "navigation" in kinds and not line.lstrip().startswith("|"):
            items = [x.strip(" \t*_[]") for x in _MENU_SEPARATOR.split(line)]
            out = (len(items) >= 3 and all(0 < len(x.split()) <= 5 for x in items)
                   and not any(x[-1:] in ".!?:" for x in items))
        memo[ls] = out
        return out

    return skipped


def _quoted(line: str) -> str:
    line = " ".join(line.strip(" \t*_#>[").split())
    return f'"{line[:60]}"'


def _labels(elements: list[Element]) -> str:
    return "; ".join(el.label for el in elements)


#: an aside that gives another name ("(also known as …", "(also called …"): a name inside it
#: is an alias of the name before it
_ALIAS_ASIDE = re.compile(r"\([ \t]{0,3}(?:also[ \t]{1,3}(?:known|referred[ \t]{1,3}to|called|termed|named)|a\.?k\.?a\.?)\b",
                          re.IGNORECASE)


def _named_outside_alias(el: Element, index: TextIndex, start: int, end: int) -> bool:
    """Whether [start, end) names element ``el`` (its first concept) other than only inside an
    aside that gives an alias ("<name> (also known as <alias>)") or a bracket that holds the
    alias alone ("<name> (<ALIAS>)"): an alias whose name was deleted ("including (also known as
    <alias>)", "this includes (<ALIAS>)") does not name it."""
    text = index.text
    for a, b, _ in el.search_patterns()[0].finditer(index, start, end):
        lo = max(start, a - 80)
        opened = text.rfind("(", lo, a)
        alone = opened != -1 and not text[opened + 1:a].strip() and text[b:b + 3].lstrip()[:1] == ")"
        if opened == -1 or ")" in text[opened:a] or not (_ALIAS_ASIDE.match(text, opened) or alone):
            return True
    return False


def _quote(words: str) -> str:
    return f'"{words}"'
