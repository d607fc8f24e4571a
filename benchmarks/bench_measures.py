"""Opening the Maßnahmen page and rendering the Umsetzungsbericht: 500 measures against 5.

Two data folders with the same 20 completed assessments of one municipality
(the demo's 2026 assessment, copied a month apart): one with 500 adopted
measures (25 from each plan, in all five statuses, with a history), one with
5 (and one with 30, a screenful of rows). Timed in the same process on
open stores (as in the app): building the Maßnahmen page and filling it
(offscreen Qt),
the same with its first paint, and rendering the progress report PDF of the
newest assessment from the store. Each time is the best of several runs,
the three folders taking turns; the ratio uses CPU time (the machine may be shared). The
goal: the ratio 500/5 under 1.5 for building and filling the page and for
the report. The first paint draws the rows that fit the window: 5 rows with 5
measures, a screenful with 30 or 500, so it is compared with 30 as well.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_measures.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from smartcheck.core.implementation import adopt  # noqa: E402
from smartcheck.core.measures import STATUS_ORDER  # noqa: E402
from smartcheck.core.planning import plan  # noqa: E402
from smartcheck.store import Store  # noqa: E402
from smartcheck.store.demo import demo_assessments  # noqa: E402
from smartcheck.store.measures import add_measures, list_measures  # noqa: E402

RUNS = 15
ASSESSMENTS = 20


def fill(folder: Path, measures: int) -> None:
    template = demo_assessments()[2]
    start = datetime(2024, 1, 10, 9, tzinfo=UTC)
    per = max(1, -(-measures // ASSESSMENTS))
    left = measures
    with Store.open(folder) as store:
        assessments = []
        for i in range(ASSESSMENTS):
            when = start + timedelta(days=31 * i)
            a = template.model_copy(
                update={"id": f"bench-{i:02d}", "created_at": when, "updated_at": when, "completed_at": when}
            )
            assessments.append(a)
        store.create_many(assessments)
        # The newest plans first (the one before the latest check, then older ones, the latest last),
        # so the 5 measures of the small folder are the ones the report is about.
        for i in [*range(ASSESSMENTS - 2, -1, -1), ASSESSMENTS - 1]:
            a = assessments[i]
            if left <= 0:
                break
            ids = [m.recommendation_id for m in plan(a).measures][: min(per, left)]
            adopted = []
            for j, m in enumerate(adopt(a, ids, start=a.date.date())):
                status = STATUS_ORDER[(i + j) % 5]
                if status != STATUS_ORDER[0]:
                    m = m.with_status(status, a.date.date() + timedelta(days=20), "Stand der Arbeit")
                adopted.append(m)
            add_measures(store, adopted)
            left -= len(adopted)
        assert len(list_measures(store)) == measures, len(list_measures(store))


def timed_all(jobs: list, runs: int = RUNS, after=None) -> list[tuple[float, float]]:
    """(best CPU time, best wall time) per job; the jobs take turns, so a busy moment hits all alike.

    The ratio uses the process's CPU time: on a shared machine the wall clock also counts the
    time other processes had the processor."""
    cpu: list[list[float]] = [[] for _ in jobs]
    wall: list[list[float]] = [[] for _ in jobs]
    for _ in range(runs):
        for i, job in enumerate(jobs):
            begin, begin_cpu = time.perf_counter(), time.process_time()
            result = job()
            cpu[i].append(time.process_time() - begin_cpu)
            wall[i].append(time.perf_counter() - begin)
            if after is not None:
                after(result)  # clearing up, not timed
    return [(min(c), min(w)) for c, w in zip(cpu, wall, strict=True)]


def open_view(app, store: Store, paint: bool = True):
    """What the app does on Ctrl+M: build the page and fill it from the (open) store."""
    from smartcheck.ui.measures_view import MeasuresView

    view = MeasuresView(store)
    view.refresh()
    view.resize(1200, 800)
    if paint:
        view.show()
        app.processEvents()
    return view


def close_view(app, view) -> None:
    view.close()
    view.deleteLater()
    app.processEvents()


def render(store: Store) -> int:
    """What the app's button does: the newest assessment, its history, the municipality's measures, the PDF."""
    from smartcheck.report.progress_report import render_progress_report

    latest = store.latest()
    pdf = render_progress_report(
        latest,
        store.history(latest),
        list_measures(store, municipality=latest.municipality.name),
        today=date(2026, 1, 1),
    )
    return len(pdf)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        small, screen, large = Path(tmp) / "small", Path(tmp) / "screen", Path(tmp) / "large"
        fill(small, 5)
        fill(screen, 30)
        fill(large, 500)
        stores = [Store.open(folder, readonly=True) for folder in (small, screen, large)]
        small, screen, large = stores
        close_view(app, open_view(app, small))  # warm up: imports, fonts
        render(small)
        ok = True
        view_done = lambda view: close_view(app, view)  # noqa: E731
        jobs = (
            ("Maßnahmen-Seite öffnen (aufbauen und füllen)", lambda f: open_view(app, f, paint=False), True, view_done),
            ("Maßnahmen-Seite öffnen mit erstem Zeichnen", lambda f: open_view(app, f), False, view_done),
            ("Umsetzungsbericht rendern", render, True, None),
        )
        for name, job, goal, after in jobs:
            (base, base_wall), (full, _), (many, many_wall) = timed_all(
                [lambda job=job: job(small), lambda job=job: job(screen), lambda job=job: job(large)], after=after
            )
            ratio = many / base
            if goal:
                ok &= ratio < 1.5
            print(
                f"{name}: 5 Maßnahmen {base * 1000:.1f} ms CPU ({base_wall * 1000:.1f} ms Uhr), "
                f"30 Maßnahmen {full * 1000:.1f} ms CPU, "
                f"500 Maßnahmen {many * 1000:.1f} ms CPU ({many_wall * 1000:.1f} ms Uhr); "
                f"Verhältnis 500/5 {ratio:.2f}"
                + (" (Ziel < 1.5)" if goal else f", 500/30 {many / full:.2f} (eine Bildschirmseite Zeilen)")
            )
        for store in stores:
            store.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
