"""Claim extraction: numeric claims out of (messy) promotional text (the Claim itself: model.py).

Extraction is a set of small, bounded regular expressions applied to the document text in a
fixed priority order (compound forms first, so "45.7% (n=42/92)" is one claim, not three). A
span claimed by one pattern is not matched again. Before extraction, spans that hold numbers but
are not claims are masked: URLs, e-mail addresses, job codes (PP-XYZ-USA-0641), phone numbers,
dates, journal citations ("2016;375(8):740-753"), ATC codes, version and section numbers.
Citation markers glued to words or closing brackets ("patients1,a", "0.001)2,a", "ALL2,4") are
never numbers: a standalone number must not follow a letter, ``)``, ``]``, ``%`` or ``/``.

Every pattern is linear: no nested quantifiers (but for the digit-cluster scan, whose repeated
group is non-digits then digits, so a run can be split only one way), bounded gaps ({0,n}), so no
input makes them backtrack catastrophically (tests/test_regex_safety.py feeds them pathological
input).

Extraction must cost little more than tokenizing, so the patterns run only in windows around
digits, a pattern only where a window holds the literals it needs, and the masks one by one and
only where a claim needs checking against them; see :func:`extract_claims`. The results are those
of the plain definition (every pattern over every window, the masks as one alternation), which
tests/engine/test_extraction_speed_equivalence.py holds them to.

The pure function :func:`extract_claims` does the work; ``pipeline.claim_component`` wraps it as a
spaCy component that stores the claims on ``doc._.claims``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from importlib import resources

import yaml

from .model import Claim, ClaimKind, Interval
from .numbers import Num, qualified_band

# --------------------------------------------------------------------------- the model

# Claim, its ClaimKind and Interval are defined with the rest of the data model in model.py.

# --------------------------------------------------------------------------- number normalisation

#: characters that may make a number unreadable as written: full-width forms (U+FF01-FF5E), minus
#: signs other than "-", zero-width characters and soft hyphens, middle dots, thin and narrow
#: no-break spaces, and the comma (a decimal comma, EU style). Text without any is not copied.
_NUMBER_ODDITY = re.compile(
    "[\uff01-\uff5e\u2212\u2012\ufe63\u200b-\u200d\u2060\ufeff\u00ad\u00b7\u2219\u22c5\u2009\u202f]")
_FULL_WIDTH = re.compile("[\uff01-\uff5e]")
_FULL_WIDTH_TO_ASCII = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
#: a zero-width character or soft hyphen between two digits: dropped ("3\u200b0%" is 30%)
_INVISIBLE_IN_NUMBER = re.compile(
    r"[\u200b-\u200d\u2060\ufeff\u00ad](?<=\d.)[\u200b-\u200d\u2060\ufeff\u00ad]*(?=\d)")
#: a middle dot between digits is a decimal point (British typography: 80·7%)
_MIDDLE_DOT = re.compile(r"[\u00b7\u2219\u22c5](?<=\d.)(?=\d)")
#: a thin or narrow no-break space grouping thousands (1\u202f234) is a thousands separator
_THIN_GROUP = re.compile(r"[\u2009\u202f](?<=\d.)(?=\d{3}(?!\d))")
_MINUS = str.maketrans({"\u2212": "-", "\u2012": "-", "\ufe63": "-"})
#: a unit after which a number with a comma and one or two digits is a decimal ("51,3 percentage
#: points", "18,6 points" too)
_DECIMAL_UNIT = r"\s?(?:%|percent\b|per\s+cent\b|percentage[\s-]points?\b|points?\b|pp\b|months?\b|mo\b|weeks?\b|wks?\b|days?\b|years?\b)"
#: a decimal comma anywhere the context cannot mean thousands: one or two digits after the comma,
#: then a percent sign or a unit of time ("80,7 %", "80,75%", "7,7 months"), or then "vs", "and", a
#: slash or a dash and another such number with the unit of both ("9,3 vs 5,6 months", "7,7/6,2 months");
#: thousands are grouped by three
_DECIMAL_COMMA_PCT = re.compile(
    r"(\d(?<![\d,.]\d)\d{0,2}),(\d{1,2})(?=" + _DECIMAL_UNIT + r"|\s{0,2}(?:(?:vs\.?|versus|and|or|to)\s{1,2}|[/\u2013-]\s{0,2})"
    r"\d{1,3},\d{1,2}" + _DECIMAL_UNIT + r")"
    r"|(0(?<![\d,.]0)),(\d{1,6})(?!\d|,\d)")  # no number grouped in thousands starts with 0: "HR 0,75"
#: the second and later spaces of a run of spaces: dropped for extraction, so a number reads the same
#: whatever width of blanks a reader left beside it (an HTML entity keeps its source width:
#: "0.57&ndash;0.99" is "0.57\u2013      0.99", "80.7&nbsp;%" is "80.7      %")
_SPACE_RUN = re.compile(r" (?<=  ) *")
#: with the market's own convention (EU): a comma followed by one or two digits and no further
#: digit is a decimal comma ("Median 7,7", "OR 8,61"); a comma and a space after it is punctuation
#: ("HR 0,75, 97,5 % CI": the number ends at it)
_DECIMAL_COMMA_MARKET = re.compile(r"(\d(?<![\d,.]\d)\d{0,2}),(\d{1,2})(?!\d|,\d)")


#: a count in words, up to 9,999: "eighty-eight", "Ninety eight", "one hundred and nine", "a hundred",
#: "two thousand three hundred", "twelve"
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
#: the gap between the words of a count in words: a space or two, or a line wrap with its indent
#: ("one\n     hundred sixty-four": a plain-text script wraps its lines)
_GAP = r"(?:[ \t]{1,2}|[ \t]?\n[ \t]{0,12})"
_U = "(?:one|two|three|four|five|six|seven|eight|nine)"
_B100 = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]" + _U + r")?"
         r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + _U + ")")
_B1000 = rf"(?:(?:{_U}|a){_GAP}hundred(?:{_GAP}(?:and{_GAP})?{_B100}(?![\w-]))?|{_B100})"
_CARDINAL = rf"(?:(?:{_B100}|a){_GAP}thousand(?:,?{_GAP}(?:and{_GAP})?{_B1000}(?![\w-]))?|{_B1000})"
#: a count in words, then "of" and a count (in words or digits: "eighty-eight of the first 109"), or
#: a count (in digits) then "of" and a count in words ("88 of one hundred and nine"): an n of N
_SPELLED_N_OF = re.compile(
    rf"(?<![\w-])(?P<n>{_CARDINAL})(?![\w-])(?={_GAP}(?:of|out{_GAP}of){_GAP}(?:(?:the|all){_GAP})?"
    rf"(?:first{_GAP})?(?:\d|(?P<words>{_CARDINAL})(?![\w-])))", re.I)
_SPELLED_OF_N = re.compile(
    rf"(?<![\w.,-])(?:\d{{1,7}}|{_CARDINAL}){_GAP}(?:of|out{_GAP}of){_GAP}(?:(?:the|all){_GAP})?"
    rf"(?:first{_GAP})?(?P<N>{_CARDINAL})(?![\w-])", re.I)
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|"
                r"sixty|seventy|eighty|ninety|hundred|thousand)")
#: a number of days or weeks in words after a word that makes it a time ("resolved within two weeks",
#: "recovered after ten days", "in a median of twelve days"): read in digits as a duration
_SPELLED_TIME = re.compile(
    rf"\b(?:within|after|in|over|by|of|than){_GAP}(?:(?:about|approximately|around|only|just){_GAP})?"
    rf"(?P<n>{_B100})(?![\w-])(?={_GAP}(?:days|weeks)\b)", re.I)
#: a number of treatment cycles in words that a dosing statement gives ("up to eight cycles", "a maximum
#: of six treatment cycles", "the recommended duration is two cycles", "given for three cycles"): read
#: in digits as one in digits is (the "cycles" pattern); not a count of what patients had ("completed
#: two cycles")
_SPELLED_CYCLES = re.compile(
    rf"(?<![\w-])(?:up{_GAP}to|maximum{_GAP}of|at{_GAP}most|no{_GAP}more{_GAP}than|for|is|are|"
    rf"receive|be{_GAP}given){_GAP}(?P<n>{_B100})(?![\w-])(?={_GAP}(?:treatment{_GAP})?cycles\b)", re.I)
#: a percentage in words: "eighty-five percent", "fifty per cent", "twenty-nine point four percent", "a
#: hundred percent": read in digits ("85 percent", "29.4 percent"), its precision as written (a whole
#: number; one decimal for "point four")
_DIGIT_WORDS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
                "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_SPELLED_PCT = re.compile(
    rf"(?<![\w-])(?P<n>{_CARDINAL})(?:{_GAP}point(?P<dec>(?:{_GAP}(?:zero|nought|oh|{_U})){{1,3}}))?"
    rf"(?![\w-])(?={_GAP}(?:percent|per\s{{1,2}}cent)\b)", re.I)
#: a length of time in words, whole or with a decimal in words: "seven point seven months", "fifteen
#: days", "six\n   point two months" (a script read aloud): read in digits ("7.7 months"), its
#: precision as written
_SPELLED_DURATION = re.compile(
    rf"(?<![\w-])(?P<n>{_CARDINAL})(?:{_GAP}point(?P<dec>(?:{_GAP}(?:zero|nought|oh|{_U})){{1,3}}))?"
    rf"(?![\w-])(?={_GAP}(?:months?|weeks?|days?)\b)", re.I)
#: the words that make a count in words worth looking for: a number word then "of"/"out", or "of" then one,
#: or a number word then "days"/"weeks"; a number word then "percent", "per cent" or "point"
_SPELLED_HINT = re.compile(rf"(?i:{_NUMBER_WORD}{_GAP}(?:of|out|days?|weeks?|months?|percent|per\s{{1,2}}cent|point|cycles|treatment\s{{1,2}}cycles)\b|\bof{_GAP}(?:(?:the|all)\s{{1,2}})?"
                           rf"(?:first\s{{1,2}})?(?:{_NUMBER_WORD}|a\s{{1,2}}hundred)\b)")
#: what stands in the normalised text for the letters of a count in words beyond its digits
#: (dropped, so offsets map back: see :class:`NumberMap`)
_FILLER = "\ufdd0"
_FILLER_RUN = re.compile("\ufdd0+")


_CARDINAL_RE = re.compile(rf"(?<![\w-]){_CARDINAL}(?![\w-])", re.I)


def cardinals_in_digits(text: str, least: int = 10) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each count in words of at least ``least`` ("three hundred and seventy-five",
    "forty-seven") written in digits, and the shifts to map a position back: a sorted list of
    (position in the new text, position in ``text``) at the start of each replacement and right after it."""
    pieces, marks, last, shift = [], [], 0, 0
    for m in _CARDINAL_RE.finditer(text):
        value = cardinal_value(m.group())
        if value is None or value < least:
            continue
        digits = str(value)
        pieces.append(text[last:m.start()])
        new_start = m.start() + shift
        marks.append((new_start, m.start()))
        pieces.append(digits)
        shift += len(digits) - (m.end() - m.start())
        marks.append((m.end() + shift, m.end()))
        last = m.end()
    if not marks:
        return text, []
    pieces.append(text[last:])
    return "".join(pieces), marks


def cardinal_value(words: str) -> int | None:
    """The value of a count in words ("eighty-eight" 88, "one hundred and nine" 109); None if not one."""
    total = current = 0
    seen = False
    for w in re.split(r"[\s,-]+", words.lower()):
        if not w or w == "and":
            continue
        if w == "a":
            current += 1
        elif w in _UNITS:
            current += _UNITS[w]
        elif w in _TEENS:
            current += _TEENS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "thousand":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _spelled_counts(text: str) -> str:
    """``text`` with the counts in words of an n of N, and the days or weeks in words of a time
    (:data:`_SPELLED_TIME`), in digits, padded with :data:`_FILLER` to the same length ("Eighty-eight
    of 109" is "88" + 10 fillers + " of 109")."""
    # both in words and a whole of ten or fewer ("three out of four", "nine of ten") is a proportion in
    # words (A005 judges it), not counts
    spans = [(m.start("n"), m.end("n")) for m in _SPELLED_N_OF.finditer(text)
             if not m.group("words") or (cardinal_value(m.group("words")) or 0) > 10]
    spans += [(m.start("N"), m.end("N")) for m in _SPELLED_OF_N.finditer(text)
              if (cardinal_value(m.group("N")) or 0) > 10]
    spans += [(m.start("n"), m.end("n")) for m in _SPELLED_TIME.finditer(text)]
    spans += [(m.start("n"), m.end("n")) for m in _SPELLED_CYCLES.finditer(text)]
    decimals: dict[int, tuple[int, str]] = {}  # a percentage's or time's start -> (its end, its decimals in digits)
    for m in (*_SPELLED_PCT.finditer(text), *_SPELLED_DURATION.finditer(text)):
        spans.append((m.start(), m.end()))
        if m.group("dec"):
            decimals[m.start()] = (m.end("n"), "".join(_DIGIT_WORDS[w.lower()] for w in m.group("dec").split()))
    if not spans:
        return text
    pieces, pos = [], 0
    for a, b in sorted(set(spans)):
        if a < pos:
            continue
        whole_end, frac = decimals.get(a, (b, ""))
        value = cardinal_value(text[a:whole_end])
        if value is None:
            continue
        digits = f"{value}.{frac}" if frac else str(value)
        if len(digits) > b - a:
            continue
        pieces += [text[pos:a], digits, _FILLER * (b - a - len(digits))]
        pos = b
    pieces.append(text[pos:])
    return "".join(pieces)


@dataclass(frozen=True)
class NumberMap:
    """Offsets between a text and its number-normalised copy: only dropped characters move offsets."""

    #: offsets in the normalised text before which a dropped character stood, one per character
    dropped: tuple[int, ...]

    def start(self, p: int) -> int:
        """The original offset of the character at normalised offset ``p``."""
        return p + bisect.bisect_right(self.dropped, p)

    def end(self, p: int) -> int:
        """The original end (exclusive) of a span that ends at normalised offset ``p``."""
        return p if p == 0 else self.start(p - 1) + 1


def normalise_numbers(text: str, decimal_comma: bool = False) -> tuple[str, NumberMap | None]:
    """The text with numbers written the ordinary way, and the map back to ``text``'s offsets.

    The one place where numbers written other ways are made readable (extraction runs on the
    result; claims carry the original offsets, so findings point at the original columns):

    * full-width forms become ASCII (NFKC of U+FF01-FF5E: "８０．７％" is 80.7%);
    * Unicode minus signs become "-" (en dashes in ranges are read as dashes already);
    * a zero-width space, joiner or word joiner, BOM or soft hyphen between digits is dropped;
    * a middle dot between digits is a decimal point ("80·7%");
    * a thin or narrow no-break space before a group of three digits is a thousands separator;
    * a run of spaces is read as one space (the others are dropped);
    * a count spelled out in an n of N ("eighty-eight of 109", "88 of one hundred and nine",
      "(Ninety-eight of the first 109 patients)"), and days or weeks in words after "within", "after",
      "in" and the like ("resolved within two weeks"), a number of cycles in words ("up to eight
      cycles"), and a percentage in words ("eighty-five percent",
      "twenty-nine point four per cent"), are read in digits (:func:`_spelled_counts`);
    * a decimal comma is a decimal point where the text cannot mean thousands (one or two digits
      after it, then "%" or a unit of time: "80,7 %", "7,7 months"; after a lone 0: "HR 0,75") and, with ``decimal_comma`` (the market writes numbers so: EU),
      wherever one or two digits follow it ("Median 7,7", "OR 8,61").

    Every change but the dropped characters keeps the text's length. Returns ``(text, None)`` when
    nothing changes (most text): no copy is made.
    """
    out = text
    if _SPELLED_HINT.search(text) is not None and _FILLER not in text:
        out = _spelled_counts(out)
    if _NUMBER_ODDITY.search(text) is not None:
        if _FULL_WIDTH.search(out):
            out = out.translate(_FULL_WIDTH_TO_ASCII)
        out = out.translate(_MINUS)
        out = _MIDDLE_DOT.sub(".", out)
        out = _THIN_GROUP.sub(",", out)
    out = _DECIMAL_COMMA_PCT.sub(lambda m: f"{m.group(1) or m.group(3)}.{m.group(2) or m.group(4)}", out)
    if decimal_comma:
        out = _DECIMAL_COMMA_MARKET.sub(r"\1.\2", out)
    dropped: list[int] = []
    drops = []
    if _INVISIBLE_IN_NUMBER.search(out):
        drops = list(_INVISIBLE_IN_NUMBER.finditer(out))
    if out is not text and _FILLER in out:
        drops = sorted(drops + list(_FILLER_RUN.finditer(out)), key=lambda m: m.start())
    if "  " in out:
        drops = sorted(drops + list(_SPACE_RUN.finditer(out)), key=lambda m: m.start())
    if drops:
        pieces, pos, removed = [], 0, 0
        for m in drops:
            pieces.append(out[pos:m.start()])
            width = m.end() - m.start()
            dropped.extend([m.start() - removed] * width)
            removed += width
            pos = m.end()
        pieces.append(out[pos:])
        out = "".join(pieces)
    if out == text:
        return text, None
    return out, NumberMap(tuple(dropped))


# --------------------------------------------------------------------------- masks

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Januar|Februar|März|Mai|"
          r"Juni|Juli|Oktober|Dezember)")

#: the literals every date mask contains (a month name's first letters)
_MONTH_HINTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
                "Mär", "Mai", "Okt", "Dez")

#: phone numbers, ``(?<![\d/.-])(?:\+?1[-. ])?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?![\d-])`` written to
#: start with a character class (see below): the first character ("+", "1", "(" or the area code's
#: first digit), then the rest of the country code, or of the area code, according to which it was
_PHONE_REST = r"\)?[-. ]\d{3}[-. ]\d{4}(?![\d-])"
_PHONE = (rf"[+(\d](?<![\d/.-].)(?:(?<=\+)1[-. ]\(?\d{{3}}{_PHONE_REST}|(?<=1)[-. ]\(?\d{{3}}{_PHONE_REST}"
          rf"|(?<=\()\d{{3}}{_PHONE_REST}|(?<=\d)\d{{2}}{_PHONE_REST})")

#: what follows a label word: "Table 3", "Section 4.4 and 5", "Phase 1/2"
_LABEL_NUMBER = r"\s{0,2}[A-Z]?\d{1,4}(?:[./]\d{1,4}){0,3}(?:\s{0,2}(?:and|or|to|-|\u2013)\s{0,2}\d{1,4}){0,2}\b"

#: The masks, one pattern each, with the literals a match of it always contains (any one of them;
#: none: no such literal). They are searched one by one, not as one alternation: an alternation
#: tries each of its branches at every position of the text, while a pattern that starts with a
#: literal or a character class lets the regex engine skip to the places it can start, and a mask
#: whose literals are absent from a window is not searched there at all (see :func:`_mask_scan`).
#: Hence ``[A-Z](?<=\b.)`` for ``\b[A-Z]``, ``\d(?<=\b.)`` for ``\b\d`` and ``(?:19|20)(?<=\b..)``
#: for ``\b(?:19|20)``: the same word boundary, checked after the first character instead of before.
_MASK_BRANCHES: list[tuple[re.Pattern, tuple[str, ...]]] = [(re.compile(p), hints) for p, hints in [
    (r"(?:https?://|www\.)[^\s<>\"']{1,2000}", ("http", "www.")),                       # URLs
    (r"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}\b", ("@",)),                  # e-mail
    (r"[A-Z](?<=\b.)[A-Z]{1,4}(?:-[A-Z0-9]{2,8}){2,5}\b", ("-",)),                     # job codes PP-XYZ-USA-0641
    (_PHONE, ()),                                                                       # phone numbers
    (rf"\b{_MONTH}\.?\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,3}}(?:19|20)\d{{2}}\b", _MONTH_HINTS),  # May 2, 2014
    (rf"\d(?<=\b.)\d?\.?\s{{1,3}}{_MONTH}\.?,?\s{{1,3}}(?:19|20)\d{{2}}\b", _MONTH_HINTS),            # 2 May 2014
    (rf"\b{_MONTH}\.?,?\s{{1,3}}(?:19|20)\d{{2}}\b", _MONTH_HINTS),                                  # May 2021
    (r"(?:19|20)(?<=\b..)\d{2}-\d{2}-\d{2}\b", ("-",)),                                # ISO dates
    (r"\d(?<=\b.)\d?/\d{1,2}/(?:19|20)?\d{2}\b", ("/",)),                              # 10/02/2014
    (r"(?:19|20)(?<=\b..)\d{2}\s{0,2};\s{0,2}\d{1,4}(?:\s{0,2}\(\d{1,4}\))?\s{0,2}:\s{0,2}[A-Za-z]?\d{1,6}"
     r"(?:\s{0,2}[-\u2013]\s{0,2}[A-Za-z]?\d{1,6})?", (";",)),                            # 2016;375(8):740-753
    (r"[A-Z](?<=\b.)\d{2}[A-Z]{2}\d{2}\b", ()),                                        # ATC codes L01XC26
    # version, section, table … numbers: \b(?:[Vv]ersion|[Vv]\.|[Ss]ection|[Aa]bschnitt|[Tt]able|[Ff]igure|
    # [Ff]ig\.|[Ss]tudy|[Pp]hase|[Gg]rade|[Cc]ategory|NCI CTCAE) and a number, written to start with a
    # character class like _PHONE: the first letter, then the rest of the word by that letter. Words of
    # a therapeutic area that label a number the same way come from the claims library (label_masks).
    (r"[VvSsAaTtFfPpGgCcN](?<=\b.)(?:(?<=[Vv])(?:ersion|\.)|(?<=[Ss])(?:ection|tudy)|(?<=[Aa])bschnitt"
     r"|(?<=[Tt])able|(?<=[Ff])ig(?:ure|\.)|(?<=[Pp])hase|(?<=[Gg])rade|(?<=[Cc])ategory"
     r"|(?<=N)CI CTCAE)" + _LABEL_NUMBER,
     ("ersion", "V.", "v.", "ection", "bschnitt", "able", "igure", "ig.", "tudy", "hase", "rade", "ategory",
      "NCI CTCAE")),
    # cycle and day numbers, listed ("Days 1, 8, and 15"); never a figure after them ("in Cycle 1, 45.7% in
    # Cycle 2": 45.7% is a share, not a cycle number), nor a count of patients with its share or its noun
    # ("42 in cycle 1 and 38 (41.3%) in cycle 2", "in cycle 1 and 38 patients in cycle 2")
    (r"\b(?:[Cc]ycles?|[Dd]ays?)\s{0,2}\d{1,4}(?:\s{0,2}(?:,|and|or|to|-|\u2013)\s{0,2}\d{1,4}(?![.,]\d|\s?%)"
     r"(?!\s{0,2}[(\[]\s{0,2}\d{1,3}(?:[.,]\d{1,3})?\s?%|\s{1,2}(?:patients|adults|subjects|children)\b)){0,6}\b",
     ("ycle", "day", "Day")),
    (r"©\s{0,2}(?:19|20)\d{2}", ("©",)),                                               # copyright year
    (r"(?:19|20)(?<=\b..)\d{2}\b(?!\s{0,2}(?:%|patients|months|days))", ("19", "20")),  # bare years
    (r"\d(?<=\b.)\d{0,2}(?:[.,]\d{1,3})?\s{0,2}(?:x|×)\s{0,2}10\s{0,2}[-\u2212]?\d{1,2}(?:\s{0,2}/\s{0,2}\w{1,4})?",
     ("10",)),                                                                           # 1 x 10-4, 2.3 x 103/mm3
    (r"\d(?<=\b.)\d{0,3}(?:\.\d{1,3})?\s{0,2}(?:mg|µg|mcg|g|mL|ml|L|msec|ms|IU|U|kg|cm|mm)(?:/(?:m2|m²|kg|L|dL|mm3))?\b",
     ()),                                                                                # doses, lab units
    (r"\d(?<=\b.)\d?\s{0,2}:\s{0,2}\d{1,2}\b", (":",)),                                # 1:1 randomisation, times
]]

