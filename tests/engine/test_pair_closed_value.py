"""A value that closes a comparison opens no other (matching.match_pairs).

"… 2-year survival was 20.6% vs 14.2%, and 49 of 247 (19.8%) on the product and 14 of 124 (11.3%) on
chemotherapy lived at least 2 years": the 14.2% is the 20.6%'s partner. Read as the 19.8%'s partner
too (two arms named, "and" between), it made the correct 19.8% a wrong copy of the 2-year rate's
product arm (a false V001). A changed figure in either comparison is still found.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.engine import Linter
from claimcheck.reference import load_reference
from claimcheck.rulepacks import load_rulepacks

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def linter():
    ref = load_reference([ROOT / "reference"])
    return Linter(ref, market="US", rulepacks=load_rulepacks([ROOT / "rules"], ref))


LAYOUTS = {
    "wrapped.md": ("## Longer follow-up\n\nThe estimated 2-year survival rate was 20.6% vs 14.2%, and 49 of 247 "
                   "patients (19.8%) on XOSPATA\nand 14 of 124 (11.3%) on salvage chemotherapy were alive at "
                   "least 2 years after randomisation.\n"),
    "late-endpoint.txt": ("LONGER FOLLOW-UP\n\nKaplan-Meier 2-year survival: 20.6% versus 14.2%, and 49/247 "
                          "(19.8%) with XOSPATA\nand 14/124 (11.3%) with chemotherapy survived 2 years or more.\n"),
    "page.html": ("<html><body><h2>Two years on</h2><p>Projected survival at 2 years reached 20.6% vs 14.2%, "
                  "and 49 of 247 patients (19.8%) receiving XOSPATA<br>and 14 of 124 (11.3%) receiving "
                  "chemotherapy lived at least two years.</p></body></html>\n"),
}


def _values(linter, tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = linter.lint_file(str(path))
    assert result.error is None, result.error
    return {f.rule: f for f in result.findings if f.rule in ("V001", "V002", "A001")}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_the_next_clauses_figure_is_no_partner_of_the_closed_pair(linter, tmp_path, name):
    assert _values(linter, tmp_path, name, LAYOUTS[name]) == {}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize("old, new", [("14.2%", "16.2%"), ("(19.8%)", "(21.8%)")])
def test_a_changed_figure_in_either_comparison_is_still_found(linter, tmp_path, name, old, new):
    text = LAYOUTS[name].replace(old, new, 1)
    assert text != LAYOUTS[name]
    assert _values(linter, tmp_path, name, text), "the changed figure passed"
