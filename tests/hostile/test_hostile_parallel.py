"""``--jobs N``: the same output as one process, no pool where it cannot help, and a pool that
cannot hang (a worker that dies or cannot build its Linter becomes one error per file)."""

from __future__ import annotations

import os
import shutil
import signal
import sys
from pathlib import Path

import pytest
from hostile_support import CORPUS, REFERENCE, ROOT, run_cli

from claimcheck import parallel
from claimcheck.engine import FileResult, Linter, collect_files

SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> Path:
    """~40 drafts (the sample drafts and seeds, three times over; more copies where the seeds are
    absent, so that the drafts are still enough to start a pool) plus files that fail to read."""
    d = tmp_path_factory.mktemp("drafts")
    sources = sorted(CORPUS.glob("*.md")) + sorted(CORPUS.glob("*.txt")) + sorted(SEEDS.glob("*.txt"))
    if not sources:
        pytest.skip("no sample drafts")
    size = sum(src.stat().st_size for src in sources)
    for copy in range(max(3, -(-parallel.MIN_POOL_BYTES * 5 // 4 // size))):
        for src in sources:
            shutil.copy(src, d / f"{copy}-{src.name}")
    (d / "1-binary.txt").write_bytes(b"\x00" * 64)
    (d / "2-empty.md").write_text("")
    (d / "loop.md").symlink_to("loop.md")
    return d


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_two_jobs_give_the_output_of_one(drafts, fmt):
    args = ("lint", "--reference", REFERENCE, "--format", fmt, drafts, drafts / "missing.md")
    one = run_cli(*args, "-j", "1", cwd=drafts)
    two = run_cli(*args, "-j", "2", cwd=drafts)
    assert one.returncode == two.returncode == 2
    assert one.stdout == two.stdout and one.stdout.strip()
    assert one.stderr == two.stderr and "1-binary.txt" in one.stderr and "loop.md" in one.stderr


def _items(drafts: Path):
    return list(collect_files([str(drafts)]))


def _keys(outcomes):
    return [(path, error, result and (result.error, [(f.rule, f.line, f.column, f.message) for f in result.findings]))
            for path, error, result in outcomes]


def _build(settings) -> Linter:
    from claimcheck.engine import linter_from_settings

    return linter_from_settings(settings)


def _settings():
    from claimcheck.config import resolve

    # the rule packs spelled as tests/conftest.py loads them (a pack is registered once per spelling)
    return resolve([str(CORPUS)], {"reference": [str(REFERENCE)], "rules": [str(ROOT / "rules")]})


class _Alarm:
    """Fail instead of hanging when the pool does not finish."""

    def __init__(self, seconds: int):
        self.seconds = seconds

    def __enter__(self):
        def fire(signum, frame):
            raise TimeoutError(f"the pool did not finish in {self.seconds}s")

        self.previous = signal.signal(signal.SIGALRM, fire)
        signal.alarm(self.seconds)

    def __exit__(self, *exc):
        signal.alarm(0)
        signal.signal(signal.SIGALRM, self.previous)


def test_library_pool_matches_serial_and_reports_progress(drafts):
    settings = _settings()
    linter = _build(settings)
    items = _items(drafts)
    assert sum(Path(p).stat().st_size for p, e in items if not e) > parallel.MIN_POOL_BYTES  # a pool is used
    serial = list(parallel.lint_items(items, linter, 1))
    seen = []
    with _Alarm(240):
        pooled = list(parallel.lint_items(items, linter, 2, build=_build, settings=settings, on_result=seen.append))
    assert _keys(serial) == _keys(pooled)
    assert [p for p, _, _ in pooled] == [p for p, _ in items]  # input order
    assert len(seen) == len(items)


def test_no_pool_for_one_file_or_one_job(drafts, monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    settings = _settings()
    linter = _build(settings)
    items = _items(drafts)
    one_file = [i for i in items if i[1] is None][:1] + [i for i in items if i[1]]  # errors are not linted
    assert len(list(parallel.lint_items(one_file, linter, 8, build=_build, settings=settings))) == len(one_file)
    assert len(list(parallel.lint_items(items[:5], linter, 1, build=_build, settings=settings))) == 5
    small = [i for i in items if i[1] is None and Path(i[0]).stat().st_size < 20_000][:4]
    assert len(small) == 4 and sum(Path(p).stat().st_size for p, _ in small) < parallel.MIN_POOL_BYTES
    assert len(list(parallel.lint_items(small, linter, 4, build=_build, settings=settings))) == 4
    built = []
    lazy = lambda: built.append(1) or linter  # noqa: E731 - built only when a file needs it
    assert list(parallel.lint_items([("x.md", "x.md: no such file")], lazy, 4)) == [("x.md", "x.md: no such file", None)]
    assert not built


class _DyingLinter:
    def __init__(self, linter: Linter):
        self.linter = linter

    def lint_file(self, path: str) -> FileResult:
        if "2-" in Path(path).name:
            os._exit(9)  # as if killed for memory
        return self.linter.lint_file(path)


def _dying_build(settings):
    return _DyingLinter(_build(settings))


def _failing_build(settings):
    raise RuntimeError("the claims library vanished")


def test_a_dying_worker_is_reported_not_waited_for(drafts, monkeypatch):
    monkeypatch.setattr(parallel, "MIN_POOL_BYTES", 0)
    settings = _settings()
    items = _items(drafts)
    with _Alarm(240):
        outcomes = list(parallel.lint_items(items, _DyingLinter(_build(settings)), 2, build=_dying_build,
                                            settings=settings))
    assert [p for p, _, _ in outcomes] == [p for p, _ in items]
    died = [r for _, _, r in outcomes if r and r.error and "worker process died" in r.error]
    assert died, "no file was reported as lost"
    assert all(r.error.startswith(r.path) for r in died)


def test_forked_workers_inherit_the_parents_linter(drafts, monkeypatch):
    if parallel._context().get_start_method() != "fork":
        pytest.skip("workers are forked on Linux only")
    monkeypatch.setattr(parallel, "MIN_POOL_BYTES", 0)
    settings = _settings()
    items = _items(drafts)[:8]
    with _Alarm(120):  # a worker that built its own Linter would call _failing_build
        outcomes = list(parallel.lint_items(items, _build(settings), 2, build=_failing_build, settings=settings))
    assert [path for path, _, _ in outcomes] == [path for path, _ in items]
    assert all(result.error is None or "cannot build" not in result.error for _, _, result in outcomes if result)
    assert parallel._worker_linter is None  # not kept alive after the run


def test_a_worker_that_cannot_build_its_linter_reports_each_file(drafts, monkeypatch):
    """Spawned workers (macOS, Windows) build their own Linter; one that cannot is one error per file."""
    import multiprocessing

    monkeypatch.setattr(parallel, "MIN_POOL_BYTES", 0)  # a pool even for these few files
    monkeypatch.setattr(parallel, "_context", lambda: multiprocessing.get_context("spawn"))
    settings = _settings()
    items = _items(drafts)[:6]
    with _Alarm(240):
        outcomes = list(parallel.lint_items(items, _build(settings), 2, build=_failing_build, settings=settings))
    assert len(outcomes) == len(items)
    for (path, error), (_, out_error, result) in zip(items, outcomes):
        if error:
            assert out_error == error
        else:
            assert "cannot build the linter" in result.error and "vanished" in result.error


def test_progress_bar_only_for_long_runs_on_a_terminal(monkeypatch):
    from claimcheck import cli

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert cli._progress_bar(cli.PROGRESS_MIN_FILES) is not None
    assert cli._progress_bar(cli.PROGRESS_MIN_FILES - 1) is None     # a pre-commit hook on a few files
    monkeypatch.setenv("CI", "true")
    assert cli._progress_bar(1000) is None                           # CI logs are not terminals
    monkeypatch.delenv("CI")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False, raising=False)
    assert cli._progress_bar(1000) is None                           # piped or redirected


def test_defaults():
    assert parallel.default_jobs() >= 1
    assert parallel.chunk_size(1, 2) == 1 and parallel.chunk_size(1000, 2) == 8 and parallel.chunk_size(40, 2) == 2
