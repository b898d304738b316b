"""Linear-time execution of user-supplied regular expressions (rule packs), with RE2.

A rule pack is data a reviewer writes, and its ``{regex: …}`` terms run over every document.
Python's ``re`` backtracks: a pattern such as ``(?:[a-z]{0,50}\\s{0,2}){1,50}zzz!`` takes
minutes on a line of thirty letters, and a static analyser of pattern shapes
(:func:`claimcheck.rulepacks.check_regex`) will always miss another such shape. So rule-pack
patterns never run on ``re``: they are translated to RE2 syntax and run by RE2 (google-re2),
whose automata match in time linear in the text whatever the pattern. The shape analyser stays
as a first line (it explains the common mistakes in words).

Translation (:func:`to_re2`) parses the pattern with Python's own parser, so a pack is written
in the Python syntax the documentation describes, and re-emits it with Python's meaning kept
where RE2's differs: ``\\w`` takes the letters of the Latin, Greek and Cyrillic scripts, ``\\d``
every decimal digit and ``\\s`` every Unicode space, as in Python (RE2's are ASCII; ``\\w`` of
other scripts is left out to keep compiling fast), capturing groups become non-capturing. What RE2 cannot run in linear time is refused
(:class:`UnsupportedPattern`, a load error with file:line in the rule-pack loader): look-ahead
and look-behind, backreferences, atomic groups and possessive repeats, and repeat counts whose
product exceeds RE2's limit (1,000). ``\\b`` and ``\\B`` keep RE2's ASCII word boundary.

Matches are those of Python's leftmost-first alternation (RE2 is leftmost-first too). Searching
a range ``[start, end)`` searches that slice of the text, so ``^``, ``$`` and ``\\b`` see the
slice's ends as the text's ends.
"""

from __future__ import annotations

import re
from typing import Iterator

try:  # Python 3.11+
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

import re2

#: RE2's memory for one compiled pattern (its default, 8 MiB, is small for a pack's alternation)
MAX_MEM = 64 << 20

#: Python's ``\w`` (str.isalnum or underscore) for the scripts of the markets' material: ASCII,
#: the Latin letters (U+00C0-U+02AF, less the signs U+00D7 and U+00F7), Greek and Cyrillic. Not
#: RE2's \p{L}\p{N}: a repeat of such a class compiles to thousands of instructions (a pack with
#: ``(?:\w{1,20}\W{1,3}){0,6}`` took 0.3 s to compile, every run), this one to a few
_WORD = r"0-9A-Za-z_\x{aa}\x{b2}\x{b3}\x{b5}\x{b9}\x{ba}\x{bc}-\x{be}\x{c0}-\x{d6}\x{d8}-\x{f6}\x{f8}-\x{2af}\x{370}-\x{3ff}\x{400}-\x{52f}"
#: Python's ``\s`` on str: str.isspace
_SPACE = r"\t-\r\x{1c}-\x{20}\x{85}\p{Z}"
_DIGIT = r"\p{Nd}"
_CATEGORIES = {
    _sre.CATEGORY_DIGIT: (_DIGIT, False),
    _sre.CATEGORY_NOT_DIGIT: (_DIGIT, True),
    _sre.CATEGORY_SPACE: (_SPACE, False),
    _sre.CATEGORY_NOT_SPACE: (_SPACE, True),
    _sre.CATEGORY_WORD: (_WORD, False),
    _sre.CATEGORY_NOT_WORD: (_WORD, True),
}
_AT = {
    _sre.AT_BEGINNING: "^", _sre.AT_BEGINNING_STRING: r"\A", _sre.AT_END: "$",
    _sre.AT_END_STRING: r"\z", _sre.AT_BOUNDARY: r"\b", _sre.AT_NON_BOUNDARY: r"\B",
}
_FLAGS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT}


class UnsupportedPattern(ValueError):
    """A pattern that cannot run in linear time (the message says why, for a load error)."""


def _char(code: int) -> str:
    return f"\\x{{{code:x}}}"


