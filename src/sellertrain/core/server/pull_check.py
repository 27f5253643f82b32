"""Verify on pull: a manager's PC checks what it received before trusting its reports.

The hash chains of the employees whose results arrived are walked again, and each pulled
result is scored again from its answers: the percentage from the answers' own scores, and,
where this PC's content holds the quiz at the version the attempt was taken in, each answer
from the learner's response by the quiz's own rules. The quizzes are the course's as it is
after the sync: a quiz file the same sync wrote is read again (``quizzes_after_pull``), so a
result taken under a version that arrived with it is rescored at once, not at a later pull. A desktop that wrote a result whose
chain is consistent but whose score was not earned is caught here. Each mismatch is one
problem (who, which record, what is wrong); ``sync`` keeps them in the database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sellertrain.core.content.quizzes import quiz_from_text
from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.received import PulledProblem
from sellertrain.core.training import responses
from sellertrain.core.training.engine import score_question

if TYPE_CHECKING:
    from sellertrain.core.models import Course, Quiz
    from sellertrain.core.store.database import Store

TOLERANCE = 0.01  # scores are stored rounded to 2 decimals (percent) and 6 (per answer)


def pulled_results_mark(store: Store) -> int:
    """The last local rowid of attempt_results: what a pull adds comes after it."""
    return int(
        store.conn.execute("SELECT coalesce(max(rowid), 0) FROM attempt_results").fetchone()[0]
    )


def quizzes_after_pull(
    course: Course | None, content_root: Path | None, written: Sequence[str]
) -> dict[str, Quiz]:
    """The quizzes to rescore with: ``course``'s, with each quiz file this sync wrote into
    ``content_root`` (``written``: paths inside it) read again. A file that cannot be read or
    does not make a quiz leaves the course's quiz as it was."""
    quizzes = dict(course.quizzes) if course is not None else {}
    if content_root is None:
        return quizzes
    for relative in written:
        folder, _, name = relative.partition("/")
        if folder != "quizzes" or not name.endswith(".md") or "." in name[: -len(".md")]:
            continue  # a lesson, an asset or a language variant: nothing to score with
        path = Path(content_root) / folder / name
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        quiz, _problems = quiz_from_text(path, text)
        if quiz is not None:
            quizzes[quiz.id] = quiz
    return quizzes


def check_pulled(
    store: Store, after_rowid: int, quizzes: Mapping[str, Quiz]
) -> list[PulledProblem]:
    """One problem each in the results pulled after ``after_rowid`` (and their chains);
    ``quizzes`` (by id) rescore the answers of results taken under their version."""
    rows = store.conn.execute(
        "SELECT r.id, r.attempt_id, r.score, r.status, a.employee_id, a.quiz_id, a.quiz_version,"
        " coalesce(e.name, a.employee_id) FROM attempt_results AS r"
        " JOIN attempts AS a ON a.id = r.attempt_id LEFT JOIN employees AS e"
        " ON e.id = a.employee_id WHERE r.rowid > ? ORDER BY r.rowid",
        (after_rowid,),
    ).fetchall()
    if not rows:
        return []
    employees = {row[4] for row in rows}
    report = store.verify_records()
    problems = [
        PulledProblem(p.employee_id, p.employee, p.message, p.attempt_id)
        for p in report.problems
        if p.employee_id in employees
    ]
    for result_id, attempt_id, score, status, employee_id, quiz_id, version, name in rows:
        if status == "abandoned":
            continue
        answers = store.conn.execute(
            "SELECT question_id, selected, score FROM answers WHERE attempt_id = ?",
            (attempt_id,),
        ).fetchall()
        if not answers:
            continue
        percent = round(100.0 * sum(a[2] for a in answers) / len(answers), 2)
        if abs(percent - score) > TOLERANCE:
            message = QT_TRANSLATE_NOOP(
                "Server",
                "result {result} of {quiz} says {score} % but its answers add up to "
                "{percent} %: the result was not scored by SellerTrain",
            ).format(result=result_id, quiz=quiz_id, score=f"{score:g}", percent=f"{percent:g}")
            problems.append(PulledProblem(employee_id, name, message, result_id, quiz_id))
            continue
        quiz = quizzes.get(quiz_id)
        if quiz is None or quiz.version != version:
            continue  # the quiz as it was is not on this PC: the answers' own scores stand
        questions = {q.id: q for q in quiz.questions}
        for question_id, selected, given in answers:
            question = questions.get(question_id)
            if question is None:
                continue
            earned = score_question(question, responses.decode(selected))
            if abs(earned - given) > TOLERANCE:
                message = QT_TRANSLATE_NOOP(
                    "Server",
                    "result {result} of {quiz} (version {version}) gives question "
                    "{question} {given} but the answer earns {earned}",
                ).format(
                    result=result_id,
                    quiz=quiz_id,
                    version=version,
                    question=question_id,
                    given=f"{given:g}",
                    earned=f"{earned:g}",
                )
                problems.append(PulledProblem(employee_id, name, message, result_id, quiz_id))
                break
    return problems