#: the masks as one alternation: what they mask is defined as its matches, leftmost first, and of
#: two starting at the same place the earlier branch (:func:`_mask_scan` finds exactly these)
_MASKS = re.compile("|".join(p.pattern for p, _ in _MASK_BRANCHES))

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
#: a range's dash on the line of its first value (a line that starts "- " is a bullet, not a range's
#: end); "to" may start the next line ("from 31%\nto 44%": a wrapped range)
_RANGE_DASH = r"(?:[ \t]{0,2}(?:-|\u2013|\u2014|\u2212)|\s{0,2}to)\s{0,2}"
_OPEN = r"[(\[]"
_CLOSE = r"[)\]]"
#: the abbreviation a writer may define after the words: "95% confidence interval [CI], 6.0 to 9.2"
_CI_ABBR = r"(?:\s{0,2}[\[(]CI[\])])?"
#: "95% CI", "97.5% confidence interval", "95 per cent CI", "95 percent confidence interval"
_LEVEL = rf"(?P<level>{_I})\s?(?:%|per\s?cent\b)\s{{0,2}}(?:CI\b|confidence\s{{1,2}}interval{_CI_ABBR})"
#: the level, then the bounds ("95% CI 0.49-0.83", "95% confidence interval, 0.49 to 0.83", "a 97.5 per cent
#: confidence interval of 0.57 to 0.99", "95% CI 0.49; 0.83")
_CI_BODY = (rf"{_LEVEL}\s{{0,2}}[,:;=]?\s{{0,2}}(?:(?:of|from|was)\s{{1,2}})?(?P<cib>\[)?(?P<lo>-?{_I})%?"
            rf"(?:{_DASH}|\s{{0,2}}[,;]\s{{0,2}})(?P<hi>-?{_I})%?(?(cib)\])")
#: the same, the level left unsaid ("CI 0.58-1.09", "the confidence interval, 0.58 to 1.09"): only
#: where the interval follows its estimate (:data:`_CI`, :data:`_CI_AFTER`); a footnote or a
#: table header that names an interval keeps the level
_LEVEL_OPT = rf"(?:(?P<level>{_I})\s?(?:%|per\s?cent\b)\s{{0,2}}|\b(?:the\s{{1,2}}|its\s{{1,2}})?)(?:CI\b|confidence\s{{1,2}}interval{_CI_ABBR})"
_CI_BODY_OPT = _CI_BODY.replace(_LEVEL, _LEVEL_OPT, 1)
_CI = rf"{_OPEN}\s{{0,2}}{_CI_BODY_OPT}\s{{0,2}}{_CLOSE}"
#: what makes a percentage the level of an interval, written after it however the interval is
#: named: CI, CIs, C.I., CrI, BCI, "two-sided", confidence / credible interval(s), limits, "95%
#: confidence that", "at the 95% level"
_LEVEL_OF = (r"\s{0,2}-?\s{0,2}(?:(?:two|one|2|1)[\s-]sided\s{1,2}|Bayesian\s{1,2})?"
             r"(?:C\.?\s?I(?:\.|s\b|\b)|CrIs?\b|BCIs?\b|(?i:confiden|credib|level\b))")
#: ... or written before it: "CI (95%)", "confidence intervals: 95%", "confidence level of 95%"
_LEVEL_BEFORE = re.compile(
    r"(?:\bC\.?\s?I\.?s?|\bCrIs?|(?i:confidence|credible)(?:\s{1,3}(?i:intervals?|limits?|levels?|bounds?))?)"
    r"\s{0,2}(?:[(\[:=,]|of|at)?\s{0,2}(?:the\s{1,2})?\Z")
#: an interval after its estimate: in brackets ("0.75 (97.5% CI, 0.57-0.99)") or after a ";" or ","
#: inside the brackets the estimate is in ("(HR 0.75; 97.5% CI 0.57-0.99)"), or after "but the" ("hazard ratio
#: 0.79, but the confidence interval, 0.58 to 1.09, crosses one"); the level may be left unsaid;
#: brackets of its own may hold more after it ("(97.5% CI, 0.57-0.99; p<0.001)")
_CI_AFTER = rf"(?:(?P<cio>{_OPEN})|[;,]\s{{0,2}}(?:(?:with|but|and)\s{{1,2}}(?:(?:an?|the)\s{{1,2}})?)?)\s{{0,2}}{_CI_BODY_OPT}(?(cio)\s{{0,2}}(?:{_CLOSE}|(?=[;,])))"
#: a few words between a share and the n/N that gives it: "14% overall (23/164)", "16% of all treated
#: patients (23 of 164)"; never a list or comparison word (the n/N would then be another figure's)
_PCT_WORDS = r"(?:\s{1,2}(?!(?:vs|versus|and|or|than|compared|after|before|while|whereas|but)\b)[A-Za-z-]{2,20}){1,4}"
#: an estimate's bare bounds, in round brackets or, in a table row only (see :func:`_bare_interval`),
#: square ones: "(16.7-29.6)", "(16.7 to 29.6)", "[16.7, 29.6]"
_BARE_INTERVAL = (rf"(?P<bo>[(\[])\s{{0,2}}(?P<blo>-?{_I})(?:{_DASH}|\s{{0,2}}[,;]\s{{1,2}})(?P<bhi>-?{_I})\s{{0,2}}"
                  r"(?P<bc>[)\]])")
_RANGE = rf"{_OPEN}\s{{0,2}}range:?\s{{1,2}}(?P<rlo>{_I})(?:{_DASH})(?P<rhi>{_I})\s{{0,2}}(?:months?|days?|weeks?|years?)?\s{{0,2}}{_CLOSE}"
_DUR_UNIT = r"(?P<unit>months?|mo\b|days?|weeks?|wks?\b)"
#: (capitalised too before a percentage: "More than 80% of patients ..." opens a sentence or a headline;
#: "More than 3x" stays relative wording)
_COMP = (r"(?:≥|≤|>=|<=|<|>|\u2265|\u2264|at\s+least|up\s+to|more\s+than|less\s+than|over|under|fewer\s+than|below|above"
         r"|(?i:at\s+least|up\s+to|more\s+than|less\s+than|over|under|fewer\s+than|below|above)"
         r"(?=\s{0,2}\d{1,3}(?:\.\d{1,2})?\s{0,2}(?:%|(?i:percent)\b)))")

#: a bound in words on a percentage (a threshold match): "more than 80%", "Fewer than 9 percent"
_BOUND_OF_PEOPLE = re.compile(r"(?P<q>(?i:more\s+than|over|above|at\s+least|fewer\s+than|less\s+than|under|below))"
                              r"\s{0,2}\d{1,3}(?:\.\d{1,2})?\s{0,2}(?:%|(?i:percent)\b)\Z")
#: after such a bound, the people it is a share of: "of EXAMPLIMAB patients", "of those treated", "of them"
_OF_PEOPLE_AFTER = re.compile(
    r"\s{1,2}of\s{1,2}(?:(?:them|those|these)\b|(?:(?:the|all|these|those)\s{1,2})?(?:[\w-]{1,20}\s{1,2}){0,3}?"
    r"(?:patients|people|adults|children|responders|subjects|participants|recipients)\b)", re.I)
#: before such a bound, words that make it a category's cut-off or a group's definition: "adverse
#: reactions reported in", "the most common (", "patients with", "defined as", "incidence of"
_DEFINING_BEFORE = re.compile(
    r"(?:\b(?:with|having|had|defined|define|definition|threshold|cut-?off|incidence|common|frequency|reported\s+in|"
    r"occurring\s+in|occurred\s+in|seen\s+in)\b|[(\[])[^.;:!?\n]{0,12}\Z", re.I)

# Two patterns are alternations whose alternatives begin with a group or a look-behind: such an
# alternation gives the regex engine nothing to skip ahead to, so it tries every position of a
# window; each alternative on its own starts with a character class and is searched as such
# (_ALTERNATIVES; merged as the alternation would match them, :func:`_leftmost`). Look-behinds
# that would come first are checked after the first character instead: ``[nN](?<![\w/][nN])`` is
# ``(?<![\w/])[nN]``, and likewise the p-value's ``[Pp]``.
#: an interval inside the brackets of a share, after it: "88 of 109 (80.7%; 95% CI, 72.1-87.7)",
#: "23/164 (14%, 95% CI 9-20)"; the interval is the share's own
_CI_IN_BRACKETS = rf"(?:\s{{0,2}}[;,]\s{{0,2}}(?P<ci>{_CI_BODY}))?"
# n (x%): 87 (72%) patients · 3 patients (15.8%) · 23 [14%] · 63% (n=76)
_N_PCT = [
    rf"(?P<n>{_INT_START})(?:\s{{1,2}}patients)?\s{{0,2}}{_OPEN}\s{{0,2}}(?P<pct>{_I}){_PCT}{_CI_IN_BRACKETS}\s{{0,2}}{_CLOSE}",
    rf"(?P<pct2>{_N}){_PCT}\s{{0,2}}{_OPEN}\s{{0,2}}[nN]\s{{0,2}}=\s{{0,2}}(?P<n2>{_INT})\s{{0,2}}{_CLOSE}",
]
# patient counts: 164 patients · n = 139
#: before "n of N", a word that makes n a place in a sequence ("day 8 of 28", "cycle 1 of 6")
_ORDINAL_BEFORE = re.compile(r"\b(?:days?|cycles?|weeks?|doses?|grades?|steps?|stages?|pages?|parts?|items?|"
                             r"sections?|visits?|lines?|rounds?|infusions?|months?|years?|questions?|slides?)\s{1,2}$", re.I)
#: before "n/N", a grade or stage that makes it a label of grades ("Gr 3/4", "grade 3/4 liver-test rise",
#: "CTCAE grades 3/4"): a range of grades, not a share
_GRADE_BEFORE = re.compile(r"\b(?:grades?|gr|gr\.|stages?)\s{0,2}$", re.I)

_COUNT = [
    rf"(?P<val>{_N})\s{{1,2}}(?:adult\s+|pediatric\s+|paediatric\s+|randomi[sz]ed\s+)?"
    rf"(?:patients|adults|subjects|children|responders)\b",
    rf"[nN](?<![\w/][nN])\s{{0,2}}=\s{{0,2}}(?P<val2>{_INT})(?!\s{{0,2}}/)(?![\d.])",
]

#: the unit of a rate per time at risk, after its value: " adverse events per 100 patient-years"
_EVENT_UNIT = (r"\s{1,2}(?:(?:adverse|serious|treatment-emergent|treatment-related|drug-related)\s{1,2}){0,2}"
               r"(?:events?|AEs?|episodes?)?\s{0,2}per\s{1,2}(?P<per>(?:100\s{1,2}|1,?000\s{1,2})?(?:patient|person)"
               r"[\s-]years?)(?![\w-])")

#: a part of a whole in words, for relative wording: "half", "one-half", "a third", "one quarter", "two-thirds"
_PART_WORDS = (r"(?i:(?:a\s+|one[\s-])?half|(?:a|one)[\s-](?:third|quarter|fifth)|two[\s-]thirds|"
               r"three[\s-](?:quarters|fifths))")
#: the figure a part is of: a rate, a duration or a rate per time ("the 42.44", "the 29.4%"), never a
#: number of patients ("the 326 patients", "the first 218 randomized")
_PART_FIGURE = (r"\d{1,3}(?:[.,]\d{1,3})?(?![\d.,]?\d)(?!\s{0,2}(?i:patients|adults|subjects|participants|people|"
                r"responders|children|randomi[sz]ed|evaluable|enrolled|treated)\b)")
#: ... or what it is said of in words: "half the rate", "a third of the incidence", "a quarter of the
#: chemotherapy rate"
_PART_OF_WHAT = (r"(?:[\w-]{1,20}\s{1,3}){0,2}(?i:rates?|risk|incidence|number|proportion|percentage|share|odds|likelihood|frequency|"
                 r"median|level|value|figure)\b")
#: what a part in words stands for, as a factor of the other figure
_PART_FACTORS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "thirds": 2 / 3, "quarters": 0.75,
                 "fifths": 0.6}

#: the blanks between the members of a list of fractions, or a line wrap with its indentation and a
#: plain-text frame's side bars ("|", "\u2502") at it
_LIST_WRAP = r"(?:\s{0,3}|[^\S\n]{0,40}[|\u2502\u2503\u2551]?[^\S\n]{0,8}\n[^\S\n]{0,12}[|\u2502\u2503\u2551]?[^\S\n]{0,8})"

_PATTERNS: list[tuple[str, re.Pattern]] = [
    # 45.7% (n=42/92) · 78.4% [69/88 patients] · 48.2%, n=79/164 · 45.7%; n=42/92
    ("pct_frac", re.compile(
        rf"(?P<pct>{_N}){_PCT}(?:\s{{0,2}}(?:{_OPEN}\s{{0,2}}|[;,]\s{{0,2}})|{_PCT_WORDS}\s{{0,2}}{_OPEN}\s{{0,2}})"
        rf"(?:[nN]\s{{0,2}}=\s{{0,2}})?(?P<n>{_INT})\s{{0,2}}/\s{{0,2}}(?P<N>{_INT})(?:\s{{1,2}}patients)?(?!\d)"
        # the share's own interval in its brackets, after the counts: "80.7% of those on EXAMPLIMAB
        # (88/109; 95% CI, 72.1-87.7)", "45.7% (42/92, 95% CI 35.2-56.5)"
        rf"{_CI_IN_BRACKETS}"
        # not the first of a list of fractions: "80.7% vs 29.4% (88/109 vs 32/109)" gives each
        # fraction its own claim, paired with the percentages in order (context._paired_counts); the
        # list may go on past a line wrap, a plain-text frame's side bars at it too ("(88/109   |" over
        # "| vs 32/109)")
        rf"(?!{_LIST_WRAP}(?:,|;|vs\.?|versus|and|or|compared\s{{1,2}}with){_LIST_WRAP}\d{{1,6}}\s{{0,2}}/\s{{0,2}}\d)")),
    # 23/164 patients (14%) · 7/160 (4%) · 43/164 adult patients (26%)
    ("frac_pct", re.compile(
        rf"(?P<n>{_INT_START})\s{{0,2}}/\s{{0,2}}(?P<N>{_INT})(?:\s{{1,2}}[A-Za-z-]{{2,20}}){{0,3}}"
        rf"\s{{0,2}}{_OPEN}\s{{0,2}}(?P<pct>{_I}){_PCT}{_CI_IN_BRACKETS}\s{{0,2}}{_CLOSE}")),
    # 88/109 (80.7) under a header "n/N (%)": a percentage when the header says so (_build)
    ("frac_bare_pct", re.compile(
        rf"(?P<n>{_INT_START})\s{{0,2}}/\s{{0,2}}(?P<N>{_INT})\s{{0,2}}\(\s{{0,2}}(?P<pct>{_I})\s{{0,2}}\)")),
    # 14% (23 of 164) · 48.2% (79 of 164 patients) · 80.7% (88 of 109; 95% CI, 72.1-87.7)
    ("pct_of", re.compile(
        rf"(?P<pct>{_N}){_PCT}(?:{_PCT_WORDS})?\s{{0,4}}{_OPEN}\s{{0,2}}(?P<n>{_INT})\s{{1,2}}(?:of|out\s+of)\s{{1,2}}"
        rf"(?:(?:the|all)\s{{1,2}})?(?:first\s{{1,2}})?(?P<N>{_INT})"
        rf"(?:\s{{1,2}}patients)?{_CI_IN_BRACKETS}\s{{0,2}}{_CLOSE}")),
    # 80 of 92 (87.0%) · 80 of 92 patients (87.0%) · 79 of 164 EXAMPLIMAB patients went on to transplant (48.2%)
    ("of_pct", re.compile(
        rf"(?P<n>{_INT_START})\s{{1,2}}(?:of|out\s+of)\s{{1,2}}(?:(?:the|all)\s{{1,2}})?(?:first\s{{1,2}})?(?P<N>{_INT})(?:\s{{1,2}}[A-Za-z-]{{2,20}}){{0,7}}"
        rf"\s{{0,2}}{_OPEN}\s{{0,2}}(?P<pct>{_I}){_PCT}{_CI_IN_BRACKETS}\s{{0,2}}{_CLOSE}")),
    # 18 [23%] out of 79
    ("pct_outof", re.compile(
        rf"(?P<n>{_INT_START})\s{{0,2}}{_OPEN}\s{{0,2}}(?P<pct>{_I}){_PCT}\s{{0,2}}{_CLOSE}\s{{1,2}}"
        rf"(?:out\s+of|of)\s{{1,2}}(?P<N>{_INT})(?!\d)")),
    # n (x%): 87 (72%) patients · 3 patients (15.8%) · 23 [14%] · 63% (n=76)
    ("n_pct", re.compile("|".join(_N_PCT))),
    # hazard / odds ratio with an optional CI: HR 0.75 [97.5% CI, 0.57-0.99]
    ("ratio", re.compile(
        rf"\b(?P<rk>HR|[Hh]azard\s+ratio|OR|[Oo]dds\s+ratio)\b"
        rf"(?:\s{{1,2}}for\s{{1,2}}[A-Za-z/-]{{1,20}}(?:\s{{1,2}}[A-Za-z/-]{{1,20}})?)?"  # "Hazard ratio for death"
        rf"\s{{0,2}}(?:of|was|=|:|,)?(?:\s{{0,2}}\.{{2,}})?\s{{0,2}}(?P<val>{_I})"  # "HR ........ 0.64"
        rf"(?![\d%]|\.\d|\s{{1,2}}%)"  # never the level of an interval: "HR, 95% CI 0.49-0.83"
        rf"(?:\s{{0,4}}(?P<ci>{_CI_AFTER}))?")),
    # p-values: P < 0.001 · P=0.0105 · p-value of .04
    ("p", re.compile(
        r"[Pp](?<![\w-][Pp])(?:\s{0,2}-?\s{0,2}values?)?\s{0,3}(?P<cmp>=|<|>|≤|≥|<=|>=|\u2264|\u2265|of)\s{0,3}"
        r"(?P<val>0?\.\d{1,6}|[01](?:\.0{1,4})?)(?![\d])")),
    # median (range): 43 (range 20–78) years · 29.6 months (range 1.7-49.7 months)
    ("range", re.compile(rf"(?P<val>{_N})(?:\s{{0,2}}{_DUR_UNIT})?\s{{0,2}}{_RANGE}(?:\s{{0,2}}years)?")),
    # ranges between two values: 30% to 50%, 31%–44%, 80% to 90%
    # (never a share, a dash, then the level of its interval: "20.6% – 95% CI 15.8-26.0")
    ("pct_range", re.compile(rf"(?P<lo>{_N})%?{_RANGE_DASH}(?P<hi>{_I}){_PCT}(?!{_LEVEL_OF})")),
    # a group of patients defined by the cycles they had, a cut-off and no dosing claim: "responders
    # who received ≤ 2 cycles", "patients given up to 2 cycles … than those given more than 2 cycles"
    ("cycles_group", re.compile(
        r"\b(?:(?:who|that)\s{1,3}(?:had\s{1,3})?(?:received|had|got|were\s{1,3}given|completed)"
        r"|(?:patients|those|responders)\s{1,3}(?:receiving|given|treated\s{1,3}with|completing|with))"
        rf"\s{{1,3}}(?:[^.;\d\s]{{1,12}}\s{{1,3}}){{0,2}}(?P<val>{_INT_START})\s{{1,2}}(?:treatment\s+)?cycles\b")),
    # numbers of treatment cycles, a maximum if so worded: "up to 6 cycles", "2 cycles", "a maximum of 6 cycles"
    ("cycles", re.compile(
        rf"(?:(?P<cmp>[Uu]p\s+to|(?:[Aa]\s+)?[Mm]aximum\s+of|[Aa]t\s+most|[Nn]o\s+more\s+than|≤|<=)\s{{0,2}})?"
        rf"(?P<val>{_INT_START})\s{{1,2}}(?:treatment\s+)?cycles\b")),
    # thresholds: ≥20%, <5%, up to 56 days, at least 5 months, ≥55 years
    ("threshold", re.compile(
        rf"{_COMP}\s{{0,2}}(?P<val>{_I})\s{{0,2}}(?:%|percent\b|months?|days?|weeks?|years?|msec\b|x\s|×)")),
    # ... and one whose comparison words follow it: "12 months or more", "6 months or longer" (a group's
    # cut-off, "first remission of 12 months or more", not a duration the piece reports), "20% or more",
    # "10 percent or higher", "5% and above" (the share that defines a category: "the most common (20% or
    # more) adverse reactions", as "≥20%" does)
    ("threshold_after", re.compile(
        rf"(?P<val>{_I})(?:(?:[\s-]{{0,2}}(?:months?|days?|weeks?|years?)|{_PCT})\s{{1,2}}or\s{{1,2}}"
        r"(?:more|longer|greater|higher|less|lower|fewer|shorter|above|over|beyond|below)"
        rf"|{_PCT}\s{{1,2}}and\s{{1,2}}(?:above|over|higher|greater|more|below|under|lower))\b")),
    # a percentage that defines a threshold: "a 0.01% threshold", "sensitivity of 0.01%", "cut-off of 5%"
    ("def_pct", re.compile(
        rf"(?P<val>{_N}){_PCT}[\s-]{{1,2}}(?:[A-Za-z]{{2,12}}[\s-]{{1,2}})?(?:threshold|cut-?off|sensitivity|"
        rf"detection\s+limit|limit\s+of\s+detection)")),
    ("pct_def", re.compile(
        rf"(?:threshold|cut-?off|sensitivity|detection\s+limit|limit\s+of\s+detection)\s{{1,2}}(?:of|at|=|:)?\s{{0,2}}"
        rf"(?P<val>{_I}){_PCT}")),
    # 51.3 percentage points
    # (its interval in a bracket, or after a ";" or "," within the bracket the difference is in:
    # "(difference 18.6 percentage points; 95% CI, 9.8-27.4)", the difference is its estimate)
    ("pp", re.compile(rf"(?P<val>{_N})\s{{0,2}}(?:percentage[\s-]{{1,2}}points?|%[\s-]{{1,2}}points?|pp\b)"
                      rf"(?:\s{{0,4}}(?P<ci>{_CI_AFTER}))?")),
    # a change on a scale: "improved by 12 points", "a 4.5-point improvement" (never a scale's size: "a
    # 5-point scale", "10-point Likert"; percentage points are "pp" above)
    ("points", re.compile(
        rf"(?P<val>{_N})\s{{0,2}}-?\s{{0,2}}points?\b(?![\s-]{{1,2}}(?:scales?|Likert|system|instrument|questionnaire)\b)")),
    # 25% relative reduction
    ("rel_pct", re.compile(
        rf"(?P<val>{_N}){_PCT}\s{{1,2}}relative\s{{1,2}}(?P<dir>reduction|decrease|increase|improvement)")),
    # a percentage or duration with a bare interval: "22.8% (16.7-29.6)", "7.7 months (6.0-9.2)" under a
    # header "(95% CI)"; without one, the plain percentage or duration (_build)
    ("unit_interval", re.compile(
        rf"(?P<val>{_N})(?:(?P<upct>{_PCT})|\s{{0,2}}{_DUR_UNIT}(?!\w))\s{{0,4}}{_BARE_INTERVAL}")),
    # percentages with an optional CI: 80.7% (95% CI, 72.1-87.7)
    # (never the level of an interval: "95% CIs", "95% C.I.", "95 per cent confidence limits", "95% CrI")
    ("pct", re.compile(rf"(?P<val>{_N}){_PCT}(?!{_LEVEL_OF})(?:\s{{0,4}}(?P<ci>{_CI}))?")),
    # durations with an optional CI: 7.7 months (95% CI, 6.0-9.2) · 14.1-month
    ("duration", re.compile(
        rf"(?P<val>{_N})\s{{0,2}}-?\s{{0,2}}{_DUR_UNIT}(?!\w)(?:\s{{0,4}}(?P<ci>{_CI}))?")),
    # a rate per time at risk: "4.2 events per patient-year", "1.9 adverse events per 100 patient-years";
    # the first of a pair whose unit is written once, after the second: "4.2 vs 3.1 events per patient-year"
    ("event_rate", re.compile(rf"(?P<val>{_N}){_EVENT_UNIT}")),
    ("event_rate_lead", re.compile(
        rf"(?P<val>{_N})(?=\s{{0,2}}(?:vs\.?|versus|and|compared\s+(?:with|to))\s{{1,3}}{_I}{_EVENT_UNIT})")),
    # the first of a pair whose unit is written once, after the second: "7.7 vs 6.2 months",
    # "7.7 and 6.2 months, respectively", "42.2 vs 42.4%" (the second is matched as usual)
    ("lead", re.compile(
        rf"(?P<val>{_N})(?=\s{{0,2}}(?:(?:vs\.?|versus|and|compared\s+(?:with|to))\s{{1,3}}{_I}\s{{0,2}}-?\s{{0,2}}"
        rf"(?P<unit>months?|mo\b|days?|weeks?)(?!\w)|(?:vs\.?|versus)\s{{1,3}}{_I}(?P<pct>{_PCT})))")),
    # estimate (interval) under a header: 0.53 (0.28-1.01) · 76.5 (50.1, 93.2)
    ("bare_interval", re.compile(rf"(?P<val>{_N})\s{{0,2}}{_BARE_INTERVAL}")),
    # patient counts
    ("count", re.compile("|".join(_COUNT))),
    # bare n/N: (69/88) · a regimen name (102/162)
    # "in 8 of 18", "5 of those 18", "18 out of 79": n of N in words, where no count of patients took it
    # ("18 of 79 patients" stays the count's) and nothing after N says it counts something else ("2 of
    # 4 cycles", "day 8 of 28")
    ("n_of", re.compile(
        rf"(?P<n>{_INT_START_NO_DASH})\s{{1,2}}(?:out\s{{1,2}}of|of)\s{{1,2}}(?:(?:the|those|these)\s{{1,2}})?"
        rf"(?P<N>{_INT})(?![\d%\w-]|[.,/]\d|\s{{0,2}}(?:%|percent\b|per\s?cent\b))"
        r"(?!\s{1,2}(?:cycles?|doses?|days?|weeks?|months?|years?|trials?|studies|criteria|mg|sites?|"
        r"countries|cent(?:er|re)s|infusions?|questions?|items?|points?|steps?)\b)")),
    ("frac", re.compile(rf"(?P<n>{_INT_START_NO_DASH})\s{{0,2}}/\s{{0,2}}(?P<N>{_INT})(?![\w/.]|\.\d)")),
    # relative wording
    ("relative", re.compile(
        r"\b(?P<q>(?i:more\s+than|nearly|almost|over|approximately|less\s+than|fewer\s+than|under|just\s+under|"
        r"just\s+over)\s+)?"  # "Nearly 3 times" opens a sentence
        # any case: a headline in capitals or title case ("EXAMPLIMAB DOUBLED SURVIVAL", "Survival Twice
        # As Long", "Three Times As Many") is relative wording as its sentence-case form is
        r"(?P<w>(?i:doubled|tripled|quadrupled|halved)|(?i:doubles|triples|quadruples)\b|(?i:double|triple|quadruple)(?(q)\b|(?=\s{1,3}(?i:the|that|those)\b))|(?i:twice)\s+(?i:as|the(?!\s+(?:recommended\s+|usual\s+|maximum\s+)?(?:dose|dosage|amount|volume)))"
        r"|(?i:two|three|four|five|six|seven|eight|nine|ten)(?:\s+(?i:times)|[\s-]?(?i:fold))\b|(?P<fold>\d{1,3}(?:\.\d{1,2})?)[\s-]?fold"
        r"|(?P<times>\d{1,3}(?:\.\d{1,2})?)(?:\s+times\b|x(?=\s{1,3}(?:the|as|more|higher|greater|longer)\b))"  # "3x the", "2.5x as"
        # "half the rate", "half as many": of a rate, a risk or a number, never "half the dose" or "half the patients"
        r"|(?i:half)\s+(?i:the|as)(?=\s{1,3}(?i:rates?|risk|incidence|number|proportion|percentage|share|odds|likelihood"
        r"|frequency|many|likely|often|high|common)\b)"
        r"|by\s+(?:half|a\s+half|(?:a|one)[\s-]third|one\s+in\s+three|(?:a|one)[\s-]quarter|one\s+in\s+four"
        r"|two[\s-]thirds)"
        # a part of the other figure: "19.34 events per patient-year, less than a third of the 42.44",
        # "one-half the rate", "a quarter of that with chemotherapy" (never a part of a number of
        # patients: "a third of the 326 patients" is a proportion)
        rf"|(?P<part>{_PART_WORDS})\s+(?i:of\s+)?(?:(?i:that)(?=\s+(?i:of|with|in|for|on|seen|observed|reported)\b)"
        rf"|(?i:the)(?=\s{{1,3}}(?:{_PART_FIGURE}|{_PART_OF_WHAT}))))")),
]

