"""Shared fixtures: the real gazetteer (built once into .cache/), the real spaCy model (loaded once per
session) and real SQLite files in temporary folders."""

from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")
# Imports run in the test's own process (starting workers costs time on every import); the tests of the
# worker processes ask for them by name.
os.environ.setdefault("WORKBENCH_IMPORT_WORKERS", "1")
# The analyst's own settings file (library, model) is never read nor written by the tests.
os.environ.setdefault(
    "WORKBENCH_SETTINGS", os.path.join(tempfile.mkdtemp(prefix="workbench-settings-"), "settings.json")
)

import pytest  # noqa: E402

from workbench.core.gazetteer import GAZETTEER_VERSION  # noqa: E402

os.environ.setdefault("WORKBENCH_GAZETTEER", str(ROOT / ".cache" / f"gazetteer-v{GAZETTEER_VERSION}.sqlite"))

SAMPLES = ROOT.parent / "shared" / "samples"
SEED = ROOT / "seeds" / "khazali-withdrawal.txt"


@pytest.fixture(scope="session")
def gazetteer():
    from workbench.core.gazetteer import open_gazetteer

    return open_gazetteer()


@functools.cache
def english_pipeline():
    """The English spaCy pipeline, loaded once per process rather than once per test session."""
    from workbench.core.nlp import load_pipeline

    return load_pipeline()


# bench/mutation.py sets this: mutmut's fork server imports this file before it forks one process per
# mutant, so every mutant's tests share the model it loaded here instead of loading it again (a second
# or two each, most of the time a mutant's tests take).
if os.environ.get("WORKBENCH_TESTS_LOAD_MODEL_FIRST"):
    english_pipeline()


@pytest.fixture(scope="session")
def engine(gazetteer):
    from workbench.core.pipeline import Engine

    engine = Engine(gazetteer=gazetteer, nlp=english_pipeline())
    engine.warm_up()
    return engine


@pytest.fixture(scope="session")
def seed_analysis(engine):
    from workbench.core.ingest import read_article

    draft = read_article(SEED)
    return draft, engine.analyze(draft.text, draft.published)


@pytest.fixture
def store(tmp_path):
    from workbench.core.store import Store

    s = Store(tmp_path / "library.sqlite")
    yield s
    s.close()


@pytest.fixture
def samples():
    if not (SAMPLES / "gold.json").exists():
        pytest.skip("../shared/samples is not beside the project")
    return SAMPLES


@pytest.fixture(scope="session")
def qapp(tmp_path_factory):
    """The application as the workbench makes it (custom URL scheme registered before it exists), with
    its settings in a temporary folder rather than the user's."""
    from PySide6.QtCore import QSettings

    from workbench.qt.app import make_application, release_windows

    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path_factory.mktemp("settings")))
    app = make_application()
    yield app
    release_windows(app)


@pytest.fixture
def make_window(qapp, qtbot, engine, tmp_path):
    """Open main windows on a temporary library, sharing the session's engine; closed after the test."""
    from workbench.qt.main_window import MainWindow
    from workbench.qt.workers import LaneRunner

    windows = []

    def make(db=None):
        db = db or tmp_path / "library.sqlite"
        window = MainWindow(db, lane=LaneRunner(db, engine=engine))
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        windows.append(window)
        return window

    yield make
    for w in windows:
        if w.isVisible():
            w.close()


DISPATCH_TOWNS = ["Mosul", "Kirkuk", "Basra", "Erbil", "Tikrit", "Ramadi", "Fallujah", "Samarra", "Najaf", "Karbala"]


def dispatch_files(folder: Path, count: int) -> list[Path]:
    """`count` short, distinct reports with places, a person and dates, for imports of many files."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(count):
        f = folder / f"dispatch-{i:02}.txt"
        f.write_text(
            f"Title: Dispatch {i}\nPublished: 2023-0{1 + i % 9}-1{i % 10}\n\n"
            f"Clashes broke out in {DISPATCH_TOWNS[i % len(DISPATCH_TOWNS)]} on Monday, officials said. General Ahmed Saleh "
            f"of the Iraqi army visited {DISPATCH_TOWNS[(i + 3) % len(DISPATCH_TOWNS)]} last week; report number {i}.",
            encoding="utf-8",
        )
        files.append(f)
    return files
