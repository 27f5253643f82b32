"""One employee's training record as a JSON file, with the chain head an auditor keeps.

The file holds every attempt (with its result, chain link and answers exactly as stored, so
each ``record_hash`` can be recomputed from the file alone; see ``store/chain.py``), the
lesson completions, and ``chain_head``: the newest link of the employee's hash chain. Kept
apart from the database, the head later shows whether records were deleted from the end
of the chain, which nothing inside the database can show.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from sellertrain.core.store import Store

log = logging.getLogger(__name__)

RECORD_FORMAT = "sellertrain-employee-record"
RECORD_VERSION = 1


def employee_record(store: Store, employee_id: str) -> dict[str, Any]:
    """Everything recorded about one employee's training, as plain JSON values."""
    employee = store.employee(employee_id)
    if employee is None:
        raise KeyError(employee_id)
    head = store.chain_head(employee_id)
    completions = [
        {"lesson_id": e["lesson_id"], "lesson_version": e["lesson_version"], "at": e["at"]}
        for e in store.lesson_events(employee_id)
        if e["kind"] == "completed"
    ]
    return {
        "format": RECORD_FORMAT,
        "version": RECORD_VERSION,
        "exported_at": store.now(),
        "employee": {
            "id": employee.id,
            "name": employee.name,
            "role": employee.role.value,
            "department": employee.department,
            "created_at": employee.created_at,
            "active": employee.active,
        },
        "chain_head": {"seq": head.seq, "hash": head.hash} if head else None,
        "check": (
            f'sellertrain verify-records --employee "{employee.name}" --head {head.hash}'
            if head
            else None
        ),
        "attempts": store.record_rows(employee_id),
        "lesson_completions": completions,
    }


def record_json(record: dict[str, Any]) -> str:
    """The record as the text of its file (UTF-8 JSON, indented for reading)."""
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def write_record(path: Path, record: dict[str, Any]) -> None:
    """Write the record to ``path``; OSError when the file cannot be written."""
    path.write_text(record_json(record), encoding="utf-8", newline="\n")
    log.info("exported the record of %s to %s", record["employee"]["name"], path)
