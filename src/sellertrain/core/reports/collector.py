"""Python's cyclic garbage collector paused while many long-lived objects are made."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_collector() -> Iterator[None]:
    """Python's cyclic garbage collector off for the block, if it was on.

    Making many long-lived objects at once (the team table's row per employee, the demo's
    millions of rows) sets it off again and again, and each full pass walks every object the
    app holds; the rows make no cycles. A paused collector stays paused. What the
    block made goes straight to the oldest generation (freeze, then unfreeze): left young,
    the first collection after it would walk all of it once more (4 ms at 10,000 rows).
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.freeze()
            gc.unfreeze()
            gc.enable()