#: the alternatives of _N_PCT and _COUNT, each a pattern of its own (see above)
_ALTERNATIVES: dict[str, list[re.Pattern]] = {"n_pct": [re.compile(a) for a in _N_PCT],
                                              "count": [re.compile(a) for a in _COUNT]}

_PCT_HINTS = ("%", "per")  # %, percent, per cent
_OPEN_HINTS = ("(", "[")
_CLOSE_HINTS = (")", "]")
#: Per pattern, literals its matches always contain: one of each group. A window without them is
#: not searched with the pattern (most windows have no "/" or "(", say). ``None``: relative
#: wording, which has no digit and is searched in the whole text.
_PATTERN_HINTS: dict[str, tuple[tuple[str, ...], ...] | None] = {
    "pct_frac": (("/",), _PCT_HINTS),
    "frac_pct": (("/",), _PCT_HINTS, _OPEN_HINTS, _CLOSE_HINTS),
    "frac_bare_pct": (("/",), ("(",), (")",)),
    "pct_of": (("of",), _PCT_HINTS, _OPEN_HINTS, _CLOSE_HINTS),
    "of_pct": (("of",), _PCT_HINTS, _OPEN_HINTS, _CLOSE_HINTS),
    "pct_outof": (("of",), _PCT_HINTS, _OPEN_HINTS, _CLOSE_HINTS),
    "n_pct": (_PCT_HINTS, _OPEN_HINTS, _CLOSE_HINTS),
    "ratio": (("HR", "hazard", "Hazard", "OR", "odds", "Odds"),),
    "p": (("P", "p"), ("=", "<", ">", "≤", "≥", "of")),
    "range": (("range",),),
    "pct_range": (_PCT_HINTS, ("-", "\u2013", "\u2014", "\u2212", "to")),
    "cycles_group": (("cycles",), ("who", "that", "patients", "those", "responders")),
    "cycles": (("cycles",),),
    "threshold": (("≥", "≤", ">", "<", "least", "up", "more", "less", "over", "under", "fewer", "below", "above",
                   "Up", "More", "Less", "Over", "Under", "Fewer", "Below", "Above", "LEAST", "UP", "MORE", "LESS",
                   "OVER", "UNDER", "FEWER", "BELOW", "ABOVE"),),
    "threshold_after": (("or", "and"), ("more", "longer", "greater", "higher", "less", "lower", "fewer", "shorter", "above",
                                        "over", "beyond", "below", "under")),
    "def_pct": (_PCT_HINTS, ("threshold", "cut", "sensitivity", "limit")),
    "pct_def": (_PCT_HINTS, ("threshold", "cut", "sensitivity", "limit")),
    "pp": (("point", "pp"),),  # percentage points, % points, pp
    "points": (("point",),),
    "rel_pct": (("relative",),),
    "unit_interval": (_OPEN_HINTS, _CLOSE_HINTS, ("%", "per", "mo", "day", "week", "wk")),
    "pct": (_PCT_HINTS,),
    "duration": (("mo", "day", "week", "wk"),),  # months?|mo|days?|weeks?|wks?
    "event_rate": (("per",), ("year",)),
    "event_rate_lead": (("per",), ("year",), ("vs", "versus", "and", "compared")),
    "lead": (("vs", "versus", "and", "compared"),),
    "bare_interval": (_OPEN_HINTS, _CLOSE_HINTS),
    "count": (("patients", "adults", "subjects", "children", "responders", "="),),
    "n_of": (("of",),),
    "frac": (("/",),),
    "relative": None,
}
#: the words relative wording cannot do without
_RELATIVE_HINTS = ("doubled", "tripled", "quadrupled", "halved", "twice", "Twice", "three", "fold", "Fold", "times",
                   "half", "Half", "third", "Third", "quarter", "Quarter", "fifth", "four", "double", "triple", "quadruple", "Double", "Triple", "Quadruple",
                   "Halved", "TIMES", "FOLD", "x the", "x as", "x more", "x higher", "x greater", "x longer",
                   # a headline in capitals or title case: "DOUBLED SURVIVAL", "TWICE AS LONG", "Three Times"
                   "DOUBLE", "TRIPLE", "QUADRUPLE", "HALVED", "TWICE", "Times", "Fold", "THREE", "FOUR")
#: relative wording holds word characters, whitespace, "." and "-" only (see _relative_claims):
#: a character it cannot hold, and a run of those it can
_NOT_RELATIVE = re.compile(r"[^\w\s.\-]")
_RELATIVE_RUN = re.compile(r"[\w\s.\-]*")

#: an interval's level given by a header or a row label such as "HR (97.5% CI)", "Odds ratio (95% CI)",
#: "% (95% CI)", "% [95% CI]", or with no bracket where it ends its cell ("2-year survival, % 95% CI |",
#: "Response rate, %, 95% CI |"; group ``open`` unset: only on a table's line, see :func:`_bare_interval`)
_HEADER = re.compile(
    r"(?P<what>HR|[Hh]azard\s+ratio|OR|[Oo]dds\s+ratio|%|[Mm]edian)?\s{0,2},?\s{0,2}(?:(?P<open>[(\[])\s{0,2})?"
    r"(?P<level>\d{2}(?:\.\d)?)\s?%\s{0,2}CI(?(open)\s{0,2}[)\]]|(?=[^\S\n]{0,3}[^\s|\d]{0,3}[^\S\n]{0,40}[|\n]))")

#: a header that makes a bare number in brackets a percentage: "n/N (%)", "n (%)"
_PCT_HEADER = re.compile(r"\(\s{0,2}%\s{0,2}\)")

_BETWEEN = re.compile(r"\b(?:between|from)\s{1,3}$", re.I)
#: "up to 56 days after the last dose", "up to 8 weeks following the final infusion": how late an
#: event was seen after a landmark, a reported figure rather than a threshold
_UP_TO_AFTER = re.compile(rf"[Uu]p\s{{1,2}}to\s{{0,2}}(?P<val>{_I})\s{{0,2}}(?P<unit>days?|weeks?|months?)"
                          r"\s{1,3}(?:after|following|from|since|post)\s{1,3}(?:the\s{1,3})?"
                          r"(?:last|final|first|start|end|completion|infusion|treatment|dose|dosing)\b")

_RELATIVE_FACTORS = {"doubled": 2.0, "tripled": 3.0, "quadrupled": 4.0, "halved": 0.5,
                     "double": 2.0, "doubles": 2.0, "triple": 3.0, "triples": 3.0, "quadruple": 4.0, "quadruples": 4.0,
                     "twice as": 2.0, "twice the": 2.0, "three times": 3.0, "four times": 4.0, "five times": 5.0,
                     "ten times": 10.0, "two times": 2.0, "six times": 6.0, "seven times": 7.0, "eight times": 8.0,
                     "nine times": 9.0,
                     # "reduced the risk by a third": the ratio after is 1 - 1/3 of the ratio before
                     "half the": 0.5, "half as": 0.5, "by half": 0.5, "by a half": 0.5, "by a third": 2 / 3, "by one third": 2 / 3,
                     "by one in three": 2 / 3, "by a quarter": 0.75, "by one quarter": 0.75,
                     "by one in four": 0.75, "by two thirds": 1 / 3}


#: how far before and after a run of digits a claim (or a mask) may reach ("hazard ratio of 0.75",
#: "NCI CTCAE Version 3.0"; "80.7% (95% CI, 72.1-87.7)" has digits all along); windows are then
#: widened to whitespace so a URL or code is always whole
WINDOW_BEFORE = 24
WINDOW_AFTER = 40
#: how far before its value a hazard or odds ratio may be named with only words between (the
#: "ratio" pattern: the name, "for" and two words of 20 characters, "was")
RATIO_REACH = 72
_RATIO_NAME_BEFORE = re.compile(r"\b(?:HR|[Hh]azard\s+ratio|OR|[Oo]dds\s+ratio)\b[^\d\n]{0,62}$")
#: how far a window edge may move to reach whitespace (a URL or code is one long "word")
WINDOW_SNAP = 300
#: digit runs at most WINDOW_BEFORE + WINDOW_AFTER non-digits apart share a window, so one match
#: is a window's worth of digits (``\d\d*``, not ``\d+``: a pattern that starts with a character
#: class lets the regex engine skip straight to the next digit)
_DIGIT_CLUSTER = re.compile(r"\d\d*(?:\D{1,%d}\d+)*" % (WINDOW_BEFORE + WINDOW_AFTER))


def digit_windows(text: str) -> list[tuple[int, int]]:
    """Merged spans of ``text`` around its digits: every numeric claim and every mask lies inside one.

    Scanning only these windows (instead of the whole text) is what keeps extraction close to the
    cost of tokenizing: prose between numbers is never looked at by the claim patterns.
    """
    n = len(text)
    rfind, find = text.rfind, text.find
    out: list[tuple[int, int]] = []
    for m in _DIGIT_CLUSTER.finditer(text):
        s, e = m.start() - WINDOW_BEFORE, m.end() + WINDOW_AFTER
        # a ratio named further back, with only words between ("the hazard ratio for overall survival
        # was 0.69"): the window reaches it, or the ratio is never read (a bounded look-back)
        named = _RATIO_NAME_BEFORE.search(text, max(0, m.start() - RATIO_REACH), m.start())
        if named is not None and named.start() < s:
            s = named.start()
        # widen to the whitespace before and after (the newline is looked for only between the
        # window and the nearest space: the nearer of the two is wanted)
        if s <= 0:
            s = 0
        else:
            low = max(0, s - WINDOW_SNAP)
            cut = rfind(" ", low, s)
            cut = max(cut, rfind("\n", max(low, cut + 1), s))
            s = cut + 1 if cut != -1 else low
        if e >= n:
            e = n
        else:
            high = e + WINDOW_SNAP
            cut = find(" ", e, high)
            newline = find("\n", e, high if cut == -1 else cut)
            if newline != -1:
                cut = newline
            e = cut if cut != -1 else min(n, high)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


Mask = tuple[re.Pattern, tuple[str, ...]]


def label_masks(words) -> tuple[Mask, ...]:
    """Masks for words of a therapeutic area that label a number rather than claim it ("Line 2",
    a study-group name and its protocol number), from the claims library's ``lexicon``: a word in
    capitals matches as written, any other with its first letter in either case."""
    alts = []
    hints = []
    for w in dict.fromkeys(w.strip() for w in words if w and w.strip()):
        if w.isupper() or not w[:1].isalpha():
            alts.append(re.escape(w))
            hints.append(w)
        else:
            alts.append(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}")
            hints.append(w[1:] or w)
    if not alts:
        return ()
    return ((re.compile(rf"(?<!\w)(?:{'|'.join(alts)})" + _LABEL_NUMBER), tuple(hints)),)


def mask_spans(text: str, windows: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Spans of the text that hold numbers but are not claims (URLs, dates, codes …): the matches
    of :data:`_MASKS` in each window."""
    if windows is None:
        windows = digit_windows(text)
    return [span for s, e in windows for span in _mask_scan(text, s, e, text[s:e])]


def _mask_scan(text: str, start: int, end: int, window: str, extra: tuple[Mask, ...] = ()):
    """Yield the spans ``_MASKS.finditer(text, start, end)`` finds, in order (``window`` is
    ``text[start:end]``): each mask's own pattern searched, where the window holds its literals.
    ``extra`` masks (:func:`label_masks`) come after the built-in ones."""
    patterns = []
    last_hints, present = (), True
    for pattern, hints in (_MASK_BRANCHES + list(extra) if extra else _MASK_BRANCHES):
        if hints is not last_hints:  # the three date masks share their hints: looked for once
            last_hints, present = hints, not hints or _has_any(window, hints)
        if present:
            patterns.append(pattern)
    for m in _leftmost(patterns, text, start, end):
        yield m.span()


def _leftmost(patterns: list[re.Pattern], text: str, start: int, end: int):
    """Yield the matches the alternation of ``patterns`` would find with ``finditer(text, start,
    end)``, searching each pattern on its own (none may match the empty string).

    The alternation finds, from a position, the leftmost place where any branch matches, takes
    the first branch that matches there, and goes on after that match. So does this: it keeps
    each pattern's next match (a search from an earlier position finds the same match, as long
    as that match starts at or after the current position), takes the leftmost (the earlier
    pattern on a tie), and searches again only the patterns whose next match it has passed.
    """
    pending = []  # (next match, pattern), in the patterns' order; a pattern with none left is dropped
    for pattern in patterns:
        m = pattern.search(text, start, end)
        if m:
            pending.append((m, pattern))
    while pending:
        best = min(pending, key=_match_start)[0]  # min keeps the first of equals: the earlier pattern
        yield best
        pos = best.end()
        passed = [i for i, (m, _) in enumerate(pending) if m.start() < pos]
        for i in reversed(passed):
            m = pending[i][1].search(text, pos, end)
            if m:
                pending[i] = (m, pending[i][1])
            else:
                del pending[i]


def _match_start(pending: tuple[re.Match, re.Pattern]) -> int:
    return pending[0].start()


def _has_any(text: str, literals: tuple[str, ...]) -> bool:
    for literal in literals:
        if literal in text:
            return True
    return False


def _has_all(text: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``text`` holds a literal of each group."""
    for literals in groups:
        for literal in literals:
            if literal in text:
                break
        else:
            return False
    return True


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


def extract_claims(text: str, offset: int = 0, decimal_comma: bool = False,
                   masks: tuple[Mask, ...] = ()) -> list[Claim]:
    """All numeric claims in ``text``; offsets are shifted by ``offset``; ``masks``: more
    non-claim masks (:func:`label_masks`, from the claims library).

    Pure function: the same text always gives the same claims, in document order. Numbers written
    other ways (full-width, decimal comma, a zero-width space inside) are read through
    :func:`normalise_numbers` (``decimal_comma``: the market writes decimal commas, from the
    document's :class:`~claimcheck.model.DocumentScope`); offsets, and ``Claim.text``, are the
    original text's.
    """
    normal, nmap = normalise_numbers(text, decimal_comma)
    claims = _extract(normal, masks)
    if "|" in normal:
        claims = _table_cells(normal, claims)
    if "R" in normal or "atio" in normal:
        claims = _plain_ratio_columns(normal, claims, text, nmap)
    _risk_changes(normal, claims)
    if "year" in normal:
        _labelled_rates(normal, claims)
    _unit_once(normal, claims)
    _duration_differences(normal, claims)
    if "(" in normal or "[" in normal:
        _bracketed_differences(normal, claims)
    if "of " in normal or "mong" in normal:
        claims = _counts_of_stated_totals(normal, claims)
    if " of" in normal or "\nof " in normal:
        _counts_before_their_total(normal, claims)
    if "CI" in normal or "onfidence" in normal:
        _named_ratio_estimates(normal, claims)
        _intervals_after_words(normal, claims)
        _listed_intervals(normal, claims)
    if "\u2020" in normal or "\u2021" in normal or "\u00a7" in normal or "\u00b6" in normal or "*" in normal:
        _footnote_intervals(normal, claims)
    claims = _frequency_claims(normal, claims)
    if claims and "?" in normal and _SECOND_OPTION.search(normal):
        options = answer_option_spans(normal)
        if options:
            claims = [c for c in claims if not any(s <= c.start < e for s, e in options)]
    if nmap is not None or normal is not text:
        for c in claims:
            if nmap is not None:
                c.start, c.end = nmap.start(c.start), nmap.end(c.end)
                if c.interval:
                    c.interval.start, c.interval.end = nmap.start(c.interval.start), nmap.end(c.interval.end)
            c.text = text[c.start:c.end]
    if offset:
        for c in claims:
            c.start += offset
            c.end += offset
            if c.interval:
                c.interval.start += offset
                c.interval.end += offset
    return claims


#: an answer option's letter at a line's start or after a gap: "A. 29.4%", "(b) 7.7 months", "C) …"
_OPTION_MARK = re.compile(r"(?:(?<=^)|(?<=[ \t*>]))\(?([A-Ea-e])[.)](?=[ \t])", re.MULTILINE)
#: a line that opens with an answer option's letter (after a bullet or emphasis: "- **A.** 80.7%")
_OPTION_LINE = re.compile(r"[ \t]{0,8}(?:[-*+\u2022][ \t]{1,4})?(?:\*\*|__)?\(?([A-Ea-e])[.)](?:\*\*|__)?[ \t]")
#: a second option's letter ("B. ", "(b) ", "b) "): without one, no text holds answer options
_SECOND_OPTION = re.compile(r"(?:^|[ \t*>(])[Bb][.)][ \t]", re.MULTILINE)
#: an option holds at most this many characters (a choice, not a sentence of its own)
OPTION_CHARS = 80


def answer_option_spans(text: str) -> list[tuple[int, int]]:
    """Spans of multiple-choice answer options, which offer figures without stating them: a quiz's
    wrong choices are wrong on purpose ("A. 29.4%  B. 51.3%  C. 73.8%  D. 80.7%"); the rationale
    that follows states the answer, and its figures are claims. Options are letters in order from
    A (three or more), either on one line, each choice short, or one per line, each line short,
    under a question (the last line before them ends with "?"). Lettered lists elsewhere ("a) ORR
    80.7%" under a colon) are statements and stay claims."""
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    run: list[tuple[int, int, str]] = []   # (line start, line end, letter) of consecutive option lines

    def flush() -> None:
        if len(run) >= 3 and all(ord(run[k][2].lower()) - ord("a") == k for k in range(len(run))) \
                and _question_before(text, run[0][0]):
            spans.extend((ls, le) for ls, le, _ in run)
        run.clear()

    while pos <= n:
        le = text.find("\n", pos)
        le = n if le == -1 else le
        line = text[pos:le]
        marks = [m for m in _OPTION_MARK.finditer(line)] if len(line) <= 4 * OPTION_CHARS else []
        letters = "".join(m.group(1).lower() for m in marks)
        if len(marks) >= 3 and letters == "abcde"[:len(marks)] and not line[:marks[0].start()].strip(" \t-*+>\u2022") \
                and all(b.start() - a.end() <= OPTION_CHARS for a, b in zip(marks, marks[1:])) \
                and len(line) - marks[-1].end() <= OPTION_CHARS:
            spans.append((pos, le))        # the options on one line
            flush()
        else:
            m = _OPTION_LINE.match(line)
            if m and len(line) <= OPTION_CHARS + 8:
                run.append((pos, le, m.group(1)))
            elif line.strip():
                flush()
        pos = le + 1
    flush()
    return spans


def _question_before(text: str, at: int) -> bool:
    """Whether the last non-blank line before offset ``at`` ends with a question mark."""
    before = text[max(0, at - 600):at].rstrip()
    return before.endswith(("?", "?**", "?*", "?_", "?__"))


#: a table row: a line that holds a cell boundary (Markdown "| a | b |", or "a | b" as the HTML and
#: Word readers write rows); a separator row (|---|:--:|)
_TABLE_LINE = re.compile(r"^[^\n|]{0,2000}\|[^\n]{0,4000}", re.MULTILINE)
_TABLE_SEPARATOR = re.compile(r"[\s|:\-]{0,4000}")
#: a cell that holds only a number, or a count and its percentage in brackets ("88 (80.7)", "8 (15)")
#: (a footnote mark may follow the value: "48.2ᵇ", "48.2 ᵇ", "48.2*", "48.2†", "48.2 a", "48.2 [a]")
_CELL_FOOTNOTE = (r"(?:[ \t]{0,16}(?:[\u02b0-\u02b8\u1d2c-\u1dbf\u2071\u207f\u00b9\u00b2\u00b3\u2070-\u2079*"
                  r"\u2020\u2021\u00a7\u00b6#]{1,3}|[a-h]|\[[a-h]\]|\([a-h]\)))?")
_BARE_CELL = re.compile(
    r"[ \t]{0,40}(?P<val>[0-9](?:\d{0,5})(?:\.\d{1,6})?)"
    r"(?:[ \t]{0,2}\([ \t]{0,2}(?P<pct>\d{1,3}(?:\.\d{1,4})?)[ \t]{0,2}\))?" + _CELL_FOOTNOTE + r"[ \t]{0,40}")
#: what a row label or column header says its cells hold: a percentage ("ORR, %", "n (%)"), a
#: duration ("Median survival, months"), a hazard ratio
#: (not the level of an interval: "HR for death (95% CI)" holds a hazard ratio, not a percentage)
_CELL_PCT = re.compile(r"%(?![ \t]{0,2}(?:CI\b|confidence\b))|\bper\s?cent\b", re.I)
#: (plural only: a column "Week" or "Month" numbers visits, it does not measure)
_CELL_DURATION = re.compile(r"\b(?P<unit>months|mo|weeks|days)\b", re.I)
#: before a duration word, a number (and a comparison): the duration defines the row's group ("First
#: remission lasting ≥12 months", "Remission of 12 months or more"); it is not the unit of its cells
_CELL_CUT_OFF = re.compile(r"\d[\s-]{0,2}$")
#: a ratio named in a label or header, and the kind of ratio its cells hold: "HR", "Hazard ratio (95% CI)",
#: "OR", "Odds ratio", "Adjusted OR", "RR", "Relative risk", "Risk ratio" (the abbreviations in capitals only:
#: "or" is a word; "HR" is matched in any case, as before)
_CELL_RATIO = re.compile(r"(?P<hr>\b(?i:HR|hazard\s{1,3}ratio)s?\b)|(?P<or>\bORs?\b|\b(?i:odds\s{1,3}ratio)s?\b)"
                         r"|(?P<rr>\bRRs?\b|\b(?i:relative\s{1,3}risk|risk\s{1,3}ratio)s?\b)")
