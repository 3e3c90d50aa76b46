"""The layers' boundaries, read from the project's own import graph.

Every import counts: at the top of a module, inside a function, and under ``TYPE_CHECKING``
(moving an import there hides it from the interpreter, not from the design). The rules are the ones
docs/architecture.md draws:

- ``domain`` imports nothing of the project but itself, ``paths``, ``resources`` and ``i18n`` (the
  Qt-free translation catalogue, which imports nothing of the project), and no Qt;
- ``store`` and ``audio`` never import ``ui`` or ``app``; ``store`` imports no Qt;
- ``app`` never imports ``ui`` or Qt;
- ``ui`` imports neither ``store`` nor ``sqlite3``: it goes through ``app``;
- the command line imports ``ui`` only in the function that opens the window, and the report
  command imports the report's drawing (``ui/report_pdf.py``) in its own function, nothing else;
- the reminder process (``cli_remind``, ``remind_process``) imports neither ``ui`` nor Qt;
- no module imports itself again through others (no cycles).
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

import calfplayer

PACKAGE = Path(calfplayer.__file__).parent


@dataclass(frozen=True)
class Import:
    importer: str
    imported: str  # a module of the project, or the top-level name of another package
    function: str  # the enclosing function's name, "" at module level
    line: int


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def read_imports(root: Path) -> tuple[set[str], list[Import]]:
    """Every module under ``root`` (a package folder) and every import in it."""
    files = {module_name(root, path): path for path in sorted(root.rglob("*.py"))}
    found: list[Import] = []
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        is_package = path.name == "__init__.py"
        found += _imports_in(tree, name, is_package, set(files))
    return set(files), found


def _imports_in(tree: ast.Module, name: str, is_package: bool, modules: set[str]) -> list[Import]:
    found: list[Import] = []

    def resolve(target: str) -> str:
        if target in modules:
            return target
        if target.split(".", maxsplit=1)[0] == name.split(".", maxsplit=1)[0]:
            # a name imported from a module (``from pkg.mod import thing``): the module
            while target and target not in modules:
                target = target.rpartition(".")[0]
            return target
        return target.split(".")[0]

    def visit(node: ast.AST, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = function
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                inner = child.name
            if isinstance(child, ast.Import):
                for alias in child.names:
                    found.append(Import(name, resolve(alias.name), function, child.lineno))
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    package = name if is_package else name.rpartition(".")[0]
                    for _ in range(child.level - 1):
                        package = package.rpartition(".")[0]
                    base = f"{package}.{base}".rstrip(".")
                for alias in child.names:
                    target = resolve(f"{base}.{alias.name}")
                    if target == name:  # ``from . import x`` inside a package's own module
                        target = resolve(base)
                    found.append(Import(name, target, function, child.lineno))
            visit(child, inner)

    visit(tree, "")
    return [i for i in found if i.imported and i.imported != name]


def cycles(modules: set[str], imports: Iterable[Import]) -> list[list[str]]:
    """The groups of modules that import each other, directly or through others."""
    graph: dict[str, set[str]] = defaultdict(set)
    for found in imports:
        if found.imported in modules:
            graph[found.importer].add(found.imported)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def connect(module: str) -> None:  # Tarjan's strongly connected components
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for other in sorted(graph[module]):
            if other not in index:
                connect(other)
                low[module] = min(low[module], low[other])
            elif other in on_stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                other = stack.pop()
                on_stack.discard(other)
                group.append(other)
                if other == module:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10 * len(modules) + 100))
    try:
        for module in sorted(modules):
            if module not in index:
                connect(module)
    finally:
        sys.setrecursionlimit(limit)
    return groups


MODULES, IMPORTS = read_imports(PACKAGE)


def _in(layer: str, module: str) -> bool:
    return module == layer or module.startswith(layer + ".")


def broken(importers: str, rule: object) -> list[str]:
    """Each import by a module of ``importers`` that ``rule(import)`` says is not allowed."""
    assert callable(rule)
    return [
        f"{i.importer}:{i.line} imports {i.imported}"
        for i in IMPORTS
        if _in(importers, i.importer) and rule(i)
    ]


def test_no_module_imports_itself_through_others() -> None:
    assert cycles(MODULES, IMPORTS) == []


def test_the_domain_imports_only_itself_paths_and_resources() -> None:
    allowed = ("calfplayer.domain", "calfplayer.paths", "calfplayer.resources", "calfplayer.i18n")
    assert (
        broken(
            "calfplayer.domain",
            lambda i: (
                (_in("calfplayer", i.imported) and not any(_in(a, i.imported) for a in allowed))
                or _in("PySide6", i.imported)
            ),
        )
        == []
    )


@pytest.mark.parametrize("layer", ["calfplayer.store", "calfplayer.audio"])
def test_store_and_audio_never_import_the_window_or_the_application(layer: str) -> None:
    assert (
        broken(
            layer, lambda i: _in("calfplayer.ui", i.imported) or _in("calfplayer.app", i.imported)
        )
        == []
    )


def test_the_translation_catalogue_imports_nothing_of_the_project_and_no_qt() -> None:
    assert (
        broken(
            "calfplayer.i18n",
            lambda i: (
                (_in("calfplayer", i.imported) and not _in("calfplayer.i18n", i.imported))
                or _in("PySide6", i.imported)
            ),
        )
        == []
    )


def test_the_store_imports_no_qt() -> None:
    assert broken("calfplayer.store", lambda i: _in("PySide6", i.imported)) == []


def test_the_application_imports_neither_the_window_nor_qt() -> None:
    assert (
        broken(
            "calfplayer.app",
            lambda i: _in("calfplayer.ui", i.imported) or _in("PySide6", i.imported),
        )
        == []
    )


def test_the_window_reaches_the_history_and_files_only_through_the_application() -> None:
    assert (
        broken(
            "calfplayer.ui",
            lambda i: _in("calfplayer.store", i.imported) or i.imported == "sqlite3",
        )
        == []
    )


@pytest.mark.parametrize("module", ["calfplayer.cli_remind", "calfplayer.remind_process"])
def test_the_reminder_process_imports_neither_the_window_nor_qt(module: str) -> None:
    # It waits all day beside the person's other programs: small, and no Qt.
    assert module in MODULES
    assert (
        broken(module, lambda i: _in("calfplayer.ui", i.imported) or _in("PySide6", i.imported))
        == []
    )


COMMAND_LINE = (
    "calfplayer.cli",
    "calfplayer.cli_context",
    "calfplayer.cli_history",
    "calfplayer.cli_plan",
    "calfplayer.cli_report",
    "calfplayer.cli_remind",
)
# The one drawing of the progress report, which `calfplayer report` uses offscreen.
REPORT_DRAWING = ("calfplayer.cli_report", "cmd_report", "calfplayer.ui.report_pdf")


def test_the_command_line_imports_the_window_only_to_open_it() -> None:
    opening = {("calfplayer.__main__", "main")}
    wrong = [
        f"{i.importer}:{i.line} imports {i.imported}"
        for i in IMPORTS
        if (i.importer in COMMAND_LINE or i.importer == "calfplayer.__main__")
        and (_in("calfplayer.ui", i.imported) or _in("PySide6", i.imported))
        and (i.importer, i.function) not in opening
        and (i.importer, i.function, i.imported) != REPORT_DRAWING
    ]
    assert wrong == []
    assert any(
        i.importer == "calfplayer.__main__" and _in("calfplayer.ui", i.imported) for i in IMPORTS
    ), "the window is opened from calfplayer.__main__.main"
    assert any((i.importer, i.function, i.imported) == REPORT_DRAWING for i in IMPORTS), (
        "calfplayer report draws with ui/report_pdf.py"
    )


def test_the_report_drawing_needs_no_window() -> None:
    """What the report command loads of the Qt shell: the drawing, the charts, the palette and
    Qt's translators, never a page, the window or the application context."""
    allowed = {"calfplayer.ui.widgets.charts", "calfplayer.ui.theme", "calfplayer.ui.translation"}
    reached = {
        i.imported
        for i in IMPORTS
        if i.importer == "calfplayer.ui.report_pdf" and _in("calfplayer.ui", i.imported)
    }
    assert reached <= allowed, reached - allowed


# --- the reader itself: it must see what the rules are about ---------------------------------


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "pkg"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_a_cycle_through_a_function_or_type_checking_import_is_found(tmp_path: Path) -> None:
    root = _package(
        tmp_path,
        {
            "__init__.py": "",
            "a.py": "def f():\n    from pkg.b import g\n",
            "b.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import a\n",
            "c.py": "from . import a\n",
        },
    )
    modules, imports = read_imports(root)
    assert cycles(modules, imports) == [["pkg.a", "pkg.b"]]


def test_relative_and_aliased_imports_are_resolved_to_modules(tmp_path: Path) -> None:
    root = _package(
        tmp_path,
        {
            "__init__.py": "",
            "ui/__init__.py": "",
            "ui/page.py": "import sqlite3 as db\nfrom ..store.files import write\n",
            "store/__init__.py": "",
            "store/files.py": "def write(): ...\n",
        },
    )
    _modules, imports = read_imports(root)
    found = {(i.importer, i.imported) for i in imports}
    assert ("pkg.ui.page", "sqlite3") in found
    assert ("pkg.ui.page", "pkg.store.files") in found
