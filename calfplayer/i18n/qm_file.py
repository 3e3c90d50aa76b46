"""Reads Qt's compiled translation files (``.qm``) without Qt.

The window translates through Qt's own ``QTranslator``; the parts that must not import Qt (the
domain, the store, the application layer, the command line and the reminder process) read the very
same file here, so there is one catalogue. The format is the one ``lrelease`` writes by default: a
16-byte magic number, then tagged blocks; the messages block holds, per message, its translations
(UTF-16, one per plural form), its source text, context and comment (UTF-8), and the numerus-rules
block the bytecode that picks a plural form for a number.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

_BLOCK_MESSAGES = 0x69
_BLOCK_NUMERUS_RULES = 0x88
_BLOCK_LANGUAGE = 0xA7

_TAG_END = 1
_TAG_SOURCE_TEXT_16 = 2
_TAG_TRANSLATION = 3
_TAG_CONTEXT_16 = 4
_TAG_OBSOLETE_1 = 5
_TAG_SOURCE_TEXT = 6
_TAG_CONTEXT = 7
_TAG_COMMENT = 8
_TAG_OBSOLETE_2 = 9

# Numerus rule bytecode, as Qt's translator evaluates it.
_OP_EQ, _OP_LT, _OP_LEQ, _OP_BETWEEN, _OP_MASK = 0x01, 0x02, 0x03, 0x04, 0x07
_NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x08, 0x10, 0x20, 0x40
_AND, _OR, _NEW_RULE = 0xFD, 0xFE, 0xFF


class NotACatalogue(ValueError):
    """The file is not a translation catalogue ``lrelease`` wrote, or it is cut short."""


MessageKey = tuple[str, str, str]  # context, source text, comment ("" when there is none)


@dataclass(frozen=True)
class QmCatalogue:
    language: str
    messages: dict[MessageKey, tuple[str, ...]]
    numerus_rules: bytes

    def lookup(self, context: str, source: str, comment: str, n: int) -> str | None:
        forms = self.messages.get((context, source, comment))
        if not forms and comment:
            # As Qt's translator: lrelease drops a comment that no other message needs to tell
            # them apart, so the text is also looked up without it.
            forms = self.messages.get((context, source, ""))
        if not forms:
            return None
        if n < 0 or len(forms) == 1:
            return forms[0]
        return forms[min(plural_form(abs(n), self.numerus_rules), len(forms) - 1)]


def read_qm(path: Path) -> QmCatalogue:
    return parse_qm(path.read_bytes(), str(path))


def parse_qm(data: bytes, name: str = "catalogue") -> QmCatalogue:
    if not data.startswith(QM_MAGIC):
        raise NotACatalogue(f"{name} is not a translation catalogue")
    language = ""
    rules = b""
    messages: dict[MessageKey, tuple[str, ...]] = {}
    at = len(QM_MAGIC)
    try:
        while at < len(data):
            tag = data[at]
            (length,) = struct.unpack_from(">I", data, at + 1)
            block = data[at + 5 : at + 5 + length]
            if len(block) != length:
                raise NotACatalogue(f"{name} is cut short")
            at += 5 + length
            if tag == _BLOCK_MESSAGES:
                messages = _read_messages(block)
            elif tag == _BLOCK_NUMERUS_RULES:
                rules = block
            elif tag == _BLOCK_LANGUAGE:
                language = block.decode("utf-8")
    except (struct.error, IndexError, UnicodeDecodeError) as error:
        raise NotACatalogue(f"{name} is damaged ({error})") from error
    return QmCatalogue(language, messages, rules)


def _read_messages(block: bytes) -> dict[MessageKey, tuple[str, ...]]:
    messages: dict[MessageKey, tuple[str, ...]] = {}
    at = 0
    translations: list[str] = []
    context = source = comment = ""

    def sized(start: int) -> tuple[bytes, int]:
        (size,) = struct.unpack_from(">I", block, start)
        if size == 0xFFFFFFFF:  # a null string
            return b"", start + 4
        end = start + 4 + size
        if end > len(block):
            raise IndexError("a message runs past the end of the file")
        return block[start + 4 : end], end

    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _TAG_END:
            messages[(context, source, comment)] = tuple(translations)
            translations, context, source, comment = [], "", "", ""
        elif tag == _TAG_TRANSLATION:
            raw, at = sized(at)
            translations.append(raw.decode("utf-16-be"))
        elif tag == _TAG_SOURCE_TEXT:
            raw, at = sized(at)
            source = raw.decode("utf-8")
        elif tag == _TAG_CONTEXT:
            raw, at = sized(at)
            context = raw.decode("utf-8")
        elif tag == _TAG_COMMENT:
            raw, at = sized(at)
            comment = raw.decode("utf-8")
        elif tag in (_TAG_SOURCE_TEXT_16, _TAG_CONTEXT_16, _TAG_OBSOLETE_2):
            _, at = sized(at)
        elif tag == _TAG_OBSOLETE_1:
            at += 4
        else:
            raise IndexError(f"unknown message tag {tag}")
    return messages


def plural_form(n: int, rules: bytes) -> int:
    """The index of the plural form for ``n``: the first rule that holds, else the last form."""
    if not rules:
        return 0
    form = 0
    at = 0
    while True:
        any_held = False
        while True:
            all_held = True
            while True:
                opcode = rules[at]
                left = n
                if opcode & _MOD_10:
                    left %= 10
                elif opcode & _MOD_100:
                    left %= 100
                elif opcode & _LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                operation = opcode & _OP_MASK
                right = rules[at + 1]
                at += 2
                if operation == _OP_EQ:
                    held = left == right
                elif operation == _OP_LT:
                    held = left < right
                elif operation == _OP_LEQ:
                    held = left <= right
                else:  # between, inclusive
                    held = right <= left <= rules[at]
                    at += 1
                if opcode & _NOT:
                    held = not held
                all_held = all_held and held
                if at >= len(rules) or rules[at] != _AND:
                    break
                at += 1
            any_held = any_held or all_held
            if at >= len(rules) or rules[at] != _OR:
                break
            at += 1
        if any_held:
            return form
        form += 1
        if at >= len(rules):
            return form
        at += 1  # the new-rule marker
