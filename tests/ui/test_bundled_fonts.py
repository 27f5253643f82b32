"""The built app's Chinese font: used only where the system has none (the Linux folder)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from sellertrain.app import use_bundled_fonts

SYSTEM_CJK_FONTS = [
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
]


@pytest.fixture
def no_chinese_font(monkeypatch: pytest.MonkeyPatch) -> None:
    """A system with no font for Simplified Chinese (a bare Linux desktop)."""
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *_args: []))


def test_a_system_with_a_chinese_font_loads_none_of_ours(qapp, tmp_path, monkeypatch):
    (tmp_path / "font.ttc").write_bytes(b"not loaded")
    loaded: list[str] = []
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *_args: ["Some Hei"]))
    monkeypatch.setattr(
        QFontDatabase, "addApplicationFont", staticmethod(lambda path: loaded.append(path) or 0)
    )
    assert use_bundled_fonts(tmp_path) == []
    assert loaded == []


def test_without_a_fonts_folder_nothing_happens(qapp, tmp_path, no_chinese_font):
    assert use_bundled_fonts(tmp_path / "fonts") == []


def test_a_damaged_font_file_is_logged_and_skipped(qapp, tmp_path, no_chinese_font, caplog):
    (tmp_path / "broken.ttf").write_bytes(b"\0" * 64)
    with caplog.at_level(logging.WARNING, logger="sellertrain"):
        assert use_bundled_fonts(tmp_path) == []
    assert "cannot load the bundled font" in caplog.text and "broken.ttf" in caplog.text


def test_the_bundled_font_is_added_when_the_system_has_none(qapp, tmp_path, no_chinese_font):
    font = next((f for f in SYSTEM_CJK_FONTS if f.is_file()), None)
    if font is None:
        pytest.skip("no CJK font on this machine to stand in for the bundled one")
    (tmp_path / font.name).write_bytes(font.read_bytes())
    families = use_bundled_fonts(tmp_path)
    assert families and all(QFontDatabase.hasFamily(name) for name in families)
