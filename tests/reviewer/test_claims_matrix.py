"""claimcheck claims --format csv|xlsx: the claims matrix a reviewer sorts and filters."""

from __future__ import annotations

import csv
import io
import json
import zipfile

from conftest import CORPUS, ROOT, run

from claimcheck.report.claims_matrix import COLUMNS, _cell

DRAFTS = [CORPUS / "us-web-efficacy.md", CORPUS / "eu-email-os.md"]


def matrix_json():
    return json.loads(run("claims", "--reference", "reference", "--rules", "rules", "--format", "json",
                          *DRAFTS).stdout)


def test_csv_lists_every_claim_of_every_document(tmp_path):
    out = tmp_path / "claims.csv"
    proc = run("claims", "--reference", "reference", "--rules", "rules", "--format", "csv", "-o", out, *DRAFTS)
    assert proc.returncode == 0, proc.stderr
    raw = out.read_bytes()
    assert raw.startswith("\ufeff".encode()) and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    data = matrix_json()
    assert [d["path"] for d in data["documents"]] == [str(p) for p in DRAFTS]
    assert len(rows) == sum(len(d["claims"]) for d in data["documents"]) > 20
    assert list(rows[0]) == list(COLUMNS)
    bad = next(r for r in rows if r["text"].startswith("29.3%"))
    assert (bad["path"], bad["line"], bad["kind"], bad["endpoint"], bad["arm"], bad["population"]) == (
        str(DRAFTS[0]), "17", "percentage", "cr-cri", "sc", "first-218")
    assert (bad["reference_id"], bad["reference_value"], bad["status"], bad["findings"]) == (
        "ino-vate-all.cr-cri.first-218", "29.4%", "mismatch", "V001")
    assert "Kantarjian" in bad["source"]
    rounded = next(r for r in rows if r["text"] == "18 of 79 (23%)")
    assert (rounded["status"], rounded["reference_value"]) == ("faithful-rounding", "22.8%")
    swapped = [r for r in rows if r["findings"] == "V002"]
    assert {r["text"] for r in swapped} == {"21.6%", "48.2%"} and {r["status"] for r in swapped} == {"mismatch"}


def test_xlsx_reopens_with_openpyxl_and_matches_the_csv(tmp_path):
    import openpyxl

    out = tmp_path / "claims.xlsx"
    proc = run("claims", "--reference", "reference", "--rules", "rules", "--format", "xlsx", "-o", out, *DRAFTS)
    assert proc.returncode == 0, proc.stderr
    with zipfile.ZipFile(out) as z:  # a well-formed package: what Excel checks before a repair prompt
        assert z.testzip() is None
        names = set(z.namelist())
        assert {"[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"} <= names
    wb = openpyxl.load_workbook(out)
    ws = wb["claims"]
    header = [c.value for c in ws[1]]
    assert header == list(COLUMNS)
    rows = [dict(zip(header, (c.value for c in row))) for row in ws.iter_rows(min_row=2)]
    data = matrix_json()
    assert len(rows) == sum(len(d["claims"]) for d in data["documents"])
    bad = next(r for r in rows if str(r["text"]).startswith("29.3%"))
    assert bad["line"] == 17 and isinstance(bad["line"], int) and bad["status"] == "mismatch"
    assert bad["findings"] == "V001" and bad["reference_value"] == "29.4%"
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == ws.dimensions
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_formula_like_text_is_never_a_formula(tmp_path):
    import openpyxl

    assert _cell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert _cell("+1") == "'+1" and _cell("@SUM(A1)") == "'@SUM(A1)" and _cell("-x") == "'-x"
    assert _cell("-0.5") == "-0.5" and _cell(3) == 3 and _cell(None) == ""
    folder = tmp_path / "=cmd"
    folder.mkdir()
    draft = folder / "=SUM(1).md"
    draft.write_text("BESPONSA achieved CR/CRi in 80.7% of patients (first 218 randomized).\n")
    out = tmp_path / "m.xlsx"
    proc = run("claims", "--reference", ROOT / "reference", "--format", "xlsx", "-o", out, "=cmd/=SUM(1).md",
               cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    ws = openpyxl.load_workbook(out).active
    assert ws["A2"].value == "=cmd/=SUM(1).md" and ws["A2"].data_type == "s"
    proc = run("claims", "--reference", ROOT / "reference", "--format", "csv", "=cmd/=SUM(1).md", cwd=tmp_path)
    assert proc.stdout.splitlines()[1].startswith("'=cmd/=SUM(1).md,")


def test_xlsx_needs_a_file_and_bad_input_is_one_line(tmp_path):
    proc = run("claims", "--reference", "reference", "--format", "xlsx", DRAFTS[0])
    assert proc.returncode == 2 and "-o FILE" in proc.stderr
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    good = tmp_path / "ok.md"
    good.write_text("BESPONSA achieved CR/CRi in 80.7% of patients (first 218 randomized).\n")
    out = tmp_path / "m.csv"
    proc = run("claims", "--reference", "reference", "--format", "csv", "-o", out, tmp_path)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "broken.docx" in proc.stderr
    assert "80.7%" in out.read_text(encoding="utf-8-sig")
