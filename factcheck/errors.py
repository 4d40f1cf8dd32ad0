"""The one domain error, written for a journalist on one line, and the exit code of a bug."""

from __future__ import annotations

# The exit code of an unexpected error (a bug in factcheck, not something the user can fix);
# 70 is EX_SOFTWARE of sysexits.h. 1 is a FactcheckError, 2 a usage error (Click), 3 is
# `conflicts --fail-on-open` with open conflicts. All are listed in docs/usage.md.
EXIT_BUG = 70


class FactcheckError(Exception):
    """Something the user can fix: a wrong id, a bad date, an unreadable file.

    The CLI prints ``str(error)`` on stderr and exits with ``exit_code`` (1 by default).
    """

    exit_code: int = 1

    def __init__(self, message: str, *, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code
