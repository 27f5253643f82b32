"""Who uses the app: an employee and what they may do (also importable from core.models)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class AccessRole(StrEnum):
    """What an employee may do in the app."""

    LEARNER = "learner"
    MANAGER = "manager"
    AUTHOR = "author"


@dataclass(frozen=True)
class Employee:
    id: str
    name: str
    role: AccessRole
    department: str | None = None
    created_at: str = ""
    active: bool = True
    joined: str = ""  # YYYY-MM-DD: the start date assignments count from (default: added)
    manages: tuple[str, ...] = ()  # a department manager's departments; () for everyone

    @property
    def department_manager(self) -> bool:
        """A manager limited to ``manages`` (a company manager reaches everyone)."""
        return self.role is AccessRole.MANAGER and bool(self.manages)
