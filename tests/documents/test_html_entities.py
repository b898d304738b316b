"""An entity that opens a word stays glued to it (pandoc writes "<0.01%" as "&lt;0.01%")."""

from __future__ import annotations

from claimcheck.documents import read_document
from claimcheck.documents.base import Location


def test_sign_entity_stays_with_its_number(tmp_path):
    path = tmp_path / "mrd.html"
    path.write_text("<html><body><p>MRD negativity meaning &lt;0.01% leukaemic cells; A&amp;B &amp; C</p></body></html>")
    doc = read_document(path)
    assert "meaning    <0.01% leukaemic" in doc.text
    assert "A&    B &     C" in doc.text  # inside or after a word: the character first, as before
    offset = doc.text.index("<0.01%")
    assert doc.locate(offset) == Location(line=1, column=42)  # the entity's last character
    assert path.read_text()[offset - 3 : offset + 1] == "&lt;"
    assert doc.text.index("0.01%") == path.read_text().index("0.01%")  # the number keeps its offset
