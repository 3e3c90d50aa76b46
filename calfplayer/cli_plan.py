"""`calfplayer plan`: the plan for the week, shown and changed from the command line (no Qt).

Invalid input (a time out of range, a day that is no day, a routine that does not exist, a damaged
plan file) is said in a sentence and exits 1 with nothing changed; a malformed command line exits 2.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from calfplayer.cli_context import EXIT_INVALID, EXIT_OK, CliContext, CliError
from calfplayer.i18n import translate
from calfplayer.i18n.formats import month_name, time_of_day, weekday_name

if TYPE_CHECKING:
    from calfplayer.app.plan import PlanService, TodayItem

# The application's modules are imported by the commands that use them: the parser is built at
# every launch, the window's included, and must stay quick.


def add_plan_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    plan = commands.add_parser(
        "plan",
        help=translate(
            "CliPlan", "your plan for the week: show it and what is due next, or change it"
        ),
        description=translate(
            "CliPlan", "With no action: your plan, today's planned times and what is due next."
        ),
    )
    plan.set_defaults(run=cmd_plan)
    actions = plan.add_subparsers(dest="action", metavar=translate("Metavars", "ACTION"))

    add = actions.add_parser(
        "add", help=translate("CliPlan", "a routine on some weekdays at a time")
    )
    add.add_argument("routine", metavar=translate("Metavars", "ID"), help=_routine_id_help())
    add.add_argument(
        "--days",
        required=True,
        metavar=translate("Metavars", "DAYS"),
        help=translate("CliPlan", "mon,wed,fri or mon-fri or daily"),
    )
    add.add_argument(
        "--at",
        required=True,
        metavar=translate("Metavars", "HH:MM"),
        help=translate("CliPlan", "the time of day, e.g. 18:00"),
    )
    add.set_defaults(run=cmd_plan_add)

    snack = actions.add_parser(
        "snack", help=translate("CliPlan", "a movement snack every few hours between two times")
    )
    snack.add_argument("routine", metavar=translate("Metavars", "ID"), help=_routine_id_help())
    snack.add_argument(
        "--every",
        required=True,
        metavar=translate("Metavars", "EVERY"),
        help=translate("CliPlan", "how often: 2h, 90m, 1h30m"),
    )
    snack.add_argument(
        "--from",
        dest="start",
        required=True,
        metavar=translate("Metavars", "HH:MM"),
        help=translate("CliPlan", "first time"),
    )
    snack.add_argument(
        "--to",
        dest="end",
        required=True,
        metavar=translate("Metavars", "HH:MM"),
        help=translate("CliPlan", "last time"),
    )
    snack.add_argument(
        "--days",
        default="daily",
        metavar=translate("Metavars", "DAYS"),
        help=translate("CliPlan", "which days (default: daily)"),
    )
    snack.set_defaults(run=cmd_plan_snack)

    quiet = actions.add_parser(
        "quiet", help=translate("CliPlan", "days with nothing planned (or: none)")
    )
    quiet.add_argument(
        "days", metavar=translate("Metavars", "DAYS"), help=translate("CliPlan", "sat,sun or none")
    )
    quiet.set_defaults(run=cmd_plan_quiet)

    remove = actions.add_parser(
        "remove", help=translate("CliPlan", "remove entry N (as `calfplayer plan` numbers it)")
    )
    remove.add_argument("number", metavar=translate("Metavars", "N"), type=int)
    remove.set_defaults(run=cmd_plan_remove)

    clear = actions.add_parser("clear", help=translate("CliPlan", "remove the whole plan"))
    clear.set_defaults(run=cmd_plan_clear)


def _routine_id_help() -> str:
    return translate("CliPlan", "the routine's id (`calfplayer list`)")


def _service(context: CliContext) -> PlanService:
    from calfplayer.app.changes import ChangeBus
    from calfplayer.app.plan import PlanService

    # The command line never moves a damaged plan file by itself: it says so and changes nothing.
    return PlanService(
        context.paths,
        context.routines(),
        context.history(),
        ChangeBus(),
        context.clock,
        keep_damaged_aside=False,
    )


def _with_plan(
    context: CliContext, do: Callable[[PlanService], None], *, damaged_ok: bool = False
) -> int:
    """Runs ``do`` on the plan; a damaged plan file or an AppError ends in a sentence, exit 1."""
    from calfplayer.app.errors import AppError

    plan = _service(context)
    try:
        if plan.problem is not None and not damaged_ok:
            raise AppError(
                translate(
                    "CliPlan",
                    "{problem} Fix the file, or start a new plan with `calfplayer plan clear`.",
                ).format(problem=plan.problem)
            )
        do(plan)
    except AppError as error:
        raise CliError(str(error), EXIT_INVALID) from None
    finally:
        plan.history.close()
    return EXIT_OK


def cmd_plan_add(context: CliContext, args: argparse.Namespace) -> int:
    def add(plan: PlanService) -> None:
        plan.add_routine(args.routine, args.days, args.at)
        print(_added(plan), file=context.out)

    return _with_plan(context, add)


def cmd_plan_snack(context: CliContext, args: argparse.Namespace) -> int:
    def add(plan: PlanService) -> None:
        plan.add_snack(args.routine, args.every, args.start, args.end, args.days)
        print(_added(plan), file=context.out)

    return _with_plan(context, add)


def _added(plan: PlanService) -> str:
    entry = plan.entries()[-1]
    return translate("CliPlan", "Added {number}. {entry}").format(
        number=entry.number, entry=entry.text
    )


def cmd_plan_quiet(context: CliContext, args: argparse.Namespace) -> int:
    from calfplayer.app.errors import AppError
    from calfplayer.domain.week_plan import PlanProblem, format_days, parse_days

    def quiet(plan: PlanService) -> None:
        wanted = args.days.strip().lower()
        try:
            days = frozenset() if wanted in ("none", "") else parse_days(wanted)
        except PlanProblem as problem:
            message = translate("CliPlan", "{problem} Or none, for no quiet days.")
            raise AppError(message.format(problem=problem)) from None
        plan.set_quiet_days(days)
        shown = format_days(days) if days else translate("CliPlan", "none", "no quiet days")
        print(translate("CliPlan", "Quiet days: {days}").format(days=shown), file=context.out)

    return _with_plan(context, quiet)


def cmd_plan_remove(context: CliContext, args: argparse.Namespace) -> int:
    def remove(plan: PlanService) -> None:
        removed = plan.remove(args.number)
        removed_text = translate("CliPlan", "Removed {number}. {entry}")
        print(removed_text.format(number=removed.number, entry=removed.text), file=context.out)

    return _with_plan(context, remove)


def cmd_plan_clear(context: CliContext, args: argparse.Namespace) -> int:
    def clear(plan: PlanService) -> None:
        kept = plan.clear()
        if kept:
            emptied = translate(
                "CliPlan", "Your plan is empty. The damaged plan file was kept as {kept}."
            )
        else:
            emptied = translate("CliPlan", "Your plan is empty.")
        print(emptied.format(kept=kept), file=context.out)

    return _with_plan(context, clear, damaged_ok=True)


def cmd_plan(context: CliContext, args: argparse.Namespace) -> int:
    return _with_plan(context, lambda plan: _show(plan, context))


def _show(plan: PlanService, context: CliContext) -> None:
    from calfplayer.domain.week_plan import format_days

    out = context.out
    entries = plan.entries()
    if not entries:
        print(translate("CliPlan", "No plan yet. Add to it with, for example:"), file=out)
        print("  calfplayer plan add gentle-start --days mon,wed,fri --at 18:00", file=out)
        print(
            "  calfplayer plan snack movement-snack --every 2h --from 09:00 --to 17:00"
            " --days mon-fri",
            file=out,
        )
    else:
        print(translate("CliPlan", "Your plan:"), file=out)
        for entry in entries:
            print(f"  {entry.number}. {entry.text}", file=out)
    if plan.current.quiet_days:
        quiet = format_days(plan.current.quiet_days)
        print(translate("CliPlan", "Quiet days: {days}").format(days=quiet), file=out)
    if not entries:
        return
    items = plan.today()
    now = plan.clock.wall_now().astimezone(plan.zone)
    today = translate("CliPlan", "Today, {weekday} {day} {month}:")
    day = now.date()
    print(
        today.format(weekday=weekday_name(day), day=day.day, month=month_name(day.month)),
        file=out,
    )
    if not items:
        print("  " + translate("CliPlan", "nothing planned"), file=out)
    for item in items:
        line = translate("CliPlan", "{entry}: {state}").format(
            entry=item.text, state=_state_text(item)
        )
        print(f"  {line}", file=out)
    print(next_text(plan, items), file=out)


def _state_text(item: TodayItem) -> str:
    from calfplayer.domain.schedule import SlotState

    view = item.view
    if view.state is SlotState.DONE:
        return translate("CliPlan", "done ✓")
    if view.state is SlotState.LATER:
        until = translate("CliPlan", "put off until {time}")
        return until.format(time=time_of_day(item.due_from))
    if view.state is SlotState.DUE:
        return translate("CliPlan", "due now")
    if view.state is SlotState.SKIPPED:
        return translate("CliPlan", "skipped")
    if view.state is SlotState.MISSED:
        return translate("CliPlan", "missed")
    return translate("CliPlan", "to come")


def next_text(plan: PlanService, items: list[TodayItem]) -> str:
    upcoming = plan.upcoming(items)
    if upcoming is None:
        return translate("CliPlan", "Nothing is planned in the coming week.")
    name, when, due = upcoming
    time = time_of_day(when)
    if due:
        return translate("CliPlan", "Due now: {name} (planned for {time})").format(
            name=name, time=time
        )
    today = plan.clock.wall_now().astimezone(plan.zone).date()
    ahead = (when.date() - today).days
    if ahead == 0:
        text = translate("CliPlan", "Next: {name} at {time} today")
    elif ahead == 1:
        text = translate("CliPlan", "Next: {name} at {time} tomorrow")
    else:
        text = translate("CliPlan", "Next: {name} at {time} on {weekday}")
    return text.format(name=name, time=time, weekday=weekday_name(when.date()))
