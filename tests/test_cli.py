"""`workbench` on the command line: the same core as the window, one line per file, stable JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from workbench.cli import build_parser, main

from .conftest import ROOT, SEED


def run_cli(*args, db=None):
    env = dict(os.environ)
    if db:
        env["WORKBENCH_DB"] = str(db)
    return subprocess.run(
        [sys.executable, "-m", "workbench.cli", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300
    )


def test_analyze_json_is_the_public_shape_with_offsets_into_text():
    out = run_cli("analyze", str(SEED), "--published", "2024-02-08", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) >= {"title", "published", "source", "text", "entities", "places", "events"}
    assert data["published"] == "2024-02-08"
    text = data["text"]
    for e in data["entities"]:
        assert set(e) >= {"text", "label", "start", "end", "canonical"}
        assert text[e["start"] : e["end"]] == e["text"]
    for p in data["places"]:
        assert set(p) >= {"name", "kind", "lat", "lon", "country", "confidence", "mentions"}
        for m in p["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    for ev in data["events"]:
        assert set(ev) >= {"text", "start", "end", "date", "end_date", "granularity", "sentence"}
    kinds = {p["name"]: p["kind"] for p in data["places"]}
    assert kinds["Baghdad"] == "city" and kinds["Mashtal"] == "neighbourhood" and kinds["Al Anbar"] == "governorate"
    dates = {e["text"]: (e["date"], e["end_date"]) for e in data["events"]}
    assert dates["Wednesday evening"] == ("2024-02-07", "2024-02-07")
    assert dates["last week"] == ("2024-01-29", "2024-02-04")


def test_ingest_reports_each_file_and_exits_1_when_any_failed(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    db = tmp_path / "lib.sqlite"
    out = run_cli("ingest", str(SEED), str(empty), str(SEED), "--db", str(db))
    lines = out.stdout.strip().splitlines()
    assert out.returncode == 1
    assert lines[0].startswith("stored") and "article 1" in lines[0]
    assert lines[1] == f"error      {empty}: empty file"
    assert lines[2].startswith("duplicate") and "article 1" in lines[2]
    assert "Traceback" not in out.stderr


def test_ingest_exits_0_when_all_went_in_and_list_search_show_read_the_library(tmp_path):
    db = tmp_path / "lib.sqlite"
    assert run_cli("ingest", str(SEED), db=db).returncode == 0
    listed = run_cli("list", db=db)
    assert "Al-Khazali calls" in listed.stdout and "2024-02-08" in listed.stdout
    found = run_cli("search", "Mashtal", db=db)
    assert "[Mashtal]" in found.stdout
    shown = run_cli("show", "1", "--json", db=db)
    assert json.loads(shown.stdout)["title"].startswith("Al-Khazali")
    assert run_cli("show", "99", db=db).returncode == 1


def test_analyze_a_bad_file_says_why_without_a_traceback(tmp_path):
    f = tmp_path / "x.pdf"
    f.write_bytes(b"%PDF-1.4 broken")
    out = run_cli("analyze", str(f), "--json")
    assert out.returncode == 1
    assert str(f) in out.stderr and "PDF" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize("command", ["ingest", "analyze", "list", "search", "show", "gazetteer", "gui"])
def test_every_command_has_help(command, capsys):
    parser = build_parser()
    sub = parser._subparsers._group_actions[0].choices[command]  # noqa: SLF001
    assert sub.description and len(sub.description) > 20
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: workbench" in capsys.readouterr().out


def test_self_test_checks_an_install_end_to_end():
    out = run_cli("--self-test")
    assert out.returncode == 0, out.stdout + out.stderr[-2000:]
    assert "FAIL" not in out.stdout
    assert "ok    Mashtal is a neighbourhood" in out.stdout and "self-test passed in" in out.stdout


def test_analyze_explain_shows_each_entity_s_rule_trail_and_each_place_s_reason(tmp_path):
    import subprocess
    import sys

    from .conftest import SEED

    out = subprocess.run(
        [sys.executable, "-m", "workbench.cli", "analyze", str(SEED), "--published", "2024-02-08", "--explain"],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    ).stdout
    assert "Entities, and the rules that read them:" in out
    assert "organisation list" in out and "read" in out  # the ruler's reading of a known organisation
    mashtal = next(line for line in out.splitlines() if line.strip().startswith("Mashtal") and "gazetteer" in line)
    assert "neighbourhood" in mashtal and "scored" in mashtal
