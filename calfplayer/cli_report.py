"""`calfplayer report`: the progress report as a PDF, made offscreen (no display needed).

A date that does not read, or a period that starts after it ends, is a usage error (exit 2, with
the usage); an output file that cannot be written is said in a sentence (exit 1), and nothing is
left half-written.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path

from calfplayer.cli_context import EXIT_OK, CliContext, CliError, say
from calfplayer.i18n import translate

# The application's modules, and Qt's, are imported by the command when it runs: the parser is
# built at every launch, the window's included, and must stay quick.


def add_report_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser(
        "report",
        help=translate("CliReport", "a progress report (PDF) to take to your physiotherapist"),
        description=translate(
            "CliReport",
            "A PDF of your sessions, plan kept, each exercise planned and done, effort"
            ' and pain, "that hurt" marks, notes and steps applied. Default: the last four weeks.',
        ),
    )
    report.add_argument(
        "-o", "--output", metavar=translate("Metavars", "FILE"), type=Path, required=True
    )
    report.add_argument(
        "--from",
        dest="first",
        metavar=translate("Metavars", "YYYY-MM-DD"),
        type=_day,
        help=translate("CliReport", "the first day"),
    )
    report.add_argument(
        "--to",
        dest="last",
        metavar=translate("Metavars", "YYYY-MM-DD"),
        type=_day,
        help=translate("CliReport", "the last day (default: today)"),
    )
    report.add_argument(
        "--paper",
        choices=["a4", "letter"],
        help=translate(
            "CliReport", "default: Letter where your locale measures in US units, else A4"
        ),
    )
    report.add_argument(
        "--no-notes", action="store_true", help=translate("CliReport", "leave your notes out")
    )
    report.set_defaults(run=cmd_report, usage_error=report.error)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        message = translate("CliReport", "{text} is not a date like 2026-11-30").format(
            text=repr(text)
        )
        raise argparse.ArgumentTypeError(message) from None


def cmd_report(context: CliContext, args: argparse.Namespace) -> int:
    from calfplayer.app.changes import ChangeBus
    from calfplayer.app.errors import AppError
    from calfplayer.app.plan import PlanService
    from calfplayer.app.report import DEFAULT_WEEKS, Period, build_report
    from calfplayer.domain.stats import local_day

    history = context.history()
    # The command line never moves a damaged plan file: the report says it could not be used.
    plan = PlanService(
        context.paths,
        context.routines(),
        history,
        ChangeBus(),
        context.clock,
        keep_damaged_aside=False,
    )
    today = local_day(context.clock.wall_now(), plan.zone)
    last = args.last or today
    first = args.first or last - timedelta(days=DEFAULT_WEEKS * 7 - 1)
    if first > last:
        args.usage_error(
            translate("CliReport", "--from {first} is after --to {last}").format(
                first=first, last=last
            )
        )
    try:
        report = build_report(
            history, plan, Period(first, last), include_notes=not args.no_notes, zone=plan.zone
        )
    except AppError as error:
        raise CliError(str(error)) from None
    finally:
        history.close()

    # Qt draws the report; it is imported here only, for this command.
    from calfplayer.ui.report_pdf import Paper, paper_for_locale, write_pdf

    target: Path = args.output
    try:
        paper = Paper(args.paper) if args.paper else paper_for_locale()
        pages = write_pdf(report, target, paper)
    except OSError as error:
        message = translate("CliReport", "The report could not be written to {file} ({problem}).")
        raise CliError(message.format(file=target, problem=error.strerror or error)) from None
    # Each count with its noun, so that every language can put the plural it needs.
    sessions = report.sessions
    wrote = translate(
        "CliReport",
        "Wrote {file}: {pages} ({paper}), {sessions} from {first} to {last}.",
        "{pages}: the page count; {sessions}: the session count",
    )
    say(
        context.out,
        wrote.format(
            file=target,
            pages=(
                translate("CliReport", "%n page", None, pages)
                if pages == 1
                else translate("CliReport", "%n pages", None, pages)
            ),
            paper=paper.name.title(),
            sessions=(
                translate("CliReport", "%n session", None, sessions)
                if sessions == 1
                else translate("CliReport", "%n sessions", None, sessions)
            ),
            first=first,
            last=last,
        ),
    )
    return EXIT_OK