def _class_items(items) -> tuple[list[str], bool]:
    """RE2 class contents for an ``IN`` node, and whether the class is negated."""
    negate = False
    out: list[str] = []
    for op, av in items:
        if op == _sre.NEGATE:
            negate = True
        elif op == _sre.LITERAL:
            out.append(_char(av))
        elif op == _sre.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op == _sre.CATEGORY:
            body, negated = _CATEGORIES.get(av, (None, False))
            if body is None:
                raise UnsupportedPattern(f"the character class {av} is not supported")
            if negated:
                out.append(("NOT", body))  # type: ignore[arg-type]
            else:
                out.append(body)
        else:
            raise UnsupportedPattern(f"{op} inside a character class is not supported")
    return out, negate


def _emit_class(items) -> str:
    parts, negate = _class_items(items)
    positive = [p for p in parts if isinstance(p, str)]
    negative = [p[1] for p in parts if not isinstance(p, str)]
    if not negative:
        return f"[{'^' if negate else ''}{''.join(positive)}]"
    if len(negative) == 1 and not positive:  # [\W] or [^\W]
        return f"[{'' if negate else '^'}{negative[0]}]"
    if not negate:  # [\Wx]: a union, written as an alternation
        alts = [f"[^{n}]" for n in negative] + ([f"[{''.join(positive)}]"] if positive else [])
        return f"(?:{'|'.join(alts)})"
    # [^\W\d_] needs an intersection, which RE2 cannot write
    raise UnsupportedPattern("a negated character class holding \\W, \\D or \\S (such as [^\\W\\d_]) cannot be "
                             "run by the linear-time engine; list the letters instead, such as [a-zà-ÿ]")


#: a line break and the indentation around it (a wrapped line of a column, a hanging indent): in a
#: pack regex with :func:`to_re2_wrapped`, what a bounded run of whitespace between words also matches
_WRAP = r"[ \t\x{a0}]*\r?\n[ \t\x{a0}]*"


def _spaces_only(sub) -> bool:
    """Whether a repeat's body is one character class that holds ``\\s`` (``\\s``, ``[\\s-]``), not negated."""
    items = list(sub)
    if len(items) != 1 or items[0][0] != _sre.IN:
        return False
    members = items[0][1]
    return (all(op != _sre.NEGATE for op, _ in members)
            and any(op == _sre.CATEGORY and av == _sre.CATEGORY_SPACE for op, av in members))


def _emit(items, wrapped: bool = False) -> str:
    out: list[str] = []
    for op, av in items:
        if op == _sre.LITERAL:
            out.append(_char(av))
        elif op == _sre.NOT_LITERAL:
            out.append(f"[^{_char(av)}]")
        elif op == _sre.ANY:
            out.append(".")
        elif op == _sre.IN:
            out.append(_emit_class(av))
        elif op == _sre.AT:
            out.append(_AT[av])
        elif op == _sre.SUBPATTERN:
            _group, add, delete, sub = av
            on = "".join(c for flag, c in _FLAGS if add & flag)
            off = "".join(c for flag, c in _FLAGS if delete & flag)
            flags = on + (f"-{off}" if off else "")
            out.append(f"(?{flags}:{_emit(sub, wrapped)})")
        elif op == _sre.BRANCH:
            out.append("(?:" + "|".join(_emit(alt, wrapped) for alt in av[1]) + ")")
        elif op in _REPEATS:
            lo, hi, sub = av
            body = _emit(sub, wrapped)
            if hi == _sre.MAXREPEAT:
                q = "*" if lo == 0 else "+" if lo == 1 else f"{{{lo},}}"
            elif lo == hi:
                q = f"{{{lo}}}"
            else:
                q = "?" if (lo, hi) == (0, 1) else f"{{{lo},{hi}}}"
            rep = f"(?:{body}){q}{'?' if op == _sre.MIN_REPEAT else ''}"
            if wrapped and hi != _sre.MAXREPEAT and _spaces_only(sub):
                rep = f"(?:{rep}|{_WRAP})"
            out.append(rep)
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            raise UnsupportedPattern("look-ahead and look-behind ((?=…), (?!…), (?<=…), (?<!…)) cannot run "
                                     "in linear time; use \\b, or list the words around the match")
        elif op in (_sre.GROUPREF, _sre.GROUPREF_EXISTS) or str(op).startswith("GROUPREF"):
            raise UnsupportedPattern("backreferences cannot run in linear time")
        elif str(op) in ("ATOMIC_GROUP", "POSSESSIVE_REPEAT"):
            raise UnsupportedPattern("atomic groups and possessive repeats are not supported")
        else:
            raise UnsupportedPattern(f"{op} is not supported")
    return "".join(out)


