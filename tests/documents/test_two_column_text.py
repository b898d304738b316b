"""Two-column plain text (a layout tool's export): each column read as its own text, lines kept;
plain-text tables stay tables (issue 11)."""

from claimcheck.documents import read_document
from claimcheck.documents.columns import find_column_runs, unfold_columns
from claimcheck.documents.text import read_text

LEFT = [
    "In INO-VATE ALL, CR/CRi was reached by 80.7%",
    "of BESPONSA patients vs 29.4% with standard",
    "chemotherapy (P<0.001).",
    "",
    "Median overall survival was 7.7 months vs",
    "6.2 months (HR 0.75; 97.5% CI 0.57-0.99).",
]
RIGHT = [
    "Hepatotoxicity, including VOD/SOS,",
    "was reported in 14% of patients.",
    "Non-relapse mortality after HSCT was",
    "39% with BESPONSA vs 23% with",
    "chemotherapy.",
    "",
]


def _page(gutter: int, left=LEFT, right=RIGHT, head="Market: EU\n\nKEY RESULTS\n\n") -> str:
    rows = []
    for a, b in zip(left, right):
        rows.append((a.ljust(gutter) + b).rstrip())
    return head + "\n".join(rows) + "\n"


def test_columns_are_read_one_after_the_other_with_their_lines_kept():
    for gutter in (50, 56, 64):
        text = _page(gutter)
        doc = read_text("x.txt", text.encode())
        # a sentence of each column reads whole
        flat = " ".join(doc.text.split())
        assert "CR/CRi was reached by 80.7% of BESPONSA patients vs 29.4% with standard chemotherapy" in flat
        assert "Non-relapse mortality after HSCT was 39% with BESPONSA vs 23% with chemotherapy." in flat
        loc = doc.locate(doc.text.index("39% with"))
        assert (loc.line, loc.column) == (8, gutter + 1)
        loc = doc.locate(doc.text.index("6.2 months"))
        assert (loc.line, loc.column) == (10, 1)


def test_a_wrong_figure_in_either_column_is_found_and_the_correct_page_is_clean(linter, tmp_path):
    def codes(t):
        path = tmp_path / "page.txt"
        path.write_text(t, encoding="utf-8")
        return sorted((f.rule, f.line) for f in linter.lint_document(read_document(path)) if f.rule[0] in "VA")

    text = _page(54)
    assert codes(text) == []
    bad = text.replace("39% with", "45% with")
    assert ("V001", 8) in codes(bad)
    assert ("V001", 5) in codes(text.replace("80.7%", "70.7%"))


def test_plain_text_tables_are_not_columns():
    tables = [
        "                      BESPONSA      Chemotherapy\n"
        "CR/CRi, %             80.7          29.4\n"
        "Median OS, months     7.7           6.2\n"
        "2-year survival, %    22.8          10.0\n",
        "Outcome                           BESPONSA (n=164)        Chemotherapy (n=162)\n"
        "Proceeded to transplant, n (%)    79 (48.2)               35 (21.6)\n"
        "Median overall survival           7.7 months              6.2 months\n"
        "Two-year overall survival rate    22.8%                   10.0%\n",
        "Endpoint                          Result with BESPONSA\n"
        "Complete remission (CR/CRi)       80.7% vs 29.4%\n"
        "Median overall survival           7.7 vs 6.2 months\n"
        "Proceeded to transplant           48.2% vs 21.6%\n",
    ]
    for table in tables:
        assert find_column_runs(table) == []
        assert unfold_columns(table) == (table, [])
        doc = read_text("t.txt", table.encode())
        assert doc.tables and "|" in doc.text


def test_single_column_prose_and_indented_blocks_are_left_alone():
    prose = ("Hepatotoxicity, including hepatic veno-occlusive disease, was reported.  Monitor\n"
             "liver tests before each dose.  Reduce the dose when needed.\n"
             "                        Indented quotation of the label text here,\n"
             "                        which continues on a second line of its own.\n")
    assert find_column_runs(prose) == []
    assert find_column_runs("a    b\n" * 10) == []
