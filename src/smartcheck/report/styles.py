"""Fonts, paragraph styles and table styles of the PDF: calm, grey, print-friendly.

The bundled DejaVu Sans family (assets/fonts, with its licence) is registered
once per process and embedded as a subset; every text, also in the charts,
uses it, so no PDF viewer has to substitute a font and umlauts always show.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, TableStyle
from reportlab.platypus import Paragraph as _Paragraph

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

TableCommand = tuple[object, ...]  # ("NAME", (col, row), (col, row), *values), as TableStyle takes them
Flowables = list[Flowable]  # a story or part of one (reportlab has no type information: Flowable is Any)

# Greys only: the handout is printed in black and white.
INK = colors.black
DARK_HEX = "#404040"  # for <font color=...> in paragraph markup
DARK = colors.HexColor(DARK_HEX)
MID = colors.Color(0.45, 0.45, 0.45)
RULE = colors.Color(0.5, 0.5, 0.5)  # 4:1 against white (rings, axes, rules need 3:1)
LIGHT = colors.Color(0.82, 0.82, 0.82)
PALE = colors.Color(0.92, 0.92, 0.92)

MARGIN_X = 18 * mm  # left and right
MARGIN_Y = 14 * mm  # top and bottom, outside the header and footer lines
PORTRAIT_WIDTH = 210 * mm - 2 * MARGIN_X
LANDSCAPE_WIDTH = 297 * mm - 2 * MARGIN_X
# The type sizes, five at most in any document (title, heading, body, small; the
# footer and every table, note and chart label share the small size).
TITLE_SIZE = 15
HEAD_SIZE = 11.5
BODY_SIZE = 10
SMALL_SIZE = 8.5
SIZES = (TITLE_SIZE, HEAD_SIZE, BODY_SIZE, SMALL_SIZE)
HYPHENATION = {"de": "de_DE", "en": "en_GB"}


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
    cell_head_small: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    title: ParagraphStyle
    kicker: ParagraphStyle
    bullet: ParagraphStyle
    bullet_small: ParagraphStyle
    big: ParagraphStyle


def stylesheet(lang: str = "de") -> Styles:
    """Every style hyphenates (pyphen) and keeps at least two lines together at a page break;
    none shrinks to fit. Bold only in headings, table heads and a measure's title."""
    register_fonts()
    hyphenation = HYPHENATION.get(lang, "de_DE")

    def style(name: str, size: float = BODY_SIZE, **kw: object) -> ParagraphStyle:
        base = dict(
            fontName=FONT,
            bulletFontName=FONT,
            fontSize=size,
            leading=round(size * 1.32, 1),
            textColor=INK,
            alignment=TA_LEFT,
            hyphenationLang=hyphenation,
            embeddedHyphenation=1,
            uriWasteReduce=0.3,
            splitLongWords=1,
            allowWidows=0,
            allowOrphans=0,
        )
        base.update(kw)
        return ParagraphStyle(name, **base)

    small = dict(size=SMALL_SIZE, leading=11)
    return Styles(
        body=style("body", spaceAfter=5),
        lead=style("lead", spaceAfter=4),
        small=style("small", textColor=DARK, **small),
        note=style("note", textColor=DARK, fontName=FONT_ITALIC, **small),
        cell=style("cell", **small),
        cell_bold=style("cell_bold", fontName=FONT_BOLD, **small),
        cell_head=style("cell_head", fontName=FONT_BOLD, **small),
        cell_small=style("cell_small", **small),
        cell_tight=style("cell_tight", **small),
        cell_fine=style("cell_fine", textColor=DARK, **small),
        cell_fine_ink=style("cell_fine_ink", **small),
        cell_fine_bold=style("cell_fine_bold", fontName=FONT_BOLD, **small),
        cell_tight_bold=style("cell_tight_bold", fontName=FONT_BOLD, **small),
        cell_head_small=style("cell_head_small", fontName=FONT_BOLD, **small),
        h1=style("h1", TITLE_SIZE, fontName=FONT_BOLD, leading=19, spaceBefore=0, spaceAfter=8, keepWithNext=1),
        h2=style("h2", HEAD_SIZE, fontName=FONT_BOLD, leading=15, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        h3=style("h3", fontName=FONT_BOLD, spaceBefore=7, spaceAfter=3, keepWithNext=1),
        title=style("title", TITLE_SIZE, fontName=FONT_BOLD, leading=19, spaceAfter=6),
        kicker=style("kicker", textColor=MID, spaceAfter=4),
        bullet=style("bullet", leftIndent=12, bulletIndent=2, spaceAfter=2),
        bullet_small=style("bullet_small", leftIndent=12, bulletIndent=2, spaceAfter=2.5),
        big=style("big", HEAD_SIZE, fontName=FONT_BOLD, leading=15),
    )


# ------------------------------------------------------------------ text that fits
_NBSP_RULES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r"\b(z|d|u|n|o|s)\. (B|h|a|b|ä|g)\."), "\\1.\u00a0\\2."),  # z. B., d. h., u. a., n. b., o. ä.
    (re.compile(r"→ "), "→\u00a0"),
    (re.compile(r" →"), "\u00a0→"),
    (re.compile(r"\b(Nr|Stufe|Level|No)\.? (\d)"), lambda m: m.group(0).replace(" ", "\u00a0")),
    (re.compile(r"(\d) (%|€|Std\.|h\b|Monate|Monaten|months|Punkte|Punkten|points|von \d)"), "\\1\u00a0\\2"),
]


def typographic(text: str) -> str:
    """Non-breaking spaces where a line must not break: "z. B.", "n. b.", "→ 2", "40 Std."."""
    for pattern, repl in _NBSP_RULES:
        text = pattern.sub(repl, text)
    return text


class Paragraph(_Paragraph):  # type: ignore[misc]  # reportlab has no type information
    """reportlab's Paragraph with the typographic non-breaking spaces applied."""

    def __init__(self, text: str, style: ParagraphStyle | None = None, *args: object, **kwargs: object) -> None:
        super().__init__(typographic(text) if isinstance(text, str) else text, style, *args, **kwargs)


CELL_LIMIT = 700  # characters of user text in one table cell
EXPORT_HINT = ("[gekürzt – vollständig im JSON-/CSV-Export]", "[shortened – full text in the JSON/CSV export]")


def shorten(text: str, lang: str = "de", limit: int = CELL_LIMIT) -> str:
    """User text for a cell: at most ``limit`` characters, a long cut marked with where the rest is."""
    text = " ".join(text.split()) if len(text) > limit else text
    if len(text) <= limit:
        return text
    return text[:limit].rstrip() + " … " + EXPORT_HINT[1 if lang == "en" else 0]


def plain_table(*commands: TableCommand) -> TableStyle:
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
