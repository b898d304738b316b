"""F013: the request to report suspected adverse reactions. A heading that names adverse-event
reporting ("Adverse event reporting", "Reporting side effects") or a pointer to the reporting details asks nothing: left
over no request, the request is missing. Such a heading or pointer also makes the piece one that
promises the request, so F013 asks it of any EU piece that names the topic, not of UK pieces
only; an EU piece that never names adverse-event reporting is still not asked (the approved
Dutch seeds carry none). Texts written for this test; XOSPATA facts of the shipped library."""

from __future__ import annotations

import pytest

from rulepack_helpers import EU_INDICATION

CLAIM = "In ADMIRAL, median overall survival was 9.3 months with XOSPATA and 5.6 months with salvage chemotherapy."
SMPC = "Consult the Summary of Product Characteristics (SmPC) before prescribing XOSPATA."


@pytest.fixture
def linter(full_linter):
    return full_linter


def f013(lint_piece, text, name):
    return lint_piece(text, name=name, rules="F013", market="EU")


def markdown(tail, uk=False):
    who = "For UK healthcare professionals only.\n\n" if uk else ""
    return f"# XOSPATA in relapsed or refractory AML\n\n{who}{CLAIM}\n\n{SMPC}\n\n{tail}\n\nJob code XOS-0042, May 2026\n"


def html(tail, uk=False):
    who = "<p>For UK healthcare professionals only.</p>\n" if uk else ""
    return (f"<html><body><h1>XOSPATA in relapsed or refractory AML</h1>\n{who}<p>{CLAIM}</p>\n<p>{SMPC}</p>\n"
            f"{tail}\n<p>Job code XOS-0042, May 2026</p></body></html>")


def plain(tail, uk=False):
    who = "For UK healthcare professionals only.\n\n" if uk else ""
    return f"XOSPATA IN RELAPSED OR REFRACTORY AML\n\n{who}{CLAIM}\n\n{SMPC}\n\n{tail}\n\nJob code XOS-0042, May 2026\n"


EMPTY_HEADINGS = [
    (markdown, "## Adverse event reporting", "piece.md"),
    (markdown, "### Side-effect reporting", "piece.md"),
    (html, "<h2>Adverse reaction reporting</h2>", "piece.html"),
    (plain, "ADVERSE EVENT REPORTING", "piece.txt"),
    (plain, "Side effect reporting", "piece.txt"),
    # the gerund with its object, as a heading: it names the topic, it asks nothing
    (markdown, "## Reporting side effects", "piece.md"),
    (html, "<h3>Reporting suspected adverse reactions</h3>", "piece.html"),
    (plain, "REPORTING SIDE EFFECTS:", "piece.txt"),
]


@pytest.mark.parametrize("uk", [False, True])
@pytest.mark.parametrize("layout,heading,name", EMPTY_HEADINGS)
def test_a_reporting_heading_over_no_request_is_reported(lint_piece, layout, heading, name, uk):
    assert [f.rule for f in f013(lint_piece, layout(heading, uk), name)] == ["F013"]


@pytest.mark.parametrize("pointer", [
    "Adverse event reporting details are given at the end of this leaflet.",
    "The side effect reporting information is on the back page.",
])
def test_a_pointer_to_the_reporting_details_is_no_request(lint_piece, pointer):
    assert [f.rule for f in f013(lint_piece, markdown(pointer), "piece.md")] == ["F013"]


REQUESTS = [
    "Healthcare professionals are asked to report any suspected adverse reactions via their national reporting system.",
    "Reporting suspected adverse reactions after authorisation is important; please use your national reporting system.",
    "Suspected side effects should be reported to the national competent authority.",
    "Please report adverse events to your national pharmacovigilance centre.",
    # the gerund asks where its line says more than the noun phrase
    "Reporting suspected adverse reactions after authorisation of the medicine is important.",
    "Reporting side effects: use the national reporting system listed in the SmPC.",
    "You can help by reporting side effects through your national system.",
]


@pytest.mark.parametrize("request_", REQUESTS)
@pytest.mark.parametrize("layout,heading,name", EMPTY_HEADINGS)
def test_a_reporting_heading_over_a_request_is_clean(lint_piece, layout, heading, name, request_):
    tail = f"{heading}\n<p>{request_}</p>" if name.endswith(".html") else f"{heading}\n\n{request_}"
    assert f013(lint_piece, layout(tail), name) == []


def test_an_eu_piece_that_never_names_reporting_is_not_asked(lint_piece):
    assert f013(lint_piece, markdown("Date of preparation: May 2026."), "piece.md") == []


def test_a_reported_result_names_no_reporting_topic(lint_piece):
    tail = "The most commonly reported adverse reactions were increased transaminases and anaemia."
    assert f013(lint_piece, markdown(tail), "piece.md") == []