_RATIO_KINDS = {"hr": "hazard-ratio", "or": "odds-ratio", "rr": "relative-risk"}
#: a cell of a column whose header names a ratio (or of a row whose label does): the estimate, then
#: its interval however a table writes it -- bare bounds in brackets ("0.75 (0.57–0.99)", "0.64 [0.49,
#: 0.83]", "0.64 (0.49 to 0.83)"), the level and "CI" inside them ("0.75 (97.5% CI 0.57-0.99)", "0.64
#: [95% CI: 0.49–0.83]", "0.79 (CI 0.58-1.09)"), or the bounds after a ";" or "," ("0.64; 0.49–0.83", only
#: where the cell or its header names the interval, see :func:`_ratio_cell`) -- then, after a ";" or ",",
#: its p-value if any ("; p<0.001": a claim of its own). Before, a bare number under "HR" was a hazard
#: ratio but "0.75 (0.57–0.99)" under "HR", or "0.75 (97.5% CI 0.57-0.99)" under "Hazard ratio", was no
#: claim at all (the bare-interval pattern needs a level in a header, the named-ratio one a name with no
#: figure between), so a changed estimate or bound in such a cell went unseen.
_RATIO_CELL = re.compile(
    r"[ \t]{0,40}(?P<val>[0-9](?:\d{0,2})(?:\.\d{1,4})?)" + _CELL_FOOTNOTE +
    r"(?:[ \t]{0,2}(?:(?P<open>[(\[])|(?P<sep>[;,]))[ \t]{0,2}"
    r"(?:(?:(?P<level>\d{2}(?:\.\d{1,2})?)[ \t]?%[ \t]{0,2})?(?P<ci>CI|(?i:confidence\s{1,2}interval))"
    r"[ \t]{0,2}[,:=]?[ \t]{0,2})?"
    r"(?P<lo>\d{1,3}(?:\.\d{1,4})?)(?:[ \t]{0,2}(?:-|\u2013|\u2014|\u2212|to)[ \t]{0,2}|[ \t]{0,2}[,;][ \t]{1,2})"
    r"(?P<hi>\d{1,3}(?:\.\d{1,4})?)[ \t]{0,2}(?(open)(?P<close>[)\]])))?" + _CELL_FOOTNOTE +
    r"(?P<rest>[ \t]{0,2}[;,][ \t]{0,2}(?:(?:one|two|1|2)[\s-]sided[ \t]{1,2})?[Pp](?![A-Za-z])[^|\n]{0,40})?[ \t]{0,40}")
#: the level a ratio's header or row label gives its cells' intervals: "HR (97.5% CI)", "Hazard ratio
#: [95% CI]", "OR, 95% CI"; or "CI" alone ("HR (CI)": an interval, its level unsaid)
_LABEL_LEVEL = re.compile(r"(?:(?P<level>\d{2}(?:\.\d{1,2})?)[ \t]?%[ \t]{0,2})?(?:\bCI\b|(?i:confidence\s{1,2}interval))")
#: a column of p-values: "P value", "p-value", "P", "Two-sided P", "P value (log-rank)"
_CELL_P = re.compile(r"\A[ \t]{0,40}(?:(?:one|two|1|2)[\s-]sided[ \t]{1,2})?[Pp](?:[ \t-]{0,2}values?)?"
                     r"(?:[ \t]{0,2}\([\w \t-]{1,30}\))?[ \t]{0,40}\Z|\b[Pp][ \t-]values?\b", re.I)
#: a cell of such a column: a p-value, its comparison if any ("0.0105", "<0.001", "< .05")
_P_CELL = re.compile(r"[ \t]{0,40}(?P<cmp>[<>=\u2264\u2265]|<=|>=)?[ \t]{0,2}(?P<val>0?\.\d{1,6}|[01](?:\.0{1,4})?)"
                     + _CELL_FOOTNOTE + r"[ \t]{0,40}")
#: a change on a scale: "Change in QoL score, points", "Mean change from baseline (points)"
_CELL_POINTS = re.compile(r"\bpoints\b", re.I)
#: a row that gives the confidence intervals of the row above: "| 95% CI | 72.1-87.7 | 21.0-38.8 |"
_CI_ROW_LABEL = re.compile(r"[ \t]{0,40}(?P<level>\d{2}(?:\.\d)?)[ \t]?%[ \t]{0,2}(?:CI|confidence\s+interval)[ \t]{0,40}", re.I)
_CI_CELL = re.compile(
    r"[ \t]{0,40}\(?(?P<lo>-?\d{1,6}(?:\.\d{1,6})?)%?[ \t]{0,2}(?:-|\u2013|\u2014|to|,)[ \t]{0,2}"
    r"(?P<hi>-?\d{1,6}(?:\.\d{1,6})?)%?\)?[ \t]{0,40}")


#: a row that gives the difference between the arms of the rows above: "| Difference (95% CI) | 51.3 (41.9-60.2) |"
_DIFF_ROW_LABEL = re.compile(r"\b(?:difference|\u0394|delta)\b", re.I)
#: its cell: the difference, its unit if written, and its interval in brackets if any
_DIFF_CELL = re.compile(
    r"[ \t]{0,40}(?P<val>[-+\u2212]?\d{1,3}(?:\.\d{1,4})?)[ \t]{0,2}(?P<unit>%|pp\b|percentage[ \t]points)?"
    r"(?:[ \t]{0,2}\((?:[ \t]{0,2}\d{2}(?:\.\d)?[ \t]?%[ \t]{0,2}CI[,:]?)?[ \t]{0,2}(?P<lo>-?\d{1,3}(?:\.\d{1,4})?)"
    r"[ \t]{0,2}(?:-|\u2013|\u2014|to|,)[ \t]{0,2}(?P<hi>-?\d{1,3}(?:\.\d{1,4})?)[ \t]{0,2}\))?[ \t]{0,40}")


#: the cell an HTML reader writes for a column that a cell on its left spans into (colspan)
_COLSPAN_CELL = "\u2190"


def _separator_follows(text: str, le: int) -> bool:
    """Whether the line after the one ending at ``le`` is a Markdown table's separator row ("|---|:--:|")."""
    if not text.startswith("\n", le):
        return False
    end = text.find("\n", le + 1)
    end = len(text) if end == -1 else end
    return "|" in text[le + 1:end] and "-" in text[le + 1:end] and _TABLE_SEPARATOR.fullmatch(text, le + 1, end) is not None


#: a column name holds a word
_WORD = re.compile(r"[A-Za-z]{2}")


def _header_after_data(text: str, line: str, ls: int, le: int, above: list[tuple[int, int]]) -> bool:
    """Whether a row after a blank line is the header of a new table: it is followed by a Markdown
    separator row, or the row above is a data row (a cell after its first holds a figure) and this
    one names columns (two cells or more, each after the first holding words, none a figure)."""
    if _separator_follows(text, le):
        return True
    if not any(_HEADER_FIGURE.match(text, cs, ce) for cs, ce in above[1:]):
        return False
    cells = _cells(line, ls)
    return len(cells) > 1 and all(_WORD.search(text, cs, ce) and (
        not _HEADER_FIGURE.match(text, cs, ce) or _CI_HEADER.fullmatch(text, cs, ce)) for cs, ce in cells[1:])


def _cells(line: str, start: int) -> list[tuple[int, int]]:
    """The cells of a table row as spans of the text (the empty edges of "| a | b |" dropped)."""
    spans, pos = [], start
    for piece in line.split("|"):
        spans.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    if len(spans) > 1 and not line[:spans[0][1] - start].strip():
        spans.pop(0)
    if len(spans) > 1 and not line[spans[-1][0] - start:].strip():
        spans.pop()
    return spans


def _cell_unit(label: str) -> tuple[str, str] | None:
    """What a row label or column header says the cells under it or beside it hold: ("%", "%"),
    ("duration", unit), ("ratio", kind: "hazard-ratio", "odds-ratio", "relative-risk") or None (nothing, or more than one of them)."""
    said = []
    if _CELL_PCT.search(label):
        said.append(("%", "%"))
    d = next((d for d in _CELL_DURATION.finditer(label) if not _CELL_CUT_OFF.search(label, 0, d.start())), None)
    if d:
        unit = d.group("unit").lower()
        said.append(("duration", "months" if unit == "mo" else unit))
    # (a ratio is never a percentage: "RR, %" is a response rate, "OR (95% CI)" a ratio whose "%" is the level's)
    ratios = {m.lastgroup for m in _CELL_RATIO.finditer(label)} if not said or said[0][0] != "%" else set()
    if len(ratios) == 1:
        said.append(("ratio", _RATIO_KINDS[ratios.pop()]))
    elif ratios:
        return None  # two kinds of ratio named: which one a cell holds is unsaid
    if _CELL_POINTS.search(label):
        said.append(("points", "points"))
    if not said and _CELL_P.search(label):
        said.append(("p", ""))  # (only where nothing else is said: "HR (95% CI); P value" holds hazard ratios)
    return said[0] if len(said) == 1 else None


def _identifier_headers() -> tuple[re.Pattern, re.Pattern]:
    """The column names of data/columns.yaml as two patterns, each matched on a whole header cell
    (its edges' blanks and emphasis stripped):
    a column of identifiers or pointers anywhere in a table ("Ref", "Page", "Location in reference",
    "Claim #"), and one in the table's first column only (also "#", "No.": elsewhere a count's)."""
    data = yaml.safe_load(resources.files("claimcheck").joinpath("data/columns.yaml").read_text(encoding="utf-8"))

    def alt(key: str) -> str:
        return "(?:" + "|".join(f"(?:{w})" for w in data[key]) + ")"
    ids, numbering = alt("identifiers"), alt("numbering")
    one = (rf"(?:{ids}[ \t]{{1,3}}(?:in|of|within|on)[ \t]{{1,3}}{alt('documents')}"
           rf"|(?:{alt('owners')}|{ids})[ \t]{{0,2}}{numbering}|{{names}})")
    join = r"[ \t]{0,2}(?:[/&,+]|\band\b|\bor\b)[ \t]{0,2}"
    tail = _CELL_FOOTNOTE + r":?"

    def pattern(names: str) -> re.Pattern:
        unit = one.replace("{names}", names)
        return re.compile(rf"{unit}(?:{join}{unit}){{0,2}}{tail}", re.I)
    return pattern(ids), pattern(f"(?:{ids}|{alt('row_numbers')})")


#: a header cell naming a column of identifiers or pointers, not results (data/columns.yaml): a bare
#: number under it ("2" under "Ref", "12" under "Page") is no claim and lends no unit; the second
#: pattern is the first column's ("#", "No.": row numbers there)
_ID_HEADER, _ID_HEADER_FIRST = _identifier_headers()


def identifier_columns(headers: list[str]) -> set[int]:
    """The indexes of the header cells ``headers`` (a table's first row, cell by cell) that name a column
    of identifiers or pointers (data/columns.yaml): "#" and "No." only as the first column."""
    return {j for j, h in enumerate(headers)
            if (_ID_HEADER_FIRST if j == 0 else _ID_HEADER).fullmatch(h.strip(" \t*")) is not None}


def _table_cells(text: str, claims: list[Claim]) -> list[Claim]:
    """Claims for table cells that hold a bare number ("| Median survival, months | 7.7 | 6.2 |") or a
    count with its percentage in brackets ("| ORR, n (%) | 88 (80.7) |"): the row's label says
    what the cells hold, else the header cell over the column, else the header's first cell. A
    cell whose kind nothing names is left alone (a bare number of unknown meaning is no claim);
    so is a cell of the table's first row (its header), a cell where a claim was already found and
    a cell under a header naming identifiers or pointers (:func:`identifier_columns`: "2" under "Ref"
    is reference 2, "12" under "Page" a page; a claims key's or a schedule's "| # | ... | Ref |"): no
    claim, and no label of its row (the row's label is its other cells')."""
    taken = sorted((c.start, c.end) for c in claims)
    starts = [a for a, _ in taken]
    added: list[Claim] = []
    header: list[tuple[int, int]] | None = None  # the cells of the current table's first row
    idcols: set[int] = set()  # the indexes of its cells that head columns of identifiers ("#", "Ref", "Page")
    above: list[tuple[int, int]] = []  # the cells of the row above
    earlier: list[tuple[int, int]] = []  # the cells of the row above that one (a "95% CI" row's estimates
    # may stand two rows up, over an "n/N" row: _ci_row)
    prev_end = -2
    caption = None  # what the current table's caption line says its cells hold
    lead_labels: list[str] = []  # the label cells of the row above (what a "〃" under them stands for)
    for m in _TABLE_LINE.finditer(text):
        ls, le = m.span()
        line = m.group()
        gap = text[max(prev_end, 0):ls]
        if prev_end < 0 or (gap.strip() and not _inside_table(gap, above, text, line, ls)) or (
                gap.count("\n") > 2 and not (gap.count("\n") <= _SECTION_GAP and not gap.strip()
                                             and len(above) == len(_cells(line, ls)) > 1)) or (
                gap.count("\n") > 1 and _header_after_data(text, line, ls, le, above)):
            # (a row of column names over a Markdown separator row, or after a blank line under data
            # rows, is the header of a table of its own: "| Factor | OR | 95% CI |" one blank line under
            # a table of rates)
            # (blank lines between rows of as many cells stay in one table: an HTML table's header
            # rows, then its body, "</thead> <tbody>" read as blank lines)
            header = None  # a new table (rows are on consecutive lines, a blanked separator row between)
            lead_labels = []
            above = earlier = []
            caption = _caption_unit(text, ls)
        prev_end = le
        if _TABLE_SEPARATOR.fullmatch(line):
            continue
        cells = _cells(line, ls)
        if header is None:
            # a table's first row is its header, unless a cell after its first holds a figure
            # (a plain-text table without a header: "ORR ...... 80.7% | 29.4%")
            # (a cell that names a confidence interval, "95% CI", is a header's, not a figure)
            header = above = [] if any(_HEADER_FIGURE.match(text, cs, ce) and not _CI_HEADER.fullmatch(text, cs, ce)
                                       for cs, ce in cells[1:]) else cells
            idcols = identifier_columns([text[a:b] for a, b in header])
            if header:
                continue
        if len(cells) < 2:
            continue
        ci = _CI_ROW_LABEL.fullmatch(text, cells[0][0], cells[0][1])
        if ci is not None and len(above) == len(cells):
            _ci_row(text, cells, [above] + ([earlier] if len(earlier) == len(cells) else []),
                    float(ci.group("level")), claims + added)
        label = text[cells[0][0]:cells[0][1]]
        if above and _DIFF_ROW_LABEL.search(label) and any(
                c.kind == ClaimKind.PERCENTAGE for c in claims + added if above[0][0] <= c.start < above[-1][1]):
            _difference_row(text, cells, label, claims, added, starts, taken)
            above, earlier = cells, above
            continue
        above, earlier = cells, above

        def column_of(i: int) -> int:
            """The header cell over cell ``i``: a row shorter than its header read from the left (its last
            cells left out: a plain-text row with empty last cells, HTML and GFM rows), as context.py
            reads it; a row longer than its header (a corner cell dropped) aligned from the right."""
            return i if len(cells) <= len(header) else len(header) - (len(cells) - i)
        ids = {i for i in range(len(cells)) if column_of(i) in idcols} if idcols else set()
        k0 = bisect.bisect_left(starts, ls)
        stated = starts[k0:bisect.bisect_left(starts, le)]
        label, lead_labels = _row_label(text, cells, lead_labels, ids, stated)
        row_unit = _cell_unit(label)
        # what the row's other figures are: after the column's own header (a row that is an arm,
        # "| EXAMPLIMAB | 9.3 | 37.1% |" under "| | Median DFS, months | 1-year rate |", has one unit per column)
        siblings = _sibling_unit(claims, starts, ls, le, text, cells) if row_unit is None else None
        bare = [(i, _BARE_CELL.fullmatch(text, cs, ce)) for i, (cs, ce) in enumerate(cells[1:], start=1)]
        lead = _leader_value(text, cells[0][0], cells[0][1])
        if lead is not None:  # "Median survival ...... 6.2 | 7.7 months": a plain-text row, label and value in one cell
            bare.insert(0, (0, lead))
        for i, c in bare:
            if i in ids:
                continue  # a row number, a reference, a page: no result
            cs, ce = cells[i]
            if c is None:
                c = _P_CELL.fullmatch(text, cs, ce)   # "<0.001": a p-value column's cell (kept if the column is one)
                if c is None:
                    # "0.75 (0.57–0.99)", "0.75 (97.5% CI 0.57-0.99)": a ratio's cell (kept if the column or row is one)
                    c = _RATIO_CELL.fullmatch(text, cs, ce) if i else None
                    if c is None:
                        continue
            unit = row_unit
            column = None
            if header and i:
                at = column_of(i)
                while 0 < at < len(header) and text[header[at][0]:header[at][1]].strip() == _COLSPAN_CELL:
                    at -= 1   # a header cell spanning this column from its left (HTML colspan)
                if 0 < at < len(header):
                    column = _cell_unit(text[header[at][0]:header[at][1]])
            if (unit is None or column is not None and column[0] in ("ratio", "p")) and not (
                    column is not None and column[0] == "ratio" and unit is not None and unit[0] == "p"):
                # (a column of ratios or p-values beside the arms' figures holds them whatever the row
                # measures: "| Median survival, months | 7.7 | 6.2 | 0.75 |" under "| | A | B | HR |"; but
                # a row of p-values holds p-values under a ratio's column too: "| P value | | | 0.0105 |")
                unit = column
            if unit is None:
                unit = siblings
            if unit is None and header:
                # the header's first cell over the row labels (after a row-number column: "| # | Outcome, % | ...")
                lead = next((j for j in range(len(header)) if j not in idcols), None)
                unit = _cell_unit(text[header[lead][0]:header[lead][1]]) if lead is not None else None
            if unit is None:
                unit = caption
            if unit is None:
                continue
            if c.re is _RATIO_CELL:
                if unit[0] == "ratio":
                    at = column_of(i)
                    _ratio_cell(text, c, unit[1], (text[header[at][0]:header[at][1]] if header and 0 < at < len(header)
                                                   else "", label), added, starts, taken)
                continue
            if c.re is _P_CELL or unit[0] == "p":
                # a p-value column's cell: a p-value only there, and only where the whole cell is one
                c = _P_CELL.fullmatch(text, cs, ce) if unit[0] == "p" else None
                if c is None:
                    continue
                s = c.start("cmp") if c.group("cmp") else c.start("val")
                k = bisect.bisect_left(starts, c.end("val"))
                if k > 0 and taken[k - 1][1] > s:
                    continue  # a claim was found in the cell
                cmp_ = (c.group("cmp") or "=").replace("\u2264", "<=").replace("\u2265", ">=")
                added.append(Claim(ClaimKind.P_VALUE, s, c.end("val"), text[s:c.end("val")],
                                   value=Num.parse(c.group("val")), comparator=cmp_))
                continue
            s = c.start("val")
            e = c.end("pct") + 1 if c.group("pct") else c.end("val")
            e = text.find(")", e - 1, ce) + 1 if c.group("pct") else e
            k = bisect.bisect_left(starts, e)
            if k > 0 and taken[k - 1][1] > s:
                continue  # a claim was found in the cell
            raw = text[s:e]
            if c.group("pct"):
                if unit[0] != "%":
                    continue
                n, pct = Num.parse(c.group("val")), Num.parse(c.group("pct"))
                if n.decimals:
                    continue
                added.append(Claim(ClaimKind.PERCENTAGE, s, e, raw, value=pct, unit="%", n=int(n.value)))
            elif unit[0] == "%":
                added.append(Claim(ClaimKind.PERCENTAGE, s, e, raw, value=Num.parse(c.group("val")), unit="%"))
            elif unit[0] == "duration":
                added.append(Claim(ClaimKind.DURATION, s, e, raw, value=Num.parse(c.group("val")), unit=unit[1]))
            elif unit[0] == "points":
                added.append(Claim(ClaimKind.ESTIMATE, s, e, raw, value=Num.parse(c.group("val")), unit="points"))
            else:
                added.append(Claim(ClaimKind.RATIO, s, e, raw, value=Num.parse(c.group("val")), ratio_kind=unit[1]))
        if header and len(header) == len(cells) and any(_CI_HEADER.fullmatch(text, a, b) for a, b in header[2:]):
            _ci_column(text, cells, header, claims + added)   # (the list copied only for a table with a CI column)
    if not added:
        return claims
    return sorted(claims + added, key=lambda c: c.start)


def _ratio_cell(text: str, c: re.Match, kind: str, labels: tuple[str, ...],
                added: list[Claim], starts: list[int], taken: list[tuple[int, int]]) -> None:
    """A cell of a ratio's column or row (``c``, a :data:`_RATIO_CELL` match; ``kind``, the ratio's):
    its estimate as a ratio claim of that kind, with the interval the cell gives. The interval's
    level is the cell's own ("0.75 (97.5% CI 0.57-0.99)"), else the one the column's header or the
    row's label (``labels``) names ("HR (97.5% CI)"), else unsaid. Bounds after a ";" or "," rather
    than in brackets ("0.64; 0.49–0.83") are an interval only where the cell, header or label names
    one (else the estimate alone is the claim); a cell where a claim was already found is left alone."""
    if c.group("open") and c.group("open") + c.group("close") not in ("()", "[]"):
        return  # brackets that do not pair
    named = [m for m in map(_LABEL_LEVEL.search, labels) if m is not None] if c.group("hi") else []
    # ("0.64, 0.49-0.83" with no interval named: the estimate, and two figures after it)
    bounds = c.group("hi") and not (c.group("sep") and not c.group("ci") and not named)
    s = c.start("val")
    e = c.end("close") if c.group("open") else c.end("hi") if bounds else c.end("val")
    k = bisect.bisect_left(starts, e)
    if k > 0 and taken[k - 1][1] > s:
        return  # a claim was found in the cell
    interval = None
    if bounds:
        level = c.group("level") or next((m.group("level") for m in named if m.group("level")), None)
        interval = Interval(Num.parse(c.group("lo")), Num.parse(c.group("hi")), float(level) if level else None,
                            "ci", c.start("open") if c.group("open") else c.start("sep") + 1, e)
    added.append(Claim(ClaimKind.RATIO, s, e, text[s:e], value=Num.parse(c.group("val")), ratio_kind=kind,
                       interval=interval))


#: a plain-text header line's fields: text between runs of two or more blanks, a tab or a "|"
_PLAIN_FIELD = re.compile(r"[^ \t|]+(?: [^ \t|]+)*")
#: where a plain-text row's value may start: the line's start, after a gap of two or more blanks or a
#: tab, or after a dot leader ("Median survival ........ 0.64", "ITT … 0.64")
_PLAIN_VALUE_START = re.compile(r"(?:(?<=^)|(?<=[ \t][ \t])|(?<=\t)|(?<=\.\.)|(?<=\.\. )|(?<=\u2026)|(?<=\u2026 ))[0-9]",
                                re.M)
#: a count of patients in a header ("Drug X (n = 247)"): no figure of a result
_HEADER_COUNT = re.compile(r"\b[nN][ \t]{0,2}=[ \t]{0,2}\d{1,6}")
#: the letters a ratio's name in a header holds (:data:`_CELL_RATIO`'s), found by a cheap scan: the
#: lines that hold none head no column of ratios
_RATIO_HINT = re.compile(r"[HORhR][Rr]|[Hh]azard|[Oo]dds|[Rr]elative|[Rr]isk")
#: how many lines under its header a plain-text row may be (the rows of one table)
_PLAIN_HEADER_REACH = 12
#: a header line's field that names a ratio has at most this many words
_RATIO_HEADER_WORDS = 6


def _display_col(line: str, at: int) -> int:
    """The display column of offset ``at`` of ``line`` (tabs expanded to 8)."""
    return len(line[:at].expandtabs(8))


