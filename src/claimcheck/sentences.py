"""Sentences: the one sentence splitter of claimcheck, used by extraction and by the rule packs.

:func:`sentence_spans` gives the sentences of a text as ``(start, end)`` spans (offsets of the
text, blanks trimmed, in order); the pipeline's ``cc_sentences`` component
(:func:`claimcheck.pipeline.sentence_boundaries`: claim context) and the rule packs' text index
(:class:`claimcheck.checks.packs.text.TextIndex`: scopes, statements, indications) both take their
sentences from it, so the two stages never disagree about where a sentence ends
(tests/engine/test_one_splitter.py runs both over the corpus and the benchmark drafts).

A sentence ends

* at ``.``, ``!`` or ``?`` followed by blanks (at most one line break) and a capital, a digit, a
  bullet, a heading mark or an opening quote or bracket before one; a citation marker may sit in
  between ("not met.2,3 The": the marker belongs to no sentence), never a decimal ("0.53 (0"),
  and closing quotes or brackets may follow the stop; a question mark may be followed by a
  closing emphasis mark ("**Did it improve?** Yes: 80.7% vs 29.4%": the bold question and its
  answer are two sentences, so the answer's figures are matched on their own and the question
  claims nothing). A bold run-in label ("**Hepatotoxicity.** It was reported in 24%") is not cut:
  it names the endpoint of the text after it;
* after a decimal number followed by blanks and a capital, a digit, an opening bracket or quote,
  or a bullet: "HR 0.75 | (97.5% CI 0.57-0.99)", "HR 0.75 | In the …", the table cells
  "7.7 | 6.2" (a figure ends its clause; extraction has always split so, and its context
  attachment and matching are tuned to it: without it the quality benchmark loses value-mismatch
  catches and gains a false finding, and a long line of figures is matched in 2,000-character
  pieces instead of clauses, four times slower);
* at a line break after a full stop before a line that opens with a footnote mark ("(b)",
  "‡", a superscript letter or digit: "… Transplant 2018.\n(b) Post hoc analyses …"), so that
  each footnote is a sentence of its own, opening with its mark;
* at a blank line, and before a line that starts with a bullet, a numbered item (``1.``, ``2)``),
  a checklist box (``[ ]``, ``[x]``, ``\u2610``) or a Markdown heading;
* where only the lines show it (:func:`line_sentence_starts`): after a bullet item whose next
  line is not its continuation, around a short heading-like line, around a table row or a
  dot-leader row ("Median DFS .......... 7.7 months": its label, leader and values are one
  sentence, never cut at the leader's last dot and never joined to the row above or below; the
  lines its values wrap onto with a hanging indent are the row's, so a name cut by the wrap stays
  one phrase and a figure there is never the next row's label's: :func:`_row_end`);
* at a line led by a label and a colon under another such line (the turns of a script or a
  transcript: "SUPER: … 35/162 (21.6%)" / "VO: … in the product's patients", "**User:** …", header
  fields "From: …" / "Subject: …"), unless the line above ends in the middle of a clause
  (:func:`_label_turns`);
* and a "sentence" longer than :data:`MAX_SENTENCE_CHARS` (a table or list without full stops, or
  hostile input such as a 5 MB line) is cut, at a line break where there is one, else at a
  space: per-sentence work grows with the sentence's length, so one unbounded sentence made a
  long line quadratic (tests/hostile).

Cost: one regular-expression pass for the punctuation and block breaks, and the line-level
passes of :func:`line_sentence_starts`.
"""

from __future__ import annotations

import re

#: a "sentence" longer than this is cut (module doc)
MAX_SENTENCE_CHARS = 2000

