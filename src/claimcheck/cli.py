"""Command line: parse options, call the library, choose a reporter, set the exit code.

Exit codes: 0 nothing at or above the fail level; 1 findings at or above it; 2 usage,
configuration, reference, rule or input error (the other files are still linted).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import sys
from pathlib import Path

import click

from . import __version__
from .errors import ClaimcheckError, ConfigError
from .report import CLAIMS_FORMATS, FORMATS

FAIL_LEVELS = ("error", "warning", "info")


def _echo_err(message: str) -> None:
    from .report.escape import terminal_text  # a message may quote a file name or a draft

    click.echo(f"claimcheck: {terminal_text(message)}", err=True)


#: a progress bar is shown from this many files on (a pre-commit hook on a few files gets none)
PROGRESS_MIN_FILES = 20


def _progress_bar(n_files: int):
    """A progress bar on stderr for a long run on a terminal; None when stderr is not a TTY, when
    the ``CI`` environment variable is set, or for fewer than PROGRESS_MIN_FILES files.

    click.progressbar rather than rich: click is already the CLI's one UI dependency (rich is
    only present transitively through spaCy's own CLI, and would be a new direct dependency for a
    single bar); the bar needs no more than a count, an ETA and drawing on stderr.
    """
    import os

    if n_files < PROGRESS_MIN_FILES or os.environ.get("CI") or not sys.stderr.isatty():
        return None
    return click.progressbar(length=n_files, label="linting", file=sys.stderr, show_pos=True, show_eta=True)


class _Group(click.Group):
    """Usage errors exit 2 with one line; unexpected errors never show a traceback."""

    def main(self, *args, **kwargs):  # pragma: no cover - exercised through the CLI tests
        kwargs.setdefault("standalone_mode", True)
        try:
            return super().main(*args, **kwargs)
        except ClaimcheckError as exc:
            _echo_err(str(exc))
            sys.exit(2)
        except KeyboardInterrupt:
            _echo_err("interrupted")
            sys.exit(130)
        except Exception as exc:  # a bug: one line, never a traceback
            _echo_err(f"internal error: {type(exc).__name__}: {exc} (please report this)")
            sys.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimcheck")
def main() -> None:
    """claimcheck: lint promotional drafts against a claims library and rule packs."""


def _common(f):
    f = click.option("--reference", "reference", multiple=True, type=click.Path(),
                     help="Claims library: a YAML file or a folder of them (default: ./reference or config).")(f)
    f = click.option("--rules", "rules", multiple=True, type=click.Path(),
                     help="Rule pack: a YAML file or a folder of them (default: ./rules or config).")(f)
    f = click.option("--market", default=None, metavar="CODE",
                     help="Market whose requirements apply: a market the rule packs define (default: config, "
                          "the document's declaration, the packs' default market).")(f)
    f = click.option("--config", "config_path", type=click.Path(), default=None,
                     help="Use this claimcheck.toml / pyproject.toml instead of searching for one.")(f)
    f = click.option("--no-cache", is_flag=True, expose_value=False, callback=_no_cache,
                     help="Do not read or write the start-up cache (validated claims library and rule "
                          "packs, compiled patterns; see CLAIMCHECK_CACHE_DIR).")(f)
    return f


def _no_cache(ctx, param, value) -> None:
    if value:
        from . import cache

        cache.disable()


def _workflow_options(f):
    """lint's options for the pre-commit / CI workflow (reports, baseline, suppressions, exclusion)."""
    options = [
        click.option("--output", "-o", "output", multiple=True, type=click.Path(dir_okay=False),
                     help="Write the report of the --format before it to FILE (repeatable); "
                          "stdout still shows text."),
        click.option("--statistics", is_flag=True, help="Print the number of findings per rule instead of the findings "
                                                        "(a JSON array with --format json)."),
        click.option("--baseline", "baseline", type=click.Path(dir_okay=False), default=None,
                     help="Report only findings this baseline file does not record (default: config)."),
        click.option("--write-baseline", "write_baseline", type=click.Path(dir_okay=False), default=None,
                     help="Record the current findings in FILE (then exit 0 unless input failed)."),
        click.option("--no-inline-suppressions", "no_inline_suppressions", is_flag=True,
                     help="Ignore <!-- claimcheck: ignore[...] --> comments (strict review)."),
        click.option("--tracked-changes", "tracked_changes", type=click.Choice(["accept", "original"]), default=None,
                     help="Word tracked changes: lint the text with every change accepted (default) "
                          "or the original text before them."),
        click.option("--exclude", "exclude", multiple=True,
                     help="Skip files and folders matching this glob (repeatable; replaces the config's)."),
        click.option("--force-exclude", is_flag=True,
                     help="Apply exclude and .gitignore to files named on the command line too (pre-commit)."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _setup(paths, reference, rules, market, config_path, extra=None, keep_claims: bool = False,
           consistency: bool = False):
    from .config import resolve
    from .engine import linter_from_settings

    cli = {"reference": list(reference), "rules": list(rules), "market": market}
    cli.update(extra or {})
    settings = resolve(list(paths), cli, config_path)
    # the same function builds each worker's Linter for --jobs N (parallel.py)
    linter = linter_from_settings(settings, keep_claims=keep_claims)
    # what exists now (spaCy, the pipeline, the library: ~1M objects) lives as long as the process:
    # keep it out of the garbage collector's scans, which otherwise rescan it in every full
    # collection (8 % of linting 1 MB, 50 ms of the first document); forked workers then also
    # leave those pages shared. The library leaves the host program's collector alone: CLI only.
    gc.freeze()
    settings.check_codes(linter.registry)  # the built-in rules and the loaded rule packs' rules
    # --select X --ignore X: nothing would run (exit 2, not a silent 0); the run-level C001 runs
    # only with --consistency, so without it it does not count as something left to run
    from .checks.consistency import CROSS_DOCUMENT

    settings.check_selection(c for c in linter.registry if consistency or c != CROSS_DOCUMENT.code)
    return settings, linter, linter.reference, linter.rulepacks


class _OrderedCommand(click.Command):
    """Remembers the order of the options on the command line (to pair --format with --output)."""

    def parse_args(self, ctx, args):
        try:
            _, _, order = self.make_parser(ctx).parse_args(args=list(args))
            ctx.meta["claimcheck.order"] = [p.name for p in order]
        except click.ClickException:
            pass  # the real parse below reports it
        return super().parse_args(ctx, args)


def _output_plan(fmts, outputs) -> list[tuple[str, str | None]]:
    """(format, file or None for stdout) pairs, in command-line order.

    Each --output pairs with the --format written just before it; a --format not followed by
    its own --output goes to stdout; an --output with no --format before it takes its format
    from its extension (.json, .sarif, .xml → junit, .txt → concise). At most one format goes to
    stdout; when all go to files, stdout shows text.
    """
    from .report import EXTENSIONS

    order = click.get_current_context().meta.get("claimcheck.order")
    if order is None:  # invoked without our parser: pair by position
        order = ["fmt"] * len(fmts) + ["output"] * len(outputs)
    plan: list[list] = []
    pending = None
    fi = oi = 0
    for name in order:
        if name == "fmt" and fi < len(fmts):
            plan.append([fmts[fi], None])
            pending = len(plan) - 1
            fi += 1
        elif name == "output" and oi < len(outputs):
            out = outputs[oi]
            oi += 1
            if pending is not None:
                plan[pending][1] = out
                pending = None
                continue
            fmt = EXTENSIONS.get(Path(out).suffix.lower())
            if fmt is None:
                raise click.UsageError(f"cannot tell the format of --output {out}; write --format FORMAT before it")
            plan.append([fmt, out])
    to_stdout = [f for f, o in plan if o is None]
    if len(to_stdout) > 1:
        raise click.UsageError(f"several formats for stdout ({', '.join(to_stdout)}): give all but one an --output FILE")
    if not to_stdout:
        plan.append(["text", None])
    return [(f, o) for f, o in plan]


def _use_color() -> bool:
    import os

    if os.environ.get("NO_COLOR"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or sys.stdout.isatty()


def _exit_code(report, errors, exit_zero: bool, fail_on: str, wrote_baseline: bool) -> int:
    from .engine import at_or_above

    if errors:
        return 2
    if exit_zero or wrote_baseline:
        return 0
    return 1 if at_or_above(report.findings, fail_on) else 0


def _emit(plan, report, statistics: bool) -> list[str]:
    """Render each (format, file) of the plan; returns the errors writing files (exit 2)."""
    problems: list[str] = []
    # rendering builds tens of thousands of small acyclic containers (a SARIF result, a JSON line):
    # the cyclic collector's passes over them were a third of rendering SARIF over 5,000 files
    gc.disable()
    try:
        return _emit_each(plan, report, statistics, problems)
    finally:
        gc.enable()


def _emit_each(plan, report, statistics: bool, problems: list[str]) -> list[str]:
    from .report import render_chunks
    from .report.json_report import render_statistics_json
    from .report.text import render_statistics

    for fmt, out in plan:
        if out is None:
            if statistics:  # as ruff: a JSON array with --format json, the text table otherwise
                click.echo(render_statistics_json(report) if fmt == "json" else render_statistics(report), nl=False)
            else:
                color = fmt == "text" and _use_color()
                # written piece by piece: the whole report is never one string in memory
                # (color=True: click would strip the codes when FORCE_COLOR asks for them off a terminal)
                # in blocks of about 64 KiB: click.echo flushes at every call
                for block in _blocks(render_chunks(fmt, report, color=color)):
                    click.echo(block, nl=False, color=color or None)
            continue
        try:
            with open(out, "w", encoding="utf-8") as fh:
                fh.writelines(render_chunks(fmt, report))
        except OSError as exc:
            problems.append(f"{out}: cannot write the {fmt} report: {exc.strerror or exc}")
    return problems


def _blocks(chunks, size: int = 65536):
    """The chunks joined into blocks of at least ``size`` characters (the last may be shorter)."""
    pending: list[str] = []
    length = 0
    for chunk in chunks:
        pending.append(chunk)
        length += len(chunk)
        if length >= size:
            yield "".join(pending)
            pending.clear()
            length = 0
    if pending:
        yield "".join(pending)


def _inputs(settings, reference_data, packs) -> dict:
    """The audit trail of a run: every reference and rule file with its SHA-256, and the options."""
    from .config import display_path

    return {
        "reference": [{"path": display_path(p), "sha256": h} for p, h in reference_data.files],
        "rules": [{"path": display_path(p), "sha256": h} for p, h in (packs.files if packs else [])],
        "market": settings["market"],
        "config": settings.config_file,
        "options": {"select": settings["select"], "ignore": settings["ignore"],
                    "per_file_ignores": settings["per-file-ignores"], "fail_on": settings["fail-on"],
                    "inline_suppressions": settings["inline-suppressions"],
                    "tracked_changes": settings["tracked-changes"]},
    }


@main.command(cls=_OrderedCommand)
# readable=False: an unreadable file or folder is the walk's one-line error (exit 2, the other
# paths still linted), not a usage error that stops the run
@click.argument("paths", nargs=-1, required=False, type=click.Path(readable=False))
@_common
@click.option("--format", "fmt", multiple=True, type=click.Choice(FORMATS),
              help="Output format (repeatable; each pairs with the --output after it; default: text).")
@_workflow_options
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None,
              help="Lowest severity that makes the exit code 1 (default: error).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (errors reading input still exit 2).")
@click.option("--select", multiple=True, help="Only these rule codes or prefixes (repeatable).")
@click.option("--ignore", multiple=True, help="Skip these rule codes or prefixes (repeatable).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Lint in this many processes (default: the number of CPUs; one file or -j 1: no pool).")
@click.option("--consistency", is_flag=True,
              help="Also report a claim stated with different values in different documents of the run (C001).")
def lint(paths, reference, rules, market, config_path, fmt, fail_on, exit_zero, select, ignore, jobs,
         consistency, **workflow):
    """Lint drafts (files or folders): numeric claims, arithmetic, required content and language.

    With no PATH, lints the configured drafts (`drafts` in [tool.claimcheck], default: the
    project folder).
    """
    from . import baseline
    from .config import display_path
    from .engine import collect_files, linter_from_settings
    from .parallel import default_jobs, lint_items
    from .report import CLAIM_FORMATS, Report

    plan = _output_plan(fmt, workflow["output"])  # usage errors before any work
    # the html report and --consistency need every claim, not only the findings
    keep_claims = consistency or any(f in CLAIM_FORMATS for f, _ in plan)
    settings, linter, reference_data, packs = _setup(
        paths, reference, rules, market, config_path,
        {"select": list(select), "ignore": list(ignore), "fail-on": fail_on,
         "exclude": list(workflow["exclude"]), "baseline": workflow["baseline"],
         "inline-suppressions": False if workflow["no_inline_suppressions"] else None,
         "tracked-changes": workflow["tracked_changes"]}, keep_claims=keep_claims, consistency=consistency)
    paths = paths or tuple(settings["drafts"])
    # a missing or invalid baseline is exit 2 before any file is linted
    baseline_keys = None
    if settings["baseline"] and not workflow["write_baseline"]:
        baseline_keys = baseline.load(settings["baseline"])
    results = []
    errors = []
    # paths only: documents are read one at a time by whoever lints them
    items = list(collect_files(paths, exclude=settings.excluder(), force_exclude=workflow["force_exclude"]))
    if not items and not workflow["force_exclude"]:
        # drafts exist (collect_files reports a folder without any) but every one is excluded:
        # say so, a gate that lints nothing must not look like a clean pass
        _echo_err(f"nothing to lint: every draft under {', '.join(map(str, paths))} is excluded "
                  "(git-ignored, or `exclude` in the configuration)")
    bar = _progress_bar(sum(1 for _, error in items if not error))
    say = _echo_err if bar is None else (lambda message: click.echo(f"\r\x1b[Kclaimcheck: {message}", err=True))
    build = functools.partial(linter_from_settings, keep_claims=True) if keep_claims else linter_from_settings
    outcomes = lint_items(items, linter, jobs or default_jobs(), build=build, settings=settings,
                          on_result=(lambda _: bar.update(1)) if bar is not None else None)
    with bar if bar is not None else contextlib.nullcontext():
        for path, error, result in outcomes:
            if error:
                errors.append(error)
                say(error)
                continue
            if result.error:
                errors.append(result.error)
                say(result.error)
            elif result.notice:
                say(result.notice)
            results.append(result)
    if consistency and linter.enabled("C001"):
        from .checks.consistency import check_run

        check_run(results, reference_data)
    inputs = _inputs(settings, reference_data, packs)
    if consistency:
        inputs["options"]["consistency"] = True
    if workflow["write_baseline"]:
        n = baseline.write(workflow["write_baseline"], results, settings.root)
        _echo_err(f"wrote {n} finding{'s' if n != 1 else ''} to the baseline {workflow['write_baseline']}")
    known = None
    if baseline_keys is not None:
        known = {"path": display_path(settings["baseline"]), "known": len(baseline_keys),
                 "matched": baseline.apply(results, baseline_keys, settings.root)}
    report = Report(results, __version__, inputs, errors, baseline=known, rules=linter.registry)
    report.exit_code = _exit_code(report, errors, exit_zero, settings["fail-on"], bool(workflow["write_baseline"]))
    for problem in _emit(plan, report, workflow["statistics"]):
        _echo_err(problem)
        report.exit_code = 2
    sys.exit(report.exit_code)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))
