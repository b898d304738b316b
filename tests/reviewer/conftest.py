"""The reviewer's view (issue 14): drafts, the CLI, and a real headless browser.

The browser is Debian's chromium driven by Playwright (``executable_path``: no browser download).
Where either is missing the browser tests skip and say which; `.ci/run` installs chromium.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
C001 = ROOT / "tests" / "fixtures" / "rules" / "C001"

#: a draft that tries to run code in the report (and to reach the network)
HOSTILE_DRAFT = (
    "Market: US\n"
    "BESPONSA achieved CR/CRi in 80.7% of patients versus 29.3% with standard chemotherapy "
    "(first 218 randomized).\n"
    "<script>window.__claimcheck_pwned = 1; document.title = 'pwned';</script>\n"
    "<img src=x onerror=\"window.__claimcheck_pwned = 2\"> <a href=\"javascript:alert(1)\">x</a>\n"
    "</div></section><style>body{display:none}</style> & \"quoted\" 'single'\n"
)


def run(*args, cwd=ROOT, check_traceback=True):
    proc = subprocess.run([sys.executable, "-m", "claimcheck", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, timeout=600)
    if check_traceback:
        assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def chromium_path() -> str | None:
    """``$CLAIMCHECK_CHROMIUM`` when set (another chromium build; a path that does not exist
    turns the browser tests off), else Debian's chromium."""
    if "CLAIMCHECK_CHROMIUM" in os.environ:
        candidates = [os.environ["CLAIMCHECK_CHROMIUM"]]
    else:
        candidates = [shutil.which("chromium"), shutil.which("chromium-browser"), "/usr/bin/chromium"]
    return next((c for c in candidates if c and Path(c).is_file()), None)


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install -c constraints.txt -e '.[test]')")
    path = chromium_path()
    if path is None:
        pytest.skip("no chromium browser found (apt-get install chromium; .ci/run installs it when apt is "
                    "reachable; or set CLAIMCHECK_CHROMIUM to its path)")
    with sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=path, args=["--no-sandbox", "--disable-gpu"])
        except Exception as exc:  # a chromium that cannot start here: say why, do not fail the run
            pytest.skip(f"chromium at {path} did not start: {str(exc).splitlines()[0]}")
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    requests: list[str] = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.requests = requests
    yield pg
    context.close()
