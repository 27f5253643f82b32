"""The learner's screens of the main window, each built on first use (a MainWindow mixin).

The first paint shows sign-in or first-run only, so start-up neither imports nor builds these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget, QWidget

    from sellertrain.core.session import Session
    from sellertrain.core.training.attempts import QuizSession
    from sellertrain.ui.learner.lesson_reader import LessonScreen
    from sellertrain.ui.learner.my_progress import MyProgressScreen
    from sellertrain.ui.learner.outline import OutlineScreen
    from sellertrain.ui.learner.quiz_runner import QuizScreen
    from sellertrain.ui.learner.recheck_banner import RecheckBanner
    from sellertrain.ui.learner.results import ResultsScreen
    from sellertrain.ui.learner.what_changed import WhatChangedScreen
    from sellertrain.ui.navigation import NavigationBar


class LearnerScreens:
    """Outline, lesson, quiz, results, what changed and my progress, built when first shown."""

    session: Session | None
    stack: QStackedWidget
    toolbar: NavigationBar
    _outline: OutlineScreen | None
    _recheck_banner: RecheckBanner | None
    _lesson: LessonScreen | None
    _quiz: QuizScreen | None
    _results: ResultsScreen | None
    _what_changed: WhatChangedScreen | None
    _my_progress: MyProgressScreen | None

    if TYPE_CHECKING:  # the main window's own navigation

        def _add_screen(self, screen: QWidget, records: Any = None) -> None: ...
        def run_session(self, attempt: QuizSession) -> None: ...
        def open_lesson(self, target: str) -> None: ...
        def start_quiz(self, quiz_id: str) -> None: ...
        def show_changes(self, lesson_id: str) -> None: ...
        def show_home(self) -> None: ...
        def show_results(self, attempt_id: str) -> None: ...
        def start_recheck(self, lesson_id: str) -> None: ...
        def confirm_changes_read(self, lesson_id: str) -> None: ...

    @property
    def outline(self) -> OutlineScreen:
        if self._outline is None:
            from sellertrain.ui.learner.certificate_banner import CertificateBanner
            from sellertrain.ui.learner.outline import OutlineScreen
            from sellertrain.ui.learner.recheck_banner import RecheckBanner

            screen = OutlineScreen()
            self._recheck_banner = RecheckBanner()
            self._recheck_banner.review_started.connect(self.run_session)
            screen.add_banner(self._recheck_banner)
            screen.add_banner(CertificateBanner())
            screen.open_lesson.connect(self.open_lesson)
            screen.start_quiz.connect(self.start_quiz)
            screen.show_changes.connect(self.show_changes)
            self._add_screen(screen, records=screen)
            self._outline = screen
        return self._outline

    @property
    def recheck_banner(self) -> RecheckBanner:
        self.outline  # noqa: B018 - builds the outline and its banners
        assert self._recheck_banner is not None
        return self._recheck_banner

    @property
    def lesson(self) -> LessonScreen:
        if self._lesson is None:
            from sellertrain.ui.learner.lesson_reader import LessonScreen

            screen = LessonScreen()
            screen.open_lesson.connect(self.open_lesson)
            screen.start_quiz.connect(self.start_quiz)
            screen.back.connect(self.show_home)
            self._add_screen(screen, records=screen)
            self._lesson = screen
        return self._lesson

    @property
    def quiz(self) -> QuizScreen:
        if self._quiz is None:
            from sellertrain.ui.learner.quiz_runner import QuizScreen

            screen = QuizScreen()
            if self.session is not None:
                screen.show_for(self.session)
            screen.finished.connect(self.show_results)
            self._add_screen(screen)
            self._quiz = screen
        return self._quiz

    @property
    def results(self) -> ResultsScreen:
        if self._results is None:
            from sellertrain.ui.learner.results import ResultsScreen

            screen = ResultsScreen()
            screen.retake.connect(self.start_quiz)
            screen.back.connect(self.show_home)
            screen.open_lesson.connect(self.open_lesson)
            screen.reopen.connect(self.show_results)  # "Back to results" after a lesson
            screen.follow(self.stack, self.toolbar)
            self._add_screen(screen)
            self._results = screen
        return self._results

    @property
    def what_changed(self) -> WhatChangedScreen:
        if self._what_changed is None:
            from sellertrain.ui.learner.what_changed import WhatChangedScreen

            screen = WhatChangedScreen()
            screen.back.connect(self.show_home)
            screen.open_lesson.connect(self.open_lesson)
            screen.start_recheck.connect(self.start_recheck)
            screen.confirm_read.connect(self.confirm_changes_read)
            self._add_screen(screen)
            self._what_changed = screen
        return self._what_changed

    @property
    def my_progress(self) -> MyProgressScreen:
        if self._my_progress is None:
            from sellertrain.ui.learner.my_progress import MyProgressScreen

            screen = MyProgressScreen()
            screen.open_attempt.connect(self.show_results)
            self._add_screen(screen, records=screen)
            self._my_progress = screen
        return self._my_progress
