"""Concepts: required content recognised by meaning, not by one example's wording.

A rule pack declares *concepts* (``concepts:`` at the top of the pack): a named idea with its
synonyms. An element of required content (a boxed-warning element, a slot of the indication, the
additional-monitoring statement, the pointer to the full Prescribing Information …) lists the
concepts it must carry; they must co-occur, in any order, within one sentence (or the element's
scope), and a mention inside the scope of a negation does not count ("no hepatotoxicity was
seen" states no hepatotoxicity). The words live in the packs; this module only knows English
word forms and negation.

Synonym syntax (each synonym is a phrase, or ``{regex: ...}`` as everywhere in the packs):

- a lower-case word of three letters or more matches its regular inflections: ``occur`` matches
  occurs, occurred, occurring; ``death`` deaths; ``apply`` applies, applied; ``die`` dies, died,
  dying; ``tap`` taps, tapped, tapping. Short function words (of, to, the, and …) stay as written;
- a trailing ``*`` makes a stem: ``hepatotox*`` matches hepatotoxic, hepatotoxicity;
- words with a capital (``XYZ``, ``ABC-1``, ``Xy+``) match as written (phrase rules of
  :mod:`claimcheck.phrases`: abbreviations case-sensitively);
- spaces and hyphens match any whitespace or dash, as in every phrase.

Negation scope (:func:`negated`): a mention is negated when a negation cue (not, n't, no, never,
without, cannot, none, nothing, neither, nor, lack…, absence of, rather than, instead of) comes
before it in the same clause (a clause ends at ``;``, ``:``, a dash, "but", "however",
"although", "whereas", ", and", ", which" …) with at most eight words between them, of which at
most one is a content word: the others must be function words or verbs of asserting, showing
and calling ("has **not** been shown to be **safe**", "is **not** a **cure**", "do **not** claim
that the product is **safe**"). After "no" / "without" / "none" the governed noun may be a word
of evidence ("**no** evidence that … is **safe**"). "not only", "not just", "no doubt",
"without doubt", "no question" are not negations; "Patients who did not respond to prior therapy
were cured" is not a negated cure (three content words in between). The negation reaches over a
coordination ("**not** fatal or **life-threatening**"). A "no" that opens a clause's subject
denies its predicate ("**no** case was **fatal**", "**no** patient was **cured**"); one that
governs an object or complement does not ("patients with **no** transplant were **cured**").
"""

from __future__ import annotations

import re

from .phrases import _GAP, Term, is_case_sensitive

# ============================================================================ word forms

#: words that are never inflected (function words and short words)
_FUNCTION_WORDS = frozenset(
    "a an the of to in on at by for from with and or nor but as is are was were be been being "
    "this that these those it its their his her our your my all any each every some such than "
    "then there here who whom whose which what when where how per via into onto upon out up "
    "about after before over under also only not no has have had do does did through full "
    "both either neither other than".split()
)
#: endings of words that do not inflect (adjectives, adverbs) or are inflected already
_NO_INFLECTION = ("ed", "ing", "al", "ous", "ic", "ive", "ful", "ary", "ory", "ible", "able",
                  "is", "us")
_VOWELS = set("aeiou")
_WORD_OR_STEM = re.compile(r"[a-z]+\*?|[^a-z]+", re.IGNORECASE)


def word_forms(word: str) -> list[str]:
    """The regular inflections of a lower-case English word (the word first). Function words,
    adjectives and adverbs (by their endings) and words that look inflected already (ending in
    -ed, -ing or a single s: deaths, cells) stay as written."""
    w = word
    forms = [w]
    if (len(w) < 3 or not w.isalpha() or not w.islower() or w in _FUNCTION_WORDS or w.endswith(_NO_INFLECTION)
            or (w[-1] == "s" and w[-2] != "s") or (w.endswith("ly") and not w.endswith("ply"))):
        return forms
    last = w[-1]
    if last == "e":
        forms += [w + "s", w + "d", w[:-1] + "ing"]
        if w.endswith("ie"):
            forms += [w[:-2] + "ying"]
    elif last == "y" and w[-2] not in _VOWELS:
        forms += [w[:-1] + "ies", w[:-1] + "ied", w + "ing"]
    elif last in "sxz" or w.endswith(("ch", "sh")):
        forms += [w + "es", w + "ed", w + "ing"]
    else:
        forms += [w + "s", w + "ed", w + "ing"]
        # consonant-vowel-consonant: occur -> occurred, tap -> tapped, refer -> referring
        if (last not in _VOWELS and last not in "wxy" and w[-2] in _VOWELS
                and (len(w) < 3 or w[-3] not in _VOWELS)):
            forms += [w + last + "ed", w + last + "ing"]
    return list(dict.fromkeys(forms))


