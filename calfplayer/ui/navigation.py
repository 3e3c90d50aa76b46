"""What the window's helpers may ask of the window: go to a page, open a routine, show a notice.

Helpers get this and the parts they need, never the window itself, so none of them imports it.
"""

from __future__ import annotations

from typing import Protocol

from calfplayer.domain.routines import Routine
from calfplayer.ui.frame import Page
from calfplayer.ui.widgets.notice_banner import NoticeKind


class Navigator(Protocol):
    @property
    def current_page(self) -> Page: ...

    def show_page(self, page: Page) -> None: ...

    def open_routine(self, routine: Routine, start: bool = False) -> None: ...

    def add_notice(self, text: str, kind: NoticeKind = ...) -> None: ...
