"""Annotated PDF (``claimcheck annotate``): a copy of a PDF with a highlight on each claim.

Each claim of the linted document (``FileResult.claims``, :mod:`claimcheck.review`) gets a
highlight annotation over its characters, coloured by review status, whose comment (``/Contents``,
shown by PDF viewers when the highlight is clicked or hovered) holds the findings on the claim,
or the claims-library entry it matches (value and source). A finding on no claim (an
overstatement word, an incomplete required statement) gets a highlight too, and a finding about
what the document lacks gets a note at the top of the first page.

Where: the claim's page is known from the reader (``Document.locate``); on that page its text is
found among pdfplumber's characters (the library the PDF reader uses, so the same glyphs, at
their exact positions), one quadrilateral per visual line the claim spans. Where the same text
occurs several times on a page, the occurrence whose surrounding line reads most like the claim's
line in the extracted text is taken, each occurrence used once. Rotated pages are skipped (their
claims count as not placed).

Written with pypdf (``PdfWriter(clone_from=...)``: every object of the original is kept); the
original bytes are only read. This module lays annotations out; it decides nothing about claims.
"""

from __future__ import annotations

import io
import re
from collections import defaultdict

from ..engine import FileResult
from ..findings import Finding
from ..review import MATCH_NOTES, is_document_level

#: highlight colour per review status (RGB, 0-1)
COLOURS = {
    "consistent": (0.55, 0.85, 0.55),
    "faithful-rounding": (0.75, 0.9, 0.45),
    "mismatch": (1.0, 0.45, 0.45),
    "unsupported": (1.0, 0.72, 0.3),
    "unconfirmable": (0.75, 0.68, 0.95),
}
FINDING_COLOUR = (1.0, 0.45, 0.45)
AUTHOR = "claimcheck"


def _pattern(text: str, guarded: bool) -> re.Pattern[str]:
    parts = [re.escape(p) for p in text.split()]
    body = r"\s*".join(parts)  # a claim may break across lines in the PDF
    if guarded:
        if text[:1].isdigit():
            body = r"(?<![\d.,])" + body
        if text[-1:].isdigit():
            body = body + r"(?![\d])"
    return re.compile(body)


def _line_rects(chars: list[dict]) -> list[tuple[float, float, float, float]]:
    """One rectangle (x0, y0, x1, y1 in PDF points, from the page's lower left) per visual line."""
    lines: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        if lines and abs(lines[-1][0]["top"] - c["top"]) <= 0.5 * max(1.0, c["bottom"] - c["top"]):
            lines[-1].append(c)
        else:
            lines.append([c])
    return [(min(c["x0"] for c in line), min(c["y0"] for c in line),
             max(c["x1"] for c in line), max(c["y1"] for c in line)) for line in lines]


