"""Certificates (core/training/certificates.py, store/certificates.py) and course.yaml (core/content/course_settings.py)."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest

from sellertrain.core.content.cache import load_course_cached
from sellertrain.core.content.course_settings import parse_duration
from sellertrain.core.content.loader import load_course
from sellertrain.core.session import AccessDenied, Session
from sellertrain.core.store import Certificate
from sellertrain.core.training import certificate_codes, compliance
from sellertrain.core.training import certificates as certs
from sellertrain.core.training.certificates import CertificateStatus
from tests.conftest import REPO

DAY = 86_400
QUIZ = "## Pick the right one.\n\n- [x] Right\n- [ ] Wrong\n\n## And this one.\n\n- [ ] No\n- [x] Yes\n"
COURSE_YAML = """\
title: Test course
modules:
  Basics:
    valid_for: 365d
assessments:
  final:
    valid_for: 1y
"""


@pytest.fixture
def root(make_content, lesson_md, quiz_md):
    lessons = {
        "intro": lesson_md("intro", module="Basics", order=10, quiz="intro-quiz", roles="[all]"),
        "shipping": lesson_md("shipping", module="Basics", order=20, roles="[logistics]"),
        "extra": lesson_md("extra", module="Basics", order=30, roles="[finance]"),
        "fees": lesson_md("fees", module="Money", order=40, quiz="fees-quiz", roles="[finance]"),
    }
    quizzes = {
        "intro-quiz": quiz_md("intro-quiz", QUIZ, lesson="intro", pass_mark=60),
        "fees-quiz": quiz_md("fees-quiz", QUIZ, lesson="fees"),
        "final": quiz_md("final", QUIZ, title='"Final assessment"', pass_mark=50),
    }
    folder = make_content(lessons=lessons, quizzes=quizzes)
    (folder / "course.yaml").write_text(COURSE_YAML, encoding="utf-8")
    return folder


@pytest.fixture
def course(root):
    loaded = load_course(root)
    assert loaded.errors == []
    return loaded


@pytest.fixture
def ana(store):
    return store.add_employee("Ana Li", "learner", "pass-1234", "logistics")


@pytest.fixture
def session(store, course, ana):
    return Session(store, course, ana)


def take(session: Session, quiz_id: str, right: int = 2):
    """Take a quiz through the session, answering ``right`` questions correctly."""
    attempt = session.start_quiz(quiz_id)
    for index, shown in enumerate(attempt.presented):
        options = shown.question.options
        positions = {
            pos
            for pos, original in enumerate(shown.option_order)
            if options[original].correct == (index < right)
        }
        attempt.answer(index, positions)
    return session.submit(attempt)


def finish_basics(session: Session) -> None:
    session.complete_lesson("intro")
    take(session, "intro-quiz")
    session.complete_lesson("shipping")


# -- issuing ------------------------------------------------------------------------------
def test_module_certificate_is_issued_when_the_required_lessons_are_done(session, store, ana):
    session.complete_lesson("intro")
    take(session, "intro-quiz", right=1)  # 50%: not passed
    assert store.certificates(ana.id) == []
    take(session, "intro-quiz")  # 100%
    assert store.certificates(ana.id) == []  # 'shipping' is required of logistics too
    session.complete_lesson("shipping")  # 'extra' (finance) is not required of Ana
    (certificate,) = store.certificates(ana.id)
    assert certificate.scope_kind == "module" and certificate.scope == "Basics"
    assert certificate.title == "Basics" and certificate.employee_name == "Ana Li"
    assert certificate.score == 100.0  # the best passing score of its one quiz
    assert re.fullmatch(r"ST(-[2-9A-HJKMNP-TW-Z]{4}){3}", certificate.code)
    issued = dt.datetime.fromisoformat(certificate.issued_at)
    assert dt.datetime.fromisoformat(certificate.expires_at) - issued == dt.timedelta(days=365)
    assert [e["lesson"] for e in certificate.evidence] == ["intro", "shipping"]
    assert certificate.evidence[0]["quiz"] == "intro-quiz"


def test_module_score_is_the_mean_of_the_best_passing_scores(store, course):
    bo = store.add_employee("Bo Chen", "learner", "pass-1234", "finance")
    session = Session(store, course, bo)
    session.complete_lesson("fees")
    take(session, "fees-quiz", right=1)  # 50%: fails the 80% pass mark
    assert store.certificates(bo.id) == []
    take(session, "fees-quiz")  # 100%: Money done
    (money,) = store.certificates(bo.id)
    assert money.scope == "Money" and money.score == 100.0
    assert money.expires_at is None  # course.yaml gives Money no validity: no expiry
    assert certs.certificate_status(money, dt.datetime(2099, 1, 1, tzinfo=dt.UTC)) == "valid"


def test_passing_the_final_assessment_issues_a_certificate(session, store, ana):
    take(session, "final", right=0)  # 0%: no certificate
    assert store.certificates(ana.id) == []
    result = take(session, "final", right=1)  # 50%: passes the 50% mark
    assert result.passed
    (certificate,) = store.certificates(ana.id)
    assert (certificate.scope_kind, certificate.scope) == ("assessment", "final")
    assert certificate.title == "Final assessment" and certificate.score == 50.0
    assert certificate.evidence[0]["quiz"] == "final"
    assert certificate.expires_at is not None  # 1y = 365 days


def test_no_duplicate_certificate_while_the_latest_is_valid(session, store, ana):
    finish_basics(session)
    take(session, "final")
    assert len(store.certificates(ana.id)) == 2
    take(session, "intro-quiz")
    take(session, "final")
    session.complete_lesson("shipping")
    assert len(store.certificates(ana.id)) == 2


def test_status_valid_expiring_expired_with_an_injected_clock(session, store, ana):
    finish_basics(session)
    (certificate,) = store.certificates(ana.id)
    issued = dt.datetime.fromisoformat(certificate.issued_at)
    status = certs.certificate_status
    assert status(certificate, issued) is CertificateStatus.VALID
    assert status(certificate, issued + dt.timedelta(days=334)) is CertificateStatus.VALID
    assert status(certificate, issued + dt.timedelta(days=335)) is CertificateStatus.EXPIRING
    assert status(certificate, issued + dt.timedelta(days=364)) is CertificateStatus.EXPIRING
    assert status(certificate, issued + dt.timedelta(days=365)) is CertificateStatus.EXPIRED
    assert certs.days_left(certificate, issued + dt.timedelta(days=350)) == 15


def test_no_reissue_while_valid_then_reissue_once_every_lesson_is_done_again(
    session, store, ana, clock
):
    finish_basics(session)
    (first,) = store.certificates(ana.id)
    clock.advance(100 * DAY)  # still valid: a re-take earns nothing new
    take(session, "intro-quiz")
    assert store.certificates(ana.id) == [first]
    clock.advance(250 * DAY)  # day 350: expiring
    (renewal,) = compliance.renewals_due(store, session.course, ana)
    assert renewal.status is CertificateStatus.EXPIRING
    assert renewal.retake == ("Lesson shipping",)  # the quiz was passed again on day 100
    session.complete_lesson("shipping")
    second, again = store.certificates(ana.id)
    assert again == first and second.code != first.code
    assert second.issued_at > first.issued_at and second.expires_at > first.expires_at
    assert all(e["at"] > first.issued_at for e in second.evidence)
    assert compliance.renewals_due(store, session.course, ana) == []
    (latest,) = store.latest_certificates(ana.id)
    assert latest.id == second.id


def test_a_failed_retake_is_no_new_evidence(session, store, ana, clock):
    finish_basics(session)
    clock.advance(350 * DAY)
    session.complete_lesson("shipping")  # read again, but the quiz was passed before day 0
    assert len(store.certificates(ana.id)) == 1
    (renewal,) = compliance.renewals_due(store, session.course, ana)
    assert renewal.retake == ("Quiz intro-quiz",)
    take(session, "intro-quiz", right=1)  # 50%: failed
    assert len(store.certificates(ana.id)) == 1
    take(session, "intro-quiz")
    assert len(store.certificates(ana.id)) == 2


def test_reissue_after_expiry_of_the_assessment(session, store, ana, clock):
    take(session, "final")
    clock.advance(400 * DAY)
    (renewal,) = compliance.renewals_due(store, session.course, ana)
    assert renewal.status is CertificateStatus.EXPIRED
    assert renewal.retake == ("Final assessment",)
    take(session, "final", right=1)
    newest, oldest = store.certificates(ana.id)
    assert newest.score == 50.0 and oldest.score == 100.0
    assert certs.certificate_status(newest, clock.current) is CertificateStatus.VALID


def test_issue_is_idempotent_and_refuses_a_stale_decision(store, course, ana, session):
    finish_basics(session)
    assert certs.issue_due_certificates(store, course, ana) == []
    (certificate,) = store.certificates(ana.id)
    stale = store.add_certificate(
        "ST-2222-2222-2222", ana.id, "module", "Basics", "Basics", 1.0, store.now(), None, [], None
    )
    assert stale is None  # another copy of the app issued one meanwhile
    with pytest.raises(sqlite3.IntegrityError):  # append-only, as every record
        store.db.execute("UPDATE certificates SET score = 0")
    assert store.certificates(ana.id) == [certificate]


def test_a_code_clash_draws_another_code(store, course, ana):
    store.add_certificate(
        "ST-AAAA-AAAA-AAAA", ana.id, "module", "Other", "Other", None, store.now(), None, [], None
    )
    bo = store.add_employee("Bo Chen", "learner", "pass-1234", "logistics")
    for lesson_id in ("intro", "shipping"):  # straight to the store: no certificate yet
        store.record_lesson_completed(bo.id, lesson_id, course.lessons[lesson_id].version)
    attempt = store.start_attempt(bo.id, "intro-quiz", course.quizzes["intro-quiz"].version, 1)
    store.finish_attempt(attempt.id, 90.0, True, [])
    codes = iter(["ST-AAAA-AAAA-AAAA", "ST-AAAA-AAAA-AAAA", "ST-BBBB-BBBB-BBBB"])
    (issued,) = certs.issue_due_certificates(store, course, bo, code=lambda: next(codes))
    assert issued.code == "ST-BBBB-BBBB-BBBB" and issued.score == 90.0


# -- codes ------------------------------------------------------------------------------------
def test_codes_are_valid_codes_over_the_whole_alphabet():
    codes = [certificate_codes.new_code() for _ in range(2000)]
    assert all(certificate_codes.normalise_code(code) == code for code in codes)
    assert len(set(codes)) == len(codes)
    used = {ch for code in codes for ch in code[3:].replace("-", "")}
    assert used == set(certificate_codes.CODE_ALPHABET)


def test_codes_are_random_typable_and_unambiguous():
    codes = {certificate_codes.new_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert re.fullmatch(r"ST-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code)
        assert not set(code[3:]) & set("01OIL")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ST-7KQ4-M9XD-2HBW", "ST-7KQ4-M9XD-2HBW"),
        ("st-7kq4-m9xd-2hbw", "ST-7KQ4-M9XD-2HBW"),
        ("ST7KQ4M9XD2HBW", "ST-7KQ4-M9XD-2HBW"),
        (" 7kq4 m9xd 2hbw ", "ST-7KQ4-M9XD-2HBW"),
        ("STAB-CDEF-GHJK", "ST-STAB-CDEF-GHJK"),  # a body may start with ST
        ("ST-7KQ4-M9XD-2HB", None),
        ("ST-7KQ4-M9XD-2HB0", None),  # 0 is not in the alphabet
        ("ST-OKQ4-M9XD-2HBW", None),
        ("", None),
    ],
)
def test_typed_codes_are_normalised(typed, expected):
    assert certificate_codes.normalise_code(typed) == expected


def test_certificate_by_code(store, session, ana):
    finish_basics(session)
    (certificate,) = store.certificates(ana.id)
    found = store.certificate_by_code(certificate.code)
    assert found == certificate and found.employee_name == "Ana Li"
    assert store.certificate_by_code("ST-2222-3333-4444") is None


# -- roles and the compliance matrix ---------------------------------------------------------
def test_learners_see_only_their_own_certificates(store, course, session, ana):
    finish_basics(session)
    bo = store.add_employee("Bo Chen", "learner", "pass-1234", "finance")
    with pytest.raises(AccessDenied):
        Session(store, course, bo).certificates(ana.id)
    with pytest.raises(AccessDenied):
        session.compliance_matrix()
    boss = store.add_employee("Cy Boss", "manager", "pass-1234")
    assert len(Session(store, course, boss).certificates(ana.id)) == 1
    assert len(session.certificates()) == 1


def test_compliance_matrix(store, course, session, ana, clock):
    boss = store.add_employee("Cy Boss", "manager", "pass-1234", "finance")
    take(session, "final")
    clock.advance(200 * DAY)
    finish_basics(session)
    clock.advance(170 * DAY)  # day 370: final expired; Basics (issued day 200) valid
    selects: list[str] = []
    store.db.conn.set_trace_callback(
        lambda sql: selects.append(sql) if "FROM certificates" in sql else None
    )
    scopes, rows = Session(store, course, boss).compliance_matrix()
    store.db.conn.set_trace_callback(None)
    assert len(selects) == 1  # one query, however many employees
    plan = store.db.conn.execute("EXPLAIN QUERY PLAN " + selects[0]).fetchall()
    assert "USING INDEX certificates_by_employee" in plan[0][3]
    assert [(s.kind, s.key, s.title) for s in scopes] == [
        ("module", "Basics", "Basics"),
        ("module", "Money", "Money"),
        ("assessment", "final", "Final assessment"),
    ]
    by_name = {row.employee.name: row.cells for row in rows}
    basics, money, final = by_name["Ana Li"]
    assert basics.status is CertificateStatus.VALID and basics.required
    assert basics.expires == (clock.current + dt.timedelta(days=195)).date().isoformat()
    assert money.status is None and not money.required  # Money is for finance
    assert final.status is CertificateStatus.EXPIRED and final.required
    assert [c.status for c in by_name["Cy Boss"]] == [None, None, None]
    assert [c.required for c in by_name["Cy Boss"]] == [True, True, True]
    later = clock.current + dt.timedelta(days=170)
    _scopes, rows = compliance.compliance_matrix(store, course, later)
    ana_cells = next(r.cells for r in rows if r.employee.id == ana.id)
    assert ana_cells[0].status is CertificateStatus.EXPIRING


# -- course.yaml ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "days"),
    [("365d", 365), ("52w", 364), ("2y", 730), (" 30D ", 30), ("1 y", 365)],
)
def test_durations(text, days):
    assert parse_duration(text) == days


@pytest.mark.parametrize("text", ["12m", "0d", "365", "-1d", "1.5y", "d", "101y", ""])
def test_bad_durations(text):
    assert parse_duration(text) is None


def settings_errors(root: Path, text: str | bytes) -> list[tuple[int, str]]:
    path = root / "course.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    course = load_course(root)
    return [(e.line, e.message) for e in course.errors if e.path == path]


def test_course_yaml_is_read(course):
    assert course.settings.title == "Test course"
    assert course.settings.valid_days("module", "Basics") == 365
    assert course.settings.valid_days("module", "Money") is None
    assert course.settings.valid_days("assessment", "final") == 365


def test_course_yaml_problems_have_exact_lines(root):
    text = """\
