"""Rule packs' rule types: the generic rules behind the YAML rule packs, one module per type.

Everything product- or market-specific (phrases, elements, the indication wording, exceptions)
lives in ``rules/*.yaml`` and in the claims library; this package only knows four rule types and
how to find things in text. ``rulepacks.py`` loads and validates the packs and builds each rule
through :data:`RULE_TYPES` (the YAML ``type:`` → the class, whose ``from_pack`` reads its YAML);
docs/rules.md documents the YAML format.

Modules: :mod:`.text` (the text index: sentences, sections, headings; scopes),
:mod:`.negation` (negation cues and the shared tokenizer), :mod:`.base` (:class:`PackRule`, and
:class:`RuleRun`, the per-document state the rules share), one module per rule type
(:mod:`.requires_if`, :mod:`.required_content`, :mod:`.indication`, :mod:`.forbidden`); phrase
matching is :mod:`claimcheck.phrases`, negation scope for concepts :mod:`claimcheck.concepts`.

A new rule type: a module here with a :class:`PackRule` subclass (its ``check`` and its
``from_pack``), a line in :data:`RULE_TYPES`, and its YAML shape in
``schemas/rulepack.schema.json``.

Rule types
----------
``requires-if``
    When a *trigger* is present, a qualifying *statement* must be present within a *scope*.
    Triggers are numeric claims from the claim engine, filtered by their context (for example
    "on an endpoint that its study's primary analysis did not meet", read from the claims
    library's ``studies[].primary_endpoints`` — a study without primary endpoints whose
    ``design`` names another study, "post hoc analysis of EXAMPLE-1", inherits that study's;
    or "from a post hoc / subgroup analysis": cue words in the claim's sentence or the
    ``analysis`` of the claims-library entry it matched), or phrases (``{endpoint}`` expands to
    the endpoint's terms from the claims library; ``not_significant: true`` adds to the not-met
    endpoints those whose comparison the library gives as not significant, a default entry's
    ratio CI including 1; ``unless_negated: true``: a phrase in a negation's scope triggers
    nothing). Scopes: ``sentence``, ``{sentences: N}`` (the
    trigger's sentence and N either side; with ``heading: true`` also the heading or lead-in that
    governs the trigger), ``section`` (between two headings, thematic breaks or page breaks; a
    document without any is one section) and ``document``. One finding per
    triggering sentence (``report: each``) or per section (``report: first-per-section``),
    anchored at the trigger.
``required-content``
    Named elements must each be present, optionally inside a *block* that starts at an anchor
    (the boxed warning's title, in its usual forms, and the N sentences after it, not past the
    end of its section). An element lists the *concepts* it must carry (rule packs:
    ``concepts:``, each with its synonyms; matched in any order within one sentence, by word
    forms and outside a negation's scope: :mod:`claimcheck.concepts`), or exact terms.
    The finding names every missing element; it is anchored at the block's anchor, or at line 1
    (column 1, the first line of text as its snippet) when there is no block at all.
``indication``
    Every indication statement (a sentence with an indication cue such as "is indicated for",
    outside the cue's exceptions and a negation, naming the product and the disease in any order;
    a sentence ending with a colon takes in its list items; or, found by content, a fragment
    under an indication label, and with no statement at all a sentence stating the use in other
    words, each carrying most slots) is compared with each approved wording (a
    *variant*) slot by slot: population, age, line of therapy, biomarker, disease, conditions.
    A slot is missing (none of its concepts), narrowed (some of them, or narrower wording) or
    broadened (broader wording, or a variant's forbidden words, e.g. the US paediatric wording
    in an EU piece). The finding names the closest variant's differing slots, on the line where
    the statement begins. No indication statement at all is reported at line 1.
``forbidden``
    Overstatement and risk-minimising language. All forbidden terms of the active packs are one
    combined pattern (one pass over the document); a hit is dropped when it lies inside
    one of the rule's documented exceptions ("best response", "safe handling", "curative" about
    transplant), when it is one of the rule's ``unless_negated`` terms inside a negation's scope ("not
    a cure", "no evidence that … is safe"), for rules with ``near_product: sentence``, when
    the sentence does not name the product, and for ``near_product: results``, when it neither
    names the product nor states its results (:meth:`RuleRun.states_product_results`: a numeric
    claim about the product, or the rule's ``results.subjects`` — "patients", "responders" —
    shortly after such a sentence, without a ``results.background`` term; or a hit put as what
    the piece offers, a ``results.promises`` wording such as "a path to …", in a piece that names
    the product: ``Forbidden.promised``), and, for rules with
    ``not_in: [questions]``, in a question that asks (``TextIndex.asks``). A rule with ``with:``
    (an order-free co-occurrence: an anchor such as "every patient" and a concept such as a
    benefit within a few words in its clause, neither negated) runs its own pass.

Cost
----
Every pattern is compiled once (per claims library where it names the library's terms). Per
document: one pass for the sentence boundaries, one pass per full-text term set (phrases are a
trie-shaped alternation run on the lower-cased text, which Python's ``re`` scans much faster
than a case-insensitive alternation), and work proportional to the hits: the spaCy tokenizer,
the negation Matcher and rapidfuzz only see the few sentences the cheap cues preselect (the
tokenised sentences are memoised by text, across documents: boilerplate recurs).
"""

from __future__ import annotations

from .base import PackRule, RuleRun
from .forbidden import Forbidden, forbidden_pattern
from .indication import Indication
from .required_content import RequiredContent
from .requires_if import RequiresIf

#: the rule types a pack may use (YAML ``type:``), each looked up here by the loader
RULE_TYPES: dict[str, type[PackRule]] = {
    "requires-if": RequiresIf,
    "required-content": RequiredContent,
    "indication": Indication,
    "forbidden": Forbidden,
}

__all__ = ["RULE_TYPES", "PackRule", "RuleRun", "Forbidden", "forbidden_pattern", "Indication",
           "RequiredContent", "RequiresIf"]
