"""What an import takes from a folder, and what it says of what it cannot read."""

from __future__ import annotations

import pytest

from workbench.core.ingest import IngestError, expand_paths, read_article


def test_files_inside_a_hidden_folder_are_skipped_as_hidden_files_are(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text("an editor's or a tool's own file")
    (tmp_path / "report.txt").write_text("Clashes erupted in Tripoli on Saturday.")
    assert [p.name for p in expand_paths([tmp_path])] == ["report.txt"]


def test_a_folder_read_as_an_article_is_named_a_folder_not_a_file(tmp_path):
    (tmp_path / "report.txt").write_text("Clashes erupted in Tripoli on Saturday.")
    with pytest.raises(IngestError) as refused:
        read_article(tmp_path)
    assert refused.value.reason == "a folder, not a file"
