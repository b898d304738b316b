"""Command line: parse options, call the library, choose a reporter, set the exit code.

Exit codes: 0 nothing at or above the fail level; 1 findings at or above it; 2 usage,
configuration, reference, rule or input error (the other files are still linted).
"""

from __future__ import annotations

import contextlib
import gc
import json
import sys
from pathlib import Path

import click

from . import __version__
from .errors import ClaimcheckError, ConfigError

FAIL_LEVELS = ("error", "warning", "info")


def _echo_err(message: str) -> None:
    click.echo(f"claimcheck: {message}", err=True)


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
    f = click.option("--market", type=click.Choice(["US", "EU", "us", "eu"]), default=None,
                     help="Market whose requirements apply (default: config, the document's declaration, US).")(f)
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


#: every report format (claimcheck.report.FORMATS; repeated here to keep `--help` import-light)
FORMATS = ("text", "concise", "json", "sarif", "junit", "github")


def _workflow_options(f):
    """lint's options for the pre-commit / CI workflow (reports, baseline, suppressions, exclusion)."""
    options = [
        click.option("--output", "-o", "output", multiple=True, type=click.Path(dir_okay=False),
                     help="Write the report of the --format before it to FILE (repeatable); "
                          "stdout still shows text."),
        click.option("--statistics", is_flag=True, help="Print the number of findings per rule instead of the findings."),
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


def _setup(paths, reference, rules, market, config_path, extra=None):
    from .config import resolve
    from .engine import linter_from_settings

    cli = {"reference": list(reference), "rules": list(rules), "market": market}
    cli.update(extra or {})
    settings = resolve(list(paths), cli, config_path)
    # the same function builds each worker's Linter for --jobs N (parallel.py)
    linter = linter_from_settings(settings)
    # what exists now (spaCy, the pipeline, the library: ~1M objects) lives as long as the process:
    # keep it out of the garbage collector's scans, which otherwise rescan it in every full
    # collection (8 % of linting 1 MB, 50 ms of the first document); forked workers then also
    # leave those pages shared. The library leaves the host program's collector alone: CLI only.
    gc.freeze()
    from .checks import RULES

    settings.check_codes(RULES)  # after the rule packs registered their codes
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
    from .report import render_chunks
    from .report.text import render_statistics

    problems = []
    for fmt, out in plan:
        if out is None:
            if statistics:
                click.echo(render_statistics(report), nl=False)
            else:
                color = fmt == "text" and _use_color()
                # written piece by piece: the whole report is never one string in memory
                # (color=True: click would strip the codes when FORCE_COLOR asks for them off a terminal)
                for chunk in render_chunks(fmt, report, color=color):
                    click.echo(chunk, nl=False, color=color or None)
            continue
        try:
            with open(out, "w", encoding="utf-8") as fh:
                fh.writelines(render_chunks(fmt, report))
        except OSError as exc:
            problems.append(f"{out}: cannot write the {fmt} report: {exc.strerror or exc}")
    return problems


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
def lint(paths, reference, rules, market, config_path, fmt, fail_on, exit_zero, select, ignore, jobs, **workflow):
    """Lint drafts (files or folders): numeric claims, arithmetic, required content and language.

    With no PATH, lints the configured drafts (`drafts` in [tool.claimcheck], default: the
    project folder).
    """
    from . import baseline
    from .config import display_path
    from .engine import collect_files, linter_from_settings
    from .parallel import default_jobs, lint_items
    from .report import Report

    plan = _output_plan(fmt, workflow["output"])  # usage errors before any work
    settings, linter, reference_data, packs = _setup(
        paths, reference, rules, market, config_path,
        {"select": list(select), "ignore": list(ignore), "fail-on": fail_on,
         "exclude": list(workflow["exclude"]), "baseline": workflow["baseline"],
         "inline-suppressions": False if workflow["no_inline_suppressions"] else None,
         "tracked-changes": workflow["tracked_changes"]})
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
    outcomes = lint_items(items, linter, jobs or default_jobs(), build=linter_from_settings, settings=settings,
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
    inputs = _inputs(settings, reference_data, packs)
    if workflow["write_baseline"]:
        n = baseline.write(workflow["write_baseline"], results, settings.root)
        _echo_err(f"wrote {n} finding{'s' if n != 1 else ''} to the baseline {workflow['write_baseline']}")
    known = None
    if baseline_keys is not None:
        known = {"path": display_path(settings["baseline"]), "known": len(baseline_keys),
                 "matched": baseline.apply(results, baseline_keys, settings.root)}
    report = Report(results, __version__, inputs, errors, baseline=known)
    report.exit_code = _exit_code(report, errors, exit_zero, settings["fail-on"], bool(workflow["write_baseline"]))
    for problem in _emit(plan, report, workflow["statistics"]):
        _echo_err(problem)
        report.exit_code = 2
    sys.exit(report.exit_code)


@main.command()
@click.argument("file", type=click.Path())
@_common
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def claims(file, reference, rules, market, config_path, fmt):
    """List every numeric claim in FILE with its context and matched reference entry."""
    from .documents import read_document

    _, linter, ref, _ = _setup([file], reference, rules, market, config_path)
    document = read_document(file)
    analysis = linter.analyse(document)
    rows = []
    for c, m in zip(analysis.claims, analysis.matches):
        loc = document.locate(c.start)
        rows.append({
            "line": loc.line, "column": loc.column, "page": loc.page, "kind": c.kind,
            "text": " ".join(c.text.split()), "value": c.describe_value(),
            "endpoint": c.endpoint, "arm": c.arm, "population": c.population, "timepoint": c.timepoint,
            "study": c.study, "status": m.status, "reference_id": m.reference_id, "expected": m.expected,
        })
    if fmt == "json":
        click.echo(json.dumps({"path": file, "claims": rows}, indent=2, ensure_ascii=False))
        return
    header = ("LINE:COL", "KIND", "CLAIM", "ENDPOINT", "ARM", "POPULATION", "TIME", "MATCH", "ENTRY")
    table = [header]
    for r in rows:
        table.append((f"{r['line']}:{r['column']}", r["kind"], r["text"][:40], r["endpoint"] or "-",
                      r["arm"] or "-", r["population"] or "-", r["timepoint"] or "-", r["status"],
                      r["reference_id"] or "-"))
    widths = [max(len(str(row[i])) for row in table) for i in range(len(header))]
    for row in table:
        click.echo("  ".join(str(v).ljust(w) for v, w in zip(row, widths)).rstrip())
    click.echo(f"{len(rows)} claims in {file}")


@main.command()
@click.argument("code", required=False)
@click.option("--all", "show_all", is_flag=True, help="List every rule.")
@_common
def rule(code, show_all, reference, rules, market, config_path):
    """Print a rule's documentation (what, why, regulatory basis, bad and good example)."""
    from . import suppressions  # noqa: F401  (registers S001-S003 even when setup fails)
    from .checks import RULES, load_builtin_checks

    load_builtin_checks()

    try:
        _setup([], reference, rules, market, config_path)
    except ConfigError:
        pass  # rule packs not loadable: still document the built-in rules
    if show_all or not code:
        for c in sorted(RULES):
            r = RULES[c]
            click.echo(f"{r.code:6} {r.name:32} {r.category:18} {r.severity:8} {r.summary.split('. ')[0][:80]}")
        return
    r = RULES.get(code.upper())
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
