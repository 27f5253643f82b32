"""Our GIFT reading in the shape of ``expected_summary.json`` (Moodle's importer, normalised)."""

from __future__ import annotations

from typing import Any

from sellertrain.core.interchange.gift_values import GiftFile, GiftQuestion


def norm(text: str | None) -> str | None:
    """Texts are compared after whitespace normalisation, as the interop README says."""
    return None if text is None else " ".join(text.split())


def _number(value: float) -> float:
    return round(float(value), 6)


def question_summary(question: GiftQuestion) -> dict[str, Any]:
    """The fields the summary holds for one question, texts normalised."""
    data: dict[str, Any] = {
        "type": question.kind,
        "title": question.title,
        "text": norm(question.text),
        "text_format": question.text_format,
        "category": question.category,
        "general_feedback": norm(question.general_feedback),
        "idnumber": question.idnumber,
        "tags": list(question.tags),
    }
    if question.type == "multichoice":
        data["choices"] = [
            (norm(a.text), _number(a.fraction * 100), norm(a.feedback)) for a in question.answers
        ]
        data["correct"] = [norm(a.text) for a in question.answers if question.is_correct(a)]
    elif question.type == "truefalse":
        data["answer"] = question.correct_answer
        data["feedback_if_true_chosen"] = norm(question.feedback_true)
        data["feedback_if_false_chosen"] = norm(question.feedback_false)
    elif question.type == "shortanswer":
        data["answers"] = [
            (norm(a.text), _number(a.fraction * 100), norm(a.feedback)) for a in question.answers
        ]
    elif question.type == "matching":
        data["pairs"] = [[norm(p.question), norm(p.answer)] for p in question.pairs if p.question]
        data["extra_wrong_answers"] = [norm(a) for a in question.extra_wrong_answers]
    elif question.type == "numerical":
        data["answers"] = [
            (
                "*" if n.value is None else _number(n.value),
                None if n.tolerance is None else _number(n.tolerance),
                None if n.accepted_range is None else [_number(x) for x in n.accepted_range],
                _number(n.fraction * 100),
                norm(n.feedback),
            )
            for n in question.numbers
        ]
    return data


def expected_question(expected: dict[str, Any]) -> dict[str, Any]:
    """A question of ``expected_summary.json`` in the same shape (absent fields filled in)."""
    data: dict[str, Any] = {
        "type": expected["type"],
        "title": expected.get("title"),
        "text": norm(expected.get("text", "")),
        "text_format": expected.get("text_format", "moodle"),
        "category": expected.get("category"),
        "general_feedback": norm(expected.get("general_feedback", "")),
        "idnumber": expected.get("idnumber", ""),
        "tags": list(expected.get("tags", [])),
    }
    kind = expected["type"]
    if kind in ("multiple_choice", "multiple_answers"):
        data["choices"] = [
            (norm(c["text"]), _number(c["weight"]), norm(c.get("feedback", "")))
            for c in expected["choices"]
        ]
        data["correct"] = [norm(t) for t in expected["correct"]]
    elif kind == "true_false":
        data["answer"] = expected["answer"]
        data["feedback_if_true_chosen"] = norm(expected.get("feedback_if_true_chosen", ""))
        data["feedback_if_false_chosen"] = norm(expected.get("feedback_if_false_chosen", ""))
    elif kind == "short_answer":
        data["answers"] = [
            (norm(a["text"]), _number(a["weight"]), norm(a.get("feedback", "")))
            for a in expected["answers"]
        ]
    elif kind == "matching":
        data["pairs"] = [[norm(q), norm(a)] for q, a in expected.get("pairs", [])]
        data["extra_wrong_answers"] = [norm(a) for a in expected.get("extra_wrong_answers", [])]
    elif kind == "numerical":
        data["answers"] = [
            (
                "*" if a["value"] == "*" else _number(a["value"]),
                None if a.get("tolerance") is None else _number(a["tolerance"]),
                None
                if a.get("accepted_range") is None
                else [_number(x) for x in a["accepted_range"]],
                _number(a["weight"]),
                norm(a.get("feedback", "")),
            )
            for a in expected["answers"]
        ]
    return data


def file_summary(gift: GiftFile) -> dict[str, Any]:
    """Count, categories and types of a file, as in the summary."""
    return {
        "question_count": len(gift.questions),
        "categories": list(gift.categories),
        "types": [q.kind for q in gift.questions],
    }


def _text_field(text: str, fmt: str) -> dict[str, str]:
    return {"text": text, "format": fmt}


def moodle_fields(question: GiftQuestion) -> dict[str, Any]:
    """Our reading under Moodle's own field names (those ``giftformat_test.php`` asserts)."""
    qtype = {"matching": "match"}.get(question.type, question.type)
    data: dict[str, Any] = {
        "name": question.title,
        "questiontext": question.text,
        "questiontextformat": question.text_format,
        "generalfeedback": question.general_feedback,
        "generalfeedbackformat": question.general_feedback_format,
        "qtype": qtype,
        "idnumber": question.idnumber,
        "tags": list(question.tags),
    }
    if qtype == "multichoice":
        data["single"] = int(question.single)
        data["answer"] = [_text_field(a.text, a.format) for a in question.answers]
        data["fraction"] = [a.fraction for a in question.answers]
        data["feedback"] = [_text_field(a.feedback, a.feedback_format) for a in question.answers]
    elif qtype == "shortanswer":
        data["answer"] = [a.text for a in question.answers]
        data["fraction"] = [a.fraction for a in question.answers]
        data["feedback"] = [_text_field(a.feedback, a.feedback_format) for a in question.answers]
    elif qtype == "numerical":
        data["answer"] = ["*" if n.value is None else n.value for n in question.numbers]
        data["fraction"] = [n.fraction for n in question.numbers]
        data["tolerance"] = ["" if n.tolerance is None else n.tolerance for n in question.numbers]
        data["feedback"] = [_text_field(n.feedback, n.feedback_format) for n in question.numbers]
    elif qtype == "truefalse":
        true_format, false_format = question.tf_feedback_formats
        data["correctanswer"] = int(bool(question.correct_answer))
        data["feedbacktrue"] = _text_field(question.feedback_true, true_format)
        data["feedbackfalse"] = _text_field(question.feedback_false, false_format)
    elif qtype == "match":
        data["subquestions"] = [_text_field(p.question, p.format) for p in question.pairs]
        data["subanswers"] = [p.answer for p in question.pairs]
    return data


def same_value(ours: Any, theirs: Any) -> bool:
    """Moodle's values compared with ours: numbers as numbers (``"3"`` is 3), dicts on the keys
    Moodle gives."""
    if isinstance(theirs, dict):
        return isinstance(ours, dict) and all(same_value(ours.get(k), v) for k, v in theirs.items())
    if isinstance(theirs, list):
        return (
            isinstance(ours, list)
            and len(ours) == len(theirs)
            and all(same_value(a, b) for a, b in zip(ours, theirs, strict=True))
        )
    if isinstance(ours, float) and not isinstance(theirs, bool):
        try:
            return abs(ours - float(theirs)) < 1e-9
        except (TypeError, ValueError):
            return False
    return ours == theirs
