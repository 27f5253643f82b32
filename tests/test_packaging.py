"""packaging/build.py's check of the built folder agrees with where the built app looks."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

from sellertrain.core import paths
from tests.conftest import REPO

REPO_I18N = REPO / "src" / "sellertrain" / "i18n"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location(
        "packaging_build", REPO / "packaging" / "build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fake_built_folder(app: Path) -> Path:
    """What PyInstaller makes: the program beside _internal/, which holds the package."""
    bundle = app / "_internal"
    package = bundle / "sellertrain"
    for name in ("content/lessons", "content/quizzes", "content/assets", "core/store/migrations"):
        (package / name).mkdir(parents=True)
    (package / "content" / "course.yaml").write_text("title: x\n", encoding="utf-8")
    (package / "build-info.json").write_text("{}", encoding="utf-8")
    (bundle / "PySide6" / "Qt" / "translations").mkdir(parents=True)
    (bundle / "PySide6" / "Qt" / "translations" / "qtbase_zh_CN.qm").write_bytes(b"qm")
    (bundle / "psycopg_binary").mkdir()
    (package / "i18n").mkdir()
    for built in REPO_I18N.glob("*.qm"):  # the app's own catalogues, as the build copies them
        (package / "i18n" / built.name).write_bytes(b"qm")
    return bundle


def test_a_complete_folder_passes_and_is_where_the_app_reads_its_course(
    build, tmp_path, monkeypatch
):
    bundle = _fake_built_folder(tmp_path / "SellerTrain")
    assert build.check_folder(tmp_path / "SellerTrain") == []
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.delenv("SELLERTRAIN_CONTENT", raising=False)
    assert (paths.default_content_root() / "course.yaml").is_file()


def test_a_folder_without_the_course_translations_or_driver_is_refused(build, tmp_path):
    bundle = _fake_built_folder(tmp_path / "SellerTrain")
    (bundle / "sellertrain" / "content" / "course.yaml").unlink()
    (bundle / "PySide6" / "Qt" / "translations" / "qtbase_zh_CN.qm").unlink()
    (bundle / "psycopg_binary").rmdir()
    missing = build.check_folder(tmp_path / "SellerTrain")
    assert missing == [
        str(Path("_internal/sellertrain/content/course.yaml")),
        "Qt's own translations (qtbase_*.qm)",
        "the company record's PostgreSQL driver (psycopg)",
    ]


def test_the_apps_own_translations_must_be_in_the_folder_once_the_source_has_them(
    build, tmp_path, monkeypatch
):
    i18n = tmp_path / "src-i18n"
    i18n.mkdir()
    (i18n / "sellertrain_zh_CN.qm").write_bytes(b"qm")
    monkeypatch.setattr(build, "I18N", i18n)
    bundle = _fake_built_folder(tmp_path / "SellerTrain")
    shutil.rmtree(bundle / "sellertrain" / "i18n")
    assert build.check_folder(tmp_path / "SellerTrain") == [
        str(Path("_internal/sellertrain/i18n/sellertrain_zh_CN.qm"))
    ]
    (bundle / "sellertrain" / "i18n").mkdir()
    (bundle / "sellertrain" / "i18n" / "sellertrain_zh_CN.qm").write_bytes(b"qm")
    assert build.check_folder(tmp_path / "SellerTrain") == []
