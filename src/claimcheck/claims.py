"""Claim model and extraction: numeric claims out of (messy) promotional text.

Extraction is a set of small, bounded regular expressions applied to the document text in a
fixed priority order (compound forms first, so "45.7% (n=42/92)" is one claim, not three). A
span claimed by one pattern is not matched again. Before extraction, spans that hold numbers but
are not claims are masked: URLs, e-mail addresses, job codes (PP-INO-USA-0641), phone numbers,
dates, journal citations ("2016;375(8):740-753"), ATC codes, version and section numbers.
Citation markers glued to words or closing brackets ("patients1,a", "0.001)2,a", "ALL2,4") are
never numbers: a standalone number must not follow a letter, ``)``, ``]``, ``%`` or ``/``.

Every pattern is linear: no nested quantifiers, bounded gaps ({0,n}), so no input makes them
backtrack catastrophically (tests/test_regex_safety.py feeds them pathological input).

The pure function :func:`extract_claims` does the work; :func:`claim_extractor` wraps it as a
spaCy component that stores the claims on ``doc._.claims``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .numbers import Num

# --------------------------------------------------------------------------- the model

#: claim kinds that are numeric claims (the inventory lists these)
KINDS = (
    "percentage",      # 80.7%, 45.7% (n=42/92), 23/164 patients (14%)
    "pp-difference",   # 51.3 percentage points
    "duration",        # 7.7 months, 14.1-month median OS, 15 days
    "ratio",           # HR 0.75 [97.5% CI, 0.57-0.99]; 8.61 (1.52-48.86) under "Odds ratio (95% CI)"
    "estimate",        # 76.5 (50.1, 93.2) under "% (95% CI)": a value with an interval, unit from a header
    "p-value",         # P<0.001, P=0.0105
    "fraction",        # 69/88, 80 of 92
    "count",           # 164 patients, n = 139, N=326
    "relative",        # more than doubled, 25% relative reduction, 2-fold
)


@dataclass
class Interval:
    low: Num
    high: Num
    level: float | None = None  # 95, 97.5 ...; None for a range
    kind: str = "ci"            # "ci" or "range"
    start: int = 0
    end: int = 0


@dataclass
class Claim:
    """One numeric claim found in a document, with its context and (later) its match."""

    kind: str
    start: int
    end: int
    text: str
    value: Num | None = None
    unit: str | None = None
    n: int | None = None
    total: int | None = None          # the N of n/N
    interval: Interval | None = None
    comparator: str | None = None     # p-values: "<", "=", ...
    ratio_kind: str | None = None     # hazard-ratio / odds-ratio
    relative: str | None = None       # normalised relative wording: "more than doubled", "relative reduction"
    factor: float | None = None       # the factor relative wording asserts (2 for doubled)
    # ---- context (context.py)
    sentence: tuple[int, int] = (0, 0)
    endpoint: str | None = None
    endpoint_strength: str | None = None   # "sentence" or "context"
    endpoint_candidates: list[str] = field(default_factory=list)
    arm: str | None = None
    #: how the arm was found: own (next to the value), chain (vs-list order), sentence (the only arm the
    #: sentence names), ambiguous (nearest of several), context (preceding sentences), product
    arm_source: str | None = None
    population: str | None = None
    population_source: str | None = None  # as arm_source
    population_candidates: list[str] = field(default_factory=list)
    timepoint: str | None = None
    study: str | None = None
    product_context: bool = False     # the product is named in the claim's sentence
    analysis_cues: list[str] = field(default_factory=list)  # post hoc / subgroup / exploratory

    def describe_value(self) -> str:
        if self.kind == "fraction":
            return f"{self.n}/{self.total}"
        if self.kind == "p-value" and self.value is not None:
            return f"P{self.comparator}{self.value}"
        if self.value is None:
            return self.text
        unit = self.unit or ""
        if unit == "%":
            return f"{self.value}%"
        return f"{self.value} {unit}".strip()


# --------------------------------------------------------------------------- masks

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Januar|Februar|März|Mai|"
          r"Juni|Juli|Oktober|Dezember)")

_MASKS = re.compile(
    "|".join(
        [
            r"(?:https?://|www\.)[^\s<>\"']{1,2000}",                      # URLs
            r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b",          # e-mail
            r"\b[A-Z]{2,5}(?:-[A-Z0-9]{2,8}){2,5}\b",                      # job codes PP-INO-USA-0641
            r"(?<![\d/.-])(?:\+?1[-. ])?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?![\d-])",  # phone numbers
            rf"\b{_MONTH}\.?\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,3}}(?:19|20)\d{{2}}\b",  # May 2, 2014
            rf"\b\d{{1,2}}\.?\s{{1,3}}{_MONTH}\.?,?\s{{1,3}}(?:19|20)\d{{2}}\b",               # 2 May 2014
            rf"\b{_MONTH}\.?,?\s{{1,3}}(?:19|20)\d{{2}}\b",                                   # May 2021
            r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b",                                  # ISO dates
            r"\b\d{1,2}/\d{1,2}/(?:19|20)?\d{2}\b",                             # 10/02/2014
            r"\b(?:19|20)\d{2}\s{0,2};\s{0,2}\d{1,4}(?:\s{0,2}\(\d{1,4}\))?\s{0,2}:\s{0,2}[A-Za-z]?\d{1,6}"
            r"(?:\s{0,2}[-\u2013]\s{0,2}[A-Za-z]?\d{1,6})?",                      # 2016;375(8):740-753
            r"\b[A-Z]\d{2}[A-Z]{2}\d{2}\b",                                     # ATC codes L01XC26
            r"\b(?:[Vv]ersion|[Vv]\.|[Ss]ection|[Aa]bschnitt|[Tt]able|[Ff]igure|[Ff]ig\.|[Ss]tudy|[Pp]hase|"
            r"[Gg]rade|[Cc]ategory|[Ss]alvage|PETHEMA|ALL|NCI CTCAE)"
            r"\s{0,2}[A-Z]?\d{1,4}(?:[./]\d{1,4}){0,3}(?:\s{0,2}(?:and|or|to|-|\u2013)\s{0,2}\d{1,4}){0,2}\b",
            r"\b(?:[Cc]ycles?|[Dd]ays?)\s{0,2}\d{1,4}(?:\s{0,2}(?:,|and|or|to|-|\u2013)\s{0,2}\d{1,4}){0,6}\b",
            r"©\s{0,2}(?:19|20)\d{2}",                                         # copyright year
            r"\b(?:19|20)\d{2}\b(?!\s{0,2}(?:%|patients|months|days))",         # bare years
            r"\b\d{1,3}(?:[.,]\d{1,3})?\s{0,2}(?:x|×)\s{0,2}10\s{0,2}[-\u2212]?\d{1,2}(?:\s{0,2}/\s{0,2}\w{1,4})?",  # 1 x 10-4, 2.3 x 103/mm3
            r"\b\d{1,4}(?:\.\d{1,3})?\s{0,2}(?:mg|µg|mcg|g|mL|ml|L|msec|ms|IU|U|kg|cm|mm)(?:/(?:m2|m²|kg|L|dL|mm3))?\b",  # doses, lab units
            r"\b\d{1,2}\s{0,2}:\s{0,2}\d{1,2}\b",                              # 1:1 randomisation, times
        ]
    )
)

# --------------------------------------------------------------------------- number patterns

# a standalone number: not glued to a letter, closing bracket, % or slash (citation markers)
# (written digit first, then the look-behind on the character before it: a pattern that starts with
# a character class lets the regex engine skip ahead to the next digit instead of trying every position)
_N = r"[0-9](?<![\w.)\]%/\u00b2\u00b3][0-9])(?:\d{0,2}(?:,\d{3})+|\d{0,8})(?:\.\d{1,6})?(?![\d.]\d)"
# an inner number (inside a compound form; position already anchored)
_I = r"(?:\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.\d{1,6})?"
_INT = r"\d{1,7}"
#: an integer that does not continue a word, decimal or fraction (digit first, as _N)
_INT_START = r"[0-9](?<![\w./][0-9])\d{0,6}"
_INT_START_NO_DASH = r"[0-9](?<![\w./-][0-9])\d{0,6}"
_PCT = r"\s?(?:%|percent\b|per\s+cent\b)"
_DASH = r"\s{0,2}(?:-|\u2013|\u2014|\u2212|to)\s{0,2}"
_OPEN = r"[(\[]"
_CLOSE = r"[)\]]"
_LEVEL = rf"(?P<level>{_I})\s?%\s{{0,2}}(?:CI|confidence interval)"
_CI_BODY = rf"{_LEVEL}\s{{0,2}}[,:;]?\s{{0,2}}(?P<lo>-?{_I})%?(?:{_DASH}|\s{{0,2}},\s{{0,2}})(?P<hi>-?{_I})%?"
_CI = rf"{_OPEN}\s{{0,2}}{_CI_BODY}\s{{0,2}}{_CLOSE}"
_BARE_INTERVAL = rf"\(\s{{0,2}}(?P<blo>-?{_I})(?:{_DASH}|\s{{0,2}},\s{{1,2}})(?P<bhi>-?{_I})\s{{0,2}}\)"
_RANGE = rf"{_OPEN}\s{{0,2}}range:?\s{{1,2}}(?P<rlo>{_I})(?:{_DASH})(?P<rhi>{_I})\s{{0,2}}(?:months?|days?|weeks?|years?)?\s{{0,2}}{_CLOSE}"
_DUR_UNIT = r"(?P<unit>months?|mo\b|days?|weeks?)"
_COMP = r"(?:≥|≤|>=|<=|<|>|\u2265|\u2264|at\s+least|up\s+to|more\s+than|less\s+than|over|under|fewer\s+than)"

_PATTERNS: list[tuple[str, re.Pattern]] = [
    # 45.7% (n=42/92) · 78.4% [69/88 patients] · 48.2%, n=79/164 · 45.7%; n=42/92
    ("pct_frac", re.compile(
        rf"(?P<pct>{_N}){_PCT}\s{{0,2}}(?:{_OPEN}\s{{0,2}}|[;,]\s{{0,2}})(?:[nN]\s{{0,2}}=\s{{0,2}})?"
        rf"(?P<n>{_INT})\s{{0,2}}/\s{{0,2}}(?P<N>{_INT})(?:\s{{1,2}}patients)?(?!\d)")),
    # 23/164 patients (14%) · 7/160 (4%) · 43/164 adult patients (26%)
    ("frac_pct", re.compile(
        rf"(?P<n>{_INT_START})\s{{0,2}}/\s{{0,2}}(?P<N>{_INT})(?:\s{{1,2}}[A-Za-z-]{{2,20}}){{0,3}}"
        rf"\s{{0,2}}{_OPEN}\s{{0,2}}(?P<pct>{_I}){_PCT}\s{{0,2}}{_CLOSE}")),
    # 80 of 92 (87.0%) · 80 of 92 patients (87.0%)
    ("of_pct", re.compile(
        rf"(?P<n>{_INT_START})\s{{1,2}}(?:of|out\s+of)\s{{1,2}}(?P<N>{_INT})(?:\s{{1,2}}[A-Za-z-]{{2,20}}){{0,3}}"
        rf"\s{{0,2}}{_OPEN}\s{{0,2}}(?P<pct>{_I}){_PCT}\s{{0,2}}{_CLOSE}")),
    # 18 [23%] out of 79
    ("pct_outof", re.compile(
        rf"(?P<n>{_INT_START})\s{{0,2}}{_OPEN}\s{{0,2}}(?P<pct>{_I}){_PCT}\s{{0,2}}{_CLOSE}\s{{1,2}}"
        rf"(?:out\s+of|of)\s{{1,2}}(?P<N>{_INT})(?!\d)")),
    # n (x%): 87 (72%) patients · 3 patients (15.8%) · 23 [14%] · 63% (n=76)
    ("n_pct", re.compile(
        rf"(?P<n>{_INT_START})(?:\s{{1,2}}patients)?\s{{0,2}}{_OPEN}\s{{0,2}}(?P<pct>{_I}){_PCT}\s{{0,2}}{_CLOSE}"
        rf"|(?P<pct2>{_N}){_PCT}\s{{0,2}}{_OPEN}\s{{0,2}}[nN]\s{{0,2}}=\s{{0,2}}(?P<n2>{_INT})\s{{0,2}}{_CLOSE}")),
    # hazard / odds ratio with an optional CI: HR 0.75 [97.5% CI, 0.57-0.99]
    ("ratio", re.compile(
        rf"\b(?P<rk>HR|hazard\s+ratio|OR|odds\s+ratio)\b\s{{0,2}}(?:of|was|=|:|,)?\s{{0,2}}(?P<val>{_I})"
        rf"(?:\s{{0,2}}(?P<ci>{_CI}))?")),
    # p-values: P < 0.001 · P=0.0105 · p-value of .04
    ("p", re.compile(
        rf"(?<![\w-])[Pp](?:\s{{0,2}}-?\s{{0,2}}values?)?\s{{0,3}}(?P<cmp>=|<|>|≤|≥|<=|>=|\u2264|\u2265|of)\s{{0,3}}"
        rf"(?P<val>0?\.\d{{1,6}}|[01](?:\.0{{1,4}})?)(?![\d])")),
    # median (range): 43 (range 20–78) years · 29.6 months (range 1.7-49.7 months)
    ("range", re.compile(rf"(?P<val>{_N})(?:\s{{0,2}}{_DUR_UNIT})?\s{{0,2}}{_RANGE}(?:\s{{0,2}}years)?")),
    # ranges between two values: 30% to 50%, 31%–44%, 80% to 90%
    ("pct_range", re.compile(rf"(?P<lo>{_N})%?{_DASH}(?P<hi>{_I}){_PCT}")),
    # thresholds: ≥20%, <5%, up to 56 days, at least 5 months, ≥55 years
    ("threshold", re.compile(
        rf"{_COMP}\s{{0,2}}(?P<val>{_I})\s{{0,2}}(?:%|percent\b|months?|days?|weeks?|years?|msec\b|x\s|×)")),
    # 51.3 percentage points
    ("pp", re.compile(rf"(?P<val>{_N})\s{{0,2}}(?:percentage[\s-]{{1,2}}points?|%[\s-]{{1,2}}points?|pp\b)")),
    # 25% relative reduction
    ("rel_pct", re.compile(
        rf"(?P<val>{_N}){_PCT}\s{{1,2}}relative\s{{1,2}}(?P<dir>reduction|decrease|increase|improvement)")),
    # percentages with an optional CI: 80.7% (95% CI, 72.1-87.7)
    ("pct", re.compile(rf"(?P<val>{_N}){_PCT}(?!\s{{0,2}}(?:CI\b|confidence\s+interval))(?:\s{{0,2}}(?P<ci>{_CI}))?")),
    # durations with an optional CI: 7.7 months (95% CI, 6.0-9.2) · 14.1-month
    ("duration", re.compile(
        rf"(?P<val>{_N})\s{{0,2}}-?\s{{0,2}}{_DUR_UNIT}(?!\w)(?:\s{{0,2}}(?P<ci>{_CI}))?")),
    # estimate (interval) under a header: 0.53 (0.28-1.01) · 76.5 (50.1, 93.2)
    ("bare_interval", re.compile(rf"(?P<val>{_N})\s{{0,2}}{_BARE_INTERVAL}")),
    # patient counts
    ("count", re.compile(
        rf"(?:(?P<val>{_N})\s{{1,2}}(?:adult\s+|pediatric\s+|paediatric\s+|randomi[sz]ed\s+)?"
        rf"(?:patients|adults|subjects|children|responders)\b"
        rf"|(?<![\w/])[nN]\s{{0,2}}=\s{{0,2}}(?P<val2>{_INT})(?!\s{{0,2}}/)(?![\d.]))")),
    # bare n/N: (69/88) · FLAG (102/162)
    ("frac", re.compile(rf"(?P<n>{_INT_START_NO_DASH})\s{{0,2}}/\s{{0,2}}(?P<N>{_INT})(?![\w/.]|\.\d)")),
    # relative wording
    ("relative", re.compile(
        r"\b(?P<q>more\s+than\s+|nearly\s+|almost\s+|over\s+|approximately\s+)?"
        r"(?P<w>doubled|tripled|quadrupled|halved|twice\s+as|three\s+times|(?P<fold>\d{1,3}(?:\.\d{1,2})?)[\s-]fold)")),
]

# an interval's level given by a header such as "HR (97.5% CI)", "Odds ratio (95% CI)", "% (95% CI)"
_HEADER = re.compile(
    r"(?P<what>HR|[Hh]azard\s+ratio|OR|[Oo]dds\s+ratio|%|[Mm]edian)?\s{0,2},?\s{0,2}\(\s{0,2}(?P<level>\d{2}(?:\.\d)?)\s?%\s{0,2}CI\s{0,2}\)")

_RELATIVE_FACTORS = {"doubled": 2.0, "tripled": 3.0, "quadrupled": 4.0, "halved": 0.5,
                     "twice as": 2.0, "three times": 3.0}


#: how far before and after a run of digits a claim (or a mask) may reach ("hazard ratio of 0.75",
#: "NCI CTCAE Version 3.0"; "80.7% (95% CI, 72.1-87.7)" has digits all along); windows are then
#: widened to whitespace so a URL or code is always whole
WINDOW_BEFORE = 24
WINDOW_AFTER = 40
#: how far a window edge may move to reach whitespace (a URL or code is one long "word")
WINDOW_SNAP = 300
_DIGITS = re.compile(r"\d+")


def digit_windows(text: str) -> list[tuple[int, int]]:
    """Merged spans of ``text`` around its digits: every numeric claim and every mask lies inside one.

    Scanning only these windows (instead of the whole text) is what keeps extraction close to the
    cost of tokenizing: prose between numbers is never looked at by the claim patterns.
    """
    windows: list[tuple[int, int]] = []
    n = len(text)
    rfind, find = text.rfind, text.find
    for m in _DIGITS.finditer(text):
        s, e = m.start() - WINDOW_BEFORE, m.end() + WINDOW_AFTER
        if windows and s <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], e))
            continue
        windows.append((s, e))
    out: list[tuple[int, int]] = []
    for s, e in windows:
        if s <= 0:
            s = 0
        else:
            cut = max(rfind(" ", max(0, s - WINDOW_SNAP), s), rfind("\n", max(0, s - WINDOW_SNAP), s))
            s = cut + 1 if cut != -1 else max(0, s - WINDOW_SNAP)
        if e >= n:
            e = n
        else:
            cuts = [c for c in (find(" ", e, e + WINDOW_SNAP), find("\n", e, e + WINDOW_SNAP)) if c != -1]
            e = min(cuts) if cuts else min(n, e + WINDOW_SNAP)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def mask_spans(text: str, windows: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Spans of the text that hold numbers but are not claims (URLs, dates, codes …)."""
    if windows is None:
        windows = digit_windows(text)
    return [m.span() for s, e in windows for m in _MASKS.finditer(text, s, e)]