@_common
@click.option("--format", "fmt", type=click.Choice(CLAIMS_FORMATS), default="text",
              help="text (a table), json, csv or xlsx (the claims matrix for a spreadsheet; xlsx needs -o).")
@click.option("--output", "-o", "output", type=click.Path(dir_okay=False), default=None,
              help="Write to FILE instead of stdout.")
def claims(paths, reference, rules, market, config_path, fmt, output):
    """List every numeric claim in PATHS (files or folders): its place, context, matched reference
    entry, reference value and source, review status and the findings on it (the claims matrix)."""
    from .engine import collect_files
    from .report import BINARY_CLAIMS_FORMATS, render_claims

    if fmt in BINARY_CLAIMS_FORMATS and output is None:
        raise click.UsageError(f"--format {fmt} writes a file: give it with -o FILE")
    settings, linter, _, _ = _setup(paths, reference, rules, market, config_path, keep_claims=True)
    results, errors = [], []
    for path, error in collect_files(paths, exclude=settings.excluder()):
        result = linter.lint_file(path) if error is None else None
        problem = error or result.error
        if problem:
            errors.append(problem)
            _echo_err(problem)
            continue
        if result.notice:
            _echo_err(result.notice)
        results.append(result)
    body = render_claims(fmt, results)
    if output is None:
        click.echo(body, nl=False)
    else:
        try:
            with open(output, "wb" if isinstance(body, bytes) else "w",
                      **({} if isinstance(body, bytes) else {"encoding": "utf-8", "newline": ""})) as fh:
                fh.write(body)
        except OSError as exc:
            errors.append(f"{output}: cannot write the claims matrix: {exc.strerror or exc}")
            _echo_err(errors[-1])
    sys.exit(2 if errors else 0)


