"""Translators and text size: the application's language and font scale.

The program's own strings are written in German (the source language) and
marked with ``QCoreApplication.translate("Context", "literal")`` so that
``pyside6-lupdate`` finds them (scripts/build_translations.py). German needs
no translator of our own; English loads ``assets/i18n/smartcheck_en.qm``.
Qt's own dialogs and wizard buttons ("Weiter", "Abbrechen") come from Qt's
catalogue ``qtbase_de.qm``, looked for in the bundle's assets first (frozen
builds) and then in PySide6's translations folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from .. import paths

LANGUAGES = ("de", "en")
TEXT_SIZES = (100, 125, 150)

_installed: list[QTranslator] = []
_base_point_size: list[float] = []


def i18n_dir() -> Path:
    return paths.assets_dir() / "i18n"


def qt_catalogue(lang: str) -> Path | None:
    """Qt's own translation (``qtbase_<lang>.qm``), or None if none is found."""
    name = f"qtbase_{lang}.qm"
    candidates = []
    try:
        candidates.append(i18n_dir() / name)
    except FileNotFoundError:
        pass
    candidates.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / name)
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    return None


def app_catalogue(lang: str) -> Path | None:
    try:
        candidate = i18n_dir() / f"smartcheck_{lang}.qm"
    except FileNotFoundError:
        return None
    return candidate if candidate.is_file() else None


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the Qt application is not created yet")
    return app


def install_language(lang: str) -> list[Path]:
    """Replace the installed translators by those of ``lang``; returns the files loaded."""
    app = _application()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = []
    files = [qt_catalogue(lang)] if lang != "en" else []
    if lang != "de":
        files.append(app_catalogue(lang))
    for path in files:
        if path is None:
            continue
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(path)
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.German))
    return loaded


def apply_text_size(percent: int) -> None:
    """Scale the application font to 100, 125 or 150 % of the system default."""
    app = _application()
    if not _base_point_size:
        size = app.font().pointSizeF()
        _base_point_size.append(size if size > 0 else 10.0)
    font = QFont(app.font())
    font.setPointSizeF(_base_point_size[0] * percent / 100)
    app.setFont(font)
