"""Speakers: who claims are attributed to, with the kind of speaker each is and their aliases.

A speaker has one name and any number of aliases ("МВД Франции", "the French Interior
Ministry"); a name or alias names one speaker. Recording a claim under an alias finds its
speaker (:meth:`Speakers.speaker_id`); :meth:`Speakers.add_speaker_alias` teaches an alias, and
when the alias is another speaker's name, merges that speaker in.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.errors import FactcheckError
from factcheck.ledger.db import Connection
from factcheck.models import Speaker

SpeakerKind = Callable[[str], str]
"""What kind of speaker a name is ("person", "ministry", "media"…), decided by the caller:
the ledger stores text, it does not read it (see :func:`factcheck.text.speakers.speaker_kind`)."""

UNKNOWN_KIND = "unknown"  # a speaker recorded without a kind: by hand, imported, or before kinds


@dataclass(frozen=True)
class SpeakerAliasAdded:
    """What :meth:`Speakers.add_speaker_alias` did: the speaker the alias now names (as stored
    after), the speaker merged into it (None when the alias was a new name) and the claims
    re-pointed from that one. ``added`` is False when the alias was already this speaker's."""

    alias: str
    speaker: Speaker
    merged: Speaker | None = None
    claim_ids: tuple[int, ...] = ()
    added: bool = True


