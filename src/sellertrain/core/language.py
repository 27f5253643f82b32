"""Which language the app, the command line and the exports speak: en or zh-CN.

The choice, first found wins: ``--lang`` on the command line, the language saved on this
computer (the sign-in screen's and the menu's choice, in ``this-computer.ini``), the system
locale, English. Qt-free, so the command line and the exports resolve it the same way.
"""

from __future__ import annotations

import configparser
import locale
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

# the catalogues (``.ts`` and ``.qm``); here rather than in i18n so that the app's Qt side
# finds its ``.qm`` files without importing the ``.ts`` reader
CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "i18n"

ENGLISH = "en"
CHINESE = "zh-CN"
SUPPORTED = (ENGLISH, CHINESE)
# what the language menu and the sign-in screen show: each language in its own script
NATIVE_NAMES = {ENGLISH: "English", CHINESE: "中文"}
SETTINGS_ENV = "SELLERTRAIN_SETTINGS"
SETTINGS_SECTION, SETTINGS_KEY = "ui", "language"  # QSettings' "ui/language"
_ALIASES = {"zh": CHINESE, "zh-cn": CHINESE, "zh-hans": CHINESE, "zh-sg": CHINESE, "cn": CHINESE}


def normalise(value: str | None) -> str | None:
    """``value`` as a supported language (``zh_CN.UTF-8`` → ``zh-CN``), or None."""
    if not value:
        return None
    tag = value.split(".")[0].split("@")[0].replace("_", "-").strip().lower()
    if tag in ("c", "posix", ""):
        return None
    if tag in _ALIASES or tag.startswith("zh-hans"):
        return CHINESE
    if tag == "en" or tag.startswith("en-"):
        return ENGLISH
    return None


def system_locale() -> str | None:
    """The system's language tag (LC_ALL, LC_MESSAGES, LANG, then Python's locale)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name)
        if value:
            return value.split(":")[0]
    try:
        return locale.getlocale()[0]
    except ValueError:
        return None


def resolve(explicit: str | None, saved: str | None, system: str | None) -> str:
    """The language to use: ``explicit`` (``--lang``), else ``saved``, else ``system``, else en.

    A value that is not supported is skipped, so a stray setting never hides the locale.
    """
    for candidate in (explicit, saved, system):
        language = normalise(candidate)
        if language is not None:
            return language
    return ENGLISH


def settings_file() -> Path:
    """``SELLERTRAIN_SETTINGS``, else ``this-computer.ini`` in the user's settings folder."""
    if os.environ.get(SETTINGS_ENV):
        return Path(os.environ[SETTINGS_ENV]).expanduser()
    from sellertrain.core.paths import user_dir

    return user_dir("config") / "this-computer.ini"


def saved_language(path: Path | None = None) -> str | None:
    """The language saved on this computer (the INI QSettings writes), or None."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path or settings_file(), encoding="utf-8")
    except (OSError, configparser.Error) as exc:
        log.warning("could not read the saved language: %s", exc)
        return None
    return normalise(parser.get(SETTINGS_SECTION, SETTINGS_KEY, fallback=None))


def chosen_language(explicit: str | None = None) -> str:
    """The language for this run: ``--lang``, the saved choice, or the system locale. A
    supported ``--lang`` settles it without reading the saved choice (whose folder costs
    platformdirs' import on Windows and macOS, and a file read everywhere)."""
    language = normalise(explicit)
    if language is not None:
        return language
    return resolve(None, saved_language(), system_locale())


def qt_name(language: str) -> str:
    """The language as Qt's file names spell it: ``zh-CN`` → ``zh_CN``."""
    return language.replace("-", "_")
