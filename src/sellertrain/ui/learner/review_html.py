"""HTML for reviewing a finished attempt, shared by the results screen and the manager's view."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from sellertrain.core.models import QuestionKind
from sellertrain.core.training.attempts import AttemptReview, ReviewItem


def item_html(item: ReviewItem) -> str:
    """One reviewed question: options with the learner's picks, the key, the explanation."""
    mark = "✔" if item.correct else ("◐" if item.score > 0 else "✘")
    colour = "#137333" if item.correct else ("#b06000" if item.score > 0 else "#c5221f")
    rows = []
    for position, text in enumerate(item.options):
        chosen = position in item.selected_positions
        right = position in item.correct_positions
        if right and chosen:
            note, style = (
                QCoreApplication.translate("SellerTrain", "your answer, correct"),
                "color:#137333; font-weight:600;",
            )
        elif right:
            note, style = (
                QCoreApplication.translate("SellerTrain", "correct answer"),
                "color:#137333;",
            )
        elif chosen:
            note, style = (
                QCoreApplication.translate("SellerTrain", "your answer, wrong"),
                "color:#c5221f; font-weight:600;",
            )
        else:
            note, style = "", "color:#374151;"
        box = "☑" if chosen else "☐"
        suffix = f" <i>({html.escape(note)})</i>" if note else ""
        rows.append(
            f'<p style="{style} margin:2px 0 2px 12px;">{box} {html.escape(text)}{suffix}</p>'
        )
    if not item.kind.is_choice:
        rows = _typed_rows(item)
    why = QCoreApplication.translate("SellerTrain", "Why:")  # not in the f-string: lupdate
    again = QCoreApplication.translate("SellerTrain", "Read this section again")
    explanation = (
        f'<p style="color:#374151; background-color:#f3f4f6;"><b>{why}</b> '
        f"{html.escape(item.explanation)}</p>"
        if item.explanation
        else ""
    )
    link = ""
    if not item.correct and item.tests_lesson:
        target = item.tests_lesson + (f"#{item.tests_anchor}" if item.tests_anchor else "")
        link = f'<p><a href="lesson:{html.escape(target)}">{again}</a></p>'
    return (
        f'<h3><span style="color:{colour};">{mark}</span> {item.number}. {html.escape(item.text)}</h3>'
        + "".join(rows)
        + explanation
        + link
    )


def _typed_rows(item: ReviewItem) -> list[str]:
    """Typed answers and matching: what the learner gave beside what was expected."""
    colour = "#137333" if item.correct else "#c5221f"
    given = "; ".join(item.given) if item.kind is not QuestionKind.MATCHING else ""
    if item.kind is QuestionKind.MATCHING:
        rows = []
        for gave, right in zip(
            item.given or ("",) * len(item.expected), item.expected, strict=False
        ):
            ok = gave.strip() == right.strip()
            style = "color:#137333;" if ok else "color:#c5221f; font-weight:600;"
            note = (
                QCoreApplication.translate("SellerTrain", "correct")
                if ok
                else QCoreApplication.translate("SellerTrain", "correct: {pair}").format(pair=right)
            )
            shown = gave if gave.split("->", 1)[-1].strip() else right.split("->")[0] + "-> –"
            rows.append(
                f'<p style="{style} margin:2px 0 2px 12px;">{html.escape(shown)}'
                f" <i>({html.escape(note)})</i></p>"
            )
        return rows
    answer = (
        html.escape(given)
        if given
        else "<i>{}</i>".format(QCoreApplication.translate("SellerTrain", "no answer"))
    )
    accepted = html.escape("; ".join(item.expected))
    yours = QCoreApplication.translate("SellerTrain", "Your answer:")
    accepted_label = QCoreApplication.translate("SellerTrain", "Accepted:")
    return [
        f'<p style="margin:2px 0 2px 12px; color:{colour};"><b>{yours}</b> {answer}</p>',
        f'<p style="margin:2px 0 2px 12px; color:#137333;"><b>{accepted_label}</b> {accepted}</p>',
    ]


def review_html(review: AttemptReview) -> str:
    return "".join(item_html(item) for item in review.items)
