"""claimcheck: a promotional-claims compliance linter for pharmaceutical marketing material."""

__version__ = "0.1.0"
