"""Answer options that wrap their text: a radio button or check box of any length, never clipped.

Qt's QRadioButton and QCheckBox draw their text on one line, so a long option was cut off
mid-word. These keep everything the real buttons do (groups, arrow keys, Space, the accessible
role and name) and only lay out and paint the text wrapped, with the indicator beside its first
line, a click anywhere on the option, and a plain focus frame around the whole option.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from sellertrain.ui.style import ACCENT

TEXT_FLAGS = int(Qt.TextFlag.TextWordWrap.value) | int(Qt.TextFlag.TextHideMnemonic.value)
_TOP_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop).value)
_TALL = 100_000  # room to measure wrapped text in
MIN_WIDTH = 160

Option = QRadioButton | QCheckBox


@dataclass(frozen=True)
class _Parts:
    """The style's names for the indicator and the text area of one kind of button."""

    indicator: QStyle.PrimitiveElement
    indicator_rect: QStyle.SubElement
    contents_rect: QStyle.SubElement


RADIO = _Parts(
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    QStyle.SubElement.SE_RadioButtonIndicator,
    QStyle.SubElement.SE_RadioButtonContents,
)
CHECK = _Parts(
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.SubElement.SE_CheckBoxIndicator,
    QStyle.SubElement.SE_CheckBoxContents,
)


def style_option(button: Option, width: int | None = None) -> QStyleOptionButton:
    """The button's style option, at its own size or at ``width``."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    if width is not None:
        option.rect = QRect(0, 0, width, _TALL)
    return option


def text_rect(button: Option, parts: _Parts, width: int | None = None) -> QRect:
    """Where the text is drawn: the style's contents area (at ``width``, or as laid out)."""
    return button.style().subElementRect(parts.contents_rect, style_option(button, width), button)


def _setup(button: Option) -> None:
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    button.setSizePolicy(policy)
    button.setMinimumWidth(MIN_WIDTH)


def _height_for_width(button: Option, parts: _Parts, width: int, one_line: QSize) -> int:
    """The height the wrapped text needs at ``width`` (``one_line``: Qt's own size hint)."""
    chrome = max(0, one_line.height() - button.fontMetrics().height())
    room = QRect(0, 0, max(1, text_rect(button, parts, width).width()), _TALL)
    needed = button.fontMetrics().boundingRect(room, TEXT_FLAGS, button.text())
    return max(one_line.height(), needed.height() + chrome)


def _size_hint(button: Option, parts: _Parts, one_line: QSize) -> QSize:
    # a modest width: the layout widens it, and the height follows the width it is given
    width = min(one_line.width(), 480)
    return QSize(width, _height_for_width(button, parts, width, one_line))


def _paint(button: Option, parts: _Parts) -> None:
    style = button.style()
    option = style_option(button)
    painter = QPainter(button)
    contents = style.subElementRect(parts.contents_rect, option, button)
    line = button.fontMetrics().height()
    indicator = style.subElementRect(parts.indicator_rect, option, button)
    # beside the first line of the text, not centred on a paragraph
    indicator.moveTop(contents.top() + (line - indicator.height()) // 2)
    mark = QStyleOptionButton(option)
    mark.rect = indicator
    style.drawPrimitive(parts.indicator, mark, painter, button)
    style.drawItemText(
        painter,
        contents,
        _TOP_LEFT | TEXT_FLAGS,
        option.palette,
        button.isEnabled(),
        button.text(),
        QPalette.ColorRole.WindowText,
    )
    if button.hasFocus():  # a plain, visible keyboard focus around the whole option
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(ACCENT), 2))
        painter.drawRoundedRect(button.rect().adjusted(1, 1, -1, -1), 4, 4)
    painter.end()


class _WrappedOption:
    """What both option kinds add to their Qt button: wrapped text, sized for its width,
    clickable as a whole, drawn by ``_paint``. ``parts`` names the button's style parts."""

    parts: _Parts

    def _button(self) -> Option:
        return cast(Option, self)  # mixed into QRadioButton or QCheckBox only

    def _one_line(self) -> QSize:
        return cast(Option, super()).sizeHint()  # the Qt button's own, one-line size

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return _height_for_width(self._button(), self.parts, width, self._one_line())

    def sizeHint(self) -> QSize:
        return _size_hint(self._button(), self.parts, self._one_line())

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_WIDTH, self.heightForWidth(MIN_WIDTH))

    def hitButton(self, pos: QPoint) -> bool:
        return self._button().rect().contains(pos)  # the text is part of the option

    def paintEvent(self, _event: QPaintEvent) -> None:
        _paint(self._button(), self.parts)


class OptionRadio(_WrappedOption, QRadioButton):
    """One answer of a single-answer question, its text wrapped."""

    parts = RADIO

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        _setup(self)


class OptionCheck(_WrappedOption, QCheckBox):
    """One answer of a "select all that apply" question, its text wrapped."""

    parts = CHECK

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        _setup(self)
