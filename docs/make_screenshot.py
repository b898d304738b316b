"""Regenerate docs/report-screenshot.png: the HTML report of the sample corpus in headless chromium.

    .venv/bin/python docs/make_screenshot.py     (needs chromium: apt-get install chromium)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.html"
        subprocess.run([sys.executable, "-m", "claimcheck", "lint", "corpus/us-web-efficacy.md",
                        "corpus/eu-email-os.md", "--format", "html", "-o", str(report)], cwd=ROOT, check=False)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1280, "height": 1040})
            page.goto(report.as_uri())
            # step with the keyboard to the first value mismatch, as a reviewer would
            for _ in range(40):
                page.keyboard.press("j")
                if page.evaluate("() => document.querySelector('.f.cur').dataset.rule") == "V001":
                    break
            page.evaluate("() => window.scrollTo(0, 0)")  # the run summary, legend and filters too
            page.screenshot(path=str(ROOT / "docs" / "report-screenshot.png"))
            browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