class Speakers(Connection):
    """Finding or creating speakers by name or alias."""

    def speaker_id(self, name: str, *, speaker_kind: SpeakerKind | None = None) -> int:
        """The id of the speaker called ``name`` (or known by that alias), created if new.

        With ``speaker_kind`` a new speaker is stored with its kind, and a speaker whose kind
        is still unknown learns it; without, a new speaker's kind is "unknown".
        """
        row = self._speaker_row(name)
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

    def speaker_aliases(self) -> dict[str, str]:
        """Every speaker alias, with the name of the speaker it names, by alias."""
        return {
            r[0]: r[1]
            for r in self._execute(
                "SELECT speaker_aliases.alias, speakers.name FROM speaker_aliases"
                " JOIN speakers ON speakers.id = speaker_aliases.speaker_id"
                " ORDER BY speaker_aliases.alias, speakers.name"
            )
        }

    def add_speaker_alias(self, alias: str, speaker: str) -> SpeakerAliasAdded:
        """Make ``alias`` another name of ``speaker`` (a speaker's name or alias).

        When ``alias`` is another speaker's name, that speaker is merged in: its claims are
        re-pointed (a history row each), its aliases move, its name becomes an alias, a kind
        it has and ``speaker`` lacks is kept, and its row goes; a history row records it all.
        One transaction. A FactcheckError, with nothing changed, for an empty alias, an
        unknown speaker, a speaker's own name or alias, or an alias of another speaker.
        """
        name, wanted = alias.strip(), speaker.strip()
        if not name:
            raise FactcheckError("A speaker alias needs a name")
        with self.transaction():
            target = self._speaker_row(wanted)
            if target is None:
                raise FactcheckError(self._unknown_speaker(wanted))
            if name == target["name"]:
                raise FactcheckError(_itself(name, wanted))
            own = self._execute("SELECT id FROM speakers WHERE name = ?", [name]).fetchone()
            if own is not None:
                merged = self.get_speaker(own["id"])
                claim_ids = self._merge_speaker(merged, target)
                return SpeakerAliasAdded(name, self.get_speaker(target["id"]), merged, claim_ids)
            if self._is_alias_of(name, target, wanted):
                return SpeakerAliasAdded(name, self.get_speaker(target["id"]), added=False)
            self._execute(
                "INSERT INTO speaker_aliases (speaker_id, alias) VALUES (?, ?)",
                [target["id"], name],
            )
            self._log("speaker_alias", field=name, new=target["name"])
            return SpeakerAliasAdded(name, self.get_speaker(target["id"]))

    def _speaker_row(self, name: str) -> sqlite3.Row | None:
        """The speaker called ``name``, or else known by that alias (id, name, kind)."""
        row: sqlite3.Row | None = self._execute(
            "SELECT id, name, kind FROM speakers WHERE name = ?", [name]
        ).fetchone()
        if row is None:
            row = self._execute(
                "SELECT speakers.id, speakers.name, speakers.kind FROM speaker_aliases"
                " JOIN speakers ON speakers.id = speaker_aliases.speaker_id"
                " WHERE speaker_aliases.alias = ? LIMIT 1",
                [name],
            ).fetchone()
        return row

    def _unknown_speaker(self, wanted: str) -> str:
        """The error for a speaker nobody is called or known as, naming a few whose names or
        aliases hold those words, if any."""
        close = sorted(self.get_speaker(i).name for i in self.speaker_ids_matching(wanted))
        if wanted.strip() and close:
            names = " or ".join(repr(name) for name in close[:3])
            return f"No speaker is called {wanted!r}; did you mean {names}?"
        return f"No speaker is called {wanted!r}; `factcheck list` shows each claim's speaker"

    def _is_alias_of(self, name: str, target: sqlite3.Row, wanted: str) -> bool:
        """Whether ``name`` is already ``target``'s alias; a FactcheckError when it is another
        speaker's (two speakers are made one by merging them, not by sharing an alias)."""
        owners = [
            r[0]
            for r in self._execute(
                "SELECT speakers.name FROM speaker_aliases JOIN speakers"
                " ON speakers.id = speaker_aliases.speaker_id WHERE speaker_aliases.alias = ?"
                " ORDER BY speakers.name",
                [name],
            )
        ]
        elsewhere = [o for o in owners if o != target["name"]]
        if elsewhere:
            raise FactcheckError(
                f"{name!r} is already an alias of {elsewhere[0]!r}; to make them one speaker,"
                f" merge it: factcheck alias --speaker {elsewhere[0]!r} {wanted!r}"
            )
        return bool(owners)

    def _merge_speaker(self, merged: Speaker, target: sqlite3.Row) -> tuple[int, ...]:
        """Move ``merged``'s claims and aliases to ``target``, make its name an alias, keep a
        kind ``target`` lacks, and remove it; returns the ids of the claims moved."""
        into = int(target["id"])
        moved = self._execute(
            "SELECT id, source_id FROM claims WHERE speaker_id = ? ORDER BY id", [merged.id]
        ).fetchall()
        self._execute("UPDATE claims SET speaker_id = ? WHERE speaker_id = ?", [into, merged.id])
        why = f"speaker {merged.name!r} merged into {target['name']!r}"
        for claim_id, source_id in moved:
            self._log(
                "speaker",
                claim_id=claim_id,
                source_id=source_id,
                field="speaker",
                old=merged.name,
                new=target["name"],
                note=why,
            )
        self._execute(
            "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias)"
            " SELECT ?, alias FROM speaker_aliases WHERE speaker_id = ? AND alias != ?"
            " UNION ALL SELECT ?, ?",
            [into, merged.id, target["name"], into, merged.name],
        )
        self._execute("DELETE FROM speaker_aliases WHERE speaker_id = ?", [merged.id])
        if target["kind"] == UNKNOWN_KIND and merged.kind != UNKNOWN_KIND:
            self._execute("UPDATE speakers SET kind = ? WHERE id = ?", [merged.kind, into])
        self._execute("DELETE FROM speakers WHERE id = ?", [merged.id])
        self._log(
            "speaker_alias",
            field=merged.name,
            old=f"speaker {merged.id} ({merged.kind}), aliases: {', '.join(merged.aliases) or '-'}",
            new=target["name"],
            note=f"{why}, with {len(moved)} claim(s)",
        )
        return tuple(int(r[0]) for r in moved)


def _itself(name: str, wanted: str) -> str:
    """Why ``name``, the name of the speaker ``wanted`` names, cannot be its alias."""
    if wanted == name:
        return f"{name!r} cannot be an alias of itself"
    return f"{wanted!r} is an alias of {name!r}: {name!r} cannot be an alias of its own alias"
