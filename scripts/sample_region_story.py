"""Write docs/sample-region.pdf and docs/sample-story.pdf, with PNGs of their first pages.

The region: the demo municipality Musterstadt and four fictional member
municipalities of an "Amt Beispiel" (answers moved up or down from
Musterstadt's, one profile anonymous, one on another questionnaire version, one
handed in twice), so every part of the paper shows. The story: Musterstadt's
latest completed assessment with its history and a sample contact. Both in
invariant mode; PNGs if poppler's pdftoppm is installed.

Run: python scripts/sample_region_story.py [--no-png]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from smartcheck.core.assessment import Administration, Answer, SizeClass  # noqa: E402
from smartcheck.core.profile_share import build_profile  # noqa: E402
from smartcheck.core.region import build_region  # noqa: E402
from smartcheck.core.story import build_story  # noqa: E402
from smartcheck.report.region_pdf import RegionReport  # noqa: E402
from smartcheck.report.story_pdf import write_story  # noqa: E402
from smartcheck.store import Store  # noqa: E402
from smartcheck.store.demo import add_demo  # noqa: E402

DOCS = ROOT / "docs"
PNG_DPI = 70
MEMBERS = (  # name, shift of every answer, storytelling answer, size class, administration
    ("Kleindorf", -1, 4, SizeClass.UNDER_5K, Administration.MEMBER),
    ("Großheim", 1, 2, SizeClass.FROM_5K, Administration.MEMBER),
    ("Seedorf", 0, None, SizeClass.UNDER_5K, Administration.MEMBER),
)
CONTACT = "Rathaus Musterstadt, Frau Beispiel, Zimmer 12, Tel. 01234 5678, buergerbuero@musterstadt.example"


def variant(base, name, shift, storytelling, size, administration):
    answers = {}
    for qid, answer in base.answers.items():
        value = answer.value
        if isinstance(value, int):
            value = max(0, min(4, value + shift))
        if storytelling is not None and base.questionnaire.dimension_of(qid).id == "storytelling":
            value = storytelling
        answers[qid] = Answer(value=value)
    m = base.municipality.model_copy(update={"name": name, "size_class": size, "administration": administration})
    return base.model_copy(update={"id": str(uuid.UUID(int=len(name))), "municipality": m, "answers": answers})


def png(pdf: Path, out: Path) -> None:
    if shutil.which("pdftoppm") is None:
        return
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(PNG_DPI),
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(out.with_suffix("")),
        ],
        check=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-png", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp)) as store:
        add_demo(store)
        base = store.latest()
        history = store.history(base)
    profiles = [("Musterstadt.json", build_profile(base))]
    for name, shift, story, size, admin in MEMBERS:
        profiles.append((f"{name}.json", build_profile(variant(base, name, shift, story, size, admin))))
    anonymous = build_profile(variant(base, "Anonym", 0, 1, SizeClass.UNDER_5K, Administration.MEMBER), anonymous=True)
    profiles.append(("Profil-anonym.json", anonymous))
    other = build_profile(variant(base, "Bergdorf", 0, None, SizeClass.UNDER_5K, Administration.MEMBER))
    other = other.model_copy(update={"questionnaire": other.questionnaire.model_copy(update={"version": "2.0"})})
    profiles += [("Bergdorf.json", other), ("Kleindorf-Kopie.json", profiles[1][1])]
    region = build_region(profiles, own="Musterstadt")
    created = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    region_pdf = DOCS / "sample-region.pdf"
    region_pdf.write_bytes(RegionReport(region, "Amt Beispiel", invariant=True, created=created).generate())
    story_pdf = write_story(
        build_story(base, history, contact=CONTACT), DOCS / "sample-story.pdf", invariant=True, created=created
    )
    print(f"{region_pdf}\n{story_pdf}")
    if not args.no_png:
        png(region_pdf, DOCS / "sample-region.png")
        png(story_pdf, DOCS / "sample-story.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
