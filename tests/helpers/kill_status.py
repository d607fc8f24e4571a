"""Child process of the measures kill test: changes measures' status until it is killed.

Usage: python kill_status.py DATA_DIR QUESTIONNAIRE RUN

Adopts the plan of a new assessment (once), prints "ready", then the number i
of every status change that returned (measure i mod n + 1, a note that starts
with "i" and is long enough to span several database pages).
"""

import sys
from datetime import date

from smartcheck.core.implementation import adopt
from smartcheck.core.measures import STATUS_ORDER
from smartcheck.store import Store
from smartcheck.store.measures import add_measures, list_measures, set_status
from tests.helpers.store_data import make

PADDING = "Notiz " * 300


def main() -> None:
    data_dir, questionnaire_path, run = sys.argv[1:4]
    from smartcheck.core.catalog import load

    store = Store.open(data_dir)
    if not list_measures(store):
        a = make(load(questionnaire_path), complete=True)
        store.create(a)
        add_measures(store, adopt(a))
    numbers = [m.number for m in list_measures(store)]
    print("ready", flush=True)
    i = 0
    while True:
        number = numbers[i % len(numbers)]
        set_status(store, number, STATUS_ORDER[i % 5], note=f"{run}-{i} " + PADDING, day=date(2025, 1, 1))
        print(i, flush=True)
        i += 1


if __name__ == "__main__":
    main()
