"""Which endpoint a figure is about decides between a wrong value (V001) and an unsupported figure
(U001): the library holds an entry for the figure's endpoint, population and arm and the value
differs (V001), or it holds no entry for what the figure is about (U001).

1. An endpoint's name written with a word that makes it another endpoint (data/outcomes.yaml
   ``endpoint_kind_words``: "composite", "cumulative", "post-transplant", "leukaemia-free", or a
   time counted from an event named right after it, "survival after transplant") is that other
   endpoint: where no entry of the endpoint holds the word, the figure is U001, never V001 against
   the plain endpoint's entry -- however near its value, and not as the comparator's figure of a
   pair whose other value happens to agree with the plain entry (matching.Matcher._another_endpoint).
   The same word held by an entry ("post-transplant OS at 2 years") or by the endpoint's own name
   ("complete remission with full or partial haematological recovery") leaves a wrong value V001.
2. An endpoint named as who was counted after the measured one ("MRD negativity in CR/CRi",
   "... among those in CR/CRi", "... in patients with CR/CRi") does not take the figure: the first
   endpoint is measured (context._measured), so a pair whose first value is that entry's product
   figure has its second value judged as the entry's comparator figure (V001 when it differs).

Sentences written for this test (facts from the shipped claims libraries), in Markdown tables,
HTML and plain text with dotted leaders.
"""

from __future__ import annotations

import pytest

RULES = {"V001", "V002", "U001"}

BES = "Inotuzumab ozogamicin (BESPONSA) for adults with relapsed or refractory B-cell ALL.\n\n"
XOS = "XOSPATA (gilteritinib) for adults with relapsed or refractory FLT3-mutated AML.\n\n"
XOS_TABLE = XOS + "| Response | XOSPATA | Salvage chemotherapy |\n|---|---|---|\n"
BES_TABLE = BES + "| Outcome | BESPONSA | Standard chemotherapy |\n|---|---|---|\n"


def _findings(lint_piece, body: str, name: str = "piece.md"):
    return [(f.rule, f.line, f.found, f.expected, f.message) for f in lint_piece(body + "\n", name, rules=RULES)]


def _html(*paragraphs: str) -> str:
    return "<html><body>\n" + "\n".join(f"<p>{p}</p>" for p in paragraphs) + "\n</body></html>"


# ---- 1. a word bound to the endpoint's name makes it another endpoint, which no entry holds
@pytest.mark.parametrize("body,name,figure", [
    # a Markdown row whose label names a composite of the held remission endpoint
    (XOS_TABLE + "| Composite CR rate | 47.2% | 19.6% |", "piece.md", "47.2%"),
    # a dotted-leader row of a cumulative rate
    (XOS + "Cumulative complete remission, XOSPATA ........ 29.9%", "piece.txt", "29.9%"),
    # an HTML sentence of survival counted from the transplant
    (_html("Inotuzumab ozogamicin (BESPONSA) for adults with relapsed or refractory B-cell ALL.",
           "Median post-HSCT survival for patients given BESPONSA was 13.4 months."), "piece.html", "13.4 months"),
    # ... the same counted from an event named after the endpoint's name
    (BES + "Median overall survival after allogeneic transplant was 10.2 months with BESPONSA.", "piece.md",
     "10.2 months"),
    # another survival endpoint than the one held (a "-free" survival)
    (BES + "Leukaemia-free survival with BESPONSA ........ 5.3 months", "piece.txt", "5.3 months"),
    # a near miss of the plain endpoint's figure is still another endpoint's figure
    (XOS + "Composite complete remission: 21.3% with XOSPATA.", "piece.md", "21.3%"),
])
def test_a_kind_of_the_endpoint_no_entry_holds_is_unsupported(lint_piece, body, name, figure):
    got = _findings(lint_piece, body, name)
    assert [g[0] for g in got] == ["U001"] and got[0][2] == figure, got
    assert "another endpoint than" in got[0][4], got


def test_the_comparator_figure_agreeing_with_the_plain_entry_does_not_make_a_pair(lint_piece):
    # 10.5% is the comparator's complete-remission rate: it does not make 22.4% a wrong copy of 21.1%
    got = _findings(lint_piece, XOS_TABLE + "| Composite remission (CR + CRh + CRi) | 22.4% | 10.5% |")
    assert "V001" not in [g[0] for g in got], got
    assert [g[:3] for g in got] == [("U001", 5, "22.4%")], got


