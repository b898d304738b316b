"""Readers: one per format, each returning a :class:`~claimcheck.documents.base.Document`.

``read_document(path)`` picks the reader by content first (a PDF, a Word file, a PowerPoint
deck or an HTML page is recognised by its first bytes whatever its extension) and by extension
otherwise. This module is the one place readers are registered: the table :data:`READERS`
(format name, extensions, how the content is recognised, reader function); the extensions a
folder walk collects come from it too. No reader dispatches to another. Every failure is an
:class:`~claimcheck.errors.InputError` naming the file, on one line.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..errors import InputError
from .base import Document, Location, Segment
from .docx import read_docx
from .html import read_html
from .markdown import read_markdown
from .pdf import read_pdf
from .pptx import read_pptx
from .text import decode_text, read_text

__all__ = [
    "Document",
    "Location",
    "Segment",
    "READERS",
    "Reader",
    "ReadOptions",
    "read_document",
    "sniff_format",
    "lintable_suffixes",
    "MAX_BYTES",
    "decode_text",
]

#: refuse documents above this size (bytes); documented in docs/formats.md
MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class ReadOptions:
    """How the run reads documents (what a reader may need beyond the bytes)."""

    #: Word tracked changes: "accept" reads the text with every change accepted, "original" before them
    tracked_changes: str = "accept"


@dataclass(frozen=True)
class Reader:
    """One document format: how it is recognised and the function that reads it."""

    format: str
    #: file extensions of the format (lower case, with the dot); a folder walk collects them
    suffixes: tuple[str, ...]
    #: (path, data, options) -> Document, or an InputError naming the file
    read: Callable[[str, bytes, ReadOptions], Document]
    #: (data, suffix) -> whether the content is this format whatever the extension (checked
    #: first, in table order); None: recognised by extension only
    sniff: Callable[[bytes, str], bool] | None = None
    #: why a file named with one of ``suffixes`` is refused when its content is not the format
    #: (None: read it by its extension)
    misnamed: str | None = None
    #: an Office package (a zip): the part that makes a zip one, and what the format is called
    package: str | None = None
    kind: str = ""
    #: an Office package: the error for an OLE compound file (encrypted, or the legacy binary
    #: format, whose extensions are ``legacy_suffixes``)
    legacy: str | None = None
    legacy_suffixes: tuple[str, ...] = ()


_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])",
    re.I | re.S,
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PDF_MAGIC = re.compile(rb"%PDF-\d")
#: what may come before ``%PDF-`` in a file that is a PDF whatever its name: a UTF-8 byte order
#: mark and white space (some generators write them)
_BOM = b"\xef\xbb\xbf"
_PDF_LEAD_BLANKS = b" \t\r\n\f\x00"
_TEXT_BYTES = re.compile(rb"[\t\n\r\f\x20-\x7e\x80-\xff]*")


def _is_pdf(data: bytes, suffix: str) -> bool:
    """Whether ``data`` is a PDF, sniffed as PDF readers do.

    The header ``%PDF-n`` belongs at offset 0 (ISO 32000-1, 7.5.2); readers also accept it
    after leading bytes within the first 1,024 (ISO 32000-1, Annex H.3: a mail or MacBinary
    header put in front by a transfer). So: the header at the start (after an optional BOM
    and white space) is a PDF; a header later in the first 1 KiB is a PDF when what precedes it
    is binary (such a transfer header) or the file is named ``.pdf``. A text file that merely
    mentions ``%PDF-`` in its first lines is text.
    """
    lead = data[len(_BOM):] if data.startswith(_BOM) else data
    if _PDF_MAGIC.match(lead[:4096].lstrip(_PDF_LEAD_BLANKS)):
        return True
    m = _PDF_MAGIC.search(data, 0, 1024 + 6)
    if m is None or m.start() > 1024:
        return False
    if suffix == ".pdf":
        return True
    lead = data[: m.start()]
    return _TEXT_BYTES.fullmatch(lead) is None


def _is_html(data: bytes, suffix: str) -> bool:
    """Whether ``data`` starts as an HTML page (a doctype or an ``<html>`` tag)."""
    return _HTML_START.match(data[:2048]) is not None


#: every reader: the one place a format is added. Content is recognised in this order (``sniff``,
#: then the Office packages), else the extension decides; an extension no reader claims is read
#: as FALLBACK.
READERS: tuple[Reader, ...] = (
    Reader("pdf", (".pdf",), lambda path, data, options: read_pdf(path, data), sniff=_is_pdf,
           misnamed="not a PDF (no %PDF- header)"),
    Reader("docx", (".docx",), lambda path, data, options: read_docx(path, data, options.tracked_changes),
           misnamed="not a Word document (not a zip archive)", package="word/document.xml",
           kind="Word document", legacy="an encrypted or legacy (.doc) Word file; save it as an unencrypted .docx",
           legacy_suffixes=(".doc",)),
    Reader("pptx", (".pptx",), lambda path, data, options: read_pptx(path, data),
           misnamed="not a PowerPoint deck (not a zip archive)", package="ppt/presentation.xml",
           kind="PowerPoint deck",
           legacy="an encrypted or legacy (.ppt) PowerPoint file; save it as an unencrypted .pptx",
           legacy_suffixes=(".ppt",)),
    Reader("html", (".html", ".htm"), lambda path, data, options: read_html(path, data), sniff=_is_html),
    Reader("markdown", (".md", ".markdown"), lambda path, data, options: read_markdown(path, data)),
    Reader("text", (".txt",), lambda path, data, options: read_text(path, data)),
)

#: the format of a file whose content no reader recognises and whose extension none claims
FALLBACK = "text"


def reader_for(fmt: str) -> Reader:
    """The reader of the format ``fmt`` (:data:`READERS`)."""
    for reader in READERS:
        if reader.format == fmt:
            return reader
    raise ValueError(f"no reader for the format {fmt!r}")


def lintable_suffixes() -> set[str]:
    """The extensions collected when a folder is linted: every reader's."""
    return {suffix for reader in READERS for suffix in reader.suffixes}


