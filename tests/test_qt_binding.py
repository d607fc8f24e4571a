"""Guard against a Qt binding that loses references to None.

PySide6 6.12.0 on Python 3.11 dropped one reference to None on every call
that returns nothing (update(), setFocus(), ...). A long session then ends
with "Fatal Python error: none_dealloc". constraints.txt pins a version
without the fault; this test fails if an upgrade brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_calls_returning_nothing_keep_none_alive(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    before = sys.getrefcount(None)
    for _ in range(500):
        widget.update()
        widget.setFocus()
    assert sys.getrefcount(None) >= before - 10
