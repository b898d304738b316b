"""``requires-if``: when a trigger is present, a qualifying statement must be present within a scope
(see :mod:`claimcheck.checks.packs` for the rule type; the statement is matched by meaning).

Paraphrase-tolerant statements (how a required statement is matched)
--------------------------------------------------------------------
A statement is matched by meaning, per sentence, in three steps:

1. *Preselection* (regular expressions, linear): the sentence contains a term of every
   ``all_of`` group (for an overall-survival requirement: a term of the endpoint, "overall survival",
   from the claims library) and, when the statement is ``negated``, a negation cue ("not",
   "n't", "no", "never", "without", "failed", "missed", "lacked", "non-significant", "fell
   short").
   Only preselected sentences go further, so the costlier steps run on a handful of sentences.
2. *Structural* (spaCy tokens + Matcher, rapidfuzz for typos): the sentence is tokenised with
   the shared pipeline's tokenizer; a negation cue must govern a *predicate* word ("met",
   "meet", "reach…", "significan…", "boundary", "superior…" …) that follows it within
   ``window`` tokens, three for "no", "without", "neither", "nor" ("was **not met**", "did
   **not** meet a prespecified **boundary**", "did **not** reach statistical **significance**",
   "**failed** to **reach**", "**no** statistically **significant** difference"). A predicate token
   may be misspelt (rapidfuzz ratio ≥ 85 against the predicate stem, words of six letters or
   more). The negation must be *about the subject*: the endpoint mentioned nearest before the
   negation cue (else nearest after it) must be the triggering endpoint, so "ORR was met but
   DFS was longer" or "DFS was longer; the ORR analysis did not reach significance" do not
   satisfy a DFS requirement. A negation that opens an instruction to the presenter or writer
   ("Do not call this a survival benefit", "Never describe DFS as improved":
   :func:`.negation.instruction`) states nothing to the reader, here or in step 3.
3. *Exemplar* (rapidfuzz): failing 2, the part of the sentence from the subject mention on,
   with the subject replaced by ``{endpoint}``, is compared with the statement's ``examples``
   (token_sort_ratio ≥ ``threshold``, default 80); the negation cue must still be present there
   and about the subject.

A sentence that names the endpoint without a negation ("DFS was longer with EXAMPLIMAB") never
satisfies a negated statement: it is not even preselected.

Anaphora: a negated statement whose only ``all_of`` group is the endpoint may name it by
referring back. A sentence that opens with an anaphoric subject ("It", "This", "The difference",
"This endpoint", "That comparison", "The observed result", after an optional "However,"), holds a
negation cue, and continues the paragraph or list item of the sentence before it (no blank line,
no new item, row or heading between them) is about the endpoints that sentence reports: those of
its figures (claims, and the rule's triggers there: a claim identified by its figures names no
endpoint, "lived a median of 7.7 vs 6.2 months. This was not significant."), else those it names. The anaphor then stands for a mention of that endpoint
in steps 2 and 3, so the negation must still govern a predicate, a "not powered to detect" still
states no test, and an endpoint the sentence names itself still wins ("The difference in ORR was
not significant" is about ORR): "DFS was 9.1 vs 7.4 months. The difference did not reach
statistical significance." states that DFS was not met.

Scope and footnotes: a satisfying sentence counts when it lies in the rule's scope of the trigger
(``text.Scope``), or when it is (or continues, in its paragraph) the footnote a mark of the
trigger's sentence, heading or lead-in points to: the footnote opens with the same mark, wherever
it stands (:func:`_footnoted`). Marks in every form writers set them: typographic († ‡ § ¶ ‖),
asterisks glued to what they mark ("51%*", "**"; an emphasis is none), a letter in brackets
("77.5%(a)", "[a]"; footnote "(a) …", "[a] …", "a) …"), a number in brackets glued to it
("(1)", "[1]"), a Markdown footnote ("[^1]" … "[^1]: …"), superscript letters and digits (what the
readers leave of "<sup>a</sup>", "<sup>1</sup>"); one letter or number is one mark in every form.
A mark links to its own footnote only: "(a)" pointing to a reference citation is not covered by a
caveat under "(b)".

What a claim is about: ``about_product`` holds when its sentence names the product, its arm is a
product arm or unknown, or its value agrees with the product arm's figure of the entry it matched
(an arm-less "7.7 vs 6.2 months" whose arm context attached the comparator). A claim inherits its
entry's ``analysis`` (post hoc, subgroup, exploratory) unless it agrees with that entry only once
the entry's figure is rounded *and* the text gives it another population
(:func:`_rounded_into_other_population`), or the text names a trial the entry's analysis is not
of (a figure of a dose analysis coinciding with one in a sentence about the pivotal trial).

Figures the extraction does not read as claims (``when.figures``): a figure in a unit the claim
engine has no kind for ("19.34 events per patient-year") is no claim, so a claim trigger never
sees it. With ``figures: {entry_analysis: [exploratory]}``, a number that is not part of a claim,
written at the precision of a product arm's figure of an entry with that analysis and equal to
it (or its faithful rounding, with a decimal: "19.3" for 19.34), in a sentence that names the
entry's endpoint, is a trigger too (:meth:`RequiresIf.figure_triggers`).

Labels: words that name the kind of analysis (``require.label_only``: "exploratory") state nothing
about its results when used as a label, attributively: a satisfying sentence whose every match of
the statement lies inside such a word so used does not satisfy ("In an exploratory, post hoc
analysis, 87% …", "Projected survival (exploratory): 20.6%", a heading "Two years on
(exploratory)"): the claim still needs its caveat. Used as a predicate (after a copula or a verb
of classing, "are exploratory", "are post hoc and exploratory", "(all exploratory)") or as a note
of its own (a line that opens with it and gives no figure: a marked footnote, or at most
``_NOTE_WORDS`` words) it satisfies (:meth:`Statement.labelled_only`).

For the whole piece: a satisfying sentence that holds one of the statement's ``document_wide``
terms ("all analyses are exploratory"), or that stands in a short opening section under the title
(a banner), covers every trigger of the document (:meth:`RequiresIf._said_for_the_document`).

For what follows (scope with ``heading``): a satisfying sentence that holds one of the statement's
``forward`` terms ("everything I am about to show comes from post hoc analyses, which are
hypothesis-generating", "the findings below are exploratory") opens a passage, as a heading does,
up to the next heading, heading-like line (a label line ending with a colon, a speaker's
"**Moderator:**", goes on) or section break, at most ``_FORWARD_REACH`` sentences: it covers the
triggers in it, and none before it, however near. A satisfying heading covers its section and the
subsections under it up to the next heading of its level or above (:func:`_in_forward_passage`).

Attached to one result (``require.attached``): a satisfying sentence that itself gives a trigger
("Projected survival [exploratory]: 20.6% …", "… 14.2%; these projections are exploratory", "In an
exploratory analysis, 19.8% …"), or stands in a list item or table row that gives one, labels that
result: it covers the triggers of its own paragraph, item or row (:func:`_paragraph_of`), not the
other paragraphs, items or rows of its scope. A caveat of its own (no trigger in its sentence, a
heading, a list's lead-in, a marked footnote) or one with an ``attached.wide``, ``document_wide``,
``forward`` or ``backward`` term covers the scope as before. A caveat sentence with no result of
its own that refers back to the result before it (its subject a pronoun or demonstrative: "… 14.1
months. This was a post hoc analysis and should be interpreted with caution.", "These estimates
are exploratory." in the paragraph after a paragraph, list or table of results) is that result's
too: it covers its paragraph (or that list or table), not the later results of its section,
and so does one that refers back to figures that are none of the rule's triggers ("At 2 years,
22.8% … were alive. Because the survival analysis did not reach significance, these rates should
be interpreted with caution."): theirs, it covers no trigger, not the subgroup table above them
(:func:`_result_sentences`); a
generic or definite subject ("Subgroup analyses were not powered", "The analysis was not
prespecified") still speaks for the section (:func:`_referred_back`). A section holding an
attached caveat reports once per paragraph, item or row left uncovered
(:meth:`RequiresIf._attached`). A caveat with a ``backward`` term ("the comparison above was post
hoc") speaks for the claims before it only, not for those after it.

For its whole section (scope with ``heading``): a satisfying sentence that states its own scope as
its section (``require.section_wide``: "every result in this section", "the findings on this
page", "all analyses below"), or the sentence right after such a statement in its paragraph ("Every
result in this section comes from a post hoc analysis. Post hoc analyses are exploratory …"),
covers the section it stands in as a reader sees it, however many sentences away: under a heading
with a level (Markdown ``##``, HTML ``<h2>``, a numbered heading) up to the next heading of its
level or above, its subsections in it; a bold line or a label line inside ("**Outcomes by
response**" over a table) is a sub-heading of that section, not a new one. In plain text, a
section opened by a break or an underline runs to the next one, and one under a capitalised
heading to the next capitalised heading-like line; under any other heading-like line, to the next
heading-like line, as a ``forward`` statement's passage (:func:`_section_passage`). Its
``forward`` or ``backward`` terms still keep it to what follows or came before. A disclaimer
without such scope words keeps its sentence reach.

A preamble for what follows: a satisfying sentence with a ``forward`` term, or the one right
after it in its paragraph ("The information below comes from a post hoc analysis. Because these
analyses were not prespecified, the results are exploratory …"), set before the document's first
result in a block that gives none (the summary over a medical-information response's numbered
sections), speaks for the results after it past their headings, at most ``_FORWARD_REACH``
sentences on (:func:`_preamble_sentences`, :func:`_in_section_after`). A forward disclaimer in a
block with results, or after the document's first result, keeps to its passage.

Named for another result (statements without ``{endpoint}``: F002, F007): a caveat that names the
result right before it and not the trigger's endpoint ("… 19.34 vs 42.44 events per patient-year
/ * The exposure-adjusted comparison is exploratory …") is that result's: it does not speak for
another result of the rule in its section or its sentences (the long-term survivors two rows up,
under another sub-heading), nor, attached, for the rest of its paragraph. It names an endpoint
by a term or a compound word only that endpoint's terms use ("exposure-adjusted"); a caveat that
names no endpoint, shares a word of the trigger endpoint's label ("the 2-year survival
projections" for "survival of at least 2 years"), or follows a sentence that gives the trigger's
endpoint too keeps its scope (:func:`_names_another_result`).

For what came before (scope with ``heading``): a satisfying sentence that holds one of the
statement's ``backward`` terms ("the results above are from a post hoc analysis", "all of the
preceding figures") covers the triggers before it back to the previous heading or section break,
at most ``_FORWARD_REACH`` sentences (:func:`_in_backward_passage`); a bold question or a label
line between them does not end it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ...numbers import Num, faithful
from ...phrases import ENDPOINT_PLACEHOLDER, Term, TermPattern, compile_terms
from ...concepts import negated
from ...context import MARKED_COLON_END
from ...model import ClaimKind
from .base import PackRule, RuleRun
from .negation import (_DETERMINER_WINDOW, _DETERMINERS, _NEGATION_CUE, NOT_NEGATING_NEXT, Negation, Tokens,
                       _normalise, instruction)
from .text import Scope

# ============================================================================ statements


@dataclass
class Statement:
    """A required statement, matched by meaning (module doc, "Paraphrase-tolerant statements")."""

    label: str
    all_of: list[list[Term]]
    negated: Negation | None = None
    examples: tuple[str, ...] = ()
    threshold: int = 80
    suggest: str | None = None
    #: the suggestion for an endpoint that triggers as not significant (no primary endpoint)
    suggest_not_significant: str | None = None
    #: a statement given by concepts: a mention in the scope of a negation does not count ("the
    #: analysis was not exploratory" states no exploratory analysis), as for required content
    negation_free: bool = False
    #: words that name the kind of analysis (``require.label_only``: "exploratory"): used as a
    #: label of the results (attributively) they state nothing about them (module doc, "Labels")
    labels: list[Term] = field(default_factory=list)
    _compiled: dict = field(default_factory=dict, repr=False)

    @property
    def uses_endpoint(self) -> bool:
        return any(ENDPOINT_PLACEHOLDER in t.text for group in self.all_of for t in group)

    def groups(self, endpoint_terms: tuple[str, ...]) -> list[TermPattern] | None:
        if endpoint_terms not in self._compiled:
            pats = [compile_terms(g, endpoint_terms) for g in self.all_of]
            self._compiled[endpoint_terms] = None if any(p is None for p in pats) else pats
        return self._compiled[endpoint_terms]

    def satisfied_sentences(self, run: "RuleRun", endpoint: str | None,
                            reported: dict[int, set] | None = None) -> list[int]:
        """Sorted indexes of the sentences of the document that satisfy this statement (the caller
        keeps them per endpoint for the document: :meth:`RequiresIf.check`). ``reported``: sentence
        index -> the endpoints the rule's triggers found there (a claim identified by its figures,
        "lived a median of 7.7 months", names no endpoint: an anaphor after it refers to them)."""
        pats = self.groups(run.endpoint_terms(endpoint) if endpoint else ())
        out: list[int] = []
        notes = [n for n in run.ctx.document.metadata.get("notes") or () if isinstance(n, (tuple, list)) and len(n) == 2]
        if pats:
            index = run.index
            for i in index.sentences_with(pats[0]):
                s, e = index.sentence_span(i)
                if notes and any(a <= s < b for a, b in notes):
                    continue    # a presenter's note (documents/markdown.py): said aloud, not on the slide
                if index.is_question(i):
                    # a question states nothing ("Was the analysis post hoc?", "Why was the endpoint not
                    # met?"): with its answer it may ("… post hoc? Yes: it was planned after
                    # unblinding" holds the statement in the answer, counted there)
                    j = self._answers(run, i, pats)
                    if j is not None:
                        out.append(j)
                    continue
                if not all(p.search(index, s, e) for p in pats[1:]):
                    continue
                if self.negation_free and not all(_free_mention(p, index, s, e) for p in pats):
                    continue
                if self.negated is None:
                    if not (self.labels and self.labelled_only(index, i, pats)):
                        out.append(i)
                elif _NEGATION_CUE.search(index.lowered, s, e) and self.negated_about_subject(run, s, e, endpoint, pats[0]):
                    out.append(i)
            if self.negated is not None and endpoint and len(pats) == 1:
                # "... DFS 9.1 vs 7.4 months. The difference did not reach significance."
                done = set(out)
                for i, a, b, before in _anaphoric_sentences(run):
                    if i not in done and (endpoint in _antecedent_endpoints(run, before)
                                          or endpoint in (reported or {}).get(before, ())):
                        s, e = index.sentence_span(i)
                        if self.negated_about_subject(run, s, e, endpoint, pats[0], anaphor=(a, b)):
                            out.append(i)
                out.sort()
        return sorted(set(out))

    def _answers(self, run: "RuleRun", q: int, pats: list[TermPattern]) -> int | None:
        """The answer to question ``q`` (its sentence index) when the two together state this
        statement (a statement given by terms or concepts, not a negated one): every group in
        the question and its answer, at least one in the answer, outside a negation's scope."""
        index = run.index
        answer = index.answer_of(q)
        if answer is None or self.negated is not None:
            return None
        a, b = answer
        qs = index.sentence_span(q)[0]
        if not any(p.search(index, a, b) for p in pats):
            return None
        if not pats[0].search(index, a, b) and not index.answer_refers_back(
                a, b, [h for p in pats for h, _, _ in p.finditer(index, a, b)]):
            return None     # the answer does not name what was asked about, nor refers back to it
        for p in pats:
            hits = p.finditer(index, qs, b)
            if not hits or (self.negation_free and all(
                    negated(index.lowered, index.sentence_of(h)[0], h) for h, _, _ in hits)):
                return None
        return index.sentence_index(a)

    def labelled_only(self, index, i: int, pats: list[TermPattern]) -> bool:
        """Sentence ``i`` holds the statement's words only as a label of the analysis (module doc,
        "Labels"): every match of the statement lies inside a ``labels`` term used attributively
        ("In an exploratory, post hoc analysis, 87% …", "Projected survival (exploratory): 20.6%",
        "## After transplant (pooled, exploratory)"), not as a predicate ("These results are
        exploratory", "Findings (all exploratory)"), and the sentence is no note of its own (a
        line that opens with the label and gives no figure: "*Exploratory analysis.*")."""
        if "labels" not in self._compiled:
            self._compiled["labels"] = compile_terms(self.labels, ())
        pat = self._compiled["labels"]
        if pat is None:
            return False
        s, e = index.sentence_span(i)
        spans = [(a, b) for a, b, _ in pat.finditer(index, s, e)]
        if not spans:
            return False
        hits = [(a, b) for p in pats for a, b, _ in p.finditer(index, s, e)]
        if not all(any(la <= a and b <= lb for la, lb in spans) for a, b in hits):
            return False   # the sentence says more than the label ("…; interpret with caution")
        lowered = index.lowered
        if any(_predicative(lowered, s, a) for a, _ in spans):
            return False
        if not index.is_heading_like(i):
            if _NOTE_WORD.match(lowered, s, e):
                return False   # a caveat headed as one: "Note: subgroup analysis, exploratory"
            lead = _NOTE_LEAD.match(lowered, s, e)
            if lead and any(a == lead.end() for a, _ in spans) and not _ASCII_DIGIT.search(lowered, s, e) \
                    and (_MARKED_START.match(index.text, s, e) or len(lowered[s:e].split()) <= _NOTE_WORDS):
                return False   # a note of its own: "*Exploratory analysis.*", "¹ Exploratory estimate; …"
        return True

    def negated_about_subject(self, run: "RuleRun", s: int, e: int, endpoint: str | None,
                              subject: TermPattern, anaphor: tuple[int, int] | None = None) -> bool:
        """Steps 2 (structural) and 3 (exemplar) for the sentence [s, e). ``anaphor``: the span of
        the sentence's subject when it refers back to ``endpoint`` ("The difference", "It"): it
        stands for a mention of the endpoint (module doc, "Anaphora")."""
        index = run.index
        sentence = index.text[s:e]
        doc, negs = run.tokens().negations(sentence)
        mentions = [(a - s, b - s, lab) for a, b, lab in run.endpoint_mentions(s, e)] if endpoint else []
        if anaphor is not None:
            mentions = sorted(mentions + [(anaphor[0] - s, anaphor[1] - s, endpoint)])

        neg = self.negated

        def about_subject(char: int) -> bool:
            if not endpoint:
                return True
            before = [m for m in mentions if m[1] <= char]
            near = before[-1] if before else next((m for m in mentions if m[0] >= char), None)
            # "follow-up for {endpoint} did not differ": the negation is about the measure
            return near is not None and near[2] == endpoint and not neg.measure_bound(sentence, near[0], near[1])

        def denies_a_limit(t: int) -> bool:
            """The cue at token ``t`` denies a limit, not a result: "not the only …", "not just"."""
            for j in range(t + 1, min(len(doc), t + 3)):
                w = doc[j].lower_
                if w in NOT_NEGATING_NEXT:
                    return True
                if w not in ("the", "a", "an"):
                    return False
            return False

        for t in negs:
            tok = doc[t]
            # the tokenizer reads line wraps and runs of blanks as one space (pipeline.WrapMap):
            # the cue's offset in the sentence as written
            at = Tokens.offset(doc, tok.idx)
            if not about_subject(at) or denies_a_limit(t) or instruction(
                    sentence, at, doc[t + 1].text if t + 1 < len(doc) else ""):
                continue
            if tok.lower_ in ("insignificant", "nonsignificant"):
                return True
            reach = min(neg.window, _DETERMINER_WINDOW) if tok.lower_ in _DETERMINERS else neg.window
            for j in range(t + 1, min(len(doc), t + 1 + reach)):
                if neg.untested and neg.is_untested(doc[j].text):
                    break
                if neg.is_predicate(doc[j].text):
                    return True
        # step 3: exemplars, on the sentence from the first subject mention on
        subject_spans = [(a - s, b - s) for a, b, _ in subject.finditer(index, s, e)] if subject is not None else []
        if anaphor is not None:
            subject_spans = sorted(subject_spans + [(anaphor[0] - s, anaphor[1] - s)])
        if not self.examples or not subject_spans:
            return False
        start = subject_spans[0][0]
        clause = sentence[start:]
        lowered = clause.lower()

        def tested(m: re.Match) -> bool:
            """The cue does not deny a test ("not formally tested for significance") nor a limit
            ("not the only primary endpoint")."""
            nxt = [w for w in lowered[m.end():].split()[:2] if w not in ("the", "a", "an")]
            if nxt and nxt[0].strip(",.;:") in NOT_NEGATING_NEXT:
                return False
            if not (neg and neg.untested):
                return True
            for w in lowered[m.end():].split()[: neg.window]:
                if neg.is_predicate(w):
                    return True
                if neg.is_untested(w):
                    return False
            return True

        def instructs(m: re.Match) -> bool:
            """The cue opens an instruction to the presenter ("do not call it a benefit")."""
            nxt = lowered[m.end():].split()[:1]
            return instruction(sentence, start + m.start(), nxt[0].strip(",.;:") if nxt else "")

        if not any(about_subject(start + m.start()) and tested(m) and not instructs(m)
                   for m in _NEGATION_CUE.finditer(lowered)):
            return False
        for a, b in sorted(subject_spans, reverse=True):
            clause = clause[: a - start] + " {endpoint} " + clause[b - start:]
        probe = " ".join(_normalise(clause).split()[:30])
        best = max(fuzz.token_sort_ratio(probe, _normalise(ex)) for ex in self.examples)
        return best >= self.threshold


