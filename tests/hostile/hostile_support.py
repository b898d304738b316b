"""Helpers for the hostile-input tests: run the CLI in a fresh process and measure it."""

from __future__ import annotations

import contextlib
import os
import signal
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


#: a small launcher between pytest and the CLI: it spawns the CLI and writes the CLI's own peak RSS
#: (``os.wait4``, kilobytes) to the file named by its first argument. Measured from pytest directly,
#: the figure is not the CLI's: Linux keeps, in a process's maximum RSS, the high-water mark of the
#: memory it replaced at exec, and a child of pytest is spawned from pytest's memory (vfork), so a
#: CLI started late in the suite "peaked" at whatever pytest had grown to (454 MB for a run whose
#: own peak was 253 MB). The launcher is a small process, so its child's figure is the child's.
_LAUNCHER = (
    "import os, sys\n"
    "pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], os.environ)\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    "open(sys.argv[1], 'w').write(str(usage.ru_maxrss))\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def run_cli(*args, timeout: float = 300, cwd: Path = ROOT, env: dict | None = None, prefix: tuple = ()) -> Run:
    """``python -m claimcheck ARGS`` in a fresh process: exit code, output, wall time and peak RSS.

    The peak RSS is the CLI process's own, reported by a small launcher process (:data:`_LAUNCHER`),
    so neither pytest's memory nor other tests' processes count. A run over ``timeout`` seconds is
    killed (the launcher and the CLI, one process group) and reported with ``timed_out=True``
    rather than hanging the suite.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        full_env = dict(os.environ)
        full_env.pop("CI", None)
        full_env.update(env or {})
        command = [*prefix, sys.executable, "-m", "claimcheck", *map(str, args)]
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", _LAUNCHER, rss.name, *command], cwd=cwd,
                                stdout=out, stderr=err, env=full_env, start_new_session=True)
        killed = threading.Event()

        def kill():
            killed.set()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            proc.wait()
        finally:
            timer.cancel()
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
        peak_kb = rss.read().strip()
    return Run(proc.returncode, stdout, stderr, seconds, int(peak_kb or 0) / 1024, killed.is_set())


def one_line_error(run: Run) -> str:
    """The single stderr line of a run that must fail cleanly (no traceback, one line)."""
    assert "Traceback" not in run.stderr, run.stderr
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, run.stderr
    return lines[0]
