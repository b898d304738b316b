"""The text's own arithmetic in drafts written as prose, bullets, tables, plain-text notes and HTML
(task ar12): arm sizes that do not add up to the total stated with them (A007, at the sizes), an n/N
whose stated percentage it does not give even where the library disagrees too (A001 beside V001),
and a stated difference that is not the difference of its two rates, also written as a journal's
label "difference, X% (95% CI ...)" (A004). Near-misses: sizes of different populations, a difference
the library records (a rounding of the unrounded rates), a correct labelled difference in "%"."""

from __future__ import annotations

import pytest

BESP = "BESPONSA (inotuzumab ozogamicin) in INO-VATE ALL.\n\n"
XOSP = "XOSPATA (gilteritinib) in ADMIRAL.\n\n"


def _wrap(ext, head, body):
    if ext == "html":
        return "<html><body><p>" + head.strip() + "</p><p>" + body.strip().replace("\n", "</p><p>") + "</p></body></html>"
    return head + body


def _rules(lint_piece, ext, head, body, rules):
    return sorted({f.rule for f in lint_piece(_wrap(ext, head, body), f"piece.{ext}", rules=rules)})


EXTS = ("md", "txt", "html")

# ---------------------------------------------------------------- 1. arm sizes against their total

SIZES_BAD = [
    (BESP, "Of the 326 patients randomised, 166 received BESPONSA and 162 received chemotherapy.\n"),
    (BESP, "In INO-VATE ALL, 326 patients were randomized. 166 were assigned to BESPONSA, 162 to investigator's choice of chemotherapy.\n"),
    (XOSP, "In ADMIRAL, 371 adults were randomized 2:1 (n=247 and n=126) to XOSPATA or salvage chemotherapy.\n"),
]
SIZES_BAD_LINE = [  # (body, line of the sizes counted from the body's first line)
    ("326 patients were randomized.\n166 were assigned to BESPONSA and 162 to chemotherapy.\n", 1),
    ("- 326 patients randomized\n- 166 assigned to BESPONSA\n- 162 assigned to chemotherapy\n", 1),
    ("A total of 218 patients (109 per arm) were included in the primary CR analysis; 109 received BESPONSA "
     "and 110 received chemotherapy.\n", 0),
    ("326 patients were randomized. 166 were assigned to BESPONSA. 162 were assigned to chemotherapy.\n", 0),
]
SIZES_GOOD = [
    (BESP, "Of the 326 patients randomised, 164 received BESPONSA and 162 received chemotherapy.\n"),
    (BESP, "The ITT population comprised 326 patients; the primary CR analysis used the first 218 randomised (109 per arm).\n"),
    (BESP, "Of 326 patients randomized, the safety population (n=164 and n=143) received at least one dose.\n"),
    (XOSP, "In ADMIRAL, 371 adults were randomized 2:1 (n=247 and n=124) to XOSPATA or salvage chemotherapy.\n"),
    (BESP, "326 patients were randomized.\n- 164 assigned to BESPONSA\n- 162 assigned to chemotherapy\n"),
    (BESP, "326 patients were randomized. The first 218 (109 BESPONSA, 109 chemotherapy) were analysed for CR.\n"),
]


@pytest.mark.parametrize("ext", EXTS)
@pytest.mark.parametrize("head, body", SIZES_BAD)
def test_arm_sizes_off_their_total(lint_piece, ext, head, body):
    assert _rules(lint_piece, ext, head, body, ("A007",)) == ["A007"]


@pytest.mark.parametrize("body, line", SIZES_BAD_LINE)
def test_arm_sizes_off_their_total_at_their_line(lint_piece, body, line):
    found = lint_piece(BESP + body, "piece.md", rules=("A007",))
    assert [f.rule for f in found] == ["A007"]
    assert found[0].line == BESP.count("\n") + 1 + line


@pytest.mark.parametrize("ext", EXTS)
@pytest.mark.parametrize("head, body", SIZES_GOOD)
def test_arm_sizes_near_misses(lint_piece, ext, head, body):
    assert _rules(lint_piece, ext, head, body, ("A007",)) == []


# ---------------------------------------------------------------- 2. n/N against its own percentage

FRACTIONS_BAD = [
    (XOSP, "Patients reached CR in 49 of 247 patients (21.8%) with XOSPATA.\n"),
    (XOSP, "- CR with salvage chemotherapy: 14/124 (13.1%)\n"),
    (XOSP, "Of 247 patients, 52 (19.8%) reached CR with XOSPATA.\n"),
    (BESP, "CR/CRi was achieved in 80.7% of BESPONSA patients (85/109).\n"),
]
FRACTIONS_GOOD = [
    (XOSP, "Patients reached CR in 49 of 247 patients (19.8%) with XOSPATA.\n"),
    (XOSP, "- CR with salvage chemotherapy: 14/124 (11.3%)\n"),
    (BESP, "CR/CRi was achieved in 80.7% of BESPONSA patients (88/109).\n"),
]