# ============================================================================ labels

#: before a label, what makes it a predicate: a copula or a verb of classing ("are exploratory",
#: "is considered exploratory", "remain exploratory") or a quantifier over the results ("(all
#: exploratory)"), with only adverbs or other analysis labels between ("are post hoc and
#: exploratory", "were all purely exploratory"). Generic English.
_PREDICATORS = frozenset("""is are was were be been being 're 's remain remains remained stay stays seem seems
    seemed appear appears appeared considered deemed regarded viewed classed classified described labelled
    labeled termed called all""".split())
_BETWEEN = frozenset("""all both each purely entirely strictly only largely also still therefore thus hence
    wholly essentially exclusively primarily mainly necessarily inherently intrinsically considered as by
    nature design and or , post hoc post-hoc pooled subgroup retrospective descriptive hypothesis-generating
    secondary""".split())
_WORDS_BEFORE = re.compile(r"[\w'-]+|[,(:;\[\]|]")
#: the start of a note line: marks, emphasis, brackets and spaces before its first word
_NOTE_LEAD = re.compile("[^a-z0-9]{0,8}")
_ASCII_DIGIT = re.compile("[0-9]")
#: a line headed as a caveat ("Note:", "Caveat:", "Caution -", "Important:", "Limitation:")
_NOTE_WORD = re.compile("[^a-z0-9]{0,8}(?:note|nb|n\\.b\\.|caveat|caution|important|disclaimer|limitations?)"
                        "[*_]{0,2}\\s{0,2}[:\u2013\u2014]")
#: a note of its own that is no marked footnote has at most this many words ("Exploratory analysis.")
_NOTE_WORDS = 8


def _predicative(lowered: str, s: int, a: int) -> bool:
    """The label starting at ``a`` is a predicate of its sentence (which starts at ``s``): the
    nearest word before it that is no adverb or other label is a copula, a verb of classing or
    "all"."""
    words = _WORDS_BEFORE.findall(lowered, max(s, a - 80), a)
    for w in reversed(words[-8:]):
        if w in _PREDICATORS:
            return True
        if w not in _BETWEEN:
            return False
    return False


# ============================================================================ anaphora

#: a sentence whose subject refers back to what the sentence before it reported: a pronoun, or a
#: definite noun phrase whose head names a result or a comparison ("The difference", "This
#: endpoint", "That comparison", "The observed between-arm difference"), after an optional
#: connective ("However, the difference ..."). English grammar, no product words.
_ANAPHOR = re.compile(
    r"[\s>*_#\u2022\u25aa\u25cf\u2013-]{0,6}(?:\d{1,2}[.)]\s{1,3})?"
    r"(?:(?:however|but|yet|still|nonetheless|nevertheless|importantly|notably|again),?\s{1,3})?"
    r"((?:this|that|these|those|it)(?=[\s,])"
    r"|(?:the|this|that|these|those|such)\s{1,3}(?:[a-z][a-z-]{0,24}\s{1,3}){0,2}?"
    r"(?:differences?|endpoints?|end\s{1,3}points?|results?|comparisons?|findings?|improvements?|"
    r"gains?|benefits?|advantages?|effects?|outcomes?|analys[ie]s|trends?|hazard\s{1,3}ratios?|"
    r"observations?|prolongation|extension|data|estimates?)(?![a-z-]))")
#: between two sentences of one paragraph or list item: no blank line, no new item or table row
_NEW_BLOCK = re.compile(r"\n[ \t]*(?:\n|[\u2022\u25aa\u25cf\u2013*|-]|\d{1,2}[.)][ \t]|#)")


def _anaphoric_sentences(run) -> list[tuple[int, int, int, int]]:
    """(sentence index, anaphor start, anaphor end, antecedent sentence index) of the sentences that
    open with an anaphoric subject, hold a negation cue, and continue the paragraph or list item of
    the sentence before them (memoised per document). The antecedent is the sentence before, or,
    where that is only a bracket the splitter cut off its figure ("DFS HR 0.81" | "(95% CI 0.66 to
    0.99)." | "The difference ..."), the sentence before the bracket, in the same paragraph."""
    key = ("anaphoric-sentences",)
    if key in run.memo:
        return run.memo[key]
    index = run.index
    text, lowered = index.text, index.lowered
    out: list[tuple[int, int, int]] = []
    for i in range(1, len(index.sentences)):
        s, e = index.sentence_span(i)
        m = _ANAPHOR.match(lowered, s, e)
        if not m or not _NEGATION_CUE.search(lowered, m.end(1), e):
            continue
        ps, pe = index.sentence_span(i - 1)
        if _NEW_BLOCK.search(text, pe, m.start(1)) or index.sentence_section(i - 1) != index.sentence_section(i) \
                or index.is_heading_like(i - 1):
            continue
        before = i - 1
        if before > 0 and text[ps:ps + 1] == "(" and not _NEW_BLOCK.search(text, index.sentence_span(before - 1)[1], ps) \
                and index.sentence_section(before - 1) == index.sentence_section(i):
            before -= 1
        out.append((i, m.start(1), m.end(1), before))
    run.memo[key] = out
    return out


def _free_mention(pat: TermPattern, index, s: int, e: int) -> bool:
    """A mention of ``pat`` in [s, e) outside the scope of a negation (concepts.py)."""
    return any(not negated(index.lowered, s, a) for a, _, _ in pat.finditer(index, s, e))


def _antecedent_endpoints(run, i: int) -> set[str]:
    """The endpoints sentence ``i`` reports: those of its claims (the figures it gives), else
    those it names when it gives no figure of any endpoint."""
    s, e = run.index.sentence_span(i)
    found = {c.endpoint for c in run.ctx.claims if s <= c.start < e and c.endpoint}
    return found or {lab for _, _, lab in run.endpoint_mentions(s, e)}


# ============================================================================ the rule type


@dataclass
class ClaimTrigger:
    endpoint_primary: str | None = None          # "not-met" | "met" | None
    endpoint_strength: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    exclude_kinds: tuple[str, ...] = ()
    analysis_cues: tuple[str, ...] = ()
    entry_analysis: tuple[str, ...] = ()      # the matched claims-library entry's analysis
    about_product: bool = False


#: match statuses that confirm a claim's endpoint (the value was compared with an entry of it)
_ENDPOINT_CONFIRMED = ("consistent", "mismatch", "more-precise", "arms-swapped")


def _rounded_into_other_population(claim, match) -> bool:
    """The claim agrees with its entry only once the entry's figure is rounded (78% for 77.5%),
    and the text gives the claim another population than the entry's: the link is too loose for
    the claim to inherit the entry's analysis (post hoc, subgroup, exploratory)."""
    entry = match.entry
    if not (claim.population and entry.population and claim.population != entry.population):
        return False
    if match.found is None or match.expected is None:
        return False
    return _digits(match.found) != _digits(match.expected)


#: a number as written, with a decimal point or comma ("19.34", "19,34"), not inside a longer number
_FIGURE = re.compile(r"(?<![\d.,])\d{1,6}[.,]\d{1,4}(?![.,]?\d)")

#: at most this many sentences before the first heading make the opening section a banner
_BANNER_SENTENCES = 6

