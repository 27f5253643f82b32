"""The store package's names are listed three times (for mypy, for the lazy import, for
``import *``): the three lists must agree, and every name must resolve."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import sellertrain.core.store as store_package


def _type_checking_imports() -> dict[str, tuple[str, str]]:
    tree = ast.parse(Path(store_package.__file__).read_text(encoding="utf-8"))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for item in node.body:
                assert isinstance(item, ast.ImportFrom) and item.module
                module = item.module.removeprefix("sellertrain.core.store.")
                for alias in item.names:
                    found[alias.asname or alias.name] = (module, alias.name)
    return found


def test_the_three_lists_of_names_agree_and_every_name_resolves() -> None:
    lazy = store_package._WHERE
    assert _type_checking_imports() == lazy
    assert sorted(store_package.__all__) == sorted(lazy)
    for name, (module, attribute) in lazy.items():
        source = importlib.import_module(f"sellertrain.core.store.{module}")
        assert getattr(store_package, name) is getattr(source, attribute), name
