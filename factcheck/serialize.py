"""Models → plain dicts for ``--json`` output, and user text made inert for writing out.

Pure: no I/O, no rich. The dict shapes are a public contract (scripts and the acceptance check
read them); add keys, never rename or remove one. A claim's ``attribution`` is an object, the
phrase as written and the speaker it resolves to (:func:`attribution_to_dict`).
"""

from __future__ import annotations

import json
import re
from typing import Any

from factcheck.models import Claim, ClaimDraft, Conflict, Decision, Source, Verdict

# C0 controls but tab and line feed, DEL, and C1 controls. A terminal acts on them (ESC starts
# sequences that clear the screen or make hidden links; U+009B is a CSI on its own) and no file
# format wants them, so user text never carries them out raw.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# json.dumps escapes C0 itself but, with ensure_ascii=False, writes DEL and C1 as they are.
_JSON_RAW_CONTROLS = re.compile("[\x7f-\x9f]")


def escape_controls(text: str) -> str:
    """``text`` with each control character (but tab and line feed) written as ``\\x1b``."""
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def json_text(data: Any, *, indent: int | None = 2) -> str:
    """``data`` as JSON, UTF-8 as is, with every control character ``\\u``-escaped.

    The data read back is unchanged; only no raw control character reaches a terminal or file.
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_RAW_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def source_to_dict(source: Source, *, with_text: bool = False) -> dict[str, Any]:
    """A source; its kept text only when asked (it can be a whole article)."""
    out: dict[str, Any] = {
        "id": source.id,
        "uuid": source.uuid,
        "title": source.title,
        "outlet": source.outlet,
        "url": source.url,
        "author": source.author,
        "published": source.published,
        "language": source.language,
        "sha256": source.sha256,
        "text_length": None if source.text is None else len(source.text),
        "added_at": source.added_at,
        "places": list(source.places),
    }
    if with_text:
        out["text"] = source.text
    return out


def attribution_to_dict(phrase: str | None, speaker: str | None) -> dict[str, Any] | None:
    """Who said it: ``text``, the phrase as written ("she added", "по его словам"), and
    ``speaker``, who that phrase names or stands for ("Anastasia Rakova"); null when the claim
    has neither. A phrase may name nobody by name: the speaker says whom it was read as."""
    if phrase is None and speaker is None:
        return None
    return {"text": phrase, "speaker": speaker}


def draft_to_dict(draft: ClaimDraft) -> dict[str, Any]:
    """A proposed claim not stored yet: the claim's keys without ids, status or timestamps."""
    return {
        "text": draft.text,
        "start": draft.start,
        "end": draft.end,
        "quote": draft.quote,
        "subject": draft.subject,
        "subject_key": draft.subject_key,
        "property": draft.property,
        "unit": draft.unit,
        "value": {
            "low": draft.low,
            "high": draft.high,
            "qualifier": None if draft.qualifier is None else str(draft.qualifier),
        },
        "members": list(draft.members),
        "attribution": attribution_to_dict(draft.attribution, draft.speaker),
        "speaker": draft.speaker,
        "as_of": draft.as_of,
        "hedged": draft.hedged,
        "earlier": draft.earlier,
    }


def claim_to_dict(claim: Claim) -> dict[str, Any]:
    """A claim: quote offsets, the structured figure as an interval, who said it and where."""
    return {
        "id": claim.id,
        "uuid": claim.uuid,
        **draft_to_dict(claim),
        "status": str(claim.status),
        "source_id": claim.source_id,
        "source_title": claim.source_title,
        "created_at": claim.created_at,
    }


def decision_to_dict(decision: Decision) -> dict[str, Any]:
    return {
        "conflict_id": decision.conflict_id,
        "verdict": str(decision.verdict),
        "note": decision.note,
        "decided_at": decision.decided_at,
    }


def conflict_to_dict(conflict: Conflict, decision: Decision | None = None) -> dict[str, Any]:
    """A conflict between two claims (by id), the other claims that also give its figures, and
    the journalist's decision if there is one."""
    return {
        "id": conflict.id,
        "kind": str(conflict.kind),
        "severity": str(conflict.severity),
        "rule": conflict.rule,
        "claims": [conflict.claim_a, conflict.claim_b],
        "also": list(conflict.also),
        "explanation": conflict.explanation,
        "decision": None if decision is None else decision_to_dict(decision),
    }


def verdict_to_dict(verdict: Verdict) -> dict[str, Any]:
    return {
        "claim_id": verdict.claim_id,
        "rating": str(verdict.rating),
        "note": verdict.note,
        "evidence": list(verdict.evidence),
        "decided_at": verdict.decided_at,
    }
