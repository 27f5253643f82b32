"""Where the database and the content live, with the overrides users and scripts set."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def default_db_path() -> Path:
    """``SELLERTRAIN_DB``, else ``sellertrain.db`` in the user's data directory."""
    if os.environ.get("SELLERTRAIN_DB"):
        return Path(os.environ["SELLERTRAIN_DB"]).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("SellerTrain", appauthor=False)) / "sellertrain.db"


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("SellerTrain", appauthor=False))


def bundled_content() -> Path:
    """The course that ships with the app: inside the wheel, or the checkout's root."""
    installed = PACKAGE_DIR / "content"
    if (installed / "lessons").is_dir():
        return installed
    return PACKAGE_DIR.parent.parent


def default_content_root() -> Path:
    """``SELLERTRAIN_CONTENT``, else the bundled course."""
    if os.environ.get("SELLERTRAIN_CONTENT"):
        return Path(os.environ["SELLERTRAIN_CONTENT"]).expanduser()
    return bundled_content()
