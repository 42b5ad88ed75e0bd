# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared
DB ?= exports/samples.db

.PHONY: demo test test-fast bench lint install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python setup.cfg pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@mkdir -p exports
	@rm -f $(DB)
	$(BIN)/kg refs samples/kien-giang_ke-hoach-ct33-2024.txt
	$(BIN)/kg ingest samples --db $(DB)
	$(BIN)/kg lineage 33/CT-TTg --down --db $(DB)
	$(BIN)/kg lineage samples/kien-giang_ke-hoach-ct33-2024.txt --up --db $(DB)
	$(BIN)/kg export --db $(DB) -o exports/samples.ttl
	$(BIN)/kg html --db $(DB) -o exports/graph.html

test: $(STAMP)
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow"

bench: $(STAMP)
	$(BIN)/python -m bench --shared $(SHARED)

lint: $(STAMP)
	$(BIN)/ruff check kg tests bench
	$(BIN)/ruff format --check kg tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info
