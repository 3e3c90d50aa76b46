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
    use_settings_language,
    with_program,
)
from calfplayer.cli_gettext import translate_argparse
from calfplayer.domain.clock import SystemClock
from calfplayer.domain.cues import BEEP_END, BEEP_TICK, Cue
from calfplayer.domain.jsonfile import FileProblems
from calfplayer.domain.library import UnknownRoutine
from calfplayer.domain.plan import Plan, Segment, SegmentKind, build_plan, format_duration
from calfplayer.domain.routines import Routine, Side, Source, load_routine
from calfplayer.i18n import translatable, translate
from calfplayer.paths import AppPaths


def build_parser() -> argparse.ArgumentParser:
    translate_argparse()
    parser = argparse.ArgumentParser(
        prog="calfplayer",
        description=translate(
            "Cli", "Follow calf-strengthening routines at home. No command: open the window."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"calfplayer {__version__}",
        # argparse words this help when it is imported, before a language is chosen.
        help=translate("Argparse", "show program's version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar=translate("Metavars", "DIR"),
        help=translate(
            "Cli", "keep every file calfplayer writes under DIR (also: CALFPLAYER_DATA_DIR)"
        ),
    )
    parser.add_argument(
        "--routine",
        metavar=translate("Metavars", "ID|FILE"),
        help=translate("Cli", "open this routine's preview"),
    )
    parser.add_argument(
        "--start", action="store_true", help=translate("Cli", "with --routine: start it at once")
    )
    parser.add_argument(
        "--no-voice", action="store_true", help=translate("Cli", "no spoken cues or beeps")
    )
    parser.add_argument(
        "--cue-log",
        metavar=translate("Metavars", "FILE"),
        help=translate("Cli", "write one JSON line per cue played"),
    )
    commands = parser.add_subparsers(dest="command", metavar=translate("Metavars", "COMMAND"))

    listing = commands.add_parser("list", help=translate("Cli", "list the routines, one per line"))
    listing.add_argument("--json", action="store_true", help=json_help())
    listing.set_defaults(run=cmd_list)

    show = commands.add_parser("show", help=translate("Cli", "print a routine's timeline"))
    show.add_argument("routine", metavar=translate("Metavars", "ID|FILE"))
    show.add_argument(
        "--cues",
        action="store_true",
        help=translate("Cli", "list the spoken cues beside the timeline"),
    )
    show.add_argument(
        "--level",
        choices=["counts", "phases", "coach"],
        default="coach",
        help=translate("Cli", "which cues to list with --cues (default: coach, the most)"),
    )
    show.set_defaults(run=cmd_show)

    validate = commands.add_parser("validate", help=translate("Cli", "check a routine file"))
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
    paths = AppPaths.resolve(args.data_dir)
    use_settings_language(paths)
    context = CliContext(paths, out, err, SystemClock())
    command: Callable[[CliContext, argparse.Namespace], int] = args.run
    try:
        return command(context, args)
    except FileProblems as problems:
        say(err, *problem_lines(problems))
        return EXIT_INVALID
    except UnknownRoutine as unknown:
        say(err, with_program(str(unknown)))
        return EXIT_USAGE
    except CliError as error:
        say(err, with_program(str(error)))
        return error.code
    except BrokenPipeError:
        # The reader went away (e.g. `calfplayer list | head -1`): nothing more to say.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
        return EXIT_OK
    except OSError as error:
        say(err, with_program(os_error_text(error)))
        return EXIT_INVALID


def json_help() -> str:
    return translate("Cli", "print JSON instead of lines")


def os_error_text(error: OSError) -> str:
    """What went wrong with which file, e.g. "Permission denied: /some/file"."""
    what = error.strerror or str(error)
    if not error.filename:
        return what
    return translate("Cli", "{problem}: {file}").format(problem=what, file=error.filename)


_SOURCE_NAMES = {
    Source.BUILT_IN: translatable("Cli", "built-in"),
    Source.USER: translatable("Cli", "user"),
    Source.FILE: translatable("Cli", "file"),
}


def cmd_list(context: CliContext, args: argparse.Namespace) -> int:
    library = context.library()
    rows = [_routine_row(routine) for routine in library.routines]
    if args.json:
        json.dump(rows, context.out, indent=2, ensure_ascii=False)
        context.out.write("\n")
    else:
        if context.out.isatty():
            print(translate("Cli", "id\tname\tduration\texercises\tsource"), file=context.out)
        for routine, row in zip(library.routines, rows, strict=True):
            shown = (routine.shown_name.replace("\t", " "), _source_name(routine.source))
            fields = (row["id"], shown[0], row["duration"], row["exercises"], shown[1])
            # Tabs separate the fields; one inside a field is escaped with everything else.
            print("\t".join(printable(str(field)) for field in fields), file=context.out)
    for broken in library.broken:
        say(
            context.err,
            with_program(translate("Cli", "skipped a routine file that has problems:")),
            *problem_lines(broken),
        )
    return EXIT_OK


def _source_name(source: Source) -> str:
    name = _SOURCE_NAMES.get(source)
    return translate("Cli", name) if name else source.value


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
    total = format_duration(plan.total_ms)
    heading = translate("Cli", "{name} ({id}): {duration} in all")
    say(out, heading.format(name=routine.shown_name, id=routine.id, duration=total))
    if routine.shown_description:
        say(out, *routine.shown_description.splitlines())
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
            say(out, f"{_clock_ms(cue.due_ms):>14}    {_said(cue)}")
            next_cue += 1
    done = translate("Cli", "done", "the end of the timeline")
    say(out, f"{total:>6}  {done}")
    for cue in cues:
        if cue.due_ms >= plan.total_ms:
            say(out, f"{_clock_ms(cue.due_ms):>14}    {_said(cue)}")
    return EXIT_OK


_BEEPS = {
    BEEP_TICK: translatable("Cli", "(beep tick)"),
    BEEP_END: translatable("Cli", "(beep end)"),
}


def _said(cue: Cue) -> str:
    """A cue as the timeline lists it: its words in quotes, or which beep."""
    if cue.text:
        return translate("Cli", '"{text}"', "a spoken cue in quotes").format(text=cue.text)
    beep = _BEEPS.get(cue.key)
    return translate("Cli", beep) if beep else f"({cue.key.replace('.', ' ')})"


def _number(value: float) -> str:
    """2, 1.5: as short as it can be, with the language's decimal mark."""
    return f"{value:g}".replace(".", translate("Numbers", ".", "decimal mark"))


def _seconds(ms: int) -> str:
    return translate("Cli", "{seconds} s", "a length of time in seconds").format(
        seconds=_number(ms / 1000)
    )


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
        values = {
            "seconds": _seconds(round(segment.planned_ms / 1000) * 1000),
            "exercise": translate("Exercises", item.exercise.name),
        }
        if segment.kind is SegmentKind.SETUP:
            text = translate("Cli", "{exercise}: get ready ({seconds})")
        elif segment.kind is SegmentKind.REST:
            text = translate("Cli", "rest {seconds}")
        elif segment.side is Side.LEFT:
            text = translate("Cli", "switch to the left side ({seconds})")
        else:
            text = translate("Cli", "switch to the right side ({seconds})")
        lines.append((segment.start_ms, segment.end_ms, text.format(**values)))
    flush()
    return lines


def _describe_block(plan: Plan, block: list[Segment]) -> str:
    first = block[0]
    item = plan.item(first.item_index)
    parts = [
        translate("Cli", "set {number} of {sets}").format(number=first.set_number, sets=item.sets)
    ]
    if first.side is Side.LEFT:
        parts.append(translate("Cli", "left side"))
    elif first.side is Side.RIGHT:
        parts.append(translate("Cli", "right side"))
    if item.hold_ms is not None and item.tempo is None:
        hold, reps = _seconds(item.hold_ms), item.reps
        if item.reps > 1:
            parts.append(translate("Cli", "%n holds of {hold}", None, reps).format(hold=hold))
        else:
            parts.append(translate("Cli", "hold {hold}").format(hold=hold))
    elif item.tempo is not None:
        tempo, reps = item.tempo, item.reps
        words = item.exercise.phase_words
        if item.self_paced:
            parts.append(translate("Cli", "%n reps, at your own pace", None, reps))
        else:
            pace = translate(
                "Cli",
                "%n reps, {up} {up_word}, {top} {top_word}, {down} {down_word}",
                "the length of each phase of a rep, e.g. 2 s up, 1 s top, 2 s down",
                reps,
            )
            parts.append(
                pace.format(
                    up=_seconds(tempo.up_ms),
                    up_word=translate("Exercises", words.up).lower(),
                    top=_seconds(tempo.top_ms),
                    top_word=translate("Exercises", words.top).lower(),
                    down=_seconds(tempo.down_ms),
                    down_word=translate("Exercises", words.down).lower(),
                )
            )
    length = format_duration(block[-1].end_ms - first.start_ms)
    separator = translate("Cli", ", ", "between the parts of a timeline line")
    return translate("Cli", "{exercise}: {parts} ({length})").format(
        exercise=translate("Exercises", item.exercise.name),
        parts=separator.join(parts),
        length=length,
    )


def cmd_validate(context: CliContext, args: argparse.Namespace) -> int:
    routine = load_routine(args.file, context.catalogue(), Source.FILE)
    count = len(routine.items)
    valid = translate("Cli", "{file}: valid: {name} ({id}), %n exercises, {duration}", None, count)
    say(
        context.out,
        valid.format(
            file=args.file,
            name=routine.shown_name,
            id=routine.id,
            duration=format_duration(routine.planned_ms),
        ),
    )
    return EXIT_OK


# --- doctor ----------------------------------------------------------------------------------


def add_doctor_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    doctor = commands.add_parser(
        "doctor",
        help=translate(
            "Cli", "check Qt, speech, sound and the data folder, and say how to fix problems"
        ),
    )
    doctor.add_argument("--json", action="store_true", help=json_help())
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
    importing = commands.add_parser(
        "import", help=translate("Cli", "add a routine file to your routines")
    )
    importing.add_argument("file", type=Path)
    clash = importing.add_mutually_exclusive_group()
    clash.add_argument(
        "--replace",
        action="store_true",
        help=translate("Cli", "replace your routine with the same id"),
    )
    clash.add_argument(
        "--keep-both",
        action="store_true",
        help=translate("Cli", "keep both, giving this one a new id"),
    )
    importing.set_defaults(run=cmd_import)

    exporting = commands.add_parser(
        "export-routine", help=translate("Cli", "write a routine as a file")
    )
    exporting.add_argument("routine", metavar=translate("Metavars", "ID"))
    exporting.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar=translate("Metavars", "FILE"),
        help=translate("Cli", "the file to write (default: stdout)"),
    )
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
        if clash.built_in:
            hint = translate("Cli", "{file}: {problem}; import it with --keep-both")
        else:
            hint = translate("Cli", "{file}: {problem}; use --replace or --keep-both")
        raise CliError(hint.format(file=args.file, problem=clash)) from None
    except AppError as error:
        raise CliError(str(error)) from None
    imported = translate("Cli", 'imported "{name}" as {id} ({path})')
    say(context.out, imported.format(name=saved.name, id=saved.id, path=saved.path))
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
    say(
        context.err,
        translate("Cli", "wrote {id} to {file}").format(id=routine.id, file=args.output),
    )
    return EXIT_OK