#: a run of footnote marks after a sentence's full stop: superscript digits (and the comma or dash
#: between them), daggers, section and pilcrow signs, then asterisks too ("met.²", "p<0.001).¹*",
#: "rates.†‡"); not a bare asterisk, which closes bold ("**Safety.** …": a label, not a sentence end)
_MARKS = r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u2020\u2021\u00a7\u00b6][\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u2020\u2021\u00a7\u00b6*,\u207b\u2013-]{0,7}"
_SENTENCE_START = r"(?=[(\"'\u201c\u2018\[]{0,2}[A-Z0-9\u2022\u25aa*#\u2013-])"
_SENTENCE_BREAK = re.compile(
    # end punctuation (a citation marker may follow: "not met.2,3 The", never a decimal: "0.53 (0"),
    # closing quotes or brackets, whitespace, then a capital, digit or bullet
    # (never after an abbreviation that a figure or name follows: "vs. 6.1", "e.g. Grade 3", "et al. Blood",
    # "max. 4 cycles")
    r"(?<!\bvs)(?<!\bVs)(?<!\bVS)(?<!\be\.g)(?<!\bi\.e)(?<!\bcf)(?<!\bal)(?<!\bapprox)(?<!\bmax)(?<!\bMax)(?<!\bMAX)"
    r"[.!?](?:(?<=[A-Za-z)\]%][.!?])(?:\d{1,3}(?:[,\-\u2013]\d{1,3}){0,6}(?:,?[a-z*\u2020\u2021\u00a7]){0,3}"
    # or footnote marks set as superscripts or signs: "not met.²", "(p<0.001).¹*", "reported.†‡"
    r"|" + _MARKS + r"))?"
    # or a bracketed reference after the stop: "… with chemotherapy.[2] In …", "… .[3,4]", "… .[2-5]"
    r"(?:\[\d{1,3}(?:[,\-\u2013][ \t]?\d{1,3}){0,6}\])?"
    r"[)\"'\u201d\u2019\]]{0,3}(?:(?<=\?)(?:\*\*|__|[*_]))?(?:[ \t]*\n[ \t]*|[ \t]+)" + _SENTENCE_START +
    # a decimal number, blanks, then a capital, digit, bracket or bullet: "HR 0.75 (97.5% CI ...)",
    # "HR 0.75 In the ...", table cells "7.7 6.2"
    r"|(?:(?<=\d\.\d)|(?<=\d\.\d\d)|(?<=\d\.\d\d\d))\s+(?=[A-Z0-9(\"\u201c\u2022\u25aa\u2013\u2014*-])"
    # a footnote line after a full stop: "… 2018.\n(b) Post hoc …", "… on file.\n‡ Exploratory …"
    r"|(?<=[.!?])(?:" + _MARKS + r")?[)\"'\u201d\u2019\]]{0,3}[ \t]*\n[ \t]{0,8}(?=(?:[(\[][a-z][)\]]|[\u2020\u2021\u00a7\u00b6\u2016]"
    r"|[\u1d43\u1d47\u1d9c\u1d48\u1d49\u1da0\u1d4d\u02b0\u2071\u02b2\u1d4f\u02e1\u1d50\u207f\u1d52\u1d56\u02b3\u02e2"
    r"\u1d57\u1d58\u1d5b\u02b7\u02e3\u02b8\u1dbb\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079])[ \t]{0,24}\S)"
    # a line opening with a typographic footnote mark, whatever ends the line before: a notes
    # label ("FOOTNOTES\n\u2021 Post hoc …") or a table's last row is no sentence the note continues
    r"|\n[ \t]{0,8}(?=[\u2020\u2021\u00a7\u00b6\u2016]{1,3}[ \t]{0,24}[A-Za-z])"
    r"|\n[ \t]*\n"                                                               # a blank line
    r"|\n(?=[ \t]{0,8}(?:[\u2022\u25aa\u2013*-][ \t]|#{1,6}[ \t]|\d{1,2}[.)][ \t]"  # bullet, heading, item,
    r"|\[[ xX\u2713\u2714]\][ \t]|[\u2610\u2611\u2612\u2713\u2714][ \t]))"  # checklist box ("[x] Randomised?")
)
_NON_BLANK = re.compile(r"\S")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` (module doc): ``(start, end)``, blanks trimmed, in order; a text
    without any non-blank character is one sentence ``(0, len(text))``."""
    return _split(text)[0]


def sentence_ranges(text: str) -> list[tuple[int, int]]:
    """The same sentences as ranges that cover the text, cut where each break ends: a sentence's
    range runs on over the blanks, closing quotes and citation marker after it, and the blanks
    between two breaks (around a blank line or a table row) are a range of their own. Every
    sentence of :func:`sentence_spans` lies in one range, in the same order; the other ranges
    are blank."""
    return _split(text)[1]


def sentences_and_ranges(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """:func:`sentence_spans` and :func:`sentence_ranges` of ``text`` from one pass (the pipeline
    splits each document once and hands the spans on to the rule packs: see
    :attr:`claimcheck.checks.CheckContext.sentences`)."""
    return _split(text)


def _split(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    spans: list[tuple[int, int]] = []
    bounds: list[int] = [0]
    pos = 0
    lines = line_sentence_starts(text)  # item ends and headings only the lines show
    leaders = _leader_rows(text)[1]     # a dot leader's last dot ends no sentence
    k = 0
    for m in _SENTENCE_BREAK.finditer(text):
        cut, end = m.span()
        if leaders and cut in leaders:
            continue
        if text[cut] in ".!?":
            cut += 1
        while k < len(lines) and lines[k] < cut:
            if lines[k] > pos:
                _add(text, spans, bounds, pos, lines[k])
                pos = lines[k]
                bounds.append(pos)
            k += 1
        _add(text, spans, bounds, pos, cut)
        if end > pos:
            pos = end
            nxt = _NON_BLANK.search(text, end)   # the range runs on over the blanks after the break
            bounds.append(nxt.start() if nxt else len(text))
    for line in lines[k:]:
        if line > pos:
            _add(text, spans, bounds, pos, line)
            pos = line
            bounds.append(pos)
    _add(text, spans, bounds, pos, len(text))
    if not spans:
        spans.append((0, len(text)))
    cuts = sorted({b for b in bounds + lines if 0 < b < len(text)})
    edges = [0] + cuts + [len(text)]
    ranges = [(a, b) for a, b in zip(edges, edges[1:]) if b > a] or [(0, len(text))]
    return spans, ranges


def _add(text: str, spans: list[tuple[int, int]], bounds: list[int], start: int, end: int) -> None:
    """The sentence [start, end) with its blanks trimmed, cut where it is too long (each cut a
    range boundary too)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    limit = MAX_SENTENCE_CHARS
    while end - start > limit:
        low, high = start + limit // 2, start + limit
        cut = text.rfind("\n", low, high)
        if cut == -1:
            cut = max(text.rfind(" ", low, high), text.rfind("\t", low, high))
        cut = cut + 1 if cut != -1 else high
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > start:
            spans.append((start, piece_end))
        bounds.append(cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


# ------------------------------------------------------------------ line-level sentence starts
#: a bullet item's line and, looked ahead, the indentation and first character of the next line
_BULLET_LINE = re.compile(
    r"^([ \t]{0,8})[\u2022\u25aa\u2013\u2014*-][ \t][^\n]{0,2000}\n(?=([ \t]{0,40})[A-Z][a-z])",
    re.MULTILINE)
#: a short line that starts with a capital and ends without punctuation, followed by a line that
#: starts with a capital: a heading, a label or a menu entry ("Review recommendations") when it
#: starts a block (see :func:`line_sentence_starts`)
_SHORT_LINE = re.compile(r"^[ \t]{0,8}(?:\d{1,2}[.)][ \t]{1,4})?[A-Z][^\n]{0,59}(?<![.!?:;,\-\u2013/&(])\n(?=[ \t]{0,8}[A-Z])", re.MULTILINE)
#: a heading, label or menu entry has at most this many words (and no comma); a longer short line
#: is a sentence wrapped at a capitalised word (HTML and PDF text keep the source's wrapping)
_HEADING_WORDS = 8
#: a line that ends a sentence: terminal punctuation, closing quotes or brackets, a citation marker
_ENDS_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)\]]{0,3}(?:\d{1,3}(?:[,\-\u2013]\d{1,3}){0,6}[a-z*\u2020]?|" + _MARKS
                            + r"|\[\d{1,3}(?:[,\-\u2013][ \t]?\d{1,3}){0,6}\])?[ \t]*$")
#: a line that goes on in the next one: it ends with a connective (a wrapped phrase, not a heading)
_CONTINUES = re.compile(
    r"\b(?:and|or|of|with|the|a|an|to|in|for|by|on|at|from|vs|versus|than|as|who|that|which|per)[ \t]*$", re.I)
_BULLET_START = re.compile(r"[ \t]{0,8}[\u2022\u25aa\u2013\u2014*-][ \t]")
#: a run of lines that start with ">" (a quote mark used as a list bullet in plain text, or an
#: e-mail quote): the quoted text of each line is group 1
_QUOTED_RUN = re.compile(r"^[ \t]{0,8}>[ \t]{0,8}[^\n]{0,2000}(?:\n[ \t]{0,8}>[ \t]{0,8}[^\n]{0,2000}){0,200}", re.MULTILINE)
_QUOTED_LINE = re.compile(r"[ \t]{0,8}>[ \t]{0,8}(\S?)")
#: a dot-leader row: a label (at most 88 characters, no dot, no cell bar) after an optional bullet,
#: a leader of three or more dots (single blanks allowed between them) or an ellipsis character,
#: then a figure on the same line ("Median DFS .......... 7.7 vs 6.2 months", "ORR \u2026 45%", a figure
#: of one digit too: "Rash ...... 2%", "Onset ...... 9 days");
#: group 1 is the leader
_LEADER_ROW = re.compile(
    r"^[ \t]{0,8}(?:[\u2022\u25aa*+\u2013-][ \t]{1,4})?[^\n.\u2026|]{1,88}?[ \t]?"
    r"((?:\.[ \t]?){2,}\.|\u2026[\u2026. \t]{0,200})(?=[ \t]{0,8}(?:\d|[^\s.\u2026][^\n]{0,40}?\d))",
    re.MULTILINE)
#: a row of a leader table whose label is so long that its leader is one or two dots ("MRD
#: negativity in responders .. 78.4%"): a dot-leader row only where a full leader row right above or
#: below ends its leader in the same column (the typist aligned the values); a lone ".." is no leader
_SHORT_LEADER_ROW = re.compile(
    r"^[ \t]{0,8}(?:[\u2022\u25aa*+\u2013-][ \t]{1,4})?[^\n.\u2026|]{1,88}?[ \t](\.\.?)[ \t]{1,8}(?=\d|[^\s.\u2026][^\n]{0,40}?\d)", re.MULTILINE)
#: a line led by a label and a colon: a speaker or channel in a script or transcript ("VO: …",
#: "SUPER: …", "**User:** …", "Q: …"), a field of a header ("From: …", "Subject: …"), an arm's
#: line ("Arm A: 78.4%"); the label is at most 30 characters, starts with a capital and holds no colon
_LABEL_LINE = re.compile(r"^[ \t]{0,8}(?:\*\*|__)?[A-Z][\w.'\u2019/&+() \-]{0,29}?(?:\*\*|__)?:(?:\*\*|__)?[ \t]+\S",
                         re.MULTILINE)
#: a line that ends in the middle of a clause: a comma, a connective (:data:`_CONTINUES`) or an
#: open bracket
_OPEN_END = re.compile(r"[,(\[/&+\-\u2013\u2014][ \t]*$")
#: a table row: a line that starts with a pipe (Markdown), holds cells joined by " | " (the
#: readers write HTML and Word rows so) or by a bare "|" (the plain-text reader writes one in place
#: of a tab or of one space of a column gap: "2-year survival|22.8%|10.0%"; a GFM row typed "a|b|c")
_ROW = re.compile(r"^[^\n|]{0,2000}\|[^\n]*", re.MULTILINE)


def line_sentence_starts(text: str) -> list[int]:
    """Sentence starts that only the lines show (:func:`sentence_spans` otherwise ends a sentence
    at punctuation, a blank line, a bullet, a numbered item or a heading):

    * after a bullet item, a line that is not indented deeper than the bullet and starts with a
      capitalised word ("Review", not an abbreviation, a brand name in capitals or "(95% CI": a wrapped item goes on with
      those) is not the item's continuation: the item ended ("• … Category 2A" / "Review
      recommendations");
    * a short line (at most 60 characters, 8 words, no comma; a number "5." may lead it) that starts a block (the text's first
      line, or after a blank line, a bullet item or a line ending a sentence), starts with a capital
      and ends with neither punctuation nor a connective ("with", "of", …), followed by a line that
      starts with a capital, is a heading, a label or a menu entry, not the start of the next line's
      sentence.

    * a table row is a sentence of its own: a row line starts one, and so does the line after it;
      so is a dot-leader row (:data:`_LEADER_ROW`).
    * lines that start with ">" are list items when every line of the run starts (after the ">")
      with a capital or a digit: each starts a sentence, and so does the line after the run; a
      quote whose lines wrap (a line goes on in lower case, an e-mail quote) stays joined.

    Lines wrapped inside a paragraph (lower-case continuation, a connective at the end, a long line)
    are left joined. Offsets are those of ``text``; sorted, without duplicates.
    """
    starts: set[int] = set()
    if "\n" not in text:
        return []
    for m in _BULLET_LINE.finditer(text):
        if len(m.group(2)) <= len(m.group(1)) and not _CONTINUES.search(text, m.start(), m.end() - 1):
            starts.add(m.end())
    for m in _SHORT_LINE.finditer(text):
        line_start, line_end = m.start(), m.end() - 1
        if _CONTINUES.search(text, line_start, line_end) or _BULLET_START.match(text, line_start):
            continue
        line = text[line_start:line_end]
        if "," in line or len(line.split()) > _HEADING_WORDS:
            continue  # a clause or a long run of words: a wrapped sentence ("Before prescribing, please read the full")
        if line_start > 0:
            prev_start = text.rfind("\n", 0, line_start - 1) + 1
            prev = text[prev_start:line_start - 1]
            if prev.strip() and not _BULLET_START.match(prev) and not _ENDS_SENTENCE.search(prev):
                continue  # inside a paragraph: a wrapped line
        starts.add(m.end())
    if ">" in text:
        for m in _QUOTED_RUN.finditer(text):
            line_starts, pos = [], m.start()
            while pos <= m.end():
                line_starts.append(pos)
                nl = text.find("\n", pos, m.end())
                if nl == -1:
                    break
                pos = nl + 1
            firsts = [_QUOTED_LINE.match(text, p).group(1) for p in line_starts]
            if len(line_starts) < 2 or not all(f and (f.isupper() or f.isdigit()) for f in firsts):
                continue
            starts.update(line_starts)
            if m.end() < len(text) and not _wraps_last_item(text, line_starts[-1], m.end() + 1):
                starts.add(m.end() + 1)
    starts.update(_hanging_marker_items(text))
    starts.update(_leader_rows(text)[0])
    if ":" in text:
        starts.update(_label_turns(text))
    if "|" in text:
        for m in _ROW.finditer(text):
            starts.add(m.start())
            if m.end() < len(text):
                starts.add(m.end() + 1)
    starts.discard(0)
    starts.discard(len(text))
    return sorted(starts)


#: a line led by ">" or another glyph a typist uses as a bullet in plain text (guillemet, arrowheads,
#: arrows, circles, squares); group 1 is the glyph, group 2 the item's first character
_MARKER_ITEM = re.compile(r"[ \t]{0,8}([>\u00bb\u203a\u25ba\u25b6\u25b8\u27a4\u27a2\u25e6\u25cb\u25cf\u25a0\u2192])[ \t]{1,8}(\S)")
_INDENT = re.compile(r"[ \t]*")


def _wraps_last_item(text: str, item: int, line: int) -> bool:
    """Whether the line at ``line`` wraps the ">" item at ``item`` with a hanging indent: not blank,
    not led by a bullet glyph, indented deeper than the item's ">"."""
    end = text.find("\n", line)
    after = text[line:end if end != -1 else len(text)]
    return bool(after.strip()) and _MARKER_ITEM.match(after) is None \
        and len(_INDENT.match(after).group()) > len(_INDENT.match(text, item).group())


def _hanging_marker_items(text: str) -> list[int]:
    """A list whose items are led by one bullet glyph of plain text (:data:`_MARKER_ITEM`: ">", "»",
    "►", "→" …), their wrapped lines set with a hanging indent ("  > Depth: 78.4% on A were
    MRD-negative," / "    vs 28.1% on B" / "  > Transplant: …"): every item line (two or more at one
    indentation, each starting with a capital or a digit after the glyph; each wrapped line indented
    deeper than the glyph and not led by one) starts a sentence, and so does the line after the list.
    A run of lines that all start with ">" (no wrapped line) is left to the quoted-run reading above."""
    starts: list[int] = []
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        m = _MARKER_ITEM.match(lines[i][1])
        if m is None:
            i += 1
            continue
        glyph, depth = m.group(1), m.start(1)
        items, wrapped, j = [], 0, i
        while j < len(lines):
            mj = _MARKER_ITEM.match(lines[j][1])
            if mj is None or mj.group(1) != glyph or mj.start(1) != depth:
                break
            items.append((lines[j][0], mj.group(2)))
            j += 1
            while j < len(lines) and lines[j][1].strip() and not _MARKER_ITEM.match(lines[j][1]) \
                    and len(_INDENT.match(lines[j][1]).group()) > depth:
                wrapped += 1
                j += 1
        if len(items) >= 2 and (wrapped or glyph != ">") and all(f.isupper() or f.isdigit() for _, f in items):
            starts.extend(at for at, _ in items)
            if j < len(lines):
                starts.append(lines[j][0])
        i = max(j, i + 1)
    return starts


def _label_turns(text: str) -> list[int]:
    """Lines led by a label and a colon (:data:`_LABEL_LINE`) right under another such line: each
    is a sentence of its own even where the line above ends without punctuation ("SUPER: Follow-up
    transplant: 79/164 (48.2%) vs 35/162 (21.6%)" / "VO: In a pooled analysis, … 51% in patients
    given the product …": the on-screen line and the next voice-over are two statements, so that the next
    one's arm, population and time point do not reach the figures above). Not where the line above
    ends in the middle of a clause (a comma, a connective, an open bracket): a wrapped line. A
    line in square brackets above a labelled one stays joined to it: a copy-deck slot
    ("[SUBHEAD]" / "Brand: …") names the line under it."""
    labelled = [m.start() for m in _LABEL_LINE.finditer(text)]
    led = set(labelled)
    out: list[int] = []
    for ls in labelled:
        if ls == 0:
            continue
        prev = text.rfind("\n", 0, ls - 1) + 1
        if prev not in led:
            continue
        line = text[prev:ls - 1]
        if _CONTINUES.search(line) or _OPEN_END.search(line):
            continue
        out.append(ls)
    return out


def _leader_rows(text: str) -> tuple[list[int], frozenset[int]]:
    """The dot-leader rows of ``text`` (:data:`_LEADER_ROW`): (the sentence starts they make: each
    row's line start and the start of the line after it and its continuation lines
    (:func:`_row_end`); the offsets of their leaders' last dots, where :data:`_SENTENCE_BREAK` must
    not end a sentence). One pass over the lines, only where the text holds a leader at all."""
    if "..." not in text and ". . ." not in text and "\u2026" not in text:
        return [], frozenset()
    starts: list[int] = []
    dots: set[int] = set()

    def add(row_start: int, after: int | None, last: int) -> None:
        starts.append(row_start)
        if after is not None:
            starts.append(after)
        if last != -1:
            dots.add(last)

    for m in _LEADER_ROW.finditer(text):
        after = _row_end(text, m.start(), m.end())
        add(m.start(), after, text.rfind(".", m.start(1), m.end(1)))
        for short in (_short_leader_row(text, _row_before(text, m.start())), _short_leader_row(text, after)):
            if short is not None and short.end(1) - 1 not in dots:
                add(short.start(), _row_end(text, short.start(), short.end()), short.end(1) - 1)
    return starts, frozenset(dots)


#: the most continuation lines one leader row may have
_CONTINUATION_LINES = 8
#: a line that is a row, an item or a heading of its own, never a leader row's continuation: a
#: bullet, a numbered item, a Markdown heading (matched after the line's indentation; a line that
#: holds a cell bar is a table row too)
_OWN_LINE = re.compile(r"[\u2022\u25aa\u2013\u2014*+-][ \t]|\d{1,2}[.)][ \t]|#{1,6}[ \t]|\|")
#: a continuation line's first character that cannot start a row of its own: a lower-case word, a
#: figure, an opening bracket ("febrile" / "neutropenia 26%", "22.8%" / "(18/79) of those …"); not
#: a footnote's mark ("(a) Post hoc …", "[1] On file"): a note under the table is no part of its row
_GOES_ON = re.compile(r"(?![(\[][a-z0-9]{1,2}[)\]])[a-z0-9(\[]")   # after the line's indentation


def _row_end(text: str, row_start: int, leader_end: int) -> int | None:
    """The start of the line after the leader row at ``row_start`` (its leader ends at
    ``leader_end``) and after its continuation lines, None at the end of the text.

    A row whose values run past the line wraps them onto continuation lines set with a hanging
    indent ("Myelosuppression ... low platelets 51%, low neutrophils 49%, febrile" /
    "                     neutropenia 26%"): those lines are the row's (one sentence with it, so a
    phrase cut by the wrap is still one phrase and a figure on them takes the row's label, never the
    next row's). A continuation line is not blank, is indented deeper than the row, is no row, item
    or heading of its own (:data:`_OWN_LINE`, a dot-leader row), and either starts in the column of
    the row's first value (give or take two), or starts with a lower-case word, a figure or a bracket
    (:data:`_GOES_ON`), or follows a line that ends in the middle of a clause (a comma, a connective)."""
    value = _NON_BLANK.search(text, leader_end)
    nl = text.find("\n", leader_end)
    if nl == -1:
        return None
    row_indent = len(_INDENT.match(text, row_start).group())
    value_col = value.start() - row_start if value is not None and value.start() < nl else None
    for _ in range(_CONTINUATION_LINES):
        ls = nl + 1
        le = text.find("\n", ls)
        le = len(text) if le == -1 else le
        indent = len(_INDENT.match(text, ls).group())
        if ls + indent >= le or indent <= row_indent or _OWN_LINE.match(text, ls + indent, le) \
                or text.find("|", ls, le) != -1:
            break
        prev = text[max(ls - 1 - 60, text.rfind("\n", 0, nl) + 1):nl]   # the line's end is enough
        if not ((value_col is not None and abs(indent - value_col) <= 2) or _GOES_ON.match(text, ls + indent)
                or _CONTINUES.search(prev) or _OPEN_END.search(prev)):
            break
        if _may_lead(text, ls, le) and (_LEADER_ROW.match(text, ls) or _SHORT_LEADER_ROW.match(text, ls)):
            break   # a row of its own (a sub-row indented under this one)
        if le == len(text):
            return None
        nl = le
    return nl + 1


def _row_before(text: str, ls: int) -> int | None:
    """The start of the row right above the line at ``ls``: the line before it, or, where that line
    continues a row (:func:`_row_end`), that row's first line."""
    above = _line_before(text, ls)
    if above is None or not text[above].isspace() or text[above] == "\n":
        return above   # not indented: no continuation line (the common case, without a regex)
    at = above
    for _ in range(_CONTINUATION_LINES):
        if at is None:
            break
        end = text.find("\n", at)
        row = (_LEADER_ROW.match(text, at) or _SHORT_LEADER_ROW.match(text, at)) \
            if _may_lead(text, at, len(text) if end == -1 else end) else None
        if row is not None:
            leader_end = row.end(1) if row.re is _LEADER_ROW else row.end()
            return at if _row_end(text, at, leader_end) == ls else above
        if at == 0 or not text[at].isspace() or text[at] == "\n":
            break   # a line that is not indented continues no row
        at = _line_before(text, at)
    return above


def _may_lead(text: str, ls: int, le: int) -> bool:
    """Whether the line [ls, le) holds a dot or an ellipsis (a leader row must: the cheap test
    before the row patterns, which try every label length)."""
    return text.find(".", ls, le) != -1 or text.find("\u2026", ls, le) != -1


def _line_before(text: str, ls: int) -> int | None:
    return None if ls == 0 else text.rfind("\n", 0, ls - 1) + 1


def _short_leader_row(text: str, ls: int | None) -> re.Match | None:
    """The row at line start ``ls`` when it is a short-leader row (:data:`_SHORT_LEADER_ROW`) whose
    leader ends in the column where a full leader row right above or below ends its own (the rows
    above and below looked for past continuation lines, :func:`_row_end`)."""
    if ls is None:
        return None
    m = _SHORT_LEADER_ROW.match(text, ls)
    if m is None or _LEADER_ROW.match(text, ls) is not None:
        return None
    column = m.end(1) - ls

    def aligned(other: int | None) -> bool:
        full = _LEADER_ROW.match(text, other) if other is not None else None
        return full is not None and abs((full.end(1) - other) - column) <= 1

    # the row below is looked for only where the row above does not align
    return m if aligned(_row_before(text, ls)) or aligned(_row_end(text, ls, m.end())) else None


def short_leader(text: str, start: int) -> tuple[int, int] | None:
    """The span of the leader of the line at ``start`` when it is a short-leader row aligned with
    a full one (:func:`_short_leader_row`), else None."""
    m = _short_leader_row(text, start)
    return m.span(1) if m is not None else None


def is_leader_row(text: str, start: int) -> bool:
    """Whether the line at ``start`` (a line start) is a dot-leader row (:data:`_LEADER_ROW`, or a
    short leader aligned with one, :func:`_short_leader_row`)."""
    return _LEADER_ROW.match(text, start) is not None or _short_leader_row(text, start) is not None


# ------------------------------------------------------------------ wrapped and framed lines
#: the side bars of a plain-text frame around a box of prose ("| ... |", "\u2502 ... \u2502", "\u2551 ... \u2551")
_FRAME_BAR = "[|\u2502\u2503\u2551]"
#: a line of a framed box: indentation, a side bar, its text (no bar inside: a row of cells is a
#: table's), the same side bar at the end
_FRAMED_LINE = re.compile(rf"[ \t]{{0,8}}({_FRAME_BAR})([^\n|\u2502\u2503\u2551]*?)[ \t]*\1[ \t]*$", re.MULTILINE)
#: a line break inside a stretch of one sentence, with the blanks and a frame's side bars around it
#: (the blanks before it taken only from the start of their run: linear on a long run of blanks)
_WRAP_GAP = re.compile(rf"(?:(?<![^\S\n])[^\S\n]+)?(?:{_FRAME_BAR}[^\S\n]*)?\n[^\S\n]*(?:{_FRAME_BAR}[^\S\n]*)?")
#: the side bar (and blanks) that opens a framed line
_FRAME_OPEN = re.compile(rf"\A[^\S\n]*{_FRAME_BAR}[^\S\n]*")
#: the text of a framed line that ends a sentence or a block: terminal punctuation, or nothing but
#: blanks or a border ("+-----+", "\u251c\u2500\u2500\u2524")
_FRAMED_BREAK = re.compile(r"(?:[.!?][\"'\u201d\u2019)\]]{0,3}|:|^[\s\-=+_~*\u2500-\u257f]*)$")
#: how many framed lines a wrapped sentence is followed back over
_FRAMED_REACH = 6


def join_wrapped(stretch: str) -> str:
    """A stretch of text inside one sentence with each line break (the blanks around it, and a
    plain-text frame's side bars at it: "went on to a      |\\n|  transplant") as one space, and a
    side bar that opens it dropped: what a pattern written for one line reads of a wrapped or
    framed sentence (the class: a count's total stated on the line above, inside a box)."""
    if "\n" in stretch:
        stretch = _WRAP_GAP.sub(" ", stretch)
    return _FRAME_OPEN.sub("", stretch, count=1)


def framed_sentence_start(text: str, ls: int) -> int | None:
    """Where the sentence that the framed line starting at ``ls`` goes on starts, looked for back
    over the lines of its box ("| Of the 79 patients who went on to a   |" over "| transplant, 18
    (27.8%) ..."): the splitter makes every framed line a sentence of its own (a line that opens
    with a bar is a table row to it), so the checks that read a sentence's opening words of a
    framed box follow it back themselves. The start of the first line after one whose text ends
    a sentence (or is blank or a border), at most :data:`_FRAMED_REACH` lines back; a position
    inside that line where a sentence ends mid-line is not looked for (the caller cuts there).
    None where the line at ``ls`` is no framed line."""
    le = text.find("\n", ls)
    le = len(text) if le == -1 else le
    m = _FRAMED_LINE.match(text, ls, le)
    if m is None or m.end() != le:
        return None
    bar = m.group(1)
    start = ls
    for _ in range(_FRAMED_REACH):
        if start == 0:
            break
        pls = text.rfind("\n", 0, start - 1) + 1
        prev = _FRAMED_LINE.match(text, pls, start - 1)
        if prev is None or prev.end() != start - 1 or prev.group(1) != bar or _FRAMED_BREAK.search(prev.group(2)):
            break
        start = pls
    return start
