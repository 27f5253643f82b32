"""Choosing the language (Qt-free) and reading the shared catalogue without Qt."""

from __future__ import annotations

from pathlib import Path

import pytest

from sellertrain.core import i18n
from sellertrain.core.language import (
    CHINESE,
    ENGLISH,
    normalise,
    resolve,
    saved_language,
    system_locale,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("zh_CN.UTF-8", CHINESE),
        ("zh-CN", CHINESE),
        ("zh", CHINESE),
        ("zh_Hans_CN", CHINESE),
        ("en_GB.UTF-8", ENGLISH),
        ("en", ENGLISH),
        ("C", None),
        ("POSIX", None),
        ("de_DE.UTF-8", None),
        ("", None),
        (None, None),
    ],
)
def test_locale_names_become_a_supported_language(value: str | None, expected: str | None) -> None:
    assert normalise(value) == expected


def test_the_command_line_beats_the_saved_choice_which_beats_the_locale() -> None:
    assert resolve("en", "zh-CN", "zh_CN.UTF-8") == ENGLISH
    assert resolve(None, "zh-CN", "en_US.UTF-8") == CHINESE
    assert resolve(None, None, "zh_CN.UTF-8") == CHINESE
    assert resolve(None, "klingon", "zh_CN.UTF-8") == CHINESE  # a stray value is skipped
    assert resolve(None, None, "de_DE") == ENGLISH
    assert resolve(None, None, None) == ENGLISH


def test_the_system_locale_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert system_locale() == "zh_CN.UTF-8"
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert system_locale() == "en_US.UTF-8"


def test_the_saved_choice_is_read_from_the_apps_ini(tmp_path: Path) -> None:
    ini = tmp_path / "this-computer.ini"
    assert saved_language(ini) is None  # no file yet
    ini.write_text("[signIn]\nlastEmployee=e1\n\n[ui]\nlanguage=zh-CN\n", encoding="utf-8")
    assert saved_language(ini) == CHINESE
    ini.write_text("not an ini file at all [", encoding="utf-8")
    assert saved_language(ini) is None


def test_the_catalogue_translates_without_qt() -> None:
    chinese = i18n.Translator(CHINESE)
    assert chinese.translate("TeamReport", "Team progress") == "团队进度"
    assert chinese.status("overdue") == "已逾期"
    assert chinese.status("manager") == "主管"
    assert chinese.translate("TeamReport", "not in the catalogue") == "not in the catalogue"
    english = i18n.Translator(ENGLISH)
    assert english.status("overdue") == "overdue"  # English files keep the recorded value
    assert english.translate("TeamReport", "Team progress") == "Team progress"


def test_plural_forms_come_from_the_catalogue_in_both_languages() -> None:
    source = "%n error(s)"
    assert i18n.translate(ENGLISH, "ProblemsPanel", source, 1) == "1 error"
    assert i18n.translate(ENGLISH, "ProblemsPanel", source, 3) == "3 errors"
    assert i18n.translate(CHINESE, "ProblemsPanel", source, 3) == "3 个错误"


def test_unfinished_messages_are_left_out(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="zh_CN">'
        "<context><name>C</name>"
        "<message><source>Done</source><translation>完成</translation></message>"
        '<message><source>Draft</source><translation type="unfinished">草</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    catalogue = i18n.parse_ts(ts, CHINESE)
    assert catalogue.translate("C", "Done") == "完成"
    assert catalogue.translate("C", "Draft") == "Draft"


def test_core_strings_marked_for_the_catalogue_read_as_their_english_text() -> None:
    from sellertrain.core.message import QT_TRANSLATE_NOOP

    assert QT_TRANSLATE_NOOP("Fonts", "text") == "text"


def test_a_supported_lang_is_used_without_reading_the_saved_choice(monkeypatch) -> None:
    from sellertrain.core import language as languages

    def unread() -> None:
        raise AssertionError("the saved choice was read")

    monkeypatch.setattr(languages, "saved_language", unread)
    assert languages.chosen_language("zh-CN") == "zh-CN"
    assert languages.chosen_language("en") == "en"
