"""A refusal made in the core reads in the UI's language: AccessDenied and password problems."""

from __future__ import annotations

import pytest

from sellertrain.core.content.loader import load_course
from sellertrain.core.language import CHINESE, ENGLISH
from sellertrain.core.message import localize_error
from sellertrain.core.session import AccessDenied, Session, StoreError
from sellertrain.core.store import Store
from tests.conftest import REPO


def test_a_learner_refused_a_manager_action_reads_it_in_chinese(store: Store) -> None:
    learner = store.add_employee("Wang Fang", "learner", "learner-pass-1", "finance")
    session = Session(store, load_course(REPO, deep=False), learner)
    with pytest.raises(AccessDenied) as refused:
        session.add_department("Returns")
    assert str(refused.value) == "only managers may add departments"
    assert localize_error(refused.value, ENGLISH) == "only managers may add departments"
    assert localize_error(refused.value, CHINESE) == "只有经理才能添加部门"


def test_a_common_password_is_refused_in_chinese(store: Store) -> None:
    with pytest.raises(StoreError) as refused:
        store.add_employee("Wang Fang", "learner", "password123", "sales")
    assert "one of the first that anyone would guess" in str(refused.value)
    assert localize_error(refused.value, CHINESE).startswith("Wang Fang 的密码是别人最先会猜到的")
