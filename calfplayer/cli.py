"""The command line: subcommands for scripts, and the options that open the window.

Subcommands import no Qt and need no display. Exit codes: 0 ok, 1 invalid input or a fault,
2 a usage error or an unknown routine id. Errors go to stderr as sentences, never as tracebacks.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from calfplayer import __version__
from calfplayer.cli_context import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    CliContext,
    CliError,
    printable,
    problem_lines,
    say,
)
from calfplayer.domain.clock import SystemClock
from calfplayer.domain.jsonfile import FileProblems
from calfplayer.domain.library import UnknownRoutine
from calfplayer.domain.plan import Plan, Segment, SegmentKind, build_plan, format_duration
from calfplayer.domain.routines import Routine, Source, load_routine
from calfplayer.paths import AppPaths


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="calfplayer",
        description="Follow calf-strengthening routines at home. No command: open the window.",
    )
    parser.add_argument("--version", action="version", version=f"calfplayer {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep every file calfplayer writes under DIR (also: CALFPLAYER_DATA_DIR)",
    )
    parser.add_argument("--routine", metavar="ID|FILE", help="open this routine's preview")
    parser.add_argument("--start", action="store_true", help="with --routine: start it at once")
    parser.add_argument("--no-voice", action="store_true", help="no spoken cues or beeps")
    parser.add_argument("--cue-log", metavar="FILE", help="write one JSON line per cue played")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    listing = commands.add_parser("list", help="list the routines, one per line")
    listing.add_argument("--json", action="store_true", help="print JSON instead of lines")
    listing.set_defaults(run=cmd_list)

    show = commands.add_parser("show", help="print a routine's timeline")
    show.add_argument("routine", metavar="ID|FILE")
    show.add_argument(
        "--cues", action="store_true", help="list the spoken cues beside the timeline"
    )
    show.add_argument(
        "--level",
        choices=["counts", "phases", "coach"],
        default="coach",
        help="which cues to list with --cues (default: coach, the most)",
    )
    show.set_defaults(run=cmd_show)

    validate = commands.add_parser("validate", help="check a routine file")
    validate.add_argument("file", type=Path)
    validate.set_defaults(run=cmd_validate)
    add_doctor_command(commands)
    from calfplayer.cli_history import add_history_commands

    add_history_commands(commands)
    from calfplayer.cli_plan import add_plan_commands

    add_plan_commands(commands)
    from calfplayer.cli_report import add_report_command

    add_report_command(commands)
    from calfplayer.cli_remind import add_remind_command

    add_remind_command(commands)
    _add_routine_file_commands(commands)
    return parser


def run_command(
    args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr
) -> int:
    """Runs a subcommand, turning every expected failure into a sentence and an exit code."""
    context = CliContext(AppPaths.resolve(args.data_dir), out, err, SystemClock())
    command: Callable[[CliContext, argparse.Namespace], int] = args.run
    try:
        return command(context, args)
    except FileProblems as problems:
        say(err, *problem_lines(problems))
        return EXIT_INVALID
    except UnknownRoutine as unknown:
        say(err, f"calfplayer: {unknown}")
        return EXIT_USAGE
    except CliError as error:
        say(err, f"calfplayer: {error}")
        return error.code
    except BrokenPipeError:
        # The reader went away (e.g. `calfplayer list | head -1`): nothing more to say.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
        return EXIT_OK
    except OSError as error:
        say(err, f"calfplayer: {error.strerror or error}: {error.filename or ''}".rstrip(": "))
        return EXIT_INVALID


def cmd_list(context: CliContext, args: argparse.Namespace) -> int:
    library = context.library()
    rows = [_routine_row(routine) for routine in library.routines]
    if args.json:
        json.dump(rows, context.out, indent=2, ensure_ascii=False)
        context.out.write("\n")
    else:
        if context.out.isatty():
            print("id\tname\tduration\texercises\tsource", file=context.out)
        for row in rows:
            fields = (row["id"], row["name"], row["duration"], row["exercises"], row["source"])
            # Tabs separate the fields; one inside a field is escaped with everything else.
            print("\t".join(printable(str(field)) for field in fields), file=context.out)
    for broken in library.broken:
        say(
            context.err,
            "calfplayer: skipped a routine file that has problems:",
            *problem_lines(broken),
        )
    return EXIT_OK


def _routine_row(routine: Routine) -> dict[str, object]:
    total_ms = routine.planned_ms
    return {
        "id": routine.id,
        "name": routine.name.replace("\t", " "),
        "duration": format_duration(total_ms),
        "duration_seconds": round(total_ms / 1000),
        "exercises": len(routine.items),
        "source": routine.source.value,
    }


def cmd_show(context: CliContext, args: argparse.Namespace) -> int:
    routine = context.library().resolve(args.routine)
    plan = build_plan(routine)
    from calfplayer.domain.cues import CueLevel, cue_schedule

    cues = cue_schedule(plan, CueLevel.from_name(args.level)) if args.cues else []
    out = context.out
    say(out, f"{routine.name} ({routine.id}): {format_duration(plan.total_ms)} in all")
    if routine.description:
        say(out, *routine.description.splitlines())
    say(out, "")
    # The cues come in order of time, as do the lines: one pass over both, however long.
    next_cue = 0
    for start, end, text in _timeline(plan):
        say(out, f"{format_duration(start):>6}  {text}")
        while next_cue < len(cues) and cues[next_cue].due_ms < start:
            next_cue += 1  # before this line's start: it belongs to no line
        while next_cue < len(cues) and (
            cues[next_cue].due_ms < end or end == start == cues[next_cue].due_ms
        ):
            cue = cues[next_cue]
            said = f'"{cue.text}"' if cue.text else f"({cue.key.replace('.', ' ')})"
            say(out, f"{_clock_ms(cue.due_ms):>14}    {said}")
            next_cue += 1
    say(out, f"{format_duration(plan.total_ms):>6}  done")
    for cue in cues:
        if cue.due_ms >= plan.total_ms:
            say(out, f'{_clock_ms(cue.due_ms):>14}    "{cue.text}"')
    return EXIT_OK


def _clock_ms(ms: int) -> str:
    return f"{ms // 60000}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def _timeline(plan: Plan) -> list[tuple[int, int, str]]:
    """One line per setup, rest, side switch and block of work (the reps of one set and side)."""
    lines: list[tuple[int, int, str]] = []
    block: list[Segment] = []

    def flush() -> None:
        if block:
            lines.append((block[0].start_ms, block[-1].end_ms, _describe_block(plan, block)))
            block.clear()

    for segment in plan.segments:
        if segment.is_work:
            if block and block[-1].block != segment.block:
                flush()
            block.append(segment)
            continue
        flush()
        item = plan.item(segment.item_index)
        seconds = f"{round(segment.planned_ms / 1000)} s"
        text = {
            SegmentKind.SETUP: f"{item.exercise.name}: get ready ({seconds})",
            SegmentKind.REST: f"rest {seconds}",
            SegmentKind.SWITCH: f"switch to the {segment.side} side ({seconds})",
        }[segment.kind]
        lines.append((segment.start_ms, segment.end_ms, text))
    flush()
    return lines


def _describe_block(plan: Plan, block: list[Segment]) -> str:
    first = block[0]
    item = plan.item(first.item_index)
    parts = [f"set {first.set_number} of {item.sets}"]
    if first.side is not None:
        parts.append(f"{first.side} side")
    if item.hold_ms is not None and item.tempo is None:
        holds = f"{item.reps} holds of" if item.reps > 1 else "hold"
        parts.append(f"{holds} {item.hold_ms / 1000:g} s")
    elif item.tempo is not None:
        tempo = item.tempo
        words = item.exercise.phase_words
        pace = (
            "at your own pace"
            if item.self_paced
            else (
                f"{tempo.up_ms / 1000:g} s {words.up.lower()}, {tempo.top_ms / 1000:g} s "
                f"{words.top.lower()}, {tempo.down_ms / 1000:g} s {words.down.lower()}"
            )
        )
        parts.append(f"{item.reps} reps, {pace}")
    length = format_duration(block[-1].end_ms - first.start_ms)
    return f"{item.exercise.name}: {', '.join(parts)} ({length})"


def cmd_validate(context: CliContext, args: argparse.Namespace) -> int:
    routine = load_routine(args.file, context.catalogue(), Source.FILE)
    say(
        context.out,
        f"{args.file}: valid: {routine.name} ({routine.id}), {len(routine.items)} exercises, "
        f"{format_duration(routine.planned_ms)}",
    )
    return EXIT_OK


# --- doctor ----------------------------------------------------------------------------------


def add_doctor_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    doctor = commands.add_parser(
        "doctor", help="check Qt, speech, sound and the data folder, and say how to fix problems"
    )
    doctor.add_argument("--json", action="store_true", help="print JSON instead of lines")
    doctor.set_defaults(run=cmd_doctor)


def cmd_doctor(context: CliContext, args: argparse.Namespace) -> int:
    """Exit 1 only when something essential is broken; missing speech or sound are warnings."""
    from calfplayer.doctor import ERROR, report_json, report_text, run_checks

    checks = run_checks(context.paths)
    report = report_json(checks) if args.json else report_text(checks)
    say(context.out, *report.splitlines())
    return EXIT_INVALID if any(check.status == ERROR for check in checks) else EXIT_OK


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


# --- own routines: import and export -----------------------------------------------------------


def _add_routine_file_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    importing = commands.add_parser("import", help="add a routine file to your routines")
    importing.add_argument("file", type=Path)
    clash = importing.add_mutually_exclusive_group()
    clash.add_argument(
        "--replace", action="store_true", help="replace your routine with the same id"
    )
    clash.add_argument(
        "--keep-both", action="store_true", help="keep both, giving this one a new id"
    )
    importing.set_defaults(run=cmd_import)

    exporting = commands.add_parser("export-routine", help="write a routine as a file")
    exporting.add_argument("routine", metavar="ID")
    exporting.add_argument("-o", "--output", type=Path, help="the file to write (default: stdout)")
    exporting.set_defaults(run=cmd_export_routine)


def cmd_import(context: CliContext, args: argparse.Namespace) -> int:
    from calfplayer.app.errors import AppError
    from calfplayer.app.routines import OnClash, RoutineClash

    routines = context.routines()
    routine = routines.load_file(args.file)
    on_clash = (
        OnClash.REPLACE if args.replace else OnClash.KEEP_BOTH if args.keep_both else OnClash.REFUSE
    )
    try:
        saved = routines.import_routine(routine, on_clash)
    except RoutineClash as clash:
        hint = "import it with --keep-both" if clash.built_in else "use --replace or --keep-both"
        raise CliError(f"{args.file}: {clash}; {hint}") from None
    except AppError as error:
        raise CliError(str(error)) from None
    say(context.out, f'imported "{saved.name}" as {saved.id} ({saved.path})')
    return EXIT_OK


def cmd_export_routine(context: CliContext, args: argparse.Namespace) -> int:
    from calfplayer.app.errors import AppError
    from calfplayer.store.routines import routine_text

    routines = context.routines()
    routine = routines.library.get(args.routine)
    if args.output is None:
        context.out.write(routine_text(routine))
        return EXIT_OK
    try:
        routines.export_to(routine, args.output)
    except AppError as error:
        raise CliError(str(error)) from None
    say(context.err, f"wrote {routine.id} to {args.output}")
    return EXIT_OK
