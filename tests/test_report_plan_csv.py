"""The action plan as CSV (report.plan_csv): ranked as in the report, in the chosen language, for Excel."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from smartcheck.core.planning import plan
from smartcheck.report.plan_csv import export_csv_plan
from tests.helpers.store_data import make


def _read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to show umlauts
    assert b"\r\n" in raw
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_csv_plan_follows_the_ranking(tmp_path, mini):
    a = make(mini, complete=True)
    rows = _read_csv(export_csv_plan(a, tmp_path / "plan.csv"))
    measures = plan(a).measures
    assert rows[0][:5] == ["Rang", "Dimension", "Stufe", "Zielstufe", "Maßnahme"]
    assert len(rows) == len(measures) + 1
    assert [r[4] for r in rows[1:]] == [m.recommendation.text.de for m in measures]
    assert rows[1][0] == "1" and rows[1][5] in ("gering", "mittel", "hoch")
    assert "→" in rows[1][9]
    assert _read_csv(export_csv_plan(a, tmp_path / "en.csv", lang="en"))[0][4] == "Measure"

    key_cells = {r[10] for r in rows[1:]}
    assert key_cells <= {"ja", ""}
    assert [r[10] == "ja" for r in rows[1:]] == [m.key for m in measures]


def test_csv_plan_in_english_says_yes(tmp_path, mini):
    a = make(mini, complete=True)
    rows = _read_csv(export_csv_plan(a, tmp_path / "en.csv", lang="en"))
    assert rows[0][0] == "Rank" and rows[0][10] == "Key question"
    assert {r[10] for r in rows[1:]} <= {"yes", ""}
    assert any(r[10] == "yes" for r in rows[1:]) == any(m.key for m in plan(a).measures)
