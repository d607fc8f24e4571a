"""Building the PDF handout against a bare reportlab document of the same number of pages,
and the Kurzfassung für den Rat against the full report (goal: under a third of its time).

The report: the demo municipality's latest assessment with its two earlier ones
(scoring, plan, comparison, charts, all sections), rendered to bytes. The
baseline: a plain SimpleDocTemplate with one paragraph of Helvetica text per
page and a page break, as many pages as the report has, rendered in the same
process. Each time is the best of several runs (as ``timeit`` advises); the
medians are printed beside them. The goal: the report builds well under half a
second on the development machine.

Tagging (the PDF/UA structure, report/tagging.py and report/structure.py) is
measured against the same report built untagged, in the same run: the goal is
at most 1.3 times the untagged time.

Run: python benchmarks/bench_report.py
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from pypdf import PdfReader  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate  # noqa: E402

from smartcheck.core.catalog import load  # noqa: E402
from smartcheck.paths import default_questionnaire_path  # noqa: E402
from smartcheck.report import render_report  # noqa: E402
from smartcheck.report.pdf import PdfReport  # noqa: E402
from smartcheck.store.demo import demo_assessments  # noqa: E402

RUNS = 15


def bare(pages: int) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    style = getSampleStyleSheet()["BodyText"]
    story = []
    for n in range(pages):
        story += [Paragraph(f"Seite {n + 1}: " + "Text einer schlichten Seite. " * 40, style), PageBreak()]
    doc.build(story[:-1])
    return buffer.getvalue()


def timed(function, runs: int = RUNS) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> int:
    *history, _draft = demo_assessments(load(default_questionnaire_path()))
    latest = history[-1]
    data = render_report(latest, history)  # warm-up: fonts registered, modules imported
    pages = len(PdfReader(io.BytesIO(data)).pages)
    bare(pages)
    report_best, report_median = timed(lambda: render_report(latest, history))
    bare_best, bare_median = timed(lambda: bare(pages))
    print(
        f"Bericht ({pages} Seiten, {len(data) // 1024} KiB): bestes {report_best * 1000:.0f} ms, "
        f"Median {report_median * 1000:.0f} ms"
    )
    print(
        f"reportlab schlicht ({pages} Seiten):   bestes {bare_best * 1000:.0f} ms, Median {bare_median * 1000:.0f} ms"
    )
    print(f"Verhältnis Bericht / schlicht: {report_best / bare_best:.1f}")
    print(f"Ziel: deutlich unter 500 ms – {'erreicht' if report_best < 0.5 else 'VERFEHLT'}")
    council = render_report(latest, history, kind="council")
    council_pages = len(PdfReader(io.BytesIO(council)).pages)
    council_best, council_median = timed(lambda: render_report(latest, history, kind="council"))
    ratio = council_best / report_best
    print(
        f"Kurzfassung ({council_pages} Seiten): bestes {council_best * 1000:.0f} ms, "
        f"Median {council_median * 1000:.0f} ms"
    )
    print(
        f"Verhältnis Kurzfassung / vollständiger Bericht: {ratio:.2f} "
        f"(Ziel unter 0,33 – {'erreicht' if ratio < 1 / 3 else 'VERFEHLT'})"
    )
    # alternating, and in CPU time of this process, so a busy machine slows both alike
    untagged_times, tagged_times = [], []
    for _ in range(RUNS):
        for tagged, times in ((False, untagged_times), (True, tagged_times)):
            start = time.process_time()
            PdfReport(latest, history, tagged=tagged).generate()
            times.append(time.process_time() - start)
    untagged_best, untagged_median = min(untagged_times), statistics.median(untagged_times)
    tagged_best, tagged_median = min(tagged_times), statistics.median(tagged_times)
    ratio = tagged_best / untagged_best
    print(f"getaggt (CPU-Zeit):   bestes {tagged_best * 1000:.0f} ms, Median {tagged_median * 1000:.0f} ms")
    print(f"ungetaggt (CPU-Zeit): bestes {untagged_best * 1000:.0f} ms, Median {untagged_median * 1000:.0f} ms")
    print(
        f"Verhältnis getaggt / ungetaggt: {ratio:.2f} (Median {tagged_median / untagged_median:.2f}); "
        f"Ziel höchstens 1,3 – {'erreicht' if ratio <= 1.3 else 'VERFEHLT'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
