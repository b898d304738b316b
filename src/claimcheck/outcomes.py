"""The generic outcome vocabulary (``data/outcomes.yaml``) as patterns, read once per process.

Context attachment, matching and the checks ask the same file what a word means: an adverse
event's generic name, a time point, an event a time is counted from ("after transplant"), a
word that makes an endpoint's name another endpoint ("composite", "post-transplant"). It is
English vocabulary, never product knowledge; each key is documented where it is defined, in the
YAML file. This module only reads it and compiles its word lists.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import yaml


@functools.lru_cache(maxsize=1)
def data() -> dict:
    """data/outcomes.yaml, read once."""
    return yaml.safe_load(resources.files("claimcheck").joinpath("data/outcomes.yaml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def words(key: str, bounded: bool = True, hyphen: bool = False) -> re.Pattern:
    """The words of ``key`` as one case-blind pattern, starting at a word boundary and, when
    ``bounded``, ending at one; with ``hyphen``, a hyphen bounds nothing (a hyphenated word is one
    word: "event-free" is not "free")."""
    edge = r"[\w-]" if hyphen else r"\w"
    alternatives = "|".join(f"(?:{w})" for w in data().get(key, ()))
    return re.compile(rf"(?<!{edge})(?:{alternatives})" + (rf"(?!{edge})" if bounded else ""), re.I)


def anchor_patterns(ref, hyphen: bool = False) -> tuple[re.Pattern, re.Pattern]:
    """The words of an event a time is counted from (``time_anchor_events``, with the abbreviations
    the claims library ``ref`` gives as synonyms of an endpoint holding one of them), and the phrase that counts a time from one (``time_anchor_before`` then the
    event: "after transplant", "post-transplant"), as patterns, cached on the library. ``hyphen`` as
    for :func:`words`."""
    cache = getattr(ref, "_cc_anchor_patterns", None)
    if cache is None:
        cache = {}
        try:
            ref._cc_anchor_patterns = cache
        except AttributeError:
            pass
    if hyphen not in cache:
        cache[hyphen] = _build_anchor_patterns(ref, hyphen)
    return cache[hyphen]


def _build_anchor_patterns(ref, hyphen: bool) -> tuple[re.Pattern, re.Pattern]:
    from .phrases import is_abbreviation

    generic = words("time_anchor_events")
    abbreviations = sorted({s for t in ref.endpoints.values() if any(generic.fullmatch(x) for x in t.synonyms)
                            for s in t.synonyms if is_abbreviation(s)}, key=len, reverse=True)
    events = "|".join([*(f"(?:{w})" for w in data().get("time_anchor_events", ())),
                       *(re.escape(a) for a in abbreviations)])
    before = "|".join(f"(?:{w})" for w in data().get("time_anchor_before", ()))
    edge = r"[\w-]" if hyphen else r"\w"
    event = re.compile(rf"(?<!{edge})(?:{events})(?!{edge})", re.I)
    anchor = re.compile(rf"(?<!{edge})(?:{before})[ -]{{1,2}}(?:(?:an?|the|their|allogeneic|allo)[ -]{{1,2}}){{0,2}}"
                        rf"(?:{events})(?!{edge})", re.I)
    return event, anchor
