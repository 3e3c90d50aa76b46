"""The strip above the pages that shows the window's notices, one at a time.

A confirmation ("Imported …", "Exported …") goes away by itself once it has been on screen for
``CONFIRMATION_MS`` with the pointer off it; a problem stays until it is dismissed. Time is read
from the injected clock; the timer only says when to look again.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QEnterEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from calfplayer.domain.clock import Clock
from calfplayer.ui.widgets.common import button, label

CONFIRMATION_MS = 6000


class NoticeKind(Enum):
    CONFIRMATION = "confirmation"  # something done as asked: retires by itself
    PROBLEM = "problem"  # something the person has to know: stays until dismissed


class NoticeBanner(QWidget):
    def __init__(self, clock: Clock) -> None:
        super().__init__()
        self._clock = clock
        self.waiting: list[tuple[str, NoticeKind]] = []
        self.kind: NoticeKind | None = None  # of the notice shown
        self._shown_since = 0
        self._pointer_on = False
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 0)
        self.text = label("", "notice")
        self.text.setAccessibleName(QCoreApplication.translate("NoticeBanner", "Notice"))
        self.dismiss_button = button(
            "×", "flat", QCoreApplication.translate("NoticeBanner", "Dismiss the notice")
        )
        self.dismiss_button.setFixedWidth(48)
        self.dismiss_button.clicked.connect(self.show_next)
        row.addWidget(self.text, 1)
        row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.retire_timer = QTimer(self)
        self.retire_timer.setSingleShot(True)
        self.retire_timer.timeout.connect(self.retire_if_due)
        self.hide()

    def add(self, text: str, kind: NoticeKind) -> None:
        self.waiting.append((text, kind))
        if self.kind is None:
            self.show_next()

    def show_next(self) -> None:
        """Shows the next waiting notice, or hides the strip when none is left."""
        self.retire_timer.stop()
        if not self.waiting:
            self.kind = None
            self.text.setText("")
            self.hide()
            return
        text, self.kind = self.waiting.pop(0)
        self.text.setText(text)
        self.text.setAccessibleDescription(text)
        self.show()
        self._announce()
        if self.kind is NoticeKind.CONFIRMATION:
            self._count_from_now()

    def retire_if_due(self) -> None:
        """A confirmation seen for long enough, with the pointer off it, makes way."""
        if self.kind is not NoticeKind.CONFIRMATION or self._pointer_on:
            return
        left = self._shown_since + CONFIRMATION_MS - self._clock.monotonic_ms()
        if left > 0:
            self.retire_timer.start(left)
        else:
            self.show_next()

    def _count_from_now(self) -> None:
        self._shown_since = self._clock.monotonic_ms()
        self.retire_timer.start(CONFIRMATION_MS)

    def _announce(self) -> None:
        """Said by a screen reader as it shows, wherever the person's focus is."""
        text = self.text.text()
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.text, text))

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 - Qt's name
        self._pointer_on = True
        self.retire_timer.stop()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        # Read or not, the confirmation gets its full time again once the pointer leaves it.
        self._pointer_on = False
        if self.kind is NoticeKind.CONFIRMATION:
            self._count_from_now()
        super().leaveEvent(event)