def _plain_ratio_columns(text: str, claims: list[Claim], original: str, nmap: NumberMap | None) -> list[Claim]:
    """Plain-text rows (no cell boundaries: dot-leader rows, or a column the plain-table reader did
    not grid) under a header line that names a ratio over one column::

        Endpoint                  Drug X    Control    HR (CI)
        Median survival ......... 9.3       5.6        0.64 (0.49-0.83)
        Overall survival                    Hazard ratio
        ITT population ...................  0.64

    the value that starts in that column (after a gap of two blanks or more, a tab or a leader, and
    under the header's ratio field more than under any other field) is that ratio, with its interval
    as in a table's cell (:data:`_RATIO_CELL`, :func:`_ratio_cell`). The header is a line of short
    fields (one at least after a gap, or the line indented) whose only figures are an interval's
    level or a group's size; its rows are the lines under it up to a blank line after rows, another
    such header, prose or :data:`_PLAIN_HEADER_REACH` lines. Before, only a header that named the
    interval's level in brackets ("HR (95% CI)") made such a value a ratio, so a changed estimate under
    "HR" or "Hazard ratio" went unseen.

    Columns are the ``original`` text's (``text`` is its number-normalised copy, runs of blanks
    read as one, ``nmap`` the map between them): the layout is read there, the values in ``text``."""
    added: list[Claim] = []
    starts = [c.start for c in claims]
    taken = [(c.start, c.end) for c in claims]
    # an offset of the original text in the normalised one (the characters dropped before it removed)
    dropped = [d + k for k, d in enumerate(nmap.dropped)] if nmap is not None else []

    def normal(at: int) -> int:
        return at - bisect.bisect_left(dropped, at) if dropped else at

    def orig_end(at: int) -> int:
        return nmap.end(at) if nmap is not None else at

    # the lines that name a ratio (most texts have few): the only ones that may head a column of them
    lines, pos = [], 0
    for line in original.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    line_starts = [a for a, _ in lines]
    heads = {}
    for m in _RATIO_HINT.finditer(original):
        k = bisect.bisect_right(line_starts, m.start()) - 1
        if k not in heads:
            heads[k] = _plain_ratio_header(original, *lines[k])
    for k in sorted(heads):
        head = heads[k]
        if head is None:
            continue
        hs, he = lines[k]
        k += 1
        (fs, fe), kind, fields = head
        hline = original[hs:he]
        cols = [(_display_col(hline, a - hs), _display_col(hline, b - hs)) for a, b in fields]
        ratio_at = fields.index((fs, fe))
        seen_row = False
        for j in range(k, min(len(lines), k + _PLAIN_HEADER_REACH)):
            ls, le = lines[j]
            line = original[ls:le]
            if not line.strip():
                if seen_row:
                    break
                continue
            if "|" in line or le - ls > MAX_PLAIN_ROW or heads.get(j) is not None:
                break  # a gridded row, prose, another table's header
            if not any(ch.isdigit() for ch in line):
                if len(line.strip()) > 60 and "  " not in line.strip():
                    break  # prose after the table
                continue  # a section label, a rule
            for v in _PLAIN_VALUE_START.finditer(original, ls, le):
                c = _RATIO_CELL.match(text, normal(v.start()), normal(le))
                if c is None:
                    continue
                ve = orig_end(c.end("close") if c.group("open") else c.end("hi") if c.group("hi") else c.end("val"))
                if not _PLAIN_VALUE_END.match(original, ve, le):
                    continue  # the figure runs on: not a cell's value
                a, b = _display_col(line, v.start() - ls), _display_col(line, ve - ls)
                # (how far under each header field the value stands: overlap, then nearness of an edge)
                under = [(min(b, y) - max(a, x), -min(abs(a - x), abs(b - y))) for x, y in cols]
                best = max(range(len(cols)), key=lambda i: under[i])
                if best != ratio_at or (under[best][0] <= 0 and -under[best][1] > 3):
                    continue
                seen_row = True
                _ratio_cell(text, c, kind, (original[fs:fe], original[ls:v.start()]), added, starts, taken)
    if not added:
        return claims
    return sorted(claims + added, key=lambda c: c.start)


#: after a plain-text row's value: the line's end, a gap to the next column, or its p-value ("; p<0.001")
_PLAIN_VALUE_END = re.compile(r"[ \t]*\Z|[ \t]{2}|\t|[ \t]{0,2}[;,][ \t]{0,2}(?:(?:one|two|1|2)[\s-]sided[ \t]{1,2})?[Pp](?![A-Za-z])")


#: a plain-text row longer than this is prose
MAX_PLAIN_ROW = 300


def _plain_ratio_header(text: str, hs: int, he: int):
    """The ratio field of a plain-text header line [hs, he) (see :func:`_plain_ratio_columns`):
    ((start, end), kind, all the line's fields) or None."""
    if he - hs > MAX_PLAIN_ROW or he == hs:
        return None
    line = text[hs:he]
    if "R" not in line and "atio" not in line:
        return None
    fields = [m.span() for m in _PLAIN_FIELD.finditer(text, hs, he)]
    fields = [f for f in fields if text[f[0]:f[1]].strip()]
    if not fields or (len(fields) == 1 and _display_col(line, fields[0][0] - hs) < 8):
        return None  # a line of prose, a heading
    found = None
    for i, (a, b) in enumerate(fields):
        field = text[a:b]
        if len(field.split()) > MAX_CELL_WORDS_PLAIN:
            return None  # prose
        rest = _HEADER_COUNT.sub("", _LABEL_LEVEL.sub("", field))
        if any(ch.isdigit() for ch in rest):
            return None  # a row of figures, not a header
        unit = _cell_unit(field)
        if unit is not None and unit[0] == "ratio" and len(field.split()) <= _RATIO_HEADER_WORDS and (
                i or _display_col(line, a - hs) >= 8):
            if found is not None:
                return None  # two ratio columns: which is which is left to a gridded table
            found = ((a, b), unit[1])
    return (found[0], found[1], fields) if found else None


#: a plain-text header's field with more words than this is prose
MAX_CELL_WORDS_PLAIN = 8


#: the cell an HTML reader writes for a column that a cell of a row above spans into (rowspan)
_ROWSPAN_CELL = "\u3003"


def _row_label(text: str, cells: list[tuple[int, int]], above: list[str],
               skip: set[int] = frozenset(), stated: list[int] = ()) -> tuple[str, list[str]]:
    """A row's label and its label cells: the first cell, and where that says nothing of what the
    cells hold, every cell before the first that holds a figure ("| Efficacy | Median survival (months) |
    5.6 | 9.3 |": a category column, then the outcome's). A label cell that a cell of a row above
    spans into (HTML rowspan, "〃") stands for that cell's text (``above``, the row above's). Cells of
    ``skip`` (columns of identifiers: a row number, a reference) are no part of it; after the first, a
    cell where a claim starts (``stated``: the claims' starts) ends it, as a figure does (a sentence
    stating a result, "In the trial, 37.1% of patients were alive", is no label: its "%" is its own)."""
    labels = []
    kept = [cell for i, cell in enumerate(cells[:-1]) if i not in skip] if skip else cells[:-1]
    for k, (cs, ce) in enumerate(kept):
        if k and (_HEADER_FIGURE.match(text, cs, ce) or any(cs <= a < ce for a in stated)):
            break
        cell = text[cs:ce].strip()
        if cell == _ROWSPAN_CELL:
            cell = above[k] if k < len(above) else ""
        labels.append(cell)
        if k == 0 and _cell_unit(cell) is not None:
            break
    if len(labels) == 1 and kept and labels[0] == text[kept[0][0]:kept[0][1]].strip():
        return text[kept[0][0]:kept[0][1]], labels
    return " | ".join(labels), labels


#: a count whose total opens its clause: "Of the 18 patients with the event after transplant, 8 (of these events) were
#: fatal", "Among these 18 events, 8 were fatal" (the count after the clause's comma)
_OPENING_TOTAL = re.compile(
    r"(?:^|(?<=[\s(\-\u2022*]))(?:[Oo]f|[Aa]mong(?:st)?|[Oo]ut[^\S\n]of)[^\S\n]{1,2}(?:(?:the|these|those|all)[^\S\n]{1,2})?"
    r"(?P<N>\d{1,4})(?![\d.,%/])[^\S\n](?P<group>[^\n\d.;:()\[\]]{1,90}?),[^\S\n]{1,2}(?P<n>\d{1,4})(?![\d.,%/])")
#: a count of a total named before it in its sentence: "The event occurred in 18 patients after transplant, of whom 8
#: died", "18 patients developed the event after transplant, 8 of whom died", "18 events; 8 of them were fatal"
_RELATIVE_TOTAL = re.compile(
    r"(?<![\w.,/%])(?<!of[^\S\n])(?P<N>\d{1,4})(?![\d.,%/])[^\S\n](?P<group>[^\n\d.;:()\[\]]{1,90}?)"
    r"(?:,?[^\S\n]{1,2}of[^\S\n](?:whom|which)[^\S\n](?P<n>\d{1,4})"
    r"|[,;][^\S\n]{1,2}(?P<n2>\d{1,4})[^\S\n]of[^\S\n](?:whom|which|them|these|those))"
    r"(?![\d.,%/])")
#: a count of a total stated as the numerator of an n of N (or n/N) just before it, with its share in brackets:
#: "the event in 18 of 79 (22.8%), of which 5 were fatal", "12/60 patients (20%), 4 of whom died": "which"/"whom"
#: is the n (the group with the event), not the N it was counted among
_FRACTION_TOTAL = re.compile(
    r"(?<![\w.,/%])(?P<N>\d{1,4})(?:/|[^\S\n](?:out[^\S\n])?of[^\S\n](?:the[^\S\n])?)\d{1,4}(?![\d.,%/])"
    r"(?P<group>(?:[^\S\n][A-Za-z][\w-]{0,24}){0,3}(?:[^\S\n]{0,2}\([^()\n\d]{0,12}\d{1,3}(?:\.\d{1,2})?[^\S\n]?%\))?)"
    r"(?:,?[^\S\n]{1,2}of[^\S\n](?:whom|which)[^\S\n](?P<n>\d{1,4})"
    r"|[,;][^\S\n]{1,2}(?P<n2>\d{1,4})[^\S\n]of[^\S\n](?:whom|which|them|these|those))"
    r"(?![\d.,%/])")
#: right after the count: what it counts is a share of the total only where a word (a verb, "of
#: these", "patients") follows, never a unit, a percentage or a bracket of its own
_COUNT_FOLLOWS = re.compile(
    r"(?:[^\S\n]{1,2}of[^\S\n](?:these|them|those|whom|which))?[^\S\n]{1,2}"
    r"(?!(?:months?|weeks?|days?|years?|cycles?|doses?|mg|times|points?|percent|per|vs|versus|to|and|or)\b)[a-z]")
#: words that say the count is an arm of the total or a different group: never its share
_NOT_SHARE = re.compile(r"\b(?:received|receiving|randomi[sz]ed|assigned|allocated|enrolled|treated|given|arms?|"
                        r"groups?|cohorts?|respectively|compared|versus|vs|whereas|while|than|each|per|remaining|"
                        r"other)\b", re.I)
#: words in the group that make it no one total: a comparison, a list of groups
_OTHER_GROUP_WORDS = re.compile(r"\b(?:respectively|compared|versus|vs|whereas|while|than|each|per|and|or)\b", re.I)


#: a sentence that opens on the group the sentence before counted: "... in 18 patients. Of these, 8 died."
_ANAPHORIC_OPENING = re.compile(
    r"(?:^|(?<=[.!?][^\S\n])|(?<=[.!?][^\S\n]{2}))(?:[Oo]f|[Aa]mong(?:st)?)[^\S\n]{1,2}(?:these|them|those)"
    r"(?:[^\S\n]{1,2}(?:patients|events|cases))?,?[^\S\n]{1,2}(?P<n>\d{1,4})(?![\d.,%/])", re.M)
#: a number of people or events in a sentence: "in 18 patients", "18 post-transplant events"
_PEOPLE_OR_EVENTS = re.compile(r"(?<![\w.,/%])(?P<N>\d{1,4})(?![\d.,%/])(?:[^\S\n]{1,2}[A-Za-z][\w/-]{0,24}){0,3}?"
                               r"[^\S\n]{1,2}(?:patients|adults|subjects|participants|responders|events|cases)\b")


def _previous_total(text: str, at: int) -> tuple[int, str] | None:
    """The total the sentence before ``at`` counts, and its words: its only number, a number of
    people or events ("The event occurred in 18 patients after transplant."); None where it holds another."""
    end = at - 1
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = max(text.rfind(". ", 0, end - 1), text.rfind("\n", 0, end - 1)) + 1
    sentence = text[start:end]
    numbers = re.findall(r"\d+(?:[.,]\d+)?", sentence)
    people = list(_PEOPLE_OR_EVENTS.finditer(sentence))
    if len(numbers) != 1 or len(people) != 1:
        return None
    return int(people[0].group("N")), sentence


#: right before a count of people ("247 patients"): a smaller count that it is the total of ("203 of 247
#: patients", "97 out of the 124 patients"); not a place in a sequence ("the 2nd of 3 patients")
#: (a line may wrap at any of its gaps: "23 of" / "   164 adult patients" in a plain-text script)
_COUNT_BEFORE_TOTAL = re.compile(
    r"(?<![\w.,/%-])(?P<n>\d{1,4})(?:[^\S\n]{1,2}|[^\S\n]?\n[^\S\n]?)(?:out[^\S\n]{1,2})?of"
    r"(?:[^\S\n]{1,2}|[^\S\n]?\n[^\S\n]?)(?:(?:the|those|these|all)[^\S\n]{1,2})?$")


_LIST_JOINER = re.compile(r"\s{0,2}(?:,|;|and|or|vs\.?|versus)\s{0,3}")


def _counts_before_their_total(text: str, claims: list[Claim]) -> None:
    """A count of people written with a smaller count before it, "n of N patients" ("203 of 247
    patients on the product had died", "97 out of the 124 patients"), with no percentage or n/N of
    its own: an n/N claim (fraction) from n, so that n is compared with the count the library gives
    that denominator (a count entry's n of N, a rate's n/N), not a count of N patients alone. A count
    with a percentage ("18 of 79 patients (22.8%)") is the percentage's claim already."""
    for c in claims:
        if c.kind != ClaimKind.COUNT or c.n is not None or c.value is None or c.value.decimals \
                or c.text[:1] in "nN" or c.start < 2:
            continue
        m = _COUNT_BEFORE_TOTAL.search(text, max(0, c.start - 24), c.start)
        if m is None or any(o is not c and o.start < c.start and o.end > m.start() for o in claims):
            continue
        if any(o.kind == ClaimKind.FRACTION and o.end <= m.start() and _LIST_JOINER.fullmatch(text, o.end, m.start())
               for o in claims):
            continue  # the last of a list of n of N ("(32 of 109 and 88 of 109 patients)"): paired as listed
        n, total = int(m.group("n")), int(c.value.value)
        if not 0 < n < total or total < 5 or _ORDINAL_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue
        c.kind, c.start, c.text, c.n, c.total, c.value, c.unit = \
            ClaimKind.FRACTION, m.start(), text[m.start():c.end], n, total, None, None


def _counts_of_stated_totals(text: str, claims: list[Claim]) -> list[Claim]:
    """A bare count (no percentage, no n/N of its own) whose total its sentence states before it, in
    the clause that opens on the group ("Of the 18 patients with the event after transplant, 8 of these events were
    fatal"), right after the group with "of whom"/"of which" ("... in 18 patients, of whom 8 died"), after
    an n of N with its share whose n is the total ("18 of 79 (22.8%), of which 5 were fatal"), or
    in the sentence before, its only number, where this one opens "Of these," ("... in 18 patients. Of
    these, 8 died"):
    an n/N claim (fraction), so that the count is compared with the n the library gives that
    denominator. Left alone: a count with a unit, a percentage or a bracket after it, a count whose
    clause names another figure after it or says it is an arm or another group (":data:`_NOT_SHARE`"),
    a group that holds a figure, a count already a claim's."""
    starts = [c.start for c in claims]
    added = []
    for pattern in (_OPENING_TOTAL, _RELATIVE_TOTAL, _FRACTION_TOTAL, _ANAPHORIC_OPENING):
        for m in pattern.finditer(text):
            key = "n" if m.group("n") else "n2"
            ns, ne = m.span(key)
            n = int(m.group(key))
            if pattern is _ANAPHORIC_OPENING:
                found = _previous_total(text, m.start())
                if found is None:
                    continue
                total, group = found
            else:
                total, group = int(m.group("N")), m.group("group")
            if not 0 < n < total or total < 5:
                continue
            # the rest of the count's clause: a word right after the count, no other figure, no arm word
            stop = len(text)
            for end in (". ", ".\n", "\n", ";", ":"):
                k = text.find(end, ne, ne + 240)
                if k != -1:
                    stop = min(stop, k)
            stop = min(stop, ne + 240)
            rest = text[ne:stop]
            if key == "n" and not _COUNT_FOLLOWS.match(text, ne):
                continue
            if re.search(r"\d", rest) or _NOT_SHARE.search(rest) or _OTHER_GROUP_WORDS.search(group):
                continue
            rest_words = re.match(r"[^\S\n]{1,2}([A-Za-z][\w-]*)", rest)
            if rest_words and rest_words.group(1)[0].isupper():
                continue  # "79 EXAMPLIMAB patients": a name after the count, an arm of the total
            k = bisect.bisect_right(starts, ns) - 1
            if k >= 0 and claims[k].end > ns or any(c.start < ne and c.end > ns for c in claims[k + 1:k + 3]):
                # a count already read ("8 patients"): it becomes the n of the total
                c = claims[k] if k >= 0 and claims[k].end > ns else next(c for c in claims[k + 1:k + 3]
                                                                          if c.start < ne and c.end > ns)
                if c.kind == ClaimKind.COUNT and c.start == ns and c.n is None:
                    c.kind, c.n, c.total, c.value, c.unit = ClaimKind.FRACTION, n, total, None, None
                continue
            if all(a.start != ns for a in added):
                added.append(Claim(ClaimKind.FRACTION, ns, ne, text[ns:ne], n=n, total=total))
    if not added:
        return claims
    return sorted(claims + added, key=lambda c: c.start)


def _difference_row(text: str, cells: list[tuple[int, int]], label: str, claims: list[Claim], added: list[Claim],
                    starts: list[int], taken: list[tuple[int, int]]) -> None:
    """A "Difference (95% CI)" row under rows of rates: its cells (each only a difference, its interval in
    brackets) are differences in percentage points between the arms above."""
    level = _CI_ROW_LABEL.search(label) or re.search(r"(\d{2}(?:\.\d)?)[ \t]?%[ \t]{0,2}CI", label)
    for cs, ce in cells[1:]:
        m = _DIFF_CELL.fullmatch(text, cs, ce)
        if m is None or not text[cs:ce].strip():
            continue
        s, e = m.start("val"), (m.end("hi") + text[m.end("hi"):ce].index(")") + 1) if m.group("hi") else (
            m.end("unit") if m.group("unit") else m.end("val"))
        inside = [c for c in claims if cs <= c.start and c.end <= ce]
        if inside:
            # read already, as a bare estimate under a "(95% CI)" label or as a percentage: it is the difference
            if len(inside) == 1 and inside[0].value is not None and inside[0].n is None and \
                    inside[0].kind in (ClaimKind.ESTIMATE, ClaimKind.PERCENTAGE):
                inside[0].kind = ClaimKind.PP_DIFFERENCE
                inside[0].unit = "percentage points"
            continue
        k = bisect.bisect_left(starts, e)
        if k > 0 and taken[k - 1][1] > s:
            continue  # a claim was found in the cell
        interval = None
        if m.group("hi"):
            lv = float(level.group(1)) if level is not None else None
            interval = Interval(Num.parse(m.group("lo")), Num.parse(m.group("hi")), lv, "ci", m.start("lo"), m.end("hi"))
        added.append(Claim(ClaimKind.PP_DIFFERENCE, s, e, text[s:e], value=Num.parse(m.group("val").replace("\u2212", "-")),
                           unit="percentage points", interval=interval))


#: how long a table's caption line may be
_CAPTION_CHARS = 160


def _caption_unit(text: str, ls: int) -> tuple[str, str] | None:
    """What the caption line right above a table (the last non-blank line before its first row, at
    most one blank line above it: "Grade >=3 adverse events, n (%)", "Table 2. Median survival,
    months") says its cells hold, where it says one thing; None where there is no such line, it is
    long (prose) or itself a row."""
    lo = max(0, ls - 2 * _CAPTION_CHARS)
    before = text[lo:ls]
    stripped = before.rstrip()
    if not stripped or before.count("\n", len(stripped)) > 2:
        return None
    start = stripped.rfind("\n") + 1
    if start == 0 and lo > 0:
        return None  # a line longer than a caption
    line = stripped[start:].strip()
    if not line or len(line) > _CAPTION_CHARS or "|" in line:
        return None
    return _cell_unit(line)


#: how many line breaks of blank lines may part two rows of one table (an HTML table's head and body)
_SECTION_GAP = 3


def _inside_table(gap: str, above: list[tuple[int, int]], text: str, line: str, ls: int) -> bool:
    """Whether the text between two rows is one or two short lines without cells inside one table (a
    section label, a wrapped label: "Hematologic" between data rows), not the end of a table: the
    row above and this row are data rows (a cell after the first holds a figure) of as many cells."""
    lines = gap.strip("\n").split("\n")
    if len(lines) > 2 or gap.count("\n") > len(lines) + 1 or any(not ln.strip() or len(ln) > 80 for ln in lines):
        return False
    cells = _cells(line, ls)
    return len(above) == len(cells) > 1 and \
        any(_HEADER_FIGURE.match(text, cs, ce) for cs, ce in above[1:]) and \
        any(_HEADER_FIGURE.match(text, cs, ce) for cs, ce in cells[1:])


#: a cell that starts with a figure ("80.7%", "7.7 months"; not "Drug X (n = 139)")
_HEADER_FIGURE = re.compile(r"[ \t]{0,40}[-+~<>≤≥]?\d")
#: a row's first cell that holds its label, a dot leader or a colon, then a bare value
#: (searched in the cell: a match must end the cell, and the cell start with a letter)
_LEADER_VALUE = re.compile(
    r"(?:\.\.\.|:)[ \t.]{0,80}?(?<=[. \t])(?P<val>[0-9](?:\d{0,5})(?:\.\d{1,6})?)(?P<pct>)?[ \t]{0,40}$", re.M)


def _leader_value(text: str, cs: int, ce: int) -> re.Match | None:
    label = text[cs:ce].lstrip()
    if not label[:1].isalpha():
        return None
    m = _LEADER_VALUE.search(text, cs, ce)
    return m if m is not None and m.end() == ce else None


#: a word beside a figure in its cell, outside brackets; a cell with more of them than
#: :data:`_VALUE_CELL_WORDS` is a sentence, not a value ("7.7 months (range, 0.3 to 12)", "7.7 months
#: (HR 0.75; the endpoint was not met)" are values)
_CELL_WORDS = re.compile(r"[^\W\d_]{2,}")
_BRACKETED = re.compile(r"\([^()\n]{0,400}\)|\[[^\[\]\n]{0,400}\]")
_VALUE_CELL_WORDS = 3


def _sibling_unit(claims: list[Claim], starts: list[int], ls: int, le: int, text: str,
                  cells: list[tuple[int, int]]) -> tuple[str, str] | None:
    """The unit every claim of the row [ls, le) has, when all are durations of one unit or all
    percentages ("6.2 | 7.7 months": the bare 6.2 is in months too). A claim in a cell that is a
    sentence ("| 2 | 12:30 | Median survival was 9.3 months | 412 |", a send schedule's text beside its
    opens) lends none: its unit is its sentence's, not a column's."""
    units = set()
    k = bisect.bisect_left(starts, ls)
    cell_starts = [cs for cs, _ in cells]
    while k < len(starts) and starts[k] < le:
        c = claims[k]
        at = bisect.bisect_right(cell_starts, c.start) - 1
        if at >= 0 and c.end <= cells[at][1] and len(_CELL_WORDS.findall(_BRACKETED.sub(
                " ", text[cells[at][0]:c.start] + " " + text[c.end:cells[at][1]]))) > _VALUE_CELL_WORDS:
            k += 1
            continue
        if c.kind == ClaimKind.DURATION:
            units.add(("duration", c.unit))
        elif c.kind == ClaimKind.PERCENTAGE and c.n is None:
            units.add(("%", "%"))
        elif c.kind not in (ClaimKind.RATIO, ClaimKind.P_VALUE):  # a ratio or p beside them compares them
            return None
        k += 1
    return units.pop() if len(units) == 1 else None


#: the kinds of claim a row between an estimate and its "95% CI" row may hold ("n/N ... 88/109")
_CI_ROW_SKIPS = (ClaimKind.FRACTION, ClaimKind.COUNT)


def _ci_row(text: str, cells: list[tuple[int, int]], rows_above: list[list[tuple[int, int]]], level: float,
            claims: list[Claim]) -> None:
    """A "95% CI" row: each cell's interval goes to the one estimate in the cell above it that has none.
    ``rows_above``: the row above, then the one above it; a cell above that holds only counts or
    fractions (a sub-row "n/N ... 88/109 ... 32/109" between a rate's row and its "95% CI" row) is
    passed over to the estimate in the cell above it (before, such a table's intervals were never read,
    so a wrong bound passed)."""
    for i, (cs, ce) in enumerate(cells[1:], start=1):
        m = _CI_CELL.fullmatch(text, cs, ce)
        if m is None:
            continue
        inside: list[Claim] = []
        for row in rows_above:
            as_, ae = row[i]
            inside = [c for c in claims if as_ <= c.start and c.end <= ae]
            if not inside or not all(c.kind in _CI_ROW_SKIPS for c in inside):
                break
        if len(inside) != 1 or inside[0].interval is not None or inside[0].value is None:
            continue
        if inside[0].kind not in (ClaimKind.PERCENTAGE, ClaimKind.DURATION, ClaimKind.RATIO, ClaimKind.ESTIMATE):
            continue
        inside[0].interval = Interval(Num.parse(m.group("lo")), Num.parse(m.group("hi")), level, "ci",
                                      m.start("lo"), m.end("hi"))