@pytest.mark.parametrize("body,name,found,expected", [
    # the plain endpoint, its value wrong: still the held entry's mismatch
    (XOS_TABLE + "| Complete remission (CR) | 25.6% | 10.5% |", "piece.md", "25.6%", "21.1%"),
    (BES + "Median overall survival with BESPONSA ........ 8.4 months", "piece.txt", "8.4 months", "7.7 months"),
    # the kind word held by an entry's own words (survival after transplant at 2 years)
    (BES + "- Two-year post-transplant OS with BESPONSA: 46%", "piece.md", "46%", "51%"),
    # a kind word inside the endpoint's own name ("partial" of the CR/CRh endpoint)
    (XOS_TABLE + "| Complete remission with full or partial haematological recovery | 36.0% | 15.3% |",
     "piece.md", "36.0%", "34.0%"),
    # a "-free" survival the library does hold for the product
    (_html("XOSPATA (gilteritinib) for adults with relapsed or refractory FLT3-mutated AML.",
           "Median event-free survival with XOSPATA was 3.8 months."), "piece.html", "3.8 months", "2.8 months"),
])
def test_a_wrong_value_of_a_held_endpoint_stays_a_mismatch(lint_piece, body, name, found, expected):
    got = _findings(lint_piece, body, name)
    assert [(g[0], g[2], g[3]) for g in got] == [("V001", found, expected)], got


@pytest.mark.parametrize("body,name", [
    (BES + "- Two-year post-transplant OS with BESPONSA: 51%", "piece.md"),
    (XOS_TABLE + "| Complete remission (CR) | 21.1% | 10.5% |", "piece.md"),
])
def test_the_held_figures_pass(lint_piece, body, name):
    assert _findings(lint_piece, body, name) == []


# ---- 2. an endpoint named as who was counted: the measured endpoint is the one before it
@pytest.mark.parametrize("body,name,found,line", [
    # a dotted-leader row under a row whose comparator is named at its end
    (BES + "KEY RESULTS\n  CR/CRi, first 218 ........... 80.7% vs 29.4% (chemotherapy)\n"
           "  MRD negativity in CR/CRi ..... 78.4% vs 33.1%", "piece.txt", "33.1%", 5),
    # a Markdown row whose label says who was counted after the endpoint
    (BES_TABLE + "| MRD negativity in CR/CRi | 78.4% | 18.1% |", "piece.md", "18.1%", 5),
    (BES_TABLE + "| MRD negativity among those in CR/CRi | 78.4% | 18.1% |", "piece.md", "18.1%", 5),
    # HTML sentences naming the responders after the endpoint
    (_html("Inotuzumab ozogamicin (BESPONSA) for adults with relapsed or refractory B-cell ALL.",
           "MRD negativity in CR/CRi was 78.4% with BESPONSA and 38.1% with standard chemotherapy."),
     "piece.html", "38.1%", 3),
    (_html("Inotuzumab ozogamicin (BESPONSA) for adults with relapsed or refractory B-cell ALL.",
           "MRD negativity in CR/CRi: 78.4% vs 31.8%."), "piece.html", "31.8%", 3),
    (_html("Inotuzumab ozogamicin (BESPONSA) for adults with relapsed or refractory B-cell ALL.",
           "MRD negativity in patients with CR/CRi was 78.4% with BESPONSA and 38.1% with standard chemotherapy."),
     "piece.html", "38.1%", 3),
])
def test_the_second_value_of_the_measured_endpoint_is_its_comparator_figure(lint_piece, body, name, found, line):
    got = _findings(lint_piece, body, name)
    assert [g[:4] for g in got] == [("V001", line, found, "28.1%")], got


@pytest.mark.parametrize("body,name", [
    (BES + "KEY RESULTS\n  CR/CRi, first 218 ........... 80.7% vs 29.4% (chemotherapy)\n"
           "  MRD negativity in CR/CRi ..... 78.4% vs 28.1%", "piece.txt"),
    (BES_TABLE + "| MRD negativity in CR/CRi | 78.4% | 28.1% |", "piece.md"),
    (BES_TABLE + "| MRD negativity among those in CR/CRi | 78.4% | 28.1% |", "piece.md"),
    (_html("Inotuzumab ozogamicin (BESPONSA) for adults with relapsed or refractory B-cell ALL.",
           "MRD negativity in CR/CRi: 78.4% vs 28.1%."), "piece.html"),
    (_html("Inotuzumab ozogamicin (BESPONSA) for adults with relapsed or refractory B-cell ALL.",
           "MRD negativity in patients with CR/CRi was 78.4% with BESPONSA and 28.1% with standard chemotherapy."),
     "piece.html"),
])
def test_the_measured_endpoints_figures_pass(lint_piece, body, name):
    assert _findings(lint_piece, body, name) == []


def test_a_lone_wrong_figure_is_judged_against_the_measured_endpoint(lint_piece):
    # 74.4% is near the MRD-negativity figure (78.4%), not a remission rate of those in CR/CRi
    got = _findings(lint_piece, BES + "MRD negativity in CR/CRi with BESPONSA ........ 74.4%", "piece.txt")
    assert [(g[0], g[2], g[3]) for g in got] == [("V001", "74.4%", "78.4%")], got