def sniff_format(path: str, data: bytes) -> str:
    """The reader for ``data``: by content where it is recognisable, else by extension."""
    suffix = Path(path).suffix.lower()
    readers = READERS
    for reader in readers:
        if reader.sniff is not None and reader.sniff(data, suffix):
            return reader.format
    claimed = next((r for r in readers if suffix in r.suffixes), None)
    packages = [r for r in readers if r.package]
    if packages and (data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06")):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise InputError(f"corrupt zip archive, not a readable {packages[0].kind} ({exc})", path) from None
        found = [r for r in packages if r.package in names]
        if len(found) == 1:
            kind = found[0]
            if claimed in packages and claimed is not kind:
                # a deck saved as .docx or a Word file as .pptx: say so rather than guess
                raise InputError(
                    f"named {suffix} but it is a {kind.kind} ({kind.package}); rename it {kind.suffixes[0]}",
                    path,
                )
            return kind.format
        expected = claimed if claimed in packages else packages[0]
        raise InputError(f"a zip archive without {expected.package}, not a {expected.kind}", path)
    if packages and data.startswith(_OLE_MAGIC):
        legacy = next((r for r in packages if suffix in r.legacy_suffixes + r.suffixes), packages[0])
        raise InputError(legacy.legacy, path)
    if claimed is None:
        return FALLBACK
    if claimed.misnamed:
        raise InputError(claimed.misnamed, path)
    return claimed.format


def special_kind(mode: int) -> str | None:
    """What a file of this ``st_mode`` is when it is not a regular file ("a FIFO", …), else None."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "a special file"


def read_document(path: str | Path, tracked_changes: str = "accept") -> Document:
    """Read one file into a Document, or raise InputError naming the file.

    ``tracked_changes``: how Word tracked changes read, "accept" (every change accepted) or
    "original" (the text before them).
    """
    p = Path(path)
    try:
        info = p.stat()
    except FileNotFoundError:
        raise InputError("no such file", str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from None
    kind = special_kind(info.st_mode)
    if kind:  # reading a FIFO would wait for a writer forever, a device would never end
        raise InputError(f"not a regular file ({kind})", str(path))
    size = info.st_size
    if size > MAX_BYTES:
        raise InputError(
            f"file is {size / 1048576:.1f} MiB, above the {MAX_BYTES // 1048576} MiB limit", str(path)
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from None
    return read_bytes(str(path), data, tracked_changes)


def text_sections(path: str | Path, size: int):
    """A plain-text file larger than ``size`` bytes as an iterator of Documents of about ``size``
    bytes each, cut at a blank line (else a line end), read one at a time: the memory a file
    takes stays bounded however large it is. None when the file is not that large, or not plain
    text (those are read whole by :func:`read_document`).

    Every section is decoded with the encoding of the first (a byte the first section's encoding
    cannot decode later on becomes U+FFFD); offsets and lines are the section's own (the caller
    shifts them by the lengths and line counts of the sections before).
    """
    p = Path(path)
    try:
        info = p.stat()
    except OSError:
        return None
    if special_kind(info.st_mode) or info.st_size <= size or info.st_size > MAX_BYTES:
        return None
    try:
        with p.open("rb") as fh:
            head = fh.read(64 * 1024)
    except OSError:
        return None
    if sniff_format(str(path), head) != "text" or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    return _iter_sections(str(path), size)


def _iter_sections(path: str, size: int):
    encoding = None
    carry = b""
    try:
        with open(path, "rb") as fh:
            while True:
                block = fh.read(size)
                data = carry + block
                if not data:
                    return
                if block:
                    cut = data.rfind(b"\n\n", len(data) // 2)
                    cut = cut + 2 if cut != -1 else data.rfind(b"\n", len(data) // 2) + 1
                    if cut <= 0:
                        cut = len(data)   # no line end in half a section: cut anyway
                    data, carry = data[:cut], data[cut:]
                else:
                    carry = b""
                if encoding is None:
                    text, encoding = decode_text(path, data)
                else:
                    text = data.decode(encoding, errors="replace").replace("\r\n", "\n").replace("\r", "\n")
                yield Document(path=path, text=text, format="text", metadata={"encoding": encoding})
                if not block:
                    return
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path) from None


def read_bytes(path: str, data: bytes, tracked_changes: str = "accept") -> Document:
    """Read ``data`` (the content of ``path``) with the reader its content or name calls for."""
    return reader_for(sniff_format(path, data)).read(path, data, ReadOptions(tracked_changes))