#: typographic footnote markers ("By subgroup†:" … "† Subgroup analyses were not powered …")
_FOOTNOTE_MARKERS = "\u2020\u2021\u00a7\u00b6\u2016"   # † ‡ § ¶ ‖


#: the marks a result is pointed to its own footnote with, for ``require.footnote_by_mark``: not
#: digits, which writers also set for reference citations ("80.7%¹" cites a paper)
_OWN_FOOTNOTE_MARK = re.compile(r"[^\d]")
#: a lead-in of a result's paragraph that may carry the paragraph's mark ("Risk factors.† …"):
#: at most this many words, no figure
_LEAD_IN_WORDS = 4


def _own_marks(run, i: int) -> set[str]:
    """The footnote marks (no digits) that point the results of sentence ``i`` to their footnote:
    set in the sentence, in its headings, or in a short lead-in before it in its paragraph
    ("Risk factors.† Dual-alkylator conditioning (OR 8.61 …)")."""
    index = run.index
    text = index.text
    marks: set[str] = set()
    for j in [i, *index.headings_of(i)]:
        s, e = index.sentence_span(j)
        marks.update(_marks_in(text, s, e))
    first = _paragraph_of(run, i)[0]
    for j in range(i - 1, first - 1, -1):      # the nearest lead-in before it, with its mark
        s = index.sentence_span(j)[0]
        e = index.sentence_span(j + 1)[0]       # a mark after its full stop is set before the next
        words = re.findall(r"[^\W\d_]+", text[s:e])
        if len(words) <= _LEAD_IN_WORDS and not re.search(r"\d", _ANY_MARK.sub("", text[s:e])):
            marks.update(_marks_in(text, s, e))
            break
    return {m for m in marks if _OWN_FOOTNOTE_MARK.match(m)}


def _other_marks_footnotes(run, i: int, ok: list[int]) -> list[int]:
    """The satisfying sentences that are (or continue) a footnote under another mark than those
    that point sentence ``i``'s results to their footnote, when it carries such marks: a caveat
    under "‡" speaks for the results marked "‡", not for a "†" result whose own footnote is gone."""
    marks = _own_marks(run, i)
    if not marks:
        return []
    keys = _footnote_keys(run)
    return [j for j in ok if j in keys and keys[j] not in marks]


def _footnoted(run, i: int, ok: list[int]) -> bool:
    """A satisfying sentence is (or continues) the footnote that a mark in sentence ``i`` (or in
    the heading or lead-in above it) refers to: the footnote opens with the same mark, wherever it
    stands in the document (:func:`_marks_in`, :func:`_footnote_key`). A mark links to its own
    footnote only: a result marked "(a)" is not covered by a caveat footnote "(b)"."""
    if not ok:
        return False
    index = run.index
    marks: set[str] = set()
    for j in [i, *index.headings_of(i)]:
        s, e = index.sentence_span(j)
        marks.update(_marks_in(index.text, s, e))
    if not marks:
        return False
    keys = _footnote_keys(run)
    return any(j != i and keys.get(j) in marks for j in ok)


#: a footnote's mark as writers set it on a table row or a figure: a typographic marker, a
#: superscript digit, or a single asterisk glued to the word or figure it marks ("Overall
#: survival*", "7.7 months*"; an emphasis pair "*text*" or "**bold**" is no mark)
_SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
#: superscript letters: the mark the document readers leave of a "<sup>a</sup>" footnote mark
_SUPERSCRIPT_LETTERS = ("\u1d43\u1d47\u1d9c\u1d48\u1d49\u1da0\u1d4d\u02b0\u2071\u02b2\u1d4f\u02e1\u1d50\u207f"
                        "\u1d52\u1d56\u02b3\u02e2\u1d57\u1d58\u1d5b\u02b7\u02e3\u02b8\u1dbb")
_ANY_MARK = re.compile(f"[{_FOOTNOTE_MARKERS}]+|[{_SUPERSCRIPT_DIGITS}]+|[{_SUPERSCRIPT_LETTERS}]")
#: a footnote line opening with its mark ("†The primary endpoint …", "* Not significant", "¹ …")
_MARKED_START = re.compile(f"[\\s>_(\\[]{{0,6}}([{_FOOTNOTE_MARKERS}]+|[{_SUPERSCRIPT_DIGITS}]+|"
                           f"[{_SUPERSCRIPT_LETTERS}]|\\*(?!\\*))")
#: what a footnote that does not name its endpoint must speak of to state that the marked
#: endpoint's primary analysis failed (not "† Median not reached at data cut-off"): the endpoint
#: as a primary one, its significance or boundary, or that it was not met (generic English)
_RESULT_WORDS = re.compile(r"\b(?:primary|endpoints?|end\s{1,3}points?|significan\w{0,8}|statistical\w{0,4}|"
                           r"boundary|threshold|superiority|met|meet)\b", re.IGNORECASE)


def _row_marks(text: str, s: int, e: int) -> list[tuple[int, str]]:
    """(offset, mark) of the footnote marks in [s, e): typographic markers, superscript digits,
    and single asterisks glued to a word, figure or bracket before them that close no emphasis
    (an even number of asterisks before them on their line)."""
    out = [(m.start(), m.group()) for m in _ANY_MARK.finditer(text, s, e)]
    at = text.find("*", s, e)
    while at != -1:
        run_end = at
        while run_end < e and text[run_end] == "*":
            run_end += 1
        if run_end - at == 1 and at > s and (text[at - 1].isalnum() or text[at - 1] in ")%]"):
            line_start = max(s, text.rfind("\n", s, at) + 1)
            if text.count("*", line_start, at) % 2 == 0:
                out.append((at, "*"))
        at = text.find("*", run_end, e)
    return sorted(out)


def _marked_footnotes(run) -> dict[str, list[int]]:
    """mark -> the sentences that open with it (the footnotes of the document), memoised."""
    key = ("marked-footnotes",)
    if key not in run.memo:
        index = run.index
        out: dict[str, list[int]] = {}
        for j in range(len(index.sentences)):
            s, e = index.sentence_span(j)
            m = _MARKED_START.match(index.text, s, e)
            if m:
                out.setdefault(m.group(1), []).append(j)
        run.memo[key] = out
    return run.memo[key]


#: superscript digits and letters back to the characters they raise ("¹" -> "1", "ᵃ" -> "a")
_UNRAISE = {**{c: str(d) for d, c in enumerate(_SUPERSCRIPT_DIGITS)},
            **dict(zip(_SUPERSCRIPT_LETTERS, "abcdefghijklmnoprstuvwxyz"))}
#: a footnote mark in running text, as writers set it and the readers leave it: typographic
#: markers ("survival†"), superscript digits or a letter (what the readers leave of "<sup>1</sup>",
#: "<sup>a</sup>"), a Markdown footnote reference ("[^1]"), a letter in brackets right after what it
#: marks or one space on ("77.5%(a)", "23.9% [b]"), a number in brackets glued to it
#: ("respectively(1)"; "47 (34)" is a count and its percentage); asterisks: :func:`_asterisk_marks`
_IN_TEXT_MARK = re.compile(
    f"([{_FOOTNOTE_MARKERS}]+)|([{_SUPERSCRIPT_DIGITS}]+)|([{_SUPERSCRIPT_LETTERS}])"
    r"|\[\^([^\]\s^]{1,24})\]"
    r"|(?<=[\w%)\].,;:])(?:[ \t]?[(\[]([a-zA-Z])[)\]]|[(\[](\d{1,2})[)\]])(?![\w(\[])")
#: a footnote's opening mark: at the start of its sentence, after spaces, a quote or emphasis
_NOTE_MARK = re.compile(
    f"[\\s>_]{{0,6}}(?:[*(\\[]{{0,2}}([{_FOOTNOTE_MARKERS}]+)|([{_SUPERSCRIPT_DIGITS}]+)|([{_SUPERSCRIPT_LETTERS}])"
    r"|\[\^([^\]\s^]{1,24})\]:?|\(([a-zA-Z]|\d{1,2})\)|\[([a-zA-Z]|\d{1,2})\]|([a-z])\)"
    r"|(\*(?:[ \t]?\*){0,2}))[)\]:.]?(?=[ \t]{0,24}[\w\"'(])")
#: how far back on its line an emphasis may open for an asterisk to close it
_EMPHASIS_REACH = 400
_ASTERISKS = re.compile(r"\*(?:[ \t]?\*){0,2}")


def _mark_key(m: re.Match) -> str:
    """The mark a match of :data:`_IN_TEXT_MARK` or :data:`_NOTE_MARK` stands for: superscripts
    unraised and the forms of one letter or number ("(a)", "[a]", "ᵃ", "a)"; "¹", "(1)", "[^1]")
    the same mark; asterisks counted ("**")."""
    g = next(x for x in m.groups() if x is not None)
    if g[0] == "*":
        return "*" * g.count("*")
    return "".join(_UNRAISE.get(c, c) for c in g).lower()


def _asterisk_marks(text: str, s: int, e: int) -> list[tuple[int, str]]:
    """(offset, mark) of the asterisk footnote marks in [s, e): one to three asterisks ("*", "**",
    or "* *" as a Markdown reader leaves escaped ones) glued to the word, figure or bracket they
    mark, or one space after it before punctuation or the end ("51%*", "(P<0.001)**", "23.9% *."),
    that close no emphasis opened before them on their line ("*italic*", "**bold**" are none)."""
    out: list[tuple[int, str]] = []
    line = max(text.rfind("\n", 0, s) + 1, s - _EMPHASIS_REACH)
    open_runs: list[int] = []
    for m in _ASTERISKS.finditer(text, line, e):
        a, b = m.span()
        n = m.group().count("*")
        prev = text[a - 1] if a > line else " "
        nxt = text[b] if b < len(text) else "\n"
        if not prev.isspace() and n in open_runs:
            open_runs.remove(n)          # closes an emphasis
            continue
        glued = prev.isalnum() or prev in ")%]"
        spaced = prev == " " and a - 1 > line and (text[a - 2].isalnum() or text[a - 2] in ")%]") \
            and (nxt in ".,;:|)\n" or b == e)
        if (glued and not nxt.isalnum()) or spaced:
            if a >= s:
                out.append((a, "*" * n))
        elif not nxt.isspace():
            open_runs.append(n)          # opens an emphasis ("*italic", "**bold")
    return out


def _marks_in(text: str, s: int, e: int) -> set[str]:
    """The footnote marks set in [s, e) (:data:`_IN_TEXT_MARK`, :func:`_asterisk_marks`)."""
    marks = {_mark_key(m) for m in _IN_TEXT_MARK.finditer(text, s, e)}
    marks.update(mark for _, mark in _asterisk_marks(text, s, e))
    return marks


def _note_key(text: str, s: int, e: int) -> str | None:
    """The mark sentence [s, e) opens with as a footnote ("(a) Exploratory …", "† Post hoc …",
    "[^1]: …", "* Not powered …"), or None. An asterisk that opens an emphasis closed on the same
    line ("*Exploratory analysis.*") is no mark."""
    m = _NOTE_MARK.match(text, s, e)
    if m is None:
        return None
    key = _mark_key(m)
    if key[0] == "*":
        end = text.find("\n", m.end(), m.end() + _EMPHASIS_REACH)
        rest = text[m.end():end if end != -1 else min(len(text), m.end() + _EMPHASIS_REACH)]
        if re.search(r"\S" + re.escape(key) + r"(?!\*)", rest):
            return None
    return key


#: a footnote goes on for at most this many sentences after the one that opens with its mark
_NOTE_SENTENCES = 3


def _footnote_keys(run) -> dict[int, str]:
    """sentence -> the mark of the footnote it opens or continues (memoised): a sentence that
    opens with a mark (:func:`_note_key`), and the sentences that follow it in its paragraph
    (no blank line, item or row between, no mark of their own), at most ``_NOTE_SENTENCES`` on
    ("(a) Subgroup analysis. It was not powered for comparison.")."""
    key = ("footnote-keys",)
    if key not in run.memo:
        index = run.index
        text = index.text
        out: dict[int, str] = {}
        current, left = None, 0
        for j in range(len(index.sentences)):
            s, e = index.sentence_span(j)
            mark = _note_key(text, s, e)
            if mark is not None:
                out[j] = current = mark
                left = _NOTE_SENTENCES
                continue
            if current is not None and left and not index.is_heading_like(j) \
                    and not _NEW_BLOCK.search(text, index.sentence_span(j - 1)[1], s + 1):
                out[j] = current
                left -= 1
            else:
                current, left = None, 0
        run.memo[key] = out
    return run.memo[key]


def _not_met_by_mark(run, statement: "Statement", i: int, endpoint: str) -> bool:
    """Sentence ``i`` (a table row, a figure) marks its ``endpoint`` with a footnote mark, and the
    footnote opening with that mark states a primary analysis that was not met without naming
    the endpoint again ("Overall survival† | 7.7 months …" and "†The primary endpoint was not met
    (p=0.0994)"): the mark ties the statement to the endpoint it stands after. A mark after
    another endpoint of the sentence (the nearest endpoint named before it) is that endpoint's;
    a footnote naming only another endpoint is about that one; the footnote (with the sentences
    that continue its paragraph) must hold a negation governing a predicate, as a statement
    naming the endpoint must, and speak of a result (primary, endpoint, significance, boundary,
    met)."""
    index = run.index
    text = index.text
    s, e = index.sentence_span(i)
    marks = _row_marks(text, s, e)
    if not marks:
        return False
    footnotes = _marked_footnotes(run)
    mentions = run.endpoint_mentions(s, e)
    for at, mark in marks:
        before = [m for m in mentions if m[1] <= at]
        if before and before[-1][2] != endpoint:
            continue
        if not before and mentions and all(m[2] != endpoint for m in mentions):
            continue
        for j in footnotes.get(mark, ()):
            if j == i:
                continue
            last = j
            while last + 1 < len(index.sentences) and last < j + 3 and not _NEW_BLOCK.search(
                    text, index.sentence_span(last)[1], index.sentence_span(last + 1)[0] + 1):
                last += 1
            for k in range(j, last + 1):
                ks, ke = index.sentence_span(k)
                if not _speaks_of(run, k, endpoint) or not _RESULT_WORDS.search(text, ks, ke):
                    continue
                if _NEGATION_CUE.search(index.lowered, ks, ke) and statement.negated_about_subject(
                        run, ks, ke, None, None):
                    return True
    return False


