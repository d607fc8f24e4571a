"""The handout of the demo municipality: long tables, the council paper first, no overflowing line."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph, Table

from smartcheck.cli import main
from smartcheck.core.catalog import load
from smartcheck.core.planning import plan
from smartcheck.paths import default_questionnaire_path
from smartcheck.report import render_report
from smartcheck.report.pdf import PdfReport
from smartcheck.report.styles import PORTRAIT_WIDTH
from smartcheck.store.demo import demo_assessments
from tests.helpers.report_data import page_texts, reader, squash


@pytest.fixture(scope="module")
def demo():
    *done, _draft = demo_assessments(load(default_questionnaire_path()))
    return done


@pytest.fixture(scope="module")
def pages(demo):
    return page_texts(render_report(demo[-1], demo, invariant=True))


def test_every_dimension_and_measure_of_the_demo_is_printed(demo, pages):
    text = " ".join(pages)
    latest = demo[-1]
    for dimension in latest.questionnaire.dimensions:
        assert dimension.name.de in text
    for measure in plan(latest).measures:
        assert squash(measure.recommendation.text.de) in squash(text)
        assert squash(measure.why(latest.questionnaire)) in squash(text)


def test_council_paper_opens_the_full_report(pages):
    assert "Beschlussvorschlag" in pages[0] and "Sachverhalt" in pages[0]
    annex = next(n for n, p in enumerate(pages) if "Anlage: Ergebnisse und Handlungsplan" in p)
    assert 1 <= annex <= 4


def test_long_plan_table_repeats_its_header_on_every_page(pages):
    plan_pages = [p for p in pages if "Wer · Zeitraum · Aufwand" in p]
    assert len(plan_pages) >= 2
    for page in plan_pages:
        assert "Beschluss / Notiz" in page and "Maßnahme" in page


def test_long_tables_in_the_progress_section_repeat_their_header(pages):
    question_pages = [p for p in pages if "vorher jetzt" in p]
    assert question_pages
    assert all("Frage vorher jetzt Veränderung" in p for p in question_pages)


def _tables(flowables, width):
    """Every table with the width it gets, also tables inside table cells."""
    for f in flowables:
        if isinstance(f, Table):
            f.wrap(width, 10_000)
            yield f
            for row in f._cellvalues:
                for c, cell in enumerate(row):
                    inner = cell if isinstance(cell, (list, tuple)) else [cell]
                    yield from _tables(inner, f._colWidths[c])
        content = getattr(f, "_content", None)  # KeepTogether
        if isinstance(content, list):
            yield from _tables(content, width)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_line_of_every_table_cell_fits_its_column(demo, lang):
    """Cells hyphenate instead of shrinking: the font never changes, and no line runs past its column."""
    report = PdfReport(demo[-1], demo, lang=lang)
    checked = 0
    for table in _tables(report._get_story(), PORTRAIT_WIDTH):
        for r, row in enumerate(table._cellvalues):
            for c, cell in enumerate(row):
                style = table._cellStyles[r][c]
                room = table._colWidths[c] - style.leftPadding - style.rightPadding
                items = cell if isinstance(cell, (list, tuple)) else [cell]
                for item in items:
                    if isinstance(item, Paragraph):
                        assert item.style.fontSize >= 8.5
                        item.wrap(room, 10_000)
                        for line in item.blPara.lines:
                            extra = line[0] if isinstance(line, tuple) else line.extraSpace
                            checked += 1
                            assert extra >= -2.0, (
                                item.text[:60],
                                extra,
                            )  # a hyphenated bold line may reach into the 4 pt padding, never past the rule
    assert checked > 1000


def test_command_line_demo_then_report_latest(tmp_path, capsys):
    data = tmp_path / "daten"
    out = tmp_path / "plan.pdf"
    assert main(["--data-dir", str(data), "demo"]) == 0
    assert main(["--data-dir", str(data), "report", "--latest", "--out", str(out)]) == 0
    pdf = out.read_bytes()
    text = " ".join(page_texts(pdf))
    assert "Musterstadt" in text and "Seite 1 von" in text and "19.03.2026" in text
    assert reader(pdf).metadata.author == "Musterstadt"
    english = tmp_path / "plan-en.pdf"
    assert main(["--data-dir", str(data), "report", "--latest", "--out", str(english), "--lang", "en"]) == 0
    assert "Page 1 of" in " ".join(page_texts(english.read_bytes()))
