# The two commands of the README:
#   make run    installs everything and starts the app
#   make test   installs everything and runs the whole test suite (lint, types, layers, tests)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install install-dev sysdeps sysdeps-bundle sysdeps-test lint check pytest forms clean screenshots bench translations \
	bundle deb bench-screening

# the one-folder bundle of the workstation program (build/checkpoint.spec), rebuilt when a
# source of it is newer; `make deb` packages it for Debian (build/deb.py)
BUNDLE := build/dist/checkpoint/checkpoint
BUNDLE_SOURCES := $(shell find checkpoint ui resources -type f -not -path '*/__pycache__/*' \
	-not -path 'checkpoint/gui/forms/ui_*' -not -name resources_rc.py -not -name '*.qm' 2>/dev/null) \
	build/checkpoint.spec build/bundle_filter.py build/compile_qt.py pyproject.toml

run: install
	$(BIN)/checkpoint

test: sysdeps-test install-dev check bundle pytest

sysdeps:
	build/install-system-deps.sh app

sysdeps-bundle:
	build/install-system-deps.sh bundle

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

translations: install-dev
	$(BIN)/python build/lupdate.py

screenshots: forms
	$(BIN)/python docs/screenshots.py
	$(BIN)/python docs/screenshots.py --language uk

bench:
	$(BIN)/python bench/store.py
	$(BIN)/python bench/sync.py
	$(BIN)/python bench/bundle.py
	$(BIN)/python bench/form.py --records 20000

bundle: sysdeps-bundle install-dev $(BUNDLE)

$(BUNDLE): $(BUNDLE_SOURCES)
	$(BIN)/python build/compile_qt.py
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath build/dist --workpath build/work build/checkpoint.spec
	touch $@

deb: sysdeps bundle
	$(BIN)/python build/deb.py

bench-screening:
	$(BIN)/pip install -q -e '.[dev,hq,bench]'
	$(BIN)/python bench/screening.py
	$(BIN)/python bench/watchlist_pull.py

clean:
	$(BIN)/python build/compile_qt.py --clean || true
	rm -rf build/dist build/work .pytest_cache .mypy_cache .ruff_cache
