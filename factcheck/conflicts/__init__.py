"""Claims → conflicts: which claims to compare, the rules that judge them, and the two runs.

One engine (:mod:`~factcheck.conflicts.engine`) applies the rules
(:mod:`~factcheck.conflicts.rules`, each one function in a registry) to small records of the
claims (:mod:`~factcheck.conflicts.facts`), for two entry points:

* the per-claim check (``add``/``extract``, :mod:`~factcheck.conflicts.check`):
  :func:`related_keys` says which (subject_key, property) pairs the store must fetch for one new
  claim, and :func:`conflicts_for` judges the claim against them — never a scan of the table;
* the full run (``factcheck conflicts``, :mod:`~factcheck.conflicts.run`): :func:`find_conflicts`
  reads every claim once, keeps a small record of each grouped by key, then compares within
  each group, each part with its whole, and each member list with the role claims that may be
  missing from it.

Pairs are compared only when dated within :data:`~factcheck.conflicts.relations.WINDOW_DAYS` of
each other, so the work grows with the claims of one moment, not with the square of the ledger.
:func:`select_conflicts` (:mod:`~factcheck.conflicts.select`) keeps what a listing shows;
:func:`decisions_by_conflict` (:mod:`~factcheck.conflicts.decided`) gives the desk's decisions
by the conflicts listed now, following a conflict that was renamed
(:mod:`~factcheck.conflicts.naming` says how a conflict is named).
"""

from factcheck.conflicts.check import check_claim, conflicts_for, related_keys
from factcheck.conflicts.decided import decisions_by_conflict
from factcheck.conflicts.engine import sort_conflicts
from factcheck.conflicts.facts import ROW_COLUMNS
from factcheck.conflicts.run import find_conflicts, find_conflicts_in_rows, find_conflicts_in_store
from factcheck.conflicts.select import select_conflicts
from factcheck.conflicts.wording import conflict_id

__all__ = [
    "ROW_COLUMNS",
    "check_claim",
    "conflict_id",
    "conflicts_for",
    "decisions_by_conflict",
    "find_conflicts",
    "find_conflicts_in_rows",
    "find_conflicts_in_store",
    "related_keys",
    "select_conflicts",
    "sort_conflicts",
]
