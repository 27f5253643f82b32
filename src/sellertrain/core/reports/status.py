"""One employee's required training as ``sellertrain status`` prints it (text or JSON).

The values are the requirements rule's (core/training/requirements.py): the same states and
verdict the team table and the learner's Home show.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sellertrain.core.i18n import Translator
from sellertrain.core.language import ENGLISH
from sellertrain.core.models import Course, Employee
from sellertrain.core.training.requirements import Standing


def status_report(
    course: Course, employee: Employee, standing: Standing, today: dt.date
) -> dict[str, Any]:
    """The employee's required items, in due-date order, and the verdict, as plain data."""
    items = []
    for item in standing.by_due_date():
        lesson = course.lessons[item.lesson_id]
        items.append(
            {
                "lesson": lesson.id,
                "title": lesson.title,
                "module": lesson.module,
                "due": item.due.isoformat() if item.due else None,
                "state": item.state.value,
                "due_soon": item.due_soon(today),
                "every_months": item.every_months,
            }
        )
    return {
        "employee": employee.name,
        "role": employee.role.value,
        "department": employee.department,
        "joined": employee.joined or None,
        "today": today.isoformat(),
        "verdict": standing.verdict.value,
        "required": len(standing.items),
        "done": standing.done,
        "items": items,
    }


def status_text(report: dict[str, Any], language: str = ENGLISH) -> str:
    """The report as aligned plain text: a header line, then one line per required item."""
    tx = Translator(language)
    department = report["department"] or tx.translate("StatusCommand", "no department")
    head = tx.translate(
        "StatusCommand",
        "{employee} ({role}, {department}, joined {joined}): {verdict}, "
        "{done} of {required} required done",
    )
    lines = [
        head.format(
            employee=report["employee"],
            role=tx.status(report["role"]),
            department=department,
            joined=report["joined"],
            verdict=tx.status(report["verdict"]),
            done=report["done"],
            required=report["required"],
        )
    ]
    if not report["items"]:
        lines.append("  " + tx.translate("StatusCommand", "nothing is required"))
    width = max((len(item["title"]) for item in report["items"]), default=0)
    for item in report["items"]:
        if item["due"]:
            due = tx.translate("StatusCommand", "due {date}").format(date=item["due"])
        else:
            due = tx.translate("StatusCommand", "no due date")
        if item["due_soon"]:
            due += tx.translate("StatusCommand", " (due soon)")
        if item["every_months"]:
            every = tx.translate("StatusCommand", ", every {n} months")
            due += every.format(n=item["every_months"])
        lines.append(f"  {item['title']:<{width}}  {tx.status(item['state']):<13}  {due}")
    return "\n".join(lines)