@pytest.mark.parametrize("ext", EXTS)
@pytest.mark.parametrize("head, body", FRACTIONS_BAD)
def test_fraction_off_its_percentage(lint_piece, ext, head, body):
    assert "A001" in _rules(lint_piece, ext, head, body, ("A001", "V001"))


@pytest.mark.parametrize("ext", EXTS)
@pytest.mark.parametrize("head, body", FRACTIONS_GOOD)
def test_fraction_near_misses(lint_piece, ext, head, body):
    assert _rules(lint_piece, ext, head, body, ("A001",)) == []


def test_fraction_in_pipe_table_with_library_mismatch(lint_piece):
    body = "| CR | XOSPATA | Salvage chemotherapy |\n|---|---|---|\n| n/N (%) | 49/247 (21.8%) | 14/124 (11.3%) |\n"
    assert "A001" in _rules(lint_piece, "md", XOSP, body, ("A001",))


# ---------------------------------------------------------------- 3. a stated difference

DIFF_BAD = [
    "CR/CRh 34.0% vs 15.3% - an absolute difference of 16.8 percentage points.\n",
    "CR/CRh 34.0% vs 15.3%\nAn absolute difference of 16.8 percentage points favouring XOSPATA.\n",
    "CR/CRh with XOSPATA was 34.0% vs 15.3% with salvage chemotherapy - a 16.8-point advantage.\n",
    "CR/CRh was 34.0% with XOSPATA vs 15.3% with salvage chemotherapy (difference, 16.8% [95% CI 9.8-27.4]).\n",
    "- CR/CRh: 34.0% vs 15.3% (difference: 16.8%; 95% CI 9.8-27.4)\n",
]
DIFF_GOOD = [
    "CR/CRh 34.0% vs 15.3% - an absolute difference of 18.6 percentage points.\n",
    "CR/CRh was 34.0% with XOSPATA vs 15.3% with salvage chemotherapy (difference, 18.6% [95% CI 9.8-27.4]).\n",
    "- CR/CRh: 34.0% vs 15.3% (difference: 18.7%; 95% CI 9.8-27.4)\n",
]


@pytest.mark.parametrize("ext", EXTS)
@pytest.mark.parametrize("body", DIFF_BAD)
def test_difference_off_its_rates(lint_piece, ext, body):
    assert _rules(lint_piece, ext, XOSP, body, ("A004",)) == ["A004"]


@pytest.mark.parametrize("ext", EXTS)
@pytest.mark.parametrize("body", DIFF_GOOD)
def test_difference_near_misses(lint_piece, ext, body):
    assert _rules(lint_piece, ext, XOSP, body, ("A004",)) == []


def test_labelled_difference_besponsa(lint_piece):
    bad = "CR/CRi 80.7% vs 29.4% (difference, 53.3% [95% CI 40.8-65.8]).\n"
    good = "CR/CRi 80.7% vs 29.4% (difference, 51.3% [95% CI 41.9-60.2]).\n"
    assert _rules(lint_piece, "txt", BESP, bad, ("A004",)) == ["A004"]
    assert _rules(lint_piece, "txt", BESP, good, ("A004",)) == []


@pytest.mark.parametrize("ext", ("md", "html"))
def test_count_with_percent_under_a_column_header_n(lint_piece, ext):
    rows = [("Outcome", "XOSPATA (N=247)", "Salvage chemotherapy (N=124)"), ("CR, n (%)", "{a}", "14 (11.3%)")]
    if ext == "md":
        table = "\n".join("| " + " | ".join(r) + " |" for r in rows[:1]) + "\n|---|---|---|\n| " + " | ".join(rows[1]) + " |\n"
    else:
        table = ("<table><tr>" + "".join(f"<th>{c}</th>" for c in rows[0]) + "</tr><tr>"
                 + "".join(f"<td>{c}</td>" for c in rows[1]) + "</tr></table>")
    def run(a):
        body = table.replace("{a}", a)
        text = XOSP + body if ext == "md" else "<html><body><p>" + XOSP.strip() + "</p>" + body + "</body></html>"
        return sorted({f.rule for f in lint_piece(text, f"piece.{ext}", rules=("A001", "A006"))})
    assert run("49 (21.8%)") != []
    assert run("49 (19.8%)") == []
