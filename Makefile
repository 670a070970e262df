# One-command set-up: every target creates .venv when missing and installs the project into it.
# `make run` installs only what jamtui needs; test and check add the dev tools.
# Works where Python is `python3` (Linux, macOS) or `python` / `py` with .venv\Scripts (Windows).
ifeq ($(OS),Windows_NT)
PYTHON ?= python
BIN := .venv/Scripts
EXE := .exe
else
PYTHON ?= python3
BIN := .venv/bin
EXE :=
endif
VENV := .venv
PY := $(BIN)/python$(EXE)
RUNTIME := $(VENV)/.installed-runtime
DEV := $(VENV)/.installed-dev
# Tests run in parallel (pytest-xdist); PYTEST_WORKERS=0 runs them in this process.
PYTEST_WORKERS ?= auto

.PHONY: run test test-slow check lint-imports bench clean

# The suite starts the app hundreds of times: compiled modules (and pytest's rewritten test
# modules) are kept even where the environment asks Python not to write them.
test test-slow: export PYTHONDONTWRITEBYTECODE :=

$(PY):
	$(PYTHON) -m venv $(VENV)

$(RUNTIME): $(PY) pyproject.toml
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	$(PY) -c "import pathlib; pathlib.Path('$(RUNTIME)').touch()"

$(DEV): $(RUNTIME) requirements-dev.txt
	$(PY) -m pip install --quiet -e '.[dev]' -c requirements-dev.txt
	$(PY) -c "import pathlib; pathlib.Path('$(DEV)').touch()"

run: $(RUNTIME)
	$(PY) -m jamtui $(ARGS)

test: $(DEV)
	$(PY) -m pytest -n $(PYTEST_WORKERS) --dist worksteal -m "not slow" $(PYTEST_ARGS)

# The slow tests, and every property test again with its full count of examples.
test-slow: export JAMTUI_TEST_THOROUGH := 1
test-slow: $(DEV)
	$(PY) -m pytest -n $(PYTEST_WORKERS) --dist worksteal -m "slow or property" $(PYTEST_ARGS)

check: $(DEV)
	$(PY) -m ruff check jamtui plugins tests bench
	$(PY) -m ruff format --check jamtui plugins tests bench
	$(PY) -m mypy
	$(BIN)/lint-imports$(EXE)

lint-imports: $(DEV)
	$(BIN)/lint-imports$(EXE)

bench: $(DEV)
	$(PY) bench/run.py $(BENCH_ARGS)

clean:
	$(PY) -c "import shutil; [shutil.rmtree(p, ignore_errors=True) for p in ('build', 'dist', '.pytest_cache', '.mypy_cache', '.ruff_cache')]"
	$(PYTHON) -c "import shutil; shutil.rmtree('$(VENV)', ignore_errors=True)"
