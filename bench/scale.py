"""claimcheck at scale: report formats over many files, and one huge file. Prints its figures.

    python bench/scale.py                 # everything (about 15-25 minutes on 2 cores)
    python bench/scale.py --runs 1 --files 1000 --huge-mb 10   # a quick look

Issue 10, item 15: JSON and SARIF over 5,000 files took about 20 s against 5-9 s for text, and
``-j 2`` did not help them; a 50 MB text file took 105 s and 888 MB. This measures exactly that:

1. a corpus of ``--files`` small documents (bench/corpus.py, the sample drafts and seed texts
   replicated; about 0.9 KB each) linted with ``--format concise``, ``json`` and ``sarif``, each
   with ``-j 1`` and ``-j 2``: wall seconds and peak RSS, medians of ``--runs`` fresh processes
   interleaved round-robin (so a burst of load on the machine hits every command);
2. in-process, the time to render each format from one run's report (median of 5), which is
   the part of the run the format decides (the rest is linting, the same for every format);
3. one text file of ``--huge-mb`` MB (the same sources, repeated) linted with ``-j 1
   --format concise``: wall seconds and peak RSS.

Peak RSS is the child's own, from ``os.wait4`` (for ``-j 2`` the largest single process); the
in-process part runs last, since a child's peak RSS starts at its parent's size when forked.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus as corpus_builder  # noqa: E402
from run import BENCH_CONFIG, OUT, ROOT, Measure, claimcheck_argv, interleaved, load  # noqa: E402


def huge_file(path: Path, megabytes: float) -> int:
    """The sources one after another, repeated until the file holds ``megabytes`` MB."""
    text = "\n\n".join(corpus_builder._body(p) for p in corpus_builder.sources()) + "\n\n"
    size = len(text.encode("utf-8"))
    copies = max(1, int(megabytes * 1_000_000 / size))
    with path.open("w", encoding="utf-8") as fh:
        for _ in range(copies):
            fh.write(text)
    return copies * size


def render_times(folder: Path, repeats: int = 5) -> dict[str, float]:
    """Lint ``folder`` once in-process, then time rendering the report in each format."""
    from claimcheck.cli import _setup
    from claimcheck.engine import collect_files
    from claimcheck.report import Report, render_chunks

    settings, linter, _, _ = _setup([str(folder)], [str(ROOT / "reference")], [str(ROOT / "rules")], None,
                                    str(BENCH_CONFIG))
    results = [linter.lint_file(p) for p, error in collect_files([str(folder)]) if not error]
    report = Report(results, "bench", {"reference": [], "rules": [], "market": None, "config": None,
                                       "options": {}}, [])
    report.exit_code = 1
    times = {}
    for fmt in ("concise", "text", "json", "sarif", "junit", "github"):
        walls = []
        for _ in range(repeats):
            start = time.perf_counter()
            size = sum(len(chunk) for chunk in render_chunks(fmt, report))
            walls.append(time.perf_counter() - start)
        times[fmt] = statistics.median(walls)
        print(f"  render {fmt:8} {times[fmt]:6.2f} s  ({size / 1e6:.1f} M characters, "
              f"{len(report.findings)} findings)", file=sys.stderr, flush=True)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=3, help="fresh processes per command (median; 0: render only)")
    ap.add_argument("--files", type=int, default=5000, help="documents in the many-files corpus")
    ap.add_argument("--huge-mb", type=float, default=50, help="size of the one huge text file (0: skip)")
    args = ap.parse_args()

    OUT.mkdir(exist_ok=True)
    BENCH_CONFIG.write_text("# written by bench: the corpora live in the git-ignored bench/out/\n"
                            "respect-gitignore = false\n")
    many = OUT / f"corpus-{args.files}-files"
    info = corpus_builder.build(many, args.files * 900, args.files)
    print(f"bench: {many.name}: {info}  load {load()}", file=sys.stderr)

    measures = [Measure(f"{fmt} -j {j}", claimcheck_argv("-j", str(j), str(many), fmt=fmt), ok_codes=(0, 1))
                for j in (1, 2) for fmt in ("concise", "json", "sarif")]
    if not args.runs:  # render only (e.g. PYTHONPATH=<old checkout>/src to compare versions)
        renders = render_times(many)
        print("render only (in-process, median of 5): " + ", ".join(f"{f} {t:.2f} s" for f, t in renders.items()))
        return
    interleaved(measures, args.runs, "many files")

    huge = None
    if args.huge_mb:
        with tempfile.TemporaryDirectory(dir=OUT) as tmp:
            path = Path(tmp) / "huge.txt"
            size = huge_file(path, args.huge_mb)
            huge = Measure(f"one {size / 1e6:.0f} MB file", claimcheck_argv("-j", "1", str(path)), ok_codes=(0, 1))
            interleaved([huge], args.runs, "huge file")
    # last: a child's peak RSS starts at its parent's size when forked (Linux keeps the high-water
    # mark across exec), so the in-process lint must not grow this process before the runs above
    renders = render_times(many)

    print(f"\n## {args.files} files ({info['bytes'] / 1e6:.1f} MB, {info.get('words', 0)} words), medians of "
          f"{args.runs} runs, load {load()}\n")
    print("| command | wall s | CPU s | peak RSS MB |\n|---|---:|---:|---:|")
    for m in measures:
        print(f"| lint --format {m.name} | {m.wall:.2f} | {m.cpu:.2f} | {m.peak_mb:.0f} |")
    text_wall = {j: next(m.wall for m in measures if m.name == f"concise -j {j}") for j in (1, 2)}
    for fmt in ("json", "sarif"):
        for j in (1, 2):
            wall = next(m.wall for m in measures if m.name == f"{fmt} -j {j}")
            print(f"\n{fmt} -j {j} / concise -j {j}: {wall / text_wall[j]:.2f}", end="")
    print("\n\nrender only (in-process, median of 5): " +
          ", ".join(f"{fmt} {t:.2f} s" for fmt, t in renders.items()))
    if huge is not None:
        print(f"\n## {huge.name}\n\n| command | wall s | CPU s | peak RSS MB |\n|---|---:|---:|---:|")
        print(f"| lint -j 1 --format concise | {huge.wall:.2f} | {huge.cpu:.2f} | {huge.peak_mb:.0f} |")


if __name__ == "__main__":
    main()