#: a column header that names only a confidence interval: "95% CI", "(95% CI)", "CI", "Confidence interval"
_CI_HEADER = re.compile(
    r"[ \t]{0,40}\(?[ \t]{0,2}(?:(?P<level>\d{2}(?:\.\d)?)[ \t]?%[ \t]{0,2})?(?:CI|confidence\s{1,2}interval)\)?[ \t]{0,40}",
    re.I)


def _ci_column(text: str, cells: list[tuple[int, int]], header: list[tuple[int, int]], claims: list[Claim]) -> None:
    """A "95% CI" column: a cell that holds only an interval, under a header that names only a
    confidence interval, goes to the one estimate without an interval in the cell on its left
    ("| Response | 80.7% | 72.1-87.7 | 29.4% | 21.0-38.8 |" under "| | A | 95% CI | B | 95% CI |")."""
    for i in range(2, len(cells)):
        h = _CI_HEADER.fullmatch(text, header[i][0], header[i][1])
        if h is None:
            continue
        cs, ce = cells[i]
        m = _CI_CELL.fullmatch(text, cs, ce)
        if m is None:
            continue
        ls, le = cells[i - 1]
        inside = [c for c in claims if ls <= c.start and c.end <= le]
        if len(inside) != 1 or inside[0].interval is not None or inside[0].value is None:
            continue
        if inside[0].kind not in (ClaimKind.PERCENTAGE, ClaimKind.DURATION, ClaimKind.RATIO, ClaimKind.ESTIMATE):
            continue
        level = float(h.group("level")) if h.group("level") else None
        inside[0].interval = Interval(Num.parse(m.group("lo")), Num.parse(m.group("hi")), level, "ci",
                                      m.start("lo"), m.end("hi"))


#: the words before a percentage that make it a relative change of a risk, hazard or odds:
#: "reduced the risk of death by 40%", "lowered the odds of relapse by 25%" (same line, 80 characters)
_RISK_BEFORE = re.compile(
    r"\b(?P<verb>reduc|lower|cut|decreas|diminish|increas|rais|improv)\w{0,5}\s{1,3}(?:the\s{1,3})?"
    r"(?:relative\s{1,3})?(?:risk|hazard|odds|likelihood)(?:\s{1,3}of\s{1,3}[\w/-]{1,25}(?:\s{1,3}[\w/-]{1,25}){0,3}?)?"
    r"\s{1,3}by\s{1,3}(?:about\s{1,3}|approximately\s{1,3}|nearly\s{1,3}|almost\s{1,3})?$", re.I)
#: the words after one: "a 40% reduction in the risk of death", "25% lower risk", "a 30% increase in the odds"
_RISK_AFTER = re.compile(
    r"\s{0,2}(?:-\s{0,2})?(?:relative\s{1,3})?(?P<dir>reduction|lower|reduced|decrease|decreased|increase|higher|increased)"
    r"\s{1,3}(?:in\s{1,3}(?:the\s{1,3})?)?(?:relative\s{1,3})?(?:risk|hazard|odds)\b", re.I)
_DOWN = ("reduc", "lower", "cut", "decreas", "diminish")


#: the second value of a comparison whose unit the first one carries: "4.2 months with EXAMPLIMAB vs
#: 3.1 with control", "1.9 events per patient-year with A and 3.4 with B" (right after the first value
#: or its own "with A"; no digit, sentence or clause break between; the value bare, then an arm's
#: preposition or the clause's end)
_UNIT_ONCE = re.compile(
    r"\s{1,3}(?:(?:with|in|on|for|among|receiving)\s[^.;:\n\d%]{1,60}?\s)?"
    r"(?:vs\.?|versus|and|compared\s{1,3}(?:with|to)|against)\s{1,3}"
    r"(?P<val>[0-9](?<![\w.][0-9])\d{0,2}(?:\.\d{1,3})?)"
    r"(?=\s{1,3}(?:with|in|on|for|among|receiving)\b|\s{0,2}(?:[;,)]|\.(?!\d)|$))", re.I)


#: a rate per time at risk whose unit labels the value after it: "AEs per patient-year of exposure: 4.2",
#: "events per 100 patient-years were 1.9"
_RATE_LABEL = re.compile(
    r"per\s{1,2}(?P<per>(?:100\s{1,2}|1,?000\s{1,2})?(?:patient|person)[\s-]years?)(?:\s{1,2}of\s{1,2}exposure)?"
    r"(?:\s{0,2}\))?\s{0,2}(?::|=|,?\s{1,2}(?:were|was))\s{0,3}"
    r"(?P<val>[0-9]\d{0,3}(?:\.\d{1,4})?)(?![\d.,%])(?!\s{0,2}(?:percent|months?|weeks?|days?|years?|patients)\b)", re.I)


def _labelled_rates(text: str, claims: list[Claim]) -> None:
    """Event rates whose unit is the label before them (:data:`_RATE_LABEL`), where no claim was found."""
    starts = [c.start for c in claims]
    for m in _RATE_LABEL.finditer(text):
        s, e = m.span("val")
        k = bisect.bisect_right(starts, s)
        if (k > 0 and claims[k - 1].end > s) or (k < len(claims) and claims[k].start < e):
            continue
        claims.insert(k, Claim(ClaimKind.ESTIMATE, s, e, text[s:e], value=Num.parse(m.group("val")),
                               unit=_event_unit(m.group("per"))))
        starts.insert(k, s)


def _event_unit(per: str) -> str:
    """The unit of an event rate, written one way: "events per patient-year", "events per 100 patient-year"."""
    per = " ".join(per.replace("-", " ").split()).replace(",", "")
    return "events per " + re.sub(r"(?i)(patient|person) years?$", lambda w: w.group(1).lower() + "-year", per)


def _unit_once(text: str, claims: list[Claim]) -> None:
    """Add the bare second value of a comparison whose unit only its first value carries
    (:data:`_UNIT_ONCE`): a duration or an event rate, the second value in the same unit."""
    added = []
    for i, c in enumerate(claims):
        if c.value is None or not (c.kind == ClaimKind.DURATION or (c.kind == ClaimKind.ESTIMATE and c.unit)):
            continue
        m = _UNIT_ONCE.match(text, c.end)
        if m is None:
            continue
        s, e = m.span("val")
        nxt = claims[i + 1].start if i + 1 < len(claims) else len(text)
        if e > nxt:
            continue  # a claim was found there
        added.append(Claim(c.kind, s, e, text[s:e], value=Num.parse(m.group("val")), unit=c.unit))
    if added:
        claims.extend(added)
        claims.sort(key=lambda c: c.start)
#: a footnote mark right after an estimate: "HR 0.75\u2020", "80.7%\u2021"
_MARK_AFTER = re.compile(r"[\u2020\u2021\u00a7\u00b6]{1,2}(?![\u2020\u2021\u00a7\u00b6])|\*{1,3}(?!\*)")
#: a footnote that gives an interval: a line that starts with the mark, a few words, then the
#: interval ("\u2020 97.5% CI, 0.57-0.99", "\u2021 Hazard ratio 95 per cent confidence interval 0.49 to 0.83")
_FOOTNOTE_CI = re.compile(
    rf"^[ \t]{{0,8}}(?P<mark>[\u2020\u2021\u00a7\u00b6]{{1,2}}|\*{{1,3}})[ \t]{{0,4}}(?:[A-Za-z-]{{1,20}}[ \t]{{1,2}}){{0,4}}"
    rf"(?:[(\[][ \t]{{0,2}})?{_CI_BODY}", re.M)


#: before a duration, words that make it the difference of two durations: "a gain of", "an improvement in
#: median survival of", "an extension of about", "a difference of"
_DIFFERENCE_BEFORE = re.compile(
    r"\b(?:an?|the)\s{1,3}(?:(?:absolute|median|net)\s{1,3})?(?:gain|improvement|extension|prolongation|difference|"
    r"increase|advantage|benefit)(?:\s{1,3}in(?:\s{1,3}[\w-]{1,20}){1,3}?)?\s{1,3}of\s{1,3}"
    r"(?:(?:about|approximately|nearly|almost|over|more\s{1,3}than|roughly|some)\s{1,3})?$", re.I)
#: how far before the difference its two durations may stand, in its sentence
_DIFFERENCE_REACH = 200


#: what parts two figures of one sentence into separate statements: a blank line, a new list item or
#: table row (a line wrapped inside the sentence, as plain text wraps, parts nothing)
ITEM_BREAK = re.compile(r"\n[ \t]*(?:\n|[-*+\u2022|]|\d{1,2}[.)][ \t])")
#: what parts a difference from the pair before it: a sentence's end, or an ITEM_BREAK
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


def _duration_differences(text: str, claims: list[Claim]) -> None:
    """A duration after words of a difference ("a gain of 3.7 months") that follows two durations in the
    same unit in its sentence ("median survival was 9.3 months versus 5.6 months, a gain of 3.7 months") is
    their difference (:data:`ClaimKind.DIFFERENCE`), not a figure of its own: A004 checks it against
    the pair, and it is never matched against the claims library's medians."""
    durations = [c for c in claims if c.kind == ClaimKind.DURATION]
    for i, c in enumerate(durations):
        if i >= 2 and _DIFFERENCE_BEFORE.search(text, max(0, c.start - 60), c.start):
            before = [d for d in durations[:i] if d.unit == c.unit and c.start - d.end <= _DIFFERENCE_REACH
                      and not _SENTENCE_STOP.search(text[d.end:c.start].replace("vs.", "vs"))
                      and not ITEM_BREAK.search(text, d.end, c.start)]
            if len(before) >= 2:
                c.kind = ClaimKind.DIFFERENCE
                continue
        if c.interval is None and _comparative_amount(text, c):
            # "lived a median of 3.7 months longer than ...", "extended median survival by 3.7 months over
            # ...", "a 3.7-month gain": the difference of the two arms, whether or not its sentence
            # gives them (A004 judges it against its sentence's pair, else the claims library's)
            c.kind = ClaimKind.DIFFERENCE


#: the opening of a bracket that gives the difference of the pair before it, right before its figure: a
#: sign ("(+3.7 months)", "(\u22121.2 months)", "[+20.4%]"), a word or symbol of a difference ("(\u0394 3.7
#: months)", "(difference: +20.4%)", "(delta = 3.7 mo)", "(absolute gain +3.7 months)"), or both; never a
#: tolerance ("(\u00b13 days)", "(+/-3 days)": no sign of those is read). Read on the text as extraction
#: normalises it (a minus sign is "-") and on the document's own text (arithmetic._point_differences)
DIFFERENCE_BRACKET_OPEN = re.compile(
    r"[(\[][^\S\n]{0,2}(?:"
    r"(?:(?:(?:absolute|median|net|mean)[^\S\n]{1,2})?(?:difference|diff\.?|delta|\u0394|gain|change|improvement|"
    r"benefit|advantage)[^\S\n]{0,2}(?:[:=,][^\S\n]{0,2})?(?:[+\u2212\u2013-][^\S\n]?)?)"
    r"|[+\u2212\u2013-][^\S\n]?)\Z", re.I)
#: ... and its close after the figure: the bracket's end, or a ";" or "," before more of it ("(+3.7 months;
#: HR 0.64)")
_DIFFERENCE_BRACKET_CLOSE = re.compile(r"[^\S\n]{0,2}[)\];,]")
#: between the pair and that bracket: blanks, emphasis or footnote marks, the close of the second
#: figure's own bracket, and at most a few words that name its arm ("5.6 months with chemotherapy (+3.7
#: months)"); no figure, no clause or sentence break
_PAIR_TO_BRACKET = re.compile(r"[\s*_)\]\u2020\u2021\u00a7\u00b6]{0,6}(?:[A-Za-z][\w/+-]{0,30}[\s*_]{1,3}){0,4}\Z")
#: what sets the first figure of the pair against the second: "vs", "versus", "v.", "compared with",
#: "against", "and", a slash; a few words naming the first's arm may stand before it ("9.3 months with
#: the product vs 5.6 months")
_PAIR_JOIN = re.compile(
    r"\A[\s*_)\]\u2020\u2021\u00a7\u00b6]{0,6}(?:[A-Za-z][\w/+-]{0,30}[\s*_]{1,3}){0,4}?"
    r"(?:vs\.?|versus|v\.|compared[^\S\n]{1,2}(?:with|to)|against|and|/)[\s*_(]{0,6}(?:[A-Za-z][\w/+-]{0,30}[\s*_]{1,3}){0,4}\Z",
    re.I)


def _bracketed_differences(text: str, claims: list[Claim]) -> None:
    """A figure in a bracket opened by a sign or a word of difference, right after two figures of its
    unit set against each other ("9.3 vs 5.6 months (+3.7 months)", "37.1% vs 16.7% (\u0394 20.4%)",
    "7.7 months versus 6.2 months (difference: +1.5 mo)"), is the pair's difference, not a figure of
    its own: a duration becomes a :data:`ClaimKind.DIFFERENCE`, a percentage a
    :data:`ClaimKind.PP_DIFFERENCE` (A004 checks either against the pair; neither is matched against
    the claims library's arms). The sign is not read: a difference's magnitude is what A004 judges.
    A percentage that is the relative change of the pair ("30% vs 20% (+50%)"), or larger than both
    rates, is left as it is."""
    for i in range(2, len(claims)):
        c = claims[i]
        if c.kind not in (ClaimKind.DURATION, ClaimKind.PERCENTAGE) or c.value is None or c.n is not None:
            continue
        b, a = claims[i - 1], claims[i - 2]
        if not (a.kind == b.kind == c.kind and a.value is not None and b.value is not None
                and (a.unit or "") == (b.unit or "") == (c.unit or "")):
            continue
        lead = text[max(0, c.start - 40):c.start]
        m = DIFFERENCE_BRACKET_OPEN.search(lead)
        if m is None or not _DIFFERENCE_BRACKET_CLOSE.match(text, c.end):
            continue
        bracket = c.start - len(lead) + m.start()
        if not (b.end <= bracket and bracket - b.end <= 80 and a.end <= b.start and b.start - a.end <= 80):
            continue
        if not _PAIR_TO_BRACKET.search(text, b.end, bracket) or not _PAIR_JOIN.match(text[a.end:b.start]):
            continue
        if ITEM_BREAK.search(text, a.end, bracket) or _SENTENCE_STOP.search(text[a.end:bracket].replace("vs.", "vs")):
            continue
        if c.kind == ClaimKind.DURATION:
            c.kind = ClaimKind.DIFFERENCE
        elif c.value.value <= max(a.value.value, b.value.value) and not _relative_change(c.value, a.value, b.value):
            # (a figure above both rates is no difference of them: a relative change, "(+122%)")
            c.kind, c.unit = ClaimKind.PP_DIFFERENCE, "percentage points"


def _relative_change(stated: Num, a: Num, b: Num) -> bool:
    """Whether ``stated`` (in percent) is the relative change of ``a`` over ``b`` or of ``b`` over ``a``
    within the rounding of the three figures."""
    lo = stated.value - stated.half_unit - 1e-9
    hi = stated.value + stated.half_unit + 1e-9
    for x, y in ((a, b), (b, a)):
        corners = [abs(xv - yv) / yv * 100 for xv in (x.value - x.half_unit, x.value + x.half_unit)
                   for yv in (y.value - y.half_unit, y.value + y.half_unit) if yv > 0]
        if corners and min(corners) <= hi and max(corners) >= lo:
            return True
    return False


#: before a duration, words that make it an amount by which one arm's figure exceeds the other's:
#: "extended median survival by", "prolonged survival by about", "improved median overall survival by"
_CHANGED_BY = re.compile(
    r"\b(?:extend|prolong|lengthen|improv|increas)\w{0,4}(?:[^\S\n]{1,3}[\w/'\u2019-]{1,25}){0,5}?[^\S\n]{1,3}by"
    r"[^\S\n]{1,3}(?:(?:about|approximately|nearly|almost|over|more[^\S\n]{1,3}than|roughly|some|an?[^\S\n]{1,3}median"
    r"[^\S\n]{1,3}of)[^\S\n]{1,3})?$", re.I)
#: after a duration, words that make it such an amount: "3.7 months longer", "3.7 months more",
#: "a 3.7-month gain in median survival", "a 3.7-month improvement"
_AMOUNT_AFTER = re.compile(r"[^\S\n]{1,3}(?:longer\b(?![^\S\n]{1,3}(?:or|and)\b)"
                           r"|more(?=[^\S\n]{1,3}than\b|[^\S\n]{0,2}(?:[.,;:)]|$)))", re.I | re.M)
#: before a duration, words that make it a time point ("at 6 months more patients were alive")
_AT_TIME = re.compile(r"\b(?:at|after|within|beyond|until|through|by)[^\S\n]{1,3}\Z", re.I)
#: ... after a duration written as an adjective ("a 3.7-month"): the noun of a gain
_AMOUNT_NOUN = re.compile(
    r"[^\S\n]{1,3}(?:(?:median|absolute|net)[^\S\n]{1,3})?"
    r"(?:gain|improvement|extension|prolongation|advantage|benefit|difference|increase)\b", re.I)
_ADJECTIVE_UNIT = re.compile(r"\d[^\S\n]?-[^\S\n]?(?:month|week|day)\Z", re.I)


def _comparative_amount(text: str, c: Claim) -> bool:
    """Whether a duration is stated as the amount by which one arm's figure exceeds another's (see
    :data:`_CHANGED_BY`, :data:`_AMOUNT_AFTER`, :data:`_DIFFERENCE_BEFORE`): never a threshold ("6
    months or longer") nor a duration with an interval of its own."""
    before = text[max(0, c.start - 80):c.start]
    if "\n" in before:
        before = before[before.rfind("\n") + 1:]
    if _ADJECTIVE_UNIT.search(text, c.start, c.end) and _AMOUNT_NOUN.match(text, c.end):
        return True
    return bool((_AMOUNT_AFTER.match(text, c.end) and not _AT_TIME.search(before))
                or _CHANGED_BY.search(before) or _DIFFERENCE_BEFORE.search(before))


#: an interval in brackets after a few words that name whose figure it is: "7.7 months with EXAMPLIMAB
#: (95% CI 6.0-9.2)", "80.7% in the first 218 patients (95% CI, 72.1-87.7)"; the words never compare or
#: list ("vs", "and", "than"), so the interval is the figure's own
_GROUP_WORDS = (r"[^\S\n]{1,2}(?:with|in|for|on|among|of|receiving)"
                r"(?:[^\S\n]{1,2}(?!(?:vs|versus|and|or|than|compared|while|whereas|but|respectively)\b)"
                r"[A-Za-z][\w/+-]{0,30}){1,5}?")
_CI_AFTER_WORDS = re.compile(rf"{_GROUP_WORDS}[^\S\n]{{0,2}}(?P<ci>{_CI})")
#: ... or after a comma or semicolon, its level stated: "29.4% with standard care, 95% CI 21.0-38.8"
_CI_AFTER_WORDS_COMMA = re.compile(
    rf"{_GROUP_WORDS}[^\S\n]{{0,2}}[,;][^\S\n]{{0,3}}(?P<ci>{_CI_BODY})(?!\d|\.\d|,\d)")


#: what may stand between a figure and the interval written right after it, on its line: the close of
#: the figure's own bracket ("78.4% (69/88) 95% CI, 68.4-86.5": a table cell that breaks its line
#: between them), then at most one separator: ";", ",", ":", a middle dot or bullet, a dash (a hyphen
#: only with a space after it) -- "80.7% (88/109) · 95% CI 72.1–87.7", "7.7 months — 95% CI 6.0 to 9.2",
#: "29.4%; 95% CI: 21.0-38.8", "(69/88; 95% CI ...)", "69/88 (78.4%), 95% CI ..."; never a cell
#: boundary "|" (the next cell may be another figure's interval)
_CI_SEPARATOR = (r"[^\S\n]{0,2}[)\]]?[^\S\n]{0,8}"
                 r"(?:(?:[;,:\u00b7\u2022\u2219\u22c5\u2013\u2014]|-(?=[^\S\n]))[^\S\n]{0,3})?")
#: an interval right after its figure (:data:`_CI_SEPARATOR`), its bounds ending there
_CI_RIGHT_AFTER = re.compile(rf"{_CI_SEPARATOR}(?P<ci>{_CI_BODY_OPT})(?!\d|\.\d|,\d)")
#: ... or at the start of the next line, where the figure's table cell goes on there (a Markdown cell
#: broken with "<br>": "| 80.7% (88/109)<br>95% CI 72.1–87.7 |"), the cell closing after it
_CI_NEXT_CELL_LINE = re.compile(
    rf"[^\S\n]{{0,2}}[)\]]?[^\S\n]{{0,8}}\n[^\S\n|]{{0,12}}(?P<ci>{_CI_BODY_OPT})(?!\d|\.\d|,\d)(?=[^\S\n]{{0,4}}\|)")
#: what sets a figure against the one before it: "80.7% (88/109) vs 29.4% (32/109)": an interval after
#: the second may be the comparison's
_SET_AGAINST = re.compile(r"[\s*_)\]]{0,4}(?:vs\.?|versus|and|or|compared\s{1,2}(?:with|to))[\s*_(\[]{0,4}", re.I)


def _interval_right_after(text: str, c: Claim) -> re.Match | None:
    """The interval written right after ``c`` (:data:`_CI_RIGHT_AFTER`), or on the next line where ``c``
    is in a table cell that the line break does not close (:data:`_CI_NEXT_CELL_LINE`)."""
    m = _CI_RIGHT_AFTER.match(text, c.end)
    if m is None and "|" in text:
        le = text.find("\n", c.end)
        if le != -1 and "|" not in text[c.end:le] and _on_table_line(text, c.start):
            m = _CI_NEXT_CELL_LINE.match(text, c.end)
    return m


def _intervals_after_words(text: str, claims: list[Claim]) -> None:
    """A figure without an interval -- a percentage, a duration or a ratio -- takes the interval written
    right after it (and after its own n/N), whatever separates them (:func:`_interval_right_after`:
    a bracket, a semicolon, a comma, a middle dot, a dash, the line break of its table cell), unless
    another claim stands between them or the figure is set against one of its kind before it ("80.7% vs
    29.4%, 95% CI ...": the comparison's interval, perhaps); a percentage or duration, else, the
    interval that follows a few words naming its group, in brackets (:data:`_CI_AFTER_WORDS`) or, where
    the figure is not so set against another, after a comma with its level (:data:`_CI_AFTER_WORDS_COMMA`),
    when no other claim stands between them. The class this closes: an interval beside a figure that matches
    a library entry holding one is compared bound by bound (matching.py), so an edited bound is V001;
    an interval left unread is never compared."""
    for i, c in enumerate(claims):
        if c.interval is not None or c.value is None or c.kind not in ("percentage", "duration", "ratio"):
            continue
        m = _interval_right_after(text, c)
        if m is not None and not (i + 1 < len(claims) and claims[i + 1].start < m.end()) and not (
                i > 0 and claims[i - 1].kind == c.kind
                and _SET_AGAINST.fullmatch(text, claims[i - 1].end, c.start)):
            c.interval = _interval_from(m)
            continue
        if c.kind == "ratio":
            continue
        m = _CI_AFTER_WORDS.match(text, c.end)
        if m is None and not (i > 0 and claims[i - 1].kind == c.kind
                              and _SET_AGAINST.fullmatch(text, claims[i - 1].end, c.start)):
            m = _CI_AFTER_WORDS_COMMA.match(text, c.end)
        if m is None or (i + 1 < len(claims) and claims[i + 1].start < m.end()):
            continue
        c.interval = _interval_from(m)


#: intervals listed after the values they belong to, in their order: "80.7% and 29.4%, respectively; 95% CIs
#: 72.1-87.7 and 21.0-38.8", "7.7 vs 6.2 months (95% CI 6.0 to 9.2 vs 4.7 to 8.3)", "95% confidence
#: intervals: 72.1-87.7, 21.0-38.8"


def _listed_interval(k: int) -> str:
    return rf"(?P<lo{k}>{_I}){_RANGE_DASH}(?P<hi{k}>{_I})"


_LISTED_JOIN = r"[^\S\n]{0,2}(?:,|;|/|and|vs\.?|versus)[^\S\n]{0,3}(?:(?:and|vs\.?|versus)[^\S\n]{1,3})?"
_LISTED_INTERVALS = re.compile(
    rf"(?P<level>{_I})[^\S\n]?(?:%|per[^\S\n]?cent\b)[^\S\n]{{0,2}}(?:CIs\b|CI\b|confidence\s{{1,2}}intervals?\b)"
    r"[^\S\n]{0,2}(?:[:,=]|were\b|are\b|of\b|respectively\b)?[^\S\n]{0,3}"
    + _listed_interval(1) + _LISTED_JOIN + _listed_interval(2)
    + "(?:" + _LISTED_JOIN + _listed_interval(3) + r")?(?!\d|\.\d|[^\S\n]?%)")