title: Test course
modules:
  Basic:
    valid_for: 365d
  Money:
    valid_for: 12m
    renew: yes
  Basics:
    valid_for: 2y
assessments:
  intro-quiz:
    valid_for: 1y
  nope:
    valid_for: 1y
  final: 365d
colour: blue
"""
    assert settings_errors(root, text) == [
        (3, "unknown module 'Basic': no lesson names it in 'module:' (did you mean 'Basics'?)"),
        (6, "valid_for '12m' is not a duration: " + certs_hint()),
        (7, "unknown key 'renew' (known: valid_for)"),
        (
            11,
            "quiz 'intro-quiz' belongs to lesson 'intro': only a quiz without 'lesson:' is an "
            "assessment (its lesson's module gets the certificate)",
        ),
        (13, "unknown quiz 'nope' (assessments: final)"),
        (15, "'final' needs 'valid_for: DURATION' under it, e.g. 'valid_for: 365d'"),
        (16, "unknown key 'colour' (known: title, modules, assessments, minimum_reading)"),
    ]
    course = load_course(root)
    assert course.settings.module_validity == {"Basics": 730}  # the right entries still count
    assert course.settings.assessment_validity == {}


def certs_hint() -> str:
    from sellertrain.core.content.course_settings import DURATION_HINT

    return DURATION_HINT


@pytest.mark.parametrize(
    ("text", "line", "start"),
    [
        (
            'title: "unclosed\nmodules:\n  Basics:\n    valid_for: 1y\n',
            1,
            "course.yaml is not valid YAML",
        ),
        ("modules:\n  Basics:\n    valid_for: 1y\n   bad: [\n", 4, "course.yaml is not valid YAML"),
        ("- a list\n- of things\n", 1, "course.yaml must be 'key: value' lines"),
        (
            "modules:\n  Basics: &v\n    valid_for: 1y\n  Money: *v\n",
            4,
            "course.yaml may not use YAML aliases",
        ),
        (
            "modules:\n  Basics:\n    valid_for: 1y\n  Basics:\n    valid_for: 2y\n",
            4,
            "'Basics' is given twice",
        ),
        (b"title: caf\xe9\n", 1, "the file is not UTF-8 text"),
        ("modules: 365d\n", 1, "'modules' must list names"),
    ],
)
def test_course_yaml_refusals(root, text, line, start):
    (problem,) = settings_errors(root, text)
    assert problem[0] == line and problem[1].startswith(start), problem


def test_no_knock_on_error_for_a_module_of_a_broken_lesson(root, lesson_md):
    (root / "lessons" / "broken.md").write_text(
        lesson_md("broken", module="Later", minutes="many"), encoding="utf-8"
    )
    assert settings_errors(root, "modules:\n  Later:\n    valid_for: 1y\n") == []


def test_an_empty_or_missing_course_yaml_is_fine(root):
    assert settings_errors(root, "") == []
    (root / "course.yaml").unlink()
    course = load_course(root)
    assert course.errors == [] and course.settings.module_validity == {}


def test_the_content_cache_reads_course_yaml_every_time(root, tmp_path):
    cache = tmp_path / "cache.json"
    assert load_course_cached(root, cache).settings.valid_days("module", "Basics") == 365
    (root / "course.yaml").write_text("modules:\n  Basics:\n    valid_for: 2w\n", encoding="utf-8")
    course = load_course_cached(root, cache)
    assert course.settings.valid_days("module", "Basics") == 14
    (root / "course.yaml").write_text("modules:\n  Nope:\n    valid_for: 2w\n", encoding="utf-8")
    assert [e.line for e in load_course_cached(root, cache).errors] == [2]


def test_shipped_course_yaml_covers_every_module_and_the_final_assessment():
    course = load_course(REPO, deep=False)
    assert course.errors == []
    assert set(course.settings.module_validity) == {m.title for m in course.modules if m.certified}
    assert set(course.settings.assessment_validity) == {"final-assessment"}
    assert course.settings.title


def test_certificate_value_keeps_evidence_out_of_equality():
    one = Certificate("i", "c", "e", "module", "M", "M", None, "t", None, ({"a": 1},))
    assert one == Certificate("i", "c", "e", "module", "M", "M", None, "t", None)
