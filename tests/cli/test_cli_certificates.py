"""``sellertrain verify``, ``sellertrain certificate`` and course.yaml in ``check``, in-process."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from sellertrain.core.store import Store
from sellertrain.pdf import fonts
from tests.cli.helpers import run
from tests.conftest import REPO

CODE = "ST-7KQ4-M9XD-2HBW"


def system_has_cjk_font() -> bool:
    from sellertrain.pdf.report import _ensure_app

    _ensure_app()
    return fonts.find_cjk_family(QFontDatabase.families()) is not None


def make_db(path: Path, issued_days_ago: int, valid_days: int | None = 365) -> None:
    """A database holding one certificate, issued ``issued_days_ago`` days before now."""
    issued = dt.datetime.now(dt.UTC) - dt.timedelta(days=issued_days_ago)
    store = Store.create(path, clock=lambda: issued)
    try:
        ana = store.add_employee("Ana Li", "learner", "pass-1234", "listings")
        expires = issued + dt.timedelta(days=valid_days) if valid_days else None
        attempt = store.start_attempt(ana.id, "listing-accuracy-quiz", "v1", 1)
        store.finish_attempt(attempt.id, 91.5, True, [])  # the pass that earns it
        evidence = {
            "lesson": "listing-accuracy",
            "quiz": "listing-accuracy-quiz",
            "quiz_version": "v1",
            "attempt": attempt.id,
            "score": 91.5,
            "at": store.attempt(attempt.id).finished_at,
        }
        store.add_certificate(
            CODE,
            ana.id,
            "module",
            "Listings and products",
            "Listings and products",
            91.5,
            issued.isoformat(timespec="seconds"),
            expires.isoformat(timespec="seconds") if expires else None,
            [evidence],
            replaces=None,
        )
    finally:
        store.close()


def test_verify_a_valid_certificate(capsys, tmp_path):
    db = tmp_path / "app.db"
    make_db(db, issued_days_ago=10)
    code, out, err = run(capsys, "verify", "st7kq4m9xd2hbw", "--db", str(db))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"certificate {CODE}"
    assert "  employee: Ana Li" in lines
    assert "  title:    Listings and products (module)" in lines
    assert "  score:    92%" in lines
    assert "  status:   valid" in lines
    issued = (dt.datetime.now(dt.UTC) - dt.timedelta(days=10)).date()
    assert f"  issued:   {issued.isoformat()}" in lines
    assert f"  expires:  {(issued + dt.timedelta(days=365)).isoformat()}" in lines
    # in Chinese: full-width colons, the values in one column by terminal width
    code, out, _ = run(capsys, "--lang", "zh-CN", "verify", CODE, "--db", str(db))
    lines = out.splitlines()
    assert "  员工：     Ana Li" in lines and "  颁发日期： " + issued.isoformat() in lines
    assert "  名称：     Listings and products（模块）" in lines


def test_verify_an_expiring_certificate_still_succeeds(capsys, tmp_path):
    db = tmp_path / "app.db"
    make_db(db, issued_days_ago=350)
    code, out, err = run(capsys, "verify", CODE.lower(), "--db", str(db))
    assert (code, err) == (0, "")
    assert "  status:   expiring (expires in 14 days)" in out.splitlines()


def test_verify_a_certificate_without_expiry(capsys, tmp_path):
    db = tmp_path / "app.db"
    make_db(db, issued_days_ago=4000, valid_days=None)
    code, out, _err = run(capsys, "verify", CODE, "--db", str(db))
    assert code == 0 and "  expires:  never" in out.splitlines()


def test_verify_an_expired_certificate_fails(capsys, tmp_path):
    db = tmp_path / "app.db"
    make_db(db, issued_days_ago=400)
    code, out, err = run(capsys, "verify", CODE, "--db", str(db))
    assert code == 1
    assert "  status:   expired" in out.splitlines()
    expired = (dt.datetime.now(dt.UTC) - dt.timedelta(days=35)).date().isoformat()
    assert err == f"sellertrain: error: certificate {CODE} expired on {expired}\n"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("ST-2222-3333-4444", "unknown certificate code ST-2222-3333-4444"),
        ("ST-0000-1111-OOOO", "'ST-0000-1111-OOOO' is not a certificate code"),
        ("hello", "'hello' is not a certificate code (codes look like ST-7KQ4-M9XD-2HBW)"),
    ],
)
def test_verify_an_unknown_code_fails_with_one_line(capsys, tmp_path, typed, message):
    db = tmp_path / "app.db"
    make_db(db, issued_days_ago=1)
    code, out, err = run(capsys, "verify", typed, "--db", str(db))
    assert (code, out) == (1, "")
    assert err.startswith(f"sellertrain: error: {message}") and err.count("\n") == 1


def test_verify_never_creates_a_database(capsys, tmp_path):
    missing = tmp_path / "nope.db"
    code, _out, err = run(capsys, "verify", CODE, "--db", str(missing))
    assert code == 1 and f"no database at {missing}" in err
    assert not missing.exists()


def test_certificate_pdf(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "_warned", False)  # the hint is said once per process
    db = tmp_path / "app.db"
    make_db(db, issued_days_ago=1)
    out_file = tmp_path / "ana.pdf"
    code, out, err = run(
        capsys, "certificate", CODE.lower(), "--out", str(out_file), "--db", str(db)
    )
    assert code == 0
    # stderr is empty, or (a machine without a Chinese font) the one install hint
    assert err == ("" if system_has_cjk_font() else f"sellertrain: warning: {fonts.INSTALL_HINT}\n")
    assert out == f"wrote certificate {CODE} of Ana Li to {out_file}\n"
    data = out_file.read_bytes()
    assert data.startswith(b"%PDF") and CODE.encode() in data  # in the document's title


def test_certificate_pdf_unwritable(capsys, tmp_path):
    db = tmp_path / "app.db"
    make_db(db, issued_days_ago=1)
    target = tmp_path / "no-such-folder" / "ana.pdf"
    code, _out, err = run(capsys, "certificate", CODE, "--out", str(target), "--db", str(db))
    # (a machine without a Chinese font says the install hint on the line before)
    assert code == 1 and err.splitlines()[-1].startswith(
        f"sellertrain: error: cannot write {target}"
    )


def test_check_reports_course_yaml_problems(capsys, tmp_path):
    root = tmp_path / "content"
    for name in ("lessons", "quizzes", "assets"):
        shutil.copytree(REPO / name, root / name)
    (root / "course.yaml").write_text(
        "modules:\n  Risk managment:\n    valid_for: 365d\nassessments:\n"
        "  final-assessment:\n    valid_for: a year\n",
        encoding="utf-8",
    )
    code, out, _err = run(capsys, "check", "--content", str(root))
    assert code == 1
    path = root / "course.yaml"
    assert (
        f"{path}:2: unknown module 'Risk managment': no lesson names it in 'module:' "
        "(did you mean 'Risk management'?)"
    ) in out.splitlines()
    assert any(
        line.startswith(f"{path}:6: valid_for 'a year' is not a duration")
        for line in out.splitlines()
    )
    assert out.splitlines()[-1].endswith("2 errors, 0 warnings")


def test_verify_refuses_a_certificate_inserted_outside_the_app(capsys, tmp_path):
    """One INSERT into certificates used to make `verify` print valid and exit 0."""
    import sqlite3

    db = tmp_path / "app.db"
    make_db(db, issued_days_ago=10)
    conn = sqlite3.connect(db)
    ana = conn.execute("SELECT id FROM employees").fetchone()[0]
    conn.execute(
        "INSERT INTO certificates (id, code, employee_id, scope_kind, scope, title, score,"
        " issued_at, evidence) VALUES ('forged', 'ST-AAAA-BBBB-CCCC', ?, 'assessment', 'final',"
        " 'Final assessment', 100, '2026-03-02T00:00:00+00:00', '[]')",
        [ana],
    )
    conn.commit()
    conn.close()
    code, out, err = run(capsys, "verify", "ST-AAAA-BBBB-CCCC", "--db", str(db))
    assert code == 1 and "names no records that earned it" in out
    assert "certificate ST-AAAA-BBBB-CCCC is NOT valid" in err
    pdf = tmp_path / "forged.pdf"
    code, _, err = run(
        capsys, "certificate", "ST-AAAA-BBBB-CCCC", "--db", str(db), "--out", str(pdf)
    )
    assert code == 1 and not pdf.exists()
    assert run(capsys, "verify", CODE, "--db", str(db))[0] == 0  # the earned one still holds
