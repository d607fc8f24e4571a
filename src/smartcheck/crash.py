"""The last line of defence: a crash report instead of a traceback.

An exception that no part of SmartCheck expected is written to a file
``absturz-<time>.txt`` in the data folder (in the temporary folder when the
data folder cannot take it): the program's version, Python and the system,
the command (its name and option names, no values), and the traceback's
frames with the exception's type. The exception's message is left out,
because it may quote what the user entered. The user sees one line (command
line, its text in cli_text) or a dialog (application) naming the file.

With ``SMARTCHECK_DEBUG=1`` nothing is caught: the exception goes on as it
is, so a bug never hides behind this handler (the test suite runs so).
"""

from __future__ import annotations

import os
import platform
import tempfile
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from . import __version__

DEBUG_ENV = "SMARTCHECK_DEBUG"


def debugging() -> bool:
    return os.environ.get(DEBUG_ENV, "") not in ("", "0")


def command_text(command: str | None, argv: list[str]) -> str:
    """The command and the option names given; values (files, names) are left out."""
    options = [word.split("=", 1)[0] for word in argv if word.startswith("--")]
    return " ".join([command or "(Anwendung)", *options])


def report_text(error: BaseException, command: str) -> str:
    lines = [
        "SmartCheck – Absturzbericht",
        f"Version: {__version__}",
        f"Zeit: {datetime.now().isoformat(timespec='seconds')}",
        f"Python: {platform.python_version()} ({platform.platform()})",
        f"Befehl: {command}",
        "",
        "Ablauf (ohne die Fehlermeldung selbst, die Eingaben enthalten kann):",
    ]
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines += [line.rstrip("\n") for line in traceback.format_tb(current.__traceback__)]
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("verursacht durch / während:")
    return "\n".join(lines) + "\n"


def write_report(error: BaseException, command: str, folder: Path | None) -> Path | None:
    """Write the report into ``folder`` (else the temporary folder); its path, or None if neither works."""
    text = report_text(error, command).encode("utf-8", errors="replace")
    name = f"absturz-{datetime.now():%Y-%m-%d_%H-%M-%S}-{os.getpid()}.txt"
    for where in ([folder] if folder is not None else []) + [Path(tempfile.gettempdir())]:
        try:
            if not where.is_dir():
                continue
            target = where / name
            with open(target, "xb") as handle:
                handle.write(text)
            return target
        except (OSError, ValueError):
            continue
    return None


def folder_or_none(resolve: Callable[[], str | os.PathLike[str]]) -> Path | None:
    """The data folder from ``resolve()``, or None when even that fails."""
    try:
        return Path(resolve())
    except Exception:  # noqa: BLE001 - the report must still be written somewhere
        return None


__all__ = ["DEBUG_ENV", "command_text", "debugging", "folder_or_none", "report_text", "write_report"]
