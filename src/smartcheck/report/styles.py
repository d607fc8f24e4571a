"""Fonts, paragraph styles and table styles of the PDF: calm, grey, print-friendly.

The bundled DejaVu Sans family (assets/fonts, with its licence) is registered
once per process and embedded as a subset; every text, also in the charts,
uses it, so no PDF viewer has to substitute a font and umlauts always show.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from html import unescape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, TableStyle

from ..paths import assets_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()

# Greys only: the handout is printed in black and white.
INK = colors.black
DARK = colors.Color(0.25, 0.25, 0.25)
MID = colors.Color(0.45, 0.45, 0.45)
RULE = colors.Color(0.6, 0.6, 0.6)
LIGHT = colors.Color(0.82, 0.82, 0.82)
PALE = colors.Color(0.92, 0.92, 0.92)

MARGIN_X = 18 * mm  # left and right
MARGIN_Y = 14 * mm  # top and bottom, outside the header and footer lines
PORTRAIT_WIDTH = 210 * mm - 2 * MARGIN_X
LANDSCAPE_WIDTH = 297 * mm - 2 * MARGIN_X
BODY_SIZE = 10
SMALL_SIZE = 8.5


def register_fonts() -> None:
    """Register the bundled family once; later calls are free."""
    with _lock:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        folder = assets_dir() / "fonts"
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                from ..core.errors import UserError

                raise UserError(f"{path}: Schriftdatei für den PDF-Bericht fehlt")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    lead: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_small: ParagraphStyle
    cell_tight: ParagraphStyle
    cell_fine: ParagraphStyle
    cell_fine_ink: ParagraphStyle
    cell_fine_bold: ParagraphStyle
    cell_tight_bold: ParagraphStyle
    change: ParagraphStyle
    cell_head_small: ParagraphStyle
    cell_head_tiny: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    kicker: ParagraphStyle
    bullet: ParagraphStyle
    bullet_small: ParagraphStyle
    big: ParagraphStyle


def stylesheet() -> Styles:
    register_fonts()

    def style(name: str, **kw) -> ParagraphStyle:
        base = dict(fontName=FONT, bulletFontName=FONT, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.35, textColor=INK, alignment=TA_LEFT)
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        body=style("body", spaceAfter=5),
        lead=style("lead", fontSize=9.5, leading=12.5, spaceAfter=2),
        small=style("small", fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.3, textColor=DARK),
        note=style("note", fontSize=SMALL_SIZE, leading=SMALL_SIZE * 1.3, textColor=DARK, fontName=FONT_ITALIC),
        cell=style("cell", fontSize=9, leading=11.5),
        cell_bold=style("cell_bold", fontSize=9, leading=11.5, fontName=FONT_BOLD),
        cell_head=style("cell_head", fontSize=8.5, leading=10.5, fontName=FONT_BOLD),
        cell_small=style("cell_small", fontSize=8, leading=10, textColor=DARK),
        cell_tight=style("cell_tight", fontSize=8.5, leading=10.5),
        cell_fine=style("cell_fine", fontSize=7.5, leading=9.2, textColor=DARK),
        cell_fine_ink=style("cell_fine_ink", fontSize=8, leading=9.8),
        cell_fine_bold=style("cell_fine_bold", fontSize=8, leading=9.8, fontName=FONT_BOLD),
        cell_tight_bold=style("cell_tight_bold", fontSize=8.5, leading=10.5, fontName=FONT_BOLD),
        change=style("change", fontSize=8.5, leading=10.5, leftIndent=10, firstLineIndent=-10, spaceAfter=3),
        cell_head_small=style("cell_head_small", fontSize=7.5, leading=9, fontName=FONT_BOLD),
        cell_head_tiny=style("cell_head_tiny", fontSize=7, leading=8.5, fontName=FONT_BOLD),
        h1=style("h1", fontName=FONT_BOLD, fontSize=17, leading=21, spaceBefore=0, spaceAfter=8),
        h2=style("h2", fontName=FONT_BOLD, fontSize=13, leading=16, spaceBefore=10, spaceAfter=5),
        h3=style("h3", fontName=FONT_BOLD, fontSize=10.5, leading=13.5, spaceBefore=7, spaceAfter=3),
        title=style("title", fontName=FONT_BOLD, fontSize=24, leading=30, spaceAfter=10),
        subtitle=style("subtitle", fontSize=14, leading=19, textColor=DARK, spaceAfter=6),
        kicker=style("kicker", fontSize=10, leading=13, textColor=MID, spaceAfter=4),
        bullet=style("bullet", leftIndent=12, bulletIndent=2, spaceAfter=2),
        bullet_small=style("bullet_small", fontSize=9, leading=11.5, leftIndent=12, bulletIndent=2, spaceAfter=2.5),
        big=style("big", fontName=FONT_BOLD, fontSize=12, leading=16),
    )


MIN_FIT_SIZE = 6.0
_TAGS = re.compile(r"<[^>]+>")


def fitted(markup: str, style: ParagraphStyle, width: float, padding: float = 8) -> Paragraph:
    """A table cell's Paragraph whose longest word fits the column.

    German compounds ("Kooperationsvereinbarung") can be wider than a narrow
    column; reportlab would then break them between letters. Such a cell gets a
    slightly smaller font instead (down to 6 pt), measured in bold to be safe.
    """
    words = unescape(_TAGS.sub(" ", markup.replace("<br/>", " "))).split()
    room = width - padding - style.leftIndent
    size = style.fontSize
    while size > MIN_FIT_SIZE and any(stringWidth(w, FONT_BOLD, size) > room for w in words):
        size -= 0.25
    if size == style.fontSize:
        return Paragraph(markup, style)
    smaller = ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size,
                             leading=style.leading * size / style.fontSize)
    return Paragraph(markup, smaller)


def plain_table(*commands) -> TableStyle:
    """A table style that starts from the bundled font (a Table's default is Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"), *commands])


def grid_table(header_rows: int = 1, zebra: bool = True, padding: float = 3) -> TableStyle:
    """Thin rules, a grey header and light zebra rows that survive a photocopier."""
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding + 1),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, INK),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), LIGHT),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, PALE]))
    return TableStyle(commands)
