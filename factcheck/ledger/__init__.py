"""The ledger: claims.db, the only place factcheck reads and writes SQL.

One :class:`Store` does it all, composed of a part per thing stored, each in its own module:

- :mod:`.db` opens the file (checked first by :mod:`.checks`) and migrates it (:mod:`.migrations`),
  runs transactions and read snapshots, logs history;
- :mod:`.sources`, :mod:`.speakers`, :mod:`.aliases` (entity aliases), :mod:`.claims`;
- :mod:`.decisions` (decisions on conflicts and verdicts on claims), :mod:`.history`;
- :mod:`.rows`, the lean reads of the conflict engine; :mod:`.records`, imports.

The ledger stores text and never reads it: what needs reading (a speaker's kind, a source's
places) is decided by the caller and passed in.
"""

from __future__ import annotations

from factcheck.ledger.db import MEMORY, fts_query
from factcheck.ledger.history import History
from factcheck.ledger.records import Records
from factcheck.ledger.rows import ClaimRows
from factcheck.ledger.sources import SourceExists, sha256_of
from factcheck.ledger.speakers import SpeakerKind

__all__ = ["MEMORY", "SourceExists", "SpeakerKind", "Store", "fts_query", "sha256_of"]


class Store(Records, ClaimRows, History):
    """The ledger in one SQLite file (or in memory, for tests): open it with :meth:`Store.open`."""
