"""The region paper: several municipalities side by side (landscape A4).

For an Amt committee or a Kreis meeting, printed in black and white. The
table is the heatmap: each level cell is shaded from white (0) to dark grey
(4) and always carries its number, so it reads on a photocopier and for a
screen reader. Built from the core's :class:`~smartcheck.core.region.Region`
with the shared styles and the numbered canvas of the assessment report.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from .. import __version__
from ..core.assessment import Administration, SizeClass
from ..core.labels import format_date
from ..core.plain import in_language
from ..core.region import Region
from ..core.values import MAX_LEVEL
from .pdf import HEADER_GAP, NumberedCanvas, draw_footer
from .styles import FONT, FONT_BOLD, INK, LANDSCAPE_WIDTH, LIGHT, MARGIN_X, MARGIN_Y, RULE, Flowables, stylesheet
from .tagging import TaggedDocTemplate, set_table_headers

SHADES = [
    colors.white,
    colors.Color(0.88, 0.88, 0.88),
    colors.Color(0.72, 0.72, 0.72),
    colors.Color(0.5, 0.5, 0.5),
    colors.Color(0.28, 0.28, 0.28),
]
WHITE_FROM = MAX_LEVEL  # white numbers only on the darkest shade: on mid grey (level 3) white has 4:1, black 5.3:1
TEXTS = {
    "title": ("Region {name}: {count} Kommunen im Vergleich", "Region {name}: {count} municipalities compared"),
    "title_unnamed": ("Regionaler Vergleich: {count} Kommunen", "Regional comparison: {count} municipalities"),
    "title_one": ("Region {name}: eine Kommune", "Region {name}: one municipality"),
    "title_unnamed_one": ("Regionaler Vergleich: eine Kommune", "Regional comparison: one municipality"),
    "legend": ("Erfolgsfaktoren: {names}.", "Success factors: {names}."),
    "lead": (
        "Stufen 0 bis 4 je Erfolgsfaktor aus den Profilen, die die Kommunen weitergegeben haben "
        "(Fragebogen {q}). Die Zahl in Klammern ist der Abstand zum Median der Region. "
        "Je dunkler ein Feld, desto höher die Stufe.",
        "Levels 0 to 4 per success factor from the profiles the municipalities shared "
        "(questionnaire {q}). The number in brackets is the distance from the region's median. "
        "The darker a cell, the higher the level.",
    ),
    "municipality": ("Kommune", "Municipality"),
    "distance": ("Ø Abstand zum Median", "Mean distance from median"),
    "median": ("Median der Region", "Region's median"),
    "own": (" (eigene Kommune)", " (own municipality)"),
    "suggest": ("Voneinander lernen", "Learning from each other"),
    "others": ("Nicht direkt verglichen", "Not compared directly"),
    "other_version": (
        "{names}: Fragebogen {q} – andere Version. Geändert: {changed}.",
        "{names}: questionnaire {q} – another version. Changed: {changed}.",
    ),
    "none_changed": ("keine Frage geändert, nur die Versionsnummer", "no question changed, only the version number"),
    "duplicates": ("Doppelt abgegeben", "Handed in twice"),
    "scale": (
        "Stufen: {levels}. Das Datum jedes Profils steht in der letzten Spalte.",
        "Levels: {levels}. The date of each profile is in the last column.",
    ),
    "profile": ("Stand", "Date"),
    "footer": ("Region {name} · SmartCheck {version}", "Region {name} · SmartCheck {version}"),
    "page": ("Seite {page} von {pages}", "Page {page} of {pages}"),
    "empty": ("Keine Profile zum Vergleichen.", "No profiles to compare."),
}
ADMINISTRATION = {
    Administration.OWN: ("eigene Verwaltung", "own administration"),
    Administration.MEMBER: ("Mitgliedsgemeinde", "member municipality"),
    Administration.AMT: ("Amt / Verbandsgemeinde", "joint administration"),
}
SIZES = {
    SizeClass.UNDER_5K: ("unter 5.000 Einw.", "under 5,000 inh."),
    SizeClass.FROM_5K: ("5.000–20.000 Einw.", "5,000–20,000 inh."),
    SizeClass.FROM_20K: ("20.000–50.000 Einw.", "20,000–50,000 inh."),
    SizeClass.OVER_50K: ("über 50.000 Einw.", "over 50,000 inh."),
}
LEVEL_NAMES = (
    ("0 Nicht begonnen", "1 Erste Schritte", "2 Im Aufbau", "3 Etabliert", "4 Verstetigt & lernend"),
    ("0 Not started", "1 First steps", "2 Building up", "3 Established", "4 Sustained & learning"),
)


def _t(key: str, lang: str, **values: object) -> str:
    return in_language(TEXTS[key], lang, **values)


def _num(value: float | None, lang: str, signed: bool = False) -> str:
    if value is None:
        return "–"
    text = f"{value:+.1f}" if signed else f"{value:.1f}"
    text = text.replace("-", "\u2212")
    if text.endswith((".0", ",0")):
        text = text[:-2]
    return text if lang == "en" else text.replace(".", ",")


class RegionReport:
    def __init__(
        self, region: Region, name: str, lang: str = "de", invariant: bool = False, created: datetime | None = None
    ):
        self.region, self.name = region, name
        self.lang = "en" if lang == "en" else "de"
        self.invariant = invariant
        self.created = created or datetime.now(UTC)
        self.styles = stylesheet()
        self.tagged = True  # False only for the benchmark's untagged baseline

    def _table(self) -> Table:
        r, lang, s = self.region, self.lang, self.styles
        dims = r.dimensions
        name_w, dist_w, date_w = 66 * mm, 24 * mm, 22 * mm
        dim_w = (LANDSCAPE_WIDTH - name_w - dist_w - date_w) / max(1, len(dims))
        head = [Paragraph(_t("municipality", lang), s.cell_head)]
        head += [str(i) for i in range(1, len(dims) + 1)]
        head += [Paragraph(_t("distance", lang), s.cell_head_small), Paragraph(_t("profile", lang), s.cell_head_small)]
        rows = [head]
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 1), (-1, -1), 8.5),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 0), (-2, -1), "CENTER"),
            ("FONTNAME", (1, 0), (-1, 0), FONT_BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("GRID", (1, 1), (len(dims), -1), 0.3, colors.white),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        median_row = [Paragraph(f"<b>{_t('median', lang)}</b>", s.cell_tight)]
        median_row += [_num(r.medians.get(d), lang) for d, _ in dims] + ["", ""]
        rows.append(median_row)
        commands += [("FONTNAME", (0, 1), (-1, 1), FONT_BOLD), ("LINEBELOW", (0, 1), (-1, 1), 0.8, INK)]
        for i, member in enumerate(r.members, start=2):
            label = member.label + (_t("own", lang) if member.own else "")
            style = s.cell_tight_bold if member.own else s.cell_tight
            m = member.profile.municipality
            context = f"{ADMINISTRATION[m.administration][lang == 'en']} · {SIZES[m.size_class][lang == 'en']}"
            row = [Paragraph(f"{_escape(label)}<br/><font size=6.5 color='#555555'>{_escape(context)}</font>", style)]
            for col, (dim_id, _) in enumerate(dims, start=1):
                level = r.level(member, dim_id)
                diff = r.difference(member, dim_id)
                row.append(
                    "–" if level is None else f"{level} ({_num(diff, lang, signed=True)})" if diff else str(level)
                )
                if level is not None:
                    commands.append(("BACKGROUND", (col, i), (col, i), SHADES[level]))
                    if level >= WHITE_FROM:
                        commands.append(("TEXTCOLOR", (col, i), (col, i), colors.white))
            row += [_num(r.distance(member), lang), format_date(member.profile.date, lang)]
            rows.append(row)
            if member.own:
                commands += [
                    ("LINEABOVE", (0, i), (-1, i), 1.2, INK),
                    ("LINEBELOW", (0, i), (-1, i), 1.2, INK),
                    ("FONTNAME", (0, i), (-1, i), FONT_BOLD),
                ]
        table = Table(rows, colWidths=[name_w] + [dim_w] * len(dims) + [dist_w, date_w], repeatRows=2)
        table.setStyle(TableStyle(commands))
        # tagged: the head row (success factors by number, see the legend above) and each row's municipality
        return set_table_headers(table, rows=1, columns=1)

    def _story(self) -> Flowables:
        r, lang, s = self.region, self.lang, self.styles
        story: Flowables = [Paragraph(_escape(self._title()), s.h1)]
        if not r.members:
            return story + [Paragraph(_t("empty", lang), s.body)]
        story.append(Paragraph(_escape(_t("lead", lang, q=r.questionnaire)), s.lead))
        story.append(Paragraph(_t("scale", lang, levels=" · ".join(LEVEL_NAMES[1 if lang == "en" else 0])), s.small))
        names = ", ".join(f"{i} {name}" for i, (_, name) in enumerate(r.dimensions, 1))
        story.append(Paragraph(_escape(_t("legend", lang, names=names)), s.small))
        story += [Spacer(1, 3 * mm), self._table()]
        story.append(Paragraph(_t("suggest", lang), s.h2))
        story += [Paragraph(_escape(line), s.bullet, bulletText="•") for line in r.suggestions()]
        if r.other_versions:
            story.append(Paragraph(_t("others", lang), s.h2))
            for other in r.other_versions:
                changed = ", ".join(other.changed) or _t("none_changed", lang)
                story.append(
                    Paragraph(
                        _escape(
                            _t(
                                "other_version",
                                lang,
                                names=", ".join(other.members),
                                q=other.questionnaire,
                                changed=changed,
                            )
                        ),
                        s.bullet,
                        bulletText="•",
                    )
                )
        if r.duplicates:
            story.append(Paragraph(_t("duplicates", lang), s.h2))
            story += [Paragraph(_escape(line), s.bullet_small, bulletText="•") for line in r.duplicates]
        return story

    def _title(self) -> str:
        count = len(self.region.members)
        one = "_one" if count == 1 else ""
        if self.name:
            return _t("title" + one, self.lang, name=self.name, count=count)
        return _t("title_unnamed" + one, self.lang, count=count)

    def _page_frame(self, canvas: Canvas, number: int, total: int) -> None:
        draw_footer(
            canvas,
            _t("footer", self.lang, name=self.name or "–", version=__version__)
            + f" · {format_date(self.created, self.lang)}",
            _t("page", self.lang, page=number, pages=total),
        )

    def generate(self) -> bytes:
        buffer = io.BytesIO()
        size = landscape(A4)
        doc = TaggedDocTemplate(
            buffer,
            tagged=self.tagged,
            pagesize=size,
            title=self._title(),
            author=self.name,
            subject="SmartCheck Region",
            creator=f"SmartCheck {__version__}",
            producer=f"SmartCheck {__version__} (ReportLab)",
            lang="en-GB" if self.lang == "en" else "de-DE",
            invariant=1 if self.invariant else 0,
            initialFontName=FONT,
            initialFontSize=10,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_Y + HEADER_GAP,
            size[0] - 2 * MARGIN_X,
            size[1] - 2 * MARGIN_Y - HEADER_GAP,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate(id="region", frames=[frame], pagesize=size)])
        doc.build(self._story(), canvasmaker=partial(NumberedCanvas, decorate=self._page_frame, created=self.created))
        return buffer.getvalue()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_region(region: Region, name: str, lang: str = "de", invariant: bool = False) -> bytes:
    return RegionReport(region, name, lang, invariant).generate()


def write_region(region: Region, name: str, out: str | Path, lang: str = "de", invariant: bool = False) -> Path:
    from ..atomic import write_atomic

    return write_atomic(out, render_region(region, name, lang, invariant))
