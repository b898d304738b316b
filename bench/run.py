#!/usr/bin/env python3
"""claimcheck benchmark: prints its figures (medians of N runs, all measured in one run).

    python bench/run.py                 # full: 1 MB / 55 docs and 20 MB / 1,000 docs, peers, latency
    python bench/run.py --runs 3 --quick   # 1 MB corpus only, no peers (a few minutes)
    python bench/run.py --write-results    # also rewrite bench/RESULTS.md

Corpora are built in $TMPDIR/claimcheck-bench (or $CLAIMCHECK_BENCH_DIR) by replicating the project's sample drafts
(corpus/) and, where present, the seed texts (../shared/seeds/). Every measurement is a fresh
process; its peak RSS is read from getrusage(RUSAGE_CHILDREN) in a wrapper process, i.e. the
largest single process of the run (with -j 2, the largest worker or the parent).

The peers (proselint, quantulum3) are installed into a virtual environment beside the corpora on
first use (from PyPI).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
#: outside the repository: bench/out would be git-ignored, and claimcheck honours .gitignore
OUT = Path(os.environ.get("CLAIMCHECK_BENCH_DIR", Path(tempfile.gettempdir()) / "claimcheck-bench"))
SEEDS = ROOT.parent / "shared" / "seeds"
PY = sys.executable
CLAIMCHECK = [PY, "-m", "claimcheck"]

#: runs a command and prints "<seconds> <peak RSS KiB of its largest process>"
_WRAPPER = r"""
import resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = time.perf_counter() - t
if p.returncode not in (0, 1):
    sys.stderr.write(p.stderr.decode(errors="replace")[-2000:])
    sys.exit(p.returncode)
print(wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""

_FLOOR = r"""
import sys
from pathlib import Path
import spacy
nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
texts = (p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).iterdir()))
for doc in nlp.pipe(texts):
    pass
"""

_QUANTULUM = r"""
import sys
from pathlib import Path
from quantulum3 import parser
for p in sorted(Path(sys.argv[1]).iterdir()):
    parser.parse(p.read_text(encoding="utf-8"))
"""


def sources() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").iterdir())
             if p.suffix in (".md", ".txt") and p.name != "README.md"]
    if SEEDS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return texts


def build_corpus(name: str, target_bytes: int, docs: int) -> Path:
    folder = OUT / name
    marker = folder / ".complete"
    if marker.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    texts = sources()
    per_doc = target_bytes // docs
    k = 0
    for i in range(docs):
        parts, size = [], 0
        while size < per_doc:
            t = texts[k % len(texts)]
            k += 1
            parts.append(t)
            size += len(t.encode("utf-8"))
        (folder / f"doc{i:04d}.md").write_text("\n\n".join(parts), encoding="utf-8")
    marker.write_text("")
    return folder


def corpus_stats(folder: Path) -> tuple[int, int, int]:
    files = [p for p in folder.iterdir() if not p.name.startswith(".")]
    data = [p.read_text(encoding="utf-8") for p in files]
    return len(files), sum(len(d.encode("utf-8")) for d in data), sum(len(d.split()) for d in data)


def measure(cmd: list[str], runs: int, env: dict | None = None) -> tuple[float, float]:
    """Median wall seconds and median peak RSS (MiB) of ``cmd`` over ``runs`` fresh processes."""
    walls, rss = [], []
    for _ in range(runs):
        out = subprocess.run([PY, "-c", _WRAPPER, *cmd], capture_output=True, text=True, env=env, cwd=ROOT)
        if out.returncode != 0:
            raise SystemExit(f"benchmark command failed: {' '.join(cmd)}\n{out.stderr}")
        w, r = out.stdout.split()
        walls.append(float(w))
        rss.append(int(r) / 1024)
    return statistics.median(walls), statistics.median(rss)


def peers_python() -> str | None:
    venv = OUT / "peers-venv"
    py = venv / "bin" / "python"
    if not py.exists():
        print("installing peers (proselint, quantulum3) into", venv, flush=True)
        subprocess.run([PY, "-m", "venv", str(venv)], check=True)
        r = subprocess.run([str(py), "-m", "pip", "install", "-q", "proselint", "quantulum3"],
                           capture_output=True, text=True)
        if r.returncode != 0:
            print("could not install the peers:", r.stderr[-500:])
            return None
    return str(py)


