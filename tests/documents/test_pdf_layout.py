"""Laid-out files as real tools make them (bench/formats: pandoc, LibreOffice; committed fixtures).

The drafts of bench/formats/drafts and corpus/ were converted by bench/formats/convert.sh to DOCX
and HTML (pandoc), a single-column PDF and a two-column leave-behind PDF (A5, 9 pt, justified,
automatic hyphenation, an unruled and a ruled table, a footnote, running header and footer).
These tests read those files: the repaired text, its locations, and the findings, which must be
those of the Markdown draft.
"""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest

from claimcheck.documents import read_document

ROOT = Path(__file__).resolve().parents[2]
FORMATS = ROOT / "bench" / "formats"
OWN = FORMATS / "drafts"
CORPUS = ROOT / "corpus"
LEAVE_BEHIND = FORMATS / "converted" / "pdf-leave-behind"
SINGLE = FORMATS / "converted" / "pdf-single"
CONVERTED = [
    ("html", ".html"), ("docx", ".docx"), ("docx-leave-behind", ".docx"),
    ("pdf-single", ".pdf"), ("pdf-leave-behind", ".pdf"),
]


@pytest.fixture(scope="module")
def leave_behind():
    return read_document(LEAVE_BEHIND / "us-leave-behind-ok.pdf")


def _printed_column(pdf_path: Path, page: int, word: str, occurrence: int = 0,
                    line_has: str = "") -> tuple[int, str]:
    """Independently of the reader: the column where pdfplumber prints ``word`` on ``page``, in the
    visual line (same baseline, same text column) that holds it; the ``occurrence``-th such line
    that contains ``line_has``."""
    with pdfplumber.open(pdf_path) as pdf:
        p = pdf.pages[page - 1]
        words = p.extract_words()
        middle = p.width / 2
        found = []
        for target in (w for w in words if w["text"].startswith(word)):
            left = target["x0"] < middle
            line = sorted((w for w in words if abs(w["bottom"] - target["bottom"]) < 1
                           and (w["x0"] < middle) == left), key=lambda w: w["x0"])
            text = " ".join(w["text"] for w in line)
            if line_has in text:
                before = " ".join(w["text"] for w in line[: line.index(target)])
                found.append(((len(before) + 2 if before else 1), text))
        return found[occurrence]


# ------------------------------------------------------------------ the repaired text
def test_layout_hyphens_are_joined_written_hyphens_kept(leave_behind):
    text = leave_behind.text
    for joined in ("and releases", "investigator\u2019s", "with incomplete", "in pediatric",
                   "is indicated", "Prescribing Information,", "BOXED WARNING.", "treated with BESPONSA"):
        assert joined in text, joined
    for broken in ("re-leases", "investi-gator", "incom-plete", "pe-diatric", "indi-cated", "Infor-mation",
                   "WARN-ING", "BE-SPONSA"):
        assert broken not in text, broken
    for written in ("CD22-positive", "CD22-directed", "antibody-drug", "open-label", "B-cell", "post-HSCT",
                    "non-relapse", "INO-VATE", "VENO-OCCLUSIVE"):
        assert written in text, written


def test_a_joined_word_is_located_where_it_starts(leave_behind):
    doc = leave_behind
    offset = doc.text.index("releases")  # printed "re-" at the end of a line, "leases" below
    loc = doc.locate(offset)
    assert loc.page == 1
    column, printed = _printed_column(LEAVE_BEHIND / "us-leave-behind-ok.pdf", 1, "re-", line_has="and re-")
    assert printed.endswith("and re-")
    assert loc.column == column
    assert doc.locate(doc.text.index("calicheamicin")).line == loc.line + 1


def test_wrapped_bullet_stays_one_item(leave_behind):
    text = leave_behind.text
    # one item, one line of text (the wraps were the column's), the next item on the next line
    assert "\u2022 Complete remission or complete remission with incomplete hematologic recovery" in text
    start = text.index("\u2022 Among patients who")
    item = text[start : text.index("\n", start)]
    assert item.endswith("28.1% (9/32) with SC.")
    # each printed line still located where it was printed
    assert leave_behind.locate(text.index("(9/32) with SC.")).line == leave_behind.locate(text.index("28.1%", start)).line + 1


