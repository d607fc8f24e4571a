"""Writing files so that a reader never sees half of one.

The data go to a temporary file in the target's folder, are flushed to the
disk, and replace the target in one step (``os.replace``). On Windows an
antivirus scanner or OneDrive may hold the target for a moment, so the
replacement is tried a few times. Shared by the store (JSON, CSV) and the
report (PDF), which may not import each other.
"""

from __future__ import annotations

import os
import stat
import tempfile
import time
from pathlib import Path

from .core.errors import UserError, show_path

RETRIES = 5


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: str | Path, data: bytes) -> Path:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir():
            raise IsADirectoryError(21, "ist ein Ordner")
        if os.path.lexists(path) and not (path.is_symlink() or stat.S_ISREG(os.lstat(path).st_mode)):
            # A device (/dev/null), a pipe or a socket would be replaced by a plain file.
            raise UserError(
                f"{show_path(path)}: ist keine gewöhnliche Datei (Gerät, Pipe oder Socket); "
                "dorthin wird nichts geschrieben",
                english=f"{show_path(path)}: is not a regular file (a device, pipe or socket); "
                "nothing is written there",
            )
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise UserError(
            f"{show_path(path)}: kann nicht geschrieben werden ({error.strerror or error})",
            english=f"{show_path(path)}: cannot be written ({error.strerror or error})",
        ) from None
    try:
        if hasattr(os, "fchmod"):  # mkstemp makes 0600; give the usual rights
            os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        for attempt in range(RETRIES):
            try:
                os.replace(temp, path)
                break
            except PermissionError as error:
                if attempt == RETRIES - 1:
                    raise UserError(
                        f"{show_path(path)}: kann nicht geschrieben werden – ist die Datei noch in einem "
                        f"anderen Programm geöffnet? ({error.strerror or error})",
                        english=f"{show_path(path)}: cannot be written. Is the file still open in another "
                        f"program? ({error.strerror or error})",
                    ) from None
                time.sleep(0.1 * (attempt + 1))
    except OSError as error:
        raise UserError(
            f"{show_path(path)}: kann nicht geschrieben werden ({error.strerror or error})",
            english=f"{show_path(path)}: cannot be written ({error.strerror or error})",
        ) from None
    finally:
        Path(temp).unlink(missing_ok=True)  # gone after a successful replace; left over only on failure
    return path
