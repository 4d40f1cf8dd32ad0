"""Speakers: who claims are attributed to, with the kind of speaker each is and their aliases."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.errors import FactcheckError
from factcheck.ledger.db import Connection
from factcheck.models import Speaker

SpeakerKind = Callable[[str], str]
"""What kind of speaker a name is ("person", "ministry", "media"…), decided by the caller:
the ledger stores text, it does not read it (see :func:`factcheck.text.speakers.speaker_kind`)."""

UNKNOWN_KIND = "unknown"  # a speaker recorded without a kind: by hand, imported, or before kinds


class Speakers(Connection):
    """Finding or creating speakers by name or alias."""

    def speaker_id(self, name: str, *, speaker_kind: SpeakerKind | None = None) -> int:
        """The id of the speaker called ``name`` (or known by that alias), created if new.

        With ``speaker_kind`` a new speaker is stored with its kind, and a speaker whose kind
        is still unknown learns it; without, a new speaker's kind is "unknown".
        """
        row = self._execute("SELECT id, name, kind FROM speakers WHERE name = ?", [name]).fetchone()
        if row is None:
            row = self._execute(
                "SELECT speakers.id, speakers.name, speakers.kind FROM speaker_aliases"
                " JOIN speakers ON speakers.id = speaker_aliases.speaker_id"
                " WHERE speaker_aliases.alias = ? LIMIT 1",
                [name],
            ).fetchone()
        if row is None:
            kind = speaker_kind(name) if speaker_kind else UNKNOWN_KIND
            cur = self._execute("INSERT INTO speakers (name, kind) VALUES (?, ?)", [name, kind])
            return int(cur.lastrowid or 0)
        if speaker_kind is not None and row["kind"] == UNKNOWN_KIND:
            kind = speaker_kind(row["name"])
            self._execute("UPDATE speakers SET kind = ? WHERE id = ?", [kind, row["id"]])
        return int(row["id"])

    def get_speaker(self, speaker_id: int) -> Speaker:
        with self.reading():  # the speaker and its aliases as of one moment
            row = self._execute("SELECT * FROM speakers WHERE id = ?", [speaker_id]).fetchone()
            if row is None:
                raise FactcheckError(f"No speaker with id {speaker_id}")
            aliases = tuple(
                r[0]
                for r in self._execute(
                    "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY alias",
                    [speaker_id],
                )
            )
        return Speaker(id=row["id"], name=row["name"], kind=row["kind"], aliases=aliases)

    def list_speakers(self) -> list[Speaker]:
        with self.reading():  # no speaker listed, then gone before it is read
            ids = [r[0] for r in self._execute("SELECT id FROM speakers ORDER BY name")]
            return [self.get_speaker(i) for i in ids]

    def speaker_ids_matching(self, wanted: str) -> set[int]:
        """Ids of the speakers whose name or an alias contains ``wanted`` (any case)."""
        want = wanted.casefold().strip()
        ids: set[int] = set()
        for s in self.list_speakers():
            if any(want in n.casefold() for n in (s.name, *s.aliases)):
                ids.add(s.id)
        return ids
