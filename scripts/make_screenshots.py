"""Make the README screenshots from the real app, offscreen, with a throw-away database.

Run: uv run python scripts/make_screenshots.py [OUT_DIR] [--lang zh-CN] [--size 1366x768]

With ``--lang zh-CN`` the screens are in Chinese (the README's zh-CN set is made with
``docs/screenshots/zh-CN --lang zh-CN``); ``--size`` sets the window size. Lesson content
stays in the course's own language.
"""

from __future__ import annotations

import argparse
import datetime
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from sellertrain.core.accounts import Accounts
from sellertrain.core.content.loader import load_course
from sellertrain.core.paths import bundled_content
from sellertrain.core.reports.demo import generate_demo_data
from sellertrain.core.session import Session
from sellertrain.core.store import Store
from sellertrain.core.training.certificates import issue_due_certificates
from sellertrain.pdf.certificate import render_certificate_image
from sellertrain.ui import dialogs, translations
from sellertrain.ui.main_window import MainWindow
from sellertrain.ui.studio.publish_dialog import PublishDialog
from sellertrain.ui.style import APP_STYLE_SHEET
from sellertrain.ui.team.team_model import ROW_ROLE

NAMES = {"en": ("Wang Fang", "Chen Jie", "Li Na"), "zh-CN": ("王芳", "陈杰", "李娜")}


def pass_quiz(window: MainWindow, quiz_id: str) -> None:
    """Answer every question of a quiz right through the runner, and submit it."""
    window.start_quiz(quiz_id)
    session = window.quiz.session
    for index, presented in enumerate(session.presented):
        right = presented.question.correct_indices
        session.answer(index, {p for p, o in enumerate(presented.option_order) if o in right})
    window.quiz.submit()


def main(out: Path, language: str = "en", size: tuple[int, int] = (1180, 780)) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    app.setStyleSheet(APP_STYLE_SHEET)
    translations.install(language)
    dialogs.ask_yes_no = lambda *_args: True
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SELLERTRAIN_SETTINGS"] = str(Path(folder) / "this-computer.ini")
        store = Store.create(Path(folder) / "shots.db")
        content = Path(folder) / "content"  # a copy: the script publishes a rule change in it
        for name in ("lessons", "quizzes", "assets"):
            shutil.copytree(bundled_content() / name, content / name)
        shutil.copy(bundled_content() / "course.yaml", content / "course.yaml")
        course = load_course(content, deep=False)
        window = MainWindow(Accounts(store), course, language=language)
        window.resize(*size)
        window.start()
        window.show()

        def shot(name: str) -> None:
            app.processEvents()
            window.grab().save(str(out / f"{name}.png"))
            print("wrote", out / f"{name}.png")

        shot("first-run")
        boss_name, learner_name, author_name = NAMES[language]
        boss = store.add_employee(boss_name, "manager", "manager-pass", "management")
        learner = store.add_employee(learner_name, "learner", "learner-pass", "customer-service")
        # training a manager assigned: Home lists it under "Assigned to you", by due date
        today = datetime.date.today()
        for lesson, days in ((course.ordered_lessons[4], -2), (course.ordered_lessons[7], 5)):
            due = (today + datetime.timedelta(days=days)).isoformat()
            store.add_assignment(boss.id, due, "employee", learner.id, lesson_id=lesson.id)
        window.sign_in.refresh()
        window.start()
        window.sign_in.select(learner_name)
        shot("sign-in")
        window.signed_in(learner)
        first = course.ordered_lessons[0]
        assert window.session is not None
        # the minimum reading time (a quarter of the lesson's minutes) has passed
        window.session.record_reading_time(first.id, first.minutes * 60)
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
        pass_quiz(window, "final-assessment")  # earns the final-assessment certificate
        window.show_my_progress()
        shot("my-progress")
        certificate = Session(store, window.course, learner).certificates()[0]
        render_certificate_image(certificate, learner.name, "SellerTrain", 1.0).save(
            str(out / "certificate.png")
        )
        print("wrote", out / "certificate.png")

        # The compliance lead changes a rule in the first lesson and publishes it as material.
        author = store.add_employee(author_name, "author", "author-pass", "management")
        path = content / "lessons" / first.path.name
        text = path.read_text(encoding="utf-8")
        old = "Fewer buyers see the products, so daily orders fall."
        new = "Far fewer buyers see the products, and daily orders can fall by half within a week."
        path.write_text(text.replace(old, new), encoding="utf-8")
        changed = load_course(content, deep=False)
        plan = Session(store, changed, author).plan_publication(first, text.replace(old, new))
        dialog = PublishDialog(window, first.title, plan)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(out / "publish-dialog.png"))
        print("wrote", out / "publish-dialog.png")
        dialog.close()
        Session(store, changed, author).publish_lesson(first.id, "material", previous=first)
        window.reload_course()
        window.show_home()
        shot("outline-updated-rules")
        window.show_changes(first.id)
        shot("what-changed")
        window.close()
        store.close()

        team_store = Store.create(Path(folder) / "team.db")
        summary = generate_demo_data(team_store, course, 400, seed=11)
        manager = team_store.employee_by_name(summary.manager)
        window = MainWindow(Accounts(team_store), course, language=language)
        window.resize(*size)
        window.show()
        window.signed_in(manager)
        window.show_team()
        window.team.wait_until_loaded()
        shot("team")
        window.team.tabs.setCurrentIndex(1)
        window.team.quiz_choice.setCurrentIndex(0)
        shot("team-questions")
        window.team.tabs.setCurrentIndex(2)
        shot("team-charts")
        for employee in team_store.employees():  # demo data writes records, not certificates
            issue_due_certificates(team_store, course, employee)
        window.show_team()
        window.team.wait_until_loaded()
        window.team.tabs.setCurrentWidget(window.team.compliance)
        shot("team-certificates")
        window.team.tabs.setCurrentIndex(0)
        first = window.team.model.index(0, 0).data(ROW_ROLE)
        window.show_employee(first.employee.id)
        shot("employee-detail")
        window.close()
        team_store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Make the README screenshots.")
    parser.add_argument("out", nargs="?", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", default="en", choices=("en", "zh-CN"))
    parser.add_argument("--size", default="1180x780", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.lower().split("x"))
    main(args.out, args.lang, (width, height))
