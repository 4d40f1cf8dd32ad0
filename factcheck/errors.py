"""The one domain error. Its message is written for a journalist, on one line."""

from __future__ import annotations


class FactcheckError(Exception):
    """Something the user can fix: a wrong id, a bad date, an unreadable file.

    The CLI prints ``str(error)`` on stderr and exits with ``exit_code`` (1 by default).
    """

    exit_code: int = 1

    def __init__(self, message: str, *, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code