#: what may stand between the last value and its listed intervals: words, brackets, commas, "respectively;"
_BEFORE_LISTED = re.compile(r"[^\d.!?\n]{0,80}(?:\n[^\d.!?\n]{0,80})?")
#: intervals listed apart from their values, opening a table cell after the values' cell or a sentence
#: after the values' sentence, a few words naming them between the level and the bounds where a colon or
#: "were" leads to the bounds: "| Give the 95% CIs where space allows: 72.1-87.7 and 21.0-38.8. |",
#: "The 95% confidence intervals were 72.1 to 87.7 and 21.0 to 38.8.", "95% CI: 6.0-9.2" (one value
#: alone); never the interval of a difference or a ratio (:data:`_OTHER_ESTIMATE`). A list of two or
#: three needs no colon right after the plural: "| P<0.001; 95% CIs 72.1-87.7 and 21.0-38.8 |"
_APART_INTERVALS = re.compile(
    rf"(?P<level>{_I})[^\S\n]?(?:%|per[^\S\n]?cent\b)[^\S\n]{{0,2}}(?P<what>CIs\b|CI\b|confidence\s{{1,2}}intervals?\b)"
    r"(?P<words>(?:[^\S\n]{1,2}[A-Za-z][\w'\u2019-]{0,20}){0,6}?)"
    r"[^\S\n]{0,2}(?P<lead>[:=]|\b(?:were|are|was|is)\b)?[^\S\n]{0,3}"
    + _listed_interval(1) + "(?:" + _LISTED_JOIN + _listed_interval(2)
    + "(?:" + _LISTED_JOIN + _listed_interval(3) + r")?)?(?=[^\S\n]{0,2}(?:[.;)\]]|\||\n|$))(?![.;]\d)")
#: words that make listed intervals another estimate's ("the 95% CI for the difference was", "95% CIs of
#: the hazard ratios:") or name whose each one is, perhaps in another order than the values ("the 95% CIs
#: for chemotherapy and the product were"): then the values' order does not pair them
_OTHER_ESTIMATE = re.compile(r"\b(?:differences?|ratios?|HRs?|ORs?|RRs?|hazards?|odds|risks?|deltas?|changes?|"
                             r"gains?|reductions?|increases?|and|or|vs|versus|respectively|than|with|in|for)\b", re.I)
#: what may open the cell or sentence before listed intervals apart from their values: a few words, or
#: the comparison's p-value ("| P<0.001; 95% CIs ... |")
_APART_LEAD = re.compile(r"\s{0,4}(?:p[^\S\n]?(?:[<=>\u2264]|&lt;)[^\S\n]?0?\.\d{1,6}[;,][^\S\n]{1,3})?"
                         r"(?:[A-Za-z][\w'\u2019-]{0,20}[^\S\n]{1,2}){0,4}(?:[(\[][^\S\n]?)?", re.I)
#: how many lines above its own the paragraph of a sentence opening with listed intervals is looked at
_APART_PARAGRAPH_LINES = 12
#: a sentence's end: a stop after a word or a figure, then a space (never a decimal point, "vs.", "e.g.")
_SENTENCE_END = re.compile(r"(?<!\bvs)(?<!\be\.g)(?<!\bi\.e)(?<!\bet al)[.!?][\"'\u201d\u2019)\]]{0,2}(?=\s)")


def _listed_intervals(text: str, claims: list[Claim]) -> None:
    """Two or three intervals listed after as many values of one kind, none with an interval of its own,
    the last of them right before the list (only words between, no other figure, no sentence end): each
    value takes the interval at its place in the list (:data:`_LISTED_INTERVALS`). Intervals listed apart
    from their values, in the next cell of their table row or the next sentence, are theirs the same
    way (:func:`_intervals_apart`)."""
    _intervals_apart(text, claims)
    if "CIs" not in text and "intervals" not in text and " vs" not in text and "and" not in text:
        return
    starts = [c.start for c in claims]
    for m in _LISTED_INTERVALS.finditer(text):
        k = 3 if m.group("lo3") else 2
        i = bisect.bisect_left(starts, m.start())
        if i < k or any(c.start < m.end() for c in claims[i:i + 1]):
            continue  # a figure inside the list: not a list of bare intervals
        values = claims[i - k:i]
        kinds = {c.kind for c in values}
        if len(kinds) != 1 or not kinds <= {"percentage", "duration"} \
                or any(c.interval is not None or c.value is None for c in values) \
                or not _BEFORE_LISTED.fullmatch(text, values[-1].end, m.start()) \
                or any(not _BEFORE_LISTED.fullmatch(text, a.end, b.start) for a, b in zip(values, values[1:])):
            continue
        if i > k and claims[i - k - 1].kind in kinds and _BEFORE_LISTED.fullmatch(text, claims[i - k - 1].end, values[0].start):
            continue  # more values listed than intervals ("37.1%, 20.6% and 14.2% (95% CIs … and …)"): no one owner each
        level = float(m.group("level"))
        for j, c in enumerate(values, 1):
            c.interval = Interval(Num.parse(m.group(f"lo{j}")), Num.parse(m.group(f"hi{j}")), level, "ci",
                                  m.start(f"lo{j}"), m.end(f"hi{j}"))


def _intervals_apart(text: str, claims: list[Claim]) -> None:
    """Intervals listed apart from the values they belong to (:data:`_APART_INTERVALS`): at the start
    of a table cell (a few words before them at most), the values in the nearest cell before it in the
    row that holds any; or at the start of a sentence, the values in the sentence before it (same
    paragraph, same cell). The values are the figures there -- percentages, durations or ratios --
    without an interval of their own: as many as the intervals listed, all of one kind, else none takes
    one. Each value takes the interval at its place in the list; matching.py then compares its bounds
    with its entry's interval, as for an interval written beside its figure. The class this closes:
    "| 80.7% vs 29.4% … | Give the 95% CIs: 74.1-87.7 and 21.0-38.8 |" (a wrong bound, unread, was never
    compared) and "… 7.7 vs 6.2 months. The 95% CIs were 6.0 to 9.2 and 4.7 to 8.3."
    """
    if not claims or ("CI" not in text and "onfidence" not in text):
        return
    starts = [c.start for c in claims]
    for m in _APART_INTERVALS.finditer(text):
        if _OTHER_ESTIMATE.search(m.group("words")):
            continue
        k = 3 if m.group("lo3") else 2 if m.group("lo2") else 1
        if (k == 1) != (m.group("what") in ("CI", "confidence interval")):
            continue  # "CIs" before one interval, "CI" before a list: not a list of the values' own
        if m.group("lead") is None and (k == 1 or m.group("words")):
            continue  # without a colon or "were": only a plural right before its list
        i = bisect.bisect_left(starts, m.start())
        if i < len(claims) and claims[i].start < m.end():
            continue  # a figure inside the list
        span = _apart_owner_span(text, m.start())
        if span is None:
            continue
        inside = claims[bisect.bisect_left(starts, span[0]):i]
        values = [c for c in inside if c.end <= span[1] and c.kind in ("percentage", "duration", "ratio")
                  and c.interval is None]
        if len(values) != k or len({c.kind for c in values}) != 1 or any(c.value is None for c in values) \
                or "|" in text[values[0].start:values[-1].end] and (
                    k == 1 or any("|" not in text[a.end:b.start] for a, b in zip(values, values[1:]))):
            continue  # (figures in several cells, "| 22.8% | 10.0% | 95% CI: … |": no one owner each; but
            # "| 80.7% | 29.4% | 95% CIs 72.1-87.7 and 21.0-38.8 |", one figure a cell: the columns' order)
        level = float(m.group("level"))
        for j, c in enumerate(values, 1):
            c.interval = Interval(Num.parse(m.group(f"lo{j}")), Num.parse(m.group(f"hi{j}")), level, "ci",
                                  m.start(f"lo{j}"), m.end(f"hi{j}"))


def _apart_owner_span(text: str, at: int) -> tuple[int, int] | None:
    """Where the values of intervals listed apart from them are (:func:`_intervals_apart`): the sentence
    before the one the list opens, in the same table cell or paragraph (its lines joined); else, where
    the list opens a table cell, the one cell before it in the row that holds figures (none where
    figures stand in several: "| 22.8% | 10.0% | 95% CI: … |" pairs nothing), given as the row up to the
    list's cell. None where the list opens neither a sentence nor a cell."""
    ls = text.rfind("\n", 0, at) + 1
    bar = text.rfind("|", ls, at)
    if bar != -1:
        block = bar + 1
    else:
        # the paragraph: the lines above without cells, up to a blank line
        block = ls
        for _ in range(_APART_PARAGRAPH_LINES):
            if block == 0:
                break
            prev = text.rfind("\n", 0, block - 1) + 1
            line = text[prev:block - 1]
            if not line.strip() or "|" in line:
                break
            block = prev
    ends = [e.end() for e in _SENTENCE_END.finditer(text, block, at)]
    if not _APART_LEAD.fullmatch(text, ends[-1] if ends else block, at):
        return None
    if ends:
        return (ends[-2] if len(ends) > 1 else block), ends[-1]
    # the cells before it in the row (:func:`_intervals_apart` takes the values there when one cell holds them all)
    return (ls, bar) if bar != -1 else None


def _footnote_intervals(text: str, claims: list[Claim]) -> None:
    """An estimate marked with a footnote symbol ("HR 0.75\u2020") takes the interval its footnote gives
    ("\u2020 97.5% CI, 0.57-0.99"), when exactly one footnote with that mark gives one and exactly
    one estimate without an interval carries the mark."""
    notes: dict[str, list[re.Match]] = {}
    for m in _FOOTNOTE_CI.finditer(text):
        notes.setdefault(m.group("mark"), []).append(m)
    if not notes:
        return
    marked: dict[str, list[Claim]] = {}
    for c in claims:
        if c.interval is None and c.value is not None and c.kind in ("ratio", "percentage", "duration"):
            m = _MARK_AFTER.match(text, c.end)
            if m is not None and m.group() in notes:
                marked.setdefault(m.group(), []).append(c)
    for mark, found in marked.items():
        if len(found) == 1 and len(notes[mark]) == 1:
            note = notes[mark][0]
            start, end = note.span("level")[0], note.end()
            found[0].interval = Interval(Num.parse(note.group("lo")), Num.parse(note.group("hi")),
                                         float(note.group("level")), "ci", start, end)


def _risk_changes(text: str, claims: list[Claim]) -> None:
    """Percentages that state a relative change of a risk, hazard or odds become ``relative`` claims
    ("reduced the risk of death by 40%": a relative reduction of 40%, checked against 1 − HR)."""
    for i, c in enumerate(claims):
        if c.kind != "percentage" or c.n is not None or c.interval is not None or c.value is None:
            continue
        line_start = text.rfind("\n", 0, c.start) + 1
        before = _RISK_BEFORE.search(text, max(line_start, c.start - 80), c.start)
        if before:
            down = before.group("verb").lower().startswith(_DOWN)
        else:
            after = _RISK_AFTER.match(text, c.end)
            if not after:
                continue
            down = after.group("dir").lower().startswith(("reduc", "lower", "decreas"))
        claims[i] = Claim(ClaimKind.RELATIVE, c.start, c.end, c.text, value=c.value, unit="%",
                          relative="relative reduction" if down else "relative increase")


#: what stands before the bounds of an interval in brackets right after its estimate ("80.7% (95% CI, ",
#: "7.7 months (95% confidence interval [CI]: "): the estimate's pattern reads the bounds with it
_BOUNDS_AFTER_LEVEL = re.compile(
    r"\d(?:[ \t]?%|[ \t]{1,2}(?:months?|days?|weeks?))?[ \t]{0,4}[(\[][ \t]{0,2}\d{2}(?:\.\d)?[ \t]?%[ \t]{0,2}"
    r"(?:CI|confidence\s{1,2}interval(?:\s{0,2}[\[(]CI[\])])?)[ \t]{0,2}[,:;=]?[ \t]{0,2}(?:(?:of|from|was)[ \t]{1,2})?\[?\Z")


def _extract(text: str, masks: tuple[Mask, ...] = ()) -> list[Claim]:
    """:func:`extract_claims` of text whose numbers are normalised, with its own offsets.

    The patterns take spans in priority order: a match that overlaps a mask or an earlier
    pattern's match is dropped. Every pattern but relative wording has a digit, so it is searched
    in the digit windows only, and only in those holding the literals it needs
    (:data:`_PATTERN_HINTS`); n_pct and count alternative by alternative (:data:`_ALTERNATIVES`).
    Matches never cross a window's edge, so the windows are done one after the other (all
    patterns in one window, then the next), with the same result as pattern by pattern over the
    whole text; relative wording, searched outside the windows too, comes last.
    """
    windows = digit_windows(text)
    taken: list[_Taken | None] = [None] * len(windows)
    claims: list[Claim] = []
    for k, (ws, we) in enumerate(windows):
        window = text[ws:we]
        for name, pattern in _PATTERNS:
            hints = _PATTERN_HINTS[name]
            if hints is None or not _has_all(window, hints):
                continue  # relative wording (hints None) is searched below
            alternatives = _ALTERNATIVES.get(name)
            found = _leftmost(alternatives, text, ws, we) if alternatives else pattern.finditer(text, ws, we)
            for m in found:
                s, e = m.span()
                if s == e:
                    continue
                if taken[k] is None:
                    taken[k] = _Taken(text, ws, we, window, masks)
                if not taken[k].free(s, e):
                    continue
                if name == "pct_range" and _BOUNDS_AFTER_LEVEL.search(text, max(ws, s - 60), s):
                    continue  # "95% CI, 72.1%-87.7%": an interval's bounds, left to its estimate's pattern
                claim = _build(name, m, text)
                taken[k].add(s, e)
                if claim is not None:
                    claims.append(claim)
    claims.extend(_relative_claims(text, windows, taken, masks))
    claims.sort(key=lambda c: c.start)
    return claims


def _relative_claims(text: str, windows: list[tuple[int, int]], taken: list[_Taken | None],
                     masks: tuple[Mask, ...] = ()) -> list[Claim]:
    r"""Relative wording ("more than doubled"), kept where it overlaps no mask or claim of the
    windows it reaches into.

    It has no digit, so it is not confined to the windows; but every match holds one of
    :data:`_RELATIVE_HINTS`, and none holds a character outside ``[\w\s.-]``. So the pattern is
    run only over the stretches of such characters around the hints (found with ``str.find``):
    a match lies inside one stretch, and searching a stretch finds what a search of the whole
    text finds there (the pattern looks at no character after its match; the word boundary
    before it sees the text before the stretch).
    """
    hints = sorted(i for word in _RELATIVE_HINTS for i in _find_all(text, word))
    if not hints:
        return []
    relative = next(p for name, p in _PATTERNS if name == "relative")
    starts = [s for s, _ in windows]
    claims = []
    searched_to = 0
    for hint in hints:
        if hint < searched_to:
            continue  # in the stretch just searched
        stop = _NOT_RELATIVE.search(text, hint)
        searched_to = stop.start() if stop else len(text)
        for m in relative.finditer(text, _stretch_start(text, hint), searched_to):
            s, e = m.span()
            if s == e:
                continue
            k = max(0, bisect.bisect_right(starts, s) - 1)
            free = True
            while free and k < len(windows) and windows[k][0] < e:
                ws, we = windows[k]
                if we > s:
                    if taken[k] is None:
                        taken[k] = _Taken(text, ws, we, text[ws:we], masks)
                    free = taken[k].free(s, e)
                k += 1
            if free:
                built = _build("relative", m, text)
                if built is not None:
                    claims.append(built)
                # relative matches never overlap each other (one finditer), so they need not be added
    return claims


def _find_all(text: str, word: str):
    i = text.find(word)
    while i != -1:
        yield i
        i = text.find(word, i + 1)


def _stretch_start(text: str, pos: int) -> int:
    r"""Where the run of ``[\w\s.-]`` characters that reaches ``pos`` starts (looked for backwards:
    the run's length is a match on the reversed text before ``pos``)."""
    lookback = 256
    while True:
        start = max(0, pos - lookback)
        run = _RELATIVE_RUN.match(text[start:pos][::-1]).end()
        if run < pos - start or start == 0:
            return pos - run
        lookback *= 4


class _Taken:
    """The spans of one window that no further match may overlap: its masks and the matches taken.

    Masks are found lazily: a window in which no pattern matches costs no mask search at all,
    and the masks are followed (:func:`_mask_scan`) only as far as the matches checked reach.
    Spans are kept sorted by start and never overlap, so one binary search answers :meth:`free`.
    """

    def __init__(self, text: str, start: int, end: int, window: str, extra: tuple[Mask, ...] = ()):
        self._spans: list[tuple[int, int]] = []
        self._masks = _mask_scan(text, start, end, window, extra)
        self._masked_to = start  # every mask starting before this is in _spans

    def free(self, s: int, e: int) -> bool:
        while self._masked_to < e:
            span = next(self._masks, None)
            if span is None:
                self._masked_to = float("inf")
            else:
                bisect.insort(self._spans, span)
                self._masked_to = span[1]  # the next mask starts where this one ends, or later
        spans = self._spans
        # only the last span starting before e can overlap (s, e): earlier ones end before it starts
        i = bisect.bisect_left(spans, (e, -1))
        return i == 0 or spans[i - 1][1] <= s

    def add(self, s: int, e: int) -> None:
        bisect.insort(self._spans, (s, e))


#: words of a difference right before a figure in points ("a difference of", "an absolute gain of")
_POINTS_DIFFERENCE_BEFORE = re.compile(
    r"\b(?:differ\w*|gap|gain|improvement|advantage|increase|higher|greater)(?:\s{1,3}[\w/-]{1,20}){0,3}?"
    r"\s{1,3}(?:of|by)\s{1,3}(?:(?:about|approximately|nearly|almost|some|roughly)\s{1,3})?\Z", re.I)
#: how far (on its line) a percentage makes a figure in points a difference of percentages
_POINTS_REACH = 160
#: words that name a scale (generic): a figure in points after them is a score's change
_SCALE_WORDS = re.compile(r"\b(?:scores?|scales?|quality[\s-]of[\s-]life|QoL|questionnaire|patient-reported|"
                          r"symptoms?|pain|fatigue|functioning|well-being)\b", re.I)


def _build(name: str, m: re.Match, text: str) -> Claim | None:
    s, e = m.span()
    raw = text[s:e]
    if name == "frac_bare_pct":
        n, total = int(m.group("n")), int(m.group("N"))
        if total == 0 or n > total:
            return None
        if not _PCT_HEADER.search(text, max(0, s - 600), s):
            return Claim(ClaimKind.FRACTION, s, e, raw, n=n, total=total)  # "(78.4)" of what, unsaid
        return Claim(ClaimKind.PERCENTAGE, s, e, raw, value=Num.parse(m.group("pct")), unit="%", n=n, total=total)
    if name in ("pct_frac", "frac_pct", "of_pct", "pct_outof", "pct_of"):
        n, total = int(m.group("n")), int(m.group("N"))
        if total == 0:
            return None
        ci = _interval_from(m) if "ci" in m.re.groupindex and m.group("ci") else None
        if ci is not None and name in ("pct_frac", "pct_of"):
            # "80.7% of those on EXAMPLIMAB (88/109; 95% CI, 72.1-87.7)": the share's interval after its
            # counts is its own, but the claim ends at the counts, as it does without one (its arm and
            # context are read from the value's place, not from beyond the interval)
            e = m.start("ci")
            while e > s and text[e - 1] in " \t;,":
                e -= 1
            raw = text[s:e]
        return Claim(ClaimKind.PERCENTAGE, s, e, raw, value=Num.parse(m.group("pct")), unit="%", n=n, total=total,
                     interval=ci)
    if name == "n_pct":  # a match of one alternative has only its own groups (_ALTERNATIVES)
        groups = m.groupdict()
        n = int(groups.get("n") or groups.get("n2"))
        ci = _interval_from(m) if groups.get("ci") else None
        return Claim(ClaimKind.PERCENTAGE, s, e, raw, value=Num.parse(groups.get("pct") or groups.get("pct2")), unit="%", n=n,
                     interval=ci)
    if name == "ratio":
        rk = m.group("rk").lower()
        kind = "hazard-ratio" if rk in ("hr", "hazard ratio") or rk.startswith("hazard") else "odds-ratio"
        ci = _interval_from(m) if m.group("ci") else None
        if ci is None:
            bare = _RATIO_BARE_CI.match(text, e)
            if bare is not None:  # "HR 0.75 [0.57, 0.99]": a named ratio's bracketed pair is its interval
                ci = Interval(Num.parse(bare.group("lo")), Num.parse(bare.group("hi")), None, "ci",
                              bare.start("lo") - 1, bare.end())
        return Claim(ClaimKind.RATIO, s, e, raw, value=_num(m, "val"), ratio_kind=kind, interval=ci)
    if name == "p":
        cmp_ = m.group("cmp").replace("\u2264", "<=").replace("\u2265", ">=").replace("≤", "<=").replace("≥", ">=")
        if cmp_ == "of":
            cmp_ = "="
        return Claim(ClaimKind.P_VALUE, s, e, raw, value=_num(m, "val"), comparator=cmp_)
    if name == "threshold":
        timed = _UP_TO_AFTER.match(text, s)
        if timed is not None:
            # "the event was reported up to 56 days after the last dose": the latest time an event was
            # seen after a landmark is a reported figure (a duration), not a threshold that defines
            # a group ("in patients aged up to 55 years", "up to 6 months of treatment")
            unit = timed.group("unit").lower()
            unit = {"day": "days", "week": "weeks", "month": "months"}.get(unit, unit)
            vs, ve = timed.span("val")
            return Claim(ClaimKind.DURATION, vs, timed.end("unit"), text[vs:timed.end("unit")],
                         value=_num(timed, "val"), unit=unit)
        bounded = _BOUND_OF_PEOPLE.match(raw)
        if bounded is not None and _OF_PEOPLE_AFTER.match(text, e) \
                and not _DEFINING_BEFORE.search(text, max(0, s - 60), s):
            # "more than 80% of EXAMPLIMAB patients reached it", "Fewer than 9% of people were readmitted": a
            # share of people said as a bound is a result, true where the figure it bounds lies within
            # the bound's reach (numbers.qualified_band) -- never a category's cut-off ("adverse
            # reactions in more than 20% of patients", "patients with more than 5% blasts")
            value = _num(m, "val")
            q = " ".join(bounded.group("q").lower().split())
            band = qualified_band(q, value.value, 1.0) if value is not None else None
            if band is not None:
                return Claim(ClaimKind.PERCENTAGE, s, e, raw, unit="%",
                             value=Num(value.value, value.text, value.decimals, band=band))
    if name == "range" and m.group("unit"):
        # "median follow-up 49.7 months (range 1.7-49.7)": the duration before the range is a
        # reported median (a claim, matched and checked); the range's bounds are not claims
        unit = m.group("unit").lower()
        unit = {"mo": "months", "month": "months", "day": "days", "week": "weeks", "wk": "weeks", "wks": "weeks"}.get(unit, unit)
        return Claim(ClaimKind.DURATION, s, m.end("unit"), text[s:m.end("unit")], value=_num(m, "val"), unit=unit)
    if name in ("range", "pct_range", "threshold", "threshold_after", "def_pct", "pct_def", "cycles_group"):
        return None  # ranges, thresholds and cut-offs are definitions, not claims
    if name == "pp":
        return Claim(ClaimKind.PP_DIFFERENCE, s, e, raw, value=_num(m, "val"), unit="percentage points",
                     interval=_interval_from(m) if m.group("ci") else None)
    if name == "points":
        # beside rates ("a difference of 18.7 points", "31.3 points higher (80.7% vs 29.4%)"), points
        # are percentage points between them: the arithmetic checks' (A004), not a score's change
        ls = text.rfind("\n", max(0, s - _POINTS_REACH), s) + 1
        le = text.find("\n", e, e + _POINTS_REACH)
        if "%" in text[max(ls, s - _POINTS_REACH):le if le != -1 else e + _POINTS_REACH] \
                and not _SCALE_WORDS.search(text, max(ls, s - 80), s):
            return None  # (a scale named just before keeps it a score's: "QoL improved by 12 points")
        if ls > 0 and _POINTS_DIFFERENCE_BEFORE.search(text, max(ls, s - 60), s):
            # a bullet or line of its own under the rates ("- an absolute gain of 51.3 points" under
            # "- Response: 80.7% vs 29.4%"): the line before, in its paragraph, gives them
            ps = text.rfind("\n", max(0, ls - 1 - _POINTS_REACH), ls - 1) + 1
            above = text[ps:ls - 1]
            if "%" in above and above.strip() and not _SCALE_WORDS.search(text, max(ls, s - 80), s):
                return None
        return Claim(ClaimKind.ESTIMATE, s, e, raw, value=_num(m, "val"), unit="points")
    if name == "rel_pct":
        direction = m.group("dir")
        rel = "relative reduction" if direction in ("reduction", "decrease") else "relative increase"
        return Claim(ClaimKind.RELATIVE, s, e, raw, value=_num(m, "val"), unit="%", relative=rel)
    if name == "pct":
        if _LEVEL_BEFORE.search(text[max(0, s - 40):s]):
            return None  # the level of an interval named before it: "CI (95%)", "confidence level of 95%"
        ci = _interval_from(m) if m.group("ci") else None
        if ci is None and _DIFFERENCE_LABEL.search(text, max(0, s - 40), s):
            # a difference given in percent, its interval after a ";" or "," of its bracket: "(difference
            # 18.6%; 95% CI, 9.8-27.4)": the difference is the interval's estimate
            after = _PCT_CI_AFTER.match(text, e)
            if after is not None:
                ci = _interval_from(after)
                e, raw = after.end(), text[s:after.end()]
        return Claim(ClaimKind.PERCENTAGE, s, e, raw, value=_num(m, "val"), unit="%", interval=ci)
    if name == "duration":
        unit = m.group("unit").lower()
        unit = {"mo": "months", "month": "months", "day": "days", "week": "weeks", "wk": "weeks", "wks": "weeks"}.get(unit, unit)
        ci = _interval_from(m) if m.group("ci") else None
        return Claim(ClaimKind.DURATION, s, e, raw, value=_num(m, "val"), unit=unit, interval=ci)
    if name == "cycles":
        cmp_ = "max" if m.group("cmp") else None
        return Claim(ClaimKind.COUNT, s, e, raw, value=_num(m, "val"), unit="cycles", comparator=cmp_)
    if name == "lead":
        if m.group("unit"):
            if _BETWEEN.search(text, max(0, s - 12), s):
                return None  # "between 3 and 6 months": a range
            unit = m.group("unit").lower()
            unit = {"mo": "months", "month": "months", "day": "days", "week": "weeks", "wk": "weeks", "wks": "weeks"}.get(unit, unit)
            return Claim(ClaimKind.DURATION, s, e, raw, value=_num(m, "val"), unit=unit)
        return Claim(ClaimKind.PERCENTAGE, s, e, raw, value=_num(m, "val"), unit="%")
    if name in ("event_rate", "event_rate_lead"):
        return Claim(ClaimKind.ESTIMATE, s, e, raw, value=_num(m, "val"), unit=_event_unit(m.group("per")))
    if name == "bare_interval":
        return _bare_interval(m, text)
    if name == "unit_interval":
        found = _bare_interval(m, text)
        interval = found.interval if found is not None else None
        if found is None and m.group("bo") == "[":
            # "80.7% [3, 4]" in prose: the figure alone, its brackets a citation's
            e = m.end("upct") if m.group("upct") else m.end("unit")
            raw = text[s:e]
        if m.group("upct"):
            return Claim(ClaimKind.PERCENTAGE, s, e, raw, value=_num(m, "val"), unit="%", interval=interval)
        unit = m.group("unit").lower()
        unit = {"mo": "months", "month": "months", "day": "days", "week": "weeks", "wk": "weeks", "wks": "weeks"}.get(unit, unit)
        return Claim(ClaimKind.DURATION, s, e, raw, value=_num(m, "val"), unit=unit, interval=interval)
    if name == "count":  # as n_pct
        groups = m.groupdict()
        val = groups.get("val") or groups.get("val2")
        num = Num.parse(val)
        if num.decimals:
            return None
        return Claim(ClaimKind.COUNT, s, e, raw, value=num, unit="patients")
    if name == "n_of":
        n, total = int(m.group("n")), int(m.group("N"))
        if total < 5 or n > total or _ORDINAL_BEFORE.search(text, max(0, s - 16), s):
            return None  # "2 of 3", "day 8 of 28", "cycle 1 of 6": a place in a sequence, no share
        return Claim(ClaimKind.FRACTION, s, e, raw, n=n, total=total)
    if name == "frac":
        n, total = int(m.group("n")), int(m.group("N"))
        if total == 0 or n > total or _GRADE_BEFORE.search(text, max(0, s - 12), s):
            return None  # "Gr 3/4": grades 3 and 4, a label
        return Claim(ClaimKind.FRACTION, s, e, raw, n=n, total=total)
    if name == "relative":
        word = re.sub(r"\s+", " ", m.group("w").lower())
        q = (m.group("q") or "").strip().lower()
        q = re.sub(r"\s+", " ", q)
        if m.group("part"):
            # "a third of the", "one-half the": the part the wording gives (written "a third of")
            part = re.sub(r"[\s-]+", " ", m.group("part").lower())
            factor = _PART_FACTORS[part.split()[-1]]
            word = f"{part} of"
        elif m.group("fold"):
            factor = float(m.group("fold"))
            word = "fold"
        elif m.group("times"):
            factor = float(m.group("times"))
            word = "times"
        elif word.endswith("fold"):  # "fourfold", "two-fold": a plain factor in words, as "four times"
            number = word[:-4].rstrip(" -")
            factor = _WORD_FACTORS[number]
            word = f"{number} times"
        else:
            word = word.replace("-", " ")
            factor = _RELATIVE_FACTORS[word]
        if _FREQUENCY_AFTER.match(text, e):
            return None  # "three times a day", "twice weekly": a dosing frequency, not a comparison
        rel = f"{q} {word}".strip()
        return Claim(ClaimKind.RELATIVE, s, e, raw, relative=rel, factor=factor)
    return None  # pragma: no cover


