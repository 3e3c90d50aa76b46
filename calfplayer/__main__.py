"""Entry points: ``calfplayer``, ``calfplayer-gui`` (desktop) and ``python -m calfplayer``."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from calfplayer.child_entry import run_child_module
from calfplayer.cli import parse_args, run_command
from calfplayer.cli_context import EXIT_INVALID, EXIT_USAGE, say, with_program
from calfplayer.i18n import translate, use_language_for


def main(argv: Sequence[str] | None = None) -> int:
    # In the desktop bundle this binary also starts calfplayer's own child processes.
    child_status = run_child_module(sys.argv[1:] if argv is None else argv)
    if child_status is not None:
        return child_status
    # The environment's language until the data folder, and with it Settings, is known: the help
    # and the usage errors are printed before that.
    use_language_for(None)
    args = parse_args(argv)
    if args.command is not None:
        try:
            return run_command(args)
        except KeyboardInterrupt:
            return 130
        except Exception as error:  # the promise is a sentence on stderr, never a traceback
            message = translate("CliMessages", "unexpected error ({kind}: {error})")
            say(sys.stderr, with_program(message.format(kind=type(error).__name__, error=error)))
            return EXIT_INVALID
    if args.start and not args.routine:
        print(
            with_program(translate("CliMessages", "--start needs --routine ID|FILE")),
            file=sys.stderr,
        )
        return EXIT_USAGE
    # Qt is imported only when a window is wanted, so subcommands start fast and need no display.
    from calfplayer.ui.app import run_app

    status: int = run_app(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
