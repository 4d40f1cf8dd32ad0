"""The `factcheck demo` command: runs the built-in example (written by the lead)."""

from __future__ import annotations

from factcheck.cli.app import app  # noqa: F401
