"""One writer per data folder: an operating-system lock on ``smartcheck.lock``.

The lock belongs to the open file, so the operating system drops it when the
process ends in any way (also ``kill -9`` or a power cut): a lock file left
behind never blocks. The holder's process id and start time are written into
the file only to name them in the message for a second window.
"""

from __future__ import annotations

import errno
import os
import sys
from datetime import datetime
from pathlib import Path

from .messages import StoreLocked, os_message

LOCK_NAME = "smartcheck.lock"
_LOCK_OFFSET = 4096  # the byte locked on Windows; the holder's info is written before it
_INFO_BYTES = 100
# The errors that mean "someone else holds it"; others (a file system without
# locks) let SmartCheck work without the lock rather than not at all.
_HELD = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, getattr(errno, "EDEADLOCK", errno.EDEADLK)}


class Lock:
    """One writer per data folder: an OS lock on ``smartcheck.lock``."""

    def __init__(self, folder: Path):
        self.path = folder / LOCK_NAME
        self.fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise os_message(error, self.path.parent) from None
        try:
            _lock_fd(fd)
        except OSError as error:
            os.close(fd)
            if error.errno not in _HELD:
                return  # no locks on this file system: work without
            raise StoreLocked(
                f"SmartCheck ist bereits geöffnet{_read_holder(self.path)} und schreibt in den "
                f"Datenordner {self.path.parent}. Bitte schließen Sie das andere Fenster "
                "oder warten Sie, bis der andere Befehl fertig ist.",
                english=f"SmartCheck is already open and writes to the data folder {self.path.parent}. "
                "Please close the other window, or wait until the other command has finished.",
            ) from None
        self.fd = fd
        info = f"pid {os.getpid()} seit {datetime.now():%d.%m.%Y %H:%M}".encode().ljust(_INFO_BYTES)
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, info[:_INFO_BYTES])
        except OSError:
            pass  # the info is a courtesy; the lock itself holds

    def release(self) -> None:
        if self.fd is not None:
            try:
                _unlock_fd(self.fd)
            finally:
                os.close(self.fd)
                self.fd = None


def _read_holder(path: Path) -> str:
    try:
        with open(path, "rb") as handle:
            text = handle.read(_INFO_BYTES).decode("utf-8", errors="replace").strip()
    except OSError:
        return ""
    return f" ({text})" if text.startswith("pid ") else ""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_fd(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock_fd(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_fd(fd: int) -> None:
        # flock locks belong to the open file, so a second Store in the same
        # process is refused too, and the OS drops the lock when a process dies.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