def synonym_term(text: str) -> Term:
    """A concept synonym as a Term: a plain phrase when no word inflects, else a regex that
    matches the phrase's word forms (with word boundaries, whitespace- and dash-tolerant)."""
    if is_case_sensitive(text) or not any(c.isalpha() for c in text):
        return Term(text)
    pieces = _WORD_OR_STEM.findall(text)
    inflects = any(p.endswith("*") or (p.isalpha() and p.islower() and len(word_forms(p)) > 1) for p in pieces)
    if not inflects:
        return Term(text)
    out: list[str] = []
    for p in pieces:
        if p.endswith("*") and p[:-1].isalpha():
            out.append([re.escape(p[:-1].lower()) + r"\w{0,24}"])
        elif p.isalpha():
            forms = word_forms(p.lower()) if p.islower() else [p.lower()]
            out.append(sorted(forms, key=len, reverse=True))
        else:
            out.append(["".join(_GAP if (c.isspace() or c in "-\u2010\u2011\u2012\u2013\u2014\u2212") else
                                (r"\s{0,2}/\s{0,2}" if c == "/" else re.escape(c)) for c in _squeeze(p))])
    # a Term regex runs on RE2 (linear.py), which has no look-around: \b bounds the words
    head = r"\b" if text[:1].isalnum() else ""
    body = "".join(alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")" for alts in out)
    tail = r"\b" if text[-1:].isalpha() or text.endswith("*") else ""
    return Term(head + body + tail, regex=True)


def _squeeze(sep: str) -> str:
    """A separator with each run of spaces and dashes as one character (one gap)."""
    return re.sub(r"[\s\-\u2010\u2011\u2012\u2013\u2014\u2212]+", lambda m: m.group(0)[0], sep)


# ============================================================================ negation scope

_CUE = re.compile(
    r"(?<![^\W\d_])(?:not|no|never|neither|nor|without|cannot|none|nothing|lack(?:s|ed|ing)?|"
    r"absence\s+of|rather\s+than|instead\s+of)(?![^\W\d_])|n['\u2019]t(?![^\W\d_])"
)
#: "not only", "no doubt" …: cues that do not negate what follows; "No," answering a question
#: ("No, it was a post hoc analysis") negates the question, not what follows it
_NOT_A_CUE = re.compile(
    r"(?:not|no|without)\s+(?:only|just|merely|least|doubt|question|wonder|exception|surprise|longer\s+than"
    # a bound, not a denial: "no more than two cycles before transplant" still says "before transplant"
    r"|more\s+than|fewer\s+than|less\s+than)\b"
    r"|no\s{0,2},"
)
#: where a clause ends (the scope of a negation stops there)
_CLAUSE_END = re.compile(
    r"[;:\u2013\u2014(]|\s-\s|,\s*(?:and|but|so|yet|while|whereas|although|though|because|which|since)\b"
    # a comma before a second finite verb of the same subject opens its own predicate ("were not
    # prespecified, are hypothesis-generating only"): the negation of the first does not reach it
    r"|,\s*(?:is|are|was|were|remains?|remained|should|must)\b"
    r"|(?<![^\W\d_])(?:but|however|although|though|whereas|yet|while)(?![^\W\d_])"
)
#: words allowed between a negation and what it negates (besides one content word)
_SCOPE_WORDS = frozenset(
    "a an the be been being is are was were am has have had do does did can could should would "
    "may might must will shall to as that this it its they them any yet ever always necessarily "
    "generally fully completely entirely truly really considered shown proven proved demonstrated "
    "established regarded described called claimed said stated known found seen deemed meant "
    "intended labelled labeled presented promoted viewed thought believed expected guaranteed "
    "considered claim claims say says state states suggest suggests imply implies mean means call "
    "describe present promote consider regard show prove demonstrate establish guarantee offer "
    "offers provide provides represent represents constitute constitutes".split()
)
#: nouns of evidence a "no" may govern while what follows stays in its scope
_EVIDENCE = frozenset("evidence data proof claim suggestion indication guarantee reason study "
                      "studies trial trials basis support".split())
