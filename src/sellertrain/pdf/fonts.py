"""A Chinese font for the PDFs (and the screens): the system's own, found once.

The PDFs name DejaVu and sans-serif; those names are given the system's CJK font as a
substitute, so Chinese glyphs come from it while Latin text keeps its look. QPdfWriter embeds
only the glyphs a document uses. With no CJK font the text would print as empty boxes: the
app and the command line say so once, with how to install one.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontDatabase

from sellertrain.core.message import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# Windows, macOS, then the common Linux packages: the first one installed wins
CJK_FAMILIES = (
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Hiragino Sans GB",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "SimHei",
    "SimSun",
)
SUBSTITUTED = ("DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono", "sans-serif", "serif")
INSTALL_HINT = QT_TRANSLATE_NOOP(
    "Fonts",
    "No Chinese (CJK) font was found, so Chinese text would show as empty boxes. Install one "
    "and restart SellerTrain: on Debian/Ubuntu 'sudo apt install fonts-noto-cjk' (or "
    "fonts-wqy-microhei), on Fedora 'sudo dnf install google-noto-sans-cjk-fonts'; Windows "
    "(Microsoft YaHei) and macOS (PingFang SC) have one built in.",
)

_warned = False


def find_cjk_family(available: Iterable[str]) -> str | None:
    """The first of ``CJK_FAMILIES`` among ``available`` family names (case-insensitive)."""
    names = {name.casefold(): name for name in available}
    for family in CJK_FAMILIES:
        if family.casefold() in names:
            return names[family.casefold()]
    return None


def use_cjk_font(available: Iterable[str] | None = None) -> str | None:
    """Give the fonts the PDFs and screens name the system's CJK font as a fallback.

    Returns the family used, or None (then ``missing_font_warning`` says what to do).
    ``available`` is for tests; by default, the families Qt finds on this system.
    """
    family = find_cjk_family(QFontDatabase.families() if available is None else available)
    if family is None:
        return None
    for name in SUBSTITUTED:
        if family not in QFont.substitutes(name):
            QFont.insertSubstitution(name, family)
    return family


def missing_font_warning(available: Iterable[str] | None = None) -> str | None:
    """The warning to show once when no CJK font is installed, else None.

    Only the first call that finds none returns the text, so a warning is never repeated.
    """
    global _warned
    if use_cjk_font(available) is not None or _warned:
        return None
    _warned = True
    log.warning("%s", INSTALL_HINT)
    return INSTALL_HINT