def _unit_covered(run, scope: Scope, i: int, ok: list[int], t: "Trigger",
                  forward: frozenset[int] = frozenset(), backward: frozenset[int] = frozenset(),
                  near: list[int] | None = None) -> bool:
    """Sentence ``i`` is covered by a satisfying sentence through the unit it belongs to: a list
    (its lead-in ending with a colon and its item lines) read as one sentence, as a table is, for
    a scope of sentences; a heading that names the trigger's analysis (scope with ``heading``);
    the passage a satisfying heading or a disclaimer for what follows opens (scope with
    ``heading``: :func:`_forward_passage`). Through a unit, a satisfying sentence that names
    another endpoint and not the trigger's ("The survival comparisons are descriptive") covers
    only claims of what it names. ``near``: the satisfying sentences that may count by distance
    (``scope.own_section``: not another section's own caveat), ``ok`` by default."""
    if not ok:
        return False
    index = run.index
    if scope.kind == "sentences":
        first, last = index.list_of(i)
        near = ok if near is None else near
        if (first, last) != (i, i):
            window = near[bisect.bisect_left(near, first - scope.n):bisect.bisect_right(near, last + scope.n)]
            if any(_speaks_of(run, j, t.endpoint) for j in window):
                return True
    if not scope.heading:
        return False
    return _under_analysis_heading(run, i, ok, t) or _in_forward_passage(run, i, ok, t, forward) \
        or _in_backward_passage(run, i, ok, t, backward)


def _in_section_after(run, i: int, ok: list[int], t: "Trigger", trigger_sentences: frozenset[int],
                      preamble: frozenset[int] = frozenset()) -> bool:
    """A satisfying sentence whose own block (back to the heading before it, on to the heading
    after it) holds no claim it could speak for speaks for the block that follows: a structured
    abstract's Methods ("These analyses were not prespecified and are hypothesis-generating") for
    its Results, a checklist's item ("Subgroup results below are exploratory") for the section
    after it. Only the next block, and at most ``_FORWARD_REACH`` sentences on; a preamble's
    disclaimer for what follows (``preamble``: :func:`_preamble_sentences`) speaks for all the
    blocks after it, past their headings, as far (``_FORWARD_REACH`` sentences)."""
    k = bisect.bisect_left(ok, i)
    for j in reversed(ok[:k]):
        if j in preamble:
            if i - j <= _FORWARD_REACH and _speaks_of(run, j, t.endpoint):
                return True
            continue
        if i - j > _FORWARD_REACH:
            continue
        start, end = _block_of(run, j)
        if i < end or any(start <= x < end for x in trigger_sentences):
            continue
        # the next block: past a stack of headings, heading-like lines (more checklist items) and
        # bare item numbers ("5." before "SUBGROUPS"), none of them a claim's sentence
        k = end
        while k < i and k not in trigger_sentences and (_is_boundary(run.index, k) or _bare(run.index, k)):
            k += 1
        if i < _block_of(run, k)[1] and _speaks_of(run, j, t.endpoint):
            return True
    return False


def _preamble_sentences(run, forward: frozenset[int]) -> frozenset[int]:
    """The sentences of a preamble's disclaimer for what follows: a sentence with a ``forward``
    term ("The information below comes from a post hoc analysis", "what follows is exploratory"),
    or the sentence right after one in its paragraph ("… Because these analyses were not
    prespecified, the results are exploratory"), that stands before the document's first result
    in a block that gives none (the summary above a medical-information response's numbered
    sections, an introduction). It speaks for the document's results after it, past their
    headings (:func:`_in_section_after`). A forward disclaimer in a block that gives results, or
    after the first result of the document, keeps to its passage (:func:`_forward_passage`)
    (memoised)."""
    key = ("preamble", frozenset(forward))
    if key in run.memo:
        return run.memo[key]
    index = run.index
    results = _result_sentences(run)
    first_result = min(results) if results else len(index.sentences)
    found: set[int] = set()
    for j in forward:
        if j >= first_result:
            continue
        found.add(j)
        first, last = _paragraph_of(run, j)
        if j + 1 < last:
            found.add(j + 1)
    out = set()
    for j in found:
        start, end = _block_of(run, j)
        if j < first_result and not any(start <= x < end for x in results):
            out.add(j)
    run.memo[key] = frozenset(out)
    return run.memo[key]


def _opens_block(run, i: int, ok: list[int], trigger_sentences: frozenset[int]) -> bool:
    """A satisfying sentence of its own (no trigger in it) in the first paragraph under the heading
    of sentence ``i``'s block, before any result of that block, speaks for the block: a caveat set
    first under a heading ("> Post hoc analysis, not powered; interpret with caution." then the
    results; "On screen: everything here is exploratory …"), at most ``_FORWARD_REACH`` sentences
    on. A block with no heading over it has no opening paragraph: a caveat far before a result
    in running text is another analysis's."""
    start, end = _block_of(run, i)
    index = run.index
    # a lead-in line ending with a colon ("Median survival by response status:" over a list or table) is
    # heading-like but opens no section of its own: the caveat opening the section it lies in
    # speaks for it and what it introduces
    while 0 < start < i and _lead_in(index, start) and index.sentence_section(start - 1) == index.sentence_section(i):
        start = _block_of(run, start - 1)[0]
    if start + 1 >= i or not _is_boundary(index, start):
        return False
    first, last = _paragraph_of(run, start + 1)
    k = bisect.bisect_left(ok, first)
    for j in ok[k:]:
        if j >= min(i, last) or i - j > _FORWARD_REACH:
            break
        if j not in trigger_sentences and not any(start < x < j for x in trigger_sentences):
            return True
    return False


def _lead_in(index, k: int) -> bool:
    """Sentence ``k`` is a heading-like line (not a heading) that ends with a colon, before its
    reference marks: a list's or table's lead-in."""
    if _heading_level(index, k) is not None or not index.is_heading_like(k):
        return False
    s, e = index.sentence_span(k)
    line = index.text[s:e].rstrip()
    return line.endswith(":") or MARKED_COLON_END.search(line) is not None


def _is_boundary(index, k: int) -> bool:
    """Sentence ``k`` is a heading, a heading-like line or a section break's first sentence."""
    return _heading_level(index, k) is not None or index.is_heading_like(k)


_WORD = re.compile(r"[^\W\d_]{2,}")


def _heading_between(index, j: int, i: int) -> bool:
    """A heading or heading-like line (not a list's lead-in ending with a colon) stands between
    sentences ``j`` and ``i`` (either order), or opens the later one's section: they are read
    under different headings."""
    lo, hi = min(j, i), max(j, i)
    return any(_is_boundary(index, k) and not _lead_in(index, k) for k in range(lo + 1, hi + 1))


def _bare(index, k: int) -> bool:
    """Sentence ``k`` holds no word: an item number ("5."), a rule or a mark."""
    s, e = index.sentence_span(k)
    return not _WORD.search(index.text, s, e)


def _block_of(run, j: int) -> tuple[int, int]:
    """The sentences between the heading (or heading-like line, or section break) before sentence
    ``j`` and the one after it: [start, end), ``end`` the next heading's sentence (memoised)."""
    key = ("block", j)
    if key in run.memo:
        return run.memo[key]
    index = run.index
    n = len(index.sentences)

    def boundary(k: int) -> bool:
        return _is_boundary(index, k)
    section = index.sentence_section(j)
    start = j
    while start > 0 and j - start < _FORWARD_REACH and not boundary(start) \
            and index.sentence_section(start - 1) == section:
        start -= 1
    end = j + 1
    while end < n and end - j < _FORWARD_REACH and not boundary(end) and index.sentence_section(end) == section:
        end += 1
    run.memo[key] = (start, end)
    return start, end


#: a list item's or table row's line start: a bullet, a number, a cell bar
_ITEM_START = re.compile(r"[ \t]{0,8}(?:[\u2022\u25aa\u25cf\u2013*|-]|\d{1,2}[.)][ \t])")


#: a list item's marker at its line's start: a bullet or a number
_BULLET = re.compile(r"[ \t]{0,8}(?:[\u2022\u25aa\u25cf\u2013*-][ \t]|\d{1,2}[.)][ \t])")


def _leaves_item(text: str, a: int, b: int) -> bool:
    """The sentence starting at ``b`` opens a line (the one before it ended at ``a``) indented no
    deeper than the marker of the list item above it: a note after the list ("  - After cycle 2:
    41.3%" then "  Interpret with caution: …"), not the item's wrapped text."""
    line_start = text.rfind("\n", 0, b) + 1
    if line_start <= a:
        return False
    indent = len(text[line_start:b]) - len(text[line_start:b].lstrip(" \t"))
    pos = line_start - 1
    for _ in range(20):
        ls = text.rfind("\n", 0, pos) + 1
        line = text[ls:pos]
        if not line.strip():
            return False
        if _BULLET.match(text, ls, pos):
            return indent <= len(line) - len(line.lstrip(" \t"))
        if ls == 0:
            return False
        pos = ls - 1
    return False


def _paragraph_of(run, j: int) -> tuple[int, int]:
    """[start, end) of the paragraph, list item or table row that sentence ``j`` is in: the
    consecutive sentences of its section with no blank line, new item, row, heading or
    heading-like line between them, at most ``_FORWARD_REACH`` either way (memoised)."""
    key = ("paragraph", j)
    if key in run.memo:
        return run.memo[key]
    index = run.index
    text = index.text
    n = len(index.sentences)
    section = index.sentence_section(j)

    def joined(k: int) -> bool:     # sentences k and k + 1 are of one paragraph, item or row
        if index.sentence_section(k + 1) != section or index.is_heading_like(k) or index.is_heading_like(k + 1):
            return False
        a, b = index.sentence_span(k)[1], index.sentence_span(k + 1)[0]
        if _NEW_BLOCK.search(text, a, b + 1) or _leaves_item(text, a, b):
            return False
        return "\n" not in text[a:b] or not (index._on_row(k) or index._on_row(k + 1))

    start = j
    while start > 0 and j - start < _FORWARD_REACH and joined(start - 1):
        start -= 1
    end = j + 1
    while end < n and end - j < _FORWARD_REACH and joined(end - 1):
        end += 1
    run.memo[key] = (start, end)
    return start, end


#: a sentence whose subject (or an imperative's object) refers back to what was just said: a
#: pronoun or demonstrative ("This was a post hoc analysis", "These findings are exploratory",
#: "Such analyses are hypothesis-generating", "It was not powered", "Interpret these results with
#: caution"), after an optional note label, connective, "please note that" / "it is important to
#: note that", or an opening clause ("Being exploratory, this result …", "As this was post hoc, …").
#: A generic or definite subject ("Subgroup analyses were not powered", "The analysis was not
#: prespecified") is no reference back: it speaks of the section's analyses. English grammar only.
_REFERS_BACK = re.compile(
    r"[\s>*_(\[\u2022\u25aa\u25cf\u2013-]{0,6}"
    r"(?:(?:note|nb|n\.b\.|caveat|caution|important|limitations?)[*_]{0,2}\s{0,2}[:\u2013\u2014][*_]{0,2}\s{0,3})?"
    r"(?:(?:however|but|yet|still|again|also|importantly|notably|of\s{1,3}note|crucially|equally|that\s{1,3}said)"
    r"[,:]?\s{1,3})?"
    r"(?:(?:please\s{1,3})?note\s{1,3}(?:that\s{1,3})?|(?:it|this)\s{1,3}(?:is|was|should\s{1,3}be|must\s{1,3}be)\s{1,3}"
    r"(?:important\s{1,3}to\s{1,3}(?:note|remember|stress|emphasi[sz]e)|worth\s{1,3}(?:noting|remembering|stressing)|"
    r"noted|notable|of\s{1,3}note)\s{1,3}that\s{1,3})?"
    r"(?:(?:being|as|since|because|given(?:\s{1,3}that)?|although|though|while)\s{1,3}(?:[^,;.]{1,80}?,\s{1,3})?)?"
    r"(?:(?:please\s{1,3})?(?:interpret|read|view|consider|treat|regard)\s{1,3})?"
    r"(these|those|they|both|such|this|that"
    r"|it(?!\s{1,3}(?:is|was|should|must|may|might|would|remains)\s{1,3}(?:be\s{1,3})?(?:important|worth|noted|notable|"
    r"essential|crucial|recommended|advised|advisable|unclear|unknown|not|possible|likely|unlikely|impossible|"
    r"difficult|necessary|prudent|reasonable)))(?=[\s,;:])")


#: the references back that may stand for several results ("These subgroup results are exploratory")
_PLURAL = frozenset({"these", "those", "they", "both", "such"})


def _result_sentences(run) -> frozenset[int]:
    """The sentences that give a result of any analysis: a claim other than a count of people
    (memoised). A caveat that refers back to one ("… were alive at 2 years. Because the survival
    analysis did not reach significance, these rates should be interpreted with caution.") is
    that result's, even when the result is none of the rule's triggers."""
    key = ("result sentences",)
    if key not in run.memo:
        index = run.index
        run.memo[key] = frozenset(index.sentence_index(c.start) for c in run.ctx.claims
                                  if c.kind != ClaimKind.COUNT)
    return run.memo[key]


def _referred_back(run, j: int, first: int, last: int, item: bool,
                   trigger_sentences: frozenset[int], plural: bool = False) -> tuple[int, int] | None:
    """What a caveat sentence ``j`` of no result of its own that refers back (``_REFERS_BACK``)
    is attached to: the results before it in its paragraph, list item or table row ``[first,
    last)`` ("… median survival was 14.1 months. This was a post hoc analysis."), else, when it opens
    its paragraph or item, the block right before it (no heading between): the item before an
    item, the paragraph before a paragraph, a whole list or table before a paragraph ("…\n\nThese
    estimates are exploratory."); a plural reference ("These subgroup results …") the run of such
    blocks of results right before it, back to a heading or a block without one. The range covered
    (those blocks through the caveat's own paragraph), or None when no result comes right before
    it (a caveat under a heading, after a paragraph of methods: the section's).

    The results it refers back to need not be the rule's triggers: a caution given with other
    results ("At 2 years, 22.8% … were alive. Because the survival analysis did not reach
    significance, these rates should be interpreted with caution.") is theirs, and so covers no
    trigger; it does not speak for the subgroup table above that paragraph
    (:func:`_result_sentences`)."""
    index = run.index
    if any(first <= k < j for k in trigger_sentences):
        return first, last
    results = _result_sentences(run)
    if any(first <= k < j for k in results):
        return first, last
    if j != first or first == 0:
        return None
    section = index.sentence_section(j)
    found = None
    k = first - 1
    while k >= 0 and j - k <= _FORWARD_REACH:
        if index.sentence_section(k) != section or index.is_heading_like(k) or _heading_level(index, k) is not None:
            break
        start = _paragraph_of(run, k)[0]
        if not item:
            lead, _ = index.list_of(k)
            table, _ = index.table_of(k)
            start = min(start, lead, table)
        if not any(start <= x <= k for x in trigger_sentences):
            if found is None and any(start <= x <= k for x in results):
                found = start       # other results right before it: theirs, the blocks before are not
            break
        found = start
        if not plural:
            break
        k = start - 1
    return None if found is None else (found, last)


