"""Keep the translation catalogues current: ``update``, ``check`` (for CI) and ``release``.

``update`` runs ``pyside6-lupdate`` over every source file into each ``.ts`` catalogue;
``check`` runs it into a copy and fails when the messages differ from the committed catalogue
(messages, not timestamps or line numbers) or when a message is unfinished or missing;
``release`` builds the ``.qm`` files the app loads (it also builds them on first run).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "sellertrain"
CATALOGUES = sorted((PACKAGE / "i18n").glob("sellertrain_*.ts"))


def tool(name: str) -> str:
    """A Qt tool from the PySide6 wheel, found beside the running Python."""
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    found = found or shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: run this with the project's environment")
    return found


def sources() -> list[str]:
    return [str(p) for p in sorted(PACKAGE.rglob("*.py"))]


def lupdate(ts: Path) -> None:
    """Bring ``ts`` up to date; English holds only the plural forms (``%n``) of the sources."""
    options = ["-silent", "-no-obsolete", "-locations", "none"]
    if ts.name.endswith("_en.ts"):
        options.append("-pluralonly")
    subprocess.run([tool("lupdate"), *options, *sources(), "-ts", str(ts)], check=True)


Message = tuple[str, str, str]  # context, source, comment


def messages(ts: Path) -> dict[Message, ET.Element]:
    root = ET.parse(ts).getroot()
    found: dict[Message, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def problems(ts: Path) -> list[str]:
    """What is wrong with ``ts``: stale against the sources, unfinished or missing messages."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / ts.name
        shutil.copy(ts, fresh)
        lupdate(fresh)
        now, committed = messages(fresh), messages(ts)
        for key in sorted(now.keys() - committed.keys()):
            found.append(
                f"{ts.name}: not in the catalogue (run scripts/translations.py update): {key}"
            )
        for key in sorted(committed.keys() - now.keys()):
            found.append(f"{ts.name}: no longer in the sources: {key}")
        built = Path(folder) / ts.with_suffix(".qm").name
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(built)], check=True)
        shipped = ts.with_suffix(".qm")
        if not shipped.exists() or shipped.read_bytes() != built.read_bytes():
            found.append(f"{shipped.name}: not built from {ts.name} (run translations.py release)")
    for key, message in messages(ts).items():
        translation = message.find("translation")
        forms = [] if translation is None else [f.text for f in translation.iter("numerusform")]
        text = (
            None
            if translation is None
            else (translation.text if not forms else "".join(f or "" for f in forms))
        )
        if translation is None or translation.get("type") or not text or (forms and not all(forms)):
            found.append(f"{ts.name}: unfinished or missing translation: {key}")
    return found


def release() -> None:
    for ts in CATALOGUES:
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        for ts in CATALOGUES:
            lupdate(ts)
        return 0
    if command == "release":
        release()
        return 0
    if command == "check":
        found = [p for ts in CATALOGUES for p in problems(ts)]
        for problem in found:
            print(problem, file=sys.stderr)
        print(f"{len(CATALOGUES)} catalogue(s) checked: {len(found)} problem(s)")
        return 1 if found else 0
    print("usage: translations.py update | check | release", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
