"""A huge plain-text file is linted in sections (engine.SECTION_BYTES): a section carries the
product context of the text before it. A section that starts inside a piece about a product
named only in the section before reads that piece's figures against that product's entries,
as the whole file does, even where the section itself names only another product."""

from claimcheck import engine

XOSPATA_INTRO = ("XOSPATA (gilteritinib) was compared with salvage chemotherapy in adults with relapsed or "
                 "refractory FLT3-mutated acute myeloid leukemia.\n\n")
FILLER = "This paragraph introduces the material and holds no figure at all.\n\n"
XOSPATA_FIGURES = "Median overall survival was {value} months.\n\n"
BESPONSA_PIECE = ("BESPONSA (inotuzumab ozogamicin) was compared with standard chemotherapy in INO-VATE ALL.\n\n"
                  "Median overall survival was 7.7 months vs 6.2 months; the OS primary endpoint was not met.\n\n")


HEAD = XOSPATA_INTRO + FILLER * 40


def _write(tmp_path, value) -> str:
    path = tmp_path / "export.txt"
    path.write_text(HEAD + XOSPATA_FIGURES.format(value=value) + BESPONSA_PIECE, encoding="utf-8")
    return str(path)


def _lint_in_sections(linter, tmp_path, monkeypatch, value):
    head = HEAD
    path = _write(tmp_path, value)
    # sections of about the head's size: the second starts at the XOSPATA figures
    monkeypatch.setattr(engine, "SECTION_BYTES", len(head.encode()) + 40)
    result = linter.lint_file(path)
    assert result.notice and "sections" in result.notice
    return result, head.count("\n")


def test_the_figures_after_a_section_break_keep_their_product(full_linter, tmp_path, monkeypatch):
    result, before = _lint_in_sections(full_linter, tmp_path, monkeypatch, "9.3")
    per_claim = [(f.rule, f.line, f.message) for f in result.findings if f.rule[0] in "VUA"]
    assert per_claim == []


def test_a_wrong_figure_after_the_break_is_read_against_its_own_product(full_linter, tmp_path, monkeypatch):
    """Read against the products named so far: the figure is flagged, its closest entry the
    overall survival of the product named in the section before (read against the other product's
    library only, it was silently dropped)."""
    result, before = _lint_in_sections(full_linter, tmp_path, monkeypatch, "9.9")
    flagged = [f for f in result.findings if f.rule[0] in "VU"]
    assert [f.line for f in flagged] == [before + 1] and "XOSPATA" in flagged[0].message and "9.3" in flagged[0].message

