"""Two overstatement classes (rules/common.yaml), in Markdown, HTML and plain text, US and EU:

- O005, superiority made universal: "superior to <comparator> on every endpoint", "better across
  all primary and secondary endpoints", "every endpoint favoured", with the comparator spelt out
  at length between the superiority and the universal (the universal-win term reads up to 100
  characters of the sentence), and "proved superior" (the past of "proven superior"). No trial of
  the claims libraries differed on every endpoint, so the universal overstates wherever it stands.
  Clean: a stated comparison on one endpoint with its statistics, a negation ("not every endpoint
  differed", "did not outperform … on every endpoint"), "every endpoint was assessed", subgroups.
- O002, a cure put as what the piece offers, in a slogan or a headline that names no product
  (`results.promises`: "Then reach for a cure", "a path to cure", "your patients' chance at a cure
  starts here"), wherever the piece names the product; and "Before transplant, <product> is
  curative", where the transplant set first is no subject of the cure (`exceptions_void_after`).
  Clean: cure said of transplant ("the only potentially curative option", "which offers a chance of
  cure", "transplant gives patients their best chance at a long-term cure"), "curative-intent
  transplant", a negation ("not a cure", "does not cure"), disease background ("little chance of
  cure", a path to cure in children).
"""

from __future__ import annotations

import pytest

from rulepack_helpers import EU_INDICATION, read

#: what a US piece names before the sentence under test (the product, one result)
US_BODY = "BESPONSA induced CR/CRi in 80.7% of patients."


def _found(linter_for, text, tmp_path, suffix=".md", market="US"):
    path = tmp_path / ("draft" + suffix)
    path.write_text(text, encoding="utf-8")
    return [(f.rule, f.found) for f in linter_for(market).lint_document(read(path)) if f.rule in ("O002", "O005")]


def _codes(linter_for, text, tmp_path, suffix=".md", market="US"):
    return {c for c, _ in _found(linter_for, text, tmp_path, suffix, market)}


# ------------------------------------------------------------------ O005: superiority on every endpoint
EVERY_ENDPOINT = [
    # the comparator named at length between the superiority and the universal
    "In the phase 3 trial, XOSPATA was superior to the investigator's choice of salvage chemotherapy (high or low intensity) on every endpoint.",
    "BESPONSA came out ahead and was superior to standard intensive chemotherapy in every outcome studied.",
    "Gilteritinib outperformed salvage chemotherapy across all primary and secondary endpoints.",
    "BESPONSA was better than the comparator arm on every single measure.",
    "The drug improved results over salvage chemotherapy on all of its endpoints.",
    "XOSPATA beat chemotherapy in every way.",
    # the endpoints said to favour it
    "Every efficacy endpoint favoured BESPONSA over standard chemotherapy.",
    "All endpoints significantly favoured gilteritinib.",
    # proved superior: the past of "proven superior"
    "XOSPATA proved superior to salvage chemotherapy.",
    "BESPONSA has proved to be superior to standard chemotherapy.",
]


@pytest.mark.parametrize("text", EVERY_ENDPOINT)
def test_superiority_on_every_endpoint_is_flagged(linter_for, tmp_path, text):
    assert "O005" in _codes(linter_for, "# Efficacy\n\n" + text + "\n", tmp_path)


EVERY_ENDPOINT_CLEAN = [
    "BESPONSA was superior to standard chemotherapy for CR/CRi (80.7% vs 29.4%; p<0.001).",
    "The CR/CRi rate was higher with BESPONSA than with chemotherapy; not every endpoint differed.",
    "XOSPATA did not outperform salvage chemotherapy on every endpoint.",
    "BESPONSA was not superior to standard chemotherapy on every endpoint: the overall survival primary endpoint was not met.",
    "Not all endpoints favoured BESPONSA.",
    "Every endpoint was assessed in all randomized patients.",
    "Responses were better with BESPONSA in all age groups (Table 3).",
    "Outcomes are listed for each of the endpoints in Table 2, and remission was better with BESPONSA.",
    "It was not proved superior to chemotherapy for overall survival.",
    "Results were consistent across all prespecified subgroups.",
]


@pytest.mark.parametrize("text", EVERY_ENDPOINT_CLEAN)
def test_near_miss_superiority_is_clean(linter_for, tmp_path, text):
    assert "O005" not in _codes(linter_for, "# Efficacy\n\n" + text + "\n", tmp_path)


def test_proved_superior_on_every_measure_is_quoted_whole(linter_for, tmp_path):
    """The settled proof and its universal are one finding, quoted from the first to the last."""
    found = _found(linter_for, "# Efficacy\n\nIn the trial, XOSPATA proved superior to salvage chemotherapy on every measure.\n",
                   tmp_path)
    assert ("O005", "proved superior to salvage chemotherapy on every measure") in found


def test_every_endpoint_in_an_html_sponsored_message(linter_for, tmp_path):
    """A sponsored e-mail's lead-in: the superiority and its universal around a long comparator,
    the list of results after the colon."""
    html = ("<html><body><table><tr><td>"
            "<p><b>XOSPATA (gilteritinib) in relapsed or refractory FLT3-mutated AML</b></p>"
            "<p>In the ADMIRAL trial, XOSPATA was superior to the investigator's preselected salvage "
            "chemotherapy (LoDAC, azacitidine, MEC or FLAG-IDA) on every endpoint:</p>"
            "<ul><li>CR/CRh: 34% vs 15.3%</li></ul></td></tr></table></body></html>")
    assert "O005" in _codes(linter_for, html, tmp_path, ".html")
    clean = html.replace("XOSPATA was superior to", "XOSPATA was compared with").replace(" on every endpoint", "")
    assert "O005" not in _codes(linter_for, clean, tmp_path, ".html")


