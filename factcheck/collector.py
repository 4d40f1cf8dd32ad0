"""The cycle collector paused while a big pass runs: reading an article and a full conflicts run
make hundreds of thousands of small objects and no cycles, and the collector's passes over them
cost more than the memory they could free (1M claims: 6 of 17 s; an article: about 2%)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The block (or, as ``@collector_paused()``, the function) runs with the cycle collector
    off; it is on again afterwards if it was on before."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            # what the block made is counted old, so the next pass does not walk it all again
            gc.freeze()
            gc.enable()
            gc.unfreeze()
