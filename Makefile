# Reality Check: `make run` starts the app, `make test` runs the whole suite headless.
# Both create .venv and install on first use; later runs reuse it (re-installs only when
# pyproject.toml or setup.py changes).

.SECONDEXPANSION:

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-test
BENCH_STAMP := $(VENV)/.installed-bench
DIST_STAMP := $(VENV)/.installed-dist
DIST_NAME ?= Reality Check
ARGS   ?=

.PHONY: run test lint bench dist dist-test dist-size wheel-test clean translations i18n-update

# Translations: i18n/<lang>/*.ts (sources, in git) → resources/i18n/reality_check_<lang>.qm
# (built here by Qt's pyside6-lrelease, shipped in the wheel and the app; see docs/TRANSLATING.md).
LANGS  := es
QM     := $(foreach l,$(LANGS),resources/i18n/reality_check_$(l).qm)

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml setup.py | $(PY)
	$(PY) -m pip install --disable-pip-version-check -q -e ".[test]"
	@touch $(STAMP)

$(BENCH_STAMP): pyproject.toml setup.py $(STAMP)
	$(PY) -m pip install --disable-pip-version-check -q -e ".[test,bench]"
	@touch $(BENCH_STAMP)

$(DIST_STAMP): pyproject.toml setup.py $(STAMP)
	$(PY) -m pip install --disable-pip-version-check -q -e ".[test,dist]"
	@touch $(DIST_STAMP)

resources/i18n/reality_check_%.qm: $$(wildcard i18n/%/*.ts) | $(STAMP)
	@mkdir -p resources/i18n
	$(VENV)/bin/pyside6-lrelease -silent $(sort $(wildcard i18n/$*/*.ts)) -qm $@

translations: $(QM)

# Collect new or changed strings from the code into the .ts files (then translate them there).
i18n-update: $(STAMP)
	$(PY) i18n/update.py

run: $(STAMP) $(QM)
	$(PY) main.py $(ARGS)

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check journal tests benchmarks i18n main.py setup.py
	$(PY) -m ruff format --check journal tests benchmarks i18n main.py setup.py
	$(PY) -m mypy

# The benchmarks live in benchmarks/ (not shipped); each rewrites its section of the document.
bench: $(BENCH_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.bench --write docs/PERFORMANCE.md
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.ui_bench --write docs/PERFORMANCE.md
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.export_bench --write docs/PERFORMANCE.md
	$(PY) -m benchmarks.attachments_bench --write docs/PERFORMANCE.md
	$(PY) -m benchmarks.insights_bench --write docs/PERFORMANCE.md
	$(PY) -m benchmarks.vault_v2 --write docs/PERFORMANCE.md
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.export_evidence_bench --write docs/PERFORMANCE.md

# A self-contained app folder in dist/ (RC_DISCREET_BUILD=1 names it "Notes").
dist: $(DIST_STAMP) $(QM)
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN reality-check.spec

# Build, then run the built binary's end-to-end self-check offscreen with a temporary journal.
dist-test: dist
	QT_QPA_PLATFORM=offscreen $(PY) -m journal.dist_check "dist/$(DIST_NAME)"

# dist-test, then record the app folder's size in docs/PERFORMANCE.md.
dist-size: dist
	QT_QPA_PLATFORM=offscreen $(PY) -m journal.dist_check "dist/$(DIST_NAME)" --write docs/PERFORMANCE.md

# Build the wheel, install it (not editable) in a fresh venv in the temp folder, run its
# --self-check there: the installed app must carry every package and bundled resource.
wheel-test: $(QM) | $(PY)
	$(PY) tests/scripts/wheel_check.py

clean:
	rm -rf $(VENV) resources/i18n .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info
