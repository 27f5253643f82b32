"""Where the built app (PyInstaller, ``sys.frozen``) finds its course, database and build date.

The built app is simulated by setting ``sys.frozen`` and ``sys._MEIPASS`` as PyInstaller's
boot loader does; packaging/build.py and .ci/run check the real build.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from platformdirs import user_data_dir

from sellertrain.cli.main import main
from sellertrain.core import paths
from sellertrain.core.build_info import BUILD_INFO_FILE, build_info, version_line
from tests.conftest import REPO


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Run as the built app whose files were unpacked in ``tmp_path/bundle``."""
    bundle = tmp_path / "bundle"
    (bundle / "sellertrain" / "content" / "lessons").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.delenv("SELLERTRAIN_CONTENT", raising=False)
    monkeypatch.delenv("SELLERTRAIN_DB", raising=False)
    return bundle


def test_from_source_the_course_is_the_checkout_and_there_is_no_bundle(monkeypatch):
    monkeypatch.delenv("SELLERTRAIN_CONTENT", raising=False)
    assert paths.frozen_bundle() is None
    assert paths.default_content_root() == REPO


def test_the_built_app_reads_the_course_from_its_bundle(frozen):
    assert paths.frozen_bundle() == frozen
    assert paths.default_content_root() == frozen / "sellertrain" / "content"


def test_a_content_folder_the_user_chose_wins_over_the_bundle(frozen, monkeypatch, tmp_path):
    own = tmp_path / "our-course"
    monkeypatch.setenv("SELLERTRAIN_CONTENT", str(own))
    assert paths.default_content_root() == own


def test_the_built_app_keeps_the_database_in_the_user_data_folder_not_the_program(frozen):
    """An update replaces the program's folder: the database must never be in it."""
    db = paths.default_db_path()
    assert db == Path(user_data_dir("SellerTrain", appauthor=False)) / "sellertrain.db"
    assert not db.is_relative_to(frozen)
    assert not db.is_relative_to(Path(sys.executable).parent)


def test_the_database_override_still_holds_in_the_built_app(frozen, monkeypatch, tmp_path):
    monkeypatch.setenv("SELLERTRAIN_DB", str(tmp_path / "elsewhere.db"))
    assert paths.default_db_path() == tmp_path / "elsewhere.db"


def test_frozen_without_an_unpack_folder_is_treated_as_source(monkeypatch):
    """Other freezers set ``sys.frozen`` only; without ``_MEIPASS`` nothing is guessed."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert paths.frozen_bundle() is None


def test_the_built_app_reports_its_build_date_and_commit(frozen, capsys):
    (frozen / "sellertrain" / BUILD_INFO_FILE).write_text(
        json.dumps({"version": "0.1.0", "build_date": "2026-12-06", "commit": "abc1234"}),
        encoding="utf-8",
    )
    assert version_line() == "sellertrain 0.1.0 (built 2026-12-06, abc1234)"
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == "sellertrain 0.1.0 (built 2026-12-06, abc1234)\n"


@pytest.mark.parametrize("text", ["", "{not json", "[1, 2]", '{"build_date": 20261206}'])
def test_a_missing_or_damaged_build_file_costs_only_the_date(frozen, text):
    if text:
        (frozen / "sellertrain" / BUILD_INFO_FILE).write_text(text, encoding="utf-8")
    info = build_info()
    assert info.build_date is None
    assert info.version == build_info().version != ""
    assert version_line() == f"sellertrain {info.version}"


def test_from_source_the_version_is_the_package_metadata_and_no_build_date():
    from importlib.metadata import version

    info = build_info()
    assert info.version == version("sellertrain")
    assert info.build_date is None and info.commit is None


def test_the_built_apps_own_course_is_replaced_by_updates_a_copy_is_not(frozen, tmp_path):
    assert paths.replaced_by_updates(frozen / "sellertrain" / "content")
    assert not paths.replaced_by_updates(tmp_path / "our-course")


def test_a_source_checkouts_course_is_its_authors_own(monkeypatch):
    monkeypatch.delenv("SELLERTRAIN_CONTENT", raising=False)
    assert not paths.replaced_by_updates(REPO)


@pytest.mark.parametrize("kind", ["data", "config", "cache", "log"])
@pytest.mark.parametrize(
    ("home", "xdg"),
    [
        ("/home/ana", None),
        ("/home/ana/", None),
        ("/home/ana", "/srv/xdg"),
        ("/home/ana", "relative/xdg"),  # not absolute: ignored, as platformdirs does
        ("/home/ana", ""),
    ],
)
def test_user_folders_are_the_ones_platformdirs_names(monkeypatch, kind, home, xdg):
    import platformdirs

    variable = {"data": "XDG_DATA_HOME", "config": "XDG_CONFIG_HOME"}.get(kind)
    variable = variable or {"cache": "XDG_CACHE_HOME", "log": "XDG_STATE_HOME"}[kind]
    monkeypatch.setenv("HOME", home)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(name, raising=False)
    if xdg is not None:
        monkeypatch.setenv(variable, xdg)
    expected = getattr(platformdirs, f"user_{kind}_dir")("SellerTrain", appauthor=False)
    assert paths.user_dir(kind) == Path(expected)
