"""The history's subcommands: export, backup and restore (no Qt; faults become sentences)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from calfplayer.cli_context import EXIT_OK, CliContext, CliError, say
from calfplayer.i18n import translate

# The application's modules are imported by the commands that use them: the parser is built at
# every launch, the window's included, and must stay quick.


def add_history_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser(
        "export", help=translate("CliHistory", "write your workout history as CSV or JSON")
    )
    export.add_argument("--format", choices=["csv", "json"], default="csv")
    export.add_argument(
        "-o",
        "--output",
        metavar=translate("Metavars", "FILE"),
        type=Path,
        help=translate("CliHistory", "default: stdout"),
    )
    export.add_argument(
        "--since",
        metavar=translate("Metavars", "YYYY-MM-DD"),
        type=_since_date,
        help=translate("CliHistory", "only sessions from that day on"),
    )
    export.set_defaults(run=cmd_export)

    backup = commands.add_parser(
        "backup", help=translate("CliHistory", "copy your history to FILE (safe while it runs)")
    )
    backup.add_argument("file", metavar=translate("Metavars", "FILE"), type=Path)
    backup.set_defaults(run=cmd_backup)

    restore = commands.add_parser(
        "restore",
        help=translate(
            "CliHistory", "replace your history with a backup FILE (the current one is kept aside)"
        ),
    )
    restore.add_argument("file", metavar=translate("Metavars", "FILE"), type=Path)
    restore.set_defaults(run=cmd_restore)

    bring_in = commands.add_parser(
        "bring-in",
        help=translate("CliHistory", "add sets kept in FILE when the history could not take them"),
    )
    bring_in.add_argument("file", metavar=translate("Metavars", "FILE"), type=Path)
    bring_in.set_defaults(run=cmd_bring_in)


def _since_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        message = translate("CliHistory", "{text} is not a date like 2026-01-31")
        raise argparse.ArgumentTypeError(message.format(text=repr(text))) from None


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
    if count == 1:
        backed_up = translate("CliHistory", "Backed up %n session to {file}.", None, count)
    else:
        backed_up = translate("CliHistory", "Backed up %n sessions to {file}.", None, count)
    say(context.out, backed_up.format(file=args.file))
    return EXIT_OK


def cmd_restore(context: CliContext, args: argparse.Namespace) -> int:
    from calfplayer.app.errors import AppError

    try:
        previous = context.history().restore(args.file)
    except AppError as error:
        raise CliError(str(error)) from None
    if previous:
        restored = translate(
            "CliHistory",
            "Restored your history from {file}. The previous history was kept as {kept}.",
        )
    else:
        restored = translate("CliHistory", "Restored your history from {file}.")
    say(context.out, restored.format(file=args.file, kept=previous))
    return EXIT_OK


def cmd_bring_in(context: CliContext, args: argparse.Namespace) -> int:
    from calfplayer.app.errors import AppError, no_window_open

    history = context.history()
    try:
        with no_window_open(
            context.paths,
            translate(
                "CliHistory",
                "bringing sets in",
                "what is being done, in: Close the calfplayer window first: {doing} while ...",
            ),
        ):
            added = history.bring_in(args.file)
    except AppError as error:
        raise CliError(str(error)) from None
    finally:
        history.close()
    if added == 1:
        brought = translate("CliHistory", "Brought %n set into your history.", None, added)
    else:
        brought = translate("CliHistory", "Brought %n sets into your history.", None, added)
    say(context.out, brought)
    return EXIT_OK
