# Runs first thing in every start of the bundle, in place of PyInstaller's own PySide6 runtime hook.
# That one imports PySide6.QtCore at once — a tenth of a second spent even by `calfplayer list`,
# which never uses Qt. This one only points Qt at the bundled plugins and QML folder. PySide6 from
# PyPI makes its Qt relocatable itself when it is first imported, so nothing else is needed.
import os
import sys

_qt_dir = (
    os.path.join(sys._MEIPASS, "PySide6")
    if sys.platform.startswith("win")
    else (os.path.join(sys._MEIPASS, "PySide6", "Qt"))
)
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt_dir, "plugins")
os.environ["QML2_IMPORT_PATH"] = os.path.join(_qt_dir, "qml")
if sys.platform.startswith("win"):
    # QtNetwork finds the bundled OpenSSL DLLs on PATH.
    os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")
elif sys.platform == "darwin":
    os.environ["DYLD_LIBRARY_PATH"] = (
        sys._MEIPASS + os.pathsep + os.environ.get("DYLD_LIBRARY_PATH", "")
    )
del _qt_dir