def _in_backward_passage(run, i: int, ok: list[int], t: "Trigger", backward: frozenset[int]) -> bool:
    """A satisfying sentence after sentence ``i`` with a ``backward`` term ("the cycle-by-cycle
    results above are from a post hoc analysis") covers ``i`` when ``i`` lies in the passage it
    looks back over (:func:`_backward_passage`)."""
    if not backward:
        return False
    k = bisect.bisect_right(ok, i)
    for j in ok[k:]:
        if j - i > _FORWARD_REACH:
            break
        if j in backward and _backward_passage(run, j) <= i and _speaks_of(run, j, t.endpoint):
            return True
    return False


def _backward_passage(run, j: int) -> int:
    """Where the passage that sentence ``j`` looks back over starts: the sentence after the
    previous heading (a reader's or a Markdown heading; a bold question or a label line goes on)
    or section break, at most ``_FORWARD_REACH`` sentences back (memoised)."""
    key = ("backward-passage", j)
    if key in run.memo:
        return run.memo[key]
    index = run.index
    section = index.sentence_section(j)
    start = max(0, j - _FORWARD_REACH)
    for k in range(j - 1, start - 1, -1):
        if index.sentence_section(k) != section or _heading_level(index, k) is not None:
            start = k + 1
            break
    run.memo[key] = start
    return start


#: a disclaimer for what follows covers at most this many sentences after it
_FORWARD_REACH = 40
#: what a label line is made of around its words ("**Moderator:**", "_Q:_"): it ends with a colon
_LABEL_EDGES = " \t*_"


def _in_forward_passage(run, i: int, ok: list[int], t: "Trigger", forward: frozenset[int]) -> bool:
    """A satisfying sentence before sentence ``i`` opens a passage that ``i`` lies in: a heading
    ("## Exploratory analyses", with its subsections) or a sentence with a ``forward`` term
    ("Everything I am about to show comes from post hoc analyses, which are hypothesis-generating")
    (:func:`_forward_passage`)."""
    index = run.index
    k = bisect.bisect_left(ok, i)
    for j in reversed(ok[:k]):
        if i - j > max(_FORWARD_REACH, _HEADING_REACH):
            break
        if j not in forward and _heading_level(index, j) is None:
            continue
        if i < _forward_passage(run, j, forward) and _speaks_of(run, j, t.endpoint):
            return True
    return False


#: a satisfying heading covers at most this many sentences of its section and those under it
_HEADING_REACH = 200


def _heading_level(index, j: int) -> int | None:
    """The level of the heading that sentence ``j`` is (a reader's heading, a Markdown ``#``
    heading), None when it is no heading."""
    s, _ = index.sentence_span(j)
    start = index.section_start(s)
    line_start = index.text.rfind("\n", 0, s) + 1
    if not (line_start <= start <= s):
        return None
    return index.section_level(start)


def _forward_passage(run, j: int, forward: frozenset[int]) -> int:
    """Where the passage that sentence ``j`` opens ends (the first sentence after it that it no
    longer covers): for a heading, the next heading of its level or above (its subsections are
    in it; at most ``_HEADING_REACH`` sentences); for a sentence with a ``forward`` term, the next
    heading or heading-like line (a label line ending with a colon, "**Moderator:**", "Results
    by line:", goes on) or section break, at most ``_FORWARD_REACH`` sentences on (memoised)."""
    key = ("forward-passage", j)
    if key in run.memo:
        return run.memo[key]
    index = run.index
    n = len(index.sentences)
    level = _heading_level(index, j)
    if level is not None and j not in forward:
        stop = min(n, j + 1 + _HEADING_REACH)
        for k in range(j + 1, stop):
            other = _heading_level(index, k)
            if other is not None and other <= level:
                stop = k
                break
    else:
        stop = min(n, j + 1 + _FORWARD_REACH)
        section = index.sentence_section(j)
        for k in range(j + 1, stop):
            if index.sentence_section(k) != section:
                stop = k
                break
            if index.is_heading_like(k):
                s, e = index.sentence_span(k)
                if not index.text[s:e].strip(_LABEL_EDGES).endswith(":"):
                    stop = k
                    break
    run.memo[key] = stop
    return stop


def _caps_heading(index, k: int) -> bool:
    """Sentence ``k`` is a heading-like line in capitals ("WHAT THE PAPER ADDS"): in plain text,
    a section's heading, over the mixed-case lines that head its parts."""
    s, e = index.sentence_span(k)
    letters = [c for c in index.text[s:e] if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() for c in letters)


def _section_passage(run, j: int) -> tuple[int, int]:
    """[start, stop) of the sentences of the section that sentence ``j`` stands in, as a reader sees
    it (what a disclaimer for "every result in this section" covers). Under a heading with a level
    (a Markdown ``#`` heading, a reader's ``<h2>``, a numbered heading): from that heading to the
    next heading of its level or above (its subsections in it); a bold or label line inside is a
    sub-heading of it. A section without a level (plain text): opened by a break, an underline or
    a form feed, the whole of it; else from the heading-like line over ``j`` to the next one of its
    rank: a capitalised heading runs to the next capitalised one (mixed-case lines under it head its
    parts), any other to the next heading-like line. A label line ending with a colon ends nothing.
    At most ``_HEADING_REACH`` sentences either way (memoised)."""
    key = ("section-passage", j)
    if key in run.memo:
        return run.memo[key]
    index = run.index
    n = len(index.sentences)
    s, _ = index.sentence_span(j)
    section = index.sentence_section(j)
    start_offset = index.section_start(s)
    first = index.sentence_index(start_offset)
    if index.sentence_span(first)[0] < start_offset:
        first += 1
    level = index.section_level(start_offset)

    def label(k: int) -> bool:
        a, b = index.sentence_span(k)
        return index.text[a:b].strip(_LABEL_EDGES).endswith(":")

    # a heading-like line that is not its section's heading ("**Outcomes (all exploratory)**" in a
    # "##" section, "RESPONSE FINDINGS (EACH ONE EXPLORATORY)" in plain text) speaks for what it heads: to
    # the next line of its rank
    own_head = index.is_heading_like(j) and not label(j) and not (level is not None and j == first)
    if level is not None and not own_head:
        end_offset = index.heading_scope_end(start_offset)
        stop = bisect.bisect_left([index.sentence_span(k)[0] for k in range(j, min(n, j + 1 + _HEADING_REACH))],
                                  end_offset) + j
        result = (max(first, j - _HEADING_REACH), max(stop, j + 1))
        run.memo[key] = result
        return result

    head = j if own_head else None
    for k in range(j - 1, max(first, j - _HEADING_REACH) - 1, -1) if not own_head else ():
        if index.sentence_section(k) != section:
            break
        if index.is_heading_like(k) and not label(k):
            head = k
            break
    if level is None and start_offset > 0 and (head is None or head == first):
        ends = lambda k: False      # a section opened by a break or an underline: all of it
    elif head is not None and _caps_heading(index, head):
        ends = lambda k: _caps_heading(index, k)
    else:
        ends = lambda k: True
    start = first if head is None else head
    stop = j + 1
    while stop < n and stop - j <= _HEADING_REACH and index.sentence_section(stop) == section \
            and not (index.is_heading_like(stop) and not label(stop) and ends(stop)):
        stop += 1
    run.memo[key] = (start, stop)
    return start, stop


def _speaks_of(run, j: int, endpoint: str | None) -> bool:
    """Whether sentence ``j`` may speak of ``endpoint``: it names it, or names no endpoint at all."""
    if endpoint is None:
        return True
    named = _endpoints_named(run, j)
    return not named or endpoint in named


def _names_another_result(run, j: int, endpoint: str | None, reported: dict[int, set],
                          entry_terms: tuple[str, ...] = ()) -> bool:
    """Whether caveat sentence ``j`` is the caveat of the result right before it, named, and not
    of ``endpoint``'s: the nearest sentence before it that gives a trigger of the rule (no heading
    between, at most ``_NAMED_REACH`` sentences back; ``reported``: sentence -> its triggers'
    endpoints) reports an endpoint that ``j`` names, and ``j`` does not name ``endpoint``. "The
    exposure-adjusted comparison is exploratory", set under the exposure-adjusted rates, labels
    those rates; it says nothing of the long-term survival figures above them in the same
    section, however near. An endpoint is named by one of its terms, or by a compound word that
    only its terms use in the claims library ("exposure-adjusted", "event-free":
    :func:`_endpoint_words`). A caveat that names no endpoint ("These analyses are exploratory"),
    or names none of the results right before it (an "MRD-negative" caveat after survival
    figures), keeps its scope; so does one set after a sentence that gives ``endpoint``'s result
    too ("Projected survival was 20.6% ...; 49 of 247 survived at least two years. The two-year
    projections and long-term survivor counts are exploratory")."""
    if endpoint is None:
        return False
    named = _endpoints_named(run, j) | _endpoints_worded(run, j)
    if not named or endpoint in named or _shares_label_word(run, j, endpoint, entry_terms):
        return False
    index = run.index
    results = _result_sentences(run)
    for k in range(j - 1, max(-1, j - 1 - _NAMED_REACH), -1):
        if index.sentence_section(k) != index.sentence_section(j):
            return False
        if k in reported:
            # set after a sentence that also gives this endpoint's result, it follows this one too
            return bool(named & reported[k]) and endpoint not in reported[k]
        # a heading ends the search; a short line that gives a result (a table row, a dotted
        # leader's row) is no heading
        if _is_boundary(index, k) and k not in results:
            return False
    return False


#: how far back (sentences) the result a named caveat follows may stand
_NAMED_REACH = 3



def _shares_label_word(run, j: int, endpoint: str, entry_terms: tuple[str, ...] = ()) -> bool:
    """Sentence ``j`` uses a word of ``endpoint``'s label or of the claim's entry's own words
    (``entry_terms``), six letters or more, in any word form (the same first seven letters:
    "projections" for the entry's "projected"): it may speak of that result though it names a
    kindred one ("The 2-year survival projections are exploratory" for the patients who survived
    at least 2 years, whose label is "survival of at least 2 years"; "The 2-year projections and
    long-term survivor counts are exploratory" for the projected 2-year survival)."""
    t = run.reference.endpoints.get(endpoint)
    if t is None:
        return False
    words = {_word_stem(m.group())[:7] for text in (t.label, *entry_terms)
             for m in _WORD_PARTS.finditer(text) if len(m.group()) >= 6}
    s, e = run.index.sentence_span(j)
    return any(len(m.group()) >= 6 and _word_stem(m.group())[:7] in words
               for m in _WORD_PARTS.finditer(run.index.text, s, e))


#: a word, hyphenated parts and all (one linear pass: the parts' lengths are checked after)
_WORD_PARTS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _compound_words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The compound words of ``text[start:end]`` ("exposure-adjusted", "event-free", "non-relapse"),
    each part two letters or more: what may name an endpoint by itself in a caveat's subject ("The
    exposure-adjusted comparison is exploratory")."""
    out = []
    for m in _WORD_PARTS.finditer(text, start, len(text) if end is None else end):
        parts = m.group().split("-")
        if len(parts) > 1 and all(len(p) >= 2 for p in parts):
            out.append(m.group())
    return out


def _word_stem(word: str) -> str:
    word = word.lower()
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _endpoint_words(run) -> dict[str, str]:
    """compound word -> the one endpoint (not a design one) whose label or terms use it; a word
    that the terms of two endpoints use (design ones included: "follow-up") is no endpoint's
    (per claims library)."""
    def build():
        owners: dict[str, set[str]] = {}
        for eid, t in run.reference.endpoints.items():
            for term in (t.label,) + tuple(t.synonyms):
                for word in _compound_words(term):
                    owners.setdefault(_word_stem(word), set()).add(eid)
        design = {eid for eid, t in run.reference.endpoints.items() if t.domain == "design"}
        return {w: next(iter(e)) for w, e in owners.items() if len(e) == 1 and not e & design}
    return run.compiled(("endpoint-words",), build)


def _endpoints_worded(run, j: int) -> frozenset[str]:
    """The endpoints that sentence ``j`` names by a word only their terms use (memoised)."""
    key = ("endpoints-worded", j)
    if key not in run.memo:
        words = _endpoint_words(run)
        s, e = run.index.sentence_span(j)
        run.memo[key] = frozenset(words[w] for word in _compound_words(run.index.text, s, e)
                                  if (w := _word_stem(word)) in words)
    return run.memo[key]


def _endpoints_named(run, j: int) -> frozenset[str]:
    """The endpoints of the claims library (not design ones) that sentence ``j`` names (memoised)."""
    key = ("endpoints-named", j)
    named = run.memo.get(key)
    if named is None:
        ref = run.reference
        pattern = run.compiled(("all-endpoint-names",), lambda: TermPattern(
            [(eid, [Term(n) for n in dict.fromkeys((t.label,) + t.synonyms) if n.strip()])
             for eid, t in ref.endpoints.items() if t.domain != "design"]))
        s, e = run.index.sentence_span(j)
        named = run.memo[key] = frozenset(h[2] for h in pattern.finditer(run.index, s, e)) if not pattern.empty \
            else frozenset()
    return named


