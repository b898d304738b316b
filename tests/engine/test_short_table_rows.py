"""A table row with fewer cells than its header ends early: HTML and GitHub-flavoured Markdown
leave its last cells out, so its cells are read from the left (the first value cell is the first
arm's). Before, a short row was aligned from the right and the product's figure read as the
comparator's, so an invented figure in it passed without U001."""

from __future__ import annotations

import pytest


HTML = """<html><body>
<p>XOSPATA (gilteritinib) in relapsed or refractory FLT3-mutated AML: the ADMIRAL trial.</p>
<table>
<tr><th>Endpoint</th><th>XOSPATA (n=247)</th><th>Chemotherapy (n=124)</th><th>Notes</th></tr>
<tr><td>CR/CRh</td><td>34.0%</td><td>15.3%</td><td>two-sided P value</td></tr>
<tr><td>{label}</td><td>{value}</td><td></td></tr>
</table>
</body></html>
"""

MD = """XOSPATA (gilteritinib) in relapsed or refractory FLT3-mutated AML: the ADMIRAL trial.

| Endpoint | XOSPATA | Chemotherapy | Notes |
|---|---|---|---|
| CR/CRh | 34.0% | 15.3% | |
| {label} | {value} | |
"""


@pytest.mark.parametrize("page, name", [(HTML, "t.html"), (MD, "t.md")])
def test_a_short_rows_value_is_the_first_arms(lint_piece, page, name):
    text = page.format(label="Days in hospital, median", value="13 days")
    found = {(f.rule, f.line) for f in lint_piece(text, name, rules="U001")}
    assert found, "an invented hospital-days figure in the product's column is unsupported"
    assert not lint_piece(page.format(label="CR/CRh", value="34.0%"), name, rules=("U001", "V001", "V002"))
