"""Adopting a plan: the result page's "Plan übernehmen …" picks recommendations to become measures."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from . import dialogs

translate = QCoreApplication.translate


class AdoptDialog(QDialog):
    """Pick the recommendations of an assessment's plan to adopt as measures."""

    def __init__(self, assessment, adopted: set[str], lang: str = "de", parent: QWidget | None = None):
        from ..core.implementation import short_title
        from ..core.planning import plan

        super().__init__(parent)
        self.assessment, self.lang = assessment, lang
        self.setWindowTitle(translate("Measures", "Plan übernehmen"))
        text = QLabel(
            translate(
                "Measures",
                "Welche Empfehlungen beschließt die Kommune als Maßnahmen? Die ersten "
                "fünf Schritte sind vorgewählt; bereits übernommene sind grau.",
            )
        )
        text.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Measures", "Empfehlungen des Handlungsplans"))
        steps = plan(assessment)
        first = {m.recommendation_id for m in steps.next_steps}
        questionnaire = assessment.questionnaire
        for m in steps.measures:
            full = m.recommendation.text.get(lang)
            dimension = questionnaire.dimension(m.dimension_id).name.get(lang)
            item = QListWidgetItem(f"{short_title(full)}  ({dimension})")
            item.setToolTip(full)
            item.setData(Qt.ItemDataRole.UserRole, m.recommendation_id)
            done = m.recommendation_id in adopted
            item.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable | (Qt.ItemFlag.NoItemFlags if done else Qt.ItemFlag.ItemIsEnabled)
            )
            item.setCheckState(
                Qt.CheckState.Checked if done or (m.recommendation_id in first) else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Measures", "Übernehmen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def chosen(self) -> list[str]:
        ids = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsEnabled and item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(Qt.ItemDataRole.UserRole))
        return ids


def adopt_plan(parent: QWidget, store, assessment, lang: str = "de") -> list[int]:
    """Ask which recommendations to adopt and store them; returns the numbers of the new measures."""
    from ..core.errors import UserError
    from ..core.implementation import adopt
    from ..store.measures import add_measures, list_measures

    adopted = {m.origin.recommendation_id for m in list_measures(store, assessment_id=assessment.id)}
    dialog = AdoptDialog(assessment, adopted, lang, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
        return []
    try:
        numbers = add_measures(store, adopt(assessment, dialog.chosen(), start=date.today(), lang=lang))
    except UserError as error:
        dialogs.error(parent, translate("Measures", "Plan nicht übernommen"), str(error))
        return []
    dialogs.inform(
        parent,
        translate("Measures", "Plan übernommen"),
        translate("Measures", "{count} Maßnahme(n) übernommen. Die Seite „Maßnahmen“ zeigt ihren Stand.").format(
            count=len(numbers)
        ),
    )
    return numbers
