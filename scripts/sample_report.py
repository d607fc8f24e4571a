"""Write docs/sample-report.pdf and docs/sample-council-paper.pdf from the demo, and PNGs of pages.

Creates a temporary data folder, adds the demo (smartcheck.store.demo.add_demo),
renders the latest completed assessment with its history in invariant mode (so
the files only change when the report or the demo changes), and, if poppler's
pdftoppm is installed, renders every page of the Kurzfassung
(docs/sample-council-paper-p<N>.png) and, of the full report, the first page of
the annex and of the action plan (docs/sample-report-p<N>.png).

Run: python scripts/sample_report.py [--lang en] [--no-png]
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from smartcheck.report import write_report  # noqa: E402
from smartcheck.store import Store  # noqa: E402
from smartcheck.store.demo import add_demo  # noqa: E402
from smartcheck.store.measures import list_measures  # noqa: E402

DOCS = ROOT / "docs"
PNG_DPI = 80


def page_with(pdf: Path, words: str) -> int:
    """The number of the first page that contains ``words``."""
    from pypdf import PdfReader

    for number, page in enumerate(PdfReader(io.BytesIO(pdf.read_bytes())).pages, start=1):
        if words in page.extract_text():
            return number
    return 1


def page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf.read_bytes())).pages)


def render_pngs(pdf: Path, pages: list[int]) -> list[Path]:
    tool = shutil.which("pdftoppm")
    if tool is None:
        print("pdftoppm nicht gefunden (Debian: apt-get install poppler-utils); keine PNGs", file=sys.stderr)
        return []
    written = []
    for number in pages:
        stem = pdf.with_name(f"{pdf.stem}-p{number}")
        subprocess.run(
            [
                tool,
                "-r",
                str(PNG_DPI),
                "-png",
                "-singlefile",
                "-f",
                str(number),
                "-l",
                str(number),
                str(pdf),
                str(stem),
            ],
            check=True,
        )
        written.append(stem.with_suffix(".png"))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("de", "en"), default="de")
    parser.add_argument("--no-png", action="store_true", help="keine PNG-Seiten schreiben")
    args = parser.parse_args(argv)
    suffix = "" if args.lang == "de" else "-en"
    out = DOCS / f"sample-report{suffix}.pdf"
    council = DOCS / f"sample-council-paper{suffix}.pdf"
    with tempfile.TemporaryDirectory(prefix="smartcheck-sample-") as folder:
        with Store.open(Path(folder)) as store:
            add_demo(store)
            latest = store.latest()
            history = store.history(latest)
            measures = list_measures(store, municipality=latest.municipality.name)
        write_report(latest, history, out, lang=args.lang, invariant=True, kind="full", measures=measures)
        write_report(latest, history, council, lang=args.lang, invariant=True, kind="council", measures=measures)
    for pdf in (out, council):
        print(f"{pdf.relative_to(ROOT)} geschrieben ({latest.municipality.name}, {len(history)} Einschätzungen)")
    if not args.no_png:
        annex = "Anlage: Ergebnisse" if args.lang == "de" else "Annex: results"
        plan = "Beschluss / Notiz" if args.lang == "de" else "Decision / note"
        pngs = render_pngs(council, list(range(1, page_count(council) + 1)))
        pngs += render_pngs(out, [page_with(out, annex), page_with(out, plan)])
        for png in pngs:
            print(f"{png.relative_to(ROOT)} geschrieben")
    return 0


if __name__ == "__main__":
    sys.exit(main())
