"""Keeps a browser's images no wider than its text (the lesson reader, the studio's preview).

Apart from widgets.py: its Qt classes (text documents, image reader) are not needed for the
first screen, and PySide6 makes each class and its enums when it is first named."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, QUrl
from PySide6.QtGui import QImageReader, QTextCursor, QTextImageFormat
from PySide6.QtWidgets import QTextBrowser


class ImageFitter(QObject):
    """Keeps every image of a browser's page no wider than the text: a diagram wider than the
    reader shrinks with it (never grows past its own size) instead of hiding behind a scroll
    bar. A new page and a resize refit by themselves."""

    def __init__(self, browser: QTextBrowser) -> None:
        super().__init__(browser)
        self.browser = browser
        self._natural: dict[str, QSize] = {}
        self._fitting = False
        self._again = False
        browser.viewport().installEventFilter(self)
        browser.verticalScrollBar().installEventFilter(self)
        browser.textChanged.connect(self._new_page)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the viewport's own resize is not always sent (a scroll bar that comes while the page
        # is shown), so the vertical bar's coming and going refits too
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self.fit()
        return False

    def _new_page(self) -> None:
        if not self._fitting:  # not the change fit() itself makes
            self._natural.clear()  # an asset may have been replaced since
            self.fit()

    def available_width(self) -> float:
        document = self.browser.document()
        # a little slack: a line exactly as wide as the page still wraps in QTextLayout
        return max(self.browser.viewport().width() - 2 * document.documentMargin() - 4, 40.0)

    def natural_size(self, name: str) -> QSize:
        """The size an image file has by itself (an SVG's width and height)."""
        if name not in self._natural:
            self._natural[name] = QImageReader(QUrl(name).toLocalFile()).size()
        return self._natural[name]

    def fit(self) -> None:
        """Give every image the width it can have now (its own, or the text's if narrower)."""
        if self._fitting:  # a scroll bar came or went while fitting: fit once more
            self._again = True
            return
        self._fitting = True
        try:
            for _round in range(3):  # the bar that comes may go again: do not loop for ever
                self._again = False
                self._fit()
                if not self._again:
                    break
        finally:
            self._fitting = False

    def _fit(self) -> None:
        document = self.browser.document()
        width = self.available_width()
        changes: list[tuple[int, int, QTextImageFormat]] = []
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                image = fragment.charFormat().toImageFormat()
                natural = self.natural_size(image.name()) if image.isValid() else QSize()
                if natural.isValid() and natural.width() > 0:
                    shown = min(float(natural.width()), width)
                    if abs(image.width() - shown) > 0.5:
                        image.setWidth(shown)
                        image.setHeight(natural.height() * shown / natural.width())
                        changes.append((fragment.position(), fragment.length(), image))
                fragments += 1
            block = block.next()
        for position, length, image in changes:
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image)
