"""Guards against a broken Qt binding: PySide6 6.12.0 on Python 3.11 aborts the process.

That release drops a reference to ``None`` on every call of a void method; Python before
3.12 does not make ``None`` immortal, so an editor session ends in "none_dealloc". The
project pins PySide6-Essentials below 6.12; this test fails if a bad version slips back in.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_calls_keep_the_reference_count_of_none():
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 50
