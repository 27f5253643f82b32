"""The template text of a new lesson or quiz, and where a file still holds it.

The studio's templates are made of these sentences; ``sellertrain check`` (and the studio's
problems panel) warns when a published file still holds one, since learners would read it.
"""

from __future__ import annotations

import re

from sellertrain.core.message import QT_TRANSLATE_NOOP

LESSON_SUMMARY = "One sentence for the outline that says what the learner will be able to do."
LESSON_GOALS = ("name the rule this lesson is about;", "apply it to an everyday case.")
LESSON_RULE = (
    "Explain the platform rule in plain words. Say where it comes from and when it applies."
)
LESSON_KEY_RULE = "State the rule in one or two sentences."
LESSON_STEPS = "Describe the steps a seller takes, in order."
LESSON_CASE = "Describe a realistic case and what the right action is."
QUIZ_QUESTION = "Write the first question here?"
QUIZ_OPTIONS = (
    "The correct answer",
    "A wrong answer that sounds plausible",
    "Another wrong answer",
)
QUIZ_EXPLANATION = "Explain why the correct answer is right, not only what it is."
QUIZ_STATEMENT = "Write a statement to judge true or false"
QUIZ_STATEMENT_EXPLANATION = "Explain why the statement is true."

PLACEHOLDERS = frozenset(
    (
        LESSON_SUMMARY,
        *LESSON_GOALS,
        LESSON_RULE,
        LESSON_KEY_RULE,
        LESSON_STEPS,
        LESSON_CASE,
        QUIZ_QUESTION,
        *QUIZ_OPTIONS,
        QUIZ_EXPLANATION,
        QUIZ_STATEMENT,
        QUIZ_STATEMENT_EXPLANATION,
    )
)
# what may come before a sentence on its line: a front matter key, a heading, a list item
# (a quiz option's box too) or a quote
_MARKERS = re.compile(r"^(?:summary:|#{1,6}|[-*+](?:\s*\[[ xX]\])?|>)\s*")


def placeholder_lines(text: str) -> list[tuple[int, str]]:
    """``(line, sentence)`` for every line of ``text`` that is still a template sentence."""
    found = []
    for number, line in enumerate(text.split("\n"), start=1):
        rest = line.strip()
        while (match := _MARKERS.match(rest)) is not None and match.end() > 0:
            rest = rest[match.end() :]
        if rest in PLACEHOLDERS:
            found.append((number, rest))
    return found


def placeholder_message(sentence: str) -> str:
    """The warning for template text left in a published file."""
    shown = sentence if len(sentence) <= 50 else sentence[:47] + "..."
    return QT_TRANSLATE_NOOP(
        "Content",
        "template text left in a published file: '{shown}' (write your own, or "
        "put 'status: draft' in the front matter until it is ready)",
    ).format(shown=shown)
