"""The history's subcommands: export, backup and restore (no Qt; faults become sentences)."""

from __future__ import annotations

import argparse
import io
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from calfplayer.cli import EXIT_OK, CliContext, CliError, say

# The store's modules are imported by the commands that use them: the parser is built at every
# launch, the window's included, and must stay quick.
if TYPE_CHECKING:
    from calfplayer.store.db import StoreError


def add_history_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser("export", help="write your workout history as CSV or JSON")
    export.add_argument("--format", choices=["csv", "json"], default="csv")
    export.add_argument("-o", "--output", metavar="FILE", type=Path, help="default: stdout")
    export.add_argument(
        "--since", metavar="YYYY-MM-DD", type=_since_date, help="only sessions from that day on"
    )
    export.set_defaults(run=cmd_export)

    backup = commands.add_parser("backup", help="copy your history to FILE (safe while it runs)")
    backup.add_argument("file", metavar="FILE", type=Path)
    backup.set_defaults(run=cmd_backup)

    restore = commands.add_parser(
        "restore", help="replace your history with a backup FILE (the current one is kept aside)"
    )
    restore.add_argument("file", metavar="FILE", type=Path)
    restore.set_defaults(run=cmd_restore)


def _since_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-01-31") from None


def _store_fault(error: StoreError, history: Path) -> CliError:
    from calfplayer.store.db import HistoryDamaged

    hint = ""
    if isinstance(error, HistoryDamaged):
        hint = (
            " Open calfplayer to keep it aside and start a new one, or restore a backup with"
            " `calfplayer restore FILE`."
        )
    return CliError(f"{error}{hint}" if str(error) else f"{history} cannot be used.")


def cmd_export(context: CliContext, args: argparse.Namespace) -> int:
    import sqlite3

    from calfplayer.store.db import StoreError, describe_fault
    from calfplayer.store.export import CSV_COLUMNS, EXPORT_FORMAT, write_csv, write_json
    from calfplayer.store.files import write_atomically
    from calfplayer.store.history import HistoryStore

    history = context.paths.history_db
    names = {exercise.id: exercise.name for exercise in context.catalogue().values()}
    buffer = io.StringIO()
    try:
        if history.exists():
            store = HistoryStore.open_for_reading(history)
            try:
                if args.format == "csv":
                    write_csv(store, buffer, args.since, names)
                else:
                    write_json(store, buffer, args.since)
            finally:
                store.close()
        elif args.format == "csv":
            buffer.write(",".join(CSV_COLUMNS) + "\n")
        else:
            json.dump({"format": EXPORT_FORMAT, "sessions": []}, buffer)
            buffer.write("\n")
    except StoreError as error:
        raise _store_fault(error, history) from error
    except sqlite3.Error as error:
        raise CliError(f"Your history could not be read ({describe_fault(error)}).") from error
    if args.output is None:
        context.out.write(buffer.getvalue())
    else:
        write_atomically(args.output, buffer.getvalue())
    return EXIT_OK


def cmd_backup(context: CliContext, args: argparse.Namespace) -> int:
    from calfplayer.store.backup import backup_history
    from calfplayer.store.db import StoreError

    history = context.paths.history_db
    try:
        count = backup_history(history, args.file)
    except StoreError as error:
        raise _store_fault(error, history) from error
    say(context.out, f"Backed up {count} session{'s' * (count != 1)} to {args.file}.")
    return EXIT_OK


def cmd_restore(context: CliContext, args: argparse.Namespace) -> int:
    from calfplayer.instance import window_running
    from calfplayer.store.backup import restore_history
    from calfplayer.store.db import StoreError

    if window_running(context.paths):
        raise CliError(
            "Close the calfplayer window first: it keeps the history open, and what it writes"
            " next would be lost with the history being replaced."
        )
    history = context.paths.history_db
    try:
        previous = restore_history(history, args.file)
    except StoreError as error:
        raise _store_fault(error, history) from error
    kept = f" The previous history was kept as {previous}." if previous else ""
    say(context.out, f"Restored your history from {args.file}.{kept}")
    return EXIT_OK
