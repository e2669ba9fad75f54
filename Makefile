# framing: every target sets up .venv itself, so each is one command on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help figures test lint evaluate bench lab notebooks browser clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' Makefile | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

figures: $(STAMP)  ## score seeds/ and regenerate every table and figure
	$(BIN)/framing figures --corpus seeds --out figures --tables tables

test: $(STAMP) browser  ## lint, then every test and every notebook (pytest --nbval)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

HEDGE ?= ../shared/eval/wiki_hedge_dev.jsonl
POLNEAR ?= ../shared/eval/polnear_dev.jsonl

evaluate: $(STAMP)  ## accuracy and agreement on the seed, reuse, PLOVER, hedge and coded news annotations
	$(BIN)/framing evaluate --plover eval/plover_dev.jsonl $(if $(wildcard $(HEDGE)),--hedge $(HEDGE))
	$(if $(wildcard $(POLNEAR)),$(BIN)/framing evaluate --annotations '' --reuse '' --news-codes eval/polnear_codes.csv --polnear $(POLNEAR))

bench: $(STAMP)  ## speed against the NLTK Punkt + VADER floor (10,000 articles); text reuse
	$(BIN)/python benchmarks/bench_score.py
	$(if $(wildcard $(POLNEAR)),$(BIN)/python benchmarks/bench_real.py --polnear $(POLNEAR))
	$(BIN)/python benchmarks/bench_reuse.py

notebooks: $(STAMP)  ## re-execute the notebooks in place (after changing the detectors)
	$(BIN)/python tools/execute_notebooks.py

# JupyterLab serves notebooks/ only (the nbval sanitisers live in tests/) and opens the
# start-here notebook; as root Jupyter refuses to start without --allow-root. LAB_ARGS adds
# options, e.g. `make lab LAB_ARGS="--no-browser --port 8899"`.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root)
LAB_ARGS ?=

lab: $(STAMP)  ## open JupyterLab on notebooks/00_start_here.ipynb with the project's environment
	cd notebooks && ../$(BIN)/jupyter lab $(ROOT_FLAG) $(LAB_ARGS) 00_start_here.ipynb

# The browser tests (tests/test_browser.py) drive Debian's chromium with Playwright; they are
# skipped, saying why, where no chromium exists. As root with apt-get it is installed quietly;
# otherwise nothing is done (install `chromium` yourself to run those tests).
browser:  ## install Debian's chromium for the browser tests where the machine allows
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing chromium (apt-get) for the browser tests"; \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium \
			>/dev/null) || echo "chromium not installed: the browser tests will be skipped"; \
	else echo "no chromium and no root apt-get: the browser tests will be skipped"; fi

clean:  ## remove the virtual environment
	rm -rf $(VENV)
