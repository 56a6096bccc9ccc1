"""The analyst's settings file as the window and the command line share it."""

from __future__ import annotations

from workbench.core.settings import Settings, model_name


def test_settings_saved_without_a_path_go_to_the_settings_file_in_a_folder_made_for_it(tmp_path, monkeypatch):
    path = tmp_path / "config" / "workbench" / "settings.json"  # a first run: no folder yet
    monkeypatch.setenv("WORKBENCH_SETTINGS", str(path))
    Settings(model="en_core_web_lg", import_workers=2).save()
    assert Settings.load() == Settings(model="en_core_web_lg", import_workers=2)
    assert path.exists() and not path.with_suffix(".tmp").exists()


def test_the_model_named_in_the_environment_wins_over_the_settings_file(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBENCH_SETTINGS", str(tmp_path / "settings.json"))
    Settings(model="en_core_web_lg").save()
    monkeypatch.delenv("WORKBENCH_MODEL", raising=False)
    assert model_name() == "en_core_web_lg"
    monkeypatch.setenv("WORKBENCH_MODEL", "en_core_web_trf")
    assert model_name() == "en_core_web_trf"
