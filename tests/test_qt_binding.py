"""Guard against a Qt binding that loses references to None.

PySide6 6.12.0 on Python 3.11 dropped one reference to None on every call
that returns nothing (update(), setFocus(), ...). A long session then ends
with "Fatal Python error: none_dealloc". constraints.txt pins a version
without the fault; this test fails if an upgrade brings it back.

From Python 3.12 on, None is immortal (PEP 683): its reference count never
changes, so the count cannot show the fault, and the fault can no longer
crash a session either. There the test checks that premise instead: None's
count stays at the immortal value through the same calls.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget

NONE_IS_IMMORTAL = sys.version_info >= (3, 12)
IMMORTAL_COUNT = 2**28  # the immortal reference count is far above this (2**32 - 1 on 64-bit 3.12)


def test_calls_returning_nothing_keep_none_alive(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    before = sys.getrefcount(None)
    for _ in range(500):
        widget.update()
        widget.setFocus()
    if NONE_IS_IMMORTAL:
        assert before >= IMMORTAL_COUNT and sys.getrefcount(None) == before
    else:
        assert before < IMMORTAL_COUNT  # a real count, which the loop above could lower
        assert sys.getrefcount(None) >= before - 10
