"""What every command shares: exit statuses, the data folder, the output file, the assessment named, printing.

Its own module so that ``cli`` and the command modules (``commands``,
``measure_commands``, ``share_commands``) all import it and none of them
imports another (tests/test_layers.py: no import cycles).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli_text import fail
from .core.assessment import Assessment
from .core.errors import terminal_safe
from .paths import check_data_dir, check_output, data_dir
from .store import Store

EXIT_OK, EXIT_ERROR = 0, 1  # wrong usage: argparse exits with 2


def data_folder(args: argparse.Namespace) -> Path:
    return check_data_dir(data_dir(getattr(args, "data_dir", None)))


def echo(text: str = "") -> None:
    """Print a line for the user; user text in it cannot steer the terminal."""
    print(terminal_safe(text))


def output_file(args: argparse.Namespace, target: str | Path) -> Path:
    """The output file of export, report and merge --out: never inside the data folder."""
    return check_output(target, data_folder(args))


def named_assessment(store: Store, args: argparse.Namespace) -> Assessment:
    if getattr(args, "latest", False):
        found = store.latest(complete_only=True)
        if found is None:
            raise fail(
                "Im Datenordner {folder} ist keine abgeschlossene Einschätzung gespeichert "
                "('smartcheck list' zeigt alle, 'smartcheck demo' legt ein Beispiel an).",
                folder=store.data_dir,
            )
        return found
    return store.load(store.resolve(args.id))
