"""The main window: a stack of screens, the toolbar and Help menu. Navigation and wiring only.

It makes the one Session at sign-in and shows every screen for it; a write through the Session
emits ``records_changed``, which refreshes the screens that show records."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from sellertrain.core.models import Course, Employee
from sellertrain.ui import dialogs
from sellertrain.ui.language_choice import LanguageChoice
from sellertrain.ui.learner_screens import LearnerScreens
from sellertrain.ui.navigation import NavigationBar, add_help_menu
from sellertrain.ui.shortcuts import add_shortcuts, press_enter_on_buttons
from sellertrain.ui.translations import error_text

if TYPE_CHECKING:
    from sellertrain.core.accounts import Accounts
    from sellertrain.core.session import Session
    from sellertrain.core.training.attempts import QuizSession
    from sellertrain.ui.first_run import FirstRunScreen
    from sellertrain.ui.learner.lesson_reader import LessonScreen
    from sellertrain.ui.learner.my_progress import MyProgressScreen
    from sellertrain.ui.learner.outline import OutlineScreen
    from sellertrain.ui.learner.quiz_runner import QuizScreen
    from sellertrain.ui.learner.recheck_banner import RecheckBanner
    from sellertrain.ui.learner.results import ResultsScreen
    from sellertrain.ui.learner.what_changed import WhatChangedScreen
    from sellertrain.ui.sign_in import SignInScreen
    from sellertrain.ui.studio.author_studio import AuthorScreen
    from sellertrain.ui.sync_status import SyncStatus
    from sellertrain.ui.team.employee_detail import EmployeeDetailScreen
    from sellertrain.ui.team.team_view import TeamScreen


class RecordsScreen(Protocol):
    """A screen that shows records: the Session it was last shown for, and a reload."""

    session: Session | None

    def refresh(self) -> None: ...


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, in the event loop's next turn after ``widget`` was first painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


class MainWindow(LearnerScreens, QMainWindow):
    records_changed = Signal()  # a write went through the signed-in Session

    def __init__(
        self, accounts: Accounts, course: Course | Callable[[], Course], language: str = "en"
    ) -> None:
        """``course`` may be a function that loads it: it is then called after the first
        paint (or when first needed), so the sign-in screen does not wait for the course."""
        super().__init__()
        self.accounts = accounts
        self._course: Course | None = course if isinstance(course, Course) else None
        self._load_course = None if isinstance(course, Course) else course
        self.language = language  # "en" or "zh-CN": the screens are built in it (core.language)
        self.employee: Employee | None = None
        self.session: Session | None = None
        self.author: AuthorScreen | None = None  # the author studio, built on first use
        self.setWindowTitle(self.tr("SellerTrain"))
        self.setObjectName("mainWindow")

        # Every screen is built on first use (see the properties below): the first paint
        # shows sign-in or first-run only, so start-up neither imports nor builds the others.
        self._first_run: FirstRunScreen | None = None
        self._sign_in: SignInScreen | None = None
        self._started = False  # the work left until after the first paint is done
        self._outline: OutlineScreen | None = None
        self._recheck_banner: RecheckBanner | None = None
        self._lesson: LessonScreen | None = None
        self._quiz: QuizScreen | None = None
        self._results: ResultsScreen | None = None
        self._what_changed: WhatChangedScreen | None = None
        self._my_progress: MyProgressScreen | None = None
        self._team: TeamScreen | None = None
        self._employee_detail: EmployeeDetailScreen | None = None
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.toolbar = NavigationBar(self)
        self.addToolBar(self.toolbar)  # at the top
        self.toolbar.setVisible(False)
        add_shortcuts(self, self.toolbar)
        self.about_action = add_help_menu(self, accounts.store.path, lambda: self.course.root)
        self.team_action, self.author_action = self.toolbar.team_action, self.toolbar.author_action
        self.user_label = self.toolbar.user_label
        self._connect()
        self.language_choice = LanguageChoice(self)
        self.sync_status: SyncStatus | None = None  # the company record, if joined
        if accounts.joined_company_record():  # its modules only for a database that did
            from sellertrain.ui.sync_status import attach_sync_status

            self.sync_status = attach_sync_status(self)
        if self._course is not None:
            self._show_content_problems(self._course)

    @property
    def course(self) -> Course:
        """The course; loaded here if the work after the first paint has not loaded it yet."""
        if self._course is None:
            assert self._load_course is not None
            self._course = self._load_course()
            self._show_content_problems(self._course)
        return self._course

    @course.setter
    def course(self, course: Course) -> None:
        self._course = course

    def _show_content_problems(self, course: Course) -> None:
        if n := len([e for e in course.errors if e.severity == "error"]):
            hidden = self.tr(
                "%n content problem(s) hidden from learners; run 'sellertrain check'.", "", n
            )
            self.statusBar().showMessage(hidden)

    def finish_start(self) -> None:
        """What the first screen does not need: loading the course, and Enter pressing a
        focused button (an application-wide event filter: before the first paint it would
        see every event of building the window). Done once, after the first paint or when
        the course or a key is first needed."""
        if self._started:
            return
        self._started = True
        press_enter_on_buttons(self)
        _ = self.course

    @property
    def first_run(self) -> FirstRunScreen:
        if self._first_run is None:
            from sellertrain.ui.first_run import FirstRunScreen

            self._first_run = FirstRunScreen()
            self._first_run.show_for(self.accounts)
            self._first_run.account_created.connect(self.signed_in)
            self.stack.addWidget(self._first_run)
        return self._first_run

    @property
    def sign_in(self) -> SignInScreen:
        if self._sign_in is None:
            from sellertrain.ui.sign_in import SignInScreen

            self._sign_in = SignInScreen()
            self._sign_in.signed_in.connect(self.signed_in)
            self.language_choice.add_to(self._sign_in)
            self.stack.addWidget(self._sign_in)
        return self._sign_in

    def _connect(self) -> None:
        self.toolbar.home_action.triggered.connect(self.show_home)
        self.toolbar.progress_action.triggered.connect(self.show_my_progress)
        self.toolbar.sign_out_action.triggered.connect(self.sign_out)
        self.team_action.triggered.connect(self.show_team)
        self.author_action.triggered.connect(self.show_author)

    # -- the screens, built on first use -----------------------------------------------
    def _add_screen(self, screen: QWidget, records: RecordsScreen | None = None) -> None:
        """Put a screen in the stack; a ``records`` screen refreshes for its own Session only."""
        self.stack.addWidget(screen)
        if records is not None:
            self.records_changed.connect(
                lambda: records.refresh() if records.session is self.session else None
            )

    def _records_written(self, session: Session) -> None:
        if session is self.session:  # not a Session signed out of
            self.records_changed.emit()

    # -- navigation --------------------------------------------------------------------
    def start(self, finish: bool = True) -> None:
        """The first screen: first-run set-up, or sign-in; the rest after its first paint
        (``finish`` False: not even then, for ``--smoke``, which ends at that paint)."""
        if self.accounts.has_employees():
            self.sign_in.show_for(self.accounts)
            self.stack.setCurrentWidget(self.sign_in)
        else:
            self.stack.setCurrentWidget(self.first_run)
        if finish and not self._started:
            _AfterFirstPaint(self.stack.currentWidget() or self, self.finish_start)

    def _leave_current(self) -> bool:
        """Leave the current screen; False if the user chose to stay (a quiz, unsaved edits)."""
        author, quiz, current = self.author, self._quiz, self.stack.currentWidget()
        if author is not None and current is author and not author.maybe_leave():
            return False
        if quiz is not None and current is quiz and quiz.in_attempt:
            if not dialogs.ask_yes_no(
                self,
                self.tr("Leave the quiz?"),
                self.tr(
                    "Your answers so far are kept. The quiz continues where you left it "
                    "when you start it again or sign in next time."
                ),
            ):
                return False
            quiz.leave()
        if self._lesson is not None:
            self._lesson.leave()
        return True

    def signed_in(self, employee: Employee) -> None:
        """Open the one Session of this sign-in and show the first screen for it."""
        self.finish_start()  # signed in before the event loop's next turn (tests, scripts)
        self.employee = employee
        self.session = session = self.accounts.open_session(employee, self.course, self.language)
        session.on_change(lambda: self._records_written(session))
        if self._quiz is not None:
            self._quiz.show_for(session)
        self.toolbar.show_for(session)
        expired = session.close_expired_attempts()  # time ran out while the app was closed
        attempt = None if expired else session.resume_quiz()
        if expired:
            self.show_results(expired[0])
        elif attempt is not None:
            self.run_session(attempt)
        else:
            self.show_home()

    def show_home(self) -> None:
        if self.session is None or not self._leave_current():
            return
        self.outline.show_for(self.session)
        self.stack.setCurrentWidget(self.outline)

    def show_my_progress(self) -> None:
        if self.session is None or not self._leave_current():
            return
        self.my_progress.show_for(self.session)
        self.stack.setCurrentWidget(self.my_progress)

    @property
    def team(self) -> TeamScreen:
        """The manager's team view (its modules load only when a manager opens it)."""
        if self._team is None:
            from sellertrain.ui.team.team_view import TeamScreen

            self._team = TeamScreen()
            self._team.open_employee.connect(self.show_employee)
            self._add_screen(self._team, records=self._team)
        return self._team

    @property
    def employee_detail(self) -> EmployeeDetailScreen:
        if self._employee_detail is None:
            from sellertrain.ui.team.employee_detail import EmployeeDetailScreen

            self._employee_detail = EmployeeDetailScreen()
            self._employee_detail.back.connect(self.show_team)
            self._add_screen(self._employee_detail, records=self._employee_detail)
        return self._employee_detail

    def show_team(self) -> None:
        if self.session is None or not self.session.is_manager or not self._leave_current():
            return
        self.team.show_for(self.session)
        self.stack.setCurrentWidget(self.team)

    def show_author(self) -> None:
        if self.session is None or not self.session.can_author or not self._leave_current():
            return
        if self.author is None:  # built on first use: its module is not needed at start-up
            from sellertrain.ui.studio.author_studio import AuthorScreen

            self.author = AuthorScreen()
            self.author.content_changed.connect(self.reload_course)
            self.stack.addWidget(self.author)
        self.author.show_for(self.session)
        self.stack.setCurrentWidget(self.author)

    def reload_course(self) -> None:
        """Read the content folder again after an author saved, so learners see the change."""
        from sellertrain.core.content.cache import load_course_cached

        course = load_course_cached(self.course.root)
        self.course = course
        if self.session is not None:
            self.session.course = course  # the screens read it there when next shown

    def show_employee(self, employee_id: str) -> None:
        if self.session is None:
            return
        self.employee_detail.show_for(self.session, employee_id)
        self.stack.setCurrentWidget(self.employee_detail)

    def open_lesson(self, target: str) -> None:
        """Open ``lesson-id`` or ``lesson-id#anchor``."""
        lesson_id, _, anchor = target.partition("#")
        if self.session is None or lesson_id not in self.course.lessons:
            return
        if self.stack.currentWidget() is not self._lesson and not self._leave_current():
            return
        self.lesson.show_for(self.session, lesson_id, anchor)
        self.stack.setCurrentWidget(self.lesson)

    def start_quiz(self, quiz_id: str) -> None:
        from sellertrain.core.training.quiz_terms import QuizChanged  # not needed at start-up

        if self.session is None or quiz_id not in self.course.quizzes or not self._leave_current():
            return
        try:
            started = self.session.start_quiz(quiz_id)  # its open attempt, or a new one
        except QuizChanged as exc:  # edited since it was published: nobody can take it yet
            dialogs.show_error(self, self.tr("This quiz cannot be taken now"), error_text(exc))
            return
        self.run_session(started)

    def show_changes(self, lesson_id: str) -> None:
        """What changed in a lesson since the signed-in employee completed it."""
        if self.session is None or not self._leave_current():
            return
        if not self.what_changed.show_for(self.session, lesson_id):
            self.show_home()  # nothing changed since (any more)
            return
        self.stack.setCurrentWidget(self.what_changed)

    def start_recheck(self, lesson_id: str) -> None:
        if self.session is None:
            return
        if (attempt := self.session.start_recheck(lesson_id)) is not None:
            self.run_session(attempt)

    def confirm_changes_read(self, lesson_id: str) -> None:
        """No question tests the changed sections: reading them restores "complete"."""
        if self.session is None:
            return
        self.session.complete_lesson(lesson_id)
        self.show_home()

    def run_session(self, attempt: QuizSession) -> None:
        """Show a started attempt (a quiz, a re-check or a review) in the quiz runner."""
        if not self._leave_current():
            return
        self.stack.setCurrentWidget(self.quiz)  # first: a time-out on starting shows results
        self.quiz.start(attempt)

    def show_results(self, attempt_id: str) -> None:
        """An attempt's review, through the Session: only your own (a manager: anyone's)."""
        from sellertrain.core.session import AccessDenied

        if self.session is None:
            return
        try:
            if not self.results.show_for(self.session, attempt_id):
                return
        except AccessDenied as exc:
            dialogs.show_error(self, self.tr("Cannot show this attempt"), error_text(exc))
            return
        if self._lesson is not None:
            self._lesson.leave()
        self.stack.setCurrentWidget(self.results)

    def sign_out(self) -> None:
        if not self._leave_current():
            return
        self.employee, self.session = None, None
        self.toolbar.setVisible(False)
        self.sign_in.show_for(self.accounts)  # after a first run it was never shown
        self.stack.setCurrentWidget(self.sign_in)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.author is not None and not self.author.maybe_leave():
            event.ignore()  # the author chose to keep editing
            return
        if self._lesson is not None:
            self._lesson.leave()
        if self._quiz is not None:
            self._quiz.leave()
        super().closeEvent(event)
