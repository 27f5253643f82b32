"""Generate a large content folder (N lessons of about 10 KB) for the scale benchmarks."""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

WORDS = [
    "seller",
    "listing",
    "buyer",
    "order",
    "parcel",
    "tracking",
    "deadline",
    "dispute",
    "refund",
    "deposit",
    "freeze",
    "warning",
    "penalty",
    "category",
    "logo",
    "brand",
    "customs",
    "supplier",
    "quality",
    "evidence",
    "appeal",
    "platform",
    "rule",
    "store",
    "shipping",
    "carrier",
    "cancellation",
    "review",
    "rating",
    "service",
    "product",
    "photo",
    "description",
]


def lesson_text(number: int, rng: random.Random) -> str:
    sections = []
    for section in range(6):
        paragraphs = []
        for _ in range(3):
            words = [rng.choice(WORDS) for _ in range(70)]
            paragraphs.append(" ".join(words).capitalize() + ".")
        sections.append(
            f"## Section {section + 1} of lesson {number}\n\n" + "\n\n".join(paragraphs)
        )
    body = "\n\n".join(sections)
    return (
        f"---\nid: generated-{number:04d}\ntitle: Generated lesson {number}\n"
        f"module: Generated module {number // 50 + 1}\norder: {number}\nminutes: 8\n"
        f"summary: A generated lesson for the scale benchmarks.\nreviewed: 2026-11-01\n"
        f"roles: [all]\ntags: [enforcement]\n---\n\n{body}\n"
    )


def make_content(target: Path, lessons: int, shipped: Path) -> Path:
    """The shipped course plus ``lessons`` generated ones, in ``target``."""
    if target.exists():
        shutil.rmtree(target)
    for folder in ("lessons", "quizzes", "assets"):
        shutil.copytree(shipped / folder, target / folder)
    rng = random.Random(1)
    for number in range(lessons):
        path = target / "lessons" / f"generated-{number:04d}.md"
        path.write_text(lesson_text(number, rng), encoding="utf-8")
    return target


if __name__ == "__main__":
    make_content(Path(sys.argv[1]), int(sys.argv[2]), Path(__file__).resolve().parent.parent)
