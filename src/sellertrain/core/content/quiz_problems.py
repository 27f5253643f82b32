"""The problems the quiz parser reports, marked for the catalogue (``Content`` context).

Kept apart from ``quiz_parser`` so the parser reads as parsing; each text is a Message
template (``sellertrain.core.message``), filled with ``.format()`` where it is used.
"""

from __future__ import annotations

from sellertrain.core.message import QT_TRANSLATE_NOOP

QUESTION_HEADING_EMPTY = QT_TRANSLATE_NOOP("Content", "question heading is empty")
NEEDS_TWO_OPTIONS = QT_TRANSLATE_NOOP("Content", "question '{name}' needs at least two options")
QUESTION_TWO_IDENTICAL_OPTIONS = QT_TRANSLATE_NOOP(
    "Content", "question '{name}' has two identical options"
)
EXPLANATION_COME_AFTER_ANSWERS = QT_TRANSLATE_NOOP(
    "Content", "the explanation ('> ...') must come after the answers"
)
QUESTION_HEADING_REPEATS_QUESTION = QT_TRANSLATE_NOOP(
    "Content", "question heading repeats the question at line {seen}"
)
TESTS_LINK_TO_LESSON = QT_TRANSLATE_NOOP(
    "Content", "'Tests:' must link to a lesson section: [Title](../lessons/ID.md#anchor)"
)
EXPECTED_ANSWER_OR_NUMBER = QT_TRANSLATE_NOOP(
    "Content", "expected an 'Answer:' or 'Number:' line, not {row!r}"
)
DO_NOT_MIX_ANSWER = QT_TRANSLATE_NOOP("Content", "do not mix 'Answer:' and 'Number:' lines")
WEIGHT_FROM_TO = QT_TRANSLATE_NOOP("Content", "{key} weight must be from 1% to 100%")
NO_VALUE = QT_TRANSLATE_NOOP("Content", "'{key}:' has no value")
OPTIONS_CANNOT_CONTAIN_NESTED = QT_TRANSLATE_NOOP("Content", "options cannot contain nested lists")
EACH_OPTION_START_WITH = QT_TRANSLATE_NOOP(
    "Content", "each option must start with '[x] ' (correct) or '[ ] ' (wrong)"
)
OPTION_NO_TEXT = QT_TRANSLATE_NOOP("Content", "option has no text")
QUESTION_NO_OPTIONS_OR = QT_TRANSLATE_NOOP("Content", "question '{name}' has no options or answers")
QUESTION_NO_CORRECT_OPTION = QT_TRANSLATE_NOOP(
    "Content", "question '{name}' has no correct option: mark one '- [x]'"
)
QUESTIONS_HEADINGS_NOT = QT_TRANSLATE_NOOP(
    "Content", "questions are '##' headings, not '{token_markup}'"
)
QUESTION_ONE_EXPLANATION_JOIN = QT_TRANSLATE_NOOP(
    "Content", "a question has one explanation; join the '>' blocks"
)
QUESTION_ONE_ANSWER_PART = QT_TRANSLATE_NOOP(
    "Content", "a question has one answer part; merge the lists or lines"
)
UNEXPECTED_TEXT_AFTER_ANSWERS = QT_TRANSLATE_NOOP(
    "Content", "unexpected text after the answers; start the next question with '## '"
)
NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "Content",
    "'Number: {value}' is not a number, 'A..B' or 'V ± T' (numbers of at "
    "most 20 digits, below {max_number:.0e})",
)
EACH_MATCHING_ITEM_READ = QT_TRANSLATE_NOOP(
    "Content", "each matching item must read 'left -> right'"
)
MATCHING_ITEM_NOTHING_AFTER = QT_TRANSLATE_NOOP("Content", "matching item has nothing after '->'")
OPTION_WEIGHT_FROM_TO = QT_TRANSLATE_NOOP("Content", "an option weight must be from -100% to 100%")
QUESTION_WEIGHTS_BUT_NONE = QT_TRANSLATE_NOOP(
    "Content", "question '{name}' has weights but none above 0%"
)
OPTIONS_TASK_LIST_X = QT_TRANSLATE_NOOP(
    "Content", "options must be a task list ('- [x] ...'), not a numbered list"
)
MATCHING_QUESTION_NEEDS_AT = QT_TRANSLATE_NOOP(
    "Content", "matching question '{name}' needs at least two pairs"
)
MATCHING_QUESTION_REPEATS_LEFT = QT_TRANSLATE_NOOP(
    "Content", "matching question '{name}' repeats a left-hand item"
)
