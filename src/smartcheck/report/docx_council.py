"""The Kurzfassung für den Rat as a Word file (python-docx), for pasting into a Ratsvorlage template.

Same words as the PDF (:mod:`.council_text`); real headings (Word's Heading 1/2
styles), a real table for the measures, the profile chart as a PNG image with
alternative text that states every number, so the file is complete without it.
The chart is drawn with Pillow (reportlab's bitmap renderer needs an extra
native package).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from ..core.assessment import Assessment
from ..core.findings import CouncilChoice, Findings
from ..core.measures import AdoptedMeasure
from ..core.values import MAX_LEVEL
from ..paths import assets_dir
from .council_text import CouncilText
from .texts import t

if TYPE_CHECKING:
    from PIL.ImageFont import FreeTypeFont

CHART_DPI = 200


def _font(size: int, bold: bool = False) -> FreeTypeFont:
    from PIL import ImageFont

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(assets_dir() / "fonts" / name), size)


def chart_png(text: CouncilText) -> bytes:
    """The dot chart of the PDF as a grayscale PNG: black dot current, open square target."""
    from PIL import Image, ImageDraw

    rows = text.profile_rows()
    scale = CHART_DPI / 72
    width, row_h, top = int(500 * scale), int(24 * scale), int(26 * scale)
    height = top + row_h * len(rows) + int(6 * scale)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font, bold = _font(int(8.5 * scale)), _font(int(8.5 * scale), True)
    x0, x1 = int(215 * scale), int(420 * scale)

    def xpos(v: float) -> int:
        return int(x0 + (x1 - x0) * v / MAX_LEVEL)

    for level in range(MAX_LEVEL + 1):
        draw.line([(xpos(level), top - 4 * scale), (xpos(level), height - 4 * scale)], fill=128, width=1)
        draw.text((xpos(level), top - 8 * scale), str(level), fill=0, font=font, anchor="ms")
    draw.text(
        (x1 + 14 * scale, top - 8 * scale),
        f"{t('chart_current', text.lang)} → {t('chart_target', text.lang)}",
        fill=64,
        font=font,
        anchor="ls",
    )
    r = int(3.5 * scale)
    for k, row in enumerate(rows):
        mid = int(top + k * row_h + row_h / 2)
        label = row.label if len(row.label) <= 42 else row.label[:41] + "…"
        draw.text((0, mid), label, fill=0, font=font, anchor="lm")
        draw.line([(x0, mid), (x1, mid)], fill=128, width=1)
        tx = xpos(row.target)
        if row.level is None:
            draw.text((xpos(2), mid), row.missing, fill=64, font=font, anchor="mm")
            numbers = f"– → {row.target}"
        else:
            cx = xpos(row.level)
            if row.target > row.level:
                draw.line([(cx, mid), (tx, mid)], fill=0, width=max(2, int(1.6 * scale)))
            draw.ellipse([cx - r, mid - r, cx + r, mid + r], fill=255 if row.provisional else 0, outline=0, width=2)
            numbers = f"{row.level}{'*' if row.provisional else ''} → {row.target}"
        draw.rectangle([tx - r, mid - r, tx + r, mid + r], outline=0, width=2)
        draw.text((x1 + 14 * scale, mid), numbers, fill=0, font=bold, anchor="lm")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def alt_text(text: CouncilText) -> str:
    parts = []
    for row in text.profile_rows():
        current = row.missing if row.level is None else str(row.level)
        parts.append(f"{row.label}: {current} → {row.target}")
    return t("council_profile", text.lang) + ". " + "; ".join(parts) + "."


def render_docx(
    assessment: Assessment,
    history: list[Assessment],
    lang: str = "de",
    choice: CouncilChoice | None = None,
    measures: list[AdoptedMeasure] | None = None,
) -> bytes:
    from docx import Document
    from docx.shared import Mm, Pt

    lang = "en" if lang == "en" else "de"
    findings = Findings(assessment, list(history))
    text = CouncilText(findings, lang, choice, measures)
    doc = Document()
    core = doc.core_properties
    title = t("council_title", lang) + f" – {assessment.municipality.name}"
    core.title = (t("draft_header", lang) + " – " + title) if findings.is_draft else title
    core.author = assessment.municipality.name
    core.language = "en-GB" if lang == "en" else "de-DE"
    normal = doc.styles["Normal"]
    normal.font.name = "DejaVu Sans"
    normal.font.size = Pt(10)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)

    if findings.is_draft:
        section.header.paragraphs[0].text = t("draft_header", lang)
    fields = doc.add_table(rows=2, cols=4)
    fields.style = "Table Grid"
    for i, (key, value) in enumerate(text.header_fields()):
        fields.cell(i // 2, (i % 2) * 2).text = key + ":"
        fields.cell(i // 2, (i % 2) * 2 + 1).text = value
    doc.add_heading(text.subject(), level=1)
    if findings.is_draft:
        doc.add_paragraph(t("draft_mark", lang))
    doc.add_heading(t("council_resolution", lang), level=2)
    for paragraph in text.resolution():
        doc.add_paragraph(paragraph)
    doc.add_heading(t("council_facts", lang), level=2)
    doc.add_paragraph(" ".join(text.facts()))

    doc.add_heading(t("council_profile", lang), level=2)
    picture = doc.add_picture(io.BytesIO(chart_png(text)), width=Mm(165))
    doc_pr = picture._inline.docPr
    doc_pr.set("descr", alt_text(text))
    doc_pr.set("title", t("council_profile", lang))
    doc.add_paragraph(text.profile_note())

    doc.add_heading(t("council_measures", lang), level=2)
    keys = ("col_no", "col_measure", "col_owner", "col_due", "col_hours", "col_cost", "col_success")
    rows = text.measure_rows()
    table = doc.add_table(rows=1 + len(rows), cols=len(keys))
    table.style = "Table Grid"
    for c, key in enumerate(keys):
        cell = table.cell(0, c)
        cell.text = t(key, lang)
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for r, row in enumerate(rows, start=1):
        values = (str(row.no), row.title, row.owner, row.due, row.hours, row.cost, row.success)
        for c, value in enumerate(values):
            table.cell(r, c).text = value
        for run in table.cell(r, 1).paragraphs[0].runs:
            run.bold = True  # the measure's title, as in the PDF
    doc.add_paragraph(text.measures_note())

    doc.add_heading(t("council_money", lang), level=2)
    for paragraph in text.money():
        doc.add_paragraph(paragraph)
    doc.add_heading(t("council_report_back", lang), level=2)
    doc.add_paragraph(text.report_back())
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
