"""Command line: parse options, call the library, choose a reporter, set the exit code.

Exit codes: 0 nothing at or above the fail level; 1 findings at or above it; 2 usage,
configuration, reference, rule or input error (the other files are still linted).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__
from .errors import ClaimcheckError, ConfigError

FAIL_LEVELS = ("error", "warning", "info")


def _echo_err(message: str) -> None:
    click.echo(f"claimcheck: {message}", err=True)


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
    return f


def _setup(paths, reference, rules, market, config_path, extra=None):
    from .config import resolve
    from .engine import Linter
    from .reference import load_reference
    from .rulepacks import load_rulepacks

    cli = {"reference": list(reference), "rules": list(rules), "market": market}
    cli.update(extra or {})
    settings = resolve(list(paths), cli, config_path)
    ref_paths = settings["reference"]
    if settings.sources["reference"] == "default":
        ref_paths = [str(Path(p)) for p in ref_paths]
        if not any(Path(p).exists() for p in ref_paths):
            raise ConfigError("no claims library: pass --reference PATH or set reference in [tool.claimcheck]")
    reference_data = load_reference(ref_paths)
    rule_paths = settings["rules"]
    if settings.sources["rules"] == "default":
        rule_paths = [p for p in rule_paths if Path(p).exists()]
    packs = load_rulepacks(rule_paths, reference_data) if rule_paths else None
    linter = Linter(reference_data, market=settings["market"], rulepacks=packs,
                    select=settings["select"], ignore=settings["ignore"])
    return settings, linter, reference_data, packs


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@_common
@click.option("--format", "fmt", type=click.Choice(["text", "concise", "json"]), default="text",
              help="Output format.")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default=None,
              help="Lowest severity that makes the exit code 1 (default: error).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings (errors reading input still exit 2).")
@click.option("--select", multiple=True, help="Only these rule codes or prefixes (repeatable).")
@click.option("--ignore", multiple=True, help="Skip these rule codes or prefixes (repeatable).")
def lint(paths, reference, rules, market, config_path, fmt, fail_on, exit_zero, select, ignore):
    """Lint drafts (files or folders): numeric claims, arithmetic, required content and language."""
    from .engine import at_or_above, collect_files
    from .report import Report, render

    settings, linter, reference_data, packs = _setup(
        paths, reference, rules, market, config_path,
        {"select": list(select), "ignore": list(ignore), "fail-on": fail_on})
    results = []
    errors = []
    for path, error in collect_files(paths):
        if error:
            errors.append(error)
            _echo_err(error)
            continue
        result = linter.lint_file(path)
        if result.error:
            errors.append(result.error)
            _echo_err(result.error)
        elif result.notice:
            _echo_err(result.notice)
        results.append(result)
    inputs = {
        "reference": [{"path": p, "sha256": h} for p, h in reference_data.files],
        "rules": [{"path": p, "sha256": h} for p, h in (packs.files if packs else [])],
        "market": settings["market"],
    }
    report = Report(results, __version__, inputs, errors)
    color = fmt == "text" and sys.stdout.isatty()
    click.echo(render(fmt, report, color=color), nl=False)
    if errors:
        sys.exit(2)
    if exit_zero:
        sys.exit(0)
    sys.exit(1 if at_or_above(report.findings, settings["fail-on"]) else 0)


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
    from .checks import RULES

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
