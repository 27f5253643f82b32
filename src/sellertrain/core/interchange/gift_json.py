"""A read GIFT file as JSON-ready data (what ``import-gift --json`` prints)."""

from __future__ import annotations

from typing import Any

from sellertrain.core.interchange.gift_values import GiftFile, GiftQuestion


def _percent(fraction: float) -> float:
    value = round(fraction * 100, 5)
    return int(value) if value == int(value) else value


def question_json(question: GiftQuestion) -> dict[str, Any]:
    """One question as JSON-ready data (weights in percent)."""
    data: dict[str, Any] = {
        "line": question.line,
        "type": question.type,
        "kind": question.kind,
        "title": question.title,
        "text": question.text,
        "text_format": question.text_format,
        "category": question.category,
        "general_feedback": question.general_feedback,
    }
    if question.idnumber:
        data["idnumber"] = question.idnumber
    if question.tags:
        data["tags"] = list(question.tags)
    if question.type == "multichoice":
        data["options"] = [
            {
                "text": a.text,
                "format": a.format,
                "correct": question.is_correct(a),
                "weight": _percent(a.fraction),
                "feedback": a.feedback,
            }
            for a in question.answers
        ]
    elif question.type == "truefalse":
        data["answer"] = question.correct_answer
        data["feedback_if_true_chosen"] = question.feedback_true
        data["feedback_if_false_chosen"] = question.feedback_false
    elif question.type == "shortanswer":
        data["answers"] = [
            {"text": a.text, "weight": _percent(a.fraction), "feedback": a.feedback}
            for a in question.answers
        ]
    elif question.type == "numerical":
        data["numbers"] = [
            {
                "value": "*" if n.value is None else n.value,
                "tolerance": n.tolerance,
                "accepted_range": list(n.accepted_range) if n.accepted_range else None,
                "weight": _percent(n.fraction),
                "feedback": n.feedback,
            }
            for n in question.numbers
        ]
    elif question.type == "matching":
        data["pairs"] = [[p.question, p.answer] for p in question.pairs if p.question]
        data["extra_wrong_answers"] = list(question.extra_wrong_answers)
    return data


def to_json(gift: GiftFile) -> dict[str, Any]:
    """The whole file as JSON-ready data: categories, questions, problems."""
    return {
        "categories": list(gift.categories),
        "questions": [question_json(q) for q in gift.questions],
        "problems": [{"line": p.line, "message": p.message} for p in gift.problems],
    }