def test_unruled_table_is_read_by_column_alignment(leave_behind):
    doc = leave_behind
    rows = [
        "Outcome | BESPONSA | Standard chemotherapy",
        "CR/CRi, first 218 randomized | 80.7% (95% CI, 72.1-87.7) | 29.4% (95% CI, 21.0-38.8)",
        "MRD negativity among responders | 78.4% (69/88) | 28.1% (9/32)",
        "Proceeded to HSCT, all randomized | 48.2% (79/164) | 21.6% (35/162)",
    ]
    assert "\n\n".join(rows) in doc.text
    table = next(t for t in doc.tables if t[0][0][1] == "Outcome")
    assert [[cell for _, cell in row] for row in table][1] == [
        "CR/CRi, first 218 randomized", "80.7% (95% CI, 72.1-87.7)", "29.4% (95% CI, 21.0-38.8)"]
    for row in table:
        for start, cell in row:
            assert doc.text.startswith(cell, start)
    # the SC cell was printed on three lines: each part is located on its own line and column
    pdf = LEAVE_BEHIND / "us-leave-behind-ok.pdf"
    first = doc.locate(doc.text.index("29.4% (95% CI, 21.0", doc.text.index("CR/CRi, first 218 randomized |")))
    column, printed = _printed_column(pdf, 1, "29.4%", line_has="80.7% 29.4%")  # not the bullet's 29.4%
    assert first.page == 1 and first.column == column and printed.endswith("80.7% 29.4%")
    rest = doc.locate(doc.text.index("21.0-38.8)", doc.text.index("CR/CRi, first 218 randomized |")))
    assert rest.line == first.line + 2 and rest.page == 1


def test_ruled_table_cut_by_a_column_break_is_one_table_again():
    doc = read_document(LEAVE_BEHIND / "us-leave-behind-defects.pdf")
    text = doc.text
    assert text.count("Adverse reaction | BESPONSA (N=164) | Note") == 1  # the repeated header dropped
    assert "Febrile neutropenia | 43/164 (26%) | monitor for infection" in text
    febrile, rest = doc.locate(text.index("Febrile")), doc.locate(text.index("(26%)"))
    assert febrile.page == rest.page == 2 and rest.line > febrile.line  # printed in two places


def test_running_header_footer_and_footnote_leave_the_flow_and_stay_located(leave_behind):
    doc = leave_behind
    text = doc.text
    assert text.startswith("BESPONSA\u00ae (inotuzumab ozogamicin)")
    assert text.count("For US healthcare professionals only") == 1  # printed on both pages
    assert text.count("PP-INO-USA-0421") == 1
    flow_end = text.index("2019;125:2474-2487.")
    note = text.index("MRD negativity was assessed by flow cytometry")
    assert note > flow_end
    assert doc.locate(note).page == 1
    column, printed = _printed_column(LEAVE_BEHIND / "us-leave-behind-ok.pdf", 1, "MRD",
                                      line_has="MRD negativity was assessed")
    assert doc.locate(note).column == column == 1


def test_sentence_across_a_page_break_is_rejoined(leave_behind):
    doc = leave_behind
    text = doc.text
    # one line of text again (the engine reads a newline as a clause end), each half on its page
    assert "with BESPONSA is 2 cycles. A third cycle may be considered" in text
    assert doc.locate(text.index("third cycle")).page == 2
    assert doc.locate(text.index("2 cycles. A")).page == 1


def test_single_column_pdf_reads_like_its_draft():
    doc = read_document(SINGLE / "us-leave-behind-ok.pdf")
    assert "PP-INO" not in doc.text  # no job code in this layout
    assert "with BESPONSA is 2 cycles. A third cycle may be considered" in doc.text
    assert "Outcome | BESPONSA | Standard chemotherapy" in doc.text


# ------------------------------------------------------------------ findings as in Markdown
def _drafts():
    own = sorted(OWN.glob("*.md"))
    corpus = sorted(p for p in CORPUS.glob("*.md") if p.name != "README.md")
    return [(d, FORMATS / "converted") for d in own] + [(d, FORMATS / "converted-corpus") for d in corpus]


