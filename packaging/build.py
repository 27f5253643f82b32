"""Build the installable app: ``python -m uv run python packaging/build.py [--archive]``.

Makes ``dist/SellerTrain/`` (a PyInstaller one-folder build: the program, Qt, the course and the
translations) and checks it: the course is inside, and the folder is under the size limit.
``--archive`` also packs it as ``dist/SellerTrain-<version>-<os>-<machine>.tar.gz`` (Linux).
Installers for Windows and macOS are made from the folder (packaging/windows, the CI workflow).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from importlib.metadata import version
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GENERATED = REPO / "build" / "generated"
DIST = REPO / "dist"
APP = DIST / "SellerTrain"
I18N = REPO / "src" / "sellertrain" / "i18n"
MAX_MB = 200  # issue 21: the built folder must stay under this

# A CJK font for Chinese text when the build machine has one whose licence lets us ship it
# (Windows and macOS have their own, so their builds find none of these and need none).
# Noto Sans CJK: SIL Open Font License 1.1. WenQuanYi Micro Hei: Apache-2.0 or GPL-3+ with the
# font exception. WenQuanYi Zen Hei: GPL-2 with the font exception. All allow redistribution
# inside an app as long as the licence travels with the font, which the build copies beside it.
CJK_FONTS = [
    # (font file, licence files to ship with it)
    (
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        ["/usr/share/doc/fonts-noto-cjk/copyright"],
    ),
    ("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc", []),
    (
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        ["/usr/share/doc/fonts-wqy-microhei/copyright"],
    ),
    (
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        ["/usr/share/doc/fonts-wqy-zenhei/copyright"],
    ),
]


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def git_commit() -> str | None:
    """The short commit hash, or None outside a git checkout (a source tarball)."""
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return result.stdout.strip() or None


def write_generated(with_font: bool) -> list[str]:
    """build-info.json and, when one is found, the CJK font with its licence; what was added."""
    if GENERATED.exists():
        shutil.rmtree(GENERATED)
    GENERATED.mkdir(parents=True)
    info = {
        "version": version("sellertrain"),
        "build_date": dt.datetime.now(dt.UTC).date().isoformat(),
        "commit": git_commit(),
    }
    (GENERATED / "build-info.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
    notes = [f"version {info['version']}, built {info['build_date']}, commit {info['commit']}"]
    if with_font:
        for font, licences in CJK_FONTS:
            if Path(font).is_file() and all(Path(p).is_file() for p in licences):
                fonts = GENERATED / "fonts"
                fonts.mkdir()
                shutil.copy2(font, fonts)
                for licence in licences:
                    shutil.copy2(licence, fonts / f"{Path(font).stem}-LICENSE.txt")
                notes.append(f"CJK font {font}")
                break
        else:
            notes.append("no CJK font found on this machine: the system's fonts will be used")
    return notes


def check_folder(app: Path) -> list[str]:
    """What is missing from the built folder (empty when it is complete)."""
    bundle = next((p for p in (app / "_internal", app) if (p / "sellertrain").is_dir()), app)
    content = bundle / "sellertrain" / "content"
    wanted = [
        content / "course.yaml",
        content / "lessons",
        content / "quizzes",
        content / "assets",
        bundle / "sellertrain" / "build-info.json",
        bundle / "sellertrain" / "core" / "store" / "migrations",
    ]
    # the app's own translations, once the source has them (src/sellertrain/i18n/*.qm)
    wanted += [bundle / "sellertrain" / "i18n" / qm.name for qm in sorted(I18N.glob("*.qm"))]
    missing = [str(p.relative_to(app)) for p in wanted if not p.exists()]
    if not any(bundle.rglob("qtbase_zh_CN.qm")):
        missing.append("Qt's own translations (qtbase_*.qm)")
    # staff desktops sync with the company record: psycopg itself is in the archive, its
    # compiled part and libpq are files
    if not (bundle / "psycopg_binary").is_dir():
        missing.append("the company record's PostgreSQL driver (psycopg)")
    return missing


def archive(app: Path) -> Path:
    """Pack the folder as a .tar.gz named after the version, system and machine."""
    name = f"SellerTrain-{version('sellertrain')}-{sys.platform}-{platform.machine()}.tar.gz"
    target = DIST / name
    with tarfile.open(target, "w:gz") as tar:
        tar.add(app, arcname="SellerTrain")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", action="store_true", help="also make the .tar.gz")
    parser.add_argument("--no-font", action="store_true", help="do not bundle a CJK font")
    parser.add_argument("--max-mb", type=float, default=MAX_MB, help="size limit of the folder")
    args = parser.parse_args()

    import PyInstaller.__main__

    started = time.perf_counter()
    for note in write_generated(with_font=not args.no_font):
        print(f"build: {note}")
    PyInstaller.__main__.run(
        [
            str(REPO / "packaging" / "sellertrain.spec"),
            "--noconfirm",
            "--log-level=WARN",
            f"--distpath={DIST}",
            f"--workpath={REPO / 'build' / 'pyinstaller'}",
        ]
    )
    missing = check_folder(APP)
    if missing:
        print(f"build: error: the built folder lacks {', '.join(missing)}", file=sys.stderr)
        return 1
    size_mb = folder_size(APP) / 1e6
    print(f"build: {APP} is {size_mb:.0f} MB, built in {time.perf_counter() - started:.0f} s")
    if size_mb > args.max_mb:
        print(f"build: error: over the {args.max_mb:.0f} MB limit", file=sys.stderr)
        return 1
    if args.archive:
        target = archive(APP)
        print(f"build: {target} ({target.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
