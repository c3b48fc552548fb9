# svanalysis: analysis toolkit for the Home Office consultation on a serious violence legal duty.
# Two commands on a fresh machine (Python >= 3.11 and make): `make report`, then `make test`.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
EXAMPLE = data/raw/example
PROCESSED ?= data/processed
SIZES  ?= 1000 100000 1000000

.DEFAULT_GOAL := help
.PHONY: help install report test test-fast lint format hooks example form tables bench bench-quick eval-stance eval-themes jupyter clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "svanalysis needs Python 3.11 or newer (found " + sys.version.split()[0] + "); set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@

install: $(VENV)/.installed ## Create .venv and install svanalysis with its dependencies

report: install ## Ingest the shipped example, build the tables and every report; print the index
	@# exit status 3 means some input rows were rejected (the example holds two empty submissions
	@# on purpose): the outputs are complete, so make carries on; anything else is a failure.
	@$(BIN)/svanalysis run $(EXAMPLE); status=$$?; \
	  if [ $$status -ne 0 ] && [ $$status -ne 3 ]; then exit $$status; fi
	@echo "Open: $$(cd reports/latest && pwd -P)/index.html"

test: install ## Run the test suite (unit, doctests, notebooks, browser)
	$(BIN)/python -m pytest

test-fast: install ## Run the tests except the slow end-to-end ones
	$(BIN)/python -m pytest -m "not slow"

lint: install ## Check style (ruff) and the package's layers (import-linter)
	$(BIN)/ruff check svanalysis tests benchmarks notebooks
	$(BIN)/ruff format --check svanalysis tests benchmarks notebooks
	$(BIN)/lint-imports

format: install ## Format the code with ruff
	$(BIN)/ruff format svanalysis tests benchmarks notebooks
	$(BIN)/ruff check --fix svanalysis tests benchmarks notebooks

hooks: install ## Install the pre-commit hooks (ruff, ruff-format, import-linter, whitespace) into .git
	$(BIN)/pre-commit install

example: install ## Regenerate the shipped synthetic example (seed 2019)
	rm -rf $(EXAMPLE)
	$(BIN)/svanalysis synth --n 400 --seed 2019 --out $(EXAMPLE)

form: install ## Write the blank Word response form to response_form.docx
	$(BIN)/svanalysis form --out response_form.docx

tables: install ## Write the publication tables (CSV and tables.xlsx) to tables/
	$(BIN)/svanalysis tables $(PROCESSED) --out tables

bench: install ## Benchmark speed and memory (ingest, tables, themes, reports) at 1k, 100k and 1M responses (SIZES=...)
	$(BIN)/python benchmarks/run.py --sizes $(SIZES)

bench-quick: install ## Benchmark at 1k and 100k responses
	$(BIN)/python benchmarks/run.py --sizes 1000 100000

eval-stance: install ## Stance coder against careful labels: shared dev letters (../shared or SVANALYSIS_SHARED), own letters, minimal pairs
	$(BIN)/python benchmarks/eval_stance.py

eval-themes: install ## Theme engine against careful labels: shared dev set (../shared or SVANALYSIS_SHARED), own held-out fields
	$(BIN)/python benchmarks/eval_themes.py

jupyter: install ## Start JupyterLab on the notebooks
	$(BIN)/jupyter lab --notebook-dir=notebooks

clean: ## Remove generated data, reports and figures (keeps the shipped example)
	rm -rf $(PROCESSED)/* reports/* figures/* tables response_form.docx
	git checkout -- data/processed/.gitkeep reports/.gitkeep figures/.gitkeep 2>/dev/null || true
