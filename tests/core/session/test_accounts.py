"""Before sign-in: the empty database, the sign-in list, the back-off, the first manager."""

from __future__ import annotations

from pathlib import Path

import pytest

from sellertrain.core.accounts import Accounts, StoreError
from sellertrain.core.models import AccessRole, Course
from sellertrain.core.store import Store


@pytest.fixture
def store(tmp_path: Path):
    opened = Store.create(tmp_path / "accounts.db")
    yield opened
    opened.close()


def test_a_new_database_has_no_employees_until_the_first_manager(store: Store) -> None:
    accounts = Accounts(store)
    assert not accounts.has_employees()
    manager = accounts.create_first_manager("Wang Fang", "boss-pass", "management")
    assert manager.role is AccessRole.MANAGER and manager.department == "management"
    assert accounts.has_employees()
    assert accounts.sign_in_list() == [manager]


def test_a_second_first_manager_is_refused(store: Store) -> None:
    accounts = Accounts(store)
    accounts.create_first_manager("Wang Fang", "boss-pass")
    with pytest.raises(StoreError):
        accounts.create_first_manager("Someone Else", "other-pass")
    assert [e.name for e in accounts.sign_in_list()] == ["Wang Fang"]


def test_a_bad_first_password_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError):
        Accounts(store).create_first_manager("Wang Fang", "abc")
    assert not store.has_employees()


def test_sign_in_returns_the_employee_or_why_not(store: Store) -> None:
    accounts = Accounts(store)
    learner = store.add_employee("Ana Li", "learner", "pass-1234")
    assert accounts.sign_in("Ana Li", "pass-1234").employee == learner
    wrong = accounts.sign_in("Ana Li", "nope-nope")
    assert wrong.employee is None and not wrong.waiting
    assert accounts.sign_in("Nobody", "pass-1234").employee is None


def test_repeated_failures_make_the_next_try_wait(store: Store) -> None:
    accounts = Accounts(store)
    store.add_employee("Ana Li", "learner", "pass-1234")
    outcomes = [accounts.sign_in("Ana Li", "wrong-pass") for _ in range(5)]
    assert not any(o.waiting for o in outcomes[:4])
    assert outcomes[-1].waiting and outcomes[-1].retry_after == 1
    assert accounts.sign_in("Ana Li", "pass-1234").employee is None  # even the right one waits


def test_inactive_employees_are_not_in_the_sign_in_list(store: Store) -> None:
    accounts = Accounts(store)
    ana = store.add_employee("Ana Li", "learner", "pass-1234")
    store.add_employee("Bo Chen", "learner", "pass-1234")
    store.db.execute("UPDATE employees SET active = 0 WHERE id = ?", [ana.id])
    assert [e.name for e in accounts.sign_in_list()] == ["Bo Chen"]


def test_open_session_is_the_signed_in_employees(store: Store, tmp_path: Path) -> None:
    accounts = Accounts(store)
    learner = store.add_employee("Ana Li", "learner", "pass-1234")
    course = Course(root=tmp_path)
    session = accounts.open_session(learner, course)
    assert session.employee == learner and session.course is course
    assert not session.is_manager
