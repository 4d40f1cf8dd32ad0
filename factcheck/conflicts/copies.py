"""One disagreement, one conflict: the value conflicts of one key that copy another are folded
into it (pure).

Articles that restate a disagreement's figures make more pairs of claims than there are
disagreements: the union's 2 million against the ministry's 1.1 million in one article, the
ministry's 1.12 million recalled by a second, the union's "more than 2 million" in a third give
three value conflicts for one disagreement. Two value conflicts of one (subject_key, property)
whose figures agree side by side — each claim of one gives the figure of a claim of the other,
or one that does not disagree with it at the same time (:func:`agrees`) — are one
disagreement: it is listed once, and the other's claims are kept on it as
:attr:`~factcheck.models.Conflict.also`.

The conflict listed is the pair of one source that gives both figures (the journalist reads
both passages in one article), else the conflict of the earliest claims. A pair of one source
is never folded: each article that sets the two figures against each other keeps its own
conflict, which a listing of that source shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from factcheck.conflicts.facts import ClaimLike, Facts
from factcheck.conflicts.judges import judge_pair
from factcheck.conflicts.relations import overlaps, same_scene, same_time
from factcheck.conflicts.wording import conflict_id
from factcheck.models import Conflict, ConflictKind, Decision

# a conflict with the facts of the two claims that name it
Judged = tuple[Conflict, Facts, Facts]
_VALUE = ConflictKind.VALUE
_new = tuple.__new__  # a Conflict straight from its fields, as the judges make them
# A conflict is compared with at most this many conflicts listed near its date: a page of
# hundreds of figures of one measure on one date (see figures.MANY_FIGURES) folds in
# proportion to its conflicts, not to their square.
MANY_LISTED = 64


def fold_copies(found: Sequence[Judged]) -> list[Conflict]:
    """The conflicts of one key with each value disagreement listed once (see the module).

    Only a key with two value conflicts or more has copies to fold. Each conflict is compared
    with the conflicts listed before it whose earlier figures are dated within a day of its
    own — an index by day, not every pair —, at most :data:`MANY_LISTED` of them."""
    values = [judged for judged in found if judged[0].kind is _VALUE]
    if len(values) < 2:
        return [conflict for conflict, _, _ in found]
    out = [conflict for conflict, _, _ in found if conflict.kind is not _VALUE]
    listed: list[tuple[Conflict, Facts, Facts, list[int]]] = []
    by_day: dict[int, list[int]] = {}  # the listed conflicts by _day, as indices of listed
    for conflict, a, b in sorted(values, key=_rank):
        day = _day(a, b)
        home = None if a.source_id == b.source_id else _home(listed, by_day, day, a, b)
        if home is None:
            by_day.setdefault(day, []).append(len(listed))
            listed.append((conflict, a, b, []))
            continue
        _, x, y, also = listed[home]
        also += [i for i in (a.id, b.id) if i != x.id and i != y.id and i not in also]
    for conflict, _, _, also in listed:
        out.append(_new(Conflict, (*conflict[:7], tuple(sorted(also)))) if also else conflict)
    return out


def _rank(judged: Judged) -> tuple[int, int, int, int]:
    """The order conflicts are listed in: pairs of one source first, lowest source first; then
    the conflicts of the earliest claims."""
    conflict, a, b = judged
    one_source = a.source_id == b.source_id
    low, high = conflict.pair
    return (0, a.source_id, low, high) if one_source else (1, 0, low, high)


def _day(a: Facts, b: Facts) -> int:
    """The first day of the earlier figure (0 when either is undated): the figures of two
    conflicts that agree side by side start within a day of each other, or are both undated."""
    if a.day_lo is None or b.day_lo is None:
        return 0
    return min(a.day_lo, b.day_lo)


def _home(
    listed: Sequence[tuple[Conflict, Facts, Facts, list[int]]],
    by_day: Mapping[int, list[int]],
    day: int,
    a: Facts,
    b: Facts,
) -> int | None:
    """The first listed conflict whose figures agree side by side with ``a`` and ``b``'s."""
    near = [i for d in (day - 1, day, day + 1) for i in by_day.get(d, ())]
    for i in sorted(near)[:MANY_LISTED]:
        _, x, y, _ = listed[i]
        if (agrees(x, a) and agrees(y, b)) or (agrees(x, b) and agrees(y, a)):
            return i
    return None


def agrees(u: Facts, v: Facts) -> bool:
    """``v`` gives ``u``'s figure, or one the engine's own rules find no disagreement with at
    the same time: the same dates (or days a day apart), the same place, intervals that meet
    (or the same count rounded: :func:`~factcheck.conflicts.relations.overlaps`), and no
    conflict between them (a rival's floor far below is one, see ``judge_pair``)."""
    if u.figure == v.figure:
        return True
    if (u.day_lo != v.day_lo or u.day_hi != v.day_hi) and not same_time(u, v):
        return False
    if u.pct != v.pct or u.earlier != v.earlier or not same_scene(u, v):
        return False
    return overlaps(u, v) and judge_pair(u, v) is None


# ---- the desk's decisions: a decision given on a copy stays with the disagreement -------------


class ClaimsByUuids(Protocol):
    """What the decisions on copies are looked up through: :class:`factcheck.ledger.Store`
    fits."""

    def claims_by_uuids(self, uuids: Iterable[str]) -> Sequence[ClaimLike]: ...


def decisions_on_copies(
    store: ClaimsByUuids,
    conflicts: Sequence[Conflict],
    records: Iterable[tuple[Decision, str, str]],
) -> dict[str, Decision]:
    """The decisions given on conflicts now folded into a listed one, by the listed conflict's
    id: a decision on a value conflict whose two claims (by uuid) are among a listed conflict's
    claims (its pair and :attr:`~factcheck.models.Conflict.also`) applies to it, unless it has
    a decision of its own; of several, the first given. ``records`` are the stored decisions
    with their claims' uuids (:meth:`~factcheck.ledger.Store.decision_records`)."""
    records = list(records)
    decided = {d.conflict_id for d, _, _ in records}
    folded = [c for c in conflicts if c.also and c.id not in decided]
    listed = {c.id for c in conflicts}
    lost = [(d, x, y) for d, x, y in records if d.conflict_id not in listed]
    if not folded or not lost:
        return {}
    ids = {c.uuid: c.id for c in store.claims_by_uuids({u for _, x, y in lost for u in (x, y)})}
    home = _by_claim(folded)
    out: dict[str, Decision] = {}
    for decision, x, y in sorted(lost, key=_given):
        a, b = ids.get(x), ids.get(y)
        if a is None or b is None or decision.conflict_id != conflict_id(_VALUE, x, y):
            continue
        for c in home.get(a, ()):
            if b in (c.claim_a, c.claim_b, *c.also):
                out.setdefault(c.id, decision)
    return out


def _by_claim(conflicts: Iterable[Conflict]) -> dict[int, list[Conflict]]:
    """The conflicts each claim names or is also among."""
    home: dict[int, list[Conflict]] = {}
    for c in conflicts:
        for claim in (c.claim_a, c.claim_b, *c.also):
            home.setdefault(claim, []).append(c)
    return home


def _given(record: tuple[Decision, str, str]) -> tuple[str, str]:
    """Decisions in the order they were given."""
    return record[0].decided_at, record[0].conflict_id
