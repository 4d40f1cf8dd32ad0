"""The report an editor reads: claims, conflicts, verdicts and figure timelines.

:mod:`~factcheck.report.model` holds what a report is (frozen dataclasses, labels, figure
wording); :mod:`~factcheck.report.gather` fills one from the ledger. The names below are the
package's public ones.
"""

from __future__ import annotations

from factcheck.report.gather import build_report, gather_report
from factcheck.report.model import (
    KIND_LABELS,
    RATING_LABELS,
    ClaimEntry,
    ConflictEntry,
    Passage,
    Report,
    Timeline,
    evidence_ref,
    filters_text,
    format_value,
    source_label,
)

__all__ = [
    "KIND_LABELS",
    "RATING_LABELS",
    "ClaimEntry",
    "ConflictEntry",
    "Passage",
    "Report",
    "Timeline",
    "build_report",
    "evidence_ref",
    "filters_text",
    "format_value",
    "gather_report",
    "source_label",
]
