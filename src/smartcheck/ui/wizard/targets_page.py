"""Target level and importance per dimension.

The target level (0-4) starts at the dimension's ``target_suggestion``; the
importance weight (1-3) only orders the recommendations. Beside each
dimension stands its current (provisional) level, so the team sets targets
knowing where it stands; it is refreshed whenever the page is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout

from ...core.findings import level_label
from ...core.scoring import score
from ...core.session import TARGETS, Session
from ..widgets import NoWheelComboBox
from .common import Pending, SessionPage, wrapped


class TargetsPage(SessionPage):
    releasable = True  # every choice is stored at once

    def __init__(self, session: Session, lang: str, pending: Pending):
        super().__init__(session, TARGETS, lang, pending)
        self.setTitle(QCoreApplication.translate("TargetsPage", "Ziele"))
        self.targets: dict[str, QComboBox] = {}
        self.weights: dict[str, QComboBox] = {}
        self.current: dict[str, QLabel] = {}
        self.meaning: dict[str, QLabel] = {}

    def build(self) -> None:
        q, lang = self.session.assessment.questionnaire, self.lang
        self.body.addWidget(
            wrapped(
                QCoreApplication.translate(
                    "TargetsPage",
                    "Welche Stufe wollen Sie in zwei bis drei Jahren erreichen? Vorgeschlagen ist die Zielstufe "
                    "des Fragebogens. Das Gewicht (1 bis 3) dient nur für die Reihenfolge der Empfehlungen; "
                    "an der Bewertung ändert es nichts.",
                )
            )
        )
        weights = [
            QCoreApplication.translate("TargetsPage", "1 – weniger wichtig"),
            QCoreApplication.translate("TargetsPage", "2 – wichtig"),
            QCoreApplication.translate("TargetsPage", "3 – sehr wichtig"),
        ]
        for dimension in q.dimensions:
            name = dimension.name.get(lang)
            box = QGroupBox(name)
            inner = QVBoxLayout(box)
            self.current[dimension.id] = wrapped()
            inner.addWidget(self.current[dimension.id])
            form = QFormLayout()
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
            target = NoWheelComboBox()
            for level in q.levels:
                target.addItem(f"{level.value} – {level.name.get(lang)}", level.value)
            target.setAccessibleName(
                QCoreApplication.translate("TargetsPage", "Zielstufe für {name}").format(name=name)
            )
            weight = NoWheelComboBox()
            for value, text in enumerate(weights, 1):
                weight.addItem(text, value)
            weight.setAccessibleName(QCoreApplication.translate("TargetsPage", "Gewicht für {name}").format(name=name))
            weight.setToolTip(QCoreApplication.translate("TargetsPage", "nur für die Reihenfolge der Empfehlungen"))
            for text, field in [
                (QCoreApplication.translate("TargetsPage", "Ziel&stufe:"), target),
                (QCoreApplication.translate("TargetsPage", "&Gewicht:"), weight),
            ]:
                label = QLabel(text)
                label.setBuddy(field)
                form.addRow(label, field)
            inner.addLayout(form)
            self.meaning[dimension.id] = wrapped()
            inner.addWidget(self.meaning[dimension.id])
            self.body.addWidget(box)
            self.targets[dimension.id] = target
            self.weights[dimension.id] = weight
        self.body.addStretch(1)
        self.load()
        for dimension_id in self.targets:
            self.targets[dimension_id].currentIndexChanged.connect(lambda _i, d=dimension_id: self._target_chosen(d))
            self.weights[dimension_id].currentIndexChanged.connect(lambda _i, d=dimension_id: self._weight_chosen(d))

    def forget(self) -> None:
        self.targets, self.weights, self.current, self.meaning = {}, {}, {}, {}

    def load(self) -> None:
        """Show the stored targets and weights (before the change signals are connected)."""
        a = self.session.assessment
        for dimension_id, combo in self.targets.items():
            combo.setCurrentIndex(combo.findData(a.target(dimension_id)))
            self.weights[dimension_id].setCurrentIndex(self.weights[dimension_id].findData(a.weight(dimension_id)))
            self._show_meaning(dimension_id)

    def shown(self) -> None:
        profile = score(self.session.assessment)
        q = self.session.assessment.questionnaire
        for dimension_id, label in self.current.items():
            result = profile[dimension_id]
            text = QCoreApplication.translate("TargetsPage", "Derzeit: {level}")
            label.setText(text.format(level=level_label(result, q, self.lang)))

    def _show_meaning(self, dimension_id: str) -> None:
        level = self.targets[dimension_id].currentData()
        dimension = self.session.assessment.questionnaire.dimension(dimension_id)
        text = QCoreApplication.translate("TargetsPage", "Auf dieser Stufe: {text}")
        self.meaning[dimension_id].setText(text.format(text=dimension.levels[level].get(self.lang)))

    def _target_chosen(self, dimension_id: str) -> None:
        self.session.set_target(dimension_id, self.targets[dimension_id].currentData())
        self._show_meaning(dimension_id)

    def _weight_chosen(self, dimension_id: str) -> None:
        self.session.set_importance(dimension_id, self.weights[dimension_id].currentData())