def to_re2(source: str, wrapped: bool = False) -> str:
    """``source`` (Python syntax) as RE2 syntax with Python's meaning; raises re.error for an
    invalid pattern and :class:`UnsupportedPattern` for one RE2 cannot run. ``wrapped``: see
    :func:`to_re2_wrapped`."""
    tree = _sre_parse.parse(source)
    body = _emit(list(tree), wrapped=wrapped)
    flags = tree.state.flags if hasattr(tree, "state") else 0
    on = "".join(c for flag, c in _FLAGS if flags & flag)
    return f"(?{on}:{body})" if on else body


def to_re2_wrapped(source: str) -> str:
    """:func:`to_re2`, with each bounded run of whitespace (``\\s{1,3}``, ``\\s{0,6}``, ``[\\s-]{1,3}``)
    also matching one line break with any indentation around it. A pack's author bounds the gap
    between two words to a few blanks; a line of prose wrapped in a column or under a hanging
    indent ("… in\\n" + thirty spaces + "adult and pediatric patients 1 year\\n" + thirty spaces
    + "and older") is the same gap, however deep the indent (the rule packs' terms run so:
    :class:`claimcheck.phrases.TermPattern`). A blank line (two breaks) is not one gap beyond what
    the bound allows."""
    return to_re2(source, wrapped=True)


def _options(ignorecase: bool) -> re2.Options:
    options = re2.Options()
    options.log_errors = False   # RE2 would write its own error lines to stderr
    options.case_sensitive = not ignorecase
    options.max_mem = MAX_MEM
    return options


def compile_re2(source: str, ignorecase: bool = False):
    """Compile RE2-syntax ``source``; raises :class:`UnsupportedPattern` with RE2's reason."""
    try:
        return re2.compile(source, _options(ignorecase))
    except re2.error as exc:
        reason = exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        if "repetition" in reason:
            reason += " (RE2 allows repeat counts whose product is at most 1000)"
        raise UnsupportedPattern(f"the linear-time engine cannot compile it: {reason}") from None


def check(source: str) -> str | None:
    """Why ``source`` cannot run on the linear-time engine, or None when it can."""
    try:
        compile_re2(to_re2(source))
    except UnsupportedPattern as exc:
        return str(exc)
    except re.error as exc:
        return f"invalid regular expression: {exc}"
    return None


class Hit:
    """A match: ``span()``, ``start()``, ``end()`` and ``lastgroup`` (the name of the labelled
    alternative that matched), as :class:`re.Match` offers them."""

    __slots__ = ("_start", "_end", "lastgroup")

    def __init__(self, start: int, end: int, lastgroup: str | None):
        self._start, self._end, self.lastgroup = start, end, lastgroup

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


class LinearPattern:
    """An RE2 pattern with the part of :class:`re.Pattern`'s interface the rule packs use:
    ``finditer(text, start, end)`` and ``search(text, start, end)``."""

    def __init__(self, source: str, ignorecase: bool = False):
        self.pattern = source
        self._re = compile_re2(source, ignorecase)
        self._names = {index: name for name, index in self._re.groupindex.items()}

    def _hits(self, text: str, start: int, end: int | None) -> Iterator[Hit]:
        n = len(text)
        end = n if end is None else max(0, min(end, n))
        start = max(0, min(start, end))
        piece = text if (start == 0 and end == n) else text[start:end]
        names = self._names
        for m in self._re.finditer(piece):
            name = names.get(m.lastindex) if m.lastindex is not None else None
            a, b = m.span()
            yield Hit(a + start, b + start, name)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Hit]:
        return self._hits(text, start, end)

    def search(self, text: str, start: int = 0, end: int | None = None) -> Hit | None:
        return next(self._hits(text, start, end), None)


__all__ = ["LinearPattern", "UnsupportedPattern", "to_re2", "check", "compile_re2"]