def _num(m: re.Match, group: str) -> Num | None:
    s = m.group(group)
    return Num.parse(s) if s else None


def _interval_from(m: re.Match, prefix: str = "") -> Interval | None:
    lo, hi = m.group("lo"), m.group("hi")
    if lo is None or hi is None:
        return None
    level = m.group("level")
    start, end = m.span("ci") if "ci" in m.re.groupindex and m.group("ci") else m.span()
    return Interval(Num.parse(lo), Num.parse(hi), float(level) if level else None, "ci", start, end)


def extract_claims(text: str, offset: int = 0) -> list[Claim]:
    """All numeric claims in ``text``; offsets are shifted by ``offset``.

    Pure function: the same text always gives the same claims, in document order.
    """
    windows = digit_windows(text)
    taken = _SpanSet(mask_spans(text, windows))
    claims: list[Claim] = []
    whole = [(0, len(text))]
    for name, pattern in _PATTERNS:
        # relative wording ("more than doubled") has no digit; every other pattern has one
        for ws, we in (whole if name == "relative" else windows):
            for m in pattern.finditer(text, ws, we):
                s, e = m.span()
                if s == e or not taken.free(s, e):
                    continue
                claim = _build(name, m, text)
                taken.add(s, e)
                if claim is None:
                    continue
                claims.append(claim)
    claims.sort(key=lambda c: c.start)
    if offset:
        for c in claims:
            c.start += offset
            c.end += offset
            if c.interval:
                c.interval.start += offset
                c.interval.end += offset
    return claims


