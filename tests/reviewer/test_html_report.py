"""The HTML report as a file: self-contained, escaped, complete (claims, findings, manifest)."""

from __future__ import annotations

import hashlib
import json
import re
from html import unescape
from html.parser import HTMLParser

from conftest import C001, CORPUS, HOSTILE_DRAFT, ROOT, run

from claimcheck.review import STATUSES


class _Collect(HTMLParser):
    """Every start tag with its attributes, and the text inside <script> elements."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def parse(html: str) -> _Collect:
    p = _Collect()
    p.feed(html)
    return p


def test_report_is_self_contained_and_escapes_a_hostile_draft(tmp_path):
    draft = tmp_path / "hostile.txt"
    draft.write_text(HOSTILE_DRAFT)
    out = tmp_path / "report.html"
    proc = run("lint", "--reference", "reference", "--rules", "rules", "--format", "html", "-o", out, draft)
    assert proc.returncode == 1, proc.stderr
    html = out.read_text(encoding="utf-8")
    doc = parse(html)
    # one script, the report's own; the draft's <script>, <img>, <style> and link are text
    assert [t for t, _ in doc.tags].count("script") == 1
    assert not any(t in ("img", "a", "iframe", "link", "object", "embed") for t, _ in doc.tags)
    assert [t for t, _ in doc.tags].count("style") == 2  # the report's CSS and the filter sheet
    assert "&lt;script&gt;window.__claimcheck_pwned = 1;" in html
    assert "&lt;img src=x onerror=&quot;window.__claimcheck_pwned = 2&quot;&gt;" in html
    assert "&amp; &quot;quoted&quot; &#x27;single&#x27;" in html
    # nothing fetched from anywhere: no URL in any attribute, no @import or url() in the CSS
    for tag, attrs in doc.tags:
        for name, value in attrs.items():
            assert not re.search(r"(?i)\b(?:https?:|//|javascript:)", value or ""), (tag, name, value)
    assert "@import" not in html and "url(" not in html
    # the Content-Security-Policy names the one script by its hash
    csp = next(a["content"] for t, a in doc.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    script = doc.scripts[0]
    digest = __import__("base64").b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp and "default-src 'none'" in csp


def test_every_claim_is_marked_with_its_status_and_findings_sit_beside_it(tmp_path):
    draft = CORPUS / "us-web-efficacy.md"
    out = tmp_path / "r.html"
    run("lint", "--reference", "reference", "--rules", "rules", "--format", "html", "-o", out, draft)
    html = out.read_text(encoding="utf-8")
    claims = json.loads(run("claims", "--reference", "reference", "--rules", "rules", "--format", "json",
                            draft).stdout)["claims"]
    marks = re.findall(r'<mark class="c s-([a-z-]+)" id="c0-\d+" data-status="\1"[^>]*>([^<]*)</mark>', html)
    assert len(marks) == len(claims) > 5
    assert [" ".join(unescape(t).split()) for _, t in marks] == [c["text"] for c in claims]
    assert [s for s, _ in marks] == [c["status"] for c in claims]
    # 29.3% (the SC CR/CRi transcription error): a mismatch, its V001 card right after its line,
    # with expected, found, the entry and its source
    i = html.index('data-status="mismatch"')
    assert html[i:].split("</mark>", 1)[0].endswith("29.3% (95% CI, 21.0-38.8)")
    card = html[i:].split('<div class="cards">', 1)[1].split("</div></div>", 1)[0]
    assert 'data-rule="V001"' in card and 'data-sev="error"' in card
    assert "<dt>expected</dt><dd>29.4%</dd>" in card and "<dt>found</dt><dd>29.3%</dd>" in card
    assert "ino-vate-all.cr-cri.first-218" in card and "Kantarjian" in card


def test_document_level_findings_at_the_top_name_what_is_missing(tmp_path):
    out = tmp_path / "r.html"
    draft = tmp_path / "bare.md"
    draft.write_text("# Remission\n\nBESPONSA achieved CR/CRi in 80.7% of patients (first 218 randomized).\n")
    run("lint", "--reference", "reference", "--rules", "rules", "--market", "US", "--format", "html", "-o", out, draft)
    html = out.read_text(encoding="utf-8")
    top = html.split('<div class="doclevel">', 1)[1].split('<div class="text">', 1)[0]
    assert "Missing from this document" in top
    assert 'data-rule="B001"' in top and "<dt>missing</dt><dd>hepatotoxicity" in top
    assert 'data-rule="I001"' in top and 'data-rule="F003"' in top
    # and they are not repeated in the text
    assert 'data-rule="B001"' not in html.split('<div class="text">', 1)[1]


def test_suppressed_findings_apart_with_reasons_summary_filters_and_manifest(tmp_path):
    draft = tmp_path / "suppressed.md"
    draft.write_text("Market: US\n\n<!-- claimcheck: ignore[V001] reason=\"approved wording, MLR-1234\" -->\n"
                     "SC achieved CR/CRi in 29.3% of patients (first 218 randomized).\n\n"
                     "BESPONSA achieved CR/CRi in 80.7% of patients (first 218 randomized).\n")
    out = tmp_path / "r.html"
    run("lint", "--reference", "reference", "--rules", "rules", "--format", "html", "-o", out, draft)
    html = out.read_text(encoding="utf-8")
    text_part, suppressed = html.split('<div class="suppressed">', 1)
    assert 'data-rule="V001"' not in text_part.split('<div class="text">', 1)[1]
    assert "Suppressed findings (1)" in suppressed and 'data-rule="V001"' in suppressed
    assert "approved wording, MLR-1234" in suppressed and 'class="f sup"' in suppressed
    # summary per document and for the run
    summary = html.split('class="meta doc-summary">', 1)[1].split("</div>", 1)[0]
    # the suppressed V001 hides the finding, not the fact: the claim is still shown as a mismatch
    assert summary.startswith("market US; markdown; 2 claims (1 consistent, 0 faithful rounding, 1 mismatch, "
                              "0 unsupported, 0 unconfirmable)"), summary
    assert summary.endswith("; 1 suppressed"), summary
    assert '<span>1 suppressed</span>' in html
    for status in STATUSES:
        assert f'class="s-{status}"' in html
    # filters by severity, category and rule
    assert 'name="sev" value="error"' in html and 'name="cat" value="boxed-warning"' in html
    assert 'name="rule" value="B001"' in html
    # manifest: version, every library and rule file with its SHA-256
    footer = html.split('<footer id="manifest">', 1)[1]
    import claimcheck

    assert f"claimcheck {claimcheck.__version__}" in footer
    for folder in ("reference", "rules"):
        for f in sorted((ROOT / folder).glob("*.yaml")):
            assert hashlib.sha256(f.read_bytes()).hexdigest() in footer, f
    assert "option fail_on" in footer


def test_html_output_by_extension_and_to_stdout(tmp_path):
    out = tmp_path / "report.htm"
    proc = run("lint", "--reference", "reference", "-o", out, C001 / "bad" / "email.md")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    proc = run("lint", "--reference", "reference", "--format", "html", C001 / "bad" / "email.md")
    assert proc.stdout.startswith("<!DOCTYPE html>") and proc.stdout.rstrip().endswith("</html>")


def test_unreadable_file_is_listed_and_the_others_still_shown(tmp_path):
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really")
    (tmp_path / "ok.md").write_text("BESPONSA achieved CR/CRi in 80.7% of patients (first 218 randomized).\n")
    out = tmp_path / "r.html"
    proc = run("lint", "--reference", "reference", "--format", "html", "-o", out, tmp_path)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "broken.pdf" in proc.stderr
    html = out.read_text(encoding="utf-8")
    assert "Not linted" in html and "broken.pdf" in html and "s-consistent" in html


def test_a_report_built_without_claims_still_lists_the_findings(reference):
    """A library user who lints without keep_claims still gets every finding, escaped."""
    from claimcheck.engine import Linter
    from claimcheck.report import Report, render

    result = Linter(reference).lint_file(str(C001 / "bad" / "leave-behind.md"))
    assert result.claims is None and result.text is None
    html = render("html", Report([result], "0.0.0", {}, []))
    assert html.count('class="f nav"') == len(result.findings) > 0
    assert '<div class="text">' not in html and "U001" in html


def test_a_pdf_shows_its_pages_and_page_locations(tmp_path):
    from test_annotate import build_pdf

    draft = build_pdf(tmp_path / "draft.pdf")
    out = tmp_path / "r.html"
    run("lint", "--reference", "reference", "--rules", "rules", "--market", "US", "--format", "html", "-o", out, draft)
    html = out.read_text(encoding="utf-8")
    text = html.split('<div class="text">', 1)[1]
    assert text.startswith('<div class="page" data-page="1">page 1</div>')
    page2 = text.index('<div class="page" data-page="2">page 2</div>')
    # the V001 card (page 1) before the page 2 marker, the repeated 80.7% claims after it
    assert text.index('data-rule="V001"') < page2 < text.index("Remission: ")
    assert 'class="loc">page 1, line 2, column 63<' in html
