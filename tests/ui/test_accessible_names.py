"""What a screen reader is told about the fields, read through Qt's accessibility interfaces."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from calfplayer.ui.main_window import Page


def accessible(widget):  # type: ignore[no-untyped-def]
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface


def test_combo_boxes_are_named_after_their_label_and_show_their_value(window) -> None:
    window.show_page(Page.SETTINGS)
    window.add_voice_settings()
    voice = window.voice_settings
    assert voice is not None
    for combo, name in ((voice.voice_list, "Voice"), (voice.level, "Cues")):
        told = accessible(combo)
        assert told.role() == QAccessible.Role.ComboBox
        assert told.text(QAccessible.Text.Name) == name
        assert told.text(QAccessible.Text.Value) == combo.currentText()
    voice.level.setCurrentIndex(0)
    assert accessible(voice.level).text(QAccessible.Text.Value) == voice.level.itemText(0)
    assert accessible(window.editor.exercise_choice).text(QAccessible.Text.Name) == (
        "Exercise to add"
    )


def test_sliders_are_named_after_their_label(window) -> None:
    window.add_voice_settings()
    voice = window.voice_settings
    assert voice is not None
    assert accessible(voice.rate).text(QAccessible.Text.Name) == "Speed"
    assert accessible(voice.volume).text(QAccessible.Text.Name) == "Volume"
