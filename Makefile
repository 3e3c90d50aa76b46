# Two commands for a fresh Debian/Ubuntu machine: `make run` and `make test`.
# Both create .venv when it is missing and install only what is missing.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Reinstall Python packages only when pyproject.toml changes.
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
SYSPKG := packaging/ensure-system-packages.sh

# The compiled catalogues (.qm) are built from the .ts files in the repository, never committed.
QM := $(patsubst %.ts,%.qm,$(wildcard calfplayer/translations/*.ts))

.PHONY: run test translations lint typecheck pytest screenshots screen-shots benchmarks system-run system-test clean
.PHONY: wheel bundle check-bundle install-desktop uninstall-desktop system-packaging

run: system-run $(STAMP) translations
	$(PY) -m calfplayer $(ARGS)

test: system-test $(STAMP) translations lint typecheck pytest

system-run:
	@bash $(SYSPKG) window sound

system-test:
	@bash $(SYSPKG) window sound tests packaging

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(PY) pyproject.toml
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

translations: $(QM)

calfplayer/translations/%.qm: calfplayer/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent -nounfinished $< -qm $@

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/vulture

typecheck: $(STAMP)
	$(VENV)/bin/mypy calfplayer

# xvfb-run gives the few tests that need a real window an X server; the rest run offscreen.
pytest: $(STAMP) translations
	xvfb-run -a -s "-screen 0 1280x1024x24" $(PY) -m pytest $(PYTEST_ARGS)

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots

screen-shots: $(STAMP)
	$(PY) tools/screen_shots.py docs/screenshots

benchmarks: $(STAMP)
	for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache

# --- Packaging (see packaging/README.md) ---
# PyInstaller is a build tool, not a dependency: the `bundle` extra installs it into .venv only.
BUNDLE_STAMP := $(VENV)/.bundle-$(shell cksum pyproject.toml | cut -d' ' -f1)

system-packaging:
	@bash $(SYSPKG) packaging

$(BUNDLE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[bundle]'
	rm -f $(VENV)/.bundle-*
	touch $@

wheel: $(STAMP) translations
	$(PY) -m build --outdir dist .

bundle: system-packaging $(BUNDLE_STAMP) translations
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/calfplayer.spec

check-bundle:
	bash packaging/check-bundle.sh dist/calfplayer/calfplayer

# The desktop entry runs calfplayer-gui from PATH (pip/pipx) if there is one, else this checkout's.
install-desktop: $(STAMP)
	bash packaging/install-desktop.sh $(PROGRAM)

uninstall-desktop:
	bash packaging/install-desktop.sh --uninstall
