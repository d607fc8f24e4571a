"""Where things live: the data folder and the bundled resources.

Everything is computed by a function when it is needed, never at import
time, so tests and the command line can point it elsewhere.

Data folder, first match wins:
1. ``--data-dir DIR`` on the command line (passed in as ``override``);
2. the environment variable ``SMARTCHECK_DATA_DIR``;
3. portable mode: a folder ``SmartCheck-Daten`` beside the program;
4. platformdirs' user data folder for "SmartCheck".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "SmartCheck"
PORTABLE_FOLDER = "SmartCheck-Daten"
ENV_DATA_DIR = "SMARTCHECK_DATA_DIR"


def program_dir() -> Path:
    """The folder of the program: the bundle's folder when frozen, else the checkout."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def data_dir(override: str | os.PathLike | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    portable = program_dir() / PORTABLE_FOLDER
    if portable.is_dir():
        return portable
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def documents_dir() -> Path:
    """Default folder for PDFs: Documents/SmartCheck."""
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / APP_NAME


def resource_dir(name: str) -> Path:
    """A bundled folder (``questionnaires`` or ``assets``).

    Installed from a wheel it lies inside the package; in a checkout it lies at
    the top of the repository; in a frozen bundle beside the executable's
    internal folder.
    """
    here = Path(__file__).resolve().parent
    candidates = [here / name, here.parents[1] / name]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Ordner '{name}' des Programms nicht gefunden (gesucht: {', '.join(map(str, candidates))})")


def questionnaire_dir() -> Path:
    return resource_dir("questionnaires")


def assets_dir() -> Path:
    return resource_dir("assets")


def default_questionnaire_path() -> Path:
    return questionnaire_dir() / "smart-city-readiness.toml"
