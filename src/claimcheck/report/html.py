"""HTML report: one self-contained file a reviewer opens from disk (``--format html``).

What it shows, per document: the text as it reads, every claim highlighted in the colour of its
review status (``claimcheck.review``: consistent, faithful rounding, mismatch, unsupported,
unconfirmable), each finding beside its place (rule, severity, message, expected and found, the
reference entry and its source), the findings about what the document lacks at its top, and its
suppressed findings apart with their reasons. Above: the run's summary and filters by severity,
category and rule; below: the run manifest (tool version, SHA-256 of every claims-library and
rule file, market, options). Keys ``j``/``n`` and ``k``/``p`` step from finding to finding.

Self-contained and inert: inline CSS and one inline script, no network, no font, no image. Every
string from a document, the claims library or a rule pack is HTML-escaped, and a
Content-Security-Policy lets only the report's own script run (by its SHA-256), so a draft
holding ``<script>`` shows it as text and could not run it even if escaping failed.

Fast with many documents: filters toggle one generated stylesheet (no walk over the findings),
and all markup is written here, so the browser parses once and the script builds nothing.

The reporter decides nothing: claims, statuses and the link of each finding to its claim come
from ``FileResult.claims`` (:mod:`claimcheck.review`); which findings are document-level from
:func:`claimcheck.review.is_document_level`.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from html import escape
from typing import Iterator

from ..findings import SEVERITIES, Finding
from ..review import MATCH_NOTES, STATUSES, is_document_level
from . import Report
from .escape import html_text

STATUS_LABELS = {
    "consistent": "consistent",
    "faithful-rounding": "faithful rounding",
    "mismatch": "mismatch",
    "unsupported": "unsupported",
    "unconfirmable": "unconfirmable",
}

_CSS = """
:root{--consistent:#c8ecc9;--faithful-rounding:#dff2b6;--mismatch:#ffc4c4;--unsupported:#ffdca8;
--unconfirmable:#e3dcf5;--error:#b3261e;--warning:#9a5b00;--info:#3d5a80;--line:#d8d8d8}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#1d1d1f;background:#f6f6f4}
header.run{background:#fff;border-bottom:1px solid var(--line);padding:8px 16px}
header.run h1{font-size:17px;margin:0 8px 4px 0;display:inline-block}
.totals span{margin-right:12px;white-space:nowrap}
.filters{display:flex;flex-wrap:wrap;gap:4px 18px;margin-top:4px;font-size:13px}
.filters fieldset{border:0;padding:0;margin:0}
.filters legend{font-weight:600;float:left;margin-right:6px}
.filters label{margin-right:8px;white-space:nowrap}
.keys{font-size:12px;color:#555}
main{padding:8px 16px 24px}
nav.docs{font-size:13px;margin:6px 0 10px}
nav.docs a{margin-right:10px}
section.doc{background:#fff;border:1px solid var(--line);border-radius:6px;margin:14px 0;padding:10px 14px}
section.doc h2{font-size:15px;margin:0 0 4px;word-break:break-all}
.meta{font-size:12px;color:#555}
.doclevel{margin:8px 0;border-left:4px solid var(--error);padding-left:8px}
.doclevel h3,.suppressed h3{font-size:13px;margin:4px 0}
.text{white-space:pre-wrap;font:13px/1.6 ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;
word-wrap:break-word;margin-top:8px;border-top:1px solid var(--line);padding-top:8px}
mark.c{border-radius:3px;padding:0 1px;color:inherit;border-bottom:2px solid transparent;cursor:pointer}
mark.s-consistent{background:var(--consistent)}
mark.s-faithful-rounding{background:var(--faithful-rounding)}
mark.s-mismatch{background:var(--mismatch);border-bottom-color:#b3261e}
mark.s-unsupported{background:var(--unsupported);border-bottom-color:#9a5b00}
mark.s-unconfirmable{background:var(--unconfirmable)}
span.fm{text-decoration:underline wavy #b3261e;text-underline-offset:3px}
.cards{display:block;margin:2px 0 6px 24px;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;white-space:normal}
.f{display:block;border:1px solid var(--line);border-left:4px solid var(--info);border-radius:4px;background:#fcfcfc;
padding:4px 8px;margin:3px 0;font-size:13px;line-height:1.4}
.f[data-sev=error]{border-left-color:var(--error)}
.f[data-sev=warning]{border-left-color:var(--warning)}
.f.cur{outline:3px solid #1a73e8;outline-offset:1px}
mark.c.cur,span.fm.cur{outline:2px solid #1a73e8}
.f .code{font-weight:700}
.f .sev{font-size:11px;text-transform:uppercase;font-weight:700;margin:0 4px}
.f[data-sev=error] .sev{color:var(--error)}.f[data-sev=warning] .sev{color:var(--warning)}.f[data-sev=info] .sev{color:var(--info)}
.f .cat,.f .loc{color:#555;font-size:12px}
.f dl{margin:2px 0 0;display:grid;grid-template-columns:max-content 1fr;gap:0 8px;font-size:12px}
.f dt{color:#555}.f dd{margin:0}
.suppressed{margin-top:10px;border-top:1px dashed var(--line);padding-top:4px}
.suppressed .f{opacity:.8;border-left-color:#888}
.page{display:block;margin:10px 0 4px;border-top:1px dashed #999;color:#666;font:11px system-ui,sans-serif;padding-top:2px}
.legend span{display:inline-block;padding:0 6px;border-radius:3px;margin-right:6px;font-size:12px}
.errors{color:var(--error)}
footer{font-size:12px;color:#444;padding:10px 16px 30px;border-top:1px solid var(--line);background:#fff}
footer table{border-collapse:collapse}footer td,footer th{text-align:left;padding:1px 10px 1px 0;vertical-align:top}
footer code{word-break:break-all}
.none{color:#555;font-style:italic}
"""

# The one script. Filters rewrite one stylesheet; j/n and k/p move between visible findings.
_JS = """
(function(){
var style=document.getElementById('filter-style');
var boxes=document.querySelectorAll('.filters input[type=checkbox]');
function esc(v){return (window.CSS&&CSS.escape)?CSS.escape(v):v.replace(/[^A-Za-z0-9_-]/g,'');}
function apply(){
  var rules=[];
  for(var i=0;i<boxes.length;i++){var b=boxes[i];
    if(!b.checked){rules.push('.f[data-'+b.name+'="'+esc(b.value)+'"]{display:none}');}}
  style.textContent=rules.join('\\n');
  var c=document.querySelector('.f.cur');
  if(c&&c.offsetParent===null){clear();}
  count();
}
for(var i=0;i<boxes.length;i++){boxes[i].addEventListener('change',apply);}
function visible(){
  var all=document.querySelectorAll('.f.nav'),out=[];
  for(var i=0;i<all.length;i++){if(all[i].offsetParent!==null){out.push(all[i]);}}
  return out;
}
var status=document.getElementById('nav-status');
function count(){var v=visible();var c=document.querySelector('.f.cur');
  var i=c?v.indexOf(c):-1;
  status.textContent=(i>=0?('finding '+(i+1)+' of '+v.length):(v.length+' findings shown'));}
function clear(){var old=document.querySelectorAll('.cur');for(var i=0;i<old.length;i++){old[i].classList.remove('cur');}}
function go(step){
  var v=visible();if(!v.length){return;}
  var c=document.querySelector('.f.cur');var i=c?v.indexOf(c):-1;
  i=(i<0)?(step>0?0:v.length-1):Math.min(v.length-1,Math.max(0,i+step));
  select(v[i]);
}
function select(f){
  clear();f.classList.add('cur');
  var at=f.getAttribute('data-at');if(at){var m=document.getElementById(at);if(m){m.classList.add('cur');}}
  f.focus({preventScroll:true});f.scrollIntoView({block:'center'});count();
}
document.addEventListener('keydown',function(e){
  if(e.ctrlKey||e.metaKey||e.altKey){return;}
  var t=e.target&&e.target.tagName;
  if((t==='INPUT'&&e.target.type!=='checkbox')||t==='TEXTAREA'||t==='SELECT'){return;}
  if(e.key==='j'||e.key==='n'){go(1);e.preventDefault();}
  else if(e.key==='k'||e.key==='p'){go(-1);e.preventDefault();}
});
document.addEventListener('click',function(e){
  var m=e.target.closest&&e.target.closest('mark.c,span.fm');if(!m){return;}
  var ids=(m.getAttribute('data-f')||'').split(' ');
  for(var i=0;i<ids.length;i++){var f=ids[i]&&document.getElementById(ids[i]);
    if(f&&f.offsetParent!==null){select(f);return;}}
});
count();
})();
"""

_SCRIPT_HASH = base64.b64encode(hashlib.sha256(_JS.encode("utf-8")).digest()).decode("ascii")

#: only the report's own script runs; nothing is fetched from anywhere
_CSP = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{_SCRIPT_HASH}'; base-uri 'none'; form-action 'none'"


def _e(value) -> str:
    return escape(html_text("" if value is None else str(value)), quote=True)


#: three or more blank lines (front matter, comments and markup a reader blanked) show as one
_BLANKS = re.compile(r"\n[ \t]*(?:\n[ \t]*){2,}\n")
_LEADING = re.compile(r"^(?:[ \t]*\n)+")


def _prose(text: str, first: bool = False) -> str:
    """Text between marks, escaped; long runs of blank lines show as one, and none opens the text."""
    text = _BLANKS.sub("\n\n", text)
    return _e(_LEADING.sub("", text) if first else text)


def iter_html(report: Report) -> Iterator[str]:
    results = report.results
    findings = [f for r in results for f in r.findings]
    active = [f for f in findings if not f.suppressed]
    claims = [c for r in results for c in (r.claims or [])]
    statuses = Counter(c.status for c in claims)
    severities = Counter(f.severity for f in active)
    categories = sorted({f.category for f in findings})
    rules = sorted({(f.rule, f.name) for f in findings})
    yield (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
           f'<meta http-equiv="Content-Security-Policy" content="{_e(_CSP)}">\n'
           f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
           f'<meta name="generator" content="claimcheck {_e(report.tool_version)}">\n'
           f'<title>claimcheck report: {len(results)} document{"s" if len(results) != 1 else ""}</title>\n'
           f'<style>{_CSS}</style>\n<style id="filter-style"></style>\n</head>\n<body>\n')
    # ---- run summary, legend and filters
    yield '<header class="run">\n<h1>claimcheck report</h1>'
    yield (f'<span class="totals" id="run-summary"><span>{len(results)} document{"s" if len(results) != 1 else ""}</span>'
           f'<span>{len(claims)} claims</span>'
           + "".join(f'<span class="n-{s}">{severities.get(s, 0)} {s}</span>' for s in reversed(SEVERITIES))
           + f'<span>{len(findings) - len(active)} suppressed</span>'
           + (f'<span class="errors">{len(report.errors)} not linted</span>' if report.errors else "")
           + '</span>\n')
    yield ('<div class="legend" id="legend">'
           + "".join(f'<span class="s-{s}" style="background:var(--{s})">{STATUS_LABELS[s]}: {statuses.get(s, 0)}</span>'
                     for s in STATUSES) + '</div>\n')
    yield '<div class="filters">'
    yield _fieldset("Severity", "sev", [(s, s) for s in reversed(SEVERITIES)])
    yield _fieldset("Category", "cat", [(c, c) for c in categories])
    yield _fieldset("Rule", "rule", [(code, f"{code} {name}") for code, name in rules])
    yield ('<span class="keys">keys: <kbd>j</kbd>/<kbd>n</kbd> next finding, <kbd>k</kbd>/<kbd>p</kbd> previous; '
           'click a claim for its finding &middot; <span id="nav-status"></span></span>')
    yield '</div>\n</header>\n<main>\n'
    if len(results) > 1:
        yield '<nav class="docs">' + "".join(
            f'<a href="#doc-{i}">{_e(r.path)} ({sum(1 for f in r.findings if not f.suppressed)})</a>'
            for i, r in enumerate(results)) + '</nav>\n'
    if report.errors:
        yield '<section class="errors" id="errors"><h2>Not linted</h2><ul>' + "".join(
            f"<li>{_e(e)}</li>" for e in report.errors) + "</ul></section>\n"
    if not results:
        yield '<p class="none">No document was linted.</p>\n'
    for i, result in enumerate(results):
        yield _document(i, result)
    yield "</main>\n"
    yield _manifest(report)
    yield f"<script>{_JS}</script>\n</body></html>\n"


def _fieldset(legend: str, name: str, options: list[tuple[str, str]]) -> str:
    if not options:
        return ""
    boxes = "".join(f'<label><input type="checkbox" name="{name}" value="{_e(v)}" checked> {_e(label)}</label>'
                    for v, label in options)
    return f'<fieldset data-filter="{name}"><legend>{legend}</legend>{boxes}</fieldset>'


def _finding_id(doc: int, f: Finding, n: int) -> str:
    return f"f{doc}-{n}-{f.fingerprint[:12]}"


def _card(f: Finding, fid: str, at: str | None, nav: bool = True) -> str:
    loc = f"line {f.line}, column {f.column}"
    if f.page is not None:
        loc = f"page {f.page}, {loc}"
    if f.where:
        loc = f"{f.where}, {loc}"
    rows = []
    missing = f.extra.get("missing") if f.extra else None
    if missing:
        rows.append(("missing", f.expected or "; ".join(map(str, missing))))
    elif f.expected is not None:
        rows.append(("expected", f.expected))
    if f.found is not None:
        rows.append(("found", f.found))
    if f.reference_id:
        rows.append(("entry", f.reference_id))
    if f.source:
        rows.append(("source", f.source))
    if f.suppressed:
        rows.append(("suppressed", f"{f.suppressed.get('justification') or '(no reason)'}"
                                   f" (directive on line {f.suppressed.get('line', '?')})"))
    dl = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in rows)
    classes = "f nav" if nav else "f sup"
    at_attr = f' data-at="{_e(at)}"' if at else ""
    return (f'<div class="{classes}" id="{_e(fid)}" tabindex="-1" data-sev="{_e(f.severity)}" '
            f'data-cat="{_e(f.category)}" data-rule="{_e(f.rule)}"{at_attr}>'
            f'<span class="code">{_e(f.rule)}</span> {_e(f.name)}<span class="sev">{_e(f.severity)}</span>'
            f'<span class="cat">{_e(f.category)}</span> &middot; <span class="loc">{_e(loc)}</span>'
            f'<div class="msg">{_e(f.message)}</div>' + (f"<dl>{dl}</dl>" if dl else "") + "</div>")


def _document(i: int, result) -> str:
    out: list[str] = []
    text = result.text
    findings = result.findings
    active = [f for f in findings if not f.suppressed]
    suppressed = [f for f in findings if f.suppressed]
    sev = Counter(f.severity for f in active)
    claims = result.claims or []
    statuses = Counter(c.status for c in claims)
    out.append(f'<section class="doc" id="doc-{i}" data-path="{_e(result.path)}">\n<h2>{_e(result.path)}</h2>\n')
    meta = []
    if result.market:
        meta.append(f"market {_e(result.market)}")
    if result.format:
        meta.append(_e(result.format))
    meta.append(f"{len(claims)} claims (" + ", ".join(f"{statuses.get(s, 0)} {STATUS_LABELS[s]}" for s in STATUSES) + ")")
    meta.append(", ".join(f"{sev.get(s, 0)} {s}" for s in reversed(SEVERITIES)))
    if suppressed:
        meta.append(f"{len(suppressed)} suppressed")
    out.append(f'<div class="meta doc-summary">{"; ".join(meta)}</div>\n')
    if result.error:
        out.append(f'<p class="errors">{_e(result.error)}</p>\n')
    if result.notice:
        out.append(f'<p class="none">{_e(result.notice)}</p>\n')
    ids = {id(f): _finding_id(i, f, n) for n, f in enumerate(findings)}
    if text is None:  # a Report built without claims: the findings as a list
        if active:
            out.append('<div class="cards">' + "".join(_card(f, ids[id(f)], None) for f in active) + "</div>")
    else:
        doc_level = [f for f in active if is_document_level(f, text)]
        placed = [f for f in active if not is_document_level(f, text)]
        if doc_level:
            out.append('<div class="doclevel"><h3>Missing from this document</h3><div class="cards">'
                       + "".join(_card(f, ids[id(f)], None) for f in doc_level) + "</div></div>\n")
        out.append(_text(i, text, claims, placed, ids, result.pages))
    if suppressed:
        out.append(f'<div class="suppressed"><h3>Suppressed findings ({len(suppressed)})</h3><div class="cards">'
                   + "".join(_card(f, ids[id(f)], None, nav=False) for f in suppressed) + "</div></div>\n")
    out.append("</section>\n")
    return "".join(out)


def _text(doc: int, text: str, claims: list, placed: list[Finding], ids: dict, pages=None) -> str:
    """The document's text with claims marked and each finding's card after its line."""
    by_fp = {f.fingerprint: f for f in placed}
    # spans to mark: claims, then findings on no claim (overstatement words, required content present
    # but incomplete); a span overlapping one already marked is not marked again
    spans: list[tuple[int, int, str, object]] = []
    for n, c in enumerate(claims):
        spans.append((c.start, c.end, "c", (n, c)))
    claimed: set[str] = {fp for c in claims for fp in c.findings}
    for f in placed:
        if f.fingerprint not in claimed:
            spans.append((f.start, max(f.end, f.start + 1), "f", f))
    spans.sort(key=lambda s: (s[0], 0 if s[2] == "c" else 1, -s[1]))
    marks: list[tuple[int, int, str, str, list[str]]] = []  # start, end, open tag, mark id, finding ids
    anchor: dict[int, str] = {}  # id(finding) -> mark id
    mark_end: dict[str, int] = {}  # mark id -> end offset
    last = 0
    for start, end, kind, obj in spans:
        start = max(0, min(start, len(text)))
        end = max(start, min(end, len(text)))
        if start < last or start == end:
            continue
        if kind == "c":
            n, c = obj
            mid = f"c{doc}-{n}"
            mine = [by_fp[fp] for fp in c.findings if fp in by_fp]
            title = [f"{STATUS_LABELS.get(c.status, c.status)}: {MATCH_NOTES.get(c.match, c.match)}",
                     f"{c.kind}: {c.value}"]
            if c.reference_id:
                title.append(f"entry {c.reference_id}: {c.expected}")
            if c.source:
                title.append(f"source: {c.source}")
            if c.codes:
                title.append("findings: " + ", ".join(c.codes))
            fids = [ids[id(f)] for f in mine]
            tag = (f'<mark class="c s-{_e(c.status)}" id="{mid}" data-status="{_e(c.status)}" '
                   f'data-f="{_e(" ".join(fids))}" title="{_e(" | ".join(title))}">')
            for f in mine:
                anchor.setdefault(id(f), mid)
        else:
            f = obj
            mid = f"m{doc}-{len(marks)}"
            fids = [ids[id(f)]]
            tag = f'<span class="fm" id="{mid}" data-f="{_e(fids[0])}" title="{_e(f.rule + ": " + f.message)}">'
            anchor[id(f)] = mid
        marks.append((start, end, tag, "</mark>" if kind == "c" else "</span>", fids))
        mark_end[mid] = end
        last = end
    # each finding's card goes after the line its place ends on
    cards_at: dict[int, list[str]] = {}
    head: list[str] = []
    for f in placed:
        where = max(0, min(f.end, len(text)))
        mid = anchor.get(id(f))
        if mid is not None:
            where = mark_end[mid]
        nl = text.find("\n", max(where - 1, 0))
        pos = nl if nl != -1 else len(text)
        cards_at.setdefault(pos, []).append('<div class="cards">' + _card(f, ids[id(f)], mid) + "</div>")
    # a PDF's pages: a marker where each begins (after the cards of the line before it)
    for number, start in pages or ():
        marker = f'<div class="page" data-page="{number}">page {number}</div>'
        if start == 0:
            head.append(marker)
        elif text[start - 1] == "\n":
            cards_at.setdefault(start - 1, []).append(marker)
    out: list[str] = ['<div class="text">'] + head
    pos = 0
    breaks = sorted(cards_at)
    bi = 0
    for start, end, open_tag, close_tag, _ in marks + [(len(text), len(text), "", "", [])]:
        while bi < len(breaks) and breaks[bi] <= start:
            b = breaks[bi]
            out.append(_prose(text[pos:b], pos == 0))
            out.extend(cards_at[b])
            pos = b + 1 if b < len(text) and text[b] == "\n" else b
            bi += 1
        if not open_tag:
            break
        out.append(_prose(text[pos:start], pos == 0))
        out.append(open_tag + _e(text[start:end]) + close_tag)
        pos = end
    out.append(_prose(text[pos:], pos == 0))
    while bi < len(breaks):  # cards of findings at the very end
        out.extend(cards_at[breaks[bi]])
        bi += 1
    out.append("</div>\n")
    return "".join(out)


def _manifest(report: Report) -> str:
    inputs = report.inputs or {}
    rows = [("tool", f"claimcheck {report.tool_version}"),
            ("market", inputs.get("market") or "per document (declaration, else US)"),
            ("configuration", inputs.get("config") or "none")]
    options = inputs.get("options") or {}
    for key in sorted(options):
        rows.append((f"option {key}", options[key]))
    if report.baseline:
        rows.append(("baseline", f"{report.baseline.get('path')}: {report.baseline.get('known')} known, "
                                 f"{report.baseline.get('matched')} hidden"))
    if report.exit_code is not None:
        rows.append(("exit code", report.exit_code))
    files = [(kind, f) for kind in ("reference", "rules") for f in inputs.get(kind) or []]
    out = ['<footer id="manifest"><h2>Run manifest</h2><table>']
    out += [f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows]
    out.append("</table><table><tr><th>file</th><th>kind</th><th>SHA-256</th></tr>")
    label = {"reference": "claims library", "rules": "rule pack"}
    out += [f'<tr><td>{_e(f.get("path"))}</td><td>{label[kind]}</td><td><code>{_e(f.get("sha256"))}</code></td></tr>'
            for kind, f in files]
    out.append("</table></footer>\n")
    return "".join(out)


__all__ = ["iter_html", "STATUS_LABELS"]
