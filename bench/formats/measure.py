"""Per-format table: what claimcheck finds in the same drafts as Markdown, HTML, DOCX and PDF.

    python bench/formats/measure.py [DRAFTS_DIR] [OUT_DIR] [--detail]

DRAFTS_DIR holds the Markdown drafts (default bench/formats/drafts), OUT_DIR what convert.sh made
of them (default bench/formats/converted). A draft whose name contains "defects" carries deliberate
defects, and so does one whose Markdown version has error or warning findings (e.g. corpus/); the
others are correct. The Markdown findings are the reference: for a converted
file, a defect counts as caught when the same rule fires on the same value (or both are about a
statement the document lacks), and an error or warning finding the
Markdown draft does not have is an extra finding (counted over every draft). Each file is linted with its draft's
market from the Markdown front matter (a converted file has no front matter).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FORMATS = [
    ("Markdown", None, ".md"),
    ("HTML (pandoc)", "html", ".html"),
    ("DOCX (pandoc)", "docx", ".docx"),
    ("DOCX leave-behind", "docx-leave-behind", ".docx"),
    ("PDF, single column", "pdf-single", ".pdf"),
    ("PDF, two-column leave-behind", "pdf-leave-behind", ".pdf"),
]


def _market(md: Path) -> str:
    m = re.search(r"^market:\s*([A-Za-z]+)", md.read_text(encoding="utf-8"), re.M)
    return m.group(1).upper() if m else "US"


def _key(finding, document) -> tuple:
    """What identifies a finding across formats: the rule and the value it is about (None for a
    statement the document lacks)."""
    return (finding.rule, finding.found)


def lint(linters, path: Path, market: str):
    from claimcheck.documents import read_document

    linter = linters[market]
    document = read_document(path)
    findings = linter.lint_document(document)
    return document, findings


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("drafts", nargs="?", default=str(HERE / "drafts"))
    parser.add_argument("out", nargs="?", default=str(HERE / "converted"))
    parser.add_argument("--detail", action="store_true", help="print every differing finding")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from claimcheck.engine import Linter
    from claimcheck.reference import load_reference
    from claimcheck.rulepacks import load_rulepacks

    reference = load_reference([str(ROOT / "reference")])
    packs = load_rulepacks([str(ROOT / "rules")], reference)
    linters = {m: Linter(reference, market=m, rulepacks=packs) for m in ("US", "EU")}
    drafts = sorted(Path(args.drafts).glob("*.md"))
    # a draft is defective when its name says so or when its Markdown version has error/warning
    # findings (a folder such as corpus/ mixes both); the others are correct drafts
    defective = []
    for d in drafts:
        if "defect" in d.stem:
            defective.append(d)
            continue
        _, findings = lint(linters, d, _market(d))
        if any(f.severity in ("error", "warning") for f in findings):
            defective.append(d)
    correct = [d for d in drafts if d not in defective]

    baseline: dict[str, set] = {}
    rows = []
    for label, folder, suffix in FORMATS:
        extra = 0
        caught = expected = 0
        missing_files = 0
        notes = []
        for draft in drafts:
            path = draft if folder is None else Path(args.out) / folder / (draft.stem + suffix)
            if not path.exists():
                missing_files += 1
                continue
            document, findings = lint(linters, path, _market(draft))
            keys = {_key(f, document) for f in findings if f.severity in ("error", "warning")}
            if folder is None:
                baseline[draft.stem] = keys
                if draft in defective:
                    expected += len(keys)
                    caught += len(keys)
                continue
            ref = baseline[draft.stem]
            if draft in defective:
                # caught: the same rule on the same value, or another rule on that value (a
                # footnote read in another context may give V001 where Markdown gave U001)
                values = {k[1] for k in keys if k[1] is not None}
                lost = {k for k in ref if k not in keys and (k[1] is None or k[1] not in values)}
                expected += len(ref)
                caught += len(ref) - len(lost)
            else:
                lost = set()
            # an extra finding: a rule on a value the Markdown draft raised nothing about (another
            # rule on a flagged value, e.g. V001 where Markdown said U001, is the same defect seen)
            flagged = {k[1] for k in ref if k[1] is not None}
            new = {k for k in keys - ref if k[1] is None or k[1] not in flagged}
            extra += len(new)
            if args.detail and (new or lost):
                for f in findings:
                    if _key(f, document) in new and f.severity in ("error", "warning"):
                        where = f"page {f.page} " if f.page else ""
                        notes.append(f"  + {path.name} {where}line {f.line}: {f.rule} {f.message[:110]}")
                for k in sorted(lost, key=str):
                    notes.append(f"  - {path.name}: missed {k}")
        per_draft = extra / len(drafts) if drafts else 0.0
        recall = caught / expected if expected else 1.0
        rows.append((label, per_draft, caught, expected, recall, missing_files))
        if notes:
            print(f"{label}:")
            print("\n".join(notes))
    print()
    print("| format | extra error/warning findings per draft (vs Markdown) | Markdown's findings on defective drafts kept |")
    print("|---|---:|---:|")
    for label, per_draft, caught, expected, recall, missing in rows:
        gap = f" ({missing} files missing)" if missing else ""
        print(f"| {label} | {per_draft:.2f} | {caught}/{expected} ({recall:.0%}){gap} |")
    print(f"\n{len(correct)} correct drafts, {len(defective)} with defects; Markdown is the reference.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