def _under_analysis_heading(run, i: int, ok: list[int], t: "Trigger") -> bool:
    """Sentence ``i`` stands under a heading that itself names its analysis ("Post hoc findings by
    line", "Subgroup results"), and a satisfying sentence stands under the same heading:
    the heading makes the passage one unit about that analysis, and its disclaimer covers all of
    it, however many sentences away."""
    cues = t.cues
    if not ok or not cues:
        return False
    index = run.index
    words = "|".join(r"post[\s-]?hoc" if c == "post-hoc" else re.escape(c) + "s?" for c in cues)
    named = re.compile(rf"\b(?:{words})\b", re.IGNORECASE)
    section = index.sentence_section(i)
    for h in index.headings_of(i):
        s, e = index.sentence_span(h)
        if not named.search(index.text, s, e):
            continue
        if not index.is_heading_like(h) or index.text[s:e].rstrip().endswith(":"):
            continue    # a list's lead-in: the list is one unit with it (text.Scope), no more
        # under the same heading: after it, before the next heading (at most 200 sentences on), in
        # its section
        key = ("next-heading", h)
        stop = run.memo.get(key)
        if stop is None:
            stop = next((k for k in range(h + 1, min(len(index.sentences), h + 201)) if index.is_heading_like(k)),
                        min(len(index.sentences), h + 201))
            run.memo[key] = stop
        for j in ok[bisect.bisect_right(ok, h):bisect.bisect_left(ok, stop)]:
            if index.sentence_section(j) == section and _speaks_of(run, j, t.endpoint):
                return True
    return False


#: claim kinds whose figure is an arm's value of an entry (a rate, a median) or its ratio
_ARM_KINDS = ("percentage", "duration")


def _identified_by_figures(run, claim, ct: "ClaimTrigger"):
    """The claims-library entry whose figures the claim's sentence gives, for a claim whose
    endpoint its sentence does not name and whose context endpoint the value does not fit
    (endpoint_strength ``figures``): "(median 7.7 vs 6.2 months; HR 0.75, 97.5% CI 0.57-0.99)"
    after a list of other results is the survival entry's, whatever the list's last endpoint was.
    Identified only by what a single figure cannot do by chance: a product arm's value *and*
    another arm's value of the same entry in the sentence, or a ratio *with* its confidence
    interval; only entries of the endpoints the rule is about (``endpoint_primary``) of the
    products in scope. None otherwise."""
    if claim.endpoint_strength == "sentence" or claim.value is None:
        return None
    if claim.match is not None and claim.match.status in _ENDPOINT_CONFIRMED:
        return None
    key = ("figure-entries", ct.endpoint_primary, run.scope)
    entries = run.memo.get(key)
    if entries is None:
        wanted = set(run.endpoints_with_primary(ct.endpoint_primary)) if ct.endpoint_primary else None
        ref = run.reference
        product_arms = {a for a, t in ref.arms.items() if t.product and set(t.products) & set(run.scope)}
        entries = []
        for study in run._studies():
            for entry in study.entries:
                if wanted is not None and entry.endpoint not in wanted:
                    continue
                mine = [v.value for a, v in entry.arms.items() if a in product_arms]
                others = [v.value for a, v in entry.arms.items() if a not in product_arms]
                entries.append((entry, mine, others))
        run.memo[key] = entries
    if not entries:
        return None
    if claim.kind == "ratio":
        iv = claim.interval
        if iv is None:
            return None
        for entry, _, _ in entries:
            r = entry.ratio
            if (r is not None and r.ci is not None and faithful(claim.value, r.value)
                    and faithful(iv.low, r.ci[0]) and faithful(iv.high, r.ci[1])):
                return entry
        return None
    if claim.kind not in _ARM_KINDS or not claim.value.decimals:
        return None
    # the claims of each sentence, grouped once per document
    by_sentence = run.memo.get(("sentence-claims",))
    if by_sentence is None:
        by_sentence = run.memo[("sentence-claims",)] = {}
        for c in run.ctx.claims:
            by_sentence.setdefault(c.sentence, []).append(c)
    others_held = run.memo.setdefault(("sentence-other-arms",), {})
    for k, (entry, mine, others) in enumerate(entries):
        if entry.unit and claim.unit and entry.unit != claim.unit:
            continue
        if not any(faithful(claim.value, v) for v in mine):
            continue
        # whether the sentence holds another arm's value of the entry: one pass over the
        # sentence's claims per entry and sentence (memoised), not one per claim
        key = (claim.sentence, k, claim.kind, claim.unit)
        if key not in others_held:
            others_held[key] = [c for c in by_sentence.get(claim.sentence, ())
                                if c.kind == claim.kind and c.value is not None
                                and (c.unit or claim.unit) == (claim.unit or c.unit)
                                and any(faithful(c.value, v) for v in others)]
        if any(c is not claim for c in others_held[key]):
            return entry
    return None


def _is_trial(run, study: str) -> bool:
    """A study with primary endpoints of its own (a trial), not a label or an analysis of one."""
    s = run.reference.studies.get(study)
    return bool(s is not None and s.primary_endpoints)


def _digits(value: str) -> str:
    return "".join(ch for ch in str(value) if ch.isdigit() or ch == ".").rstrip("0").rstrip(".")


@dataclass
class Trigger:
    start: int
    end: int
    text: str
    endpoint: str | None
    study: str | None
    cues: tuple[str, ...] = ()
    #: the study of the claims-library entry whose analysis the claim is from, where one is known
    #: (a post hoc analysis of a trial the text names: the analysis, not the trial): which
    #: section's caveat is whose (``scope.own_section``) is judged by it
    analysis_study: str | None = None
    #: the own words of the claims-library entry the claim matched (its synonyms: "projected
    #: 2-year survival"): a caveat that uses one of them speaks of it (:func:`_shares_label_word`)
    entry_terms: tuple[str, ...] = ()

    @property
    def analysed_in(self) -> str | None:
        return self.analysis_study or self.study


