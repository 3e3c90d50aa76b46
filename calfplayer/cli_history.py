"""The history's subcommands: export, backup and restore (no Qt; faults become sentences)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from calfplayer.cli_context import EXIT_OK, CliContext, CliError, say

# The application's modules are imported by the commands that use them: the parser is built at
# every launch, the window's included, and must stay quick.


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

    bring_in = commands.add_parser(
        "bring-in", help="add sets kept in FILE when the history could not take them"
    )
    bring_in.add_argument("file", metavar="FILE", type=Path)
    bring_in.set_defaults(run=cmd_bring_in)


def _since_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-01-31") from None


def cmd_export(context: CliContext, args: argparse.Namespace) -> int:
    from calfplayer.app.errors import AppError

    history = context.history()
    try:
        if args.output is None:
            text, _count = history.export_text(args.format, args.since)
            context.out.write(text)
        else:
            history.export(args.output, args.format, args.since)
    except AppError as error:
        raise CliError(str(error)) from None
    finally:
        history.close()
    return EXIT_OK


def cmd_backup(context: CliContext, args: argparse.Namespace) -> int:
    from calfplayer.app.errors import AppError

    try:
        count = context.history().backup(args.file)
    except AppError as error:
        raise CliError(str(error)) from None
    say(context.out, f"Backed up {count} session{'s' * (count != 1)} to {args.file}.")
    return EXIT_OK


def cmd_restore(context: CliContext, args: argparse.Namespace) -> int:
    from calfplayer.app.errors import AppError

    try:
        previous = context.history().restore(args.file)
    except AppError as error:
        raise CliError(str(error)) from None
    kept = f" The previous history was kept as {previous}." if previous else ""
    say(context.out, f"Restored your history from {args.file}.{kept}")
    return EXIT_OK


def cmd_bring_in(context: CliContext, args: argparse.Namespace) -> int:
    from calfplayer.app.errors import AppError, no_window_open

    history = context.history()
    try:
        with no_window_open(context.paths, "bringing sets in"):
            added = history.bring_in(args.file)
    except AppError as error:
        raise CliError(str(error)) from None
    finally:
        history.close()
    say(context.out, f"Brought {added} set{'s' * (added != 1)} into your history.")
    return EXIT_OK
