# Reality Check: `make run` starts the app, `make test` runs the whole suite headless.
# Both create .venv and install on first use; later runs reuse it (re-installs only when
# pyproject.toml changes).

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-test
BENCH_STAMP := $(VENV)/.installed-bench
ARGS   ?=

.PHONY: run test lint bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --disable-pip-version-check -q -e ".[test]"
	@touch $(STAMP)

$(BENCH_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --disable-pip-version-check -q -e ".[test,bench]"
	@touch $(BENCH_STAMP)

run: $(STAMP)
	$(PY) main.py $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check journal tests main.py
	$(PY) -m ruff format --check journal tests main.py
	$(PY) -m mypy

bench: $(BENCH_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m journal.bench --write docs/PERFORMANCE.md
	QT_QPA_PLATFORM=offscreen $(PY) -m journal.ui_bench --write docs/PERFORMANCE.md

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
