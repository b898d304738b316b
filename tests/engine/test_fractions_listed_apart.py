"""A001 for n/N listed apart from their percentages, paired in order: in a bracket after the rates
("80.7% vs 29.4% (88/109 vs 32/119)", "(88 of 109 and 32 of 119 patients)"), in the next clause closed
by "respectively", and a table row of n/N under the row of its rates, column by column (dot leaders,
pipe tables, HTML). Correct text, n/N listed in another order that gives the rates, and rows of
events stay clean."""

from __future__ import annotations

import pytest

from claimcheck.documents import read_document

HEAD = "# BESPONSA in relapsed or refractory ALL\n\nIn the phase 3 INO-VATE ALL study of BESPONSA:\n\n"
EU = "---\nmarket: EU\n---\n\n" + HEAD


def _a001(linter, tmp_path, text: str, ext: str = "md", head: str = HEAD):
    path = tmp_path / f"p.{ext}"
    path.write_text(head + text + "\n", encoding="utf-8")
    return [f for f in linter.lint_document(read_document(path)) if f.rule == "A001"]


PROSE = [
    "CR/CRi was {a} versus {b} ({f1} and {f2}, respectively).",
    "CR/CRi rates were {a} and {b} ({f1o} and {f2o} patients).",
    "Remission (CR/CRi) was reached by {a} and {b} of patients; {f1} and {f2}, respectively.",
    "CR/CRi: {a} vs {b} (n = {f1} vs {f2}; P<0.001).",
    "CR/CRi was {a} with BESPONSA versus {b} with chemotherapy ({f1} vs {f2}).",
    "CR/CRi {a} vs. {b} ({f1} vs. {f2}).",
]


def _fill(form, eu, f2):
    a, b = ("80,7 %", "29,4 %") if eu else ("80.7%", "29.4%")
    n2, d2 = f2
    return form.format(a=a, b=b, f1="88/109", f2=f"{n2}/{d2}", f1o="88 of 109", f2o=f"{n2} of {d2}")


@pytest.mark.parametrize("eu", [False, True], ids=["us", "eu"])
@pytest.mark.parametrize("form", PROSE)
def test_prose_lists(full_linter, tmp_path, form, eu):
    head = EU if eu else HEAD
    assert len(_a001(full_linter, tmp_path, _fill(form, eu, (32, 119)), head=head)) >= 1
    assert _a001(full_linter, tmp_path, _fill(form, eu, (32, 109)), head=head) == []


ROWS = [
    "CR/CRi ........ {a} ........ {b}\nn/N ........... 88/109 ........ {f2}",
    "CR/CRi ........ {a} (72.1–87.7) ........ {b} (21.0–38.8)\nResponders, n/N ........... 88/109 ........ {f2}",
    "| | BESPONSA | Chemotherapy |\n|---|---|---|\n| CR/CRi | {a} | {b} |\n| n/N | 88/109 | {f2} |",
    "| Outcome | BESPONSA | Chemotherapy |\n|---|---|---|\n| CR/CRi, % | {a} | {b} |\n| Patients, n/N | 88/109 | {f2} |",
]


@pytest.mark.parametrize("form", ROWS)
def test_table_rows(full_linter, tmp_path, form):
    bad = form.format(a="80.7%", b="29.4%", f2="32/119")
    good = form.format(a="80.7%", b="29.4%", f2="32/109")
    assert len(_a001(full_linter, tmp_path, bad)) == 1
    assert _a001(full_linter, tmp_path, good) == []


def test_html_table_rows(full_linter, tmp_path):
    page = ("<html><body><h1>BESPONSA</h1><p>In the phase 3 INO-VATE ALL study of BESPONSA:</p><table>"
            "<tr><th></th><th>BESPONSA</th><th>Chemotherapy</th></tr>"
            "<tr><td>CR/CRi</td><td>80.7%</td><td>29.4%</td></tr>"
            "<tr><td>n/N</td><td>88/109</td><td>{f2}</td></tr></table></body></html>")
    assert len(_a001(full_linter, tmp_path, page.format(f2="32/119"), ext="html", head="")) == 1
    assert _a001(full_linter, tmp_path, page.format(f2="32/109"), ext="html", head="") == []


@pytest.mark.parametrize("text", [
    # a row of events, not the rates' counts
    "CR/CRi ........ 80.7% ........ 29.4%\nEvents ........... 88/119 ........ 32/119",
    # the n/N listed in the other order still give the two rates
    "CR/CRi rates were 80.7% and 29.4% (32 of 109 and 88 of 109 patients).",
])
def test_not_judged(full_linter, tmp_path, text):
    assert _a001(full_linter, tmp_path, text) == []
