"""``--help`` and argparse's usage errors follow ``--lang`` (or the locale) like every other
message: English is argparse's own output, unchanged; Chinese is translated throughout."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

import pytest

from sellertrain.cli.help import CliParser, display_width, requested_language, wrap
from sellertrain.cli.main import build_parser, main

CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")

# what a Chinese help page may still spell in Latin letters: names one types or reads as
# they are (options, commands, choices, environment variables), formats and programs, ids
ALLOWED = re.compile(
    r"--?[\w-]+|\{[^}]*\}|\$?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+"  # options, choices, env vars
    r"|'[^']*'|“[^”]*”"  # quoted values (a password, a DSN, a command to run)
    r"|YYYY-MM-DD|(?<![A-Za-z])(?:ID|DSN|N|S)(?![A-Za-z])"  # metavars that are not words
    r"|UTF-8|CSV|HTML|PDF|JSON|BOM|CRLF|GIFT|Aiken|Moodle|SQLite|PostgreSQL|Excel"  # formats
    r"|SellerTrain|sellertrain_\w+|SECURITY\.md|psycopg|pip install"  # product, roles, programs
    r"|\b[a-z]+(?:_[a-z]+)+\b"  # ids (the audit log's kinds)
    r"|name,role,password\[,department\]|lessons/|quizzes/|assets/"  # CSV columns, folders
    r"|\.before-restore-|\.(?:bak|csv|json|pdf|md)\b|ST(?:-[0-9A-Z]{4}){3}"  # file names, a code
    r"|\b(?:csv|html|pdf|list|en|zh-CN)\b"  # choices one types
)


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """English unless --lang says otherwise, whatever the machine running the tests uses."""
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")


def _parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


COMMANDS = [path for path, _ in _parsers(build_parser())]


def _help(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main([*argv, "--help"])
    assert stopped.value.code == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


def _command_names() -> set[str]:
    return {name for path in COMMANDS for name in path}


def _english_left(text: str) -> list[str]:
    names = "|".join(sorted(map(re.escape, _command_names()), key=len, reverse=True))
    rest = re.sub(rf"\bsellertrain\b|(?<![\w-])(?:{names})(?![\w-])", " ", text)
    rest = ALLOWED.sub(" ", rest)
    return re.findall(r"[A-Za-z]{2,}", rest)


def test_english_help_is_argparse_own_output(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every help page and usage line in English is exactly what argparse's own formatters
    print for the same parser (the translating formatter changes nothing in English)."""
    ours = {path: (p.format_help(), p.format_usage()) for path, p in _parsers(build_parser())}

    def argparse_formatter(parser: argparse.ArgumentParser) -> argparse.HelpFormatter:
        return parser.formatter_class(prog=parser.prog)

    monkeypatch.setattr(CliParser, "_get_formatter", argparse_formatter)
    theirs = {path: (p.format_help(), p.format_usage()) for path, p in _parsers(build_parser())}
    assert ours == theirs
    assert len(ours) == len(COMMANDS) >= 25
    top = ours[()][0]
    assert top.startswith("usage: sellertrain [-h]")
    assert (
        "positional arguments:\n  COMMAND\n    init             start a new, empty database" in top
    )
    assert "options:\n  -h, --help         show this help message and exit" in top
    assert not CJK.search("".join(text for pair in ours.values() for text in pair))


@pytest.mark.parametrize("path", COMMANDS, ids=lambda path: " ".join(path) or "sellertrain")
def test_chinese_help_of_every_command_is_translated(capsys, path: tuple[str, ...]) -> None:
    text = _help(capsys, "--lang", "zh-CN", *path)
    assert text.startswith(f"用法：sellertrain {' '.join(path)}".rstrip())
    assert "\n选项：\n  -h, --help" in text and "显示本帮助并退出" in text
    assert "usage:" not in text and "options:" not in text
    assert _english_left(text) == [], text
    english = _help(capsys, *path)
    # the same options in the same order: only the words around them changed
    assert re.findall(r"(?m)^  (-[-\w]+)", text) == re.findall(r"(?m)^  (-[-\w]+)", english)


def test_the_english_check_finds_english(capsys) -> None:
    assert _english_left("  --db 路径   database file\n用法：sellertrain status 姓名") == [
        "database",
        "file",
    ]
    assert _english_left(_help(capsys, "status")) != []


