"""A child process for the fault tests: writes quiz attempts and reports each one saved.

Usage: python writer.py DB_PATH NAME [COUNT]. Prints ``saved <attempt id>`` after each
attempt's transaction has committed, so the parent knows what must survive a kill.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sellertrain.core.store import AnswerToSave, Store

ANSWERS_PER_ATTEMPT = 12


def main() -> None:
    path, name = Path(sys.argv[1]), sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
    store = Store.create(path)  # the first run makes the file, later runs reopen it
    employee = store.employee_by_name(name) or store.add_employee(name, "learner", "pass-1234")
    print("ready", flush=True)
    for number in range(count):
        attempt = store.start_attempt(employee.id, "quiz", "v1", number)
        for question in range(3):
            store.save_draft_answer(attempt.id, f"q{question}", {question % 2})
        answers = [
            AnswerToSave(
                f"q{i}", i, frozenset({i % 3}), (f"option {i % 3}",), i % 2 == 0, float(i % 2 == 0)
            )
            for i in range(ANSWERS_PER_ATTEMPT)
        ]
        store.finish_attempt(attempt.id, 50.0, False, answers)
        print("saved", attempt.id, flush=True)
    store.close()


if __name__ == "__main__":
    main()
