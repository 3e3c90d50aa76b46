"""Walks the running calfplayer window through the desktop's accessibility bus, as a screen
reader does, and prints what it found as one JSON object.

Run with the system's own ``/usr/bin/python3`` (Debian's python3-pyatspi; the project's virtualenv
cannot import pyatspi), with DBUS_SESSION_BUS_ADDRESS and DISPLAY set to the test's private bus and
X server. It moves between the pages only with the accessible actions a screen reader offers
(pressing the navigation tabs, the cards and the buttons), never with the window's own code.

Output: {"pages": {page: [node, ...]}, "events": [event, ...], "error": sentence or null}, where a
node is {"role", "name", "description", "text", "value", "children", "focusable"} for each showing
object of the page, and an event is {"type", "role", "name", "detail"} of the player's
announcements and name changes while a workout runs.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

APP_NAME = "calfplayer"
EVENTS = (
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:announcement",
)


class NotFound(Exception):
    pass


def pump(seconds: float) -> None:
    """Lets the bus's events in for a while (the listeners run from GLib's main context)."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def find_app(timeout: float) -> Any:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == APP_NAME and any(showing_nodes(app)):
                return app  # its window is on screen
        pump(0.2)
    raise NotFound(f"no application named {APP_NAME} on the accessibility bus")


def showing(node: Any) -> bool:
    try:
        return bool(node.getState().contains(pyatspi.STATE_SHOWING))
    except Exception:  # gone while being read
        return False


def showing_nodes(app: Any) -> list[Any]:
    """Every object on screen, in tree order; hidden pages and closed drop-downs are skipped."""
    found: list[Any] = []

    def walk(node: Any, depth: int) -> None:
        if node is None or depth > 60:
            return
        for index in range(node.childCount):
            child = node.getChildAtIndex(index)
            if child is not None and showing(child):
                found.append(child)
                walk(child, depth + 1)

    walk(app, 0)
    return found


def describe(node: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "text": None,
        "value": None,
        "children": [],
        "focusable": node.getState().contains(pyatspi.STATE_FOCUSABLE),
    }
    try:
        text = node.queryText()
        record["text"] = text.getText(0, text.characterCount)
    except NotImplementedError:
        pass
    with contextlib.suppress(NotImplementedError):
        record["value"] = node.queryValue().currentValue
    if record["role"] == "combo box":
        record["children"] = [child.name for child in _descendants(node)]
    return record


def _descendants(node: Any) -> list[Any]:
    found = []
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            found.append(child)
            found.extend(_descendants(child))
    return found


def find(app: Any, role: str, name: str, timeout: float = 10.0) -> Any:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for node in showing_nodes(app):
            if node.getRoleName() == role and node.name == name:
                return node
        pump(0.2)
    raise NotFound(f"no showing {role} named {name!r}")


def press(app: Any, role: str, name: str, *, opens_question: bool = False) -> None:
    """Does the object's "Press" action, as a screen reader's Enter does.

    A press that opens a question is answered only once the question is closed (the window is
    in the question's own event loop by then): its late answer is not waited for."""
    node = find(app, role, name)
    actions = node.queryAction()
    names = [actions.getName(index) for index in range(actions.nActions)]
    chosen = names.index("Press") if "Press" in names else 0
    if opens_question:
        pyatspi.setTimeout(1500, -1)
    try:
        actions.doAction(chosen)
    except Exception:
        if not opens_question:
            raise
    finally:
        pyatspi.setTimeout(25_000, -1)
    pump(0.6)


def page(app: Any, pages: dict[str, list[dict[str, Any]]], key: str, sign: tuple[str, str]) -> None:
    find(app, *sign)  # the page is there
    pump(0.4)
    pages[key] = [describe(node) for node in showing_nodes(app)]


def main() -> int:
    pages: dict[str, list[dict[str, Any]]] = {}
    events: list[dict[str, str]] = []
    result: dict[str, Any] = {"pages": pages, "events": events, "error": None}
    try:
        app = find_app(30)
        page(app, pages, "workouts", ("push button", "Make a new routine"))
        press(app, "check box", "Exercises")
        page(app, pages, "exercises", ("label", "Exercises"))
        press(app, "check box", "History")
        page(app, pages, "history", ("label", "History"))
        press(app, "check box", "Settings")
        page(app, pages, "settings", ("slider", "Speed"))
        press(app, "push button", "About calfplayer")
        page(app, pages, "about", ("push button", "Back to settings"))
        press(app, "push button", "Back to settings")
        press(app, "check box", "Workouts")
        press(app, "push button", "Make a new routine")
        page(app, pages, "editor", ("push button", "Save the routine"))
        press(app, "push button", "Cancel and go back")
        press(app, "push button", "Movement snack")
        page(app, pages, "preview", ("push button", "Start the workout"))

        def heard(event: Any) -> None:
            source = event.source
            events.append(
                {
                    "type": str(event.type),
                    "role": source.getRoleName() if source is not None else "",
                    "name": (source.name or "") if source is not None else "",
                    "detail": str(event.any_data) if event.any_data is not None else "",
                }
            )

        pyatspi.Registry.registerEventListener(heard, *EVENTS)
        press(app, "push button", "Start the workout")
        page(app, pages, "player", ("push button", "Stop the workout"))
        pump(9.0)  # the count-in runs out and the first rep begins: a new phase
        pyatspi.Registry.deregisterEventListener(heard, *EVENTS)
        press(app, "push button", "Stop the workout", opens_question=True)
        press(app, "push button", "Stop")  # the question: stop, keeping what was done
        page(app, pages, "summary", ("push button", "Done"))
    except (NotFound, Exception) as error:  # every failure is reported, with what was found
        result["error"] = f"{type(error).__name__}: {error}"
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
