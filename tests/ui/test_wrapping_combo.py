"""A drop-down whose choice is longer than its field shows it whole on two lines, not cut."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QVBoxLayout, QWidget

from calfplayer.ui.widgets.wrapping_combo import WrappingComboBox

LONG = "Estiramiento de pantorrilla de pie con la rodilla doblada"


def _shown(qtbot, combo: QComboBox, width: int) -> QWidget:  # type: ignore[no-untyped-def]
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.addWidget(combo)
    column.addStretch(1)
    qtbot.addWidget(holder)
    holder.resize(width, 400)
    holder.show()
    QApplication.processEvents()
    return holder


def test_a_long_choice_wraps_and_shows_whole_in_a_narrow_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = WrappingComboBox()
    combo.addItems(["Short foot", LONG])
    holder = _shown(qtbot, combo, 220)  # noqa: F841 - kept alive while the test looks
    one_line = combo.height()
    field = combo.field()
    assert combo.fontMetrics().horizontalAdvance(LONG) > field.width(), "the test needs a long one"
    combo.setCurrentIndex(1)
    QApplication.processEvents()
    field = combo.field()
    text = combo.text_size(field.width())
    assert combo.height() > one_line, "taller for the lines it needs"
    assert text.width() <= field.width() and text.height() <= field.height()
    combo.setCurrentIndex(0)
    QApplication.processEvents()
    assert combo.height() == one_line, "back to one line for a short name"


def test_it_never_asks_for_more_width_than_a_narrow_window_has(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = WrappingComboBox()
    combo.addItem(LONG)
    plain = QComboBox()
    plain.addItem(LONG)
    assert combo.minimumSizeHint().width() < plain.minimumSizeHint().width()
    assert combo.minimumSizeHint().width() < 200


def test_it_draws_the_text_it_holds(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = WrappingComboBox()
    combo.addItems(["", LONG])
    holder = _shown(qtbot, combo, 220)  # noqa: F841 - kept alive while the test looks
    empty = combo.grab().toImage()
    combo.setCurrentIndex(1)
    QApplication.processEvents()
    combo.resize(combo.width(), empty.height())  # the same size: only the text differs
    assert combo.grab().toImage() != empty


def test_a_long_choice_made_before_the_window_shows_has_its_lines_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    from calfplayer.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light", app.font().pointSizeF())  # the style sheet sets the font on show
    combo = WrappingComboBox()
    combo.addItem(LONG)
    holder = _shown(qtbot, combo, 260)
    assert holder.isVisible()
    field = combo.field()
    text = combo.text_size(field.width())
    assert text.height() > combo.fontMetrics().height(), "the test needs two lines"
    assert text.height() <= field.height(), f"{text.height()} px of text in {field.height()}"
