"""Listing with 1,000 stored assessments against listing with one.

Two measurements, both folders alternately in the same run. Each time is the
best of many runs (as ``timeit`` advises: the other runs measure what else the
machine was doing); the medians are printed beside them.

1. ``smartcheck list --json`` as a fresh process: what a user or a script
   waits for (start, open with lock and quick_check, list, print). The goal,
   a ratio of at most 1.2, applies to this one.
2. Inside one process, open + list and list alone: the share of the desktop
   application's home screen, printed in milliseconds. Listing is linear in
   the number of assessments by nature; the point is that it stays a few
   milliseconds (it reads only the summary columns, through a covering index).

Run: python benchmarks/bench_list.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

from smartcheck.core.assessment import Municipality
from smartcheck.store import Store
from smartcheck.store.demo import demo_assessments

PROCESS_RUNS = 21
RUNS = 41
GOAL = 1.2


def fill(folder: Path, count: int) -> None:
    template = demo_assessments()[2]
    batch = []
    for i in range(count):
        a = template.model_copy(deep=False)
        a.id = str(uuid.UUID(int=i + 1))
        a.municipality = Municipality(name=f"Gemeinde {i % 250:03d}")
        a.completed_at = template.completed_at - timedelta(days=i)
        a.updated_at = a.completed_at
        batch.append(a)
    with Store.open(folder) as store:
        store.create_many(batch)
        store.backup("bench")  # as on a real PC: today's backup exists, none is made while measuring


def command(folder: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "smartcheck", "--data-dir", str(folder), "list", "--json"],
        capture_output=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    elapsed = time.perf_counter() - start
    assert result.returncode == 0, result.stderr
    return elapsed


def open_and_list(folder: Path) -> float:
    start = time.perf_counter()
    with Store.open(folder) as store:
        rows = store.list_assessments()
    elapsed = time.perf_counter() - start
    assert rows
    return elapsed


def list_only(store: Store) -> float:
    start = time.perf_counter()
    store.list_assessments()
    return time.perf_counter() - start


def timings(measure, a, b, runs: int) -> tuple[list[float], list[float]]:
    measure(a), measure(b)  # warm up caches
    ta, tb = [], []
    for _ in range(runs):
        ta.append(measure(a))
        tb.append(measure(b))
    return ta, tb


def line(title: str, ta: list[float], tb: list[float]) -> str:
    ms = lambda v: f"{v * 1000:7.2f} ms"  # noqa: E731
    return (
        f"{title:26} 1: {ms(min(ta))}   1,000: {ms(min(tb))}   "
        f"(medians {ms(statistics.median(ta))} / {ms(statistics.median(tb))})"
    )


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        one, many = Path(tmp) / "one", Path(tmp) / "many"
        fill(one, 1)
        fill(many, 1000)
        size = (many / "smartcheck.db").stat().st_size // 1024
        c1, c2 = timings(command, one, many, PROCESS_RUNS)
        o1, o2 = timings(open_and_list, one, many, RUNS)
        with Store.open(one) as s1, Store.open(many) as s2:
            l1, l2 = timings(list_only, s1, s2, RUNS)
    ratio = min(c2) / min(c1)
    print(f"database with 1,000 assessments: {size} KiB")
    print(line("smartcheck list --json:", c1, c2))
    print(line("open + list (in process):", o1, o2))
    print(line("list only (store open):", l1, l2))
    print(f"ratio (smartcheck list --json, 1,000 vs 1): {ratio:.2f}   goal: at most {GOAL}")
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
