# SmartCheck: two commands for a fresh machine with Python 3.11+.
#   make run    create .venv, install SmartCheck, start it
#   make test   create .venv with the test extra; ruff (lint, format), mypy, then the whole suite headless
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip install --disable-pip-version-check -q -c constraints.txt

.PHONY: run test dist translations screenshots sample-report clean

run: $(VENV)/.run
	$(BIN)/smartcheck

LINTED := src tests scripts benchmarks packaging

test: $(VENV)/.test
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

dist:
	bash packaging/build.sh

translations: $(VENV)/.run
	$(BIN)/python scripts/build_translations.py

screenshots: $(VENV)/.test
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py

sample-report: $(VENV)/.run
	$(BIN)/python scripts/sample_report.py

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.run: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) -e .
	touch $@

$(VENV)/.test: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP) -e '.[test]'
	touch $@ $(VENV)/.run

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info .pytest_cache
