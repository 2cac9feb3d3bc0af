# Reality Check: `make run` starts the app, `make test` runs the whole suite headless.
# Both create .venv and install on first use; later runs reuse it (re-installs only when
# pyproject.toml changes).

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-test
BENCH_STAMP := $(VENV)/.installed-bench
DIST_STAMP := $(VENV)/.installed-dist
DIST_NAME ?= Reality Check
ARGS   ?=

.PHONY: run test lint bench dist dist-test dist-size clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --disable-pip-version-check -q -e ".[test]"
	@touch $(STAMP)

$(BENCH_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --disable-pip-version-check -q -e ".[test,bench]"
	@touch $(BENCH_STAMP)

$(DIST_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --disable-pip-version-check -q -e ".[test,dist]"
	@touch $(DIST_STAMP)

run: $(STAMP)
	$(PY) main.py $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check journal tests benchmarks main.py
	$(PY) -m ruff format --check journal tests benchmarks main.py
	$(PY) -m mypy

# The benchmarks live in benchmarks/ (not shipped); each rewrites its section of the document.
bench: $(BENCH_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.bench --write docs/PERFORMANCE.md
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.ui_bench --write docs/PERFORMANCE.md
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.export_bench --write docs/PERFORMANCE.md
	$(PY) -m benchmarks.attachments_bench --write docs/PERFORMANCE.md
	$(PY) -m benchmarks.insights_bench --write docs/PERFORMANCE.md

# A self-contained app folder in dist/ (RC_DISCREET_BUILD=1 names it "Notes").
dist: $(DIST_STAMP)
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN reality-check.spec

# Build, then run the built binary's end-to-end self-check offscreen with a temporary journal.
dist-test: dist
	QT_QPA_PLATFORM=offscreen $(PY) -m journal.dist_check "dist/$(DIST_NAME)"

# dist-test, then record the app folder's size in docs/PERFORMANCE.md.
dist-size: dist
	QT_QPA_PLATFORM=offscreen $(PY) -m journal.dist_check "dist/$(DIST_NAME)" --write docs/PERFORMANCE.md

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info