class _SpanSet:
    """Claimed character spans, checked by binary search on sorted starts."""

    def __init__(self, spans: list[tuple[int, int]]):
        self._spans = sorted(spans)

    def free(self, s: int, e: int) -> bool:
        spans = self._spans
        i = bisect.bisect_left(spans, (e, -1))
        # any span starting before e that ends after s overlaps
        j = i - 1
        while j >= 0:
            a, b = spans[j]
            if b > s:
                return False
            # spans are non-overlapping and sorted, so earlier ones end earlier
            if b <= s:
                break
            j -= 1
        return True

    def add(self, s: int, e: int) -> None:
        bisect.insort(self._spans, (s, e))


def _build(name: str, m: re.Match, text: str) -> Claim | None:
    s, e = m.span()
    raw = text[s:e]
    if name in ("pct_frac", "frac_pct", "of_pct", "pct_outof"):
        n, total = int(m.group("n")), int(m.group("N"))
        if total == 0:
            return None
        return Claim("percentage", s, e, raw, value=Num.parse(m.group("pct")), unit="%", n=n, total=total)
    if name == "n_pct":
        n = int(m.group("n") or m.group("n2"))
        return Claim("percentage", s, e, raw, value=Num.parse(m.group("pct") or m.group("pct2")), unit="%", n=n)
    if name == "ratio":
        rk = m.group("rk").lower()
        kind = "hazard-ratio" if rk in ("hr", "hazard ratio") or rk.startswith("hazard") else "odds-ratio"
        ci = _interval_from(m) if m.group("ci") else None
        return Claim("ratio", s, e, raw, value=_num(m, "val"), ratio_kind=kind, interval=ci)
    if name == "p":
        cmp_ = m.group("cmp").replace("\u2264", "<=").replace("\u2265", ">=").replace("≤", "<=").replace("≥", ">=")
        if cmp_ == "of":
            cmp_ = "="
        return Claim("p-value", s, e, raw, value=_num(m, "val"), comparator=cmp_)
    if name in ("range", "pct_range", "threshold"):
        return None  # ranges and thresholds are definitions, not claims
    if name == "pp":
        return Claim("pp-difference", s, e, raw, value=_num(m, "val"), unit="percentage points")
    if name == "rel_pct":
        direction = m.group("dir")
        rel = "relative reduction" if direction in ("reduction", "decrease") else "relative increase"
        return Claim("relative", s, e, raw, value=_num(m, "val"), unit="%", relative=rel)
    if name == "pct":
        ci = _interval_from(m) if m.group("ci") else None
        return Claim("percentage", s, e, raw, value=_num(m, "val"), unit="%", interval=ci)
    if name == "duration":
        unit = m.group("unit").lower()
        unit = {"mo": "months", "month": "months", "day": "days", "week": "weeks"}.get(unit, unit)
        ci = _interval_from(m) if m.group("ci") else None
        return Claim("duration", s, e, raw, value=_num(m, "val"), unit=unit, interval=ci)
    if name == "bare_interval":
        return _bare_interval(m, text)
    if name == "count":
        val = m.group("val") or m.group("val2")
        num = Num.parse(val)
        if num.decimals:
            return None
        return Claim("count", s, e, raw, value=num, unit="patients")
    if name == "frac":
        n, total = int(m.group("n")), int(m.group("N"))
        if total == 0 or n > total:
            return None
        return Claim("fraction", s, e, raw, n=n, total=total)
    if name == "relative":
        word = re.sub(r"\s+", " ", m.group("w").lower())
        q = (m.group("q") or "").strip().lower()
        q = re.sub(r"\s+", " ", q)
        if m.group("fold"):
            factor = float(m.group("fold"))
            word = "fold"
        else:
            factor = _RELATIVE_FACTORS[word]
        rel = f"{q} {word}".strip()
        return Claim("relative", s, e, raw, relative=rel, factor=factor)
    return None  # pragma: no cover


def _bare_interval(m: re.Match, text: str) -> Claim | None:
    """`est (lo-hi)`: a CI when a header within the preceding lines names one, else a range."""
    s, e = m.span()
    val = Num.parse(m.group("val"))
    lo, hi = Num.parse(m.group("blo")), Num.parse(m.group("bhi"))
    window = text[max(0, s - 600) : s]
    headers = list(_HEADER.finditer(window))
    if not headers:
        return None  # "46.5 (18-78)": median (range) or an unlabelled pair; not a checkable claim
    h = headers[-1]
    level = float(h.group("level"))
    what = (h.group("what") or "").lower()
    interval = Interval(lo, hi, level, "ci", m.start("blo") - 1, e)
    if what in ("hr", "hazard ratio"):
        return Claim("ratio", s, e, text[s:e], value=val, ratio_kind="hazard-ratio", interval=interval)
    if what in ("or", "odds ratio"):
        return Claim("ratio", s, e, text[s:e], value=val, ratio_kind="odds-ratio", interval=interval)
    if what == "%":
        return Claim("percentage", s, e, text[s:e], value=val, unit="%", interval=interval)
    return Claim("estimate", s, e, text[s:e], value=val, interval=interval)
