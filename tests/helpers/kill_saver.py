"""Child process of the kill test: saves answers until it is killed.

Usage: python kill_saver.py DATA_DIR QUESTIONNAIRE RUN

Prints "ready" once its assessment is stored, then the number i of every
answer whose save has returned (question i mod n, value (i div n) mod 5, a note that
starts with "i" and is long enough to need several database pages, so a
kill can fall between the pages of one save).
"""

import sys

from smartcheck.core.assessment import Municipality, new_assessment
from smartcheck.core.catalog import load
from smartcheck.core.session import Session
from smartcheck.store import Store

PADDING = "Notiz " * 320


def main() -> None:
    data_dir, questionnaire_path, run = sys.argv[1:4]
    questionnaire = load(questionnaire_path)
    store = Store.open(data_dir)
    assessment = new_assessment(questionnaire, Municipality(name=f"Killtest {run}"), id=f"kill-{run}")
    store.create(assessment)
    session = Session(assessment, store)
    print("ready", flush=True)
    ids = [q.id for q in questionnaire.questions()]
    i = 0
    while True:
        n = len(ids)
        session.answer(ids[i % n], (i // n) % 5, note=f"{i} " + PADDING)
        print(i, flush=True)
        i += 1


if __name__ == "__main__":
    main()
