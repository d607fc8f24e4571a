"""The help window: the user guide, the method and the glossary, offline.

The texts are the Markdown files of ``docs/`` (shipped with the program as
``smartcheck.docs``), shown in a QTextBrowser: Tab reaches the list of topics
and the text, the arrow and page keys scroll, a screen reader reads both. F1
opens it at the part about the page shown (context help: a heading of the
user guide). The glossary appears once the questionnaire has one
(``Questionnaire.glossary``: a mapping or a list of entries with term and
definition).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from . import screen

translate = QCoreApplication.translate
GUIDE, METHOD, GLOSSARY = "user-guide.md", "method.md", "glossary"
_IMAGE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$", re.MULTILINE)

# The part of the user guide about each place in the program (the start of its heading).
CONTEXT = {
    "welcome": "1.",
    "home": "2.",
    "profile": "3.",
    "method": "3.",
    "dimension": "3.",
    "targets": "3.",
    "quick_wins": "3.",
    "review": "3.",
    "result": "4.",
    "compare": "5.",
    "merge": "6.",
    "settings": "7.",
    "keyboard": "8.",
}


def docs_text(name: str) -> str:
    """A bundled document as Markdown, without its pictures (the help stays readable without them)."""
    try:
        text = (paths.resource_dir("docs") / name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return translate("Help", "Dieser Hilfetext fehlt in der Installation ({name}).").format(name=name)
    return _IMAGE.sub("", text)


def glossary_markdown(questionnaire, lang: str) -> str | None:
    """The questionnaire's glossary as Markdown, or None while it has none."""
    glossary = getattr(questionnaire, "glossary", None) if questionnaire is not None else None
    if not glossary:
        return None
    entries = (
        glossary.items()
        if isinstance(glossary, dict)
        else ((getattr(e, "term", ""), getattr(e, "definition", getattr(e, "text", ""))) for e in glossary)
    )

    def text(value) -> str:
        get = getattr(value, "get", None)
        return str(get(lang)) if callable(get) and not isinstance(value, dict) else str(value)

    lines = [f"# {translate('Help', 'Glossar')}", ""]
    lines += [f"**{text(term)}**: {text(definition)}\n" for term, definition in entries]
    return "\n".join(lines)


class HelpWindow(QDialog):
    def __init__(self, parent: QWidget | None = None, questionnaire=None, lang: str = "de"):
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "SmartCheck-Hilfe"))
        self.setObjectName("help_window")
        self.topics = QListWidget()
        self.topics.setAccessibleName(translate("Help", "Hilfethemen"))
        self.texts: list[str] = []
        for title, text in self._sources(questionnaire, lang):
            self.topics.addItem(title)
            self.texts.append(text)
        self.topics.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # offline: no link leaves the window
        self.browser.setAccessibleName(translate("Help", "Hilfetext"))
        self.topics.currentRowChanged.connect(self._show)
        label = QLabel(translate("Help", "&Themen:"))
        label.setBuddy(self.topics)
        side = QVBoxLayout()
        side.addWidget(label)
        side.addWidget(self.topics, 1)
        row = QHBoxLayout()
        row.addLayout(side)
        row.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if lang == "en":
            note = QLabel(translate("Help", "Die Kurzanleitung ist auf Deutsch; die Methode steht auch auf Englisch."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.topics.setCurrentRow(0)
        screen.fit(self, QSize(900, 700), centre_on=parent)
        screen.keep_inside_when_shown(self)

    @staticmethod
    def _sources(questionnaire, lang: str) -> list[tuple[str, str]]:
        sources = [
            (translate("Help", "Kurzanleitung"), docs_text(GUIDE)),
            (translate("Help", "Methode"), docs_text(METHOD)),
        ]
        glossary = glossary_markdown(questionnaire, lang)
        if glossary:
            sources.append((translate("Help", "Glossar"), glossary))
        return sources

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.texts):
            self.browser.setMarkdown(self.texts[row])

    def show_context(self, context: str) -> bool:
        """Open the user guide at the part about ``context`` (a key of CONTEXT); False if not found."""
        self.topics.setCurrentRow(0)
        start = CONTEXT.get(context.split(":", 1)[0])
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        if start is None:
            return False
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 2 and block.text().startswith(start):
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                bar = self.browser.verticalScrollBar()
                top = int(self.browser.document().documentLayout().blockBoundingRect(block).top())
                bar.setValue(min(top, bar.maximum()))
                return True
            block = block.next()
        return False

    def heading_shown(self) -> str:
        """The heading at the top of the text (for tests and screen readers' sake)."""
        cursor = self.browser.cursorForPosition(self.browser.viewport().rect().topLeft())
        block = cursor.block()
        while block.isValid() and block.blockFormat().headingLevel() == 0:
            block = block.next()
        return block.text() if block.isValid() else ""


def open_help(parent: QWidget, context: str = "", questionnaire=None, lang: str = "de") -> HelpWindow:
    """Show the help (not modal: it stays open beside the work), at the part about ``context``."""
    window = HelpWindow(parent, questionnaire, lang)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    window.show_context(context)
    window.browser.setFocus()
    return window
