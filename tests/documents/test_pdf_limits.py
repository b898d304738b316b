"""PDF decompression bombs and glyph floods are refused with one line; PDFs are sniffed at offset 0.

The PDFs here are written byte by byte (objects, xref, trailer), so a test controls exactly how a
stream is compressed and how much it inflates to.
"""

from __future__ import annotations

import resource
import zlib

import pytest

import claimcheck.documents.pdf_limits as limits
from claimcheck.documents import read_document, sniff_format
from claimcheck.engine import Linter
from claimcheck.errors import InputError

TEXT = b"BT /F1 12 Tf 72 720 Td (CR/CRi was 80.7% with BESPONSA.) Tj ET\n"


def deflate_repeated(head: bytes, filler: bytes, count: int) -> bytes:
    """zlib data of ``head + filler * count``, compressed piece by piece (no big buffer)."""
    c = zlib.compressobj(9)
    out = [c.compress(head)]
    for _ in range(count):
        out.append(c.compress(filler))
    out.append(c.flush())
    return b"".join(out)


def raw_pdf(streams: list[tuple[bytes, bytes]]) -> bytes:
    """A one-page PDF whose page content is ``streams``: (already encoded data, /Filter name)."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        None,  # the page, once the stream object numbers are known
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    refs = []
    for data, filt in streams:
        objs.append(b"<< /Length %d /Filter /%s >>\nstream\n" % (len(data), filt) + data + b"\nendstream")
        refs.append(b"%d 0 R" % len(objs))
    objs[2] = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [" + b" ".join(refs)
        + b"] /Resources << /Font << /F1 4 0 R >> >> >>"
    )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def refused(path, *fragments: str) -> str:
    with pytest.raises(InputError) as err:
        read_document(path)
    message = str(err.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    for fragment in fragments:
        assert fragment in message, message
    return message


def test_a_small_honest_pdf_is_read(tmp_path):
    path = tmp_path / "ok.pdf"
    path.write_bytes(raw_pdf([(zlib.compress(TEXT), b"FlateDecode")]))
    assert read_document(path).text == "CR/CRi was 80.7% with BESPONSA."


def test_flate_bomb_is_refused_at_the_stream_limit_without_inflating_it(tmp_path):
    """300 MiB of spaces behind a 300 KB file: refused at 64 MiB; memory stays far below 300 MiB."""
    path = tmp_path / "bomb.pdf"
    path.write_bytes(raw_pdf([(deflate_repeated(TEXT, b" " * 1048576, 300), b"FlateDecode")]))
    assert path.stat().st_size < 400_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    refused(path, "inflates past 64 MiB", "decompression bomb")
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mib < 200, f"peak memory grew by {grown_mib:.0f} MiB"


def test_many_streams_together_hit_the_document_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_STREAM_BYTES", 1 << 20)
    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", 3 << 20)
    one = deflate_repeated(TEXT, b" " * 65536, 12)  # 768 KiB each: under the stream limit
    path = tmp_path / "many.pdf"
    path.write_bytes(raw_pdf([(one, b"FlateDecode")] * 5))
    refused(path, "in total", "3 MiB")
    path.write_bytes(raw_pdf([(one, b"FlateDecode")] * 3))  # 2.3 MiB: read
    assert "80.7%" in read_document(path).text


def test_runlength_bomb_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_STREAM_BYTES", 1 << 20)
    run = b"\x81 " * 20_000  # each pair inflates to 128 spaces: 2.4 MiB
    path = tmp_path / "rle.pdf"
    literal = bytes([len(TEXT) - 1]) + TEXT  # a literal run of the text itself
    path.write_bytes(raw_pdf([(literal + run + b"\x80", b"RunLengthDecode")]))
    refused(path, "inflates past 1 MiB")
    path.write_bytes(raw_pdf([(literal + b"\x81 " * 100 + b"\x80", b"RunLengthDecode")]))
    assert read_document(path).text == "CR/CRi was 80.7% with BESPONSA."


def test_truncated_flate_stream_is_still_read_as_far_as_it_goes(tmp_path):
    """pdfminer's own fallback for a damaged stream keeps working through the bounded decoder."""
    data = zlib.compress(TEXT * 3)
    path = tmp_path / "cut.pdf"
    path.write_bytes(raw_pdf([(data[:-4], b"FlateDecode")]))  # checksum cut off
    assert "80.7%" in read_document(path).text


def test_a_page_drawing_millions_of_glyphs_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_PAGE_GLYPHS", 5_000)
    flood = b"BT /F1 1 Tf 0 0 Td (" + b"x" * 6_000 + b") Tj ET\n"
    path = tmp_path / "flood.pdf"
    path.write_bytes(raw_pdf([(zlib.compress(TEXT + flood), b"FlateDecode")]))
    refused(path, "more than 5,000 characters")


def test_bomb_is_exit_2_and_other_files_are_still_linted(tmp_path):
    import subprocess
    import sys

    (tmp_path / "bomb.pdf").write_bytes(raw_pdf([(deflate_repeated(TEXT, b" " * 1048576, 100), b"FlateDecode")]))
    (tmp_path / "draft.md").write_text("SC achieved CR/CRi in 29.3% of patients in INO-VATE ALL.\n")
    run = subprocess.run([sys.executable, "-m", "claimcheck", "lint", "--format", "concise", str(tmp_path)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 2
    assert f"{tmp_path / 'bomb.pdf'}: a compressed stream inflates past 64 MiB" in run.stderr
    assert "draft.md:1:" in run.stdout
    assert "Traceback" not in run.stdout + run.stderr


def test_bounds_are_lifted_after_the_read():
    from pdfminer import pdftypes

    assert pdftypes.zlib is zlib


# ------------------------------------------------------------------ sniffing (issue 10, item 9)
@pytest.mark.parametrize(
    "name, data, expected",
    [
        ("notes.txt", b"Export notes\nEvery file starts with %PDF-1.7 and a binary line.\n", "text"),
        ("draft.md", b"# About PDF\n\nThe header `%PDF-1.4` opens the file.\n", "markdown"),
        ("export.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "pdf"),
        ("export.bin", b"\xef\xbb\xbf\r\n%PDF-1.7\n", "pdf"),  # BOM and white space first
        ("mail.bin", b"\x00\x11macbinary\x00\x00\x80" + b"\x00" * 100 + b"%PDF-1.3\n", "pdf"),
        ("brochure.pdf", b"X-Mailer: something\r\n\r\n%PDF-1.5\n", "pdf"),  # a .pdf with a text lead
    ],
)
def test_pdf_is_sniffed_at_offset_zero_or_after_a_binary_lead(name, data, expected):
    assert sniff_format(name, data) == expected


def test_text_file_mentioning_the_pdf_header_is_linted_as_text(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("A PDF opens with %PDF-1.7.\nSC achieved CR/CRi in 29.3% of patients.\n")
    doc = read_document(path)
    assert doc.format == "text" and "29.3%" in doc.text


def test_text_file_mentioning_the_pdf_header_gets_its_findings(tmp_path, reference):
    path = tmp_path / "notes.txt"
    path.write_text("A PDF opens with %PDF-1.7.\nSC achieved CR/CRi in 29.3% of patients in INO-VATE ALL.\n")
    result = Linter(reference).lint_file(str(path))
    assert result.error is None
    assert any(f.rule == "V001" and f.line == 2 for f in result.findings)
