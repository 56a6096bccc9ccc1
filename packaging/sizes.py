"""Prints the bundle's size by component, so growth shows at every `make package`.

usage: python packaging/sizes.py [dist/workbench] [RELEASE-FILE]

Sizes are disk usage in MB of 2^20 bytes, as `du -sh` counts them (folders too); symbolic links count
nothing. Each file goes to the first
component whose pattern matches its path under `_internal/`; the rest is "other", with its largest
top-level entries named, so a new dependency shows up by name.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

AIM_MB, ARCHIVE_AIM_MB = 450, 220
MB = 2**20

COMPONENTS = [
    (
        "Qt WebEngine (Chromium)",
        (
            r"PySide6/(Qt/lib/libQt6WebEngine|Qt/resources/|Qt/libexec/|Qt/translations/"
            r"qtwebengine|QtWebEngine)"
        ),
    ),
    ("Qt ICU (Qt Core's Unicode data)", r"PySide6/Qt/lib/libicu"),
    (
        "Qt other (Core, Gui, Widgets, Quick/QML for WebEngine, plugins, PySide6)",
        r"(PySide6|shiboken6)/|lib(pyside6|shiboken6)",
    ),
    ("gazetteer", r"workbench/resources/gazetteer/"),
    ("basemap (OSM tiles, zoom 0-6)", r"workbench/resources/map/basemap"),
    ("workbench resources (map assets, lexicon, icons, samples, notices)", r"workbench"),
    ("English model", r"en_core_web_sm"),
    ("French model", r"fr_core_news_sm"),
    (
        "spaCy + thinc",
        (
            r"(spacy|thinc|cymem|preshed|murmurhash|srsly|catalogue|wasabi|confection|weasel)"
            r"[-_/.]"
        ),
    ),
    ("blis (thinc's matrix kernels)", r"blis[-_/.]"),
    ("numpy + OpenBLAS", r"numpy"),
    ("PDF (pdfminer cmaps, cryptography, pypdf)", r"(pdfminer|cryptography|pypdf|_cffi_backend)"),
    (
        "web pages + dates (lxml, trafilatura, dateparser, babel...)",
        r"(lxml|trafilatura|justext|htmldate|courlan|tld|babel|dateparser|regex|py3langid|charset_normalizer)",
    ),
    ("Python (libpython, stdlib extensions)", r"(libpython|python3\.\d+/|base_library\.zip)"),
    ("system libraries (X11, NSS, OpenSSL, libstdc++...)", r"lib[^/]*\.so[^/]*$"),
]


def disk_usage(path: Path) -> int:
    return path.lstat().st_blocks * 512


def measure(bundle: Path) -> tuple[Counter, Counter]:
    """Bytes per component, and per top-level entry of what no component claims."""
    internal = bundle / "_internal"
    sizes, other = Counter(), Counter()
    patterns = [(name, re.compile(pattern)) for name, pattern in COMPONENTS]
    for path in bundle.rglob("*"):  # folders too (a block each), so the total is what `du` counts
        if path.is_symlink():
            continue
        if not path.is_relative_to(internal) or path == internal:
            sizes[
                "the program (bootloader + all pure-Python modules, zipped)"
                if path.name in ("workbench", "_internal")
                else "workbench resources (map assets, lexicon, icons, samples, notices)"
            ] += disk_usage(path)
            continue
        rel = path.relative_to(internal).as_posix() + ("/" if path.is_dir() else "")
        name = next((name for name, pattern in patterns if pattern.match(rel)), None)
        if name is None:
            other[rel.split("/")[0]] += disk_usage(path)
            name = "other Python packages"
        sizes[name] += disk_usage(path)
    return sizes, other


def report(bundle: Path, archive: Path | None = None) -> str:
    sizes, other = measure(bundle)
    total = sum(sizes.values())
    lines = [f"{'MB':>7}  component of {bundle}"]
    lines += [f"{size / MB:7.1f}  {name}" for name, size in sizes.most_common()]
    lines.append(
        f"{'':7}  (largest of the other: "
        + ", ".join(f"{name} {size / MB:.1f}" for name, size in other.most_common(6))
        + ")"
    )
    lines.append(f"{total / MB:7.1f}  in all, unpacked (aim: {AIM_MB} MB)")
    if archive:
        lines.append(f"{archive.stat().st_size / MB:7.1f}  {archive.name} (aim: {ARCHIVE_AIM_MB} MB)")
    return "\n".join(lines)


if __name__ == "__main__":
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/workbench")
    print(report(bundle, Path(sys.argv[2]) if len(sys.argv) > 2 else None))
