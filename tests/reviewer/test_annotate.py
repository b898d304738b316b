"""claimcheck annotate: a copy of the PDF with a highlight and a comment on each claim, at the
claim's characters; reopened with pdfplumber (a second library: the copy is written by pypdf)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from conftest import run

LINES = [
    "BESPONSA efficacy in INO-VATE ALL",
    "",
    "CR/CRi was achieved by 80.7% of patients with BESPONSA versus 29.3% with",
    "standard chemotherapy (P<0.001) in the first 218 randomized patients.",
    "Median overall survival was 7.7 months with BESPONSA vs 6.2 months with SC.",
    "BESPONSA is safe for every patient.",
]


def build_pdf(path: Path) -> Path:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(595, 842))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for i, line in enumerate(LINES):
        pdf.text(72, 72 + 16 * i, line)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    # the same claim text twice on one page: each highlight goes on its own occurrence
    pdf.text(72, 100, "Remission: 80.7% with BESPONSA (first 218 randomized).")
    pdf.text(300, 300, "Again, 80.7% with BESPONSA in CR/CRi.")
    pdf.output(str(path))
    return path


def words(pdf_path: Path, page: int, text: str) -> list[dict]:
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        return [w for w in pdf.pages[page - 1].extract_words() if w["text"] == text]


def nm(annot: dict) -> str:
    value = annot["data"].get("NM", b"")
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def annots(pdf_path: Path) -> list[tuple[int, dict]]:
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        return [(p.page_number, a) for p in pdf.pages for a in p.annots]


@pytest.fixture(scope="module")
def annotated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("annotate")
    draft = build_pdf(folder / "draft.pdf")
    before = hashlib.sha256(draft.read_bytes()).hexdigest()
    out = folder / "draft.reviewed.pdf"
    proc = run("annotate", "--reference", "reference", "--rules", "rules", "--market", "US", draft, "-o", out)
    claims = json.loads(run("claims", "--reference", "reference", "--rules", "rules", "--market", "US",
                            "--format", "json", draft).stdout)["claims"]
    return draft, before, out, proc, claims


def test_original_untouched_and_one_highlight_per_claim(annotated):
    draft, before, out, proc, claims = annotated
    assert proc.returncode == 0, proc.stderr
    assert hashlib.sha256(draft.read_bytes()).hexdigest() == before
    assert annots(draft) == []
    found = annots(out)
    highlights = [(p, a) for p, a in found if a["data"]["Subtype"].name == "Highlight"
                  and nm(a).startswith("claimcheck-claim-")]
    assert len(highlights) == len(claims) == 8
    assert f"{len(claims)} of {len(claims)} claims annotated" in proc.stderr
    # "safe" (O001, on no claim) has a highlight of its own; the missing boxed warning a note on page 1
    safe = [a for p, a in found if nm(a).startswith("claimcheck-finding-")]
    assert len(safe) == 1 and safe[0]["contents"].startswith("O001 [error]")
    notes = [(p, a) for p, a in found if a["data"]["Subtype"].name == "Text"]
    assert len(notes) == 1 and notes[0][0] == 1 and "B001" in notes[0][1]["contents"]


def test_highlights_sit_on_the_claim_characters(annotated):
    draft, _, out, _, _ = annotated
    found = annots(out)

    def at(page: int, word: dict, last: dict | None = None) -> dict:
        """The one annotation from ``word`` to ``last`` (default: the word itself), to half a point."""
        last = last or word
        hits = [a for p, a in found if p == page and abs(a["x0"] - word["x0"]) < 0.5 and abs(a["top"] - word["top"]) < 0.5]
        assert len(hits) == 1, (word, [(p, a["x0"], a["top"]) for p, a in found])
        a = hits[0]
        assert abs(a["x1"] - last["x1"]) < 0.5 and abs(a["bottom"] - last["bottom"]) < 0.5
        return a

    mismatch = at(1, words(draft, 1, "29.3%")[0])
    assert mismatch["contents"].startswith("claimcheck: mismatch (percentage 29.3%)")
    assert "V001 [error]" in mismatch["contents"] and "29.4%" in mismatch["contents"]
    assert mismatch["data"]["C"] == [1.0, 0.45, 0.45]
    good = at(1, words(draft, 1, "80.7%")[0])
    assert good["contents"].splitlines() == [
        "claimcheck: consistent (percentage 80.7%)", "matches ino-vate-all.cr-cri.first-218: 80.7%",
        "source: Kantarjian HM et al. N Engl J Med 2016;375:740-753, primary remission analysis"]
    # QuadPoints cover the same characters (what viewers paint)
    q = [float(v) for v in good["data"]["QuadPoints"]]
    assert abs(q[0] - good["x0"]) < 0.01 and abs(q[2] - good["x1"]) < 0.01
    # a claim over two words ("7.7 months"), and the same text twice on page 2, each highlighted once
    median = at(1, words(draft, 1, "7.7")[0], words(draft, 1, "months")[0])
    assert "F001 [error]" in median["contents"]
    twice = words(draft, 2, "80.7%")
    assert len(twice) == 2
    for w in twice:
        at(2, w)


def test_a_pdf_it_cannot_annotate_gets_one_line_and_exit_2(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer <<>>\n%%EOF\n")
    out = tmp_path / "out.pdf"
    proc = run("annotate", "--reference", "reference", bad, "-o", out)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and str(bad) in proc.stderr
    assert not out.exists()
    md = tmp_path / "draft.md"
    md.write_text("BESPONSA achieved CR/CRi in 80.7% of patients.\n")
    proc = run("annotate", "--reference", "reference", md, "-o", out)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "not a PDF" in proc.stderr
    assert not out.exists()
    proc = run("annotate", "--reference", "reference", tmp_path / "missing.pdf", "-o", out)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "missing.pdf" in proc.stderr


def test_never_overwrites_the_original(tmp_path):
    draft = build_pdf(tmp_path / "draft.pdf")
    before = draft.read_bytes()
    proc = run("annotate", "--reference", "reference", draft, "-o", draft)
    assert proc.returncode == 2 and "original is never modified" in proc.stderr
    assert draft.read_bytes() == before
