"""A region: several municipalities' profile files side by side.

Design record.

Which profiles are compared?
    Only those answered on the same questionnaire (id, version and content
    hash: an edited copy with the same version number is another one). The
    reference version is the own municipality's, if it is among them, else
    the version most profiles use (ties: the first file's). Profiles on another
    version are named, with the dimensions whose questions differ from the
    reference, and left out of the table, the median and the suggestions.

What is a duplicate?
    The same municipality (by name; anonymous profiles by their context and
    levels) with the same date. The first file is kept, the others named.

What is the distance?
    Per dimension the municipality's level minus the region's median; the
    distance of a municipality is the mean of the absolute differences over
    the dimensions both have a level for.

Who is strongest?
    Per dimension the municipalities at the highest level (at least 1). The
    suggestion names them and what to ask them about.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from statistics import median

from .assessment import municipality_key, same_municipality
from .labels import format_date, local_time
from .profile_share import ProfileFile

ASK_ABOUT = {
    "organisation": (
        "wie sie Zuständigkeiten und Rollen geregelt haben",
        "how they settled responsibilities and roles",
    ),
    "support": ("wie sie die Fachbereiche gewonnen haben", "how they won over their departments"),
    "continuity": ("wie sie Wissen halten und Vorhaben weiterführen", "how they keep know-how and carry projects on"),
    "cooperation": ("wie ihr Austausch mit den Nachbarn läuft", "how their exchange with neighbours works"),
    "storytelling": (
        "wie sie Bürgerinnen und Bürger erreichen und beteiligen",
        "how they reach and involve their citizens",
    ),
    "quick_wins": (
        "wie sie kleine, schnell sichtbare Vorhaben auswählen",
        "how they choose small projects with a quick visible benefit",
    ),
    "prioritisation": ("wie sie ihre Maßnahmen priorisieren", "how they prioritise their measures"),
}
DEFAULT_ASK = ("wie sie dabei vorgegangen sind", "how they went about it")
SHOWN_NAMES = 3


@dataclass(frozen=True)
class Member:
    """One profile in the region, with the name it is shown under."""

    label: str
    source: str  # file name or stored entry it came from
    profile: ProfileFile
    own: bool = False


@dataclass(frozen=True)
class OtherVersion:
    questionnaire: str  # "smart-city-readiness 2.0"
    members: tuple[str, ...]
    changed: tuple[str, ...]  # names of dimensions that differ from the reference


@dataclass(frozen=True)
class Strongest:
    dimension_id: str
    dimension: str
    level: int
    members: tuple[str, ...]
    own: bool  # the own municipality is among them


@dataclass
class Region:
    members: list[Member]  # compared directly, in the order given
    dimensions: list[tuple[str, str]]  # (id, name) of the reference version
    questionnaire: str
    medians: dict[str, float | None] = field(default_factory=dict)
    other_versions: list[OtherVersion] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # messages
    lang: str = "de"

    def level(self, member: Member, dimension_id: str) -> int | None:
        d = member.profile.dimension(dimension_id)
        return None if d is None else d.level

    def difference(self, member: Member, dimension_id: str) -> float | None:
        level, mid = self.level(member, dimension_id), self.medians.get(dimension_id)
        return None if level is None or mid is None else level - mid

    def distance(self, member: Member) -> float | None:
        diffs = [abs(x) for x in (self.difference(member, d) for d, _ in self.dimensions) if x is not None]
        return sum(diffs) / len(diffs) if diffs else None

    def strongest(self) -> list[Strongest]:
        found = []
        for dim_id, name in self.dimensions:
            levels = [(m, self.level(m, dim_id)) for m in self.members]
            top = max((lv for _, lv in levels if lv is not None), default=None)
            if top is None or top < 1:
                continue
            at_top = [m for m, lv in levels if lv == top]
            found.append(Strongest(dim_id, name, top, tuple(m.label for m in at_top), any(m.own for m in at_top)))
        return found

    def suggestions(self) -> list[str]:
        return [suggestion(s, self.lang) for s in self.strongest()]


def suggestion(s: Strongest, lang: str = "de") -> str:
    names = list(s.members[:SHOWN_NAMES])
    more = len(s.members) - len(names)
    ask = ASK_ABOUT.get(s.dimension_id, DEFAULT_ASK)[1 if lang == "en" else 0]
    if lang == "en":
        who = _join(names, "and", more, "more")
        verb = "is" if len(s.members) == 1 else "are"
        return f"On {s.dimension}, {who} {verb} at level {s.level} – ask them {ask}."
    who = _join(names, "und", more, "weitere")
    verb = "steht" if len(s.members) == 1 else "stehen"
    return f"Bei {s.dimension} {verb} {who} auf Stufe {s.level} – fragen Sie dort nach, {ask}."


def _join(names: list[str], and_word: str, more: int, more_word: str) -> str:
    if more:
        return f"{', '.join(names)} {and_word} {more} {more_word}"
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {and_word} {names[-1]}"


def _key(p: ProfileFile) -> tuple[object, ...]:
    day = local_time(p.date).date()
    if p.municipality.name:
        return ("name", municipality_key(p.municipality.name), day)
    m = p.municipality
    return ("anon", m.type, m.size_class, m.administration, tuple((d.id, d.level) for d in p.dimensions), day)


def _label(p: ProfileFile, anonymous_count: int, lang: str) -> str:
    if p.municipality.name:
        return p.municipality.name
    return f"{'Anonymous' if lang == 'en' else 'Anonym'} {anonymous_count}"


def _version(p: ProfileFile) -> tuple[str, str, str]:
    """The questionnaire a profile was answered on: id, version and content hash."""
    return (p.questionnaire.id, p.questionnaire.version, p.questionnaire.content_hash)


def _version_name(version: tuple[str, str, str], reference: tuple[str, str, str], lang: str) -> str:
    name = f"{version[0]} {version[1]}"
    if version[:2] == reference[:2]:  # same number, other content: an edited copy of the questionnaire
        name += " (other content)" if lang == "en" else " (anderer Inhalt)"
    return name


def _changed(reference: ProfileFile, other: ProfileFile, lang: str) -> tuple[str, ...]:
    names = []
    ref = {d.id: d for d in reference.dimensions}
    for d in other.dimensions:
        r = ref.get(d.id)
        if r is None or r.fingerprint != d.fingerprint:
            names.append(d.name.get(lang))
    other_ids = {d.id for d in other.dimensions}
    names += [d.name.get(lang) for d in reference.dimensions if d.id not in other_ids]
    return tuple(names)


def build_region(files: list[tuple[str, ProfileFile]], own: str | None = None, lang: str = "de") -> Region:
    """Compare the profiles read from ``files`` ((source, profile) pairs, in order).

    ``own``: the own municipality's name, highlighted when it is among them.
    """
    lang = "en" if lang == "en" else "de"
    kept: list[Member] = []
    duplicates: list[str] = []
    seen: dict[tuple[object, ...], str] = {}
    anonymous = 0
    for source, p in files:
        key = _key(p)
        if key in seen:
            when = format_date(p.date, lang)
            who = p.municipality.name or ("an anonymous profile" if lang == "en" else "ein anonymes Profil")
            duplicates.append(
                f"{source}: same municipality and date as {seen[key]} ({who}, {when}) – left out"
                if lang == "en"
                else f"{source}: dieselbe Kommune mit demselben Datum wie {seen[key]} ({who}, {when}) – nicht doppelt gezählt"
            )
            continue
        seen[key] = source
        if not p.municipality.name:
            anonymous += 1
        is_own = bool(own and p.municipality.name and same_municipality(p.municipality.name, own))
        kept.append(Member(_label(p, anonymous, lang), source, p, is_own))

    if not kept:
        return Region([], [], "", lang=lang, duplicates=duplicates)
    counts = Counter(_version(m.profile) for m in kept)
    owners = [m for m in kept if m.own]
    if owners:
        reference = _version(owners[0].profile)
    else:
        best = max(counts.values())
        reference = next(_version(m.profile) for m in kept if counts[_version(m.profile)] == best)
    same = [m for m in kept if _version(m.profile) == reference]
    ref_profile = same[0].profile
    dimensions = [(d.id, d.name.get(lang)) for d in ref_profile.dimensions]
    others: list[OtherVersion] = []
    for version in dict.fromkeys(_version(m.profile) for m in kept if _version(m.profile) != reference):
        group = [m for m in kept if _version(m.profile) == version]
        others.append(
            OtherVersion(
                _version_name(version, reference, lang),
                tuple(m.label for m in group),
                _changed(ref_profile, group[0].profile, lang),
            )
        )
    region = Region(
        same, dimensions, f"{reference[0]} {reference[1]}", other_versions=others, duplicates=duplicates, lang=lang
    )
    for dim_id, _ in dimensions:
        levels = [lv for lv in (region.level(m, dim_id) for m in same) if lv is not None]
        region.medians[dim_id] = median(levels) if levels else None
    return region