@dataclass
class RequiresIf(PackRule):
    claims: ClaimTrigger | None = None
    phrases: list[Term] = field(default_factory=list)
    phrase_endpoint_primary: str | None = None
    phrase_exceptions: list[Term] = field(default_factory=list)
    near_product: bool = False
    #: ``when.phrases.not_in: [questions]``: a phrase in a question ("Did EXAMPLIMAB improve
    #: survival?") asks, it claims nothing, and triggers nothing
    phrase_not_in_questions: bool = False
    #: ``when.phrases.unless_negated``: a trigger phrase in the scope of a negation ("does not
    #: establish a survival benefit", "no survival benefit was shown": concepts.negated) claims
    #: nothing, and triggers nothing
    phrase_unless_negated: bool = False
    #: ``when.phrases.not_significant`` (with ``endpoint_primary: not-met``): the endpoints whose
    #: comparison the claims library gives as not significant (RuleRun.not_significant) trigger
    #: too, as if their primary analysis had not been met
    not_significant: bool = False
    #: wording that speaks of an endpoint without naming it ("live longer"), keyed by a term of
    #: the endpoint it stands for ("survival"): a trigger phrase of every endpoint with that term
    implied: dict[str, list[Term]] = field(default_factory=dict)
    statement: Statement | None = None
    scope: Scope = field(default_factory=lambda: Scope("document"))
    trigger_label: str = "{claim}"
    report: str = "each"          # each | first-per-section
    #: a satisfying sentence with one of these terms covers the whole document (require.document_wide)
    document_wide: list[Term] = field(default_factory=list)
    #: a satisfying sentence with one of these terms speaks for what follows it
    #: (require.forward: "everything I am about to show", "the findings below"): :func:`_forward_passage`
    forward: list[Term] = field(default_factory=list)
    #: a satisfying sentence with one of these terms (or the one right after it in its paragraph)
    #: speaks for its whole section (require.section_wide: "every result in this section", "all
    #: analyses below"): :meth:`_said_for_the_section`, :func:`_section_passage`
    section_wide: list[Term] = field(default_factory=list)
    #: a ``document_wide`` sentence that also holds one of these terms names its own section as
    #: its scope ("All results in this section are exploratory"): it speaks for that section
    #: (as ``section_wide``), not for the document (require.section_only)
    section_only: list[Term] = field(default_factory=list)
    #: a satisfying sentence with one of these terms speaks for what came before it
    #: (require.backward: "the results above", "the preceding figures"): :func:`_backward_passage`
    backward: list[Term] = field(default_factory=list)
    #: a statement named in passing (require.in_passing): a sentence whose every match of the
    #: statement lies in one of these terms covers its own sentence only (:meth:`_in_passing`)
    in_passing: list[Term] = field(default_factory=list)
    #: a caveat attached to one result covers its own paragraph, list item or table row only
    #: (require.attached; its ``wide`` terms here): :meth:`_attached`. None: off
    attached: list[Term] | None = None
    #: a result pointed by its marks to its own footnote is covered by a marked footnote only when
    #: it opens with one of them (require.footnote_by_mark): :func:`_other_marks_footnotes`
    footnote_by_mark: bool = False
    #: ``require.earlier_when_caveated: {rule: CODE, analyses: [...]}``: a trigger from one of these
    #: analyses (its analysis cues) that satisfies rule CODE (a requires-if rule: the exploratory
    #: caveat), judged as its trigger, is satisfied by a statement anywhere before it in the
    #: document, not only within the scope (:meth:`_caveated_elsewhere`)
    earlier_when_caveated: tuple[str, tuple[str, ...]] | None = None
    #: the analyses of entries whose figures trigger the rule where no claim holds them (when.figures)
    figures: tuple[str, ...] = ()
    #: the trigger phrases compiled, per endpoint terms (those of the claims library in use)
    _phrase_patterns: dict = field(default_factory=dict, repr=False)

    @classmethod
    def from_pack(cls, loader, raw: dict, common: dict, path: tuple) -> "RequiresIf":
        when = raw["when"]
        claims = None
        if "claims" in when:
            c = when["claims"]
            claims = ClaimTrigger(
                endpoint_primary=c.get("endpoint_primary"), endpoint_strength=tuple(c.get("endpoint_strength", ())),
                kinds=tuple(c.get("kinds", ())), exclude_kinds=tuple(c.get("exclude_kinds", ())),
                analysis_cues=tuple(c.get("analysis_cues", ())), about_product=c.get("about_product", False),
                entry_analysis=tuple(c.get("entry_analysis", ())))
        phrases = when.get("phrases", {})
        req = raw["require"]
        neg = req.get("negated")
        groups = loader.concept_groups(req.get("concepts", []), path + ("require", "concepts"))
        groups += loader.groups(req.get("all_of", []), path + ("require", "all_of"))
        statement = Statement(
            label=loader.clean(req["label"]), all_of=groups,
            negated=Negation(tuple(w.lower() for w in neg["predicate"]), int(neg.get("window", 5)),
                             tuple(w.lower() for w in neg.get("untested", ())),
                             tuple(w.lower() for w in neg.get("measures", ()))) if neg else None,
            examples=tuple(req.get("examples", ())), threshold=int(req.get("threshold", 80)),
            suggest=req.get("suggest"), suggest_not_significant=req.get("suggest_not_significant"),
            negation_free=bool(req.get("concepts")) and not neg,
            labels=loader.terms(req.get("label_only", []), path + ("require", "label_only")))
        uses_endpoint = statement.uses_endpoint
        phrase_terms = loader.terms(phrases.get("terms", []), path + ("when", "phrases", "terms"))
        if uses_endpoint and phrase_terms and not any("{endpoint}" in t.text for t in phrase_terms):
            raise loader.error("require uses {endpoint}: the trigger phrases must contain {endpoint} too",
                               path + ("when", "phrases"))
        return cls(**common, claims=claims, phrases=phrase_terms,
                   phrase_endpoint_primary=phrases.get("endpoint_primary"),
                   phrase_exceptions=loader.terms(phrases.get("exceptions", []),
                                                  path + ("when", "phrases", "exceptions")),
                   near_product=phrases.get("near_product", "none") == "sentence",
                   phrase_not_in_questions="questions" in phrases.get("not_in", ()),
                   phrase_unless_negated=bool(phrases.get("unless_negated", False)),
                   not_significant=bool(phrases.get("not_significant", False)),
                   implied={str(k).lower(): loader.terms(v, path + ("when", "phrases", "implied", k))
                            for k, v in phrases.get("implied", {}).items()},
                   statement=statement, scope=loader.scope(raw.get("scope", "document"), path + ("scope",)),
                   trigger_label=loader.clean(raw.get("trigger_label", 'The claim "{claim}"')),
                   report=raw.get("report", "each"),
                   document_wide=loader.terms(req.get("document_wide", []), path + ("require", "document_wide")),
                   in_passing=loader.terms(req.get("in_passing", []), path + ("require", "in_passing")),
                   attached=loader.terms((req["attached"] or {}).get("wide", []), path + ("require", "attached", "wide"))
                   if "attached" in req else None,
                   forward=loader.terms(req.get("forward", []), path + ("require", "forward")),
                   backward=loader.terms(req.get("backward", []), path + ("require", "backward")),
                   section_wide=loader.terms(req.get("section_wide", []), path + ("require", "section_wide")),
                   section_only=loader.terms(req.get("section_only", []), path + ("require", "section_only")),
                   footnote_by_mark=bool(req.get("footnote_by_mark", False)),
                   earlier_when_caveated=(req["earlier_when_caveated"]["rule"],
                                          tuple(req["earlier_when_caveated"]["analyses"]))
                   if "earlier_when_caveated" in req else None,
                   figures=tuple(when.get("figures", {}).get("entry_analysis", ())))

    def triggers(self, run: "RuleRun") -> list[Trigger]:
        out: list[Trigger] = []
        ctx = run.ctx
        if self.claims is not None:
            for claim in ctx.claims:
                t = self.claim_trigger(run, claim, claim.match)
                if t:
                    out.append(t)
        if self.phrases:
            if any(ENDPOINT_PLACEHOLDER in p.text for p in self.phrases):
                endpoints = run.endpoints_with_primary(self.phrase_endpoint_primary) \
                    if self.phrase_endpoint_primary else list(run.reference.endpoints)
                unshown = self._not_significant(run)
                endpoints += [e for e in unshown if e not in endpoints]
            else:
                endpoints = [None]
            text = run.index.text
            for endpoint in endpoints:
                terms = run.endpoint_terms(endpoint)
                if terms not in self._phrase_patterns:
                    named = {t.lower() for t in terms}
                    implied = [t for key, ts in self.implied.items() if key in named for t in ts]
                    self._phrase_patterns[terms] = compile_terms(self.phrases + implied, terms)
                pat = self._phrase_patterns[terms]
                if pat is None:
                    continue
                for s, e, _ in pat.finditer(run.index):
                    if self.near_product and not run.product_in_sentence(s):
                        continue
                    if self.phrase_not_in_questions and (run.index.is_question(run.index.sentence_index(s))
                                                        or run.index.indirect_question(s)):
                        continue
                    if self.phrase_exceptions and run.excepted(self.phrase_exceptions, s, e):
                        continue
                    if self.phrase_unless_negated and negated(run.index.lowered, run.index.sentence_of(s)[0], s):
                        continue  # "does not establish a survival benefit": the benefit is denied
                    study = run.study_for(s, endpoint, self.phrase_endpoint_primary) if endpoint else None
                    if study is None and endpoint in unshown:
                        study = unshown[endpoint][0]
                    if endpoint and self.phrase_endpoint_primary and study is None:
                        continue  # the trial the text names (or the product's) met this endpoint
                    out.append(Trigger(s, e, text[s:e], endpoint, study))
        if self.figures:
            out += self.figure_triggers(run)
        return out

    def _not_significant(self, run: "RuleRun") -> dict[str, tuple[str, str]]:
        """The not-significant endpoints that trigger this rule as not-met ones (``not_significant``)."""
        if not (self.not_significant and self.phrase_endpoint_primary == "not-met"):
            return {}
        return run.not_significant()

    def figure_triggers(self, run: "RuleRun") -> list[Trigger]:
        """Figures of the claims library's entries with an analysis of ``self.figures`` that no
        claim holds (module doc, "Figures the extraction does not read as claims"): a number in a
        sentence naming the entry's endpoint, equal to a product arm's figure of the entry, or its
        faithful rounding written with a decimal."""
        ref, index = run.reference, run.index
        scope = set(run.scope)
        product_arms = {a for a, t in ref.arms.items() if t.product and set(t.products) & scope}
        held = sorted((c.start, c.end) for c in run.ctx.claims)
        # a figure [a, b) is part of a claim when some claim starting before b ends after a: the
        # starts, and the furthest end among the claims up to each, answer it by bisection (a scan
        # of every claim per figure was quadratic: minutes on a long one-line text, tests/hostile)
        held_starts = [cs for cs, _ in held]
        reach = list(itertools.accumulate((ce for _, ce in held), max))
        out: list[Trigger] = []
        for study in run._studies():
            for entry in study.entries:
                if entry.analysis not in self.figures:
                    continue
                values = [v.value for a, v in entry.arms.items() if a in product_arms and v.value.decimals]
                if not values:
                    continue
                terms = run.endpoint_terms(entry.endpoint)
                # the free figures of the sentences naming the endpoint: found once per document
                # and endpoint wording, not once per entry (entries share endpoints)
                free = run.memo.get(("figure-free", terms))
                if free is None:
                    pat = run.compiled(("figure-endpoint", terms), lambda: compile_terms([Term(t) for t in terms]))
                    free = run.memo[("figure-free", terms)] = [] if pat is None else \
                        self._free_figures(index, index.sentences_with(pat), held_starts, reach)
                for a, b, text, written in free:
                    if any(written.decimals <= v.decimals and faithful(written, v) for v in values):
                        out.append(Trigger(a, b, text, entry.endpoint, study.id, (entry.analysis,)))
        return out

    @staticmethod
    def _free_figures(index, sentences: list[int], held_starts: list[int], reach: list[int]) -> list:
        """(start, end, text, value) of the figures in ``sentences`` that are not part of a claim."""
        out = []
        for i in sentences:
            s, e = index.sentence_span(i)
            for m in _FIGURE.finditer(index.text, s, e):
                a, b = m.span()
                k = bisect.bisect_left(held_starts, b)
                if k and reach[k - 1] > a:
                    continue  # part of a claim: the claim trigger judges it
                out.append((a, b, m.group(), Num.parse(m.group().replace(",", "."))))
        return out

    def check(self, run: "RuleRun"):
        found = self._unsatisfied(run)
        if found is None:
            return
        unsatisfied, attached_by_endpoint, trigger_sentences = found
        index = run.index
        if self.report == "each":
            for _, t in unsatisfied:
                yield self._finding(run, t)
            return
        # a section whose caveats are attached to their results: one finding per paragraph, item or
        # row left without one (each needs its own); else one per section. A caveat attached to
        # other results, none of them a trigger (a caution given with survival rates after a
        # subgroup table), labels none of this rule's: one finding per section, as without it
        per_paragraph = {index.sentence_section(j) for found in attached_by_endpoint.values()
                         for j, (a, b, _) in found.items() if any(a <= k < b for k in trigger_sentences)}
        by_section: dict[tuple[int, int | None], list[Trigger]] = {}
        for i, t in unsatisfied:
            section = index.sentence_section(i)
            at = _paragraph_of(run, i)[0] if section in per_paragraph else None
            by_section.setdefault((section, at), []).append(t)
        for (_, at), group in by_section.items():
            yield self._finding(run, group[0], more=len(group) - 1, attached=at is not None)

    def leaves(self, run: "RuleRun", t: Trigger) -> bool:
        """Whether this rule would leave the trigger ``t`` (another rule's) unsatisfied, judged as
        one of its own: what another rule's ``earlier_when_caveated`` asks of this one."""
        key = ("leaves", self.rule.code, run.scope, t.start, t.end)
        if key not in run.memo:
            found = self._unsatisfied(run, [t])
            run.memo[key] = bool(found and found[0])
        return run.memo[key]

    def _caveated_elsewhere(self, run: "RuleRun", i: int, t: Trigger, ok_all: list[int]) -> bool:
        """``require.earlier_when_caveated``: a result of an analysis the option names (post hoc,
        pooled, exploratory) that carries the caveat the option's rule asks for, and a satisfying
        statement anywhere before it in the document (the primary analysis's not-met statement
        given once, earlier)."""
        code, analyses = self.earlier_when_caveated
        other = run.rules.get(code)
        if not isinstance(other, RequiresIf) or not set(t.cues) & set(analyses) or not any(j < i for j in ok_all):
            return False
        saved = run.scope
        run.scope = run.scoped_for(other)
        try:
            return not other.leaves(run, t)
        finally:
            run.scope = saved

    def _unsatisfied(self, run: "RuleRun", triggers: list[Trigger] | None = None):
        """The triggers (``triggers``, default this rule's) left without a satisfying statement in
        their scope, in order, with the caveats attached to one result per endpoint
        (:meth:`_attached`) and the sentences of all the triggers; None: no trigger."""
        triggers = self.triggers(run) if triggers is None else triggers
        if not triggers:
            return None
        index = run.index
        seen: set[tuple[int, str | None]] = set()
        unsatisfied: list[tuple[int, Trigger]] = []
        satisfied: dict[str | None, list[int]] = {}   # this document's satisfying sentences, per endpoint
        reported: dict[int, set] = {}                  # sentence -> the endpoints its triggers are about
        for t in triggers:
            if t.endpoint:
                reported.setdefault(index.sentence_index(t.start), set()).add(t.endpoint)
        studies = self._section_studies(run, triggers) if self.scope.own_section else {}
        trigger_sentences = frozenset(index.sentence_index(t.start) for t in triggers)
        attached_by_endpoint: dict[str | None, dict[int, tuple[int, int, bool]]] = {}
        for t in sorted(triggers, key=lambda t: t.start):
            i = index.sentence_index(t.start)
            if (i, t.endpoint) in seen:
                continue
            seen.add((i, t.endpoint))
            endpoint = t.endpoint if self.statement.uses_endpoint else None
            if endpoint not in satisfied:
                satisfied[endpoint] = self.statement.satisfied_sentences(run, endpoint, reported)
            ok = satisfied[endpoint]
            if self.in_passing:
                passing = self._in_passing(run, endpoint, ok)
                if i in passing:
                    continue
                ok = [j for j in ok if j not in passing]
            # a caveat that names another of the rule's results, right before it, and not this one
            # (:func:`_names_another_result`) is that result's: it speaks for no other
            named_caveats = not self.statement.uses_endpoint and t.endpoint is not None
            if self.attached is not None:
                # a caveat attached to one result covers its own paragraph, item or row only
                if endpoint not in attached_by_endpoint:
                    attached_by_endpoint[endpoint] = self._attached(run, ok, trigger_sentences)
                attached = attached_by_endpoint[endpoint]
                if any(a <= i < b and (self.scope.satisfied(index, i, [j]) or _unit_covered(run, self.scope, i, [j], t))
                       and not (named_caveats and _names_another_result(run, j, t.endpoint, reported, t.entry_terms))
                       for j, (a, b, _) in attached.items()):
                    continue    # in its own paragraph, item or row (and, for a scope of sentences, near)
                # one that refers back to the result before it is that result's in its section; across
                # a heading, whose caveat it is is scope.own_section's question (it names an analysis)
                section = index.sentence_section(i)
                ok = [j for j in ok if j not in attached or attached[j][2] and index.sentence_section(j) != section]
                # a caveat given in the sentence of a result of its own, none of this rule's ("At two
                # years 22.8% were alive; this is a descriptive result"), labels that result: across a
                # heading it speaks for nothing else, however near (within its section, a caveat tacked
                # onto the last result of a paragraph may still be read as the paragraph's)
                results = _result_sentences(run)
                beyond = self._beyond_sentences(run)
                ok = [j for j in ok if j not in results or j in trigger_sentences or j in beyond
                      or not _heading_between(index, j, i)]
            if self.forward:
                # a disclaimer for what follows ("everything I am about to show …", "all analyses
                # that follow") does not speak for the claims before it, however near
                forward_only = self._forward_sentences(run)
                ok = [j for j in ok if j <= i or j not in forward_only]
            if self.backward:
                # a caveat that looks back ("the comparison above was post hoc", "the results
                # above are exploratory") speaks for the claims before it, not for those after it
                backward_only = self._backward_only(run)
                ok = [j for j in ok if j >= i or j not in backward_only]
            marked = ok
            if named_caveats:
                # "The exposure-adjusted comparison is exploratory" under those rates does not speak
                # for the survival figures above, in its section or within its sentences (a
                # footnote linked to this result by its mark still is its own)
                ok = [j for j in ok if not _names_another_result(run, j, t.endpoint, reported, t.entry_terms)]
            if self.document_wide and self._said_for_the_document(run, ok):
                continue
            if (self.section_wide or self.section_only) and self.scope.heading \
                    and self._said_for_the_section(run, i, ok, t):
                continue
            if self.footnote_by_mark:
                # a caveat under another mark speaks for the results that carry that mark
                others = _other_marks_footnotes(run, i, marked)
                ok = [j for j in ok if j not in others] if others else ok
                marked = [j for j in marked if j not in others] if others else marked
            near = [j for j in ok if not self._other_analysis(index, i, j, t, studies)] if studies else ok
            if not self.scope.satisfied(index, i, near) and not _footnoted(run, i, marked) \
                    and not _unit_covered(run, self.scope, i, ok, t, self._forward_sentences(run),
                                          self._backward_sentences(run), near) \
                    and not (self.scope.heading and _in_section_after(
                        run, i, near, t, trigger_sentences, _preamble_sentences(run, self._forward_sentences(run)))) \
                    and not (self.scope.heading and _opens_block(run, i, near, trigger_sentences)) \
                    and not (self.statement.negated is not None and endpoint
                             and _not_met_by_mark(run, self.statement, i, endpoint)):
                if self.earlier_when_caveated and self._caveated_elsewhere(run, i, t, satisfied[endpoint]):
                    continue
                unsatisfied.append((i, t))
        return unsatisfied, attached_by_endpoint, trigger_sentences

    @staticmethod
    def _section_studies(run: "RuleRun", triggers: list[Trigger]) -> dict[int, set[str | None]]:
        """section index -> the studies of the triggers in it (None for a trigger of no study)."""
        index = run.index
        out: dict[int, set[str | None]] = {}
        for t in triggers:
            out.setdefault(index.section_index(t.start), set()).add(t.analysed_in)
        return out

    @staticmethod
    def _other_analysis(index, i: int, j: int, t: Trigger, studies: dict[int, set[str | None]]) -> bool:
        """Whether satisfying sentence ``j``, in another section than trigger sentence ``i``, is
        the caveat of that section's own analysis (``scope.own_section``): its section holds
        triggers, every one of a known study other than ``t``'s ("## response by subgroup" with its
        figures, then "## MRD negativity" with a post hoc analysis's figures and "This post hoc
        analysis is exploratory": the caveat is the MRD analysis's, not the subgroups'). A section
        without triggers (notes, footnotes after a break) or one of the same study (subgroups
        under two headings, one caveat for both) still speaks for the trigger."""
        section = index.sentence_section(j)
        if t.analysed_in is None or section == index.sentence_section(i):
            return False
        held = studies.get(section)
        return bool(held) and None not in held and t.analysed_in not in held

    def _term_sentences(self, run: "RuleRun", kind: str, terms: list[Term]) -> frozenset[int]:
        """The sentences that hold one of ``terms`` (this rule's ``forward`` or ``backward``
        terms, compiled once per pack; the sentences memoised per document)."""
        if not terms:
            return frozenset()
        key = (kind, self.rule.code)
        if key not in run.memo:
            if kind not in self._phrase_patterns:   # compiled once, not per document
                self._phrase_patterns[kind] = compile_terms(terms, ())
            pat = self._phrase_patterns[kind]
            run.memo[key] = frozenset(run.index.sentences_with(pat)) if pat is not None else frozenset()
        return run.memo[key]

    def _backward_sentences(self, run: "RuleRun") -> frozenset[int]:
        """The sentences that hold a ``backward`` term, and the sentence right after each in its
        paragraph ("The results above are from a post hoc analysis. They are exploratory …": the
        caveat may come in the next sentence): a statement in one of them speaks for what came
        before (:func:`_backward_passage`) (memoised)."""
        key = ("backward-and-next", self.rule.code)
        if key not in run.memo:
            index = run.index
            found = set(self._term_sentences(run, "backward", self.backward))
            for j in list(found):
                if j + 1 < len(index.sentences):
                    gap = index.text[index.sentence_span(j)[1]:index.sentence_span(j + 1)[0]]
                    if "\n\n" not in gap and index.sentence_section(j + 1) == index.sentence_section(j):
                        found.add(j + 1)
            run.memo[key] = frozenset(found)
        return run.memo[key]

    def _backward_only(self, run: "RuleRun") -> frozenset[int]:
        """The sentences that look back (:meth:`_backward_sentences`) and hold no ``forward`` or
        ``document_wide`` term: they speak for what came before them only (memoised)."""
        key = ("backward-only", self.rule.code)
        if key not in run.memo:
            run.memo[key] = self._backward_sentences(run) - self._forward_sentences(run) \
                - self._term_sentences(run, "document_wide", self.document_wide)
        return run.memo[key]

    def _forward_sentences(self, run: "RuleRun") -> frozenset[int]:
        """The sentences that hold a ``forward`` term: a statement in one of them speaks for what
        follows it (:func:`_forward_passage`), not for what came before (memoised)."""
        return self._term_sentences(run, "forward", self.forward)

    def _in_passing(self, run: "RuleRun", endpoint: str | None, ok: list[int]) -> frozenset[int]:
        """The satisfying sentences that name the statement only in passing: every match of the
        statement's terms in them lies inside a match of ``in_passing`` ("An exploratory look at
        the remission data is planned", "Exploratory endpoints included MRD negativity": a noun
        phrase naming some exploratory work, not a statement that these results are exploratory).
        Such a sentence covers the triggers in itself only, not those around it. A heading-like
        line ("## Exploratory endpoints") or a list's lead-in speaks for what it heads, and a
        footnote opening with a mark for what carries the mark: those stay satisfying (memoised)."""
        key = ("in-passing", self.rule.code, endpoint)
        if key in run.memo:
            return run.memo[key]
        if "in_passing" not in self._phrase_patterns:
            self._phrase_patterns["in_passing"] = compile_terms(self.in_passing, ())
        passing_pat = self._phrase_patterns["in_passing"]
        pats = self.statement.groups(run.endpoint_terms(endpoint) if endpoint else ())
        index = run.index
        out: set[int] = set()
        if passing_pat is not None and pats:
            for j in ok:
                if index.is_heading_like(j):
                    continue
                s, e = index.sentence_span(j)
                if _MARKED_START.match(index.text, s, e) or index.text[s:e].rstrip().endswith(":"):
                    continue
                spans = [(a, b) for a, b, _ in passing_pat.finditer(index, s, e)]
                if not spans:
                    continue
                hits = [(a, b) for p in pats for a, b, _ in p.finditer(index, s, e)]
                if hits and all(any(pa <= a and b <= pb for pa, pb in spans) for a, b in hits):
                    out.add(j)
        run.memo[key] = frozenset(out)
        return run.memo[key]

    def _attached(self, run: "RuleRun", ok: list[int],
                  trigger_sentences: frozenset[int]) -> dict[int, tuple[int, int, bool]]:
        """The satisfying sentences that are attached to a result (``require.attached``), each
        with the paragraph, list item or table row it covers (:func:`_paragraph_of`): a sentence
        that itself gives a trigger ("Projected survival [exploratory]: 20.6% ...", "... 20.6% vs
        14.2%; these projections are exploratory", "In an exploratory analysis, 19.8% ..."), or
        one in a list item or table row that gives one. The caveat labels that result, not the
        other paragraphs, items or rows around it. A caveat of its own stays out (a sentence with
        no trigger, a heading or heading-like line, a list's lead-in ending with a colon, a marked
        footnote), and so does one that speaks beyond its result: a ``wide`` term ("all survival
        projections on this page", "the figures below"), a ``document_wide``, ``forward`` or
        ``backward`` term. A caveat with no result of its own that refers back to the result
        before it ("… median survival was 14.1 months. This was a post hoc analysis …", "These
        estimates are exploratory." after a paragraph, list or table of them) is attached to
        that result too (:func:`_referred_back`), marked True: in its own section only, since across
        a heading it speaks for its analysis (``scope.own_section``)."""
        if not ok:
            return {}
        index = run.index
        text = index.text
        beyond = self._beyond_sentences(run)
        out: dict[int, tuple[int, int, bool]] = {}
        for j in ok:
            s, e = index.sentence_span(j)
            # a heading-like line speaks for what it heads; a short sentence inside a line ("….
            # (This was an exploratory analysis.)") is none
            if j in beyond or index.is_heading_like(j) and not index._on_row(j) \
                    and (text[text.rfind("\n", 0, s) + 1:s].strip() == "" or not _REFERS_BACK.match(index.lowered, s, e)):
                continue
            if _MARKED_START.match(text, s, e) or text[s:e].rstrip().endswith(":"):
                continue
            first, last = _paragraph_of(run, j)
            line = text.rfind("\n", 0, index.sentence_span(first)[0]) + 1
            item = bool(index._on_row(j) or _ITEM_START.match(text, line))
            unit = (first, last) if item else (j, j + 1)
            if any(unit[0] <= k < unit[1] for k in trigger_sentences):
                out[j] = (first, last, False)
            elif (m := _REFERS_BACK.match(index.lowered, s, e)):
                # a caveat of no result of its own that refers back to the result before it ("…
                # 14.1 months. This was a post hoc analysis …"): that result's, not the section's
                before = _referred_back(run, j, first, last, item, trigger_sentences, m.group(1) in _PLURAL)
                if before is not None:
                    out[j] = (*before, True)
        return out

    def _beyond_sentences(self, run: "RuleRun") -> frozenset[int]:
        """The sentences whose caveat speaks beyond the result beside it: a ``wide``,
        ``document_wide``, ``forward``, ``backward`` or section-wide term in them."""
        return self._term_sentences(run, "attached", self.attached or []) \
            | self._term_sentences(run, "document_wide", self.document_wide) \
            | self._term_sentences(run, "forward", self.forward) | self._term_sentences(run, "backward", self.backward) \
            | self._section_sentences(run)

    def _section_sentences(self, run: "RuleRun") -> frozenset[int]:
        """The sentences that speak for their whole section (``require.section_wide``): those that
        hold a section-wide term, and the sentence right after each in its paragraph, when neither
        gives a result ("Every result in this section comes from a post hoc analysis. Post hoc
        analyses are exploratory …": the scope in one sentence, the caveat in the next) (memoised)."""
        if not self.section_wide and not self.section_only:
            return frozenset()
        key = ("section-wide-and-next", self.rule.code)
        if key not in run.memo:
            index = run.index
            results = _result_sentences(run)
            found = set(self._term_sentences(run, "section_wide", self.section_wide)
                        | self._term_sentences(run, "section_only", self.section_only))
            for j in list(found):
                if j in results:
                    continue
                if j + 1 < len(index.sentences) and j + 1 not in results and _paragraph_of(run, j)[1] > j + 1:
                    found.add(j + 1)
            run.memo[key] = frozenset(found)
        return run.memo[key]

    def _said_for_the_section(self, run: "RuleRun", i: int, ok: list[int], t: Trigger) -> bool:
        """A satisfying sentence that speaks for its whole section (:meth:`_section_sentences`)
        stands in the section of sentence ``i`` as a reader sees it (:func:`_section_passage`): it
        covers ``i`` before or after it, however far (``forward`` and ``backward`` terms have
        already kept it to its side of the trigger)."""
        wide = self._section_sentences(run)
        for j in ok:
            if j in wide and _speaks_of(run, j, t.endpoint):
                start, stop = _section_passage(run, j)
                if start <= i < stop:
                    return True
        return False

    def _said_for_the_document(self, run: "RuleRun", ok: list[int]) -> bool:
        """One of the satisfying sentences speaks for the whole document: it holds a
        ``document_wide`` term ("All analyses are exploratory") and no ``section_only`` one ("All
        results in this section are exploratory" speaks for its section: :meth:`_said_for_the_section`), or it stands in the document's
        opening section, under its title and before its first heading (a banner: "Exploratory
        analysis: results are descriptive only")."""
        if not ok:
            return False
        index = run.index
        wide = self._term_sentences(run, "document_wide", self.document_wide) \
            - self._term_sentences(run, "section_only", self.section_only)
        # the opening section (the first sentence's: the title's) is a banner only while it is
        # short (a title and a line or two) and headings follow it
        first = index.sentence_section(0)
        opening = index.has_sections() and sum(
            1 for k in range(min(len(index.sentences), _BANNER_SENTENCES + 1))
            if index.sentence_section(k) == first) <= _BANNER_SENTENCES and \
            index.section_end(index.sentence_span(0)[0]) < len(index.text)
        return any(j in wide or (opening and index.sentence_section(j) == first) for j in ok)

    def _finding(self, run: "RuleRun", t: Trigger, more: int = 0, attached: bool = False):
        label_ep = run.endpoint_label(t.endpoint) if t.endpoint else ""
        study = run.study_name(t.study) if t.study else "its study"
        claim = " ".join(t.text.split())
        what = self.trigger_label.format(claim=claim, endpoint=label_ep, study=study, fact="{fact}",
                                         cues=" / ".join(t.cues) or "post hoc")
        uses_primary = bool((self.claims and self.claims.endpoint_primary) or self.phrase_endpoint_primary)
        fact = run.primary_statement(t.study, t.endpoint) if uses_primary and t.endpoint and t.study else None
        suggestion = self.statement.suggest
        if fact is None and t.endpoint and t.study and t.endpoint not in run.primary_endpoints(t.study):
            fact = self._not_significant(run).get(t.endpoint, (None, None))[1]
            if fact and self.statement.suggest_not_significant:
                suggestion = self.statement.suggest_not_significant
        if fact and "{fact}" not in self.trigger_label:
            what = f"{what} ({fact})"
        what = what.replace("{fact}", fact or "")
        needed = self.statement.label.format(endpoint=label_ep, study=study)
        suggest = (suggestion or "").format(endpoint=label_ep, study=study)
        # said once: what is missing and where in the message, an example in the fix
        fix = f'add one, e.g. "{suggest}"' if suggest else f"add a {needed} {self.scope.describe()}"
        also = f" ({more} more such claim{'s' if more != 1 else ''} in this section)" if more else ""
        if attached:
            also += " (the caveat given with another result of this section labels that result only)"
        msg = self.message(f"{what}; no {needed} {self.scope.describe()}{also}", fix)
        return run.ctx.finding(self.rule, t.start, t.end, msg, expected=suggest or needed,
                               source=self.file, extra={"missing": [needed]})

    def claim_trigger(self, run: RuleRun, claim, match) -> Trigger | None:
        ct = self.claims
        if ct.kinds and claim.kind not in ct.kinds:
            return None
        if claim.kind in ct.exclude_kinds:
            return None
        entry = match.entry if match is not None and match.status != "unmatched" else None
        endpoint = claim.endpoint
        if entry is not None and match.status in _ENDPOINT_CONFIRMED and entry.endpoint != endpoint \
                and entry.endpoint in (claim.endpoint_candidates or ()):
            # the figure agrees with an entry of another endpoint its sentence names too ("final survival
            # analysis; median follow-up 29.6 months"): it is that endpoint's figure
            endpoint = entry.endpoint
        by_figures = False
        if ct.endpoint_strength and claim.endpoint_strength not in ct.endpoint_strength:
            # "matched": the endpoint comes from context (a heading, a table row), and the value
            # matched a claims-library entry of that endpoint: the claim is about it
            if not ("matched" in ct.endpoint_strength and entry is not None and claim.endpoint
                    and entry.endpoint == claim.endpoint and match.status in _ENDPOINT_CONFIRMED):
                # "figures": the sentence names no endpoint and its figures are an entry's
                identified = _identified_by_figures(run, claim, ct) if "figures" in ct.endpoint_strength else None
                if identified is None:
                    return None
                entry, endpoint, by_figures = identified, identified.endpoint, True
        # analysis cues: words in the claim's sentence ("post hoc", "subgroup") and the
        # ``analysis`` of the claims-library entry the claim matched ("post-hoc", "subgroup" …)
        cues = tuple(claim.analysis_cues or ())
        analysed = entry if entry is not None and (by_figures or not _rounded_into_other_population(claim, match)) else None
        if (analysed is not None and claim.study and claim.study != analysed.study.id
                and _is_trial(run, claim.study) and claim.study not in run.parents(analysed.study.id)):
            analysed = None   # the text names a trial the entry's analysis is not of: the value coincides
        if analysed is not None and analysed.analysis and analysed.analysis not in cues:
            cues += (analysed.analysis,)
        if ct.analysis_cues and not set(cues) & set(ct.analysis_cues):
            return None
        if ct.entry_analysis and (analysed is None or analysed.analysis not in ct.entry_analysis):
            return None
        # a claim identified by its figures is the product arm's figure of its entry (its arm
        # context, attached from elsewhere, does not count)
        if ct.about_product and not by_figures and not self._about_product(run, claim, match):
            return None
        study = claim.study
        if study is not None and run.reference.product_of_study(study) not in run.scope:
            study = None  # a trial of another product named nearby: not this claim's
        if by_figures or (study is None and entry is not None):
            study = entry.study.id
        elif entry is not None and study != entry.study.id and claim.study_source == "context" \
                and endpoint not in run.primary_endpoints(study) and endpoint in run.primary_endpoints(entry.study.id):
            # the trial named last, sentences before ("a pooled analysis of A and Study 2"), holds no
            # primary analysis of this endpoint; the entry the figure matched does: the figure is its
            study = entry.study.id
        if ct.endpoint_primary:
            primary = run.primary_endpoints(study).get(endpoint) if study else None
            if primary is None or bool(primary[0]) != (ct.endpoint_primary == "met"):
                return None
        return Trigger(claim.start, claim.end, claim.text, endpoint, study,
                       tuple(c for c in cues if not ct.analysis_cues or c in ct.analysis_cues),
                       analysed.study.id if analysed is not None else None,
                       tuple(entry.synonyms) if entry is not None else ())

    def _about_product(self, run: RuleRun, claim, match=None) -> bool:
        return about_product(run, claim, match)


def about_product(run: RuleRun, claim, match=None) -> bool:
    """Not clearly about another arm: the sentence names the product, or the claim's arm is a
    product arm or unknown, or the value agrees with the product arm's figure of the entry it
    matched ("Median time: 7.7 vs 6.2 months" with no arm named: the first figure is the
    product's whatever arm context attached)."""
    if claim.product_context:
        return True
    ref = run.reference
    arms = {a for p in run.scope for a in ref.arms_of(p)}
    if claim.arm is None or claim.arm in arms:
        return True
    return (match is not None and match.status in ("consistent", "more-precise")
            and match.arm in arms)
