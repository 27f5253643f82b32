"""GIFT: reading (as Moodle does), JSON, conversion to quiz Markdown, export and round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sellertrain.core.content.quiz_parser import parse_number_spec
from sellertrain.core.content.quizzes import quiz_from_text
from sellertrain.core.content.render import slugify
from sellertrain.core.interchange.gift import GiftEncodingError, parse_gift, read_gift
from sellertrain.core.interchange.gift_convert import convert_gift, convert_question
from sellertrain.core.interchange.gift_export import escape, question_gift, quiz_to_gift
from sellertrain.core.interchange.gift_json import to_json
from sellertrain.core.language import CHINESE
from sellertrain.core.message import localize
from sellertrain.core.models import (
    AcceptedAnswer,
    MatchPair,
    NumericAnswer,
    Option,
    Question,
    QuestionKind,
    Quiz,
)
from tests.conftest import FIXTURES as CONFTEST_FIXTURES

FIXTURES = CONFTEST_FIXTURES / "gift"


@pytest.fixture(scope="module")
def all_kinds():
    return read_gift(FIXTURES / "all_kinds.gift")


def by_title(gift, title: str):
    return next(q for q in gift.questions if q.title == title)


# -- reading -------------------------------------------------------------------------------------


def test_every_kind_is_read_with_its_line(all_kinds):
    found = [(q.line, q.kind) for q in all_kinds.questions]
    assert found == [
        (4, "multiple_choice"),
        (10, "multiple_answers"),
        (17, "true_false"),
        (19, "short_answer"),
        (24, "numerical"),
        (30, "numerical"),
        (32, "matching"),
        (42, "true_false"),
        (44, "multiple_choice"),
        (52, "essay"),
        (54, "description"),
        (58, "short_answer"),
    ]
    assert [(p.line, p.message) for p in all_kinds.problems] == [
        (56, "could not find the answers between '{' and '}'")
    ]
    chinese = localize(all_kinds.problems[0].message, CHINESE)  # for a --lang zh-CN report
    assert chinese == "在 '{' 和 '}' 之间找不到答案"


def test_a_question_problem_keeps_its_values_in_chinese():
    gift = parse_gift("::Pairs:: Match { =A -> 1 =B }\n")
    [problem] = gift.problems
    assert problem.message == "matching entry 'B' has no '->'"
    assert localize(problem.message, CHINESE) == "配对项“B”中没有“->”"


def test_choice_options_feedback_and_title(all_kinds):
    question = by_title(all_kinds, "Tracking deadline")
    assert question.text == "When must the tracking number be uploaded?"
    assert [(a.text, a.fraction) for a in question.answers] == [
        ("Before the shipping deadline of the order", 1.0),
        ("Within 30 days of the order", 0.0),
        ("Only when the buyer asks", 0.0),
    ]
    assert question.answers[0].feedback == "Right: late uploads count as late shipping."


def test_multiple_answers_keep_weights(all_kinds):
    question = by_title(all_kinds, "Serious cases")
    assert not question.single
    assert [a.fraction for a in question.answers] == [0.5, 0.5, -1.0]
    assert [question.is_correct(a) for a in question.answers] == [True, True, False]


def test_true_false_feedback_follows_moodle_order(all_kinds):
    # {FALSE#shown for the wrong choice#shown for the right choice}
    question = by_title(all_kinds, "Points reset")
    assert question.correct_answer is False
    assert question.feedback_true == "They reset 365 days after each penalty."
    assert question.feedback_false == "Right."
    assert question.general_feedback == "Points expire one by one."
    deposit = by_title(all_kinds, "Deposit")
    assert deposit.correct_answer is True
    assert deposit.feedback_false.startswith("Non")
    assert deposit.feedback_true.startswith("Oui")


@pytest.mark.parametrize(
    ("answer", "kind"),
    [("T", "true_false"), ("TRUE", "true_false"), ("F", "true_false"), ("t", "short_answer")],
)
def test_only_capital_true_false_words_make_true_false(answer, kind):
    assert parse_gift(f"Is it?{{{answer}#fb}}").questions[0].kind == kind


def test_short_answers_and_their_weights(all_kinds):
    question = by_title(all_kinds, "Short")
    assert [(a.text, a.fraction, a.feedback) for a in question.answers] == [
        ("seller rule centre", 1.0, "Yes."),
        ("help centre", 0.5, "Close: the help centre links to it."),
    ]


def test_numerical_exact_range_tolerance_and_catch_all(all_kinds):
    days = by_title(all_kinds, "Days")
    assert [(n.value, n.accepted_range, n.fraction) for n in days.numbers] == [
        (15.0, (15.0, 15.0), 1.0),
        (15.0, (10.0, 20.0), 0.5),
        (None, None, 0.0),
    ]
    assert days.numbers[2].feedback == "The rules say 15 days."
    tolerance = by_title(all_kinds, "Tolerance")
    assert (tolerance.numbers[0].value, tolerance.numbers[0].tolerance) == (4.0, 1.0)


def test_matching_pairs_and_extra_wrong_answer(all_kinds):
    question = by_title(all_kinds, "Penalty words")
    assert [(p.question, p.answer) for p in question.pairs if p.question] == [
        ("Warning", "A notice on the record"),
        ("Freeze", "No selling for a period"),
        ("Closure", "The account is closed for good"),
    ]
    assert question.extra_wrong_answers == ("The store is sold",)


def test_categories_ids_tags_and_unicode(all_kinds):
    assert all_kinds.categories == ["$course$/Marketplaces/AliExpress 规则"]
    deposit = by_title(all_kinds, "Deposit")
    assert deposit.category == "$course$/Marketplaces/AliExpress 规则"
    assert deposit.text == "Le dépôt de garantie est-il remboursé à la fermeture du magasin ?"
    assert (deposit.idnumber, deposit.tags) == ("ae-1", ("fees", "deposits"))
    assert by_title(all_kinds, "Tracking deadline").category is None


def test_multi_line_question_and_missing_word(all_kinds):
    multi = next(q for q in all_kinds.questions if q.line == 44)
    assert multi.text == 'A seller ships a "genuine" copy of a branded case.\nIs that allowed?'
    missing = next(q for q in all_kinds.questions if q.line == 58)
    assert missing.text == "The seller must upload _____ within the deadline."


def test_escapes_comments_and_formats():
    gift = read_gift(FIXTURES / "escapes_formats.gift")
    special, html, markdown, plain, breaks = gift.questions
    assert special.title == "Special: characters"
    assert special.text == "Which sign starts a GIFT comment { in a file }?"
    assert [a.text for a in special.answers] == [
        "// (two slashes)",
        "# (hash)",
        "~ (tilde)",
        "= (equals)",
        "C:\\fees\\rules.txt",
    ]
    assert special.answers[0].feedback == "Yes: ~ = # { } : are escaped with a backslash."
    assert (html.text_format, html.general_feedback_format) == ("html", "html")
    assert 'src="@@PLUGINFILE@@/case.png"' in html.text
    assert markdown.text_format == "markdown"
    assert [a.format for a in markdown.answers] == ["markdown", "plain"]
    assert plain.answers[0].text == "<"
    assert breaks.text == "First line\nsecond line"


def test_backslashes_and_comment_lines_inside_a_question():
    gift = parse_gift("::B:: A \\\\ B \\\\\\\\ C{}\n\nFirst part\n// a comment\nsecond part{=x}")
    assert gift.questions[0].text == "A \\ B \\\\ C"
    assert " ".join(gift.questions[1].text.split()) == "First part second part"


def test_bom_crlf_and_cr_only_line_ends():
    gift = read_gift(FIXTURES / "bom_crlf.gift")
    assert [(q.line, q.title, q.correct_answer) for q in gift.questions] == [
        (2, "Fee", False),
        (4, "Frais", True),
    ]
    mac = parse_gift("::A::One?{T}\r\r::B::Two?{F}\r")
    assert [(q.line, q.title) for q in mac.questions] == [(1, "A"), (3, "B")]


def test_windows_1252_file_is_refused_with_its_line():
    with pytest.raises(GiftEncodingError) as caught:
        read_gift(FIXTURES / "windows-1252.gift")
    assert caught.value.line == 3
    assert "UTF-8" in caught.value.message


def test_id_and_tags_from_comments_with_escaped_bracket():
    gift = parse_gift("// [tag:  basic] Here [id: i\\]d ] and [tag:t\\]ag]\n::Q::How?{}")
    assert (gift.questions[0].idnumber, gift.questions[0].tags) == ("i]d", ("basic", "t]ag"))


def test_format_prefix_id_and_tag_do_not_break_parsing():
    gift = parse_gift("// [id:x1] [tag:a]\n::T::[moodle]Which?{=[plain]A ~[html]<b>B</b>}")
    question = gift.questions[0]
    assert (question.kind, question.text, question.text_format) == (
        "multiple_choice",
        "Which?",
        "moodle",
    )
    assert [(a.text, a.format) for a in question.answers] == [("A", "plain"), ("<b>B</b>", "html")]


def test_to_json_holds_every_field(all_kinds):
    data = to_json(all_kinds)
    json.dumps(data)  # JSON-ready
    serious = next(q for q in data["questions"] if q["title"] == "Serious cases")
    assert serious["options"][2] == {
        "text": "The buyer lives in Europe",
        "format": "moodle",
        "correct": False,
        "weight": -100,
        "feedback": "No: the country does not decide.",
    }
    days = next(q for q in data["questions"] if q["title"] == "Days")
    assert days["numbers"][1]["accepted_range"] == [10.0, 20.0]
    assert days["numbers"][2]["value"] == "*"
    matching = next(q for q in data["questions"] if q["kind"] == "matching")
    assert matching["extra_wrong_answers"] == ["The store is sold"]
    assert data["problems"] == [
        {"line": 56, "message": "could not find the answers between '{' and '}'"}
    ]


# -- conversion ----------------------------------------------------------------------------------


def parse_back(draft) -> Quiz:
    quiz, problems = quiz_from_text(Path(f"/content/quizzes/{draft.id}.md"), draft.markdown())
    assert problems == [], draft.markdown()
    assert quiz is not None
    return quiz


def test_conversion_makes_one_quiz_per_category_and_reports_the_rest(all_kinds):
    result = convert_gift(all_kinds, "all_kinds.gift")
    assert [(q.id, q.title, len(q.questions)) for q in result.quizzes] == [
        ("all-kinds", "All kinds", 7),
        ("all-kinds-aliexpress", "Marketplaces / AliExpress 规则", 3),
    ]
    assert [line for line, _ in result.not_converted] == [52, 54, 56]
    assert "essay" in result.not_converted[0][1]
    assert "description" in result.not_converted[1][1]
    assert result.question_count == 10


def test_converted_markdown_parses_back_with_every_kind(all_kinds):
    result = convert_gift(all_kinds, "all_kinds.gift")
    first, second = (parse_back(q) for q in result.quizzes)
    assert first.pass_mark == 80
    kinds = [q.kind for q in first.questions]
    assert kinds == [
        QuestionKind.SINGLE,
        QuestionKind.MULTIPLE,
        QuestionKind.TRUE_FALSE,
        QuestionKind.SHORT_ANSWER,
        QuestionKind.NUMERICAL,
        QuestionKind.NUMERICAL,
        QuestionKind.MATCHING,
    ]
    choice, multiple, true_false, short, days, tolerance, matching = first.questions
    assert choice.title == "Tracking deadline"
    assert choice.options[1].feedback == "No: that is far too late."
    # 50/50/-100 is what our partial credit gives anyway, so no weights are written
    assert [(o.correct, o.weight) for o in multiple.options] == [
        (True, None),
        (True, None),
        (False, None),
    ]
    assert [(o.text, o.correct, o.feedback) for o in true_false.options] == [
        ("True", False, "They reset 365 days after each penalty."),
        ("False", True, "Right."),
    ]
    assert true_false.explanation == "Points expire one by one."
    assert short.accepted == (
        AcceptedAnswer("seller rule centre", 1.0),
        AcceptedAnswer("help centre", 0.5),
    )
    assert [(n.low, n.high, n.weight) for n in days.numbers] == [(15, 15, 1), (10, 20, 0.5)]
    assert (tolerance.numbers[0].low, tolerance.numbers[0].high) == (3, 5)
    assert matching.pairs[0] == MatchPair("Warning", "A notice on the record")
    assert matching.distractors == ("The store is sold",)
    assert second.questions[0].options[0].feedback.startswith("Oui")
    assert second.questions[1].text == (
        'A seller ships a "genuine" copy of a branded case. Is that allowed?'
    )


def test_html_becomes_text_and_markdown_never_raw_html():
    gift = read_gift(FIXTURES / "escapes_formats.gift")
    result = convert_gift(gift, "escapes_formats.gift")
    quiz = parse_back(result.quizzes[0])
    html = quiz.questions[1]
    assert html.text == "Read the listing below."
    assert "<" not in html.context and "Phone case" in html.context
    assert html.explanation == "Yes: no brand is claimed."
    assert (11, "image A case left out (only text is imported)") in result.notes
    [note] = [note for line, note in result.notes if line == 11]
    assert localize(note, CHINESE) == "图片 A case 未导入（只导入文字）"  # nested: both parts
    markdown = quiz.questions[2]
    assert "| deposit | yes |" in markdown.context
    assert markdown.options[0].text == "the *deposit*"


def test_repeated_headings_get_the_title_or_a_number():
    gift = parse_gift("::One::Same?{T}\n\n::Two::Same?{F}\n\nSame?{T}")
    result = convert_gift(gift, "same.gift")
    texts = [q.text for q in parse_back(result.quizzes[0]).questions]
    assert texts == ["Same?", "Same? (Two)", "Same? (2)"]


def test_questions_our_format_cannot_hold_are_reported():
    gift = parse_gift(
        "Pick one{=Same ~same}\n\n"
        "Only a wildcard{=%0%*#anything}\n\n"
        "Only one pair{=a -> b = -> c}\n\n"
        "Any number{#*}"
    )
    result = convert_gift(gift, "bad.gift")
    assert result.quizzes == ()
    lines = [line for line, _ in result.not_converted]
    assert lines == [1, 3, 5, 7]
    assert "read the same" in result.not_converted[0][1]
    assert "内容相同" in localize(result.not_converted[0][1], CHINESE)


def test_single_positive_multiple_answer_becomes_single_choice_with_a_note():
    gift = parse_gift("Yellow?{~%100%yellow ~%-50%red ~%-50%blue}")
    question, notes = convert_question(gift.questions[0])
    assert question is not None and question.kind == QuestionKind.SINGLE
    assert [o.weight for o in question.options] == [1.0, -0.5, -0.5]
    assert any("check boxes" in n for n in notes)


def test_short_answer_wildcard_kept_as_exact_words():
    question, notes = convert_question(parse_gift("Which?{=%100%*manually*#ok}").questions[0])
    assert question is not None and question.accepted == (AcceptedAnswer("manually", 1.0),)
    assert any("wildcard" in n for n in notes)


# -- export --------------------------------------------------------------------------------------


def test_escape_special_characters_and_backslash():
    assert escape("a~b=c#d{e}f:g\\h\nnext") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\nnext"
    assert parse_gift(f"{escape('a~b=c#d{e}f:g' + chr(92) + 'h')}{{=x}}").questions[0].text == (
        "a~b=c#d{e}f:g\\h"
    )


def make_quiz(*questions: Question) -> Quiz:
    return Quiz("q", "Quiz / with: specials", 80, Path("/c/quizzes/q.md"), "v", questions)


def question(text: str, **fields) -> Question:
    fields.setdefault("options", ())
    return Question(id=slugify(text), text=text, line=1, **fields)


def test_export_writes_moodle_kinds():
    quiz = make_quiz(
        question(
            "Pick {one}", options=(Option("a: b", True, feedback="# yes"), Option("c", False))
        ),
        question(
            "Pick all",
            options=(Option("a", True), Option("b", True), Option("c", False), Option("d", False)),
        ),
        question("True?", options=(Option("True", False, feedback="no"), Option("False", True))),
        question("Type", accepted=(AcceptedAnswer("x = y", 1.0), AcceptedAnswer("z", 0.5))),
        question("Count", numbers=(parse_number_spec("48 ± 2"), parse_number_spec("1..5", 0.5))),
        question("Match", pairs=(MatchPair("a", "b"), MatchPair("c", "d")), distractors=("e",)),
    )
    text, problems = quiz_to_gift(quiz)
    assert problems == []
    assert "$CATEGORY: $course$/Quiz // with: specials" in text
    gift = parse_gift(text)
    assert gift.categories == ["$course$/Quiz // with: specials"]
    kinds = [q.kind for q in gift.questions]
    assert kinds == [
        "multiple_choice",
        "multiple_answers",
        "true_false",
        "short_answer",
        "numerical",
        "matching",
    ]
    pick, pick_all, true_false, typed, count, _ = gift.questions
    assert pick.text == "Pick {one}" and pick.answers[0].text == "a: b"
    assert pick.answers[0].feedback == "# yes"
    assert [a.fraction for a in pick_all.answers] == [0.5, 0.5, -0.5, -0.5]
    assert (true_false.correct_answer, true_false.feedback_true) == (False, "no")
    assert [(a.text, a.fraction) for a in typed.answers] == [("x = y", 1.0), ("z", 0.5)]
    assert [n.accepted_range for n in count.numbers] == [(46.0, 50.0), (1.0, 5.0)]


def test_export_reports_what_gift_cannot_hold():
    with pytest.raises(ValueError, match="matching"):
        question_gift(question("Arrow", accepted=(AcceptedAnswer("a -> b", 1.0),)))


# -- round trip ----------------------------------------------------------------------------------
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüß中文"
_CHARS = _LETTERS + "0123456789 ~=#{}:\\?!,.'\"%()/&+*_[]<>-|`"
words = st.text(alphabet=_CHARS, min_size=0, max_size=12)


@st.composite
def phrase(draw) -> str:
    """A one-line text that starts with a letter and never ends in '#' (a Markdown heading
    would drop it), with the GIFT special characters inside."""
    text = draw(st.sampled_from(_LETTERS)) + draw(words)
    text = " ".join(text.split()).rstrip("#").rstrip()
    return text or "x"


short_text = phrase()
paragraphs = st.lists(short_text, max_size=2).map(lambda items: "\n\n".join(items))


@st.composite
def choice_options(draw) -> tuple[Option, ...]:
    texts = draw(st.lists(short_text, min_size=2, max_size=5, unique_by=lambda t: t.lower()))
    feedback = [draw(st.one_of(st.just(""), short_text)) for _ in texts]
    style = draw(st.sampled_from(["single", "multiple", "weighted"]))
    if style == "single":
        right = draw(st.integers(0, len(texts) - 1))
        return tuple(
            Option(t, i == right, None, f)
            for i, (t, f) in enumerate(zip(texts, feedback, strict=True))
        )
    if style == "multiple":
        flags = draw(st.lists(st.booleans(), min_size=len(texts), max_size=len(texts)))
        flags[0] = flags[1] = True
        return tuple(Option(t, c, None, f) for t, c, f in zip(texts, flags, feedback, strict=True))
    weights = [draw(st.sampled_from([1.0, 0.5, 0.25, 0.3333333, 0.0, -0.5, -1.0])) for _ in texts]
    weights[0] = max(weights[0], 0.25)
    return tuple(Option(t, w > 0, w, f) for t, w, f in zip(texts, weights, feedback, strict=True))


numbers = st.one_of(
    st.integers(-5000, 5000).map(float),
    st.integers(-500000, 500000).map(lambda n: n / 100),
)


@st.composite
def numeric(draw) -> tuple[NumericAnswer, ...]:
    answers = []
    for index in range(draw(st.integers(1, 3))):
        weight = 1.0 if index == 0 else draw(st.sampled_from([0.5, 0.25, 1.0]))
        form = draw(st.sampled_from(["exact", "tolerance", "range"]))
        value = draw(numbers)
        if form == "exact":
            spec = f"{value!r}"
        elif form == "tolerance":
            spec = f"{value!r} ± {draw(st.integers(1, 50)) / 10!r}"
        else:
            spec = f"{value!r}..{value + draw(st.integers(1, 900)) / 10!r}"
        answers.append(parse_number_spec(spec, weight))
    return tuple(answers)


@st.composite
def gift_question(draw) -> Question:
    text = draw(short_text)
    kind = draw(st.sampled_from(["choice", "true_false", "short", "numerical", "matching"]))
    fields: dict = {
        "context": draw(
            paragraphs.map(lambda p: "\n\n".join(f"Context {x}" for x in p.split("\n\n") if x))
        ),
        # Moodle strips anything like an HTML tag from a title
        "title": draw(st.one_of(st.just(""), short_text.filter(lambda t: "<" not in t))),
        "explanation": draw(paragraphs),
        "options": (),
    }
    if kind == "choice":
        fields["options"] = draw(choice_options())
    elif kind == "true_false":
        right = draw(st.booleans())
        order = [Option("True", right, None, draw(st.one_of(st.just(""), short_text)))]
        order.append(Option("False", not right, None, draw(st.one_of(st.just(""), short_text))))
        fields["options"] = tuple(order if draw(st.booleans()) else reversed(order))
    elif kind == "short":
        texts = draw(
            st.lists(
                # '*' is Moodle's wildcard in a short answer
                short_text.filter(lambda t: "->" not in t and "*" not in t),
                min_size=1,
                max_size=3,
                unique_by=lambda t: t.lower(),
            )
        )
        weights = [1.0] + [draw(st.sampled_from([0.5, 0.25, 1.0])) for _ in texts[1:]]
        fields["accepted"] = tuple(
            AcceptedAnswer(t, w) for t, w in zip(texts, weights, strict=True)
        )
    elif kind == "numerical":
        fields["numbers"] = draw(numeric())
    else:
        plain = short_text.filter(lambda t: "->" not in t)
        lefts = draw(st.lists(plain, min_size=2, max_size=4, unique_by=str))
        fields["pairs"] = tuple(MatchPair(left, draw(plain)) for left in lefts)
        fields["distractors"] = tuple(draw(st.lists(plain, max_size=2)))
    return Question(id=slugify(text), text=text, line=1, **fields)


quizzes = st.lists(
    gift_question(), min_size=1, max_size=6, unique_by=lambda q: slugify(q.text)
).map(lambda items: make_quiz(*items))


def effective_weights(q: Question) -> list[float]:
    """Each option's weight, or the default our scoring gives it."""
    right = sum(o.correct for o in q.options)
    wrong = len(q.options) - right
    result = []
    for option in q.options:
        if option.weight is not None:
            result.append(round(option.weight, 5))
        elif right == 1:
            result.append(1.0 if option.correct else 0.0)
        else:
            result.append(round(1 / right if option.correct else (-1 / wrong if wrong else 0), 5))
    return result


