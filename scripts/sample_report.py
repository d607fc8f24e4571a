"""Write docs/sample-report.pdf from the demo municipality, and PNGs of its key pages.

Creates a temporary data folder, adds the demo (smartcheck.store.demo.add_demo),
renders the latest completed assessment with its history in invariant mode (so
the file only changes when the report or the demo changes), and, if poppler's
pdftoppm is installed, renders pages 1 (cover), 2 (summary) and the first page
of the action plan to docs/sample-report-p<N>.png at a modest resolution.

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

DOCS = ROOT / "docs"
PNG_DPI = 80


def plan_page(pdf: Path) -> int:
    """The number of the first landscape page: where the action plan starts."""
    from pypdf import PdfReader

    for number, page in enumerate(PdfReader(io.BytesIO(pdf.read_bytes())).pages, start=1):
        if page.mediabox.width > page.mediabox.height:
            return number
    return 3


def render_pngs(pdf: Path, pages: list[int]) -> list[Path]:
    tool = shutil.which("pdftoppm")
    if tool is None:
        print("pdftoppm nicht gefunden (Debian: apt-get install poppler-utils); keine PNGs", file=sys.stderr)
        return []
    written = []
    for number in pages:
        stem = pdf.with_name(f"{pdf.stem}-p{number}")
        subprocess.run([tool, "-r", str(PNG_DPI), "-png", "-singlefile", "-f", str(number), "-l", str(number),
                        str(pdf), str(stem)], check=True)
        written.append(stem.with_suffix(".png"))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("de", "en"), default="de")
    parser.add_argument("--no-png", action="store_true", help="keine PNG-Seiten schreiben")
    args = parser.parse_args(argv)
    suffix = "" if args.lang == "de" else "-en"
    out = DOCS / f"sample-report{suffix}.pdf"
    with tempfile.TemporaryDirectory(prefix="smartcheck-sample-") as folder:
        with Store.open(Path(folder)) as store:
            add_demo(store)
            latest = store.latest()
            history = store.history(latest)
        write_report(latest, history, out, lang=args.lang, invariant=True)
    print(f"{out.relative_to(ROOT)} geschrieben ({latest.municipality.name}, {len(history)} Einschätzungen)")
    if not args.no_png:
        for png in render_pngs(out, [1, 2, plan_page(out)]):
            print(f"{png.relative_to(ROOT)} geschrieben")
    return 0


if __name__ == "__main__":
    sys.exit(main())
