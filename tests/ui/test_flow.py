"""Rows that wrap: equal columns that share the width, and take fewer a row when a button's
words would not fit its share."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from calfplayer.ui.widgets.flow import EvenColumns, shared_out


def _row(qtbot, texts: list[str], width: int) -> tuple[QWidget, list[QPushButton]]:  # type: ignore[no-untyped-def]
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    row = EvenColumns(spacing=4)
    column.addLayout(row)
    column.addStretch(1)
    buttons = [QPushButton(text) for text in texts]
    for choice in buttons:
        row.addWidget(choice)
    qtbot.addWidget(holder)
    holder.resize(width, 400)
    holder.show()
    QApplication.processEvents()
    return holder, buttons


def test_the_width_is_shared_evenly_when_every_button_fits(qtbot) -> None:  # type: ignore[no-untyped-def]
    _, buttons = _row(qtbot, ["Sessions", "Minutes", "Pain"], 600)
    assert len({b.y() for b in buttons}) == 1, "one row"
    widths = [b.width() for b in buttons]
    assert max(widths) - min(widths) <= 1
    assert sum(widths) + 2 * 4 == 600


def test_a_button_too_wide_for_its_share_takes_what_it_needs_in_the_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    texts = ["A much longer choice than the others", "B", "C"]
    probe = QPushButton(texts[0])
    needed = probe.sizeHint().width()
    holder, buttons = _row(qtbot, texts, needed + 2 * QPushButton("B").sizeHint().width() + 20)
    assert len({b.y() for b in buttons}) == 1
    assert buttons[0].width() >= needed
    assert buttons[1].width() == buttons[2].width()
    assert buttons[2].geometry().right() < holder.width()


def test_on_a_narrow_row_the_buttons_wrap_and_none_is_cut(qtbot) -> None:  # type: ignore[no-untyped-def]
    texts = ["Trainings", "Minuten", "Schmerz"]
    hints = [QPushButton(t).sizeHint().width() for t in texts]
    width = hints[0] + hints[1] + 4 + 10  # room for two a row, not three
    holder, buttons = _row(qtbot, texts, width)
    assert buttons[0].y() == buttons[1].y() < buttons[2].y()
    assert buttons[2].x() == buttons[0].x() and buttons[2].width() == buttons[0].width()
    for choice, hint in zip(buttons, hints, strict=True):
        assert choice.width() >= hint, f"{choice.text()} cut"
        assert choice.geometry().right() < holder.width()
    assert buttons[2].geometry().top() >= buttons[0].geometry().bottom(), "no overlap"


def test_narrower_than_two_buttons_each_has_a_row_and_the_layout_asks_for_the_widest(qtbot) -> None:  # type: ignore[no-untyped-def]
    texts = ["Trainings", "Minuten", "Schmerz"]
    hints = [QPushButton(t).sizeHint().width() for t in texts]
    holder, buttons = _row(qtbot, texts, max(hints) + 5)
    assert len({b.y() for b in buttons}) == 3
    layout = holder.layout().itemAt(0).layout()
    assert layout.minimumSize().width() == max(hints)


def test_sharing_out_gives_the_pixels_that_do_not_divide_to_the_first() -> None:
    assert shared_out(10, [0, 0, 0]) == [4, 3, 3]
    assert shared_out(100, [70, 0, 0]) == [70, 15, 15]
    assert shared_out(100, [0, 0]) == [50, 50]
