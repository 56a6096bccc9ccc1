"""Write THIRD-PARTY-NOTICES.md (`make notices`): packaging/notices-intro.md, then every Python distribution
the workbench needs at run time (the closure of its requirements, from the installed distributions'
metadata) with its version and licence, then their licence files and the LGPLv3/GPLv3 texts.

Run it in the environment the lock installs (`make notices` does), so the versions are the shipped ones.
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import Distribution, PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
# Qt's licences: PySide6's wheels carry no licence file, so the texts are kept here (from Debian's common-licenses).
QT_LICENCE_TEXTS = ("LGPL-3.0.txt", "GPL-3.0.txt")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure(root: str = "workbench") -> list[Distribution]:
    """The installed distributions `root` needs, directly or through others (extras and other platforms' markers left out)."""
    seen: dict[str, Distribution] = {}
    queue = [root]
    while queue:
        name = canonical(queue.pop())
        if name in seen:
            continue
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue  # a marker-less requirement of another platform's wheel
        seen[name] = dist
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                queue.append(req.name)
    seen.pop(canonical(root), None)
    return sorted(seen.values(), key=lambda d: canonical(d.metadata["Name"]))


def licence_of(dist: Distribution) -> str:
    meta = dist.metadata
    if meta.get("License-Expression"):
        return meta["License-Expression"]
    short = (meta.get("License") or "").strip()
    if short and "\n" not in short and len(short) <= 80:
        return short
    classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return "; ".join(classifiers) or "see its licence file below"


def licence_files(dist: Distribution) -> list:
    """The licence files in the distribution's own metadata folder (not the ones buried in its package data)."""
    return [f for f in dist.files or [] if f.parts[0].endswith(".dist-info") and LICENCE_FILE.search(f.name)]


def table(dists: list[Distribution]) -> str:
    rows = ["| package | version | licence |", "| --- | --- | --- |"]
    rows += [f"| {d.metadata['Name']} | {d.version} | {licence_of(d)} |" for d in dists]
    return "\n".join(rows)


def licence_texts(dists: list[Distribution]) -> str:
    parts = ["## Licence texts"]
    for dist in dists:
        for file in licence_files(dist):
            text = (dist.read_text(str(Path(*file.parts[1:]))) or "").strip()
            if text:
                parts.append(f"### {dist.metadata['Name']} {dist.version}: {file.name}\n\n```\n{text}\n```")
    for name in QT_LICENCE_TEXTS:
        text = (ROOT / "packaging" / "licenses" / name).read_text(encoding="utf-8").strip()
        parts.append(f"### Qt, PySide6, shiboken6: {name}\n\n```\n{text}\n```")
    return "\n\n".join(parts)


def notices() -> str:
    dists = runtime_closure()
    intro = (ROOT / "packaging" / "notices-intro.md").read_text(encoding="utf-8").rstrip()
    return f"{intro}\n\n{table(dists)}\n\n{licence_texts(dists)}\n"


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "THIRD-PARTY-NOTICES.md"
    out.write_text(notices(), encoding="utf-8")
    print(f"{out}: {out.stat().st_size // 1024} KB")
