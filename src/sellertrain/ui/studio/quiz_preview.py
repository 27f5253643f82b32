"""The author studio's quiz preview: every question as learners see it, and, in the author's
view, what earns marks (correct options, weights, accepted answers and numbers, matching
pairs), each option's feedback and the explanation.

Plain functions build the HTML from the editor's text; the studio's preview pane shows it.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sellertrain.core.content import frontmatter
from sellertrain.core.content.quiz_parser import parse_quiz_body
from sellertrain.core.content.render import render_markdown
from sellertrain.core.models import AcceptedAnswer, Course, NumericAnswer, Question
from sellertrain.core.models import QuestionKind as Kind
from sellertrain.ui.studio.common import questions_text
from sellertrain.ui.translations import localized

GREEN, GREY, MUTED, DARK = "#137333", "#374151", "#6b7280", "#4b5563"
ITEM = "margin:3px 0 3px 12px;"


def notice(text: str, colour: str = "#c5221f", background: str = "#fdecea") -> str:
    """A coloured box above the preview (errors, by default)."""
    return (
        f'<table width="100%" cellpadding="8" bgcolor="{background}" '
        f'style="border: 1px solid {colour}; margin-bottom: 10px;"><tr><td>'
        f'<span style="color:{colour};">{html.escape(text)}</span></td></tr></table>'
    )


def _p(text: str, colour: str = GREY, style: str = ITEM, bold: bool = False) -> str:
    weight = " font-weight:600;" if bold else ""
    return f'<p style="{style} color:{colour};{weight}">{html.escape(text)}</p>'


def percent(fraction: float) -> str:
    """A weight as the author wrote it: 0.5 -> "50%"."""
    return f"{fraction * 100:.5g}%"


def quiz_html(
    root: Path, path: Path, text: str, course: Course, has_errors: bool, learner: bool = False
) -> str:
    """The quiz in ``text``: its settings, then every question; ``learner`` shows it as
    learners see it (no marks), else with the answers, weights and feedback marked."""
    warning = ""
    if has_errors:
        warning = notice(
            QCoreApplication.translate(
                "AuthorScreen", "Learners do not see this quiz until the errors below are fixed."
            )
        )
    try:
        doc = frontmatter.split(text)
    except frontmatter.FrontMatterError as exc:
        return warning + notice(localized(exc.message))
    _intro, questions, _ = parse_quiz_body(doc.body, doc.body_line)
    meta = doc.meta
    title = meta["title"] if isinstance(meta.get("title"), str) else ""
    facts = [questions_text(len(questions))]
    if isinstance(meta.get("draw"), int):
        facts.append(
            QCoreApplication.translate("AuthorScreen", "{n} drawn per attempt").format(
                n=meta["draw"]
            )
        )
    if isinstance(meta.get("pass_mark"), int):
        facts.append(
            QCoreApplication.translate("AuthorScreen", "pass mark {mark}%").format(
                mark=meta["pass_mark"]
            )
        )
    if isinstance(meta.get("time_limit"), int):
        facts.append(
            QCoreApplication.translate("AuthorScreen", "{m} minutes").format(m=meta["time_limit"])
        )
    if meta.get("shuffle", True) is not False:
        facts.append(
            QCoreApplication.translate(
                "AuthorScreen", "questions and options shuffled for each attempt"
            )
        )
    key = (
        QCoreApplication.translate(
            "AuthorScreen", "As learners see it (in file order; no answers marked)."
        )
        if learner
        else QCoreApplication.translate(
            "AuthorScreen",
            "✔ marks what earns marks, with weights and feedback (only you see them).",
        )
    )
    parts = [
        warning,
        f"<h1>{html.escape(title)}</h1>",
        _p(" · ".join(facts), DARK, ""),
        _p(key, MUTED if learner else GREEN, ""),
    ]
    parts += [
        question_html(number, question, root, path, course, learner)
        for number, question in enumerate(questions, start=1)
    ]
    return "".join(parts)


def kind_hint(kind: Kind) -> str:
    """What the quiz screen tells the learner to do, as it says it."""
    return {
        Kind.MULTIPLE: QCoreApplication.translate("AuthorScreen", "Select all that apply."),
        Kind.SHORT_ANSWER: QCoreApplication.translate("AuthorScreen", "Type your answer."),
        Kind.NUMERICAL: QCoreApplication.translate("AuthorScreen", "Type a number."),
        Kind.MATCHING: QCoreApplication.translate(
            "AuthorScreen", "Choose the matching answer for each item."
        ),
    }.get(kind, QCoreApplication.translate("AuthorScreen", "Choose one answer."))


def question_html(
    number: int, question: Question, root: Path, path: Path, course: Course, learner: bool = False
) -> str:
    """One question of the quiz at ``path`` in a box, as learners or as its author sees it."""
    rows = [f"<h3>{number}. {html.escape(question.text)}</h3>"]
    if question.context:
        rows.append(render_markdown(question.context, path.parent, root / "assets"))
    rows.append(f'<p style="color:{MUTED};"><i>{html.escape(kind_hint(question.kind))}</i></p>')
    if question.kind.is_choice:
        rows += _choices(question, learner)
    elif question.kind is Kind.SHORT_ANSWER:
        rows.append(_field(QCoreApplication.translate("AuthorScreen", "Your answer")))
        if not learner:
            rows.append(
                _accepted(
                    QCoreApplication.translate("AuthorScreen", "Accepted answers:"),
                    question.accepted,
                )
            )
    elif question.kind is Kind.NUMERICAL:
        rows.append(_field(QCoreApplication.translate("AuthorScreen", "e.g. 48")))
        if not learner:
            rows.append(
                _accepted(
                    QCoreApplication.translate("AuthorScreen", "Accepted numbers:"),
                    question.numbers,
                )
            )
    elif question.kind is Kind.MATCHING:
        rows += _matching(question, learner)
    if question.explanation and not learner:
        why = html.escape(QCoreApplication.translate("AuthorScreen", "Why:"))
        rows.append(
            f'<p style="color:{GREY}; background-color:#f3f4f6;"><b>{why}</b> '
            f"{html.escape(question.explanation)}</p>"
        )
    if question.tests_lesson and not learner:
        rows.append(f'<p style="color:#7c3aed;">{html.escape(tests_text(question, course))}</p>')
    return (
        '<table width="98%" cellpadding="10" cellspacing="0" '
        'style="border: 1px solid #e5e7eb; margin-bottom: 12px;"><tr><td>'
        + "".join(rows)
        + "</td></tr></table>"
    )


def _choices(question: Question, learner: bool) -> list[str]:
    box = "☐" if question.kind is Kind.MULTIPLE else "○"
    weighted = any(option.weight is not None for option in question.options)
    rows = []
    for option in question.options:
        if learner:
            rows.append(_p(f"{box} {option.text}"))
            continue
        weight = f" ({percent(option.weight)})" if weighted and option.weight is not None else ""
        if option.correct:
            rows.append(_p(f"✔ {option.text}{weight}", GREEN, bold=True))
        else:
            rows.append(_p(f"{box} {option.text}{weight}"))
        if option.feedback:
            rows.append(
                _p(
                    QCoreApplication.translate("AuthorScreen", "↳ Feedback: {text}").format(
                        text=option.feedback
                    ),
                    MUTED,
                    "margin:0 0 4px 34px; font-style:italic;",
                )
            )
    return rows


def _field(placeholder: str) -> str:
    """A text box as the quiz screen shows it, with its grey placeholder."""
    return (
        '<table cellpadding="6" cellspacing="0" width="60%" style="border: 1px solid #9ca3af; '
        f'margin:4px 0 6px 12px;"><tr><td><span style="color:#9ca3af;">{html.escape(placeholder)}'
        "</span></td></tr></table>"
    )


def _answer_text(answer: AcceptedAnswer | NumericAnswer) -> str:
    if isinstance(answer, AcceptedAnswer):
        text = answer.text
    elif answer.value is not None and answer.tolerance:
        text = f"{answer.value:g} ± {answer.tolerance:g}"
    elif answer.low == answer.high:
        text = f"{answer.low:g}"
    else:
        text = f"{answer.low:g}..{answer.high:g}"
    return f"{text} ({percent(answer.weight)})"


def _accepted(label: str, answers: tuple[AcceptedAnswer, ...] | tuple[NumericAnswer, ...]) -> str:
    items = "".join(
        _p(f"✔ {_answer_text(answer)}", GREEN if answer.weight >= 1 else DARK, bold=True)
        for answer in answers
    )
    return _p(label, DARK, "margin:6px 0 0 12px;") + items


def _matching(question: Question, learner: bool) -> list[str]:
    rows = []
    for pair in question.pairs:
        if learner:
            rows.append(
                _p(
                    "{} ▾ {}".format(
                        pair.left, QCoreApplication.translate("AuthorScreen", "— choose —")
                    )
                )
            )
        else:
            rows.append(_p(f"✔ {pair.left} → {pair.right}", GREEN, bold=True))
    choices = " · ".join(question.match_choices)
    rows.append(
        _p(
            QCoreApplication.translate(
                "AuthorScreen", "Answers to choose from (shuffled): {choices}"
            ).format(choices=choices),
            MUTED,
            "margin:6px 0 0 12px;",
        )
    )
    if not learner:
        for extra in question.distractors:
            rows.append(
                _p(
                    QCoreApplication.translate(
                        "AuthorScreen", "✘ Extra wrong answer: {text}"
                    ).format(text=extra),
                    MUTED,
                )
            )
    return rows


def tests_text(question: Question, course: Course) -> str:
    """Which lesson (and section) a question tests, by title: "Tests: Lesson › Section"."""
    lesson_id = question.tests_lesson or ""
    lesson = course.lessons.get(lesson_id) or course.drafts.lessons.get(lesson_id)
    if lesson is None:
        return QCoreApplication.translate("AuthorScreen", "Tests: lesson '{id}'").format(
            id=question.tests_lesson
        )
    section = next((s for s in lesson.sections if s.anchor == question.tests_anchor), None)
    where = f"{lesson.title} › {section.title}" if section else lesson.title
    return QCoreApplication.translate("AuthorScreen", "Tests: {where}").format(where=where)