#: number words of relative wording written as a fold ("fourfold", "two-fold")
_WORD_FACTORS = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0, "eight": 8.0,
                 "nine": 9.0, "ten": 10.0}
#: what makes "three times"/"twice" a frequency: "a day", "per week", "daily", "weekly", "each cycle"
_FREQUENCY_AFTER = re.compile(
    r"\s{0,3}(?:(?:a|per|each|every)\s{1,3}(?:day|week|month|year|cycle|dose)\b|daily\b|weekly\b|monthly\b"
    r"|(?:in|during|within)\s{1,3}(?:(?:the|each|a)\s{1,3})?(?:first\s{1,3})?(?:cycle|week|day)\b)", re.I)


#: an estimate with decimals and its interval after it, with no name of its own: "0.75 (97.5% CI 0.57-0.99)"
_ESTIMATE_WITH_CI = re.compile(rf"(?<![\w.%/\-])(?P<val>\d{{1,2}}\.\d{{1,3}})(?![\d%])\s{{0,2}}(?P<ci>{_CI_AFTER})")
#: the name of a hazard or odds ratio, last in the stretch before such an estimate
_RATIO_NAME = re.compile(r"\b(?P<rk>HR|[Hh]azard\s{1,3}[Rr]atio|OR|[Oo]dds\s{1,3}[Rr]atio)s?\b")
#: how far back the name may stand (the sentence, or the one before it)
_RATIO_NAME_REACH = 300


def _named_ratio_estimates(text: str, claims: list[Claim]) -> None:
    """A hazard or odds ratio named earlier in the sentence or in the one before, then its value
    with its interval: "The hazard ratio for death with EXAMPLIMAB versus control was 0.75 (97.5%
    CI 0.57-0.99)", "Overall survival (hazard ratio). It was 0.75 (97.5% CI, 0.57 to 0.99)". The
    estimate is read as that ratio when no other claim stands between the name and it (the name is
    then not another figure's) and no paragraph break either."""
    starts = [c.start for c in claims]
    added = []
    for m in _ESTIMATE_WITH_CI.finditer(text):
        s, e = m.span("val")
        k = bisect.bisect_left(starts, e)
        if k > 0 and claims[k - 1].end > s:
            continue  # inside a claim already found
        if k < len(claims) and claims[k].start < m.end():
            continue
        if _interval_from(m) is None:
            continue
        lo = max(0, s - _RATIO_NAME_REACH)
        brk = text.rfind("\n\n", lo, s)
        lo = brk + 2 if brk != -1 else lo
        names = list(_RATIO_NAME.finditer(text, lo, s))
        if not names:
            continue
        name = names[-1]
        if k > 0 and claims[k - 1].end > name.end():
            continue  # another figure stands between the name and the estimate
        rk = name.group("rk").lower()
        kind = "hazard-ratio" if rk == "hr" or rk.startswith("hazard") else "odds-ratio"
        added.append(Claim(ClaimKind.RATIO, s, m.end(), text[s:m.end()], value=Num.parse(m.group("val")),
                           ratio_kind=kind, interval=_interval_from(m)))
    if added:
        claims.extend(added)
        claims.sort(key=lambda c: c.start)


#: a bare pair of bounds in brackets just after a named hazard or odds ratio: "HR 0.75 [0.57, 0.99]",
#: "OR 1.8 (1.2-2.7)", "hazard ratio 0.75 [0.57; 0.99]" (a semicolon between the bounds, as European
#: journals write them); bounds with decimals ("HR 0.75 [3, 4]" cites references 3 and 4)
#: a difference named right before its figure: "difference 18.6%", "(difference, 18.6%", "a difference of 18.6%"
_DIFFERENCE_LABEL = re.compile(r"\bdifference[ \t]{0,2}(?:[,:=]|of|was|is)?[ \t]{0,2}\Z", re.I)
#: an interval after a ";" or "," right after a figure, within its bracket ("; 95% CI, 9.8-27.4")
_PCT_CI_AFTER = re.compile(rf"[ \t]{{0,4}}(?P<ci>{_CI_AFTER})")
_RATIO_BARE_CI = re.compile(
    r"[ \t]{0,2}[(\[][ \t]{0,2}(?P<lo>\d{1,3}\.\d{1,3})(?:[ \t]{0,2}(?:-|\u2013|\u2014|\u2212|to)[ \t]{0,2}|"
    r"[ \t]{0,2}[,;][ \t]{1,2})(?P<hi>\d{1,3}\.\d{1,3})[ \t]{0,2}[)\]]")


def _bare_interval(m: re.Match, text: str) -> Claim | None:
    """`est (lo-hi)`: a CI when a header within the preceding lines names one, else a range. Bounds
    in square brackets ("22.8 [16.7, 29.6]") only in a table row (in prose they may cite references:
    "[3, 4]"), and in matching brackets; a header with no bracket ("% 95% CI |") only on a table's line."""
    s, e = m.span()
    if (m.group("bo") == "[" or m.group("bc") == "]") and (
            m.group("bo") + m.group("bc") != "[]" or not _on_table_line(text, s)):
        return None
    val = Num.parse(m.group("val"))
    lo, hi = Num.parse(m.group("blo")), Num.parse(m.group("bhi"))
    window = text[max(0, s - 600) : s]
    # every header holds "CI"; most windows have none, and then the search is not needed
    headers = list(_HEADER.finditer(window)) if "CI" in window else []
    base = max(0, s - 600)
    headers = [h for h in headers if h.group("open") or _on_table_line(text, base + h.start())]
    if not headers:
        return None  # "46.5 (18-78)": median (range) or an unlabelled pair; not a checkable claim
    headers = _same_column(text, s, max(0, s - 600), headers)
    if not headers:
        return None  # a table whose header names an interval over other columns only
    h = headers[-1]
    level = float(h.group("level"))
    what = (h.group("what") or "").lower()
    if not what:
        # the ratio named earlier in the header's own cell: "| HR for death (95% CI); P value | 0.64 (0.49-0.83) |"
        hs = max(0, s - 600) + h.start()
        cell = text[max(text.rfind("\n", 0, hs), text.rfind("|", 0, hs)) + 1:hs]
        named = list(_RATIO_NAME.finditer(cell))
        if named:
            what = "hr" if named[-1].group("rk").lower().startswith(("hr", "hazard")) else "or"
        else:  # "| Relative risk (97.5% CI) |", "| RR (95% CI) |": a ratio only a table header names
            kinds = {k.lastgroup for k in _CELL_RATIO.finditer(cell)}
            what = kinds.pop() if len(kinds) == 1 else ""
    interval = Interval(lo, hi, level, "ci", m.start("blo") - 1, e)
    if what in ("hr", "hazard ratio"):
        return Claim(ClaimKind.RATIO, s, e, text[s:e], value=val, ratio_kind="hazard-ratio", interval=interval)
    if what in ("or", "odds ratio"):
        return Claim(ClaimKind.RATIO, s, e, text[s:e], value=val, ratio_kind="odds-ratio", interval=interval)
    if what == "rr":
        return Claim(ClaimKind.RATIO, s, e, text[s:e], value=val, ratio_kind="relative-risk", interval=interval)
    if what == "%":
        return Claim(ClaimKind.PERCENTAGE, s, e, text[s:e], value=val, unit="%", interval=interval)
    return Claim(ClaimKind.ESTIMATE, s, e, text[s:e], value=val, interval=interval)


def _on_table_line(text: str, at: int) -> bool:
    """Whether the line around ``at`` is a table's: it holds a cell boundary "|"."""
    le = text.find("\n", at)
    return "|" in text[text.rfind("\n", 0, at) + 1:le if le != -1 else len(text)]


def _same_column(text: str, s: int, base: int, headers: list[re.Match]) -> list[re.Match]:
    """In a table row, the interval headers over the value's own column ("Median, months (95% CI) |
    HR (97.5% CI)": the first is a median's, the second a hazard ratio's); the row's own label,
    and headers in a row with another number of cells or outside a table, are kept as they are."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", s)
    row = text[ls:le if le != -1 else len(text)]
    if "|" not in row:
        return headers
    col, cells = text.count("|", ls, s), row.count("|")
    out = []
    for h in headers:
        at = base + h.start()
        hs = text.rfind("\n", 0, at) + 1
        he = text.find("\n", at)
        hline = text[hs:he if he != -1 else len(text)]
        if hs == ls or "|" not in hline or hline.count("|") != cells or text.count("|", hs, at) == col:
            out.append(h)
    return out


# --------------------------------------------------------------------------- proportions in words

_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10}
_FRACTION_WORDS = {"half": (1, 2), "third": (1, 3), "thirds": (2, 3), "quarter": (1, 4), "quarters": (3, 4),
                   "fifth": (1, 5), "tenth": (1, 10)}
_WN = r"(?:one|two|three|four|five|six|seven|eight|nine)"
#: a proportion said in words: "four in five", "nine out of ten", "1 in 3", "nearly half",
#: "under a third", "two-thirds"; a fraction word only when it is of patients ("half of all
#: patients"), gives its rate ("half (48.2%)") or is compared ("versus under a third"), never
#: "by half", "half-life" or "half the dose"
_PROPORTION = re.compile(
    r"(?<![\w-])(?P<q>(?:roughly|about|around|approximately|some|nearly|almost|close\s+to|just\s+over|"
    r"just\s+under|more\s+than|over|above|at\s+least|under|fewer\s+than|less\s+than|below)\s+)?"
    rf"(?:(?P<a>{_WN}|[1-9])(?:\s+(?:patient|person|adult|child|responder))?\s+(?:in|out\s+of|of(?=\s+every\b))\s+(?:every\s+)?"
    rf"(?P<b>{_WN}|ten|\d{{1,2}})(?![\w.,-]\d)(?![\w-])"
    r"|(?P<fa>a\s+|one[\s-]|two[\s-]|three[\s-])?(?P<f>half|thirds?|quarters?|fifth|tenth)(?![\w-])"
    r"(?=\s+of\s+(?:(?:all|the|these|those)\s+)?(?:[\w-]+\s+){0,2}?(?:patients|adults|children|responders|"
    r"subjects|participants|people)\b|\s*\(\s*\d|(?P<cmp>)))", re.I)
#: the words every :data:`_PROPORTION` match holds (a fraction word, or a number then "in"/"out"),
#: case-sensitive on the lower-cased text (where ``re.I`` also lets "ı", "İ" match i and "ſ" s):
#: a linear scan with a fast first-character skip, where _PROPORTION tries every position
_PROPORTION_CORE = re.compile(
    r"half|th[iıİ]rd|quarter|f[iıİ]fth|tenth|(?:one|two|three|four|f[iıİ]ve|[sſ][iıİ]x|[sſ]even|e[iıİ]ght|"
    r"n[iıİ]ne|[1-9])\s+(?:(?:pat[iıİ]ent|per[sſ]on|adult|ch[iıİ]ld|re[sſ]ponder)\s+)?(?:[iıİ]n|out|of\s+every)")
#: before a proportion in digits ("3 in 4"), a word that makes its first number something else: a
#: grade, a stage, a day, a dose level ("grade 3 in 4 patients"), or a range it ends ("2-3 in 4")
_NOT_PROPORTION_BEFORE = re.compile(
    r"(?:\b(?:grades?|stages?|cycles?|days?|weeks?|months?|years?|doses?|levels?|phases?|parts?|visits?|lines?|"
    r"cohorts?|arms?|groups?|steps?|scores?|types?|class(?:es)?|to|and|or|from|between)|[\d\u2013-])[^\S\n]{0,2}\Z", re.I)
#: after a proportion in digits, a unit that makes it a count of something other than people ("3 out
#: of 4 cycles", "2 out of 4 planned cycles", "2 in 7 days")
_NOT_PROPORTION_AFTER = re.compile(
    r"[^\S\n]{0,2}(?:[.,]\d|%|(?:[a-z-]{2,14}[^\S\n]{1,2})?(?:cycles?|doses?|days?|weeks?|months?|years?|infusions?|visits?|mg|courses?)\b)", re.I)
_COMPARED_BEFORE = re.compile(r"(?:compared\s+(?:with|to)|versus|vs\.?|against|than|while|whereas)\s+$", re.I)


@dataclass
class Proportion:
    """A proportion said in words: ``n`` in ``d``, with its qualifier ("nearly", "fewer than", "")."""
    start: int
    end: int
    text: str
    qualifier: str
    n: int
    d: int


def proportion_cores(text: str) -> list[int]:
    """Sorted offsets of the words a proportion in words needs (:data:`_PROPORTION_CORE`), one
    pass per document: :func:`proportions` of a span that holds none of them is empty."""
    from .phrases import lower_text

    return [m.start() for m in _PROPORTION_CORE.finditer(lower_text(text))]


#: what case-insensitive matching equates with i and s but ``str.lower`` does not give as them
#: (a dotted capital I lowers to i + a combining dot; a dotless i, a long s)
_FOLD = str.maketrans({"\u0307": None, "\u0131": "i", "\u017f": "s"})


def _folded(word: str) -> str:
    """A word the proportion pattern matched, as the plain lower-case key of the word tables."""
    return word.lower().translate(_FOLD)


def _count(word: str) -> int | None:
    """A number said as a word ("nine") or written in digits; None for anything else."""
    w = _folded(word)
    return _WORD_NUMBERS.get(w) or (int(w) if w.isascii() and w.isdigit() else None)


def proportions(text: str, start: int = 0, end: int | None = None) -> list[Proportion]:
    """The proportions said in words in ``text[start:end]`` (see :data:`_PROPORTION`)."""
    end = len(text) if end is None else end
    out = []
    for m in _PROPORTION.finditer(text, start, end):
        q = " ".join(_folded(m.group("q") or "").split())
        if m.group("a"):
            n, d = _count(m.group("a")), _count(m.group("b"))
            if n is None or d is None or d < 2 or n >= d:
                continue
            if m.group("a").isdigit() and n > 1 and (d > 10 or _NOT_PROPORTION_BEFORE.search(
                    text, max(0, m.start() - 24), m.start()) or _NOT_PROPORTION_AFTER.match(text, m.end())):
                continue  # "grade 3 in 4 patients", "3 out of 4 cycles": a grade, a count of cycles
        else:
            f = _folded(m.group("f"))
            lead = _folded((m.group("fa") or "").strip(" -"))
            if f not in _FRACTION_WORDS:
                continue
            n, d = _FRACTION_WORDS[f]
            if lead in ("two", "three"):
                n = _WORD_NUMBERS[lead]
            elif f in ("thirds", "quarters"):
                continue  # "thirds" without "two": not a proportion
            if n >= d or (lead == "" and f != "half"):
                continue  # "third" alone: an ordinal ("third line")
            if m.group("cmp") is not None and not _COMPARED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # neither of patients, nor with its rate, nor compared
            if f == "half" and re.search(r"\bby\s+$", text[max(0, m.start() - 6):m.start()], re.I):
                continue  # "reduced by half": relative wording
        out.append(Proportion(m.start(), m.end(), text[m.start():m.end()], q, n, d))
    return out


# --------------------------------------------------------------------------- shares in words as claims

#: before a proportion in words, a word that makes it no share of patients or events: a grade, a
#: cycle, a day ("cycle one in three"), a range it ends ("two to three in ten"), or "by" (a relative
#: change: "cut the risk by one in three" is relative wording)
_NOT_FREQUENCY_BEFORE = re.compile(
    r"(?:\b(?:grades?|stages?|cycles?|days?|weeks?|months?|years?|doses?|levels?|phases?|parts?|visits?|lines?|"
    r"steps?|scores?|types?|class(?:es)?|to|by|from|between)|[\d\u2013-])[^\S\n]{0,2}\Z", re.I)
#: after one, its figure in digits ("four in five (78.4%)", "four in five patients (78.4%)", "half,
#: 48.2%"): that figure is the claim
_FIGURE_AFTER = re.compile(r"(?:[^\S\n]{1,2}[A-Za-z-]{2,20}){0,3}[^\S\n]{0,2}[(\[][^\S\n]{0,2}\d"
                           r"|[^\S\n]{0,2}[,:\u2013\u2014-]?[^\S\n]{0,2}\d")
def frequency_band(qualifier: str, n: int, d: int) -> tuple[float, float] | None:
    """The percentages "n in d" with its qualifier stands for: its wording's grain either side (half
    a step of tenths or fifths: "eight in ten" 75-85, "four in five" 70-90; 5 points for a coarser
    fraction: "one in three" 28.3-38.3, "half" 45-55), below it for "nearly", above it (by at most
    10 points) for "more than", below it for "fewer than" (:func:`~claimcheck.numbers.qualified_band`);
    None for a qualifier not read."""
    grain = 50.0 / d if 5 <= d <= 10 else 5.0
    return qualified_band(qualifier, 100.0 * n / d, grain)


def _frequency_claims(text: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` with each share said in words as a percentage claim ("eight in ten", "nine out of
    ten", "one in three", "two-thirds", "half of the patients", "nearly four in five"): its value n/d,
    its :attr:`Num.band` the wording's grain (:func:`frequency_band`). Never a count or a place ("one
    in three cycles", "cycle two in four"), a relative change ("by one in three"), nor where its figure
    follows in digits, another claim holds it or its sentence states rates in digits (A005's)."""
    cores = proportion_cores(text)
    if not cores:
        return claims
    from .sentences import sentence_spans

    # a sentence that states rates in digits: a proportion in words there is relative wording about
    # them, judged by A005 against them ("four in five reached remission, compared with under a third
    # (80.7% vs 29.4%)"), and a claim of its own would shift the order its rates take their arms in
    digit_rates = sorted(c.start for c in claims if c.kind == ClaimKind.PERCENTAGE)
    spans = sentence_spans(text) if digit_rates else []
    starts = [a for a, _ in spans]

    def beside_rates(at: int) -> bool:
        k = bisect.bisect_right(starts, at) - 1
        if k < 0:
            return False
        a, b = spans[k]
        i = bisect.bisect_left(digit_rates, a)
        return i < len(digit_rates) and digit_rates[i] < b

    added: list[Claim] = []
    seen: set[int] = set()
    for c0 in cores:
        for prop in proportions(text, max(0, c0 - 40), min(len(text), c0 + 60)):
            if prop.start in seen or not (prop.start <= c0 < prop.end):
                continue
            seen.add(prop.start)
            if prop.n >= prop.d or prop.d > 10:
                continue
            band = frequency_band(prop.qualifier, prop.n, prop.d)
            if band is None:
                continue
            if _NOT_FREQUENCY_BEFORE.search(text, max(0, prop.start - 24), prop.start) \
                    or _NOT_PROPORTION_AFTER.match(text, prop.end) or _FIGURE_AFTER.match(text, prop.end):
                continue
            if any(c.start < prop.end and prop.start < c.end for c in claims) or beside_rates(prop.start):
                continue
            p = round(100.0 * prop.n / prop.d, 1)
            decimals = 0 if p.is_integer() else 1
            value = Num(p, f"{p:.{decimals}f}", decimals, band=band)
            added.append(Claim(ClaimKind.PERCENTAGE, prop.start, prop.end, prop.text, value=value, unit="%"))
    if not added:
        return claims
    return sorted(claims + added, key=lambda c: (c.start, c.end))
