"""An author's (or manager's) Session: the course's lesson and quiz files and their publication."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sellertrain.core.message import QT_TRANSLATE_NOOP
from sellertrain.core.models import Lesson
from sellertrain.core.session.access import AccessDenied, SessionBase
from sellertrain.core.store import Publication, QuizPublication
from sellertrain.core.training import quiz_terms, retraining

if TYPE_CHECKING:
    from sellertrain.core.content.drafts import PublishedDraft
    from sellertrain.core.interchange.quiz_writer import ImportResult
    from sellertrain.core.training.translations import OutdatedTranslation

log = logging.getLogger(__name__)


class CourseFiles(SessionBase):
    """Changes to the course's files, for authors and managers only."""

    def affected_completions(self, lesson_id: str, new_text: str) -> int:
        """How many completions a save of ``new_text`` as ``lesson_id`` would make out of date."""
        from sellertrain.core.content.authoring import affected_completions

        self._require_author(QT_TRANSLATE_NOOP("Access", "change the course"))
        return affected_completions(self._store, lesson_id, new_text)

    def save_content(self, path: Path, text: str) -> str:
        """Write a lesson or quiz file of the course (atomically) and audit the new version.

        Only ``lessons/*.md`` and ``quizzes/*.md`` inside the course folder can be written.
        Return the file's new content version.
        """
        from sellertrain.core.content.authoring import save_source
        from sellertrain.core.content.drafts import is_draft_text
        from sellertrain.core.models import content_version
        from sellertrain.core.store.audit import CONTENT_PUBLISHED, DRAFT_SAVED

        self._require_author(QT_TRANSLATE_NOOP("Access", "change the course"))
        relative = self._content_file(path)
        save_source(path, text)
        version = content_version(text)
        action = DRAFT_SAVED if is_draft_text(text) else CONTENT_PUBLISHED
        self._store.record_content_published(
            self.employee.id, relative, {"version": version}, action
        )
        self._changed()
        return version

    def publish_draft(self, item_id: str) -> list[PublishedDraft]:
        """Make a draft lesson (with its draft quizzes) or draft quiz live for learners.

        Each file loses its ``status: draft`` line and is audited as published; reload the
        course afterwards. Raises DraftError (a ValueError) when it cannot be published.
        """
        from sellertrain.core.content.drafts import publish_drafts

        self._require_author(QT_TRANSLATE_NOOP("Access", "publish drafts"))
        published = publish_drafts(self._store, self.source_course, item_id, self.employee.id)
        self._changed()
        return published

    def import_questions(
        self, source: Path, quiz_id: str | None = None
    ) -> tuple[ImportResult, list[Path]]:
        """Convert a GIFT or Aiken file into draft quiz files of the course; audited.

        Raises ImportRefused (nothing written) when a file or quiz id is already taken.
        """
        from sellertrain.core.interchange.question_import import (
            audit_import,
            import_question_file,
        )

        self._require_author(QT_TRANSLATE_NOOP("Access", "import questions"))
        result, written = import_question_file(
            source, Path(self.source_course.root) / "quizzes", quiz_id
        )
        audit_import(self._store, self.employee.id, source, result, written)
        self._changed()
        return result, written

    def publish_lesson(
        self,
        lesson_id: str,
        kind: str,
        sections: Sequence[str] | None = None,
        previous: Lesson | None = None,
        note: str = "",
    ) -> Publication:
        """Say whether a lesson's change is material or editorial (see core/training/retraining.py)."""
        self._require_author(QT_TRANSLATE_NOOP("Access", "publish lesson changes"))
        lesson = self.source_course.lessons.get(lesson_id)
        if lesson is None:
            raise KeyError(lesson_id)
        publication = retraining.publish(
            self._store,
            lesson,
            kind,
            sections,
            self.employee.id,
            previous,
            note,
            self.source_course,
        )
        log.info("%s published %s as %s (%s)", self.employee.id, lesson_id, kind, sections)
        self._changed()
        self._localized = None  # what is up to date in each language may have changed
        return publication

    def plan_publication(self, previous: Lesson, text: str) -> retraining.PublishPlan | None:
        """What saving ``text`` over lesson ``previous`` means for its readers (None when the
        text is not a valid lesson with the same id: it cannot be published as a change)."""
        from sellertrain.core.content.lessons import lesson_from_text

        self._require_author(QT_TRANSLATE_NOOP("Access", "publish lesson changes"))
        new, _ = lesson_from_text(
            previous.path, text, self.source_course.root / "assets", deep=False
        )
        if new is None or new.id != previous.id or new.version == previous.version:
            return None
        return retraining.plan_publication(self._store, previous, new)

    def pending_plan(self, lesson_id: str) -> retraining.PublishPlan | None:
        """The decision a lesson changed outside the app awaits (None: nothing to decide)."""
        self._require_author(QT_TRANSLATE_NOOP("Access", "publish lesson changes"))
        return retraining.pending_plan(self._store, self.source_course, lesson_id)

    def pending_changes(self) -> list[retraining.PendingChange]:
        """Lessons edited since their last publication, awaiting a material/editorial call."""
        self._require_author(QT_TRANSLATE_NOOP("Access", "see unpublished changes"))
        return retraining.pending_changes(self._store, self.source_course)

    def pending_quizzes(self) -> list[quiz_terms.PendingQuiz]:
        """Quizzes edited since their last publication: nobody can take them until published."""
        self._require_author(QT_TRANSLATE_NOOP("Access", "see unpublished changes"))
        return quiz_terms.pending_quizzes(self._store, self.source_course.quizzes.values())

    def publish_quiz(self, quiz_id: str, kind: str, note: str = "") -> QuizPublication:
        """Publish a changed quiz as material or editorial (see core/training/quiz_terms.py)."""
        self._require_author(QT_TRANSLATE_NOOP("Access", "publish quiz changes"))
        quiz = self.source_course.quizzes.get(quiz_id)
        if quiz is None:
            raise KeyError(quiz_id)
        publication = quiz_terms.publish_quiz(
            self._store, quiz, kind, self.employee.id, note, self.source_course
        )
        log.info("%s published quiz %s as %s", self.employee.id, quiz_id, kind)
        self._changed()
        return publication

    def outdated_translations(self) -> list[OutdatedTranslation]:
        """Lessons whose text in one language lags a material change made in another."""
        from sellertrain.core.training.translations import outdated_translations

        self._require_author(QT_TRANSLATE_NOOP("Access", "see translations"))
        return outdated_translations(self.source_course, self._store.publications())

    def publish_translation(
        self, lesson_id: str, lang: str, kind: str, sections: Sequence[str] = (), note: str = ""
    ) -> Publication:
        """Publish a language's text of a lesson (see core/training/translations.py)."""
        from sellertrain.core.training.translations import publish_translation

        self._require_author(QT_TRANSLATE_NOOP("Access", "publish lesson changes"))
        publication = publish_translation(
            self._store, self.source_course, lesson_id, lang, kind, self.employee.id, sections, note
        )
        self._changed()
        self._localized = None  # what is up to date in each language may have changed
        return publication

    def add_image(self, source: Path, alt: str = "") -> str:
        """Copy an image into the course's ``assets/``; return its Markdown reference."""
        from sellertrain.core.content.authoring import add_image

        self._require_author(QT_TRANSLATE_NOOP("Access", "change the course"))
        return add_image(source, self.source_course.root, alt)

    def _content_file(self, path: Path) -> str:
        """``lessons/NAME.md`` or ``quizzes/NAME.md`` for a file of this course, else refuse."""
        root = Path(self.source_course.root).resolve()
        resolved = Path(path).resolve()
        try:
            relative = resolved.relative_to(root)
        except ValueError:
            raise AccessDenied(
                QT_TRANSLATE_NOOP("Access", "{path} is not a file of the course in {root}").format(
                    path=path, root=root
                )
            ) from None
        if len(relative.parts) != 2 or relative.parts[0] not in ("lessons", "quizzes"):
            raise AccessDenied(
                QT_TRANSLATE_NOOP(
                    "Access", "only lessons/*.md and quizzes/*.md can be saved, not {relative}"
                ).format(relative=relative)
            )
        if relative.suffix != ".md":
            raise AccessDenied(
                QT_TRANSLATE_NOOP(
                    "Access", "only Markdown (.md) files can be saved, not {relative}"
                ).format(relative=relative)
            )
        return relative.as_posix()
