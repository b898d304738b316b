"""Plain text and Markdown: decoded with a fallback chain, offsets kept as in the file."""

from __future__ import annotations

from ..errors import InputError
from .base import Document

_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")


def decode_text(path: str, data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8, then cp1252, then latin-1; refuse binary data.

    Returns (text, encoding). Raises InputError for binary content (NUL bytes or a high share
    of control characters), naming the file.
    """
    sample = data[:8192]
    if b"\x00" in sample:
        raise InputError("binary file (NUL bytes), not a text document", path)
    for encoding in _ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f")
        if controls > max(8, len(text[:8192]) // 20):
            raise InputError("binary file (control characters), not a text document", path)
        return text.replace("\r\n", "\n").replace("\r", "\n"), encoding
    raise InputError("cannot decode as UTF-8, cp1252 or latin-1", path)  # pragma: no cover


def read_text(path: str, data: bytes, markdown: bool = False) -> Document:
    text, encoding = decode_text(path, data)
    return Document(path=path, text=text, format="markdown" if markdown else "text",
                    metadata={"encoding": encoding})
