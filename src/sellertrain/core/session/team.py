"""A manager's Session: everyone's records, the team reports, assignments, accounts, audit log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import AssignmentTarget, Employee
from sellertrain.core.received import RecordedProblem
from sellertrain.core.reports import record_export, weak_spots
from sellertrain.core.reports import team as reports
from sellertrain.core.session.access import AccessDenied, SessionBase
from sellertrain.core.store import (
    Assignment,
    AttemptRecord,
    AuditEntry,
    AuditFilter,
    StoreError,
    conflicts,
    pull_problems,
)
from sellertrain.core.store.conflicts import ResultConflict
from sellertrain.core.training import rechecks
from sellertrain.core.training.compliance import ComplianceRow, Scope, compliance_matrix
from sellertrain.core.training.progress import CourseProgress, course_progress


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
        """Everyone on the records a manager reaches (a department manager: their
        departments)."""
        self._require_manager(QT_TRANSLATE_NOOP("Access", "see the employees"))
        found = self._store.employees(include_inactive=include_inactive)
        if self.departments_managed is None:
            return found
        return [e for e in found if self.reaches(e)]

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
        self._require_manager(QT_TRANSLATE_NOOP("Access", "see the team's certificates"))
        scopes, rows = compliance_matrix(self._store, self.course)
        if self.departments_managed is not None:
            rows = [row for row in rows if self.reaches(row.employee)]
        return scopes, rows

    # -- the company record ----------------------------------------------------------------
    def received_problems(self) -> list[RecordedProblem]:
        """The problems found in received records, newest first, about the people this manager
        reaches (a department manager: the employees of their departments, whether active or
        not; a problem that names nobody known is a company manager's), each seen or not as
        this manager last looked."""
        self._require_manager(QT_TRANSLATE_NOOP("Access", "see the problems in received records"))
        found = pull_problems.recorded_problems(self._store.conn, self.employee.id)
        if self.departments_managed is None:
            return found
        reached = {e.id for e in self.employees(include_inactive=True)}
        return [p for p in found if p.problem.employee_id in reached]

    def mark_received_problems_seen(self, up_to: int) -> None:
        """This manager has looked at the problems in received records up to id ``up_to`` (a
        mark of their own: another manager's list keeps its new ones)."""
        self._require_manager(QT_TRANSLATE_NOOP("Access", "see the problems in received records"))
        pull_problems.mark_seen(self._store.conn, up_to, self.employee.id)

    def result_conflicts(self) -> list[ResultConflict]:
        """Attempts submitted on two PCs, oldest first: the result that counts and the other
        (for the people this manager reaches), so a manager can judge them."""
        self._require_manager("see the results submitted on two PCs")
        found = conflicts.result_conflicts(self._store.conn)
        if self.departments_managed is None:
            return found
        reached = {e.id for e in self.employees()}
        return [c for c in found if c.employee_id in reached]

    # -- reports -------------------------------------------------------------------------
    def team_progress(self) -> list[reports.EmployeeProgress]:
        """Every row of the team table the manager may see, made."""
        return list(self.team_table())

    def team_table(self) -> reports.TeamTable:
        """The team's progress as the table shows it: each row made when first asked for."""
        self._require_manager(QT_TRANSLATE_NOOP("Access", "see the team's progress"))
        table = reports.team_table(self._store, self.course, self.today())
        if self.departments_managed is not None:
            table = table.subset(
                [
                    index
                    for index, line in enumerate(table.lines)
                    if self._reaches_department(line.department)
                ]
            )
        return table

    def question_analysis(self, quiz_id: str) -> reports.QuizAnalysis:
        self._require_manager(QT_TRANSLATE_NOOP("Access", "see the question analysis"))
        return reports.question_analysis(self._store, self.course, quiz_id)

    def weak_questions(self, count: int = 10) -> list[tuple[str, reports.QuestionStats]]:
        self._require_manager(QT_TRANSLATE_NOOP("Access", "see the question analysis"))
        return reports.team_weak_questions(self._store, self.course, count)

    def question_overview(
        self, count: int = 10
    ) -> tuple[list[tuple[str, reports.QuestionStats]], list[reports.SectionStats]]:
        """The weakest questions and the most missed sections, from one pass over the quizzes."""
        self._require_manager(QT_TRANSLATE_NOOP("Access", "see the question analysis"))
        # the discrimination index only for the quizzes of the questions shown with it
        analyses = reports.all_question_analyses(self._store, self.course, discriminate=False)
        weakest = reports.team_weak_questions(self._store, self.course, count, analyses)
        return (
            reports.with_discrimination(self._store, self.course, weakest),
            reports.section_analysis(self._store, self.course, analyses),
        )

    def rechecks_by_department(self) -> list[rechecks.DepartmentRechecks]:
        """Due, overdue, upcoming and retained re-checks and review retention, summed per
        department over the people this manager reaches."""
        self._require_manager(QT_TRANSLATE_NOOP("Access", "see the team's re-checks"))
        people = {e.id: e.department or "" for e in self.employees()}
        histories = self._store.answer_histories()
        return rechecks.by_department(histories, people, self.course, self._store.clock())

    def risk_area_breakdown(self) -> list[weak_spots.RiskArea]:
        """Risk areas by the share of first-attempt answers missed, over the team shown."""
        self._require_manager(QT_TRANSLATE_NOOP("Access", "see the risk areas"))
        return weak_spots.risk_areas(self._store, self.course, self.employees())

    def weakest_in_area(self, tag: str) -> list[weak_spots.WeakPerson]:
        self._require_manager(QT_TRANSLATE_NOOP("Access", "see the risk areas"))
        return weak_spots.weakest_in_area(self._store, self.course, tag, self.employees())

    def missed_question(self, question_id: str) -> list[Employee]:
        """The people (this manager reaches) whose latest answer to the question was wrong."""
        self._require_manager(QT_TRANSLATE_NOOP("Access", "see the question analysis"))
        return weak_spots.missed_by(self._store, [question_id], self.employees())

    def missed_section(self, lesson_id: str, anchor: str) -> list[Employee]:
        """The people whose latest answer to a question testing the section was wrong."""
        self._require_manager(QT_TRANSLATE_NOOP("Access", "see the question analysis"))
        questions = weak_spots.section_questions(self.course, lesson_id, anchor)
        return weak_spots.missed_by(self._store, questions, self.employees())

    def assign_retraining(
        self, employee_ids: list[str], lesson_id: str, days: int
    ) -> list[Assignment]:
        """Assign one lesson to each of these people, due in ``days`` days: one step from
        "who missed it" to "who retrains"."""
        due = self.today() + dt.timedelta(days=days)
        return [self.assign(due, "employee", i, lesson_id=lesson_id) for i in employee_ids]

    def risk_areas(self, employees: list[Employee] | None = None) -> dict[str, float]:
        """Share (%) of first-attempt answers correct per risk area, over the team shown (or
        ``employees`` of it)."""
        self._require_manager(QT_TRANSLATE_NOOP("Access", "see the risk areas"))
        people = self.employees() if employees is None else self._reached(employees)
        return reports.risk_area_scores(self._store, self.course, people)

    def _reached(self, employees: list[Employee]) -> list[Employee]:
        return [e for e in employees if self.reaches(e)]

    def _ids(self, employees: list[Employee] | None) -> list[str] | None:
        """Whose records a chart counts: ``employees``; a department manager's people."""
        if employees is not None:
            return [e.id for e in self._reached(employees)]
        if self.departments_managed is not None:
            return [e.id for e in self.employees()]
        return None

    def completions_over_time(
        self, employees: list[Employee] | None = None
    ) -> list[tuple[str, int]]:
        self._require_manager(QT_TRANSLATE_NOOP("Access", "see the team's charts"))
        by_day = self._store.first_completions_by_day(self._ids(employees))
        return reports.cumulative_completions(by_day)

    def score_histogram(self, employees: list[Employee] | None = None) -> list[int]:
        self._require_manager(QT_TRANSLATE_NOOP("Access", "see the team's charts"))
        return reports.score_histogram(self._store.attempt_scores(None, self._ids(employees)))

    # -- assignments and accounts -------------------------------------------------------
    def assignments(self) -> list[Assignment]:
        """The assignments in force (a department manager: those for their departments or
        their people)."""
        self._require_manager(QT_TRANSLATE_NOOP("Access", "see assignments"))
        found = self._store.assignments()
        if self.departments_managed is None:
            return found
        return [a for a in found if self._assignment_in_reach(a)]

    def _assignment_in_reach(self, assignment: Assignment) -> bool:
        """Whether a department manager may make (or remove) this assignment: to one of
        their departments, or to one of their people."""
        if self.departments_managed is None:
            return True
        if assignment.target_kind == AssignmentTarget.DEPARTMENT:
            return self._reaches_department(assignment.target)
        if assignment.target_kind == AssignmentTarget.EMPLOYEE:
            employee = self._store.employee(assignment.target or "")
            return employee is not None and self.reaches(employee)
        return False  # everyone, or a role: beyond their departments

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
        self._require_manager(QT_TRANSLATE_NOOP("Access", "assign training"))
        if self.departments_managed is not None:
            wanted = Assignment("", AssignmentTarget(target_kind), target, "", "", "")
            if not self._assignment_in_reach(wanted):
                raise AccessDenied(
                    QT_TRANSLATE_NOOP(
                        "Access",
                        "a department manager assigns training only to their departments or to "
                        "one of their people",
                    )
                )
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

    def extend_due(self, employee_ids: list[str], lesson_id: str, until: dt.date) -> None:
        """Give these people until ``until`` for one lesson (their earliest due date otherwise
        wins); audited. A department manager only for their people."""
        self._require_manager(QT_TRANSLATE_NOOP("Access", "extend due dates"))
        if lesson_id not in self.course.lessons:
            raise StoreError(
                QT_TRANSLATE_NOOP("Access", "no lesson '{lesson}' in the course").format(
                    lesson=lesson_id
                )
            )
        for employee_id in employee_ids:
            self._require_reach(employee_id)
        for employee_id in employee_ids:
            self._store.extend_due(employee_id, lesson_id, until.isoformat(), self.employee.id)
        self._changed()

    def revoke(self, assignment_id: str) -> None:
        self._require_manager(QT_TRANSLATE_NOOP("Access", "remove assignments"))
        found = next((a for a in self._store.assignments(True) if a.id == assignment_id), None)
        if found is not None and not self._assignment_in_reach(found):
            raise AccessDenied(
                QT_TRANSLATE_NOOP(
                    "Access", "you may remove only the assignments for your departments"
                )
            )
        self._store.revoke_assignment(assignment_id, self.employee.id)
        self._changed()

    def audit_log(self, limit: int | None = None, action: str | None = None) -> list[AuditEntry]:
        """Who changed what, newest first (company managers: it names everyone)."""
        self._require_company_manager(QT_TRANSLATE_NOOP("Access", "read the audit log"))
        return self._store.audit_entries(limit, action)

    def audit_page(
        self, where: AuditFilter | None = None, limit: int | None = None, offset: int = 0
    ) -> list[AuditEntry]:
        """One page of the audit entries ``where`` selects, newest first (searched in SQL)."""
        self._require_company_manager(QT_TRANSLATE_NOOP("Access", "read the audit log"))
        return self._store.audit_page(where, limit, offset)

    def audit_count(self, where: AuditFilter | None = None) -> int:
        """How many audit entries ``where`` selects."""
        self._require_company_manager(QT_TRANSLATE_NOOP("Access", "read the audit log"))
        return self._store.audit_count(where)
