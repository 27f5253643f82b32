"""The author studio's eye on the content folder: changes made by other programs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

DISK_SETTLE_MS = 150  # let an outside program finish writing before reading

Snapshot = dict[str, tuple[int, int]]  # path -> (modified time in ns, size)


class ContentWatcher(QObject):
    """Watches lessons/, quizzes/, assets/ and the open file; `settled` follows a burst of changes.

    A snapshot of the files' times and sizes tells a real change from the watcher's noise.
    """

    settled = Signal()  # something changed on disk and writing has paused

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root: Path | None = None  # no folder is watched until one is given
        self.snapshot: Snapshot = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DISK_SETTLE_MS)
        self.timer.timeout.connect(self.settled)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self.timer.start)
        self.watcher.directoryChanged.connect(self.timer.start)

    def use_folder(self, root: Path) -> None:
        """Watch the content folder ``root`` from now on (forgetting another one)."""
        if root != self.root:
            self.stop()
            self.root, self.snapshot = root, {}

    def content_files(self) -> list[Path]:
        """The Markdown files in lessons/ and quizzes/, sorted by folder and name."""
        if self.root is None:
            return []
        return [
            path
            for folder in (self.root / "lessons", self.root / "quizzes")
            if folder.is_dir()
            for path in sorted(folder.glob("*.md"))
        ]

    def take_snapshot(self) -> Snapshot:
        """The content files' and assets' modified times and sizes as they are now."""
        snapshot: Snapshot = {}
        if self.root is None:
            return snapshot
        assets = self.root / "assets"
        for path in [*self.content_files(), *(assets.glob("*") if assets.is_dir() else [])]:
            try:
                stat = path.stat()
            except OSError:
                continue
            snapshot[str(path)] = (stat.st_mtime_ns, stat.st_size)
        return snapshot

    def remember(self) -> None:
        """Take the folder as it is now as the state the studio shows."""
        self.snapshot = self.take_snapshot()

    def changed(self) -> bool:
        """Whether the folder differs from the remembered snapshot (which then becomes now's)."""
        snapshot = self.take_snapshot()
        if snapshot == self.snapshot:
            return False
        self.snapshot = snapshot
        return True

    def watch(self, open_file: Path | None) -> None:
        """Watch the folders, the content files and ``open_file`` (new ones included)."""
        if self.root is None:
            return
        folders = [self.root / name for name in ("lessons", "quizzes", "assets")]
        wanted = [str(path) for path in [*folders, *self.content_files()] if path.exists()]
        if open_file is not None and open_file.exists():
            wanted.append(str(open_file))
        watched = set(self.watcher.files()) | set(self.watcher.directories())
        missing = [path for path in dict.fromkeys(wanted) if path not in watched]
        if missing:
            self.watcher.addPaths(missing)

    def stop(self) -> None:
        """Watch nothing until `watch` is called again."""
        self.timer.stop()
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
