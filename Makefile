# framing: every target sets up .venv itself, so each is one command on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help figures test lint evaluate bench lab notebooks clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' Makefile | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

figures: $(STAMP)  ## score seeds/ and regenerate every table and figure
	$(BIN)/framing figures --corpus seeds --out figures --tables tables

test: $(STAMP)  ## lint, then every test and every notebook (pytest --nbval)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest --nbval --nbval-current-env --nbval-sanitize-with notebooks/nbval_sanitize.cfg

HEDGE ?= ../shared/eval/wiki_hedge_dev.jsonl

evaluate: $(STAMP)  ## accuracy and agreement on the seed, reuse, PLOVER and hedge annotations
	$(BIN)/framing evaluate --plover eval/plover_dev.jsonl $(if $(wildcard $(HEDGE)),--hedge $(HEDGE))

bench: $(STAMP)  ## speed against the NLTK Punkt + VADER floor (10,000 articles); text reuse
	$(BIN)/python benchmarks/bench_score.py
	$(BIN)/python benchmarks/bench_reuse.py

notebooks: $(STAMP)  ## re-execute the notebooks in place (after changing the detectors)
	$(BIN)/python tools/execute_notebooks.py

lab: $(STAMP)  ## open the notebooks in JupyterLab with the project's environment
	$(BIN)/jupyter lab notebooks

clean:  ## remove the virtual environment
	rm -rf $(VENV)
