"""Core texts for people as Messages: English where a str is expected, translated on demand."""

from __future__ import annotations

import ast
import copy
import pickle
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sellertrain.core import i18n
from sellertrain.core.language import CHINESE, ENGLISH
from sellertrain.core.message import (
    PLURAL,
    QT_TRANSLATE_NOOP,
    Message,
    from_json,
    localize,
    localize_error,
    placeholders,
)

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "sellertrain"
ZH = PACKAGE / "i18n" / "sellertrain_zh_CN.ts"


@pytest.fixture
def fake_catalogues(monkeypatch: pytest.MonkeyPatch) -> None:
    """zh-CN and English catalogues of a few made-up messages, instead of the real files."""
    found = {
        CHINESE: i18n.Catalogue(
            CHINESE,
            {
                ("T", "unknown kind '{kind}'"): ["未知类型“{kind}”"],
                ("T", "in {file}: {problem}"): ["{file} 中：{problem}"],
                ("T", "bad"): ["坏"],
                ("T", "%n question(s) in {quiz}"): ["{quiz} 中有 %n 道题"],
                ("T", "moved {a}"): ["移动了 {b}"],  # a damaged translation
            },
        ),
        ENGLISH: i18n.Catalogue(
            ENGLISH,
            {
                ("T", "%n question(s) in {quiz}"): [
                    "%n question in {quiz}",
                    "%n questions in {quiz}",
                ]
            },
        ),
    }
    monkeypatch.setattr(i18n, "catalogue", lambda language: found[language])


def test_a_message_is_its_english_text(fake_catalogues: None) -> None:
    text = QT_TRANSLATE_NOOP("T", "unknown kind '{kind}'").format(kind="tipp")
    assert isinstance(text, str) and isinstance(text, Message)
    assert text == "unknown kind 'tipp'"
    assert f"x: {text}" == "x: unknown kind 'tipp'"
    assert text.startswith("unknown") and hash(text) == hash("unknown kind 'tipp'")
    assert (text.context, text.template, dict(text.values)) == (
        "T",
        "unknown kind '{kind}'",
        {"kind": "tipp"},
    )


def test_localize_translates_a_message_and_leaves_plain_text(fake_catalogues: None) -> None:
    text = QT_TRANSLATE_NOOP("T", "unknown kind '{kind}'").format(kind="tipp")
    assert localize(text, CHINESE) == "未知类型“tipp”"
    assert localize(text, ENGLISH) == "unknown kind 'tipp'"
    assert localize("not marked", CHINESE) == "not marked"
    assert localize(QT_TRANSLATE_NOOP("T", "bad"), CHINESE) == "坏"
    assert localize(QT_TRANSLATE_NOOP("T", "not in the catalogue"), CHINESE) == (
        "not in the catalogue"
    )


def test_a_message_inside_a_message_is_translated_too(fake_catalogues: None) -> None:
    inner = QT_TRANSLATE_NOOP("T", "unknown kind '{kind}'").format(kind="tipp")
    outer = QT_TRANSLATE_NOOP("T", "in {file}: {problem}").format(file=Path("a.md"), problem=inner)
    assert outer == "in a.md: unknown kind 'tipp'"
    assert localize(outer, CHINESE) == "a.md 中：未知类型“tipp”"


def test_plurals_take_their_form_from_each_language(fake_catalogues: None) -> None:
    one = PLURAL.translate("T", "%n question(s) in {quiz}", "", 1).format(quiz="q")
    many = PLURAL.translate("T", "%n question(s) in {quiz}", "", 3).format(quiz="q")
    assert (one, many) == ("1 question in q", "3 questions in q")
    assert localize(many, CHINESE) == "q 中有 3 道题"


def test_a_translation_that_does_not_fit_its_values_falls_back_to_english(
    fake_catalogues: None,
) -> None:
    text = QT_TRANSLATE_NOOP("T", "moved {a}").format(a="x")
    assert localize(text, CHINESE) == "moved x"


def test_positional_values_are_refused() -> None:
    with pytest.raises(TypeError):
        QT_TRANSLATE_NOOP("T", "{}").format("x")


