"""The citizens' one-pager: where we stand, what we achieved, what comes next.

Design record.

Who reads it?
    Citizens, in the Amtsblatt, on the website or on the notice board. So it
    uses short sentences and everyday words. The method's words (Quick Win,
    Storytelling, Verstetigung, Dimension, Stufe) do not appear: every area
    has a plain name (``PLAIN_AREAS``) and every level a plain word
    (``PLAIN_LEVELS``); areas of an unknown questionnaire fall back to the
    questionnaire's name for them.

Where do the achievements come from?
    From level changes since the previous completed assessment of the same
    municipality, and from measures marked done (:func:`done_measure_lines`,
    which the measure tracking feeds; without it the list is empty).

Why plain next steps instead of the plan's recommendations?
    The plan's texts are written for the administration. The one-pager takes
    the three areas furthest below their target and says in a plain sentence
    what happens there (``PLAIN_STEPS``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .assessment import Assessment, Status
from .plain import in_language
from .plain import month_year as plain_month_year
from .progress import compare
from .scoring import Profile, score

PLAIN_AREAS: dict[str, tuple[str, str]] = {
    "organisation": ("Klare Zuständigkeit im Rathaus", "Clear responsibility at the town hall"),
    "support": ("Alle Ämter machen mit", "All departments take part"),
    "continuity": ("Gute Ideen bleiben auf Dauer", "Good ideas last"),
    "cooperation": ("Zusammenarbeit mit den Nachbarn", "Working with our neighbours"),
    "storytelling": ("Informieren und mitreden", "Informing and listening to you"),
    "quick_wins": ("Kleine Erfolge, schnell sichtbar", "Small results you see soon"),
    "prioritisation": ("Eine klare Reihenfolge", "A clear order of work"),
}
PLAIN_LEVELS = (
    ("noch nicht begonnen", "not started yet"),
    ("erste Schritte", "first steps"),
    ("im Aufbau", "under way"),
    ("gut aufgestellt", "well set up"),
    ("fest im Alltag", "part of daily work"),
)
PLAIN_STEPS: dict[str, tuple[str, str]] = {
    "organisation": (
        "Wir legen fest, wer im Rathaus sich um das Thema kümmert.",
        "We decide who at the town hall takes care of this.",
    ),
    "support": (
        "Wir holen mehr Ämter ins Boot. Jedes Amt soll sehen, was es davon hat.",
        "We bring more departments on board. Each should see how it helps their work.",
    ),
    "continuity": (
        "Wir sorgen dafür, dass gute Angebote bleiben, auch wenn Geld vom Bund ausläuft.",
        "We make sure good services stay, also when federal money ends.",
    ),
    "cooperation": (
        "Wir tun uns mit Nachbarorten zusammen. Dann muss nicht jeder alles allein machen.",
        "We team up with nearby towns. Then no one has to do everything alone.",
    ),
    "storytelling": (
        "Wir erklären unsere Pläne in einfachen Worten. Und wir fragen Sie nach Ihrer Meinung.",
        "We explain our plans in plain words. And we ask for your view.",
    ),
    "quick_wins": (
        "Wir starten kleine Vorhaben, deren Nutzen Sie bald sehen.",
        "We start small projects whose benefit you will see soon.",
    ),
    "prioritisation": (
        "Wir legen offen fest, was zuerst kommt und warum.",
        "We decide in the open what comes first, and why.",
    ),
}
NEXT_STEPS = 3
MAX_ACHIEVED = 5  # lines; more are summed up, so the page stays one page
MAX_CONTACT = 200  # characters


@dataclass(frozen=True)
class Bar:
    """One area on the simple chart: plain name and level 0-4 (None: not known yet)."""

    label: str
    level: int | None
    level_text: str


@dataclass
class Story:
    lang: str
    title: str
    municipality: str
    when: str
    standing: list[str]  # three sentences
    bars: list[Bar]
    achieved: list[str]
    next_steps: list[str]
    take_part: list[str]
    headings: dict[str, str] = field(default_factory=dict)
    scale_note: str = ""

    def german_prose(self) -> str:
        """The running text (for the readability measure): everything a reader reads as sentences."""
        return " ".join([*self.standing, *self.achieved, *self.next_steps, *self.take_part])


def area_name(dimension_id: str, fallback: str, lang: str) -> str:
    pair = PLAIN_AREAS.get(dimension_id)
    return in_language(pair, lang) if pair else fallback


def level_word(level: int | None, lang: str) -> str:
    if level is None:
        return "not known yet" if lang == "en" else "noch offen"
    return in_language(PLAIN_LEVELS[level], lang)


def month_year(assessment: Assessment, lang: str) -> str:
    return plain_month_year(assessment.date, lang)


def done_measure_lines(done_measures: Iterable[str], lang: str = "de") -> list[str]:
    """PLUG-IN for the measure tracking: titles of measures marked done become achievement lines.

    The measure tracking (another branch) passes the titles of its done
    measures; until it exists, callers pass nothing and the list is empty.
    """
    prefix = "Done: " if lang == "en" else "Erledigt: "
    return [f"{prefix}{title.strip().rstrip('.')}." for title in done_measures if title.strip()]


def _previous(assessment: Assessment, history: list[Assessment]) -> Assessment | None:
    earlier = [a for a in history if a.id != assessment.id and a.status == Status.COMPLETE and a.date < assessment.date]
    return max(earlier, key=lambda a: a.date) if earlier else None


def achievements(assessment: Assessment, history: list[Assessment], lang: str = "de") -> list[str]:
    """Areas whose level rose since the previous completed assessment, in plain words."""
    before = _previous(assessment, history)
    if before is None:
        return []
    names = {d.id: d.name.get(lang) for d in assessment.questionnaire.dimensions}
    lines = []
    for change in compare(before, assessment).dimensions:
        if (change.level_delta or 0) > 0 and change.dimension_id in names and change.before and change.after:
            area = area_name(change.dimension_id, names[change.dimension_id], lang)
            old, new = level_word(change.before.level, lang), level_word(change.after.level, lang)
            lines.append(f"{area}: from “{old}” to “{new}”." if lang == "en" else f"{area}: von „{old}“ auf „{new}“.")
    return lines


def build_story(
    assessment: Assessment,
    history: list[Assessment] | None = None,
    lang: str = "de",
    contact: str = "",
    done_measures: Iterable[str] = (),
    profile: Profile | None = None,
) -> Story:
    lang = "en" if lang == "en" else "de"
    history = history or []
    profile = profile or score(assessment)
    q = assessment.questionnaire
    name = assessment.municipality.name
    when = month_year(assessment, lang)
    areas = [
        (d.id, area_name(d.id, d.name.get(lang), lang), r)
        for d, r in zip(q.dimensions, profile.dimensions, strict=True)
    ]
    bars = [
        Bar(label, r.level if r.assessable else None, level_word(r.level if r.assessable else None, lang))
        for _, label, r in areas
    ]
    known = [(dim_id, label, r) for dim_id, label, r in areas if r.assessable and r.level is not None]
    strong = max(known, key=lambda x: (x[2].level, x[2].mean or 0), default=None)
    weak = min(known, key=lambda x: (x[2].level, x[2].mean or 0), default=None)

    if lang == "en":
        standing = [
            f"In {when}, the town hall of {name} checked how well it is prepared "
            "to use digital tools for daily life here."
        ]
        standing.append(
            f"We are furthest along in one area: {strong[1]}."
            if strong
            else "We do not know enough yet to say where we are strong."
        )
        standing.append(
            f"We have the most to do here: {weak[1]}."
            if weak and weak is not strong
            else "Every area still has room to grow."
        )
    else:
        standing = [
            f"Im {when} hat das Rathaus von {name} geprüft, wie gut es für die digitale Zukunft im Ort bereit ist."
        ]
        standing.append(
            f"Am weitesten sind wir hier: {strong[1]}." if strong else "Wo wir stark sind, wissen wir noch nicht genau."
        )
        standing.append(
            f"Am meisten zu tun haben wir hier: {weak[1]}."
            if weak and weak is not strong
            else "In jedem Bereich gibt es noch etwas zu tun."
        )

    achieved = achievements(assessment, history, lang) + done_measure_lines(done_measures, lang)
    if len(achieved) > MAX_ACHIEVED:
        more = len(achieved) - (MAX_ACHIEVED - 1)
        achieved = achieved[: MAX_ACHIEVED - 1] + [
            f"… and {more} more things got better."
            if lang == "en"
            else f"… und {more} weitere Dinge sind besser geworden."
        ]
    if not achieved:
        achieved = (
            ["This is our first check. Next time we will show here what has got better."]
            if lang == "en"
            else ["Dies ist unsere erste Prüfung. Beim nächsten Mal zeigen wir hier, was besser geworden ist."]
        )

    # ``known`` holds assessed areas only: ``or 0`` never applies, it tells the type checker
    by_gap = sorted(known, key=lambda x: (-(x[2].target - (x[2].level or 0)), x[2].level or 0))
    steps = [
        in_language(PLAIN_STEPS[dim_id], lang)
        if dim_id in PLAIN_STEPS
        else (f"We keep working on: {label}." if lang == "en" else f"Wir arbeiten weiter an: {label}.")
        for dim_id, label, r in by_gap
        if r.target > (r.level or 0)
    ][:NEXT_STEPS]

    contact = " ".join(contact.split())
    if len(contact) > MAX_CONTACT:
        contact = contact[: MAX_CONTACT - 1].rstrip() + "…"
    if lang == "en":
        take_part = ["Do you have an idea or a question? Please get in touch."]
        take_part.append(f"Contact: {contact}." if contact else "You can reach us at the town hall.")
        take_part.append("We are glad about every tip.")
        title = f"{name}: on the way to a smart town"
        headings = {
            "standing": "Where we stand",
            "achieved": "What we have achieved",
            "next": "Our next three steps",
            "take_part": "How you can take part",
            "chart": "How far we are in each area",
        }
        scale_note = "Scale: not started yet · first steps · under way · well set up · part of daily work"
    else:
        take_part = ["Sie haben eine Idee oder eine Frage? Dann melden Sie sich gern."]
        take_part.append(f"Kontakt: {contact}." if contact else "Sie erreichen uns im Rathaus.")
        take_part.append("Wir freuen uns über jeden Hinweis.")
        title = f"{name}: auf dem Weg zum digitalen Ort"
        headings = {
            "standing": "Wo wir stehen",
            "achieved": "Was wir geschafft haben",
            "next": "Unsere nächsten drei Schritte",
            "take_part": "So können Sie mitmachen",
            "chart": "Wie weit wir in jedem Bereich sind",
        }
        scale_note = "Skala: noch nicht begonnen · erste Schritte · im Aufbau · gut aufgestellt · fest im Alltag"
    return Story(lang, title, name, when, standing, bars, achieved, steps, take_part, headings, scale_note)


def story_text(story: Story) -> str:
    """Plain text / Markdown for the Amtsblatt editor."""
    h = story.headings
    lines = [f"# {story.title}", "", *story.standing, "", f"## {h['chart']}", ""]
    lines += [f"- {b.label}: {b.level_text}" for b in story.bars]
    lines += ["", f"## {h['achieved']}", "", *[f"- {a}" for a in story.achieved]]
    lines += ["", f"## {h['next']}", "", *[f"{i}. {s}" for i, s in enumerate(story.next_steps, 1)]]
    lines += ["", f"## {h['take_part']}", "", " ".join(story.take_part), ""]
    return "\n".join(lines)
