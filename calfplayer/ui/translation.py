"""The window's half of the one catalogue: Qt's translators, installed for the language in use.

``calfplayer.i18n`` chooses the language and translates the Qt-free parts; here the same ``.qm``
file is handed to Qt, with Qt's own catalogue for its standard buttons and dialogs, and the default
``QLocale`` follows, so dates and numbers the window formats take the language's form.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from calfplayer import i18n

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> str:
    """Use ``language`` in the window and everywhere else; returns the language in use."""
    language = i18n.use_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    own = QTranslator(app)
    if own.load(str(i18n.catalogue_path(language))):
        app.installTranslator(own)
        _installed.append(own)
    if language != i18n.ENGLISH:
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(QLocale(language), "qtbase", "_", qt_dir):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    QLocale.setDefault(QLocale(language))
    return language
