"""The rule registry: which rules a Linter knows and which checks it runs.

The built-in rule types are listed in ONE table, :data:`RULE_TYPES`: each entry is a check
module's rules (its ``RULES`` tuple, each :class:`~claimcheck.checks.Rule` documented where it
is defined) and its per-document check function. Nothing is registered when a module is
imported. A :class:`Registry` is built per :class:`~claimcheck.engine.Linter` from that table
and the Linter's loaded rule packs (:mod:`claimcheck.rulepacks`), so two Linters with different
rule packs in one process never see each other's rules. Everything that needs rule metadata
(``claimcheck rule``, ``--select``/``--ignore`` validation, SARIF rule descriptors, inline
suppressions) reads it from the Linter's registry (``Linter.registry``) or from the run's
:class:`~claimcheck.report.Report` (``Report.rules``).

A new built-in rule type: a module in ``checks/`` that defines its rules (``RULES``) and a
check function ``(CheckContext) -> Iterable[Finding]``, and one line in :data:`RULE_TYPES`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from . import suppressions
from .checks import CheckFn, Rule, arithmetic, consistency, tables, unsupported, values
from .errors import ConfigError


@dataclass(frozen=True)
class RuleType:
    """A built-in rule type: the rules one check module reports and its per-document check."""

    rules: tuple[Rule, ...]
    #: None: the rules are reported elsewhere (over a whole run, or by the suppressions stage)
    check: CheckFn | None = None


#: the built-in rule types, in the order their checks run on each document (then the rule packs)
RULE_TYPES: tuple[RuleType, ...] = (
    RuleType(values.RULES, values.check_values),
    RuleType(arithmetic.RULES, arithmetic.check_arithmetic),
    RuleType(tables.RULES, tables.check_tables),
    RuleType(unsupported.RULES, unsupported.check_unsupported),
    # C001 compares the documents of a whole run (lint --consistency): consistency.check_run
    RuleType(consistency.RULES),
    # S001-S003 are raised while the inline suppressions are applied: suppressions.apply
    RuleType(suppressions.RULES),
)


class Registry(Mapping):
    """The rules one Linter knows, code -> :class:`Rule` (a read-only mapping), and the checks it
    runs on each document, in order (:attr:`checks`): the built-in rule types' checks, then the
    rule packs' (:meth:`claimcheck.rulepacks.RulePacks.check`).

    ``rule_types`` defaults to :data:`RULE_TYPES` (read when the registry is built). A rule code
    defined twice is refused: among the built-in rules (a ValueError: a programming error), or
    by a rule pack (a ConfigError naming the pack's file and line).
    """

    def __init__(self, rulepacks=None, rule_types: tuple[RuleType, ...] | None = None):
        self._rules: dict[str, Rule] = {}
        self.checks: list[CheckFn] = []
        for rule_type in RULE_TYPES if rule_types is None else rule_types:
            for rule in rule_type.rules:
                if rule.code in self._rules and self._rules[rule.code] != rule:
                    raise ValueError(f"rule code {rule.code} defined twice")
                self._rules[rule.code] = rule
            if rule_type.check is not None:
                self.checks.append(rule_type.check)
        if rulepacks is not None:
            for r in rulepacks.rules:
                existing = self._rules.get(r.rule.code)
                if existing is not None:
                    raise ConfigError(f"rule code {r.rule.code} is already defined by {existing.origin}",
                                      r.file, r.line)
                self._rules[r.rule.code] = r.rule
            self.checks.append(rulepacks.check)

    def __getitem__(self, code: str) -> Rule:
        return self._rules[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def known(self, code: str) -> bool:
        """Whether ``code`` is a rule code or the prefix of one (``V001``, ``V``)."""
        return any(k.startswith(code) for k in self._rules)


__all__ = ["RULE_TYPES", "Registry", "RuleType"]
