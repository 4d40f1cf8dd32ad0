"""One share of a parallel full run, in its own process (see
:func:`factcheck.conflicts.find_conflicts_in_store`).

``python -m factcheck.conflict_worker DB PROPERTY…`` finds the conflicts among the claims of
those properties in the ledger DB and writes them to stdout as a pickled list of plain tuples.
Only factcheck itself starts it, with a path it has just read from.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

from factcheck.conflicts import share_conflicts


def main(argv: list[str]) -> int:
    path, *properties = argv
    found = share_conflicts(Path(path), tuple(properties))
    sys.stdout.buffer.write(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
