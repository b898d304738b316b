"""The HTML report at scale: prints its figures (it is not a test and asserts nothing).

    python bench/html_report.py              # 60 documents of about 1 MB (bench/corpus.py), -j 1

Builds the 1 MB corpus of 60 documents into bench/out/html (git-ignored), then measures

1. ``claimcheck lint --format html -o report.html`` wall time and report size, against the same
   run with ``--format json`` (what keeping the claims and writing the markup cost);
2. in headless chromium (Debian's, driven by Playwright; skipped with a reason when absent): time
   to load (DOMContentLoaded, load), time to apply a filter (the change handler plus the style
   recalculation and layout it causes) and time to step to the next finding, each the median of
   ``--runs`` (default 5).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus as corpus_builder  # noqa: E402

FILTER_JS = """() => {
    const box = document.querySelector('input[name=sev][value=error]');
    const t0 = performance.now();
    box.checked = !box.checked; box.dispatchEvent(new Event('change'));
    void document.body.offsetHeight;
    return performance.now() - t0; }"""
STEP_JS = """() => { const t0 = performance.now();
    document.dispatchEvent(new KeyboardEvent('keydown', {key: 'j'})); void document.body.offsetHeight;
    return performance.now() - t0; }"""


def lint(folder: Path, fmt: str, out: Path, config: Path) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "claimcheck", "lint", "--config", str(config), "--reference",
                           str(ROOT / "reference"), "--rules", str(ROOT / "rules"), "-j", "1", "--format", fmt,
                           "-o", str(out), str(folder)], cwd=ROOT, capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"bench: lint failed: {proc.stderr.strip()}")
    return time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--documents", type=int, default=60)
    args = parser.parse_args()
    out = HERE / "out" / "html"
    shutil.rmtree(out, ignore_errors=True)
    drafts = out / "drafts"
    drafts.mkdir(parents=True)
    info = corpus_builder.build(drafts, 1_000_000, args.documents)
    config = out / "claimcheck.toml"  # the corpus lives in the git-ignored bench/out/
    config.write_text("respect-gitignore = false\n")
    report = out / "report.html"
    html_s = statistics.median(lint(drafts, "html", report, config) for _ in range(args.runs))
    json_s = statistics.median(lint(drafts, "json", out / "report.json", config) for _ in range(args.runs))
    print(f"corpus: {info['files']} documents, {info['bytes'] / 1e6:.2f} MB, {info['words']} words")
    print(f"lint --format html: {html_s:.2f} s (json: {json_s:.2f} s); report {report.stat().st_size / 1e6:.2f} MB")
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("browser: skipped (playwright not installed)")
        return 0
    if not Path(chromium).is_file():
        print("browser: skipped (no chromium: apt-get install chromium)")
        return 0
    loads, doms, filters, steps = [], [], [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for _ in range(args.runs):
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(report.as_uri())
            page.wait_for_selector("#manifest")
            t = page.evaluate("() => performance.getEntriesByType('navigation')[0].toJSON()")
            loads.append(t["loadEventEnd"])
            doms.append(t["domContentLoadedEventEnd"])
            filters.append(page.evaluate(FILTER_JS))
            steps.append(page.evaluate(STEP_JS))
            n = page.locator(".f.nav").count()
            page.close()
        browser.close()
    print(f"browser ({n} findings): DOMContentLoaded {statistics.median(doms):.0f} ms, load "
          f"{statistics.median(loads):.0f} ms, filter {statistics.median(filters):.1f} ms, "
          f"next finding {statistics.median(steps):.1f} ms (medians of {args.runs})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
