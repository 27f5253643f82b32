"""Where the database and the content live, with the overrides users and scripts set.

The same rules hold for a source checkout, an installed wheel and the built app
(``packaging/``): the database is always in the user's data folder, never beside the program,
so installing an update (which replaces the program's folder) cannot touch it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
APP_NAME = "SellerTrain"
# On Linux the user's folders are the XDG ones: the variable if it holds an absolute path,
# else the default under HOME (the log folder is ``log`` in the state folder).
_XDG = {
    "data": ("XDG_DATA_HOME", ".local/share"),
    "config": ("XDG_CONFIG_HOME", ".config"),
    "cache": ("XDG_CACHE_HOME", ".cache"),
    "log": ("XDG_STATE_HOME", ".local/state"),
}


def user_dir(kind: str) -> Path:
    """The user's ``kind`` folder for SellerTrain (data, config, cache or log), as platformdirs
    names it (``user_data_dir("SellerTrain", appauthor=False)`` and so on).

    On Linux it is worked out here, by platformdirs' rules: importing platformdirs costs
    ~15 ms of start-up (tests/core/test_paths.py compares the two)."""
    if sys.platform == "linux" and kind in _XDG:
        variable, default = _XDG[kind]
        home, base = os.environ.get("HOME", ""), os.environ.get(variable, "")
        log = ("log",) if kind == "log" else ()
        if os.path.isabs(base):
            return Path(base, APP_NAME, *log)
        if os.path.isabs(home):
            return Path(home, default, APP_NAME, *log)
    import platformdirs

    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP_NAME, appauthor=False))


def frozen_bundle() -> Path | None:
    """The folder the built app's files were unpacked in (PyInstaller's ``sys._MEIPASS``), or
    None when running from source or an installed wheel."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle)
    return None


def default_db_path() -> Path:
    """``SELLERTRAIN_DB``, else ``sellertrain.db`` in the user's data directory."""
    if os.environ.get("SELLERTRAIN_DB"):
        return Path(os.environ["SELLERTRAIN_DB"]).expanduser()
    return user_dir("data") / "sellertrain.db"


def log_dir() -> Path:
    return user_dir("log")


def bundled_content() -> Path:
    """The course that ships with the app: in the built app, inside the wheel, or the
    checkout's root. The built app and the wheel keep it at ``sellertrain/content``."""
    bundle = frozen_bundle()
    if bundle is not None:
        return bundle / "sellertrain" / "content"
    installed = PACKAGE_DIR / "content"
    if (installed / "lessons").is_dir():
        return installed
    return PACKAGE_DIR.parent.parent


def replaced_by_updates(root: Path) -> bool:
    """Whether ``root`` is the course inside the installed program (the built app, a wheel),
    which the next update replaces: authors must write in a folder of their own instead.

    A source checkout's course is its authors' working copy, so it is never one."""
    shipped = bundled_content()
    if frozen_bundle() is None and shipped == PACKAGE_DIR.parent.parent:
        return False
    try:
        return root.resolve() == shipped.resolve()
    except OSError:  # an unreadable path cannot be the program's own folder
        return False


def default_content_root() -> Path:
    """``SELLERTRAIN_CONTENT``, else the bundled course."""
    if os.environ.get("SELLERTRAIN_CONTENT"):
        return Path(os.environ["SELLERTRAIN_CONTENT"]).expanduser()
    return bundled_content()
