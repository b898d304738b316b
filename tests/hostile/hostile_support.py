"""Helpers for the hostile-input tests: run the CLI in a fresh process and measure it."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "reference"
CORPUS = ROOT / "corpus"


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_rss_mb: float
    timed_out: bool


def run_cli(*args, timeout: float = 300, cwd: Path = ROOT, env: dict | None = None, prefix: tuple = ()) -> Run:
    """``python -m claimcheck ARGS`` in a fresh process: exit code, output, wall time and peak RSS.

    The peak RSS is the child's own (``os.wait4`` reports the resource usage of that one child),
    so other tests' processes do not count. A run over ``timeout`` seconds is killed and reported
    with ``timed_out=True`` rather than hanging the suite.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        full_env = dict(os.environ)
        full_env.pop("CI", None)
        full_env.update(env or {})
        start = time.perf_counter()
        proc = subprocess.Popen([*prefix, sys.executable, "-m", "claimcheck", *map(str, args)], cwd=cwd,
                                stdout=out, stderr=err, env=full_env)
        killed = threading.Event()

        def kill():
            killed.set()
            proc.kill()

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    return Run(proc.returncode, stdout, stderr, seconds, usage.ru_maxrss / 1024, killed.is_set())


def one_line_error(run: Run) -> str:
    """The single stderr line of a run that must fail cleanly (no traceback, one line)."""
    assert "Traceback" not in run.stderr, run.stderr
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, run.stderr
    return lines[0]