def test_the_locale_chooses_the_help_language(capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    assert _help(capsys, "backup").startswith("用法：sellertrain backup")
    assert _help(capsys, "--lang", "en", "backup").startswith("usage: sellertrain backup")
    # --lang after --help still chooses: the whole command line is read first
    assert _help(capsys, "backup", "--lang=en").startswith("usage: sellertrain backup")


@pytest.mark.parametrize("columns", [80, 60])
def test_chinese_help_lines_fit_the_terminal(capsys, monkeypatch, columns: int) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    for path in COMMANDS:
        lines = _help(capsys, "--lang", "zh-CN", *path).splitlines()
        assert max(display_width(line) for line in lines) <= columns - 2, (path, lines)
        assert not any(line.lstrip().startswith(("，", "。", "；", "）", "：")) for line in lines)
    text = _help(capsys, "--lang", "zh-CN", "sync")
    # help texts start in one column whatever the width of the option before them
    starts = {display_width(line[: line.index(h)]) for line in text.splitlines()
              for h in ("数据库文件", "内容文件夹") if h in line and line.startswith("  --")}  # fmt: skip
    assert len(starts) == 1, text


def _usage_error(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main(list(argv))
    assert stopped.value.code == 2
    out, err = capsys.readouterr()
    assert out == "" and "Traceback" not in err
    return err


def test_a_missing_argument_is_named_in_chinese(capsys) -> None:
    err = _usage_error(capsys, "--lang", "zh-CN", "status")
    assert err.startswith("用法：sellertrain status [-h]")
    assert err.endswith("sellertrain status: error: 缺少必需的参数：姓名\n")
    err = _usage_error(capsys, "status")
    assert err.endswith("sellertrain status: error: the following arguments are required: NAME\n")
    err = _usage_error(capsys, "--lang", "zh-CN", "employees")
    assert err.endswith("缺少必需的参数：操作\n")


def test_a_bad_choice_and_an_unknown_option_are_named_in_chinese(capsys) -> None:
    err = _usage_error(capsys, "--lang", "zh-CN", "employees", "add", "Li Wei", "--role", "boss")
    assert err.endswith(
        "sellertrain employees add: error: 参数 --role：无效的取值 'boss'"
        "（可选：'learner', 'manager', 'author'）\n"
    )
    err = _usage_error(capsys, "--lang", "zh-CN", "nonsense")
    assert "sellertrain: error: 参数 命令：无效的取值 'nonsense'（可选：'init', 'check'," in err
    err = _usage_error(capsys, "--lang", "zh-CN", "backup", "--out", "x.db", "--bogus")
    assert err.endswith("sellertrain: error: 无法识别的参数：--bogus\n")
    err = _usage_error(capsys, "--lang", "zh-CN", "audit", "--since", "2026-13-01")
    assert err.endswith("error: 参数 --since：'2026-13-01' 不是日期（请用 YYYY-MM-DD 格式）\n")
    err = _usage_error(capsys, "--lang", "zh-CN", "publish", "--material", "--editorial")
    assert err.endswith("error: 参数 --editorial：不能与参数 --material 同时使用\n")
    err = _usage_error(capsys, "--lang", "zh-CN", "demo-data", "--employees", "many")
    assert err.endswith("error: 参数 --employees：无效的整数值：'many'\n")
    err = _usage_error(capsys, "--lang", "zh-CN", "status", "--db")
    assert err.endswith("error: 参数 --db：需要一个值\n")
    err = _usage_error(capsys, "employees", "add", "Li Wei", "--role", "boss")
    assert err.endswith(
        "error: argument --role: invalid choice: 'boss' (choose from 'learner', 'manager', "
        "'author')\n"
    )
    err = _usage_error(capsys, "status", "--today", "soon", "Li Wei")
    assert err.endswith("error: argument --today: 'soon' is not a date (use YYYY-MM-DD)\n")


def test_a_usage_error_in_a_real_process_is_chinese_with_status_2() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "sellertrain.cli.main", "--lang", "zh-CN", "verify"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == "" and "Traceback" not in done.stderr
    assert done.stderr.endswith("sellertrain verify: error: 缺少必需的参数：验证码\n")


@pytest.mark.parametrize(
    ("argv", "found"),
    [
        (["--lang", "zh-CN", "status"], "zh-CN"),
        (["status", "--lang=zh-CN", "--help"], "zh-CN"),
        (["--lang", "zh-CN", "status", "--lang", "en"], "en"),  # the last one counts
        (["--lang", "fr"], None),  # argparse reports it; the help stays in the fallback
        (["--lang"], None),
        (["--", "--lang", "zh-CN"], None),  # after --, a value, not an option
    ],
)
def test_the_language_is_read_from_argv_before_parsing(argv: list[str], found: str | None):
    assert requested_language(argv) == found


def test_chinese_wraps_by_display_width_and_keeps_punctuation_with_its_word() -> None:
    text = "检查拉取到的记录（主管的电脑）：收到成绩的员工的哈希链，以及按答案重新评分的每个成绩"
    lines = wrap(text + " SELLERTRAIN_USER 和 SELLERTRAIN_PASSWORD", 24)
    assert "".join(lines).replace(" ", "") == (text + "SELLERTRAIN_USER和SELLERTRAIN_PASSWORD")
    assert all(display_width(line) <= 24 for line in lines), lines
    assert not any(line.startswith(("，", "：", "）")) or line.endswith("（") for line in lines)
    assert "SELLERTRAIN_PASSWORD" in lines[-1]  # a Latin word is never split
    assert wrap("database file (default: $SELLERTRAIN_DB)", 14) == [
        "database file",
        "(default:",
        "$SELLERTRAIN_DB)",
    ]


def test_starting_the_app_or_parsing_a_command_works_out_no_language() -> None:
    """The app's start never imports the help module; a command's parser is built without
    working out the language (the saved choice is read through platformdirs): that is done
    only to show a help page or an error."""
    probe = (
        "import sys\n"
        "from sellertrain.cli import main\n"
        "main._app_parser().parse_args(['--smoke', '--db', 'x.db'])\n"
        "assert main._starts_the_app(['--smoke', '--db', 'x.db'])\n"
        "print('sellertrain.cli.help' in sys.modules)\n"
        "argv = ['--lang', 'zh-CN', 'employees', 'list']\n"
        "main.build_parser(argv).parse_args(argv)\n"
        "print('sellertrain.cli.help' in sys.modules, 'platformdirs' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["False", "True", "False"]
