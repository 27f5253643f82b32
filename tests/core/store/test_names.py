"""Employee names (issue 17): a length limit, NFKC for the key, no invisible characters and
no two names that look the same."""

from __future__ import annotations

import pytest

from sellertrain.core.store import StoreError
from sellertrain.core.store.names import MAX_NAME_CHARS, look_alike, name_key, skeleton

PASSWORD = "a-long-pass-9"


def test_a_name_over_100_characters_is_refused(store):
    store.add_employee("x" * MAX_NAME_CHARS, "learner", PASSWORD)
    with pytest.raises(StoreError, match="at most 100 characters, not 120,000"):
        store.add_employee("y" * 120_000, "learner", PASSWORD)


def test_full_width_letters_are_the_same_name(store):
    ana = store.add_employee("Ａｎａ　Ｌｉ", "learner", PASSWORD)
    assert ana.name == "Ana Li"
    with pytest.raises(StoreError, match="already exists"):
        store.add_employee("ana li", "learner", PASSWORD)
    assert store.authenticate("Ａｎａ Ｌｉ", PASSWORD) == ana


@pytest.mark.parametrize("hidden", ["\u200b", "\u200d", "\u2060", "\ufeff", "\u202e", "\x07"])
def test_invisible_characters_are_refused(store, hidden):
    with pytest.raises(StoreError, match="invisible or control character"):
        store.add_employee(f"Ana{hidden} Li", "learner", PASSWORD)


def test_a_cyrillic_look_alike_is_refused(store):
    store.add_employee("Ana Coe", "learner", PASSWORD)
    with pytest.raises(StoreError, match="looks the same as 'Ana Coe'"):
        store.add_employee("Аnа Соe", "manager", PASSWORD)  # Cyrillic А, а, С, о
    with pytest.raises(StoreError, match="looks the same"):
        store.add_employees(
            [("Bob Ray", "learner", PASSWORD, None), ("Воb Rау", "learner", PASSWORD, None)]
        )
    assert [e.name for e in store.employees()] == ["Ana Coe"]


def test_names_that_differ_are_accepted():
    assert look_alike(["José Li", "Jose Lee"], ["Jose Li"]) is None
    assert skeleton("Аnа") == skeleton("ana") and name_key("Аnа") != name_key("ana")