@main.command()
@click.argument("pdf", type=click.Path(readable=False))
@_common
@click.option("--output", "-o", "output", type=click.Path(dir_okay=False), required=True,
              help="The annotated copy to write (never the input itself).")
def annotate(pdf, reference, rules, market, config_path, output):
    """Write a copy of PDF with a highlight on each claim and a comment holding its finding or
    the matched reference (the original is never modified)."""
    from .report import annotate_pdf

    source, target = Path(pdf), Path(output)
    try:
        same = target.exists() and source.exists() and source.resolve() == target.resolve()
    except OSError:
        same = False
    if same:
        raise click.UsageError(f"{output}: is the input itself; the original is never modified, name a copy")
    _, linter, _, _ = _setup([pdf], reference, rules, market, config_path, keep_claims=True)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise ClaimcheckError(f"{pdf}: cannot read: {exc.strerror or exc}") from None
    if not data.startswith(b"%PDF-") and b"%PDF-" not in data[:1024]:
        raise ClaimcheckError(f"{pdf}: not a PDF; annotate writes highlights into PDF files only")
    result = linter.lint_file(pdf)  # an unreadable PDF: its one-line error (exit 2), nothing written
    if result.error:
        raise ClaimcheckError(result.error)
    if result.notice or result.format != "pdf":
        raise ClaimcheckError(f"{pdf}: {result.notice or 'not read as a PDF'}; nothing to annotate")
    annotated, placed = annotate_pdf(data, result)
    try:
        target.write_bytes(annotated)
    except OSError as exc:
        raise ClaimcheckError(f"{output}: cannot write the annotated PDF: {exc.strerror or exc}") from None
    missed = len(result.claims) - placed
    note = f" ({missed} not found on the page)" if missed else ""
    _echo_err(f"wrote {output}: {placed} of {len(result.claims)} claims annotated{note}")
    sys.exit(0)


