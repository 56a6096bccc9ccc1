"""Qt's ICU data library (libicudata, 31 MB) rebuilt without the data Qt never asks ICU for.

Qt Core calls ICU for collation (QCollator: the file dialog sorts with it), locale-aware case mapping,
time-zone names and codecs (QStringDecoder by name): the data for those (coll/, zone/, the locale and
supplemental trees, the converters) stays. What goes is only read by ICU services Qt does not link: the
display names of currencies, languages, regions and units, number spell-out, transliteration, break
iteration (Qt has its own), character names, spoof checks, StringPrep/IDNA profiles and NFKC (Qt normalises
with its own tables). tests/test_packaging.py checks Qt answers alike with both. Chromium, inside
QtWebEngine, has its own ICU data (icudtl.dat), untouched.

Needs `icupkg` (Debian/Ubuntu: icu-devtools) and a C compiler; without them the bundle keeps the full library.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

UNUSED = re.compile(
    r"(curr|lang|region|unit|rbnf|translit|brkitr)/"
    r"|(unames\.icu|confusables\.cfu|uts46\.nrm|nfkc\.nrm|nfkc_cf\.nrm|rfc\w+\.spp|uemoji\.icu|ulayout\.icu)$"
)


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def data_blob(library: Path) -> tuple[str, bytes]:
    """The ICU common data the library exports ('icudt73_dat'): its symbol name and bytes."""
    symbols = _run("readelf", "--dyn-syms", "-W", str(library))
    value, size, name = re.search(
        r"([0-9a-f]{16})\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s.*?\b(icudt\d+_dat)$", symbols, re.MULTILINE
    ).groups()
    # Section headers: [Nr] Name Type Address Off Size...; the symbol's file offset is within its section.
    for line in _run("readelf", "-SW", str(library)).splitlines():
        fields = re.match(r"\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+([0-9a-f]{16})\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if fields:
            address, offset, length = (int(f, 16) for f in fields.groups()[1:])
            if address <= int(value, 16) < address + length:
                start = int(value, 16) - address + offset
                return name, library.read_bytes()[start : start + int(size, 0)]
    raise ValueError(f"{name} lies in no section of {library}")


def slim_library(library: Path, workdir: Path) -> Path | None:
    """Write the slim library into `workdir` (same file name and soname) and return it; None when the
    tools are missing."""
    if not (shutil.which("icupkg") and shutil.which("cc")):
        print("slim_icu: icupkg or cc missing: the bundle keeps Qt's full ICU data", file=sys.stderr)
        return None
    symbol, blob = data_blob(library)
    package = symbol.removesuffix("_dat") + "l"  # icudt73l: the item names inside carry it as their folder
    full, slim = workdir / "full" / f"{package}.dat", workdir / "slim" / f"{package}.dat"
    for folder in (full.parent, slim.parent):
        folder.mkdir(parents=True, exist_ok=True)
    full.write_bytes(blob)
    slim.unlink(missing_ok=True)
    unused = [item for item in _run("icupkg", "-l", str(full)).split() if UNUSED.match(item)]
    (workdir / "unused.txt").write_text("\n".join(unused) + "\n")
    subprocess.run(["icupkg", "-r", str(workdir / "unused.txt"), str(full), str(slim)], check=True)
    assembly = workdir / "icudata.S"
    assembly.write_text(
        '\t.section .note.GNU-stack,"",@progbits\n\t.section .rodata\n'
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n"
        f'\t.incbin "{slim}"\n\t.size {symbol}, . - {symbol}\n'
    )
    out = workdir / library.name
    subprocess.run(
        ["cc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(out), str(assembly)], check=True
    )
    return out


if __name__ == "__main__":
    print(slim_library(Path(sys.argv[1]), Path(sys.argv[2])))