def test_a_message_survives_json_pickle_and_copy(fake_catalogues: None) -> None:
    inner = QT_TRANSLATE_NOOP("T", "unknown kind '{kind}'").format(kind="tipp")
    outer = QT_TRANSLATE_NOOP("T", "in {file}: {problem}").format(file="a.md", problem=inner)
    for again in (
        from_json(outer.to_json()),
        pickle.loads(pickle.dumps(outer)),
        copy.deepcopy(outer),
    ):
        assert isinstance(again, Message) and again == outer
        assert localize(again, CHINESE) == "a.md 中：未知类型“tipp”"
    assert from_json("plain") == "plain"


def test_an_error_raised_with_a_message_is_translated(fake_catalogues: None) -> None:
    error = ValueError(QT_TRANSLATE_NOOP("T", "unknown kind '{kind}'").format(kind="x"))
    assert str(error) == "unknown kind 'x'"
    assert localize_error(error, CHINESE) == "未知类型“x”"
    assert localize_error(ValueError("plain"), CHINESE) == "plain"


def marked_texts() -> list[tuple[str, str, str, bool]]:
    """(where, context, text, plural) of every QT_TRANSLATE_NOOP / PLURAL.translate call, and
    every ``Name.tr(text, "", n)`` of a module's ``Name = Plurals("Context")``."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        plurals = {
            node.targets[0].id: node.value.args[0].value
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "Plurals"
            and isinstance(node.value.args[0], ast.Constant)
        }
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            func = call.func
            if (
                isinstance(func, ast.Attribute)
                and func.attr == "tr"
                and isinstance(func.value, ast.Name)
                and func.value.id in plurals
            ):
                text = call.args[0]
                where = f"{path.relative_to(PACKAGE)}:{call.lineno}"
                assert isinstance(text, ast.Constant), where
                found.append((where, plurals[func.value.id], text.value, True))
                continue
            plural = (
                isinstance(func, ast.Attribute)
                and func.attr == "translate"
                and isinstance(func.value, ast.Name)
                and func.value.id == "PLURAL"
            )
            if not (plural or (isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP")):
                continue
            where = f"{path.relative_to(PACKAGE)}:{call.lineno}"
            context, text = call.args[0], call.args[1]
            assert isinstance(context, ast.Constant) and isinstance(text, ast.Constant), where
            found.append((where, context.value, text.value, plural))
    return found


def test_the_core_marks_texts_for_the_catalogue() -> None:
    """The scan below has something to check (the content problems, at least)."""
    assert len([t for t in marked_texts() if t[0].startswith("core")]) >= 150


def test_every_marked_text_is_translated_with_the_same_placeholders() -> None:
    root = ET.parse(ZH).getroot()
    translations: dict[tuple[str, str], list[str]] = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            key = (context.findtext("name") or "", message.findtext("source") or "")
            translations[key] = forms or [translation.text or ""]
    wrong = []
    for where, context, text, plural in marked_texts():
        names = placeholders(text)
        if "" in names or any(name.isdigit() for name in names):
            wrong.append(f"{where}: unnamed placeholder in {text!r}")
        forms = translations.get((context, text))
        if not forms or not all(forms):
            wrong.append(f"{where}: not translated: {text!r}")
            continue
        for form in forms:
            if placeholders(form) != names or ("%n" in form) != plural:
                wrong.append(f"{where}: {text!r} -> {form!r}")
    assert not wrong, "\n".join(wrong)


def test_a_store_error_reads_in_chinese() -> None:
    from sellertrain.core.store.errors import busy_error

    error = busy_error()
    assert str(error).startswith("the database is busy")
    assert localize_error(error, CHINESE).startswith("数据库正忙")


def test_an_import_summary_is_said_in_either_language() -> None:
    """The studio shows the question import's summary: its kinds' list and counts translate."""
    from sellertrain.core.interchange import gift
    from sellertrain.core.interchange.gift_convert import convert_gift

    text = "::A:: One? {=yes ~no}\n\n::B:: Two? {=a ~b}\n\n::C:: Three? {T}\n"
    said = convert_gift(gift.parse_gift(text), "x.gift", None).summary()
    assert said == "3 questions in 1 quiz (2 single choice, 1 true/false); 0 not convertible"
    assert (
        localize(said, CHINESE) == "1 个测验，共 3 道题（单选题 2 道、判断题 1 道）；0 道无法转换"
    )
