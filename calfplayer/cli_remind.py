"""`calfplayer remind`: reminders of the plan as desktop notifications, even with the window
closed. With no option it waits in the foreground (the autostart entry runs it so); ``--on`` and
``--off`` turn it on and off at login, ``--status`` says how it stands, ``--test`` shows one now.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from calfplayer.cli_context import EXIT_INVALID, EXIT_OK, CliContext, CliError, say
from calfplayer.i18n import translate

if TYPE_CHECKING:
    from calfplayer.app.reminders import ReminderService


def add_remind_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    remind = commands.add_parser(
        "remind",
        help=translate(
            "CliRemind",
            "remind you of your plan with desktop notifications, even with the window closed",
        ),
        description=translate(
            "CliRemind",
            "With no option: wait in the foreground and put up a notification when a planned "
            "time comes due, with Start now, In 15 minutes and Skip today. One runs per data "
            "folder. Options given before `remind` (--no-voice) go on to the window it opens.",
        ),
    )
    what = remind.add_mutually_exclusive_group()
    what.add_argument(
        "--on",
        action="store_true",
        help=translate("CliRemind", "remind from now on and at every login"),
    )
    what.add_argument(
        "--off",
        action="store_true",
        help=translate("CliRemind", "stop reminding, now and at login"),
    )
    what.add_argument(
        "--status",
        action="store_true",
        help=translate("CliRemind", "whether it is on and running, and what is next"),
    )
    what.add_argument(
        "--test",
        action="store_true",
        help=translate("CliRemind", "show a reminder now, as a sample"),
    )
    remind.set_defaults(run=cmd_remind)


def _service(context: CliContext, args: argparse.Namespace) -> ReminderService:
    from calfplayer.app.changes import ChangeBus
    from calfplayer.app.plan import PlanService
    from calfplayer.app.reminders import ReminderService

    plan = PlanService(
        context.paths,
        context.routines(),
        context.history(),
        ChangeBus(),
        context.clock,
        keep_damaged_aside=False,  # the reminders never move a damaged plan file aside
    )
    options = ("--no-voice",) if args.no_voice else ()
    return ReminderService(context.paths, plan, window_options=options)


def cmd_remind(context: CliContext, args: argparse.Namespace) -> int:
    from calfplayer.app.errors import AppError

    service = _service(context, args)
    try:
        if args.on:
            say(context.out, service.turn_on())
        elif args.off:
            say(context.out, service.turn_off())
        elif args.status:
            _status(context, service)
        elif args.test:
            from calfplayer.remind_process import post_sample

            say(
                context.out,
                translate("CliRemind", "Shown: {reminder}").format(reminder=post_sample(service)),
            )
        else:
            if service.plan.problem:
                say(context.err, remind_message(service.plan.problem))
            from calfplayer.remind_process import run_reminders

            return run_reminders(service, context.clock)
    except AppError as error:
        raise CliError(str(error), EXIT_INVALID) from None
    finally:
        service.plan.history.close()
    return EXIT_OK


def remind_message(message: str) -> str:
    """A message of the reminders to the terminal, introduced by who says it."""
    return translate("CliRemind", "calfplayer remind: {message}").format(message=message)


def _status(context: CliContext, service: ReminderService) -> None:
    from calfplayer.cli_plan import next_text

    if not service.starts_at_login_here:
        at_login = translate(
            "CliRemind",
            "At login: not supported here yet (`calfplayer remind --on` says how to start it)",
        )
    elif service.is_on():
        at_login = translate("CliRemind", "At login: on ({entry})").format(
            entry=service.autostart_entry
        )
    else:
        at_login = translate("CliRemind", "At login: off")
    pid = service.running_pid()
    if pid:
        running = translate("CliRemind", "Running: yes (process {pid})").format(pid=pid)
    else:
        running = translate("CliRemind", "Running: no")
    say(context.out, at_login, running)
    if service.plan.problem:
        say(context.out, service.plan.problem)
        return
    say(context.out, next_text(service.plan, service.plan.today()))
