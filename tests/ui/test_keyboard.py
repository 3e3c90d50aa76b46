"""Every action by keyboard: a card opens with Enter or Space; Tab walks each page in order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from calfplayer.ui.main_window import Page


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_a_focused_routine_card_opens_with_enter_or_space(window, qtbot, key) -> None:
    card = window.workouts.cards[1]
    window.activateWindow()
    card.setFocus()
    qtbot.waitUntil(card.hasFocus)
    qtbot.keyClick(card, key)
    assert window.current_page is Page.PREVIEW
    assert window.preview.title.text() == card.routine.name
