"""O002: a cure held out by the participle of a strapline or a tagline ("a conjugate offering a
cure for relapsed ALL", "Bringing patients a lasting cure", "Delivering the cure they deserve") is
the product's wherever the piece names it (`results.promises`, rules/common.yaml): a strapline
under the product's name names it by its class or not at all, and no result stands after it.
Before, "offering a cure" under a touchscreen's product heading was not read as a cure claim (a
booth touchscreen's home screen). Clean: the cure given by transplant ("HSCT, offering the only
potential cure"), a negation ("not offering a cure"), a finite verb with a subject of its own
("salvage chemotherapy rarely offers a cure": background), a piece that names no product. Markdown,
HTML and plain text with dotted leaders, US and EU. Texts written for this test."""

from __future__ import annotations

import pytest

from rulepack_helpers import read

US_BODY = "BESPONSA induced CR/CRi in 80.7% of patients."


def _codes(linter_for, text, tmp_path, suffix=".md", market="US"):
    path = tmp_path / ("piece" + suffix)
    path.write_text(text, encoding="utf-8")
    return {f.rule for f in linter_for(market).lint_document(read(path))}


FLAGGED = [
    "# BESPONSA (inotuzumab ozogamicin)\n\nA targeted conjugate offering a cure in relapsed disease\n\n## Results\n\n" + US_BODY,
    "# Tagline\n\nBringing your patients a lasting cure.\n\n# Body\n\n" + US_BODY,
    "# Campaign line\n\nDelivering the cure they deserve\n\n# Evidence\n\n" + US_BODY,
    "# Overview\n\nAn anti-CD22 therapy providing a potential cure for adults with relapsed ALL.\n\n" + US_BODY,
]


@pytest.mark.parametrize("text", FLAGGED)
def test_a_cure_held_out_by_a_strapline_is_flagged(linter_for, tmp_path, text):
    assert "O002" in _codes(linter_for, text, tmp_path)


CLEAN = [
    "# Goals\n\nRemission first, then allogeneic HSCT, offering the only potential cure.\n\n" + US_BODY,
    "# Important\n\nA targeted conjugate, not offering a cure but a route to remission.\n\n" + US_BODY,
    "# Background\n\nSalvage chemotherapy rarely offers a cure for adults with relapsed ALL.\n\n" + US_BODY,
    "# Background\n\nNo current therapy offers a cure for every adult.\n\n" + US_BODY,
    "# Goals\n\nTransplant remains the only option offering a cure.\n\n" + US_BODY,
]


@pytest.mark.parametrize("text", CLEAN)
def test_near_miss_wording_is_clean(linter_for, tmp_path, text):
    assert "O002" not in _codes(linter_for, text, tmp_path)


def test_a_strapline_in_a_piece_that_names_no_product_is_not_the_products(linter_for, tmp_path):
    assert "O002" not in _codes(linter_for, "# Relapsed ALL\n\nA new class of therapy offering a cure.\n", tmp_path)


def test_html_home_screen_strapline_eu(linter_for, tmp_path):
    html = ("<html><body><section><h1>BESPONSA<sup>&reg;</sup> (inotuzumab ozogamicin)</h1>"
            "<p class=\"tagline\">An antibody&ndash;drug conjugate offering patients a durable cure</p>"
            "<div><h2>Indication</h2><p>For adults with relapsed or refractory CD22-positive B cell precursor ALL.</p>"
            "</div><p>Touch a tile to explore the data.</p></section>"
            "<section><h2>Remission</h2><p>CR/CRi: 80.7% with BESPONSA vs 29.4% with standard chemotherapy.</p>"
            "</section></body></html>")
    assert "O002" in _codes(linter_for, html, tmp_path, ".html", "EU")
    clean = html.replace("offering patients a durable cure", "for relapsed or refractory disease in adults")
    assert "O002" not in _codes(linter_for, clean, tmp_path, ".html", "EU")


def test_plain_text_dotted_leader_tagline(linter_for, tmp_path):
    text = ("BESPONSA (inotuzumab ozogamicin) - product sheet\n\n"
            "Tagline ........ Holding out a real cure for relapsed ALL\n\n"
            "==============================\nEVIDENCE\n==============================\n\n"
            "Study ........ INO-VATE ALL, an open-label randomised trial.\n"
            "Design ....... Adults in first or second salvage.\n"
            "Comparator ... Investigator's choice of chemotherapy.\n\n" + US_BODY + "\n")
    assert "O002" in _codes(linter_for, text, tmp_path, ".txt")
    assert "O002" not in _codes(linter_for, text.replace("Holding out a real cure for", "Remission first in"),
                                tmp_path, ".txt")