def test_every_endpoint_in_plain_text_with_dotted_leaders_eu(linter_for, tmp_path):
    text = ("BESPONSA (inotuzumab ozogamicin)\n\n"
            f"{EU_INDICATION}\n\n"
            "Efficacy versus standard chemotherapy ........ superior across all efficacy endpoints\n"
            "CR/CRi ........ 80.7% vs 29.4%\n")
    assert "O005" in _codes(linter_for, text, tmp_path, ".txt", market="EU")
    clean = text.replace("superior across all efficacy endpoints", "see the table below")
    assert "O005" not in _codes(linter_for, clean, tmp_path, ".txt", market="EU")


# ------------------------------------------------------------------ O002: a cure promised by a slogan
PROMISES = [
    # a headline in a section of its own, the product under another label
    "# HEADLINE\n\n## Get to remission. Then go for the cure.\n\n# BODY COPY\n\nBESPONSA for adults with relapsed or refractory ALL.",
    "# HEADLINE\n\n## The gateway to cure\n\n# BODY\n\n" + US_BODY,
    "# HEADLINE\n\n## The cure worth fighting for\n\n# BODY\n\n" + US_BODY,
    # a call to action before the product
    "Give your patients a real chance at a cure.\n\n" + US_BODY,
    "Their road to a lasting cure begins today.\n\n" + US_BODY,
    "A cure is now within reach.\n\n" + US_BODY,
    "One step closer to a cure.\n\n" + US_BODY,
    # a curative way there
    "## A curative path for relapsed ALL\n\n" + US_BODY,
    # the product after the transplant it comes before
    "Before transplant, BESPONSA is curative.",
    "Prior to allogeneic HSCT, BESPONSA is potentially curative.",
    "For transplant-eligible patients, BESPONSA is curative.",
]


@pytest.mark.parametrize("text", PROMISES)
def test_cure_promised_by_a_slogan_is_flagged(linter_for, tmp_path, text):
    assert "O002" in _codes(linter_for, text + "\n", tmp_path)


PROMISES_CLEAN = [
    "# Treatment goals\n\nAllogeneic transplant remains the only potentially curative option for adults with relapsed ALL.\n\n" + US_BODY,
    "# Goals\n\nTreatment aims at remission, with the goal of bringing patients to transplant, which offers a chance of cure.\n\n" + US_BODY,
    "# Goals\n\nTransplant gives patients their best chance at a long-term cure.\n\n" + US_BODY,
    "# Important\n\nBESPONSA is not a cure. It does not cure ALL, and it is not a path to cure.",
    "# Transplant\n\nResponders could proceed to curative-intent transplant.\n\n" + US_BODY,
    "# Background\n\nWithout transplant, adults with relapsed ALL have little chance of cure.\n\n" + US_BODY,
    "# Background\n\nIn childhood ALL, intensive therapy is a path to cure for most.\n\n" + US_BODY,
    "# Transplant\n\nHSCT after BESPONSA is potentially curative for some patients.",
    "# Transplant\n\nBESPONSA: a bridge to transplant, the only curative option.",
    "# FAQ\n\nIs there a path to cure in relapsed ALL?\n\n" + US_BODY,
]


@pytest.mark.parametrize("text", PROMISES_CLEAN)
def test_near_miss_cure_wording_is_clean(linter_for, tmp_path, text):
    assert "O002" not in _codes(linter_for, text + "\n", tmp_path)


def test_a_slogan_in_a_piece_that_names_no_product_is_not_the_products(linter_for, tmp_path):
    """The promise speaks for the piece's product; a piece without one (a disease-awareness page)
    is left to the other rules."""
    assert "O002" not in _codes(linter_for, "# Relapsed ALL\n\nEvery patient deserves a path to cure.\n", tmp_path)


def test_eu_copy_deck_headline(linter_for, tmp_path):
    """An EU journal advertisement's copy deck: the headline under its label, the product under
    the next one (the labels make each its own section)."""
    deck = ("---\nmarket: EU\n---\n# Journal advertisement\n\n## HEADLINE\n### Remission first. Then reach for a cure.\n\n"
            f"## BODY COPY\n\n{EU_INDICATION}\n")
    found = _found(linter_for, deck, tmp_path, market="EU")
    assert ("O002", "cure") in found
    clean = deck.replace("Then reach for a cure.", "Then on to transplant, the only potentially curative option.")
    assert "O002" not in _codes(linter_for, clean, tmp_path, market="EU")


def test_html_and_plain_text_slogans(linter_for, tmp_path):
    html = ("<html><body><h1>Your patients' chance at a cure starts here</h1>"
            f"<p>{US_BODY}</p></body></html>")
    assert "O002" in _codes(linter_for, html, tmp_path, ".html")
    html_clean = html.replace("Your patients' chance at a cure starts here",
                              "Transplant remains the only curative option; remission comes first")
    assert "O002" not in _codes(linter_for, html_clean, tmp_path, ".html")
    text = ("BESPONSA (inotuzumab ozogamicin)\n\n"
            f"{EU_INDICATION}\n\n"
            "TAGLINE ........ A bridge to cure\n")
    assert "O002" in _codes(linter_for, text, tmp_path, ".txt", market="EU")
    assert "O002" not in _codes(linter_for, text.replace("A bridge to cure", "A bridge to transplant, which offers a chance of cure"),
                                tmp_path, ".txt", market="EU")
