"""Memory limits while pdfminer reads a PDF: decompression bombs and pages of millions of glyphs.

A PDF's streams are compressed (Flate, LZW, RunLength) and pdfminer inflates each one whole and
keeps it for the life of the document, so a 1.5 MB file can ask for gigabytes. While
:func:`limits` is active (the PDF reader wraps each document in it):

* every stream inflates through a bounded decoder: one stream may not inflate past
  ``MAX_STREAM_BYTES``, and all the streams of one document together not past
  ``MAX_DOCUMENT_BYTES``; the decoder stops at the limit, it never inflates the rest first;
* a page may not draw more than ``MAX_PAGE_GLYPHS`` characters nor more than
  ``MAX_PAGE_OBJECTS`` other objects (paths, images): the layout device counts them as they are
  drawn (see :func:`layout_device_class`).

Past a limit, :class:`PdfLimitError` is raised; the reader turns it into the one-line error.
pdfminer looks ``zlib``, ``lzwdecode`` and ``rldecode`` up in its ``pdftypes`` module at call
time, so the bounded versions are installed there for the duration of one read and removed after.
"""

from __future__ import annotations

import contextlib
import contextvars
import zlib as _zlib
from dataclasses import dataclass

#: one stream may not inflate to more than this many bytes (documented in docs/formats.md)
MAX_STREAM_BYTES = 64 * 1024 * 1024
#: all the streams of one document together may not inflate to more than this
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024
#: characters one page may draw (a dense page of 7 pt text draws about 10,000)
MAX_PAGE_GLYPHS = 200_000
#: other objects (paths, rectangles, curves, images) one page may draw
MAX_PAGE_OBJECTS = 200_000

_CHUNK = 1 << 20


class PdfLimitError(Exception):
    """A PDF asked for more memory than the limits allow (the message says which)."""


@dataclass
class _Budget:
    stream_limit: int
    document_limit: int
    inflated: int = 0

    def take(self, n: int, so_far: int) -> None:
        self.inflated += n
        if so_far > self.stream_limit:
            raise PdfLimitError(
                f"a compressed stream inflates past {_mib(self.stream_limit)} "
                "(decompression bomb?); refused"
            )
        if self.inflated > self.document_limit:
            raise PdfLimitError(
                f"the PDF's streams inflate past {_mib(self.document_limit)} in total "
                "(decompression bomb?); refused"
            )


def _mib(n: int) -> str:
    return f"{n / 1048576:g} MiB"


_budget: contextvars.ContextVar[_Budget | None] = contextvars.ContextVar("pdf_budget", default=None)


def _current() -> _Budget:
    budget = _budget.get()
    if budget is None:  # pdfminer used outside a read: still bounded, per stream
        budget = _Budget(MAX_STREAM_BYTES, MAX_DOCUMENT_BYTES)
        _budget.set(budget)
    return budget


# ------------------------------------------------------------------ bounded decoders
class _BoundedDecompressor:
    """``zlib.decompressobj()`` whose output counts against the budget."""

    def __init__(self, *args):
        self._d = _zlib.decompressobj(*args)
        self._out = 0

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        budget = _current()
        out = self._d.decompress(data, budget.stream_limit - self._out + 1)
        self._out += len(out)
        budget.take(len(out), self._out)
        if self._d.unconsumed_tail:  # only when the stream limit was reached
            budget.take(0, budget.stream_limit + 1)
        return out

    def flush(self, *args) -> bytes:
        out = self._d.flush(*args)
        self._out += len(out)
        _current().take(len(out), self._out)
        return out

    @property
    def eof(self) -> bool:
        return self._d.eof

    @property
    def unused_data(self) -> bytes:
        return self._d.unused_data


def _decompress(data: bytes, *args) -> bytes:
    """``zlib.decompress`` with the limits: raises zlib.error on a truncated stream, like it."""
    d = _BoundedDecompressor()
    parts = []
    for i in range(0, len(data), _CHUNK):
        parts.append(d.decompress(data[i : i + _CHUNK]))
        if d.eof:
            break
    if not d.eof:
        raise _zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
    return b"".join(parts)


class _BoundedZlib:
    """Stands in for the ``zlib`` module inside pdfminer.pdftypes."""

    error = _zlib.error
    decompress = staticmethod(_decompress)
    decompressobj = _BoundedDecompressor

    def __getattr__(self, name):
        return getattr(_zlib, name)


def _lzwdecode(data: bytes) -> bytes:
    from io import BytesIO

    from pdfminer.lzw import LZWDecoder

    budget = _current()
    parts: list[bytes] = []
    out = 0
    for chunk in LZWDecoder(BytesIO(data)).run():
        out += len(chunk)
        budget.take(len(chunk), out)
        parts.append(chunk)
    return b"".join(parts)


def _rldecode(data: bytes) -> bytes:
    """RunLengthDecode (PDF 32000-1 7.4.5), stopping at the limits."""
    budget = _current()
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        length = data[i]
        i += 1
        if length == 128:
            break
        before = len(out)
        if length < 128:
            out += data[i : i + length + 1]
            i += length + 1
        else:
            if i >= n:
                break
            out += data[i : i + 1] * (257 - length)
            i += 1
        budget.take(len(out) - before, len(out))
    return bytes(out)


# ------------------------------------------------------------------ per page
def layout_device_class():
    """pdfplumber's layout device, counting what a page draws (glyphs, other objects)."""
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    class CountingDevice(PDFPageAggregatorWithMarkedContent):
        glyphs = 0
        objects = 0

        def render_char(self, *args, **kwargs):
            self.glyphs += 1
            if self.glyphs > MAX_PAGE_GLYPHS:
                raise PdfLimitError(
                    f"a page draws more than {MAX_PAGE_GLYPHS:,} characters; refused"
                )
            return super().render_char(*args, **kwargs)

        def paint_path(self, *args, **kwargs):
            self._count()
            return super().paint_path(*args, **kwargs)

        def render_image(self, *args, **kwargs):
            self._count()
            return super().render_image(*args, **kwargs)

        def _count(self) -> None:
            self.objects += 1
            if self.objects > MAX_PAGE_OBJECTS:
                raise PdfLimitError(
                    f"a page draws more than {MAX_PAGE_OBJECTS:,} shapes or images; refused"
                )

    return CountingDevice


def layout(page):
    """Lay ``page`` (a pdfplumber Page) out with the counting device; cache it as pdfplumber does."""
    from pdfminer.pdfinterp import PDFPageInterpreter

    device = layout_device_class()(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    page._layout = device.get_result()  # pdfplumber's cache of Page.layout
    return page._layout


@contextlib.contextmanager
def limits():
    """Bound every stream pdfminer inflates while the block runs (one document)."""
    from pdfminer import pdftypes

    token = _budget.set(_Budget(MAX_STREAM_BYTES, MAX_DOCUMENT_BYTES))
    saved = (pdftypes.zlib, pdftypes.lzwdecode, pdftypes.rldecode)
    pdftypes.zlib, pdftypes.lzwdecode, pdftypes.rldecode = _BoundedZlib(), _lzwdecode, _rldecode
    try:
        yield
    finally:
        pdftypes.zlib, pdftypes.lzwdecode, pdftypes.rldecode = saved
        _budget.reset(token)
