"""What each output format forbids, and how reporters make text from a draft safe for it.

A finding's message, snippet, expected/found values and path come from the user's files: a
Word soft line break (U+000B), a NUL, a terminal escape sequence, a right-to-left override or a
file name that is not UTF-8 (a lone surrogate, as Python decodes it) can be in any of them.

- **Text and concise** (a terminal, grep, editors): one finding per line, nothing the terminal
  would interpret. Line breaks and tabs become a space; every other C0 and C1 control, DEL,
  the bidirectional controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069) and lone
  surrogates are shown as ``<U+XXXX>``.
- **GitHub workflow commands**: the same, after the runner's own escapes (``%``, carriage return, line feed).
- **XML (JUnit)**: XML 1.0 allows only tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and
  U+10000 and above; a vertical tab or form feed becomes a space, anything else not allowed
  becomes U+FFFD (the replacement character).
- **JSON and SARIF**: ``json`` escapes every control character itself; a lone surrogate would
  make the output impossible to encode as UTF-8, so a low one (U+DC80–U+DCFF is how Python
  decodes a file name's non-UTF-8 byte) is written as its ``\\uXXXX`` escape (valid JSON; Python's
  ``json`` reads it back to the same string) and a high one, half of no character, as U+FFFD.
"""

from __future__ import annotations

import re

_LINE_BREAKS = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_TERMINAL_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_XML_SPACE = re.compile(r"[\x0b\x0c]")
_XML_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: what HTML may not carry as text: controls other than its white space, noncharacters, and lone
#: surrogates (which UTF-8 cannot encode); each becomes U+FFFD, one character for one, so the
#: offsets of the marks laid over a document's text stay right
_HTML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


def _visible(m: re.Match) -> str:
    return f"<U+{ord(m.group()):04X}>"


def terminal_text(s: str) -> str:
    """``s`` on one line with nothing a terminal interprets (controls, bidi, lone surrogates)."""
    if s.isascii() and s.isprintable():
        return s
    return _TERMINAL_UNSAFE.sub(_visible, _LINE_BREAKS.sub(" ", s))


def controls_visible(s: str) -> str:
    """``s`` with controls, bidi controls and lone surrogates shown as ``<U+XXXX>`` (line breaks
    included: for formats that escaped the ones they allow already)."""
    if s.isascii() and s.isprintable():
        return s
    return _TERMINAL_UNSAFE.sub(_visible, s)


def xml_text(s: str) -> str:
    """``s`` with only the characters XML 1.0 allows."""
    if s.isascii() and s.isprintable():
        return s
    return _XML_FORBIDDEN.sub("\ufffd", _XML_SPACE.sub(" ", s))


def html_text(s: str) -> str:
    """``s`` with only what HTML text may hold (one character for one)."""
    if s.isascii() and s.isprintable():
        return s
    return _HTML_FORBIDDEN.sub("\ufffd", s)


def json_text(s: str) -> str:
    """JSON text (already encoded by ``json``) with lone surrogates as ``\\uXXXX`` escapes."""
    if s.isascii():
        return s
    return _SURROGATE.sub(_json_surrogate, s)


def _json_surrogate(m: re.Match) -> str:
    c = ord(m.group())
    # a low surrogate (what a non-UTF-8 byte of a file name decodes to) as its escape; a high one
    # becomes U+FFFD, since its escape followed by a low one's would read back as another character
    return f"\\u{c:04x}" if c >= 0xDC00 else "\ufffd"


__all__ = ["terminal_text", "controls_visible", "xml_text", "html_text", "json_text"]
