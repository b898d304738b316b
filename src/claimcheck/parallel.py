"""Lint many files in N worker processes, results in input order.

How it works, and why:

- **One pipeline per process.** Where the platform can ``fork`` (Linux) the workers inherit the
  parent's imported modules and its built :class:`~claimcheck.engine.Linter`, so starting a
  worker costs milliseconds, not the half second of importing spaCy. Elsewhere (``spawn``) each
  worker builds its own Linter once, in the pool's initializer, from the *resolved settings* (a
  picklable :class:`~claimcheck.config.Settings`), never from a pickled Linter: a spaCy pipeline
  does not pickle cheaply.
- **Warm start.** With ``fork``, the parent builds its Linter and lints the first file itself
  before starting the workers: they inherit the Linter (claims library, rule packs, pipeline)
  and what a first document builds (the rule packs' compiled patterns, shared matchers, the
  tokenizer's cache), so a worker's first file costs what any other file costs.
- **Stable order.** ``executor.map(..., chunksize=k)`` yields results in input order, so the
  output of ``-j N`` is byte-for-byte the output of ``-j 1``.
- **No pool when it cannot help.** One file, ``jobs == 1``, or less than :data:`MIN_POOL_BYTES`
  of input: lint in-process. Starting a pool and shipping results back costs more than a few
  small drafts take to lint; a pre-commit hook on a few drafts is faster without a pool.
- **Streaming.** Workers read a document, lint it and drop it; only each file's
  :class:`~claimcheck.engine.FileResult` (its findings) travels back. The list of *paths* is
  known up front (for the pool size and the progress bar); documents never are.
- **Hard to break.** :class:`concurrent.futures.ProcessPoolExecutor` rather than
  ``multiprocessing.Pool``: when a worker dies (killed for memory, a crash in a C extension)
  ``Pool.imap`` waits forever for the lost task, the executor raises ``BrokenProcessPool``,
  which we turn into one error per file not linted (exit 2). A Linter that cannot be built in a
  worker is reported per file too, instead of the endless respawning a failing ``Pool``
  initializer causes. Workers ignore Ctrl-C; the parent handles it and cancels what is queued.

The library never prints: progress is reported through the ``on_result`` callback.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator, Sequence

from .engine import FileResult, Linter

#: (path, error) as produced by :func:`claimcheck.engine.collect_files`
Item = tuple[str, "str | None"]
#: (path, collection error or None, result or None)
Outcome = tuple[str, "str | None", "FileResult | None"]


#: below this much input (bytes, all files together) the files are linted in-process
MIN_POOL_BYTES = 256 * 1024


def default_jobs() -> int:
    """The number of CPUs this process may run on (the default for ``--jobs``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def chunk_size(n_files: int, jobs: int) -> int:
    """Files per task: small enough to balance uneven files, large enough to amortise IPC."""
    return max(1, min(8, n_files // (jobs * 8)))


def _context():
    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


# ----------------------------------------------------------------------------- worker side
_worker_linter: Linter | None = None
_worker_error: str | None = None


def _init_worker(build: Callable[[object], Linter], settings: object) -> None:
    global _worker_linter, _worker_error
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    if _worker_linter is not None:  # forked: the parent's Linter, inherited (see lint_items)
        return
    try:
        _worker_linter = build(settings)
    except Exception as exc:  # reported per file; a raising initializer would break the pool
        _worker_error = f"cannot build the linter in a worker process: {exc}"


def _lint_item(item: Item) -> Outcome:
    path, error = item
    if error:
        return path, error, None
    if _worker_linter is None:
        return path, None, FileResult(path, error=f"{path}: {_worker_error}")
    return path, None, _worker_linter.lint_file(path)


# ----------------------------------------------------------------------------- parent side
def lint_items(
    items: Sequence[Item],
    linter: Linter | Callable[[], Linter],
    jobs: int,
    build: Callable[[object], Linter] | None = None,
    settings: object = None,
    on_result: Callable[[Outcome], None] | None = None,
) -> Iterator[Outcome]:
    """Lint ``items`` (from ``collect_files``) and yield one outcome per item, in input order.

    ``linter`` lints in-process (``jobs == 1`` or a single file); it may be a zero-argument
    callable that builds it on first use. With ``jobs > 1`` each worker builds its own Linter
    by calling ``build(settings)``; both must be picklable (a module-level function and plain
    data). ``on_result`` is called after each outcome (progress).
    """
    lintable = [path for path, error in items if not error]
    workers = min(jobs, len(lintable))
    if workers <= 1 or build is None or _total_bytes(lintable, MIN_POOL_BYTES) < MIN_POOL_BYTES:
        yield from _serial(items, linter, on_result)
        return
    # warm start: the parent lints the first file itself before the workers are forked, so that
    # they inherit what a first document builds (compiled patterns in re's cache, the rule packs'
    # shared matchers, the tokenizer's cache) instead of each building it again
    global _worker_linter
    if _context().get_start_method() != "fork":
        _worker_linter = None  # each spawned worker builds its own in _init_worker
        yield from _pooled(items, workers, build, settings, on_result)
        return
    built = linter if _is_built(linter) else linter()
    first = next(i for i, (_, error) in enumerate(items) if not error) + 1
    yield from _serial(items[:first], built, on_result)
    # the forked workers inherit this process's memory: the Linter itself (claims library, rule
    # packs, pipeline) needs no rebuilding in them
    _worker_linter = built
    try:
        yield from _pooled(items[first:], workers, build, settings, on_result)
    finally:
        _worker_linter = None


def _is_built(linter) -> bool:
    """A Linter (or anything that lints files), as opposed to a function that builds one."""
    return hasattr(linter, "lint_file")


def _total_bytes(paths: Sequence[str], enough: int) -> int:
    """The files' total size, counted until it reaches ``enough`` (unreadable files count as 0)."""
    total = 0
    for path in paths:
        try:
            total += os.stat(path).st_size
        except OSError:
            pass
        if total >= enough:
            break
    return total


def _serial(items: Iterable[Item], linter, on_result) -> Iterator[Outcome]:
    built: Linter | None = linter if _is_built(linter) else None
    for path, error in items:
        if error:
            outcome: Outcome = (path, error, None)
        else:
            if built is None:
                built = linter()
            outcome = (path, None, built.lint_file(path))
        if on_result:
            on_result(outcome)
        yield outcome


def _pooled(items: Sequence[Item], workers: int, build, settings, on_result) -> Iterator[Outcome]:
    executor = ProcessPoolExecutor(
        max_workers=workers, mp_context=_context(), initializer=_init_worker, initargs=(build, settings)
    )
    done = 0
    try:
        for outcome in executor.map(_lint_item, items, chunksize=chunk_size(len(items), workers)):
            done += 1
            if on_result:
                on_result(outcome)
            yield outcome
    except BrokenProcessPool:
        for path, error in items[done:]:
            outcome = (path, error, None) if error else (
                path, None, FileResult(path, error=f"{path}: not linted: a worker process died "
                                                   "(out of memory, or killed)"))
            if on_result:
                on_result(outcome)
            yield outcome
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


__all__ = ["lint_items", "default_jobs", "chunk_size", "MIN_POOL_BYTES"]