@main.command()
@click.argument("code", required=False)
@click.option("--all", "show_all", is_flag=True, help="List every rule.")
@_common
def rule(code, show_all, reference, rules, market, config_path):
    """Print a rule's documentation (what, why, regulatory basis, bad and good example)."""
    from .config import resolve
    from .engine import inputs_from_settings
    from .registry import Registry

    registry = Registry()  # the built-in rules
    try:
        settings = resolve([], {"reference": list(reference), "rules": list(rules), "market": market}, config_path)
        registry = Registry(inputs_from_settings(settings)[1])  # and the rule packs' rules
    except ConfigError:
        pass  # rule packs not loadable: still document the built-in rules
    if show_all or not code:
        import textwrap

        # columns as wide as their longest entry (a pack may name its rules at length)
        width_name = max(len(r.name) for r in registry.values())
        width_category = max(len(r.category) for r in registry.values())
        for c in sorted(registry):
            r = registry[c]
            # the first sentence, shortened at a word boundary (never mid-word) to 80 characters
            first = textwrap.shorten(r.summary.split(". ")[0], width=80, placeholder=" …", break_on_hyphens=False)
            click.echo(f"{r.code:6} {r.name:{width_name}} {r.category:{width_category}} {r.severity:8} {first}")
        return
    r = registry.get(code.upper())
    if r is None:
        raise click.UsageError(f"unknown rule {code!r}; `claimcheck rule --all` lists them")
    click.echo(r.documentation())


@main.command("config")
@click.argument("paths", nargs=-1, type=click.Path())
@_common
@click.option("--select", multiple=True, help="As for lint: shows the merged value.")
@click.option("--ignore", multiple=True, help="As for lint: shows the merged value.")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None, help="As for lint.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def config_command(paths, reference, rules, market, config_path, select, ignore, fail_on, fmt):
    """Show the merged settings for PATHS and where each came from (file:line, command line, default)."""
    from .config import display_path, resolve

    settings = resolve(list(paths), {"reference": list(reference), "rules": list(rules), "market": market,
                                     "select": list(select), "ignore": list(ignore), "fail-on": fail_on},
                       config_path)
    rows = settings.display()
    if fmt == "json":
        click.echo(json.dumps({"config_file": settings.config_file, "root": display_path(settings.root),
                               "settings": {k: {"value": v, "source": s} for k, v, s in rows}},
                              indent=2, sort_keys=True))
        return
    click.echo(f"config file: {settings.config_file or '(none found; defaults)'}")
    click.echo(f"root:        {display_path(settings.root)}")
    width = max(len(k) for k, _, _ in rows)
    for key, value, source in rows:
        click.echo(f"{key:<{width}} = {json.dumps(value, sort_keys=True)}  # {source}")
