"""claimcheck benchmark: prints its figures (it is not a test and asserts nothing).

    python bench/run.py                # everything (about 20-30 minutes on 2 cores)
    python bench/run.py --runs 3 --skip-20mb --skip-peers   # a quick look

What it does, all in one run, every figure the median of ``--runs`` (default 5) fresh processes,
the commands interleaved round-robin so that a burst of load on the machine hits all of them:

1. builds two corpora into bench/out/ (git-ignored) by replicating the project's sample drafts
   (corpus/) and the seed texts (bench/corpus.py): about 1 MB in 55 documents and about 20 MB in
   1,000 documents;
2. measures, per corpus, wall time, words per second and peak RSS of
   ``claimcheck lint`` with ``-j 1`` and ``-j 2``, and of the *floor*: a process that imports
   spaCy, builds ``spacy.blank("en")`` with a sentencizer and tokenizes the same corpus; and,
   as a diagnostic of memory, ``-j 1`` with every rule ignored (the same work, no finding kept);
3. measures the peers on the 1 MB corpus: ``proselint check`` (a prose linter) and quantulum3's
   ``parser.parse`` (a quantity extractor), installed from the package index into their own venv,
   bench/out/peers-venv, so that they do not touch the project's environment. The script creates
   it if missing; by hand it is::

       python -m venv bench/out/peers-venv && bench/out/peers-venv/bin/pip install proselint quantulum3

   (The 20 MB corpus is not given to the peers: quantulum3 needs about 45 s per megabyte.)
4. measures single-file latency — what a pre-commit hook feels — of ``claimcheck lint`` on one
   sample draft against ``python -c "import spacy; spacy.blank('en')"``;
5. prints the table and the targets (met / missed), and writes them to bench/out/latest.md and
   bench/out/latest.json. bench/RESULTS.md records a run with its date and machine.

Peak RSS is the child's own, read from ``os.wait4`` (the kernel's maximum over the process and
the workers it has reaped): for ``-j 2`` it is the largest single process, not the sum.
``--profile`` adds a cProfile of linting the 1 MB corpus in-process (top functions, and time per
module) and the slowest imports of a single-file run (``-X importtime``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PEERS = OUT / "peers-venv"
sys.path.insert(0, str(HERE))

import corpus as corpus_builder  # noqa: E402

FLOOR = """
import sys, pathlib, spacy
nlp = spacy.blank("en")
nlp.add_pipe("sentencizer")
files = sorted(p for p in pathlib.Path(sys.argv[1]).iterdir() if p.is_file())
tokens = sum(len(doc) for doc in nlp.pipe(p.read_text(encoding="utf-8") for p in files))
"""

QUANTULUM = """
import pathlib, sys, warnings
warnings.simplefilter("ignore")
from quantulum3 import parser
files = sorted(p for p in pathlib.Path(sys.argv[1]).iterdir() if p.is_file())
quantities = sum(len(parser.parse(p.read_text(encoding="utf-8"))) for p in files)
"""

LATENCY_FLOOR = "import spacy; spacy.blank('en')"


@dataclass
class Measure:
    name: str
    argv: list[str]
    ok_codes: tuple[int, ...] = (0,)
    env: dict = field(default_factory=dict)
    walls: list[float] = field(default_factory=list)
    rss: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)  # user + system seconds, the workers included

    @property
    def wall(self) -> float:
        return statistics.median(self.walls)

    @property
    def peak_mb(self) -> float:
        return statistics.median(self.rss)

    @property
    def cpu(self) -> float:
        return statistics.median(self.cpus)


def run_once(m: Measure) -> None:
    env = dict(os.environ)
    env.pop("CI", None)
    env.update({"CI": "1", "PYTHONWARNINGS": "ignore"}, **m.env)  # CI=1: no progress bar
    start = time.perf_counter()
    proc = subprocess.Popen(m.argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    proc.stderr.close()
    if code not in m.ok_codes:
        raise SystemExit(f"bench: {m.name} exited {code}: {' '.join(m.argv)}\n{stderr.decode(errors='replace')[-3000:]}")
    m.walls.append(wall)
    m.rss.append(usage.ru_maxrss / 1024)
    m.cpus.append(usage.ru_utime + usage.ru_stime)


#: bench/out/ is git-ignored, and claimcheck skips git-ignored files by default: the corpora are
#: linted with this configuration, which only turns that off
BENCH_CONFIG = OUT / "claimcheck.toml"


def claimcheck_argv(*args: str, config: bool = True, fmt: str = "concise") -> list[str]:
    script = Path(sys.executable).with_name("claimcheck")
    head = [str(script)] if script.exists() else [sys.executable, "-m", "claimcheck"]
    return head + ["lint", *(["--config", str(BENCH_CONFIG)] if config else []),
                   "--reference", str(ROOT / "reference"), "--rules", str(ROOT / "rules"), "--format", fmt, *args]


def ignore_all_rules() -> list[str]:
    """``--ignore X`` for every rule code but S002: the same work, but no finding is kept (isolates
    the memory the findings themselves take from the linter's own). One rule stays selected because
    the CLI refuses a run that leaves none (exit 2, "nothing to run"); S002 (a suppression comment
    naming an unknown rule) finds nothing in corpora built from the project's own drafts."""
    script = Path(sys.executable).with_name("claimcheck")
    head = [str(script)] if script.exists() else [sys.executable, "-m", "claimcheck"]
    listing = subprocess.run(head + ["rule", "--all", "--rules", str(ROOT / "rules"), "--reference",
                                     str(ROOT / "reference")], cwd=ROOT, capture_output=True, text=True).stdout
    codes = sorted({line.split()[0] for line in listing.splitlines() if line.strip()} - {"S002"})
    return [arg for code in codes for arg in ("--ignore", code)]


def sanity(path: Path, expected_files: int) -> dict:
    """One untimed run with JSON output: every document linted, findings found."""
    proc = subprocess.run(claimcheck_argv("-j", "2", str(path), fmt="json"), cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "CI": "1"})
    summary = json.loads(proc.stdout)["summary"]
    if summary["files"] != expected_files or not summary["findings"]:
        raise SystemExit(f"bench: {path} linted {summary['files']} of {expected_files} files, "
                         f"{summary['findings']} findings:\n{proc.stderr[-2000:]}")
    return {"files": summary["files"], "findings": summary["findings"]}


