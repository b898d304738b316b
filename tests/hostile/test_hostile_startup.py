"""A pre-commit hook pays only for what it uses: the heavy optional readers are imported lazily.

``import claimcheck`` (the CLI and the engine) must not import pdfplumber, python-docx or
jsonschema: the PDF and Word readers import theirs when a PDF or Word file is read, and the
claims-library loader imports jsonschema when it validates. Linting a Markdown draft then never
imports pdfplumber or docx. Checked in fresh processes (``sys.modules`` of this test process is
shared with every other test).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hostile_support import CORPUS, REFERENCE, ROOT

HEAVY = ("pdfplumber", "pdfminer", "docx", "pptx", "pyphen", "jsonschema")


def _imported_after(code: str) -> set[str]:
    probe = (f"import sys\n{code}\nimport json\n"
             f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & {set(HEAVY)!r})))")
    proc = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return set(json.loads(proc.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("module", ["claimcheck", "claimcheck.cli", "claimcheck.engine", "claimcheck.parallel",
                                    "claimcheck.documents", "claimcheck.report"])
def test_importing_claimcheck_imports_no_heavy_optional_module(module):
    assert _imported_after(f"import {module}") == set()


def test_linting_a_markdown_draft_imports_neither_pdf_nor_word_readers():
    draft = next(p for p in sorted(CORPUS.glob("*.md")) if p.name.lower() != "readme.md")
    code = (
        "from claimcheck.config import resolve\n"
        "from claimcheck.engine import linter_from_settings\n"
        f"s = resolve([{str(draft)!r}], {{'reference': [{str(REFERENCE)!r}]}})\n"
        f"linter_from_settings(s).lint_file({str(draft)!r})\n"
    )
    assert _imported_after(code) <= {"jsonschema"}  # the claims library is validated; no reader imported
