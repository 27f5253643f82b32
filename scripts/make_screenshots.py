"""Make the README screenshots from the real app, offscreen, with a throw-away database.

Run: uv run python scripts/make_screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from sellertrain.core.content import load_course
from sellertrain.core.demo import generate_demo_data
from sellertrain.core.paths import bundled_content
from sellertrain.core.store import Store
from sellertrain.ui import dialogs
from sellertrain.ui.main_window import MainWindow
from sellertrain.ui.style import APP_STYLE_SHEET
from sellertrain.ui.team_model import ROW_ROLE


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    app.setStyleSheet(APP_STYLE_SHEET)
    dialogs.ask_yes_no = lambda *_args: True
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "shots.db")
        course = load_course(bundled_content(), deep=False)
        window = MainWindow(store, course)
        window.resize(1180, 780)
        window.start()
        window.show()

        def shot(name: str) -> None:
            app.processEvents()
            window.grab().save(str(out / f"{name}.png"))
            print("wrote", out / f"{name}.png")

        shot("first-run")
        store.add_employee("Wang Fang", "manager", "manager-pass", "management")
        learner = store.add_employee("Chen Jie", "learner", "learner-pass", "customer-service")
        window.sign_in.refresh()
        window.start()
        window.sign_in.select("Chen Jie")
        shot("sign-in")
        window.signed_in(learner)
        first = course.ordered_lessons[0]
        window.open_lesson(first.id)
        window.lesson.mark_complete()
        shot("lesson")
        window.start_quiz(first.quiz_id)
        session = window.quiz.session
        for index, presented in enumerate(session.presented):
            correct = [
                p
                for p, o in enumerate(presented.option_order)
                if presented.question.options[o].correct
            ]
            wrong = [p for p in range(len(presented.option_order)) if p not in correct]
            session.answer(index, set(correct) if index % 4 else {wrong[0]})
        window.quiz.go_to(2)
        shot("quiz")
        window.quiz.submit()
        shot("results")
        window.open_lesson(course.ordered_lessons[1].id)
        window.show_home()
        shot("outline")
        window.show_my_progress()
        shot("my-progress")
        window.close()
        store.close()

        team_store = Store.open(Path(folder) / "team.db")
        summary = generate_demo_data(team_store, course, 400, seed=11)
        manager = team_store.employee_by_name(summary.manager)
        window = MainWindow(team_store, course)
        window.resize(1180, 780)
        window.show()
        window.signed_in(manager)
        window.show_team()
        shot("team")
        window.team.tabs.setCurrentIndex(1)
        window.team.quiz_choice.setCurrentIndex(0)
        shot("team-questions")
        window.team.tabs.setCurrentIndex(2)
        shot("team-charts")
        window.team.tabs.setCurrentIndex(0)
        first = window.team.model.index(0, 0).data(ROW_ROLE)
        window.show_employee(first.employee.id)
        shot("employee-detail")
        window.close()
        team_store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