class _Page:
    """One page's searchable text (pdfplumber) and the occurrences already taken."""

    def __init__(self, page):
        self.page = page
        self.taken: set[tuple[float, float]] = set()
        mb = page.mediabox if hasattr(page, "mediabox") else page.bbox
        self.origin = (float(mb[0]), float(mb[1]))
        self.rotated = bool((page.rotation or 0) % 360)

    def find(self, text: str, line_text: str) -> list[tuple[float, float, float, float]] | None:
        if self.rotated or not text.strip():
            return None
        hits = []
        for guarded in (True, False):
            hits = [h for h in self.page.search(_pattern(text, guarded), regex=True, return_chars=True,
                                                return_groups=False)
                    if (h["x0"], h["top"]) not in self.taken]
            if hits:
                break
        if not hits:
            return None
        if len(hits) > 1:
            from rapidfuzz import fuzz

            want = " ".join(line_text.split())
            hits.sort(key=lambda h: -fuzz.ratio(want, self._line_around(h)))
        hit = hits[0]
        self.taken.add((hit["x0"], hit["top"]))
        ox, oy = self.origin
        return [(x0 + ox, y0 + oy, x1 + ox, y1 + oy) for x0, y0, x1, y1 in _line_rects(hit["chars"])]

    def _line_around(self, hit: dict) -> str:
        top, bottom = hit["top"], hit["bottom"]
        chars = [c for c in self.page.chars if c["top"] < bottom and c["bottom"] > top]
        return " ".join("".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"])).split())


def _comment_for_claim(claim, findings: list[Finding]) -> str:
    lines = [f"claimcheck: {claim.status.replace('-', ' ')} ({claim.kind} {claim.value})"]
    for f in findings:
        line = f"{f.rule} [{f.severity}] {f.message}"
        if f.suppressed:
            line = f"(suppressed: {f.suppressed.get('justification')}) {line}"
        lines.append(line)
    if not findings:
        if claim.reference_id:
            lines.append(f"matches {claim.reference_id}: {claim.expected}")
            if claim.source:
                lines.append(f"source: {claim.source}")
        else:
            lines.append(MATCH_NOTES.get(claim.match, claim.match))
    return "\n".join(lines)


def _highlight(rects, colour, comment: str, name: str):
    from pypdf.annotations import Highlight
    from pypdf.generic import ArrayObject, FloatObject, NameObject, NumberObject, TextStringObject

    quads = []
    for x0, y0, x1, y1 in rects:
        quads += [x0, y1, x1, y1, x0, y0, x1, y0]
    rect = (min(r[0] for r in rects), min(r[1] for r in rects), max(r[2] for r in rects), max(r[3] for r in rects))
    annot = Highlight(rect=rect, quad_points=ArrayObject(FloatObject(round(v, 3)) for v in quads), printing=True)
    annot[NameObject("/C")] = ArrayObject(FloatObject(c) for c in colour)
    annot[NameObject("/Contents")] = TextStringObject(comment)
    annot[NameObject("/T")] = TextStringObject(AUTHOR)
    annot[NameObject("/NM")] = TextStringObject(name)
    annot[NameObject("/CA")] = NumberObject(1)
    return annot


def _note(x: float, y: float, comment: str, name: str):
    from pypdf.annotations import Text
    from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject

    annot = Text(rect=(x, y - 20, x + 20, y), text=comment, open=False)
    annot[NameObject("/C")] = ArrayObject(FloatObject(c) for c in FINDING_COLOUR)
    annot[NameObject("/T")] = TextStringObject(AUTHOR)
    annot[NameObject("/NM")] = TextStringObject(name)
    return annot


def annotate(data: bytes, result: FileResult) -> tuple[bytes, int]:
    """A copy of ``data`` with the annotations; returns (bytes, number of claims placed)."""
    import pdfplumber
    from pypdf import PdfReader, PdfWriter

    text = result.text or ""
    findings = result.findings
    by_fp = {f.fingerprint: f for f in findings}
    on_claims = {fp for c in result.claims or [] for fp in c.findings}
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    placed = 0
    pages: dict[int, _Page] = {}
    todo: dict[int, list] = defaultdict(list)
    for c in result.claims or []:
        if c.page is not None:
            todo[c.page].append(("claim", c))
    doc_level = []
    for f in findings:
        if is_document_level(f, text):
            doc_level.append(f)
        elif f.fingerprint not in on_claims and f.page is not None and f.end > f.start:
            todo[f.page].append(("finding", f))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number in sorted(todo):
            if not 1 <= number <= len(pdf.pages):
                continue
            page = pages.setdefault(number, _Page(pdf.pages[number - 1]))
            for kind, item in todo[number]:
                if kind == "claim":
                    rects = page.find(item.text, _line_of(text, item.start))
                    if not rects:
                        continue
                    mine = [by_fp[fp] for fp in item.findings if fp in by_fp]
                    annot = _highlight(rects, COLOURS.get(item.status, COLOURS["unconfirmable"]),
                                       _comment_for_claim(item, mine), f"claimcheck-claim-{placed + 1}")
                    placed += 1
                else:
                    snippet = " ".join(text[item.start:item.end].split())
                    rects = page.find(snippet, _line_of(text, item.start))
                    if not rects:
                        continue
                    annot = _highlight(rects, FINDING_COLOUR, f"{item.rule} [{item.severity}] {item.message}",
                                       f"claimcheck-finding-{item.fingerprint[:16]}")
                writer.add_annotation(page_number=number - 1, annotation=annot)
        if doc_level and len(pdf.pages):
            first = pdf.pages[0]
            mb = first.mediabox if hasattr(first, "mediabox") else first.bbox
            comment = "claimcheck: missing from this document\n" + "\n".join(
                f"{f.rule} [{f.severity}] {f.message}" for f in doc_level)
            writer.add_annotation(page_number=0, annotation=_note(float(mb[0]) + 6, float(mb[3]) - 6, comment,
                                                                  "claimcheck-document"))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), placed


def _line_of(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:end if end != -1 else len(text)]


__all__ = ["annotate", "COLOURS"]
