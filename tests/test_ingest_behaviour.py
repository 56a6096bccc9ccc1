"""What an import takes from a folder, and what it says of what it cannot read."""

from __future__ import annotations

import os

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
    assert (refused.value.path, refused.value.reason) == (str(tmp_path), "a folder, not a file")


def nested_too_deep_to_open(top) -> str:
    """Folders nested past the system's longest path (4 096 bytes), made one level at a time; their name."""
    fd = os.open(top, os.O_RDONLY)
    for level in range(24):
        name = f"{level:02}-" + "archive" * 28
        os.mkdir(name, dir_fd=fd)
        inner = os.open(name, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = inner
    os.close(fd)
    return name


def test_a_folder_nested_too_deep_to_open_is_named_with_the_reason_and_the_others_are_taken(tmp_path):
    """Unlike a folder without read permission, whose test a root user skips, this one fails for anyone."""
    (tmp_path / "report.txt").write_text("Clashes erupted in Tripoli on Saturday.")
    deepest = nested_too_deep_to_open(tmp_path)
    found = list(expand_paths([tmp_path]))
    assert len(found) == 2  # the report, and the folder the walk could not open
    too_deep = next(p for p in found if p.name != "report.txt")
    assert len(str(too_deep)) > 4096 and too_deep.name != deepest  # named where the walk stopped
    with pytest.raises(IngestError) as refused:
        read_article(too_deep)
    assert refused.value.reason == "cannot be read (file name too long)"
