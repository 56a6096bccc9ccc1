"""The desktop bundle is trimmed, never changed: its slim gazetteer and its slim ICU data answer as the full
ones do, and `make package` names where every megabyte goes. (`make smoke` runs the built bundle itself.)"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def packaging_module(name: str):
    """A script of packaging/ (a folder, not a package: its name is taken by PyPI's `packaging`)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_bundles_slim_gazetteer_answers_every_lookup_as_the_full_one(gazetteer, tmp_path):
    from workbench.core.gazetteer import Gazetteer

    slim_path = packaging_module("slim_gazetteer").slim_copy(gazetteer.path, tmp_path / gazetteer.path.name)
    assert slim_path.stat().st_size < gazetteer.path.stat().st_size - 3_000_000
    full, slim = Gazetteer(gazetteer.path), Gazetteer(slim_path)

    conn = sqlite3.connect(f"file:{gazetteer.path}?mode=ro", uri=True)
    # Every place that is no city, one city in fifty, and spellings that only their consonant skeleton finds.
    names = [n for (n,) in conn.execute("SELECT name FROM places WHERE kind != 'city' OR id % 50 = 0")]
    names += ["Sulaimani", "Baghdaad", "Faluja", "al-Mashtal", "Tombouctou", "Mosul", "Springfield", "the Hague"]
    points = conn.execute("SELECT lat, lon, cc FROM places WHERE id % 500 = 0").fetchall()
    conn.close()
    assert len(names) > 20_000
    for name in names:
        assert slim.lookup(name) == full.lookup(name), name
    for lat, lon, cc in points:
        assert slim.first_level_unit(lat, lon, cc) == full.first_level_unit(lat, lon, cc)
        assert slim.country(cc) == full.country(cc)
    assert slim.lookup("Baghdad")[0].country == "Iraq" and slim.country_code("Iraq") == "IQ"


# What Qt Core asks of ICU (the functions libQt6Core imports from it): collation, locale case mapping,
# time-zone names, codecs by name. Printed the same with Qt's ICU data and with the bundle's.
QT_ICU_USES = """
from PySide6.QtCore import QCollator, QLocale, QStringConverter, QStringDecoder, QTimeZone
words = ["Zebra", "äpfel", "apple", "Åland", "école", "Ecole", "zoo", "Øst", "中文", "ß", "İzmir", "Ærø"]
for name in ["en_US", "de_DE", "sv_SE", "fr_FR", "tr_TR", "ar_IQ", "zh_CN", "ja_JP", "C"]:
    locale = QLocale(name)
    print(name, sorted(words, key=QCollator(locale).sortKey), locale.toUpper("istanbul ß"), locale.toLower("İSTANBUL"))
    for zone in [b"Europe/Berlin", b"Asia/Baghdad", b"America/Bogota"]:
        tz = QTimeZone(zone)
        print(zone, tz.displayName(QTimeZone.StandardTime, QTimeZone.LongName, locale),
              tz.displayName(QTimeZone.DaylightTime, QTimeZone.ShortName, locale))
print(QStringConverter.availableCodecs())
print([QStringDecoder(codec).isValid() for codec in ["windows-1252", "Shift_JIS", "GB18030", "ISO-8859-6", "KOI8-R"]])
print([line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line][:1])
"""


@pytest.mark.skipif(not (shutil.which("icupkg") and shutil.which("cc")), reason="icupkg (icu-devtools) and cc needed")
def test_qt_sorts_cases_and_names_time_zones_alike_with_the_bundles_slim_icu_data(tmp_path):
    import PySide6

    qt_icu = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    slim_icu = packaging_module("slim_icu").slim_library(qt_icu, tmp_path)
    assert slim_icu.stat().st_size < qt_icu.stat().st_size * 0.6

    def run(**env) -> list[str]:
        out = subprocess.run(
            [sys.executable, "-c", QT_ICU_USES],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        ).stdout.splitlines()
        return out

    with_qt_data, with_slim_data = run(), run(LD_PRELOAD=str(slim_icu))
    assert with_slim_data[-1] == str([str(slim_icu)])  # the slim library is the one loaded
    assert with_slim_data[:-1] == with_qt_data[:-1]
    assert any("Mitteleuropäische Normalzeit" in line for line in with_qt_data)  # the data is really read


def test_the_size_report_names_each_component_and_any_new_package(tmp_path):
    sizes = packaging_module("sizes")
    bundle = tmp_path / "workbench"
    files = {
        "workbench": 3,
        "_internal/PySide6/Qt/lib/libQt6WebEngineCore.so.6": 5,
        "_internal/PySide6/Qt/lib/libQt6Core.so.6": 2,
        "_internal/PySide6/Qt/lib/libicudata.so.73": 1,
        "_internal/workbench/resources/gazetteer/gazetteer-v4.sqlite": 4,
        "_internal/fr_core_news_sm/fr_core_news_sm-3.8.0/ner/model": 1,
        "_internal/newlib/big.so": 2,
    }
    for name, mb in files.items():
        (bundle / name).parent.mkdir(parents=True, exist_ok=True)
        (bundle / name).write_bytes(b"x" * mb * sizes.MB)
    (bundle / "_internal" / "libQt6Core.so.6").symlink_to("PySide6/Qt/lib/libQt6Core.so.6")  # counts nothing

    report = sizes.report(bundle).splitlines()
    assert "    5.0  Qt WebEngine (Chromium)" in report
    assert "    4.0  gazetteer" in report
    assert "    1.0  French model" in report
    assert "    2.0  other Python packages" in report and "(largest of the other: newlib 2.0)" in report[-2]
    assert report[-1].startswith("   18.0  in all, unpacked (aim: 450 MB)")
