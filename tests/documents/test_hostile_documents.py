"""Damaged, encrypted, oversized and hostile files: one clear InputError naming the file."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimcheck.documents as documents
import claimcheck.documents.docx as docx_reader
import claimcheck.documents.pdf as pdf_reader
from claimcheck.documents import read_document
from claimcheck.errors import InputError


def refused(path, *fragments: str) -> InputError:
    with pytest.raises(InputError) as err:
        read_document(path)
    message = str(err.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message
    return err.value


def small_pdf(pdf_builder, tmp_path, name="ok.pdf", pages=1):
    b = pdf_builder()
    for n in range(pages):
        b.page()
        b.text(72, 72, f"CR/CRi 80.7% on page {n + 1}")
    return b.save(tmp_path / name)


# ------------------------------------------------------------------ PDF
def test_encrypted_pdf(tmp_path, pdf_builder):
    b = pdf_builder().page()
    b.text(72, 72, "CR/CRi 80.7%")
    b.pdf.set_encryption(owner_password="owner", user_password="secret")
    refused(b.save(tmp_path / "locked.pdf"), "encrypted PDF", "password")


def test_pdf_encrypted_without_user_password_is_read(tmp_path, pdf_builder):
    b = pdf_builder().page()
    b.text(72, 72, "CR/CRi 80.7%")
    b.pdf.set_encryption(owner_password="owner")
    assert read_document(b.save(tmp_path / "owner-only.pdf")).text == "CR/CRi 80.7%"


def test_truncated_pdf(tmp_path, pdf_builder):
    data = small_pdf(pdf_builder, tmp_path).read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 2])
    refused(path, "corrupt or unreadable PDF")


def test_garbage_after_pdf_header(tmp_path):
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    refused(path, "corrupt or unreadable PDF")


def test_pdf_without_text_layer(tmp_path, pdf_builder):
    b = pdf_builder().page()
    refused(b.save(tmp_path / "scan.pdf"), "no text layer")


def test_pdf_with_too_many_pages(tmp_path, pdf_builder, monkeypatch):
    path = small_pdf(pdf_builder, tmp_path, pages=3)
    monkeypatch.setattr(pdf_reader, "MAX_PDF_PAGES", 2)
    refused(path, "3 pages", "2-page limit")


def test_oversized_file_is_refused_before_reading(tmp_path, pdf_builder, monkeypatch):
    path = small_pdf(pdf_builder, tmp_path)
    monkeypatch.setattr(documents, "MAX_BYTES", 100)
    refused(path, "MiB limit")


def test_pdf_extension_on_text(tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_text("CR/CRi 80.7%", encoding="utf-8")
    refused(path, "not a PDF")


def test_pdf_named_txt_is_read_as_pdf(tmp_path, pdf_builder):
    path = small_pdf(pdf_builder, tmp_path, name="export.txt")
    doc = read_document(path)
    assert doc.format == "pdf" and doc.text == "CR/CRi 80.7% on page 1"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=600))
def test_random_bytes_after_a_pdf_header(tmp_path, data):
    path = tmp_path / "fuzz.pdf"
    path.write_bytes(b"%PDF-1.4\n" + data)
    with pytest.raises(InputError) as err:
        read_document(path)
    assert "\n" not in str(err.value)


# ------------------------------------------------------------------ DOCX
def zip_bytes(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def real_docx_entries() -> dict[str, bytes]:
    d = docx.Document()
    d.add_paragraph("CR/CRi 80.7%")
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def test_zip_bomb_posing_as_docx(tmp_path):
    entries = real_docx_entries()
    entries["word/media/filler.bin"] = b"\0" * (8 * 1024 * 1024)  # inflates ~1000:1
    path = tmp_path / "bomb.docx"
    path.write_bytes(zip_bytes(entries))
    assert path.stat().st_size < 100_000
    refused(path, "word/media/filler.bin", "100:1 limit", "zip bomb")


def test_central_directory_that_understates_a_size(tmp_path):
    """A directory that lies about an entry's size cannot make it inflate past the declared size."""
    import struct

    data = bytearray(zip_bytes(real_docx_entries()))
    i = data.find(b"PK\x01\x02")
    while i != -1:
        name_length = struct.unpack_from("<H", data, i + 28)[0]
        if bytes(data[i + 46 : i + 46 + name_length]) == b"word/document.xml":
            struct.pack_into("<I", data, i + 24, 100)  # central directory: uncompressed size
            local = struct.unpack_from("<I", data, i + 42)[0]
            struct.pack_into("<I", data, local + 22, 100)  # local header: uncompressed size
        i = data.find(b"PK\x01\x02", i + 4)
    path = tmp_path / "liar.docx"
    path.write_bytes(bytes(data))
    refused(path, "corrupt Word document", "CRC")


def test_docx_above_the_total_inflated_limit(tmp_path, monkeypatch):
    path = tmp_path / "large.docx"
    path.write_bytes(zip_bytes(real_docx_entries()))
    monkeypatch.setattr(docx_reader, "MAX_UNCOMPRESSED", 1000)
    refused(path, "MiB limit")


def test_zip_without_document_part(tmp_path):
    path = tmp_path / "archive.docx"
    path.write_bytes(zip_bytes({"readme.txt": b"hello"}))
    refused(path, "without word/document.xml")


def test_docx_with_broken_xml(tmp_path):
    entries = real_docx_entries()
    entries["word/document.xml"] = b"<w:document><w:body><w:p>unclosed"
    path = tmp_path / "broken.docx"
    path.write_bytes(zip_bytes(entries))
    refused(path, "corrupt Word document")


def test_docx_missing_content_types(tmp_path):
    entries = real_docx_entries()
    del entries["[Content_Types].xml"]
    path = tmp_path / "no-types.docx"
    path.write_bytes(zip_bytes(entries))
    refused(path, "corrupt Word document")


def test_word_template_is_not_a_docx(tmp_path):
    entries = real_docx_entries()
    entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(
        b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml"
    )
    path = tmp_path / "letter.dotx"
    path.write_bytes(zip_bytes(entries))
    refused(path, "not a .docx Word document", "template.main+xml")


def test_truncated_docx(tmp_path):
    data = zip_bytes(real_docx_entries())
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    refused(path, "corrupt")


def test_encrypted_or_legacy_word_file(tmp_path):
    path = tmp_path / "protected.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2048)
    refused(path, "encrypted or legacy")


def test_docx_extension_on_text(tmp_path):
    path = tmp_path / "draft.docx"
    path.write_text("CR/CRi 80.7%", encoding="utf-8")
    refused(path, "not a Word document")


# ------------------------------------------------------------------ text formats
def test_missing_file(tmp_path):
    refused(tmp_path / "nowhere.md", "no such file")


def test_binary_file_named_md(tmp_path):
    path = tmp_path / "image.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(200))
    refused(path, "binary file")


def test_every_lintable_suffix_has_a_reader():
    assert documents.lintable_suffixes() == {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".pptx"}
    for reader in documents.READERS:  # plain words named like each format: its reader, or refused
        for suffix in reader.suffixes:
            if reader.misnamed:
                with pytest.raises(InputError, match=re.escape(reader.misnamed)):
                    documents.sniff_format(f"draft{suffix}", b"plain words")
            else:
                assert documents.sniff_format(f"draft{suffix}", b"plain words") == reader.format, suffix
