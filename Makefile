# The two commands of the README:
#   make run    installs everything and starts the app
#   make test   installs everything and runs the whole test suite (lint, types, layers, tests)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install install-dev sysdeps sysdeps-test lint check pytest forms clean screenshots bench bench-screening

run: install
	$(BIN)/checkpoint

test: sysdeps-test install-dev check pytest

sysdeps:
	build/install-system-deps.sh app

sysdeps-test:
	build/install-system-deps.sh test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

install: sysdeps $(BIN)/python
	$(BIN)/pip install -q -e .
	$(BIN)/python build/compile_qt.py

install-dev: $(BIN)/python
	$(BIN)/pip install -q -e '.[dev,hq]'
	$(BIN)/python build/compile_qt.py

check:
	$(BIN)/ruff check .
	$(BIN)/mypy checkpoint hq
	$(BIN)/lint-imports

pytest:
	$(BIN)/pytest -n 2 -q

forms:
	$(BIN)/python build/compile_qt.py

screenshots: forms
	$(BIN)/python docs/screenshots.py

bench:
	$(BIN)/python bench/store.py
	$(BIN)/python bench/sync.py

bench-screening:
	$(BIN)/pip install -q -e '.[dev,hq,bench]'
	$(BIN)/python bench/screening.py

clean:
	$(BIN)/python build/compile_qt.py --clean || true
	rm -rf build/dist build/work .pytest_cache .mypy_cache .ruff_cache
