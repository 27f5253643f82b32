"""A manager's Session: everyone's records, the team reports, assignments, accounts, audit log."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sellertrain.core.models import AccessRole, Employee
from sellertrain.core.reports import record_export
from sellertrain.core.reports import team as reports
from sellertrain.core.session.access import SessionBase
from sellertrain.core.store import Assignment, AttemptRecord, AuditEntry, AuditFilter
from sellertrain.core.training.compliance import ComplianceRow, Scope, compliance_matrix
from sellertrain.core.training.progress import CourseProgress, course_progress

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EmployeeDetail:
    employee: Employee
    progress: CourseProgress
    reading: list[dict]
    attempts: list[AttemptRecord]
    summary: reports.EmployeeProgress


class TeamRecords(SessionBase):
    """Everyone's records, for managers (one's own detail and record for anyone)."""

    def employees(self, include_inactive: bool = False) -> list[Employee]:
        """Everyone on the records (managers only)."""
        self._require_manager("see the employees")
        return self._store.employees(include_inactive=include_inactive)

    def employee_detail(self, employee_id: str) -> EmployeeDetail:
        self._require_self_or_manager(employee_id)
        employee = self._store.employee(employee_id)
        if employee is None:
            raise KeyError(employee_id)
        progress = course_progress(self._store, self.course, employee, self.today())
        quizzes = {f.quiz_id: f for f in self._store.quiz_facts(employee_id)}
        reading = [f.last_activity for f in self._store.lesson_facts(employee_id)]
        summary = reports.employee_progress(
            employee, progress, quizzes, self.course, max(filter(None, reading), default=None)
        )
        return EmployeeDetail(
            employee,
            progress,
            self._store.lesson_events(employee_id),
            self._store.attempts(employee_id),
            summary,
        )

    def employee_record(self, employee_id: str) -> dict:
        """An employee's full record with its chain head, for an export file (see record_export)."""
        self._require_self_or_manager(employee_id)
        return record_export.employee_record(self._store, employee_id)

    def compliance_matrix(self) -> tuple[list[Scope], list[ComplianceRow]]:
        """Every employee's latest certificate per module and assessment (managers)."""
        self._require_manager("see the team's certificates")
        return compliance_matrix(self._store, self.course)

    # -- reports -------------------------------------------------------------------------
    def team_progress(self) -> list[reports.EmployeeProgress]:
        self._require_manager("see the team's progress")
        return reports.team_progress(self._store, self.course, self.today())

    def question_analysis(self, quiz_id: str) -> reports.QuizAnalysis:
        self._require_manager("see the question analysis")
        return reports.question_analysis(self._store, self.course, quiz_id)

    def weak_questions(self, count: int = 10) -> list[tuple[str, reports.QuestionStats]]:
        self._require_manager("see the question analysis")
        return reports.team_weak_questions(self._store, self.course, count)

    def question_overview(
        self, count: int = 10
    ) -> tuple[list[tuple[str, reports.QuestionStats]], list[reports.SectionStats]]:
        """The weakest questions and the most missed sections, from one pass over the quizzes."""
        self._require_manager("see the question analysis")
        analyses = reports.all_question_analyses(self._store, self.course)
        return (
            reports.team_weak_questions(self._store, self.course, count, analyses),
            reports.section_analysis(self._store, self.course, analyses),
        )

    def risk_areas(self) -> dict[str, float]:
        self._require_manager("see the risk areas")
        return reports.risk_area_scores(self._store, self.course)

    def completions_over_time(self) -> list[tuple[str, int]]:
        self._require_manager("see the team's charts")
        return reports.cumulative_completions(self._store.first_completions_by_day())

    def score_histogram(self) -> list[int]:
        self._require_manager("see the team's charts")
        return reports.score_histogram(self._store.attempt_scores())

    # -- assignments and accounts -------------------------------------------------------
    def assignments(self) -> list[Assignment]:
        self._require_manager("see assignments")
        return self._store.assignments()

    def assign(
        self,
        due_date: dt.date,
        target_kind: str,
        target: str | None = None,
        lesson_id: str | None = None,
        module: str | None = None,
        lead_days: int | None = None,
        every_months: int | None = None,
    ) -> Assignment:
        """Assign a lesson or module; ``lead_days`` is how long someone joining later has
        (None: as long as everyone had) and ``every_months`` makes it recur."""
        self._require_manager("assign training")
        assignment = self._store.add_assignment(
            self.employee.id,
            due_date.isoformat(),
            target_kind,
            target,
            lesson_id,
            module,
            lead_days,
            every_months,
        )
        self._changed()
        return assignment

    def revoke(self, assignment_id: str) -> None:
        self._require_manager("remove assignments")
        self._store.revoke_assignment(assignment_id, self.employee.id)
        self._changed()

    def add_employee(
        self, name: str, role: AccessRole | str, password: str, department: str | None = None
    ) -> Employee:
        self._require_manager("add employees")
        employee = self._store.add_employee(name, role, password, department, self.employee.id)
        self._changed()
        return employee

    def set_joined(self, employee_id: str, joined: dt.date) -> Employee:
        """Change an employee's start date (due dates of later joiners count from it)."""
        self._require_manager("change start dates")
        employee = self._store.set_joined(employee_id, joined.isoformat(), self.employee.id)
        self._changed()
        return employee

    def departments(self) -> list[str]:
        """The managed list of departments (anyone may read it: the sign-up needs it)."""
        return self._store.departments()

    def add_department(self, name: str) -> str:
        self._require_manager("add departments")
        added = self._store.add_department(name, self.employee.id)
        self._changed()
        return added

    def remove_department(self, name: str) -> None:
        self._require_manager("remove departments")
        self._store.remove_department(name, self.employee.id)
        self._changed()

    def add_employees(
        self, rows: Sequence[tuple[str, AccessRole | str, str, str | None]], source: str
    ) -> list[Employee]:
        """Add several employees at once (e.g. a CSV import): all of them, or none."""
        self._require_manager("add employees")
        added = self._store.add_employees(rows, self.employee.id, source)
        self._changed()
        return added

    def reset_password(self, employee_id: str, new_password: str) -> None:
        """Give an employee a new password; it ends a lockout and goes to the audit log."""
        self._require_manager("reset passwords")
        self._store.reset_password(employee_id, new_password, self.employee.id)
        log.info("password of employee %s reset by %s", employee_id, self.employee.id)
        self._changed()

    def audit_log(self, limit: int | None = None, action: str | None = None) -> list[AuditEntry]:
        """Who changed what, newest first."""
        self._require_manager("read the audit log")
        return self._store.audit_entries(limit, action)

    def audit_page(
        self, where: AuditFilter | None = None, limit: int | None = None, offset: int = 0
    ) -> list[AuditEntry]:
        """One page of the audit entries ``where`` selects, newest first (searched in SQL)."""
        self._require_manager("read the audit log")
        return self._store.audit_page(where, limit, offset)

    def audit_count(self, where: AuditFilter | None = None) -> int:
        """How many audit entries ``where`` selects."""
        self._require_manager("read the audit log")
        return self._store.audit_count(where)