def ensure_peers(install: bool) -> bool:
    python = PEERS / "bin" / "python"
    if python.exists() and (PEERS / "bin" / "proselint").exists():
        probe = subprocess.run([str(python), "-c", "import quantulum3"], capture_output=True)
        if probe.returncode == 0:
            return True
    if not install:
        print("bench: peers venv missing (see the module docstring); skipping the peers", file=sys.stderr)
        return False
    print(f"bench: installing proselint and quantulum3 into {PEERS} ...", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(PEERS)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", "proselint", "quantulum3"], check=True)
    return True


def versions() -> dict:
    import spacy

    out = {"python": platform.python_version(), "spacy": spacy.__version__}
    if (PEERS / "bin" / "python").exists():
        probe = subprocess.run([str(PEERS / "bin" / "python"), "-c",
                                "import importlib.metadata as m; print(m.version('proselint'), m.version('quantulum3'))"],
                               capture_output=True, text=True)
        if probe.returncode == 0:
            out["proselint"], out["quantulum3"] = probe.stdout.split()
    return out


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    mem = ""
    try:
        kb = int(next(l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal")).split()[1])
        mem = f", {kb / 1048576:.0f} GB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return f"{model}, {cores} cores{mem}, {platform.system()} {platform.release()}"


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def interleaved(measures: list[Measure], runs: int, label: str) -> None:
    for r in range(runs):
        for m in measures:
            run_once(m)
            print(f"  {label} run {r + 1}/{runs}: {m.name:28} {m.walls[-1]:7.2f} s {m.cpus[-1]:7.2f} cpu s "
                  f"{m.rss[-1]:7.0f} MB  load {load().split()[0]}", file=sys.stderr, flush=True)


def profile(corpus_dir: Path) -> str:
    """cProfile of linting the corpus in-process (the pipeline already built), and import times."""
    import cProfile
    import io
    import pstats

    from claimcheck.config import resolve
    from claimcheck.engine import collect_files, linter_from_settings

    settings = resolve([str(corpus_dir)], {"reference": [str(ROOT / "reference")], "rules": [str(ROOT / "rules")]})
    linter = linter_from_settings(settings)
    files = [p for p, e in collect_files([str(corpus_dir)]) if not e]
    prof = cProfile.Profile()
    start = time.perf_counter()
    prof.enable()
    for f in files:
        linter.lint_file(f)
    prof.disable()
    wall = time.perf_counter() - start
    stats = pstats.Stats(prof)
    by_module: dict[str, float] = {}
    for (filename, _, func), (_, _, tottime, _, _) in stats.stats.items():
        if "claimcheck" in filename:
            key = "claimcheck/" + filename.split("claimcheck/", 1)[1]
        elif filename.endswith(".pyx") or "spacy" in filename or "thinc" in filename:
            key = "spacy (tokenizer, Doc, matcher)"
        elif filename == "~":
            key = f"builtins ({func.split(' of ')[0].strip('<>')})" if "re.Pattern" in func else "builtins (other)"
        elif "site-packages/" in filename:
            key = filename.rsplit("site-packages/", 1)[1].split("/")[0]
        elif "/lib/python3" in filename:
            key = "stdlib " + filename.rsplit("/lib/python3", 1)[1].split("/", 1)[1].split("/")[0].removesuffix(".py")
        else:
            key = filename
        by_module[key] = by_module.get(key, 0.0) + tottime
    buf = io.StringIO()
    total = sum(by_module.values())
    buf.write(f"cProfile, linting {len(files)} files in-process: {wall:.2f} s with the profiler on\n\n")
    buf.write("time by module (tottime, share):\n")
    for key, t in sorted(by_module.items(), key=lambda kv: -kv[1])[:14]:
        buf.write(f"  {t:7.2f} s {100 * t / total:5.1f}%  {key}\n")
    buf.write("\ntop functions by tottime:\n")
    stats.stream = buf
    stats.sort_stats("tottime").print_stats(18)
    draft = latency_draft()
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "claimcheck", "lint", "--reference",
                           str(ROOT / "reference"), "--rules", str(ROOT / "rules"), str(draft)],
                          cwd=ROOT, capture_output=True, text=True, env={**os.environ, "CI": "1"})
    rows = []
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            parts = [p.strip() for p in line[len("import time:"):].split("|")]
            if parts[1].isdigit():
                name = parts[2]
                if len(name) - len(name.lstrip()) <= 2:  # top-level imports only
                    rows.append((int(parts[1]) / 1e6, name.strip()))
    rows.sort(reverse=True)
    buf.write("\nslowest top-level imports of a single-file run (cumulative):\n")
    for t, name in rows[:12]:
        buf.write(f"  {t:6.3f} s  {name}\n")
    imported = {line.split("|")[-1].strip().split(".")[0] for line in proc.stderr.splitlines() if "|" in line}
    heavy = [n for n in ("pdfplumber", "pdfminer", "docx", "jsonschema") if n in imported]
    buf.write(f"\nheavy optional modules imported by a Markdown lint: {', '.join(heavy) or 'none'}\n")
    return buf.getvalue()


def latency_draft() -> Path:
    preferred = ROOT / "corpus" / "us-web-efficacy.md"
    if preferred.exists():
        return preferred
    return next(p for p in sorted((ROOT / "corpus").glob("*.md")) if p.name.lower() != "readme.md")


def fmt_row(name: str, m: Measure, words: int | None) -> str:
    wps = f"{words / m.wall:,.0f}" if words else ""
    return f"| {name} | {m.wall:.2f} | {m.cpu:.2f} | {wps} | {m.peak_mb:.0f} |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="runs per measurement (median; default 5)")
    ap.add_argument("--latency-runs", type=int, default=9, help="runs of the single-file latency (default 9)")
    ap.add_argument("--skip-20mb", action="store_true", help="only the 1 MB corpus")
    ap.add_argument("--skip-peers", action="store_true", help="do not measure proselint and quantulum3")
    ap.add_argument("--no-install", action="store_true", help="do not create the peers venv when missing")
    ap.add_argument("--profile", action="store_true", help="add a cProfile and an import-time profile")
    args = ap.parse_args()

    started = datetime.now(timezone.utc)
    load_before = load()
    # bytecode as pip installs it, so no measured run compiles source: with PYTHONDONTWRITEBYTECODE
    # set (as in this sandbox) an editable install compiled claimcheck's ~30 modules in every run
    # (0.08 s) while the floor's pip-installed spaCy loaded bytecode; existing .pyc files are read
    # whatever that variable says
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "claimcheck")], check=False)
    OUT.mkdir(exist_ok=True)
    BENCH_CONFIG.write_text("# written by bench/run.py: the corpora live in the git-ignored bench/out/\n"
                            "respect-gitignore = false\n")
    corpora = {"1 MB": (OUT / "corpus-1mb", 1_000_000, 55)}
    if not args.skip_20mb:
        corpora["20 MB"] = (OUT / "corpus-20mb", 20_000_000, 1000)
    sizes = {}
    for label, (path, total, docs) in corpora.items():
        sizes[label] = corpus_builder.build(path, total, docs)
        sizes[label].update(sanity(path, docs))
        print(f"bench: corpus {label}: {sizes[label]}", file=sys.stderr)
    peers = not args.skip_peers and ensure_peers(not args.no_install)

    results: dict[str, dict[str, Measure]] = {}
    no_findings = ignore_all_rules()
    for label, (path, _, _) in corpora.items():
        ms = {
            "lint -j 1": Measure("lint -j 1", claimcheck_argv("-j", "1", str(path)), (0, 1)),
            "lint -j 2": Measure("lint -j 2", claimcheck_argv("-j", "2", str(path)), (0, 1)),
            "floor": Measure("floor", [sys.executable, "-c", FLOOR, str(path)]),
            "lint -j 1, findings dropped": Measure("lint -j 1, findings dropped",
                                                   claimcheck_argv("-j", "1", *no_findings, str(path)), (0,)),
        }
        if peers and label == "1 MB":
            ms["proselint check"] = Measure("proselint check", [str(PEERS / "bin" / "proselint"), "check", str(path)],
                                            (0, 1))
            ms["quantulum3 parser"] = Measure("quantulum3 parser", [str(PEERS / "bin" / "python"), "-c", QUANTULUM,
                                                                    str(path)])
        print(f"bench: {label} corpus, {args.runs} runs of {', '.join(ms)}", file=sys.stderr)
        interleaved(list(ms.values()), args.runs, label)
        results[label] = ms

    draft = latency_draft()
    # as a pre-commit hook runs it: in the repository, its configuration found by the CLI itself
    # (the start-up cache is warm after the first run, as in a hook's life; the --no-cache row shows
    # the cold cost: the first run after an edit of the claims library or a rule pack)
    lat = {"claimcheck lint (1 file)": Measure("claimcheck lint (1 file)", claimcheck_argv(str(draft), config=False),
                                               (0, 1)),
           "claimcheck lint (1 file), --no-cache": Measure(
               "claimcheck lint (1 file), --no-cache", claimcheck_argv("--no-cache", str(draft), config=False), (0, 1)),
           "floor: import spacy; blank": Measure("floor: import spacy; blank", [sys.executable, "-c", LATENCY_FLOOR])}
    print(f"bench: single-file latency on {draft.name}, {args.latency_runs} runs", file=sys.stderr)
    interleaved(list(lat.values()), args.latency_runs, "latency")
    load_after = load()

    # ------------------------------------------------------------------ report
    lines = [f"# claimcheck benchmark, {started:%Y-%m-%d %H:%M} UTC", "",
             f"- machine: {machine()}",
             "- versions: " + ", ".join(f"{k} {v}" for k, v in versions().items()),
             f"- load average before / after: {load_before} / {load_after}",
             f"- medians of {args.runs} runs (latency: {args.latency_runs}); CPU = user + system time of the "
             f"process and its workers; peak RSS = largest single process",
             "- the machine is shared: a wall time well above CPU / cores means another process held a core",
             ""]
    for label, ms in results.items():
        s = sizes[label]
        lines += [f"## {label} corpus: {s['files']} documents, {s['bytes'] / 1e6:.2f} MB, {s['words']:,} words "
                  f"({s['findings']:,} findings)", "",
                  "| command | wall s | CPU s | words/s | peak RSS MB |", "|---|---:|---:|---:|---:|"]
        lines += [fmt_row(name, m, s["words"]) for name, m in ms.items()]
        lines.append("")
    lines += [f"## single-file latency ({draft.relative_to(ROOT)})", "",
              "| command | wall s | CPU s | | peak RSS MB |", "|---|---:|---:|---:|---:|"]
    lines += [fmt_row(name, m, None) for name, m in lat.items()]
    lines.append("")

    one = results["1 MB"]
    targets = []

    def target(text: str, value: float, limit: float, higher_is_better: bool) -> None:
        met = value >= limit if higher_is_better else value <= limit
        targets.append(f"| {text} | {value:.2f} | {'≥' if higher_is_better else '≤'} {limit} | "
                       f"{'met' if met else 'MISSED'} |")

    target("lint -j 1 / floor, 1 MB", one["lint -j 1"].wall / one["floor"].wall, 1.5, False)
    target("lint -j 2 / floor, 1 MB", one["lint -j 2"].wall / one["floor"].wall, 1.5, False)
    target("single-file latency / floor", lat["claimcheck lint (1 file)"].wall / lat["floor: import spacy; blank"].wall,
           1.3, False)
    target("single-file latency, --no-cache / floor (diagnostic)",
           lat["claimcheck lint (1 file), --no-cache"].wall / lat["floor: import spacy; blank"].wall, 1.3, False)
    if "quantulum3 parser" in one:
        target("quantulum3 / lint -j 1, 1 MB", one["quantulum3 parser"].wall / one["lint -j 1"].wall, 20, True)
        target("quantulum3 / lint -j 2, 1 MB", one["quantulum3 parser"].wall / one["lint -j 2"].wall, 20, True)
    if "20 MB" in results:
        big = results["20 MB"]
        target("-j 1 / -j 2 speed-up, 20 MB", big["lint -j 1"].wall / big["lint -j 2"].wall, 1.7, True)
        target("peak RSS 20 MB / 1 MB, -j 1", big["lint -j 1"].peak_mb / one["lint -j 1"].peak_mb, 1.2, False)
        target("peak RSS 20 MB / 1 MB, -j 2", big["lint -j 2"].peak_mb / one["lint -j 2"].peak_mb, 1.2, False)
        target("peak RSS 20 MB / 1 MB, -j 1, findings dropped (diagnostic)",
               big["lint -j 1, findings dropped"].peak_mb / one["lint -j 1, findings dropped"].peak_mb, 1.2, False)
        target("lint -j 1 / floor, 20 MB", big["lint -j 1"].wall / big["floor"].wall, 1.5, False)
    lines += ["## targets", "", "| ratio | value | target | |", "|---|---:|---:|---|", *targets, ""]
    report = "\n".join(lines)
    if args.profile:
        report += "\n## profile\n\n```\n" + profile(corpora["1 MB"][0]) + "```\n"
    print(report)
    (OUT / "latest.md").write_text(report)
    (OUT / "latest.json").write_text(json.dumps({
        "date": started.isoformat(), "machine": machine(), "versions": versions(),
        "load": [load_before, load_after], "sizes": sizes,
        "results": {label: {n: {"walls": m.walls, "cpu": m.cpus, "rss_mb": m.rss} for n, m in ms.items()}
                    for label, ms in {**results, "latency": lat}.items()},
    }, indent=2))


if __name__ == "__main__":
    main()
