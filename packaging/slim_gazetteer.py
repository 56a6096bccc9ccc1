"""The bundle's copy of the prebuilt gazetteer, without the index bytes the app never reads.

The built file indexes `places.kind` for the one query that filters on it, the countries read once when a
gazetteer opens (`Gazetteer.__init__`); that index spends 3.6 MB on the 265 000 other rows. The copy keeps
every table and row as they are and indexes only the countries (a partial index: the same plan, the same
rows in the same order), then is vacuumed. tests/test_packaging.py checks that both answer alike.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

TABLES = ("places", "names", "units", "meta")
INDEXES = (
    "CREATE INDEX names_key ON names(key)",
    "CREATE INDEX names_skeleton ON names(skeleton)",
    "CREATE INDEX places_kind ON places(kind) WHERE kind = 'country'",
)


def slim_copy(source: Path, target: Path) -> Path:
    """Write the slim copy of the gazetteer at `source` to `target` (replacing it) and return `target`."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(f"file:{target}", uri=True)  # URIs on, so the source opens read-only
    try:
        conn.execute("ATTACH DATABASE ? AS full", (f"file:{source}?mode=ro",))
        for table in TABLES:
            (create,) = conn.execute("SELECT sql FROM full.sqlite_schema WHERE name = ?", (table,)).fetchone()
            conn.execute(create)
            conn.execute(f"INSERT INTO main.{table} SELECT * FROM full.{table} ORDER BY rowid")
        conn.commit()
        conn.execute("DETACH DATABASE full")
        for index in INDEXES:
            conn.execute(index)
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()
    return target


if __name__ == "__main__":
    print(slim_copy(Path(sys.argv[1]), Path(sys.argv[2])))
