"""Recall of the quality benchmark's injected defects per file format (issue 13, item 2).

    python bench/formats/quality.py sample [OUT_DIR]      # write the sample's Markdown + manifest
    bash bench/formats/convert.sh OUT_DIR/md OUT_DIR      # convert it (pandoc, LibreOffice)
    python bench/formats/quality.py score [OUT_DIR] [--detail] [--json PATH]

OUT_DIR defaults to bench/formats/converted-quality (committed, so tests need no converter).

The sample (deterministic; bench/quality/mutate.py makes the variants): every correct Markdown
draft of bench/quality/drafts (the .txt and .html drafts have no Markdown to convert), plus, from
the variants of those Markdown drafts only, the first PER_CATEGORY defect variants of each
category and the first HARMLESS harmless variants in the order of a SHA-256 of the variant id
(the rule score.py's --fast subset uses).

Scoring follows bench/quality/score.py (only error and warning findings count; each file is linted
with its draft's market from the sidecar, as a user would pass ``--market`` for a PDF), except
where a defect is: a PDF or Word line is not a Markdown line, so a finding is located by text. The
Markdown lines score.py accepts (the defect's line ±1) are aligned with the converted document's
text (rapidfuzz partial-ratio alignment over whitespace-folded, markup-free text), and a finding
of the defect's category whose span overlaps that aligned stretch catches the defect; a
document-level defect is caught by a finding of its category anywhere in the file, as in
score.py. The Markdown row is scored both ways: ``line`` (score.py's rule) and ``text`` (this
mapping), so the mapping itself is checked.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
QUALITY = ROOT / "bench" / "quality"
DEFAULT_OUT = HERE / "converted-quality"
PER_CATEGORY = 12
HARMLESS = 14
COUNTED = ("error", "warning")
FORMATS = [
    ("Markdown", "md", ".md"),
    ("HTML (pandoc)", "html", ".html"),
    ("DOCX (pandoc)", "docx", ".docx"),
    ("DOCX leave-behind", "docx-leave-behind", ".docx"),
    ("PDF, single column", "pdf-single", ".pdf"),
    ("PDF, two-column leave-behind", "pdf-leave-behind", ".pdf"),
]


def _stable(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


# ----------------------------------------------------------------------------- sample
def sample(out: Path) -> dict:
    sys.path.insert(0, str(QUALITY))
    import mutate

    drafts, variants = mutate.generate(QUALITY / "drafts", ROOT / "reference")
    md_drafts = [d for d in drafts if d.ext == ".md"]
    ids = {d.id for d in md_drafts}
    pool = [v for v in variants if v.draft in ids]
    chosen = []
    for cat in (*mutate.CATEGORIES, None):
        group = sorted((v for v in pool if v.category == cat), key=lambda v: _stable(v.id))
        chosen.extend(group[: HARMLESS if cat is None else PER_CATEGORY])
    md = out / "md"
    if md.exists():
        shutil.rmtree(md)
    md.mkdir(parents=True)
    for d in md_drafts:
        (md / f"{d.id}.md").write_text(d.text, encoding="utf-8")
    for v in chosen:
        (md / f"{v.id}.md").write_text(v.text, encoding="utf-8")
    manifest = {
        "rule": f"every correct .md draft; per category the first {PER_CATEGORY} defect variants of .md drafts "
                f"and the first {HARMLESS} harmless ones, ordered by sha256(variant id)",
        "drafts": [{"id": d.id, "market": (d.meta.get("market") or "US").upper(), "product": d.meta.get("product")}
                   for d in md_drafts],
        "variants": [v.manifest() for v in chosen],
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


# ----------------------------------------------------------------------------- text mapping
_TAG = re.compile(r"<[^>]*>")
_LINK = re.compile(r"\]\([^)]*\)")
_MARKUP = re.compile(r"[*_#|>`\[\]\u00ad]")
_WS = re.compile(r"\s+")


def _fold(text: str) -> tuple[str, list[int]]:
    """Text with markup and repeated whitespace removed, lower-cased, and for each character the
    offset it came from."""
    chars: list[str] = []
    where: list[int] = []
    space = True
    for i, ch in enumerate(text):
        if ch.isspace():
            if not space:
                chars.append(" ")
                where.append(i)
            space = True
            continue
        chars.append(ch.lower())
        where.append(i)
        space = False
    return "".join(chars), where


def _clean_markdown(text: str) -> str:
    text = _TAG.sub(" ", text)
    text = _LINK.sub("]", text)
    text = _MARKUP.sub(" ", text)
    text = re.sub(r"\^([^^\s]*)\^", r"\1", text)
    return text


def defect_region(md_text: str, line: int, doc_text: str) -> tuple[int, int] | None:
    """The offsets of ``doc_text`` that correspond to Markdown lines line-1..line+1."""
    from rapidfuzz import fuzz

    lines = md_text.split("\n")
    window = "\n".join(lines[max(0, line - 2): line + 1])
    needle, _ = _fold(_clean_markdown(window))
    needle = needle.strip()
    if not needle:
        return None
    hay, where = _fold(_MARKUP.sub(" ", doc_text))
    if not hay:
        return None
    al = fuzz.partial_ratio_alignment(needle, hay)
    if al is None or al.score < 60:
        return None
    start, end = al.dest_start, max(al.dest_start + 1, al.dest_end)
    return where[start], where[min(end, len(where)) - 1] + 1


# ----------------------------------------------------------------------------- scoring
def _linters():
    sys.path.insert(0, str(ROOT / "src"))
    from claimcheck.engine import Linter
    from claimcheck.reference import load_reference
    from claimcheck.rulepacks import load_rulepacks

    reference = load_reference([str(ROOT / "reference")])
    packs = load_rulepacks([str(ROOT / "rules")], reference)
    return {m: Linter(reference, market=m, rulepacks=packs) for m in ("US", "EU")}


def _lint(linters, path: Path, market: str):
    from claimcheck.documents import read_document

    try:
        document = read_document(path)
        findings = [f for f in linters[market].lint_document(document) if f.severity in COUNTED]
    except Exception as exc:  # noqa: BLE001 -- an input error or a crash is a figure, not a stop
        return None, None, f"{type(exc).__name__}: {exc}"
    return document, findings, None


def score(out: Path = DEFAULT_OUT, formats=None, detail: bool = False) -> dict:
    t0 = time.monotonic()
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    market = {d["id"]: d["market"] for d in manifest["drafts"]}
    categories = list(dict.fromkeys(v["category"] for v in manifest["variants"] if v["category"]))
    linters = _linters()
    result = {"sample": manifest["rule"], "drafts": len(manifest["drafts"]),
              "defects": sum(1 for v in manifest["variants"] if v["kind"] == "defect"),
              "harmless": sum(1 for v in manifest["variants"] if v["kind"] == "harmless"), "formats": []}
    for label, folder, suffix in FORMATS:
        if formats and folder not in formats:
            continue
        row = {"format": label, "folder": folder, "missing": 0, "crashes": [], "false_findings": [],
               "recall": {c: {"total": 0, "caught": 0} for c in categories}, "misses": [], "flagged": []}
        line_caught = 0
        originals: dict[str, Counter] = {}
        for d in manifest["drafts"]:
            path = out / folder / f"{d['id']}{suffix}"
            if not path.exists():
                row["missing"] += 1
                continue
            _, found, crash = _lint(linters, path, d["market"])
            if crash:
                row["crashes"].append(f"{path.name}: {crash}")
                found = []
            originals[d["id"]] = Counter(f.rule for f in found)
            row["false_findings"] += [f"{path.name}:{f'p{f.page} ' if f.page else ''}{f.line}: {f.rule} "
                                      f"{f.message[:120]}" for f in found]
        for v in manifest["variants"]:
            path = out / folder / f"{v['id']}{suffix}"
            if not path.exists():
                row["missing"] += 1
                continue
            document, found, crash = _lint(linters, path, market[v["draft"]])
            if crash:
                row["crashes"].append(f"{path.name}: {crash}")
                found = []
            if v["kind"] == "harmless":
                before = originals.get(v["draft"], Counter())
                after = Counter(f.rule for f in found)
                new = sorted({f"{f.rule}@{f.line}" for f in found if after[f.rule] > before[f.rule]})
                if new:
                    row["flagged"].append(f"{v['id']}: {', '.join(new)}")
                continue
            cat = row["recall"][v["category"]]
            cat["total"] += 1
            mine = [f for f in found if f.category == v["category"]]
            if v["document"]:
                hit = bool(mine)
            else:
                md_text = (out / "md" / f"{v['id']}.md").read_text(encoding="utf-8")
                region = defect_region(md_text, v["line"], document.text) if document is not None else None
                hit = region is not None and any(f.start < region[1] and f.end > region[0] for f in mine)
                if folder == "md":
                    line_caught += any(abs(f.line - v["line"]) <= 1 for f in mine)
            if v["document"] and folder == "md":
                line_caught += hit
            if hit:
                cat["caught"] += 1
            else:
                row["misses"].append(f"{v['id']} [{v['category']}/{v['mutation']}] "
                                     f"{'document' if v['document'] else 'line ' + str(v['line'])}: "
                                     f"{v['description'][:90]} | {', '.join(sorted({f.rule + '@' + str(f.line) for f in found}))[:120]}")
        total = sum(c["total"] for c in row["recall"].values())
        caught = sum(c["caught"] for c in row["recall"].values())
        row["overall"] = caught / total if total else None
        row["caught"], row["total"] = caught, total
        if folder == "md":
            row["overall_line_rule"] = line_caught / total if total else None
        row["false_per_draft"] = len(row["false_findings"]) / len(manifest["drafts"])
        result["formats"].append(row)
    result["seconds"] = round(time.monotonic() - t0, 1)
    return result


def table(r: dict) -> str:
    cats = list(r["formats"][0]["recall"]) if r["formats"] else []
    short = {"value-mismatch": "value", "arithmetic": "arith.", "unsupported-claim": "unsupp.",
             "fair-balance": "fair bal.", "boxed-warning": "boxed", "indication": "indic.",
             "overstatement": "overst."}
    head = "| format | " + " | ".join(short.get(c, c) for c in cats) + \
        " | recall (overall) | false error/warning findings per correct draft | harmless flagged | crashes |"
    out = [head, "|---|" + "---:|" * (len(cats) + 4)]
    for row in r["formats"]:
        cells = [f"{row['recall'][c]['caught']}/{row['recall'][c]['total']}" for c in cats]
        overall = f"{100 * row['overall']:.1f} % ({row['caught']}/{row['total']})"
        if row.get("overall_line_rule") is not None:
            overall += f"; by line ±1: {100 * row['overall_line_rule']:.1f} %"
        missing = f" ({row['missing']} files missing)" if row["missing"] else ""
        out.append(f"| {row['format']}{missing} | " + " | ".join(cells) + f" | {overall} | "
                   f"{row['false_per_draft']:.3f} ({len(row['false_findings'])}) | "
                   f"{len(row['flagged'])}/{r['harmless']} | {len(row['crashes'])} |")
    out.append("")
    out.append(f"{r['drafts']} correct drafts, {r['defects']} defect variants, {r['harmless']} harmless variants "
               f"({r['sample']}); scored in {r['seconds']} s.")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    c = sub.add_parser("score")
    c.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    c.add_argument("--format", action="append", help="folder name(s) to score (default all)")
    c.add_argument("--detail", action="store_true", help="list misses, false findings, harmless flagged")
    c.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "sample":
        m = sample(args.out)
        counts = Counter(v["category"] or "harmless" for v in m["variants"])
        print(f"{len(m['drafts'])} drafts + {len(m['variants'])} variants -> {args.out / 'md'}: {dict(counts)}")
        return 0
    r = score(args.out, args.format, args.detail)
    if args.detail:
        for row in r["formats"]:
            print(f"## {row['format']}")
            for key in ("false_findings", "flagged", "misses", "crashes"):
                for item in row[key]:
                    print(f"  {key}: {item}")
    print(table(r))
    if args.json:
        args.json.write_text(json.dumps(r, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
