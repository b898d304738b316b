"""Score the installed claimcheck on the quality benchmark (bench/quality/README.md).

    python bench/quality/score.py [--fast] [--json PATH] [--misses]

Lints every correct draft and every variant mutate.py generates, in this one process through the
library API (one Linter for all files), and prints recall per defect category, overall recall,
false error/warning findings per correct draft (listed), harmless variants flagged (listed) and
crashes. Writes the figures as JSON (default bench/quality/out/score.json).

A defect counts as caught where an error or warning finding of its category lies within ±1 line
of it, or anywhere in the file for a document-level defect. A harmless variant is flagged when it
has an error or warning finding (counted by rule) that its original did not have.

``--fast`` scores a fixed deterministic subset (every draft, FAST_PER_CATEGORY defects of each
category and FAST_HARMLESS harmless variants, chosen by a stable hash of the variant id): the
subset CI runs (tests/quality/test_quality_floor.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

import mutate  # noqa: E402  (bench/quality/mutate.py, next to this file)

COUNTED = ("error", "warning")
FAST_PER_CATEGORY = 40
FAST_HARMLESS = 60


def _stable(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def fast_subset(variants: list[mutate.Variant]) -> list[mutate.Variant]:
    out = []
    for cat in (*mutate.CATEGORIES, None):
        group = sorted((v for v in variants if v.category == cat), key=lambda v: _stable(v.id))
        out.extend(group[: FAST_HARMLESS if cat is None else FAST_PER_CATEGORY])
    return out


def build_linter(reference_dir: Path, rules_dir: Path):
    from claimcheck.engine import Linter
    from claimcheck.reference import load_reference
    from claimcheck.rulepacks import load_rulepacks

    ref = load_reference([str(reference_dir)])
    packs = load_rulepacks([str(rules_dir)], ref)
    return Linter(ref, rulepacks=packs)


def lint(linter, path: Path) -> tuple[list | None, str | None]:
    """(counted findings, crash): a crash is an exception or an input error on a file we wrote."""
    try:
        res = linter.lint_file(str(path))
    except Exception:  # noqa: BLE001 -- the benchmark records crashes, it does not stop on them
        return None, traceback.format_exc(limit=3).strip().splitlines()[-1]
    if res.error:
        return None, res.error
    return [f for f in res.findings if f.severity in COUNTED], None


def run(fast: bool = False, drafts_dir: Path = HERE / "drafts", reference_dir: Path = ROOT / "reference",
        rules_dir: Path = ROOT / "rules") -> dict:
    t0 = time.monotonic()
    skipped: list[str] = []
    drafts, variants = mutate.generate(drafts_dir, reference_dir, skipped)
    total_generated = len(variants)
    if fast:
        variants = fast_subset(variants)
    linter = build_linter(reference_dir, rules_dir)
    crashes: list[dict] = []
    originals: dict[str, list] = {}
    false_findings: list[dict] = []
    for d in drafts:
        found, crash = lint(linter, d.path)
        if crash:
            crashes.append({"file": d.path.name, "error": crash})
            found = []
        originals[d.id] = found
        for f in found:
            false_findings.append({"draft": d.path.name, "rule": f.rule, "severity": f.severity, "line": f.line,
                                   "message": f.message})
    per_cat = {c: {"total": 0, "caught": 0} for c in mutate.CATEGORIES}
    misses: list[dict] = []
    flagged: list[dict] = []
    harmless_total = 0
    with tempfile.TemporaryDirectory(prefix="claimcheck-quality-") as tmp:
        for v in variants:
            path = Path(tmp) / f"{v.id}{v.ext}"
            path.write_text(v.text, encoding="utf-8")
            found, crash = lint(linter, path)
            path.unlink()
            if crash:
                crashes.append({"file": path.name, "error": crash})
                found = []
            if v.kind == "harmless":
                harmless_total += 1
                before = Counter(f.rule for f in originals.get(v.draft, []))
                after = Counter(f.rule for f in found)
                new = [f for f in found if after[f.rule] > before[f.rule]]
                if new:
                    flagged.append({"variant": v.id, "change": f"{v.mutation}: {v.description}",
                                    "findings": sorted({f"{f.rule}@{f.line}: {f.message[:140]}" for f in new})})
                continue
            per_cat[v.category]["total"] += 1
            hit = any(f.category == v.category and (v.document or abs(f.line - v.line) <= 1) for f in found)
            if hit:
                per_cat[v.category]["caught"] += 1
            else:
                misses.append({"variant": v.id, "category": v.category, "mutation": v.mutation,
                               "description": v.description, "line": v.line, "document": v.document,
                               "findings": sorted({f"{f.rule}@{f.line}" for f in found})})
    for c in per_cat.values():
        c["recall"] = round(c["caught"] / c["total"], 4) if c["total"] else None
    total = sum(c["total"] for c in per_cat.values())
    caught = sum(c["caught"] for c in per_cat.values())
    return {
        "subset": "fast" if fast else "full",
        "drafts": len(drafts),
        "skipped": skipped,
        "variants_generated": total_generated,
        "variants_scored": len(variants),
        "defects": total,
        "recall": per_cat,
        "overall_recall": round(caught / total, 4) if total else None,
        "false_findings": false_findings,
        "false_findings_per_draft": round(len(false_findings) / len(drafts), 4) if drafts else None,
        "harmless": harmless_total,
        "harmless_flagged": flagged,
        "harmless_flagged_rate": round(len(flagged) / harmless_total, 4) if harmless_total else None,
        "crashes": crashes,
        "misses": misses,
        "seconds": round(time.monotonic() - t0, 1),
    }


def report(r: dict, show_misses: bool = False) -> str:
    lines = [f"quality benchmark ({r['subset']}): {r['drafts']} correct drafts, {r['variants_scored']} of "
             f"{r['variants_generated']} variants scored ({r['defects']} defects, {r['harmless']} harmless), {r['seconds']} s"]
    lines += [f"  skipped: {s}" for s in r["skipped"]]
    lines.append("")
    lines.append(f"{'category':<20}{'caught':>8}{'total':>7}{'recall':>9}")
    for cat, c in r["recall"].items():
        rec = "-" if c["recall"] is None else f"{c['recall']:.3f}"
        lines.append(f"{cat:<20}{c['caught']:>8}{c['total']:>7}{rec:>9}")
    lines.append(f"{'overall':<20}{'':>8}{r['defects']:>7}{r['overall_recall']:>9.3f}")
    lines.append("")
    lines.append(f"false error/warning findings on correct drafts: {len(r['false_findings'])} "
                 f"({r['false_findings_per_draft']:.3f} per draft)")
    for f in r["false_findings"]:
        lines.append(f"  {f['draft']}:{f['line']}: {f['rule']} [{f['severity']}] {f['message'][:160]}")
    lines.append(f"harmless variants flagged: {len(r['harmless_flagged'])} of {r['harmless']}"
                 + (f" ({100 * r['harmless_flagged_rate']:.1f} %)" if r["harmless"] else ""))
    for h in r["harmless_flagged"]:
        lines.append(f"  {h['variant']} ({h['change'][:80]}): " + "; ".join(h["findings"])[:300])
    lines.append(f"crashes: {len(r['crashes'])}")
    for c in r["crashes"]:
        lines.append(f"  {c['file']}: {c['error']}")
    if show_misses:
        lines.append("")
        lines.append(f"missed defects: {len(r['misses'])}")
        for m in r["misses"]:
            where = "document" if m["document"] else f"line {m['line']}"
            lines.append(f"  {m['variant']} [{m['category']}/{m['mutation']}] {where}: {m['description'][:100]}"
                         f" | findings: {', '.join(m['findings'])[:160]}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fast", action="store_true", help="score the fixed deterministic subset CI runs")
    ap.add_argument("--json", type=Path, default=None, help="where to write the figures (default bench/quality/out/score[-fast].json)")
    ap.add_argument("--misses", action="store_true", help="also list every missed defect")
    ap.add_argument("--drafts", type=Path, default=HERE / "drafts")
    ap.add_argument("--reference", type=Path, default=ROOT / "reference")
    ap.add_argument("--rules", type=Path, default=ROOT / "rules")
    args = ap.parse_args(argv)
    r = run(args.fast, args.drafts, args.reference, args.rules)
    print(report(r, args.misses))
    out = args.json or HERE / "out" / ("score-fast.json" if args.fast else "score.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(r, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"\nfigures written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