def _market(md: Path) -> str:
    m = re.search(r"^market:\s*([A-Za-z]+)", md.read_text(encoding="utf-8"), re.M)
    return m.group(1).upper() if m else "US"


@pytest.fixture(scope="module")
def linters(reference):
    from claimcheck.engine import Linter
    from claimcheck.rulepacks import load_rulepacks

    packs = load_rulepacks([ROOT / "rules"], reference)
    return {m: Linter(reference, market=m, rulepacks=packs) for m in ("US", "EU")}


def _keys(linter, path: Path) -> set[tuple[str, str | None]]:
    findings = linter.lint_document(read_document(path))
    return {(f.rule, f.found) for f in findings if f.severity in ("error", "warning")}


@pytest.mark.parametrize("draft, folder", _drafts(), ids=lambda v: v.stem if isinstance(v, Path) and v.suffix else "")
def test_every_format_finds_what_markdown_finds(draft, folder, linters):
    """No extra error or warning in any converted format, and every Markdown finding kept (the
    same rule on the same value, or another rule on that value: a footnote read in context)."""
    linter = linters[_market(draft)]
    expected = _keys(linter, draft)
    values = {v for _, v in expected if v is not None}
    for sub, suffix in CONVERTED:
        path = folder / sub / (draft.stem + suffix)
        got = _keys(linter, path)
        got_values = {v for _, v in got if v is not None}
        extra = {k for k in got - expected if k[1] is None or k[1] not in values}
        lost = {k for k in expected - got if k[1] is None or k[1] not in got_values}
        assert not extra, f"{path.relative_to(ROOT)}: extra {sorted(extra, key=str)}"
        assert not lost, f"{path.relative_to(ROOT)}: lost {sorted(lost, key=str)}"


def test_defects_are_found_at_their_page_and_line(linters):
    path = LEAVE_BEHIND / "us-leave-behind-defects.pdf"
    findings = linters["US"].lint_document(read_document(path))
    wrong = next(f for f in findings if f.rule == "V001" and f.found and "29.3" in f.found)
    column, printed = _printed_column(path, 1, "29.3%")
    assert (wrong.page, wrong.column) == (1, column)
    assert printed == "SPONSA vs 29.3% (95% CI,"  # "BE-" ends the line above: the word is joined there
    # the footnote's claim is checked and reported in the footnote, on page 1
    note = [f for f in findings if f.found and "7.9" in f.found]
    assert note and all(f.page == 1 for f in note)
    column, printed = _printed_column(path, 1, "7.9")
    assert note[0].column == column and "median OS was 7.9 months with BE-" in printed
    # the truncated indication (it lacks CD22-positive) on page 2, where it is printed
    indication = next(f for f in findings if f.rule == "I001" and f.line)
    assert indication.page == 2


# ------------------------------------------------------------------ any layout: no crash, exact maps
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_TOKENS = ["BESPONSA", "CR/CRi", "80.7%", "(95%", "CI,", "re-", "leases", "CD22-", "positive",
           "Page", "1", "the", "of", "29.4%", "with", "SC.", "chemo-", "therapy", "PP-INO-0421", "-", "a"]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(
    st.tuples(st.integers(0, 2), st.integers(20, 500), st.integers(20, 800), st.sampled_from([6, 7, 9, 10, 12]),
              st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=6)),
    min_size=1, max_size=60))
def test_any_layout_reads_with_exact_maps(tmp_path, pdf_builder, placed):
    b = pdf_builder()
    pages = 1 + max(p for p, *_ in placed)
    for n in range(pages):
        b.page()
        for p, x, y, size, tokens in placed:
            if p == n:
                b.text(x, y, " ".join(tokens), size=size)
    doc = read_document(b.save(tmp_path / "any.pdf"))
    starts = [s.start for s in doc.segments]
    assert starts == sorted(starts)
    for seg in doc.segments:
        assert 0 <= seg.start <= seg.end <= len(doc.text) and seg.page is not None and seg.line >= 1
    for table in doc.tables:
        for row in table:
            for start, cell in row:
                assert doc.text.startswith(cell, start)
    for offset in range(0, len(doc.text), 7):
        loc = doc.locate(offset)
        assert loc.line >= 1 and loc.column >= 1 and 1 <= loc.page <= pages
