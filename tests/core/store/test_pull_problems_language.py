"""A problem found in pulled records is kept with its template, so a manager reading in
Chinese sees it in Chinese; the printed line (and what makes a problem the same) stays English."""

from __future__ import annotations

from pathlib import Path

from sellertrain.core.language import CHINESE
from sellertrain.core.message import QT_TRANSLATE_NOOP, Message, localize
from sellertrain.core.received import PulledProblem
from sellertrain.core.store import Store
from sellertrain.core.store.pull_problems import record_problems, recorded_problems


def test_a_kept_problem_reads_back_translatable_and_plain_text_stays_plain(tmp_path: Path):
    store = Store.create(tmp_path / "app.db")
    said = QT_TRANSLATE_NOOP(
        "Server",
        "result {result} of {quiz} says {score} % but its answers add up to "
        "{percent} %: the result was not scored by SellerTrain",
    ).format(result="r1", quiz="fees-quiz", score="100", percent="50")
    problems = [
        PulledProblem("e1", "Ana Li", said, "r1", "fees-quiz"),
        PulledProblem("e2", "Bo Wu", '{"context" is not JSON here', "r2", "fees-quiz"),
    ]
    with store.conn:
        assert record_problems(store.conn, problems, "2026-12-06T20:00:00Z") == 2
    with store.conn:  # the same problems again: nothing added
        assert record_problems(store.conn, problems, "2026-12-06T20:05:00Z") == 0
    plain, kept = [r.problem for r in recorded_problems(store.conn)]  # newest first
    assert isinstance(kept.message, Message) and kept.message == said
    assert str(kept) == (
        "Ana Li: result r1 of fees-quiz says 100 % but its answers add up to 50 %: "
        "the result was not scored by SellerTrain"
    )
    assert localize(kept.message, CHINESE) == (
        "fees-quiz 的成绩 r1 记为 100%，但其答案合计为 50%：该成绩不是由 SellerTrain 评出的"
    )
    assert plain.message == '{"context" is not JSON here'
    store.close()
