"""Errors a user can act on. Each carries the file (and line, where there is one) it is about.

The CLI prints ``str(error)`` as one line and exits 2; no traceback reaches a user.
"""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base class: something the user can fix (input, configuration, reference, rules)."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"


class InputError(ClaimcheckError):
    """A document could not be read (missing, binary, undecodable, too large, corrupt)."""


class ConfigError(ClaimcheckError):
    """A configuration, reference or rule file is missing or invalid."""
