"""The fast extraction and context paths give exactly what the straightforward ones gave.

claims.extract_claims searches each window only with the patterns whose literals it holds, finds
masks lazily with one pattern per mask (merged as the alternation would match), and searches
relative wording only around its key words; claims._MASK_BRANCHES writes some masks to start
with a character class, and context.attach_context skips case-insensitive searches that cannot match. These tests hold them
to the straightforward definitions (copied below as they were before the fast paths): every
pattern over every window, the masks as one alternation, relative wording over the whole text;
on the shipped texts and on generated claim-shaped text. (They compare claims._extract, the
extraction proper; extract_claims first reads numbers written other ways through
claims.normalise_numbers, tested in test_number_forms.py.)
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import claims
from claimcheck.claims import digit_windows, extract_claims, mask_spans

ROOT = Path(__file__).resolve().parents[2]

# ------------------------------------------------------------------ the definitions
_MONTH = claims._MONTH
MASKS_DEF = re.compile("|".join([
    r"(?:https?://|www\.)[^\s<>\"']{1,2000}",
    r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b",
    r"\b[A-Z]{2,5}(?:-[A-Z0-9]{2,8}){2,5}\b",
    r"(?<![\d/.-])(?:\+?1[-. ])?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?![\d-])",
    rf"\b{_MONTH}\.?\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,3}}(?:19|20)\d{{2}}\b",
    rf"\b\d{{1,2}}\.?\s{{1,3}}{_MONTH}\.?,?\s{{1,3}}(?:19|20)\d{{2}}\b",
    rf"\b{_MONTH}\.?,?\s{{1,3}}(?:19|20)\d{{2}}\b",
    r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b",
    r"\b\d{1,2}/\d{1,2}/(?:19|20)?\d{2}\b",
    r"\b(?:19|20)\d{2}\s{0,2};\s{0,2}\d{1,4}(?:\s{0,2}\(\d{1,4}\))?\s{0,2}:\s{0,2}[A-Za-z]?\d{1,6}"
    r"(?:\s{0,2}[-\u2013]\s{0,2}[A-Za-z]?\d{1,6})?",
    r"\b[A-Z]\d{2}[A-Z]{2}\d{2}\b",
    r"\b(?:[Vv]ersion|[Vv]\.|[Ss]ection|[Aa]bschnitt|[Tt]able|[Ff]igure|[Ff]ig\.|[Ss]tudy|[Pp]hase|"
    r"[Gg]rade|[Cc]ategory|NCI CTCAE)"
    r"\s{0,2}[A-Z]?\d{1,4}(?:[./]\d{1,4}){0,3}(?:\s{0,2}(?:and|or|to|-|\u2013)\s{0,2}\d{1,4}){0,2}\b",
    r"\b(?:[Cc]ycles?|[Dd]ays?)\s{0,2}\d{1,4}(?:\s{0,2}(?:,|and|or|to|-|\u2013)\s{0,2}\d{1,4}(?![.,]\d|\s?%)"
    r"(?!\s{0,2}[(\[]\s{0,2}\d{1,3}(?:[.,]\d{1,3})?\s?%|\s{1,2}(?:patients|adults|subjects|children)\b)){0,6}\b",
    r"©\s{0,2}(?:19|20)\d{2}",
    r"\b(?:19|20)\d{2}\b(?!\s{0,2}(?:%|patients|months|days))",
    r"\b\d{1,3}(?:[.,]\d{1,3})?\s{0,2}(?:x|×)\s{0,2}10\s{0,2}[-\u2212]?\d{1,2}(?:\s{0,2}/\s{0,2}\w{1,4})?",
    r"\b\d{1,4}(?:\.\d{1,3})?\s{0,2}(?:mg|µg|mcg|g|mL|ml|L|msec|ms|IU|U|kg|cm|mm)(?:/(?:m2|m²|kg|L|dL|mm3))?\b",
    r"\b\d{1,2}\s{0,2}:\s{0,2}\d{1,2}\b",
]))


#: the patterns as they were written: p and count began with a look-behind (now checked after
#: the first character), the others are unchanged
_P_DEF = re.compile(
    r"(?<![\w-])[Pp](?:\s{0,2}-?\s{0,2}values?)?\s{0,3}(?P<cmp>=|<|>|≤|≥|<=|>=|\u2264|\u2265|of)\s{0,3}"
    r"(?P<val>0?\.\d{1,6}|[01](?:\.0{1,4})?)(?![\d])")
_COUNT_DEF = re.compile(
    rf"(?:(?P<val>{claims._N})\s{{1,2}}(?:adult\s+|pediatric\s+|paediatric\s+|randomi[sz]ed\s+)?"
    rf"(?:patients|adults|subjects|children|responders)\b"
    rf"|(?<![\w/])[nN]\s{{0,2}}=\s{{0,2}}(?P<val2>{claims._INT})(?!\s{{0,2}}/)(?![\d.]))")
PATTERNS_DEF = [(name, {"p": _P_DEF, "count": _COUNT_DEF}.get(name, pattern)) for name, pattern in claims._PATTERNS]


def digit_windows_def(text: str) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    n = len(text)
    for m in re.finditer(r"\d+", text):
        s, e = m.start() - claims.WINDOW_BEFORE, m.end() + claims.WINDOW_AFTER
        # a ratio's name further back, words only between: the window starts there
        named = claims._RATIO_NAME_BEFORE.search(text, max(0, m.start() - claims.RATIO_REACH), m.start())
        if named is not None:
            s = min(s, named.start())
        if windows and s <= windows[-1][1]:
            windows[-1] = (min(windows[-1][0], s), max(windows[-1][1], e))
            continue
        windows.append((s, e))
    out: list[tuple[int, int]] = []
    snap = claims.WINDOW_SNAP
    for s, e in windows:
        if s <= 0:
            s = 0
        else:
            cut = max(text.rfind(" ", max(0, s - snap), s), text.rfind("\n", max(0, s - snap), s))
            s = cut + 1 if cut != -1 else max(0, s - snap)
        if e >= n:
            e = n
        else:
            cuts = [c for c in (text.find(" ", e, e + snap), text.find("\n", e, e + snap)) if c != -1]
            e = min(cuts) if cuts else min(n, e + snap)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def extract_claims_def(text: str) -> list[claims.Claim]:
    """Every pattern over every window (relative wording over the whole text), in priority order;
    a match overlapping a mask or an earlier match is dropped."""
    windows = digit_windows_def(text)
    taken = sorted(m.span() for s, e in windows for m in MASKS_DEF.finditer(text, s, e))
    out = []
    for name, pattern in PATTERNS_DEF:
        for ws, we in ([(0, len(text))] if name == "relative" else windows):
            for m in pattern.finditer(text, ws, we):
                s, e = m.span()
                i = bisect.bisect_left(taken, (e, -1))
                if s == e or (i and taken[i - 1][1] > s):
                    continue
                claim = claims._build(name, m, text)
                bisect.insort(taken, (s, e))
                if claim is not None:
                    out.append(claim)
    return sorted(out, key=lambda c: c.start)


# ------------------------------------------------------------------ inputs
def _shipped_texts() -> list[str]:
    paths = sorted((ROOT / "corpus").glob("*.md")) + sorted((ROOT / "corpus").glob("*.txt"))
    paths += sorted(p for p in (ROOT / "tests" / "fixtures").rglob("*") if p.suffix in (".md", ".txt", ".html"))
    paths += sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


#: pieces of claims, masks and their surroundings, for generated text
PIECES = [
    "80.7%", "45.7% (n=42/92)", "23/164 patients (14%)", "80 of 92 (87.0%)", "18 [23%] out of 79", "87 (72%)",
    "HR 0.75 [97.5% CI, 0.57-0.99]", "hazard ratio of", "odds ratio", "P<0.001", "p-value of .04", "P = 0.0105",
    "43 (range 20\u201378) years", "30% to 50%", "\u226520%", "up to 56 days", "at least", "51.3 percentage points",
    "25% relative reduction", "7.7 months (95% CI, 6.0-9.2)", "14.1-month", "0.53 (0.28-1.01)", "(95% CI)",
    "Odds ratio (95% CI)", "164 patients", "n = 139", "N=326", "69/88", "more than doubled", "nearly", "2-fold",
    "three times", "twice  as", "halved", "www.example.org/x1", "https://a.b/c?d=1", "info@example.com",
    "PP-INO-USA-0641", "(555) 123-4567", "+1 555-123-4567", "1-800-555-0199", "May 2, 2014", "2 May 2014",
    "June 2021", "M\u00e4rz 2020", "2014-05-02", "10/02/2014", "2016;375(8):740-753", "L01XC26", "Version 3.0",
    "Table 2", "Fig. 3", "NCI CTCAE v4.03", "Section 4.4 and 5", "ALL", "PETHEMA", "Cycle 1", "Days 1, 8 and 15",
    "Salvage 2", "study 1", "Phase 3", "grade 3-4", "Category 2", "Abschnitt 4.4", "v. 2", "figure 1", "ALL1",
    "\u00a9 2017", "2019", "1 x 10-4", "2.3 \u00d7 103/mm3", "0.8 mg/m2", "50 mL", "1:1", "12:30",
    " ", " ", "  ", "\n", "\n\n", "\t", ", ", "; ", ". ", " vs ", " and ", "(", ")", "[", "]", "%", "/", "-", "\u2013",
    "=", "of", "patients", "months", "x", "A", "Ph+", "\u017f", "\u0131", "\u0663", "1", "23", "4.5", "1,234", "_",
]
claimish = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map("".join)


def _as_dicts(found):
    return [dataclasses.asdict(c) for c in found]


# ------------------------------------------------------------------ extraction
@pytest.mark.parametrize("index", range(len(_shipped_texts())))
def test_shipped_texts_extract_as_defined(index):
    text = _shipped_texts()[index]
    windows = digit_windows(text)
    assert windows == digit_windows_def(text)
    assert mask_spans(text, windows) == [m.span() for s, e in windows for m in MASKS_DEF.finditer(text, s, e)]
    assert _as_dicts(claims._extract(text)) == _as_dicts(extract_claims_def(text))


@settings(max_examples=300, deadline=None)
@given(claimish)
def test_generated_text_extracts_as_defined(text):
    windows = digit_windows(text)
    assert windows == digit_windows_def(text)
    assert mask_spans(text, windows) == [m.span() for s, e in windows for m in MASKS_DEF.finditer(text, s, e)]
    assert _as_dicts(claims._extract(text)) == _as_dicts(extract_claims_def(text))


@settings(max_examples=300, deadline=None)
@given(claimish, st.integers(0, 400), st.integers(0, 400))
def test_masks_match_the_alternation_anywhere(text, a, b):
    """Written to start with a character class, the masks still match what they matched, from any
    position to any end (windows start and end anywhere)."""
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    expected = [m.span() for m in MASKS_DEF.finditer(text, start, end)]
    assert [m.span() for m in claims._MASKS.finditer(text, start, end)] == expected
    assert list(claims._mask_scan(text, start, end, text[start:end])) == expected


@pytest.mark.parametrize("text", [
    "a" * 1000 + " more than doubled",                      # the stretch reaches further back than the first look
    "more" + " " * 400 + "than\n\n doubled, 1.5-fold",
    "x " * 500 + "twice" + " " * 300 + "as high (3-fold)",
    "fold," * 200,
    "Response more than doubled (45% vs 21%); OS nearly doubled, 14 vs 7 months",
])
def test_relative_wording_is_found_as_in_the_whole_text(text):
    assert _as_dicts(claims._extract(text)) == _as_dicts(extract_claims_def(text))


def test_long_runs_without_whitespace_extract_as_defined():
    for text in ["1" * 3000, "a1" * 2000, "x" * 400 + " 12% " + "y" * 400, "1." * 3000,
                 "(" * 2000 + "1", "z" * 310 + "45.7% (n=42/92)" + "q" * 305]:
        assert digit_windows(text) == digit_windows_def(text)
        assert _as_dicts(claims._extract(text)) == _as_dicts(extract_claims_def(text))


# ------------------------------------------------------------------ context
def _context(text, terms=()):
    from claimcheck.context import Term, attach_context

    found = extract_claims(text)
    return attach_context(found, [(0, len(text))], [Term(*t) for t in terms], text)


@pytest.mark.parametrize("text, cues", [
    ("In a post hoc analysis, CR/CRi was 80.7%.", ["post-hoc"]),
    ("A posthoc, pooled analysis: 80.7%.", ["pooled", "post-hoc"]),
    ("In the \u017fubgroup of adults, 80.7%.", ["\u017fubgroup"]),   # re.I: a long s is an s
    ("In the SUBGROUPS, 80.7%.", ["subgroups"]),
    ("CR/CRi was 80.7%.", []),
])
def test_analysis_cues_are_found_case_insensitively(text, cues):
    assert _context(text)[0].analysis_cues == cues


@pytest.mark.parametrize("word", ["respectively", "RESPECTIVELY", "respect\u0131vely", "Corresponding"])
def test_respectively_chains_values_listed_with_and(word):
    """With "respectively" (in any case, even with a dotless i, as re.I reads it) values listed
    with "and" form a chain and take the arms in the order the sentence names them."""
    text = f"InO and SC achieved CR/CRi in 80.7% and 29.4% of patients, {word}."
    ino, sc = text.index("InO"), text.index("SC")
    terms = [(ino, ino + 3, "arm", "ino"), (sc, sc + 2, "arm", "sc")]
    assert [(c.arm, c.arm_source) for c in _context(text, terms)] == [("ino", "chain"), ("sc", "chain")]
    plain = text.replace(word, "so")
    assert [(c.arm, c.arm_source) for c in _context(plain, terms)] == [("sc", "ambiguous"), ("sc", "ambiguous")]
