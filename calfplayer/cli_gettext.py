"""argparse's own words (``usage:``, ``options``, its error messages) in the language in use.

argparse looks each of its texts up through the module-level ``_`` and ``ngettext`` at the moment
it uses them; pointing those at the catalogue is the hook it offers. The texts are listed here so
that they reach the catalogue (context ``Argparse``); their ``%(name)s`` and ``%s`` stay as they
are, argparse fills them.
"""

from __future__ import annotations

import argparse

from calfplayer.i18n import translatable, translate

_CONTEXT = "Argparse"
_WORDS = frozenset(
    {
        translatable("Argparse", "usage: "),
        translatable("Argparse", "positional arguments"),
        translatable("Argparse", "options"),
        translatable("Argparse", "show this help message and exit"),
        translatable("Argparse", "show program's version number and exit"),
        translatable("Argparse", "%(prog)s: error: %(message)s\n"),
        translatable("Argparse", "argument %(argument_name)s: %(message)s"),
        translatable("Argparse", "unrecognized arguments: %s"),
        translatable("Argparse", "not allowed with argument %s"),
        translatable("Argparse", "ignored explicit argument %r"),
        translatable("Argparse", "the following arguments are required: %s"),
        translatable("Argparse", "one of the arguments %s is required"),
        translatable("Argparse", "expected one argument"),
        translatable("Argparse", "expected at most one argument"),
        translatable("Argparse", "expected at least one argument"),
        translatable("Argparse", "expected %s argument"),
        translatable("Argparse", "expected %s arguments"),
        translatable("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
        translatable("Argparse", "unexpected option string: %s"),
        translatable("Argparse", "invalid %(type)s value: %(value)r"),
        translatable("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    }
)


def _gettext(message: str) -> str:
    return translate(_CONTEXT, message) if message in _WORDS else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    # German and Spanish choose between the two forms as English does.
    return _gettext(singular if n == 1 else plural)


def translate_argparse() -> None:
    """From now on argparse speaks the language in use; call before building a parser."""
    vars(argparse).update(_=_gettext, ngettext=_ngettext)
