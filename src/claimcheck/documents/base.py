"""The Document every reader produces, and the map from text offsets back to the source.

A reader turns a file into one :class:`Document`: the text the pipeline lints plus a way to
turn any character offset of that text back into a location a user can find (line and column
for text formats; page, line and column for PDF; paragraph or table cell for Word).

Readers of text formats keep the document's own offsets: parts that must not be linted (code
blocks, HTML comments, front matter, markup) are blanked with spaces, newlines kept, so offset
``i`` of ``Document.text`` is offset ``i`` of the decoded file. Readers of binary formats build
the text from pieces and record, per piece, where it came from (:class:`Segment`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..errors import InputError


@dataclass(frozen=True)
class Location:
    """A 1-based position in the source file."""

    line: int
    column: int
    page: int | None = None
    #: free-form locator for formats without lines, e.g. "paragraph 12" or "table 2, row 3, cell 4"
    where: str | None = None

    def describe(self) -> str:
        parts = []
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.where:
            parts.append(self.where)
        return ", ".join(parts)


@dataclass(frozen=True)
class Segment:
    """A run of Document.text that came from one place of a binary source.

    ``start``/``end`` are offsets in Document.text; ``line``/``column`` locate ``start`` in the
    source (page-relative for PDF). Text inside a segment advances the column, and a newline
    inside it advances the line, as in a plain text file.
    """

    start: int
    end: int
    line: int
    column: int = 1
    page: int | None = None
    where: str | None = None


@dataclass
class Document:
    """Text to lint plus the map back to the source.

    ``text`` is what the NLP pipeline sees. ``metadata`` holds data a reader found that is not
    prose (e.g. YAML front matter ``market: EU``). ``comments`` holds the text and offset of
    each comment a reader found (HTML comments in Markdown/HTML), which is where inline
    suppressions live. ``segments`` is empty for text formats (offsets map to line/column of the
    text itself) and set for formats whose text was assembled from pieces.
    """

    path: str
    text: str
    format: str = "text"
    metadata: dict = field(default_factory=dict)
    comments: list[tuple[int, str]] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    #: tables found by the reader: list of rows, each a list of (offset, cell text)
    tables: list[list[list[tuple[int, str]]]] = field(default_factory=list)
    _line_starts: list[int] | None = field(default=None, repr=False, compare=False)
    _segment_starts: list[int] | None = field(default=None, repr=False, compare=False)

    # ----------------------------------------------------------------- locations
    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            starts = [0]
            text = self.text
            find = text.find
            i = find("\n")
            while i != -1:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self._line_starts = starts
        return self._line_starts

    def locate(self, offset: int) -> Location:
        """The 1-based source location of character ``offset`` of ``text``."""
        offset = max(0, min(offset, len(self.text)))
        if self.segments:
            return self._locate_in_segments(offset)
        starts = self.line_starts()
        index = bisect.bisect_right(starts, offset) - 1
        return Location(line=index + 1, column=offset - starts[index] + 1)

    def _locate_in_segments(self, offset: int) -> Location:
        if self._segment_starts is None:
            self._segment_starts = [s.start for s in self.segments]
        i = max(0, bisect.bisect_right(self._segment_starts, offset) - 1)
        seg = self.segments[i]
        inside = self.text[seg.start : max(seg.start, min(offset, seg.end))]
        newlines = inside.count("\n")
        if newlines:
            column = len(inside) - inside.rfind("\n")
        else:
            column = seg.column + len(inside)
        return Location(line=seg.line + newlines, column=column, page=seg.page, where=seg.where)

    def line_text(self, offset: int) -> str:
        """The text of the line holding ``offset`` (for reports and fingerprints)."""
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        return self.text[start : end if end != -1 else len(self.text)]


def package_error(exc: Exception, path: str, what: str, suffix: str) -> InputError:
    """The one-line error for an Office package python-docx / python-pptx could not read: another
    kind of package (a macro-enabled or template file, named by its content type) or a corrupt one.
    ``what``: "Word document", "PowerPoint deck"; ``suffix``: ".docx", ".pptx"."""
    kind = re.search(r"content type is '([^']*)'", str(exc))
    if isinstance(exc, ValueError) and kind:  # .docm, .dotx, .pptm, .potx, …
        return InputError(f"not a {suffix} {what} (its main part is {kind.group(1)})", path)
    detail = " ".join(str(exc).split())[:160] or type(exc).__name__
    return InputError(f"corrupt {what} ({type(exc).__name__}: {detail})", path)
