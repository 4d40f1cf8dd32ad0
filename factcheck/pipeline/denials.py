"""A figure a sentence gives only to deny it ("the ministry denied reports that 30 had died",
"в МЧС опровергли сообщения о 12 погибших"): stored, then retracted with the denial as its
reason, so a source that asserts it later is set against the denial."""

from __future__ import annotations

from factcheck.models import Attribution
from factcheck.text.markers import is_denied


def denial(sentence: str, at: int, said: Attribution | None) -> str | None:
    """Why the figure at ``at`` is no claim of its sentence ("denied by the ministry in its
    source"), or None when the sentence does not deny it."""
    if not is_denied(sentence, at):
        return None
    by = f" by {said.speaker}" if said is not None and said.speaker else ""
    return f"denied{by} in its source"
