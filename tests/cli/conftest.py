"""Set-up shared by the command-line tests."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    """No user overrides leak in, and nothing touches the real user data folder."""
    monkeypatch.delenv("SELLERTRAIN_CONTENT", raising=False)
    monkeypatch.setenv("SELLERTRAIN_DB", str(tmp_path / "env-default.db"))
