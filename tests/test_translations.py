"""The translation rules, read from the source and the catalogues.

- every ``tr()`` / ``translate()`` in the screens takes a literal text (a variable is never
  extracted by lupdate, an f-string never matches at run time);
- every ``self.tr("…")`` is in the catalogue under the class it runs in (lupdate guesses the
  context from the source, and a wrong guess means an untranslated string at run time);
- the catalogues are current (lupdate over the sources changes no message), complete, their
  ``.qm`` files built from them, and each translation keeps its placeholders.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "sellertrain"
ZH = PACKAGE / "i18n" / "sellertrain_zh_CN.ts"
SCANNED = ("ui", "pdf")  # the Qt side: every text for people is translated where it is made


def _calls(tree: ast.AST) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call)]


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def non_literal_translations(source: str, filename: str) -> list[str]:
    """``file:line: call`` for each tr()/translate() whose text is not a string literal."""
    found = []
    for call in _calls(ast.parse(source, filename)):
        name = _name(call)
        if name not in ("tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"):
            continue
        owner = getattr(call.func, "value", None)
        if name == "translate" and not (
            (isinstance(owner, ast.Name) and owner.id == "QCoreApplication")
            or (call.args and isinstance(getattr(call.args[0], "value", None), str))
        ):
            continue  # a painter's or a transform's translate(x, y): geometry, not text
        index = 1 if name in ("translate", "QT_TRANSLATE_NOOP") else 0
        text = call.args[index] if len(call.args) > index else None
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            found.append(f"{filename}:{call.lineno}: {ast.unparse(call)[:80]}")
    return sorted(found, key=lambda line: int(line.split(":")[1]))


def test_the_scan_finds_a_variable_an_fstring_and_a_wrapper() -> None:
    source = (
        "def tr(text):\n    return QCoreApplication.translate('Ctx', text)\n"
        "self.tr(status.value)\nself.tr(f'{n} lessons')\nself.tr('fine')\n"
        "QCoreApplication.translate('Ctx', 'fine too')\n"
    )
    found = non_literal_translations(source, "x.py")
    assert [line.split(":")[1] for line in found] == ["2", "3", "4"]


@pytest.mark.parametrize("package", SCANNED)
def test_every_translated_text_is_a_literal(package: str) -> None:
    found = []
    for path in sorted((PACKAGE / package).rglob("*.py")):
        found += non_literal_translations(path.read_text(encoding="utf-8"), str(path))
    assert not found, "tr()/translate() with a text that is not a literal:\n" + "\n".join(found)


def catalogue(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_each_self_tr_is_in_the_catalogue_under_its_class() -> None:
    known = catalogue(ZH).keys()
    missing = []
    for path in sorted(PACKAGE.rglob("*.py")):

        def visit(node: ast.AST, cls: str, path: Path = path) -> None:
            for child in ast.iter_child_nodes(node):
                inner = child.name if isinstance(child, ast.ClassDef) else cls
                if isinstance(child, ast.Call) and _name(child) == "tr":
                    owner = child.func.value if isinstance(child.func, ast.Attribute) else None
                    text = child.args[0] if child.args else None
                    mine = isinstance(owner, ast.Name) and owner.id == "self"
                    if mine and isinstance(text, ast.Constant) and (cls, text.value) not in known:
                        missing.append(f"{path.name}:{child.lineno} {cls}: {text.value!r}")
                visit(child, inner)

        visit(ast.parse(path.read_text(encoding="utf-8")), "")
    assert not missing, "self.tr() texts not in the catalogue under their class:\n" + "\n".join(
        missing
    )


def test_each_translate_call_is_in_the_catalogue_under_its_context() -> None:
    """Also the calls lupdate does not read (inside an f-string, say): they would stay English."""
    known = catalogue(ZH).keys()
    missing = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            if _name(call) != "translate" or len(call.args) < 2:
                continue
            context, text = (getattr(a, "value", None) for a in call.args[:2])
            if isinstance(context, str) and isinstance(text, str) and (context, text) not in known:
                missing.append(f"{path.name}:{call.lineno} {context}: {text!r}")
    assert not missing, "translate() texts not in the catalogue:\n" + "\n".join(missing)


def test_the_catalogues_are_current_complete_and_built() -> None:
    """lupdate over the sources changes no message; nothing unfinished; .qm match the .ts."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "0 problem(s)" in result.stdout


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def test_every_translation_keeps_its_placeholders() -> None:
    wrong = []
    for (context, source), message in catalogue(ZH).items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"{context}: {source!r} -> {form!r}")
    assert not wrong, "\n".join(wrong)


