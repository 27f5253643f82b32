"""Loading and validating content: the shipped course, the broken samples, focused cases."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from sellertrain.core.content.lesson_checks import scan_sections
from sellertrain.core.content.lessons import load_lesson
from sellertrain.core.content.loader import load_course
from sellertrain.core.content.render import slugify
from sellertrain.core.models import QuestionKind, content_version
from tests.conftest import REPO

# -- the shipped course ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped():
    return load_course(REPO)


def test_shipped_course_has_no_problems(shipped):
    assert [str(e) for e in shipped.errors] == []
    assert not shipped.has_errors


def test_shipped_course_size(shipped):
    # a language variant (<id>.zh-CN.md) is a translation, not another lesson or quiz
    lesson_files = sorted(p for p in (REPO / "lessons").glob("*.md") if "." not in p.stem)
    quiz_files = sorted(p for p in (REPO / "quizzes").glob("*.md") if "." not in p.stem)
    assert len(shipped.lessons) >= 12
    assert len(shipped.lessons) == len(lesson_files)
    assert len(shipped.quizzes) == len(quiz_files)
    assert shipped.question_count == sum(len(q.questions) for q in shipped.quizzes.values())
    assert shipped.question_count >= 5 * len(shipped.quizzes)
    assert {lesson.path for lesson in shipped.lessons.values()} == set(lesson_files)


def test_shipped_lessons_and_quizzes_point_at_each_other(shipped):
    for lesson in shipped.lessons.values():
        if not lesson.roles:  # a reference (the glossary): required of nobody, no quiz
            continue
        assert lesson.quiz_id in shipped.quizzes, lesson.id
        assert shipped.quizzes[lesson.quiz_id].lesson_id == lesson.id
    for quiz in shipped.quizzes.values():
        assert quiz.lesson_id is None or quiz.lesson_id in shipped.lessons
        assert 1 <= quiz.pass_mark <= 100
        assert quiz.size == min(quiz.draw or len(quiz.questions), len(quiz.questions))


def test_shipped_modules_are_ordered(shipped):
    modules = shipped.modules
    titles = [m.title for m in modules]
    assert len(titles) == len(set(titles)) >= 2
    lowest = [min(lesson.order for lesson in m.lessons) for m in modules]
    assert lowest == sorted(lowest)
    for module in modules:
        orders = [lesson.order for lesson in module.lessons]
        assert orders == sorted(orders)
        assert {lesson.module for lesson in module.lessons} == {module.title}
    assert sum(len(m.lessons) for m in modules) == len(shipped.lessons)
    assert shipped.ordered_lessons[0].order == min(x.order for x in shipped.lessons.values())
    assert [lesson.id for lesson in shipped.ordered_lessons] == [
        lesson.id for m in modules for lesson in m.lessons
    ]


def test_shipped_sections_have_anchors_at_their_lines(shipped):
    for lesson in shipped.lessons.values():
        assert len(lesson.sections) >= 2, lesson.id
        anchors = [s.anchor for s in lesson.sections]
        assert len(anchors) == len(set(anchors)), lesson.id
        lines = lesson.path.read_text(encoding="utf-8").split("\n")
        for section in lesson.sections:
            assert section.anchor == slugify(section.title)
            assert section.anchor and " " not in section.anchor
            assert lines[section.line - 1].startswith("## ")
            assert lines[section.line - 1][3:].strip() == section.title


def test_shipped_tests_links_name_existing_sections(shipped):
    links = 0
    for quiz in shipped.quizzes.values():
        for question in quiz.questions:
            if question.kind.is_choice:
                assert len(question.options) >= 2
                assert question.correct_indices
            else:
                assert len(question.pairs) >= 2  # the shipped course has matching questions too
            if question.tests_lesson:
                links += 1
                lesson = shipped.lessons[question.tests_lesson]
                if question.tests_anchor:
                    assert question.tests_anchor in {s.anchor for s in lesson.sections}
    assert links > 0


def test_shipped_versions_are_stable_hashes(shipped):
    again = load_course(REPO)
    for lesson_id, lesson in shipped.lessons.items():
        assert again.lessons[lesson_id].version == lesson.version
        text = lesson.path.read_text(encoding="utf-8")
        expected = hashlib.sha256(text.replace("\r\n", "\n").encode()).hexdigest()[:12]
        assert lesson.version == expected
        assert len(lesson.version) == 12
    for quiz_id, quiz in shipped.quizzes.items():
        assert again.quizzes[quiz_id].version == quiz.version
    versions = [x.version for x in shipped.lessons.values()]
    assert len(set(versions)) == len(versions)


def test_version_changes_when_text_changes_and_not_for_crlf(tmp_path, shipped):
    lesson = shipped.ordered_lessons[0]
    text = lesson.path.read_text(encoding="utf-8")
    for name in ("lessons", "quizzes", "assets"):
        (tmp_path / name).mkdir()
    for asset in (REPO / "assets").iterdir():
        shutil.copy(asset, tmp_path / "assets" / asset.name)
    target = tmp_path / "lessons" / lesson.path.name
    assets = tmp_path / "assets"

    target.write_text(text, encoding="utf-8", newline="\n")
    same, errors = load_lesson(target, assets)
    assert errors == [] and same is not None
    assert same.version == lesson.version

    target.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    crlf, errors = load_lesson(target, assets)
    assert errors == [] and crlf is not None
    assert crlf.version == lesson.version
    assert [(s.anchor, s.line) for s in crlf.sections] == [
        (s.anchor, s.line) for s in lesson.sections
    ]
    assert crlf.title == lesson.title and crlf.reviewed == lesson.reviewed

    target.write_text(text.replace(".", "!", 1), encoding="utf-8", newline="\n")
    edited, errors = load_lesson(target, assets)
    assert errors == [] and edited is not None
    assert edited.version != lesson.version


def test_content_version_ignores_bom_and_line_endings():
    assert content_version("a\nb\n") == content_version("a\r\nb\r\n")
    assert content_version("a\nb\n") == content_version("\ufeffa\nb\n")
    assert content_version("a\nb\n") != content_version("a\nb \n")
    assert content_version("x") == hashlib.sha256(b"x").hexdigest()[:12]


# -- the broken samples ------------------------------------------------------------------------

# (file, line, text found on that line of the file, fragment of the message)
EXPECTED_ERRORS = [
    ("lessons/bad-id.md", 2, "id: Bad_ID", "'id' must use lowercase letters, digits and '-' only"),
    ("lessons/bad-yaml.md", 3, "title: Brand: logos", "front matter is not valid YAML"),
    ("lessons/callout-unclosed.md", 15, "::: warning", "callout is not closed"),
    ("lessons/callout-unknown-kind.md", 13, "::: danger", "unknown callout kind 'danger'"),
    (
        "lessons/duplicate-id-b.md",
        2,
        "id: duplicate-id",
        "duplicate lesson id 'duplicate-id' (also in duplicate-id-a.md)",
    ),
    ("lessons/duplicate-key.md", 7, "title: Again", "'title' is given twice"),
    (
        "lessons/duplicate-sections.md",
        15,
        "## Shipping deadlines!",
        "same anchor as line 11",
    ),
    ("lessons/empty-lesson.md", 10, "", "the lesson has no text"),
    ("lessons/h1-in-body.md", 11, "# A title repeated", "use '##' for sections"),
    (
        "lessons/image-missing.md",
        13,
        "![A diagram that was never drawn]",
        "not found: no file nowhere.svg in assets/",
    ),
    ("lessons/image-no-alt.md", 15, "![](", "needs alt text"),
    (
        "lessons/image-outside-assets.md",
        15,
        "![A secret](../../secret.png)",
        "must be a file inside assets/",
    ),
    ("lessons/minutes-range.md", 6, "minutes: 500", "from 1 to 120, not 500"),
    ("lessons/missing-key.md", 8, "---", "missing required front matter key 'summary'"),
    ("lessons/missing-quiz.md", 9, "quiz: ghost-quiz", "no quiz with id 'ghost-quiz'"),
    ("lessons/no-front-matter.md", 1, "id: no-front-matter", "missing front matter"),
    ("lessons/not-utf8.md", 7, "summary: Caf", "not UTF-8"),
    ("lessons/order-text.md", 5, "order: ten", "'order' must be a whole number"),
    ("lessons/reviewed-not-date.md", 8, "reviewed: last week", "'reviewed' must be a date"),
    ("lessons/unclosed-front-matter.md", 1, "---", "front matter is not closed"),
    ("lessons/unknown-key.md", 6, "minuts: 5", "unknown front matter key 'minuts'"),
    ("lessons/unknown-key.md", 9, "---", "missing required front matter key 'minutes'"),
    ("lessons/unknown-role.md", 9, "roles: [sales]", "unknown roles 'sales'"),
    ("lessons/unknown-tag.md", 9, "tags: [ip, seo]", "unknown tags 'seo'"),
    ("quizzes/bad-option-line.md", 11, "- Lines without a box", "must start with '[x] '"),
    ("quizzes/draw-too-big.md", 5, "draw: 5", "'draw' is 5 but the quiz has only 2 questions"),
    ("quizzes/duplicate-question.md", 12, "## Is this", "repeats the question at line 7"),
    ("quizzes/explanation-first.md", 9, "> After", "must come after the answers"),
    (
        "quizzes/missing-lesson-quiz.md",
        4,
        "lesson: ghost-lesson",
        "no lesson with id 'ghost-lesson'",
    ),
    ("quizzes/no-correct.md", 7, "## Which option", "has no correct option"),
    ("quizzes/numbered-list.md", 9, "1. [x]", "not a numbered list"),
    ("quizzes/one-option.md", 7, "## Is one option", "needs at least two options"),
    ("quizzes/pass-mark-range.md", 4, "pass_mark: 150", "from 1 to 100, not 150"),
    (
        "quizzes/tests-missing-anchor.md",
        9,
        "Tests: [Third section]",
        "names section '#third-section', which lesson 'valid-lesson' does not have",
    ),
    (
        "quizzes/tests-missing-lesson.md",
        9,
        "Tests: [Somewhere]",
        "names lesson 'ghost-lesson', which does not exist",
    ),
    (
        "quizzes/text-after-explanation.md",
        14,
        "This paragraph",
        "unexpected text after the answers",
    ),
]


@pytest.fixture(scope="module")
def broken(broken_content):
    """tests/fixtures/broken (with the non-UTF-8 lesson added: see conftest.broken_content)."""
    return load_course(broken_content)


def _relative(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


@pytest.mark.parametrize(("file", "line", "text", "fragment"), EXPECTED_ERRORS)
def test_fixture_lines_are_where_the_expected_list_says(broken_content, file, line, text, fragment):
    lines = (broken_content / file).read_bytes().decode("latin-1").split("\n")
    assert lines[line - 1].startswith(text)


@pytest.mark.parametrize(("file", "line", "text", "fragment"), EXPECTED_ERRORS)
def test_broken_problem_is_reported_at_its_line(broken, file, line, text, fragment):
    in_file = [e for e in broken.errors if _relative(e.path) == file]
    at_line = [e.message for e in in_file if e.line == line and fragment in e.message]
    assert at_line, f"{file}:{line}: no '{fragment}' among {[(e.line, e.message) for e in in_file]}"


def test_broken_folder_reports_exactly_the_expected_errors(broken, broken_content):
    actual = sorted((_relative(e.path), e.line) for e in broken.errors if e.severity == "error")
    expected = sorted((file, line) for file, line, _, _ in EXPECTED_ERRORS)
    assert actual == expected
    assert broken.has_errors
    every_file = {_relative(p) for p in broken_content.glob("*/*.md")}
    clean = {"lessons/valid-lesson.md", "quizzes/valid-quiz.md", "lessons/duplicate-id-a.md"}
    assert every_file - {f for f, *_ in EXPECTED_ERRORS} == clean | {"lessons/raw-html.md"}


def test_broken_errors_print_as_path_line_message(broken):
    first = broken.errors[0]
    assert str(first) == f"{first.path}:{first.line}: {first.message}"
    assert [(str(e.path), e.line) for e in broken.errors] == sorted(
        (str(e.path), e.line) for e in broken.errors
    )


def test_valid_files_still_load_next_to_broken_ones(broken):
    assert set(broken.lessons) == {"valid-lesson", "duplicate-id", "raw-html", "missing-quiz"}
    assert broken.lessons["duplicate-id"].title == "The first lesson with this id"
    assert set(broken.quizzes) == {"valid-quiz"}

    lesson = broken.lessons["valid-lesson"]
    assert lesson.title == "A valid lesson"
    assert lesson.module == "Samples" and lesson.order == 10 and lesson.minutes == 5
    assert lesson.quiz_id == "valid-quiz"
    assert lesson.roles == ("all",) and lesson.tags == ("enforcement",)
    assert str(lesson.reviewed) == "2026-11-20"
    assert [(s.anchor, s.title, s.line) for s in lesson.sections] == [
        ("first-section", "First section", 16),
        ("second-section", "Second section", 26),
    ]
    assert lesson.body_line == 13

    quiz = broken.quizzes["valid-quiz"]
    assert quiz.lesson_id == "valid-lesson" and quiz.pass_mark == 80 and quiz.shuffle
    assert [q.kind for q in quiz.questions] == [
        QuestionKind.SINGLE,
        QuestionKind.MULTIPLE,
        QuestionKind.TRUE_FALSE,
    ]
    first = quiz.questions[0]
    assert first.id == "when-must-the-tracking-number-be-uploaded"
    assert first.line == 9 and first.tests_line == 11
    assert (first.tests_lesson, first.tests_anchor) == ("valid-lesson", "first-section")
    assert [o.text for o in first.options] == [
        "Before the deadline",
        "After the buyer complains",
        "Never",
    ]
    assert first.correct_indices == {0}
    assert first.explanation == "The rule callout in the first section says so."
    assert quiz.questions[1].correct_indices == {0, 1}
    assert quiz.questions[2].tests_anchor == "second-section"


def test_raw_html_lesson_loads_despite_the_html(broken):
    lesson = broken.lessons["raw-html"]
    assert "<div" in lesson.body
    assert not [e for e in broken.errors if e.path.name == "raw-html.md" and e.severity == "error"]


def test_raw_html_gives_a_warning_at_its_line(broken):
    warnings = [(e.path.name, e.line) for e in broken.errors if e.severity == "warning"]
    assert ("raw-html.md", 13) in warnings


# -- focused cases in tmp_path -----------------------------------------------------------------


def _problems(course):
    return [(e.path.name, e.line, e.message) for e in course.errors]


def test_minimal_course_loads(make_content, lesson_md, quiz_md):
    root = make_content(
        lessons={"a": lesson_md("a", quiz="a-quiz")},
        quizzes={"a-quiz": quiz_md("a-quiz", "## Q?\n\n- [x] Yes\n- [ ] No\n", lesson="a")},
    )
    course = load_course(root)
    assert course.errors == []
    assert list(course.lessons) == ["a"] and list(course.quizzes) == ["a-quiz"]
    assert course.lessons["a"].roles == ("all",) and course.lessons["a"].tags == ()
    assert course.quizzes["a-quiz"].shuffle is True
    assert course.quizzes["a-quiz"].draw is None and course.quizzes["a-quiz"].time_limit is None


def test_missing_lessons_folder(tmp_path):
    course = load_course(tmp_path)
    assert [(e.line, e.message) for e in course.errors] == [
        (1, "content folder has no lessons/ folder")
    ]
    assert course.lessons == {} and course.quizzes == {}


def test_roles_may_be_a_single_word(make_content, lesson_md):
    root = make_content(lessons={"a": lesson_md("a", roles="logistics", tags="[ip, fees]")})
    lesson = load_course(root).lessons["a"]
    assert lesson.roles == ("logistics",)
    assert lesson.tags == ("ip", "fees")
    assert lesson.required_for("logistics") and not lesson.required_for("finance")
    assert not lesson.required_for(None)


def test_text_field_must_be_text(make_content, lesson_md):
    root = make_content(lessons={"a": lesson_md("a", title="123")})
    course = load_course(root)
    assert _problems(course) == [("a.md", 3, "'title' must be text, not 123")]
    assert course.lessons == {}


def test_quiz_field_types(make_content, quiz_md):
    quiz = quiz_md("q", "## Q?\n\n- [x] Yes\n- [ ] No\n", shuffle="maybe", time_limit=0, draw="all")
    course = load_course(make_content(quizzes={"q": quiz}))
    assert _problems(course) == [
        ("q.md", 5, "'shuffle' must be true or false, not 'maybe'"),
        ("q.md", 6, "'time_limit' must be a whole number from 1 to 600, not 0"),
        ("q.md", 7, "'draw' must be a whole number from 1 to 10000, not 'all'"),
    ]


def test_quiz_without_questions(make_content, quiz_md):
    course = load_course(make_content(quizzes={"q": quiz_md("q", "Just an intro.\n")}))
    assert _problems(course) == [
        ("q.md", 6, "the quiz has no questions: add a '## question' with options")
    ]


def test_quiz_intro_and_context_are_kept(make_content, lesson_md, quiz_md):
    body = (
        "Read carefully.\n\n"
        "## Which one?\n\nA buyer writes at 9:00.\n\n"
        "Tests: [First section](../lessons/a.md#first-section)\n\n"
        "- [ ] One\n- [x] Two\n"
    )
    root = make_content(lessons={"a": lesson_md("a")}, quizzes={"q": quiz_md("q", body)})
    course = load_course(root)
    assert course.errors == []
    quiz = course.quizzes["q"]
    assert quiz.intro == "Read carefully."
    question = quiz.questions[0]
    assert question.context == "A buyer writes at 9:00."
    assert (question.line, question.tests_line) == (9, 13)
    assert question.correct_indices == {1}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("## Q?\n\n- [x] A\n- [ ] B\n\n* [ ] C\n", [(12, "one answer part")]),
        ("## Q?\n\n- [x] Same\n- [ ] same\n", [(7, "two identical options")]),
        ("## Q?\n\n- [x] A\n- [ ] B\n\n> One.\n\n> Two.\n", [(14, "one explanation")]),
        (
            "## Q?\n\nTests: [A](https://example.com)\n\n- [x] A\n- [ ] B\n",
            [(9, "'Tests:' must link to a lesson section")],
        ),
        ("### Q?\n\n- [x] A\n- [ ] B\n", [(7, "questions are '##' headings, not '###'")]),
        (
            "## Q?\n\n- [x] A\n  - [ ] nested\n- [ ] B\n",
            [(9, "options cannot contain nested lists")],
        ),
        ("## \n\n- [x] A\n- [ ] B\n", [(7, "question heading is empty")]),
        ("## Q?\n\nSome context only.\n", [(7, "has no options")]),
    ],
)
def test_quiz_body_problems(make_content, quiz_md, body, expected):
    course = load_course(make_content(quizzes={"q": quiz_md("q", body)}))
    actual = [(e.line, e.message) for e in course.errors]
    assert [line for line, _ in actual] == [line for line, _ in expected]
    for (_, message), (_, fragment) in zip(actual, expected, strict=True):
        assert fragment in message
    assert course.quizzes == {}


def test_empty_option_says_it_has_no_text(make_content, quiz_md):
    body = "## Q?\n\n- [x] A\n- [ ] B\n- [ ]\n"
    course = load_course(make_content(quizzes={"q": quiz_md("q", body)}))
    assert [(e.line, e.message) for e in course.errors] == [(11, "option has no text")]


def test_nested_callout_and_setext_h1_and_fenced_heading(make_content, lesson_md):
    body = (
        "## Real section\n\n"  # 11
        "```\n## not a section\n```\n\n"  # 13-15
        "::: rule One\n"  # 17
        "::: tip Two\n"  # 18
        ":::\n\n"  # 19
        "Title\n=====\n"  # 21
    )
    course = load_course(make_content(lessons={"a": lesson_md("a", body=body)}))
    assert _problems(course) == [
        ("a.md", 18, "callout opened inside the callout of line 17; close it first"),
        ("a.md", 21, "use '##' for sections: the title comes from the front matter"),
    ]
    sections = scan_sections(body, 11)
    assert [(s.anchor, s.line) for s in sections] == [("real-section", 11)]


def test_shallow_load_skips_body_checks_but_not_empty_lessons(make_content, lesson_md):
    root = make_content(
        lessons={
            "a": lesson_md("a", body="## S\n\n![](../assets/none.svg)\n"),
            "b": lesson_md("b", body="\n"),
        }
    )
    shallow = load_course(root, deep=False)
    assert _problems(shallow) == [("b.md", 10, "the lesson has no text")]
    assert list(shallow.lessons) == ["a"]
    deep = load_course(root, deep=True)
    assert [(name, line) for name, line, _ in _problems(deep)] == [
        ("a.md", 13),
        ("a.md", 13),
        ("b.md", 10),
    ]


def test_broken_quiz_named_by_a_lesson_gives_no_knock_on_error(make_content, lesson_md, quiz_md):
    root = make_content(
        lessons={"a": lesson_md("a", quiz="a-quiz")},
        quizzes={"a-quiz": quiz_md("a-quiz", "## Q?\n\n- [ ] A\n- [ ] B\n", lesson="a")},
    )
    course = load_course(root)
    assert [(name, line) for name, line, _ in _problems(course)] == [("a-quiz.md", 8)]
    assert "a" in course.lessons


def test_lesson_naming_another_lessons_quiz(make_content, lesson_md, quiz_md):
    root = make_content(
        lessons={"a": lesson_md("a", quiz="b-quiz"), "b": lesson_md("b", quiz="b-quiz")},
        quizzes={"b-quiz": quiz_md("b-quiz", "## Q?\n\n- [x] A\n- [ ] B\n", lesson="b")},
    )
    course = load_course(root)
    assert _problems(course) == [
        ("a.md", 9, "quiz 'b-quiz' belongs to lesson 'b', not to this lesson")
    ]


def test_duplicate_quiz_id(make_content, quiz_md):
    questions = "## Q?\n\n- [x] A\n- [ ] B\n"
    root = make_content(quizzes={"one": quiz_md("q", questions), "two": quiz_md("q", questions)})
    course = load_course(root)
    assert _problems(course) == [("two.md", 2, "duplicate quiz id 'q' (also in one.md)")]
    assert course.quizzes["q"].path.name == "one.md"


def test_duplicate_lesson_id_is_reported_at_the_id_line(make_content, lesson_md):
    text = "---\ntitle: Moved id\nid: same\nmodule: M\norder: 1\nminutes: 2\n"
    text += "summary: S\nreviewed: 2026-01-01\n---\n\n## S\n\nText.\n"
    root = make_content(lessons={"a": lesson_md("same"), "b": text})
    course = load_course(root)
    assert [(name, line) for name, line, _ in _problems(course)] == [("b.md", 3)]


def test_impossible_date_is_a_problem_not_a_crash(make_content, lesson_md):
    root = make_content(lessons={"a": lesson_md("a", reviewed="2026-13-45"), "b": lesson_md("b")})
    course = load_course(root)
    assert [(name, line) for name, line, _ in _problems(course)] == [("a.md", 8)]
    assert list(course.lessons) == ["b"]


def test_unclosed_quote_is_reported_where_it_opens(make_content, lesson_md):
    root = make_content(lessons={"a": lesson_md("a", title="'Brand logos")})
    course = load_course(root)
    assert [(name, line) for name, line, _ in _problems(course)] == [("a.md", 3)]


def test_non_utf8_quiz_reports_the_line(make_content, quiz_md):
    raw = quiz_md("q", "## Q?\n\n- [x] Caf\xe9\n- [ ] B\n").encode("latin-1")
    course = load_course(make_content(quizzes={"q": raw}))
    assert _problems(course) == [("q.md", 9, "the file is not UTF-8 text: save it as UTF-8")]


def test_bom_and_crlf_files_load(make_content, lesson_md, quiz_md):
    lesson = lesson_md("a", quiz="q")
    quiz = quiz_md(
        "q",
        "## Q?\n\nTests: [S](../lessons/a.md#second-section)\n\n- [x] A\n- [ ] B\n\n> Why.\n",
        lesson="a",
    )
    plain = load_course(make_content(lessons={"a": lesson}, quizzes={"q": quiz}, name="plain"))
    crlf = load_course(
        make_content(
            lessons={"a": ("\ufeff" + lesson.replace("\n", "\r\n")).encode("utf-8")},
            quizzes={"q": quiz.replace("\n", "\r\n").encode("utf-8")},
            name="crlf",
        )
    )
    assert crlf.errors == [] and plain.errors == []
    assert crlf.lessons["a"].version == plain.lessons["a"].version
    assert crlf.quizzes["q"].version == plain.quizzes["q"].version
    question = crlf.quizzes["q"].questions[0]
    assert question.explanation == "Why."
    assert [o.text for o in question.options] == ["A", "B"]
    assert question.tests_anchor == "second-section"