def essentials(q: Question) -> tuple:
    """What a round trip must keep: text, context, options and correct answers, weights,
    feedback, accepted answers, numbers, pairs. True/false options come back True first."""
    options = [(o.text, o.correct, o.feedback) for o in q.options]
    weights = effective_weights(q)
    if q.kind == QuestionKind.TRUE_FALSE:
        options = sorted((t.lower(), c, f) for t, c, f in options)
        weights = []
    return (
        q.kind,
        q.text,
        q.context,
        q.title,
        q.explanation,
        tuple(options),
        tuple(weights),
        q.accepted,
        tuple((n.low, n.high, n.weight) for n in q.numbers),
        q.pairs,
        q.distractors,
    )


def round_trip(quiz: Quiz) -> tuple[list[Question], Quiz]:
    text, problems = quiz_to_gift(quiz)
    assert problems == []
    result = convert_gift(parse_gift(text), "export.gift")
    assert result.not_converted == ()
    assert len(result.quizzes) == 1
    return list(result.quizzes[0].questions), parse_back(result.quizzes[0])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quizzes)
def test_round_trip_keeps_every_question(quiz):
    converted, back = round_trip(quiz)
    expected = [essentials(q) for q in quiz.questions]
    assert [essentials(q) for q in converted] == expected
    assert [essentials(q) for q in back.questions] == expected


def test_round_trip_of_the_fixture_quizzes(all_kinds):
    for draft in convert_gift(all_kinds, "all_kinds.gift").quizzes:
        quiz = parse_back(draft)
        _, back = round_trip(quiz)
        assert [essentials(q) for q in back.questions] == [essentials(q) for q in quiz.questions]


def test_text_glued_to_a_category_line_is_reported():
    gift = parse_gift("$CATEGORY: fees\n::Q::Lost?{T}\n\n::R::Kept?{F}")
    assert gift.categories == ["fees"]
    assert [(q.title, q.category) for q in gift.questions] == [("R", "fees")]
    assert [p.line for p in gift.problems] == [2]


def test_a_question_with_no_answer_left_says_why_in_chinese():
    gift = parse_gift("::Any:: What is allowed? {=%0%nothing =%0%other}\n")
    [(_line, reason)] = convert_gift(gift, "x.gift").not_converted
    assert reason == (
        "no answer can be kept: answer 'nothing' left out: it earns nothing; answer 'other' left "
        "out: it earns nothing"
    )
    assert localize(reason, CHINESE) == (
        "没有可保留的答案：答案“nothing”未导入：它不得分；答案“other”未导入：它不得分"
    )
