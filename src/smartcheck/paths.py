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


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
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
    raise FileNotFoundError(
        f"Ordner '{name}' des Programms nicht gefunden (gesucht: {', '.join(map(str, candidates))})"
    )


def questionnaire_dir() -> Path:
    return resource_dir("questionnaires")


def assets_dir() -> Path:
    return resource_dir("assets")


def default_questionnaire_path() -> Path:
    return questionnaire_dir() / "smart-city-readiness.toml"


# ------------------------------------------------------------ guarding the data folder
def _real(path: Path) -> str:
    """The path with every symlink followed (also for a file not yet there), case-folded on Windows."""
    return os.path.normcase(os.path.realpath(os.path.abspath(path)))


def inside(path: str | os.PathLike[str], folder: str | os.PathLike[str]) -> bool:
    """True if ``path`` resolves to ``folder`` itself or anything below it."""
    try:
        target, base = _real(Path(path)), _real(Path(folder))
    except (OSError, ValueError):
        return False
    return target == base or target.startswith(base.rstrip(os.sep) + os.sep)


def check_output(target: str | os.PathLike[str], folder: str | os.PathLike[str]) -> Path:
    """Refuse an output file that resolves into the data folder ``folder``.

    Export, report, merge --out and the app's save dialogs write only outside
    the data folder: a target there could replace the database, the lock or a
    backup copy. Symlinks are followed, also in the folders above a file that
    does not exist yet.
    """
    from .core.errors import UserError, show_path

    target = Path(target)
    if inside(target, folder):
        raise UserError(
            f"{show_path(target)}: liegt im Datenordner {show_path(folder)}; dorthin schreibt SmartCheck "
            "keine Export- oder Berichtsdateien, damit die Datenbank und ihre Sicherungen nicht überschrieben "
            "werden. Bitte einen Ort außerhalb wählen. Es wurde nichts geschrieben.",
            english=f"{show_path(target)}: lies in the data folder {show_path(folder)}; SmartCheck writes no "
            "export or report files there, so the database and its backups cannot be overwritten. Please choose "
            "a place outside it. Nothing was written.",
        )
    return target


def check_data_dir(folder: Path) -> Path:
    """A usable data folder path: not a file, not too long; raises UserError otherwise."""
    from .core.errors import UserError, show_path

    try:
        info = folder.stat()
    except FileNotFoundError:
        return folder
    except OSError as error:
        raise UserError(
            f"{show_path(folder)}: der Datenordner ist nicht nutzbar ({error.strerror or error}).",
            english=f"{show_path(folder)}: the data folder cannot be used ({error.strerror or error}).",
        ) from None
    except ValueError as error:  # an embedded NUL
        raise UserError(
            f"{show_path(folder)}: kein gültiger Pfad für den Datenordner ({error}).",
            english=f"{show_path(folder)}: not a valid path for the data folder ({error}).",
        ) from None
    import stat

    if not stat.S_ISDIR(info.st_mode):
        raise UserError(
            f"{show_path(folder)}: der Datenordner ist eine Datei, kein Ordner. Bitte einen Ordner angeben "
            "(--data-dir oder SMARTCHECK_DATA_DIR).",
            english=f"{show_path(folder)}: the data folder is a file, not a folder. Please give a folder "
            "(--data-dir or SMARTCHECK_DATA_DIR).",
        )
    return folder