_DETERMINER_CUES = frozenset(("no", "without", "none", "nothing", "neither", "nor"))
_OR = frozenset(("or", "nor"))
#: "no" opening a subject ("no case was fatal", "in the trial, no patient was cured"): the noun it
#: governs is followed by one of these verbs, and the predicate after it is negated
_SUBJECT_VERBS = frozenset("was were is are has have had did does do could can would will became "
                           "proved seemed appeared".split())
#: a word before "no" that makes it govern an object or a complement, not a subject ("patients
#: with no transplant were cured", "those who had no response were …"): no negation of what follows
_GOVERNORS = frozenset("with of in for after from to by had have has having on at under among "
                       "received receiving given showed show shows reported report reports".split())
_WORDS = re.compile(r"[^\W_]+(?:['\u2019][a-z]+)?")
MAX_GAP_WORDS = 8


def negated(lowered: str, sentence_start: int, hit_start: int) -> bool:
    """Whether the mention at ``hit_start`` lies in the scope of a negation of its sentence
    (``lowered`` is the lower-cased text; see the module doc for the scope)."""
    lo = max(sentence_start, hit_start - 160)
    clause = lowered[lo:hit_start]
    ends = [m.end() for m in _CLAUSE_END.finditer(clause)]
    if ends:
        clause = clause[ends[-1]:]
    cues = [m for m in _CUE.finditer(clause) if not _NOT_A_CUE.match(clause, m.start())]
    for m in reversed(cues):
        gap = _WORDS.findall(clause[m.end():])
        if len(gap) > MAX_GAP_WORDS:
            return False
        cue = m.group(0)
        content = _content(gap)
        if content and content[0] in _EVIDENCE and (cue in _DETERMINER_CUES or _evidence_of(gap, content[0])):
            return True     # "no evidence that … is safe", "is not evidence of a safety advantage"
        if cue in _DETERMINER_CUES and content and gap[0] == content[0]:
            if cue == "no" and _subject_negated(clause[:m.start()], gap):
                return True     # "no case was fatal": "no" opens the subject, the predicate is denied
            continue    # "no prior therapy … cured": the determiner governs another noun
        if len(content) <= 1:
            return True
    return False


def _evidence_of(gap: list[str], noun: str) -> bool:
    """After a verb's negation ("is not", "does not provide"), a word of evidence that governs what
    follows ("is not evidence of a tolerability advantage", "does not provide proof that it is
    safe", "was not a basis for claiming"): the noun is followed by "of", "that", "for" or "to"."""
    k = gap.index(noun)
    return k + 1 < len(gap) and gap[k + 1] in ("of", "that", "for", "to")


def _content(gap: list[str]) -> list[str]:
    """The content words of a negation's gap: not the scope words, and not a predicate
    coordinated with the mention by "or" / "nor" ("not fatal or life-threatening", "neither
    safe nor …"): the negation reaches over the coordination."""
    return [w for i, w in enumerate(gap)
            if w not in _SCOPE_WORDS and w not in _OR and not (i + 1 < len(gap) and gap[i + 1] in _OR)]


def _subject_negated(before: str, gap: list[str]) -> bool:
    """Whether a "no" whose gap to the mention is ``gap`` opens a clause's subject: the word
    before it does not govern it (``_GOVERNORS``), and the gap is one or two nouns, a verb of
    ``_SUBJECT_VERBS``, then only words allowed in a negation's scope ("no case was fatal", "no
    patients were considered cured"; not "with no transplant were cured")."""
    prev = _WORDS.findall(before)[-1:]
    if prev and prev[0] in _GOVERNORS:
        return False
    for k in (1, 2):
        if len(gap) > k and gap[k] in _SUBJECT_VERBS and all(w not in _SCOPE_WORDS for w in gap[:k]) \
                and not _content(gap[k + 1:]):
            return True
    return False


__all__ = ["word_forms", "synonym_term", "negated"]
