"""The Qt-free reader finds in a .qm file what Qt's own translator finds, form for form."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from calfplayer import i18n
from calfplayer.i18n.qm_file import NotACatalogue, QmCatalogue, parse_qm, read_qm
from tests.catalogues import Entry, catalogue_dir, write_ts

GERMAN = [
    Entry("PlayerPage", "Start", "Los"),
    Entry("Dates", "May", "Mai", comment="month"),
    Entry("Dates", "May", "Mai.", comment="short month"),
    Entry("HistoryPage", "%n session(s)", ("%n Sitzung", "%n Sitzungen")),
    Entry("HistoryPage", "%n set(s) of {exercise}", ("%n Satz {exercise}", "%n Sätze {exercise}")),
    Entry("PlayerPage", "Skip", "Überspringen", finished=False),
    Entry("PlayerPage", "Stop", "Beenden"),
    Entry("Marks", "⟦{name}⟧ — Größe", "⟦{name}⟧ — Größe ß ñ"),
]
POLISH = [Entry("HistoryPage", "%n session(s)", ("%n sesja", "%n sesje", "%n sesji"))]
RUSSIAN = [Entry("HistoryPage", "%n session(s)", ("%n сеанс", "%n сеанса", "%n сеансов"))]
NUMBERS = [*range(31), 100, 101, 102, 104, 105, 111, 112, 114, 121, 122, 125, 1000, 1001, 1002]
NUMBERS += [1012, 1022, 1025, 10_001, 1_000_002, 2_000_011]


def build(folder: Path, language: str, entries: list[Entry]) -> Path:
    return catalogue_dir(folder, language, entries) / f"calfplayer_{language}.qm"


@pytest.fixture
def german_qm(tmp_path: Path) -> Path:
    return build(tmp_path, "de", GERMAN)


@pytest.fixture
def qt_translator(qapp: QCoreApplication) -> Iterator[QTranslator]:
    translator = QTranslator()
    yield translator
    QCoreApplication.removeTranslator(translator)


def qt_reads(translator: QTranslator, qm: Path) -> None:
    assert translator.load(str(qm)), f"Qt could not load {qm}"
    assert QCoreApplication.installTranslator(translator)


def test_plain_text_is_found(german_qm: Path) -> None:
    catalogue = read_qm(german_qm)
    assert catalogue.language == "de"
    assert catalogue.lookup("PlayerPage", "Start", "", -1) == "Los"
    assert catalogue.lookup("PlayerPage", "Nothing like this", "", -1) is None
    assert catalogue.lookup("OtherPage", "Start", "", -1) is None


def test_the_comment_tells_two_same_texts_apart(german_qm: Path) -> None:
    catalogue = read_qm(german_qm)
    assert catalogue.lookup("Dates", "May", "month", -1) == "Mai"
    assert catalogue.lookup("Dates", "May", "short month", -1) == "Mai."


def test_german_plurals_pick_the_form_and_keep_n(german_qm: Path) -> None:
    catalogue = read_qm(german_qm)
    forms = {n: catalogue.lookup("HistoryPage", "%n session(s)", "", n) for n in (0, 1, 2, 21)}
    assert forms == {0: "%n Sitzungen", 1: "%n Sitzung", 2: "%n Sitzungen", 21: "%n Sitzungen"}


def test_unfinished_translations_are_not_used(german_qm: Path, tmp_path: Path) -> None:
    assert read_qm(german_qm).lookup("PlayerPage", "Skip", "", -1) is None
    i18n_uses(tmp_path, "de")
    assert i18n.translate("PlayerPage", "Skip") == "Skip"
    assert i18n.translate("PlayerPage", "Stop") == "Beenden"


def test_texts_beyond_ascii_survive_both_ways(german_qm: Path) -> None:
    found = read_qm(german_qm).lookup("Marks", "⟦{name}⟧ — Größe", "", -1)
    assert found == "⟦{name}⟧ — Größe ß ñ"


def i18n_uses(folder: Path, language: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(i18n.TRANSLATIONS_DIR_ENV, str(folder))
        assert i18n.use_language(language) == language


def test_translate_fills_n_and_placeholders_stay_for_format(tmp_path: Path) -> None:
    build(tmp_path, "de", GERMAN)
    i18n_uses(tmp_path, "de")
    assert i18n.translate("HistoryPage", "%n session(s)", None, 1) == "1 Sitzung"
    assert i18n.translate("HistoryPage", "%n session(s)", None, 3) == "3 Sitzungen"
    text = i18n.translate("HistoryPage", "%n set(s) of {exercise}", None, 2)
    assert text.format(exercise="Wadenheben") == "2 Sätze Wadenheben"
    assert i18n.translate("Dates", "May", "short month") == "Mai."
    assert i18n.translate("PlayerPage", "Not in the catalogue") == "Not in the catalogue"


@pytest.mark.parametrize(("language", "entries"), [("pl", POLISH), ("ru", RUSSIAN)])
def test_three_plural_forms_match_qt_for_every_number(
    tmp_path: Path, qt_translator: QTranslator, language: str, entries: list[Entry]
) -> None:
    qm = build(tmp_path, language, entries)
    qt_reads(qt_translator, qm)
    i18n_uses(tmp_path, language)
    ours = {n: i18n.translate("HistoryPage", "%n session(s)", None, n) for n in NUMBERS}
    qt = {n: QCoreApplication.translate("HistoryPage", "%n session(s)", None, n) for n in NUMBERS}
    assert ours == qt
    # All three forms are reached: the rules were read, not the first form taken every time.
    assert {text.split(" ", 1)[1] for text in ours.values()} == {
        form.removeprefix("%n ") for form in entries[0].translation
    }


def test_every_lookup_matches_qt(
    german_qm: Path, tmp_path: Path, qt_translator: QTranslator
) -> None:
    qt_reads(qt_translator, german_qm)
    i18n_uses(tmp_path, "de")
    asked = [
        ("PlayerPage", "Start", None, -1),
        ("PlayerPage", "Skip", None, -1),
        ("Dates", "May", "month", -1),
        ("Dates", "May", "short month", -1),
        ("Dates", "May", None, -1),
        # Qt looks again without the comment when a text with that comment is not there.
        ("PlayerPage", "Stop", "the workout", -1),
        ("Marks", "⟦{name}⟧ — Größe", None, -1),
        *[("HistoryPage", "%n session(s)", None, n) for n in (0, 1, 2, 11)],
    ]
    for context, source, comment, n in asked:
        assert i18n.translate(context, source, comment, n) == QCoreApplication.translate(
            context, source, comment, n
        ), (context, source, comment, n)


# --- bad files ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"hello, this is text\n",
        b"\x89PNG\r\n\x1a\n" + bytes(64),
        b"<?xml version='1.0'?><TS/>",
    ],
)
def test_a_file_that_is_not_a_catalogue_says_so(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "calfplayer_de.qm"
    path.write_bytes(content)
    with pytest.raises(NotACatalogue, match=r"calfplayer_de\.qm is not a translation catalogue"):
        read_qm(path)


def test_a_ts_file_given_as_a_catalogue_says_so(tmp_path: Path) -> None:
    ts = write_ts(tmp_path / "calfplayer_de.ts", "de", GERMAN)
    with pytest.raises(NotACatalogue, match="not a translation catalogue"):
        read_qm(ts)


def test_a_catalogue_cut_short_anywhere_says_so(german_qm: Path) -> None:
    data = german_qm.read_bytes()
    whole = parse_qm(data)
    for length in range(len(data)):
        try:
            cut = parse_qm(data[:length], "calfplayer_de.qm")
        except NotACatalogue as problem:
            assert str(problem).startswith("calfplayer_de.qm is "), problem
            assert any(
                word in str(problem) for word in ("not a translation", "cut short", "damaged")
            ), problem
        else:
            pytest.fail(f"cut at {length} of {len(data)} bytes read as {_summary(cut, whole)}")


def _summary(cut: QmCatalogue, whole: QmCatalogue) -> str:
    return f"{len(cut.messages)} of {len(whole.messages)} messages, language {cut.language!r}"


def test_damaged_catalogue_leaves_the_program_in_english(german_qm: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    data = german_qm.read_bytes()
    (damaged / "calfplayer_de.qm").write_bytes(data[: len(data) * 2 // 3])
    (damaged / "calfplayer_es.qm").write_bytes(b"not a catalogue at all")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(i18n.TRANSLATIONS_DIR_ENV, str(damaged))
        assert i18n.use_language("de") == i18n.ENGLISH
        assert i18n.current_language() == i18n.ENGLISH
        assert i18n.translate("PlayerPage", "Start") == "Start"
        assert i18n.translate("HistoryPage", "%n session(s)", None, 2) == "2 session(s)"
        assert i18n.use_language("es") == i18n.ENGLISH
        assert i18n.use_language("fr") == i18n.ENGLISH  # no file at all


def test_a_damaged_catalogue_does_not_replace_the_one_in_use(
    german_qm: Path, tmp_path: Path
) -> None:
    """Choosing a language whose file is broken falls back to English, not to a mix."""
    i18n_uses(german_qm.parent, "de")
    assert i18n.translate("PlayerPage", "Start") == "Los"
    (german_qm.parent / "calfplayer_es.qm").write_bytes(b"\x00" * 40)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(i18n.TRANSLATIONS_DIR_ENV, str(german_qm.parent))
        assert i18n.use_language("es") == i18n.ENGLISH
    assert i18n.translate("PlayerPage", "Start") == "Start"
