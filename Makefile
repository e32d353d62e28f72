# Two commands on a fresh machine with Python 3.10+ and make:
#   make demo   set up .venv, build the graph of the five sample articles into out/
#   make test   set up .venv with test extras, run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench gazetteer clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The build's PROV time in out/kg.trig is the time of the last change to seeds/, so that
# rebuilding the demo does not change the committed files (reproducible-builds convention).
demo: $(STAMP)
	SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct -- seeds 2>/dev/null) $(BIN)/kg build seeds/ -o out/
	@echo
	@echo "Turtle:     out/kg.ttl   (query it: $(BIN)/kg query --list)"
	@echo "Graph page: out/graph.html   (open it in a browser)"

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_viz.py

gazetteer: $(STAMP)
	$(BIN)/python -m pip install --quiet '.[gazetteer]'
	$(BIN)/python scripts/make_gazetteer.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
