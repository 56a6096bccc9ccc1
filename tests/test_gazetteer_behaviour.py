"""The gazetteer the tests read is the one this version builds: a stale one would be rebuilt at start."""

from __future__ import annotations

import os
from pathlib import Path

from workbench.core.gazetteer import is_current


def test_the_shipped_gazetteer_is_current_and_a_file_that_is_none_is_not(tmp_path):
    assert is_current(Path(os.environ["WORKBENCH_GAZETTEER"]))
    other = tmp_path / "notes.sqlite"
    other.write_bytes(b"not a database")
    assert not is_current(other)