def lint_cmd(folder: Path, jobs: int) -> list[str]:
    return [*CLAIMCHECK, "lint", "--exit-zero", "--format", "concise", "-j", str(jobs), str(folder)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="1 MB corpus only, no peers")
    ap.add_argument("--write-results", action="store_true", help="rewrite bench/RESULTS.md")
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    rows: list[tuple[str, str, float, float, float]] = []  # (what, corpus, seconds, words/s, MiB)
    figures: dict = {}
    corpora = [("1MB", build_corpus("corpus-1mb", 1_000_000, 55))]
    if not args.quick:
        corpora.append(("20MB", build_corpus("corpus-20mb", 20_000_000, 1000)))

    for label, folder in corpora:
        n, size, words = corpus_stats(folder)
        print(f"corpus {label}: {n} documents, {size / 1e6:.1f} MB, {words:,} words", flush=True)
        for name, cmd in (("floor (spaCy blank + sentencizer)", [PY, "-c", _FLOOR, str(folder)]),
                          ("claimcheck lint -j 1", lint_cmd(folder, 1)),
                          ("claimcheck lint -j 2", lint_cmd(folder, 2))):
            wall, rss = measure(cmd, args.runs)
            rows.append((name, label, wall, words / wall, rss))
            figures[(name, label)] = (wall, rss)
            print(f"  {name:36} {wall:8.2f} s {words / wall:12,.0f} words/s {rss:8.0f} MiB", flush=True)
        if label == "1MB" and not args.quick:
            py = peers_python()
            if py:
                for name, cmd in (("proselint check", [str(Path(py).parent / "proselint"), "check", *sorted(
                                      str(p) for p in folder.iterdir() if not p.name.startswith("."))]),
                                  ("quantulum3 parser", [py, "-c", _QUANTULUM, str(folder)])):
                    wall, rss = measure(cmd, args.runs)
                    rows.append((name, label, wall, words / wall, rss))
                    figures[(name, label)] = (wall, rss)
                    print(f"  {name:36} {wall:8.2f} s {words / wall:12,.0f} words/s {rss:8.0f} MiB", flush=True)

    one = ROOT / "corpus" / "us-email-remission.md"
    lat_floor, _ = measure([PY, "-c", "import spacy; spacy.blank('en')"], args.runs)
    lat_lint, lat_rss = measure([*CLAIMCHECK, "lint", "--exit-zero", str(one)], args.runs)
    print(f"single file: floor {lat_floor:.2f} s, claimcheck {lat_lint:.2f} s ({lat_rss:.0f} MiB)")

    floor1 = figures[("floor (spaCy blank + sentencizer)", "1MB")][0]
    j1 = figures[("claimcheck lint -j 1", "1MB")][0]
    checks = [("lint 1 MB / floor", j1 / floor1, "<= 1.5", j1 / floor1 <= 1.5),
              ("single-file latency / floor", lat_lint / lat_floor, "<= 1.3", lat_lint / lat_floor <= 1.3)]
    if ("quantulum3 parser", "1MB") in figures:
        q = figures[("quantulum3 parser", "1MB")][0]
        checks.append(("quantulum3 / lint (1 MB)", q / j1, ">= 20", q / j1 >= 20))
    if ("claimcheck lint -j 1", "20MB") in figures:
        a, ra = figures[("claimcheck lint -j 1", "20MB")]
        b, _ = figures[("claimcheck lint -j 2", "20MB")]
        r1 = figures[("claimcheck lint -j 1", "1MB")][1]
        checks.append(("-j 1 / -j 2 (20 MB)", a / b, ">= 1.7", a / b >= 1.7))
        checks.append(("peak RSS 20 MB / 1 MB (-j 1)", ra / r1, "<= 1.2", ra / r1 <= 1.2))
    print("\ntargets:")
    for name, value, target, ok in checks:
        print(f"  {name:32} {value:6.2f}  target {target:7}  {'met' if ok else 'MISSED'}")

    if args.write_results:
        write_results(rows, checks, (lat_floor, lat_lint, lat_rss), args.runs)


def write_results(rows, checks, latency, runs) -> None:
    cpu = platform.processor() or platform.machine()
    lines = [
        "# Benchmark results",
        "",
        f"`python bench/run.py --write-results`, {date.today().isoformat()}, {os.cpu_count()} cores, "
        f"{cpu}, Python {platform.python_version()}; medians of {runs} runs, all measured in one run.",
        "",
        "| what | corpus | wall (s) | words/s | peak RSS (MiB) |",
        "|---|---|---:|---:|---:|",
    ]
    for name, label, wall, wps, rss in rows:
        lines.append(f"| {name} | {label} | {wall:.2f} | {wps:,.0f} | {rss:.0f} |")
    f, l, r = latency
    lines += ["", f"Single file (`corpus/us-email-remission.md`): floor `import spacy; spacy.blank('en')` "
              f"{f:.2f} s, `claimcheck lint` {l:.2f} s ({r:.0f} MiB).", "", "| target | measured | goal | |",
              "|---|---:|---|---|"]
    for name, value, target, ok in checks:
        lines.append(f"| {name} | {value:.2f} | {target} | {'met' if ok else 'missed'} |")
    (HERE / "RESULTS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("wrote", HERE / "RESULTS.md")


if __name__ == "__main__":
    main()
