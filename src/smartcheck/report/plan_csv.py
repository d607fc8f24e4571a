"""The action plan as a CSV file: the ranked measures, one per row, in the report's language.

Presentation, so it sits with the report (the PDF's action plan shows the same
measures); the file conventions (semicolons, byte order mark, formulas
neutralised) are :mod:`smartcheck.csv_file`'s, shared with the store's exports.
"""

from __future__ import annotations

from pathlib import Path

from ..core.assessment import Assessment
from ..core.labels import label
from ..core.planning import plan
from ..core.scoring import score
from ..csv_file import write_csv, yes_cell

PLAN_HEADER = {
    "de": [
        "Rang",
        "Dimension",
        "Stufe",
        "Zielstufe",
        "Maßnahme",
        "Aufwand",
        "Zuständig",
        "Zeitraum",
        "Woran man den Erfolg erkennt",
        "Anlass (Frage → Antwort)",
        "Schlüsselfrage",
    ],
    "en": [
        "Rank",
        "Dimension",
        "Level",
        "Target level",
        "Measure",
        "Effort",
        "Responsible",
        "Time frame",
        "How to see it worked",
        "Reason (question → answer)",
        "Key question",
    ],
}


def plan_rows(assessment: Assessment, lang: str = "de") -> list[list[object]]:
    """The ranked action plan, one measure per row, first steps first (no header)."""
    q = assessment.questionnaire
    profile = score(assessment)
    rows: list[list[object]] = []
    for rank, measure in enumerate(plan(assessment, profile).measures, 1):
        result = profile[measure.dimension_id]
        rec = measure.recommendation
        rows.append(
            [
                rank,
                q.dimension(measure.dimension_id).name.get(lang),
                "" if result.level is None else result.level,
                result.target,
                rec.text.get(lang),
                label(rec.effort, lang),
                label(rec.role, lang),
                label(rec.horizon, lang),
                rec.success.get(lang),
                measure.why(q, lang),
                yes_cell(measure.key, lang),
            ]
        )
    return rows


def export_csv_plan(assessment: Assessment, path: str | Path, lang: str = "de") -> Path:
    """Write the action plan CSV; returns the path written."""
    return write_csv(path, PLAN_HEADER["en" if lang == "en" else "de"], plan_rows(assessment, lang))