ARGPARSE_PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[sr]|%%")


def test_every_help_translation_keeps_argparse_placeholders() -> None:
    """argparse fills help texts and its messages with ``%``: a translation that drops,
    renames or adds a ``%(...)s`` (or leaves a lone ``%``) would crash ``--help``."""
    wrong = []
    for (context, source), message in catalogue(ZH).items():
        if not context.startswith("CliHelp"):
            continue
        form = "".join(message.find("translation").itertext())  # type: ignore[union-attr]
        lone = re.sub(ARGPARSE_PLACEHOLDER, "", form).count("%")
        if lone or sorted(ARGPARSE_PLACEHOLDER.findall(form)) != sorted(
            ARGPARSE_PLACEHOLDER.findall(source)
        ):
            wrong.append(f"{source!r} -> {form!r}")
    assert not wrong, "\n".join(wrong)
    sources = [source for context, source in catalogue(ZH) if context == "CliHelp"]
    assert "argument %(argument_name)s: %(message)s" in sources  # the check reads these


def test_the_chinese_catalogue_has_no_english_sentences_left() -> None:
    """A translation that is still English (copied source) would pass 'finished'."""
    allowed = re.compile(
        r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?:=\w+)?|UTF-8"  # environment variables; an encoding
        r"|SellerTrain|SELLERTRAIN|PDF|CSV|HTML|JSON|GIFT|Aiken|Moodle|Markdown|Ctrl|Enter|ID|CJK"
        r"|Debian|Ubuntu|Fedora|Windows|macOS|Language"  # systems; the way back to English
        r"|course\.yaml|YAML|UTF"  # the course file, its format and encoding
        r"|name,role,password|department|learner|manager|author"  # CSV columns and role values
        r"|\$CATEGORY|ANSWER|NUL|windows-1252|Excel"  # GIFT/Aiken keywords; bytes; a program
        r"|psycopg|pip install|uv sync --extra server|verify-records"  # what to install or run
        r"|YYYY-MM-DD"  # the date format to type
        r"|PostgreSQL|SQLite|BOM|CRLF|DSN|SECURITY\.md|sellertrain_\w+"  # --help: programs, terms
        r"|lessons/|quizzes/|assets/|\.before-restore-|\.(?:bak|csv|json|pdf|md)\b"  # file names
        r"|ST(?:-[0-9A-Z]{4}){3}|\b(?:csv|html|pdf|list)\b"  # a code; choices one types
        r"|%\(\w+\)[sr]"  # argparse's placeholders
    )
    english = []
    for (context, source), message in catalogue(ZH).items():
        text = "".join(message.find("translation").itertext())  # type: ignore[union-attr]
        rest = allowed.sub("", re.sub(r"\{[^}]*\}|'[^']*'|“[^”]*”|\([^)]*\*[^)]*\)", "", text))
        rest = re.sub(
            r"sellertrain [\w-]+[^”]*|fonts-[\w-]+|google-noto[\w-]*|sudo \w+ \w+|--[\w-]+",
            "",
            rest,
        )
        if re.search(r"[A-Za-z]{3,}", rest) and source != "SellerTrain":
            english.append(f"{context}: {text!r}")
    assert not english, "\n".join(english)
