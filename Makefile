# detente — two commands: `make demo` and `make test`. Each creates .venv when missing.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.detente-runtime
DEV := $(VENV)/.detente-dev
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check

.PHONY: demo test lint typecheck unit install clean bench serve

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Runtime dependencies only: what `make demo` needs.
$(RUNTIME): pyproject.toml | $(BIN)/python
	$(PIP) -e .
	@touch $(RUNTIME)

# Runtime plus test tools.
$(DEV): pyproject.toml | $(BIN)/python
	$(PIP) -e '.[dev]'
	@touch $(RUNTIME) $(DEV)

install: $(DEV)

demo: $(RUNTIME)
	$(BIN)/detente demo

lint: $(DEV)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(DEV)
	$(BIN)/mypy

unit: $(DEV)
	$(BIN)/python -m pytest -n 2 --dist loadfile

test: lint typecheck unit

bench: $(DEV)
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/web.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache artifacts
