"""Names `vulture calfplayer` would call unused, each with the reason it stays.

vulture reads this file as code that uses the names below (see [tool.vulture] in pyproject.toml).
Qt's virtual methods (paintEvent, rowCount, ...) are ignored by name there instead: Qt calls them.
"""

# ruff: noqa: B018

from calfplayer.audio.cue_log import read_cue_log
from calfplayer.audio.renderer import plan_texts
from calfplayer.audio.speaker import Speaker
from calfplayer.domain.cues import spoken_texts
from calfplayer.domain.figure import FOOT_LENGTH, Figure
from calfplayer.domain.routines import routine_from_bytes
from calfplayer.domain.stats import longest_streak
from calfplayer.domain.window_geometry import Rect
from calfplayer.folder_lock import held_elsewhere
from calfplayer.store.settings import Settings
from calfplayer.store.summaries import session_summaries
from calfplayer.ui.main_window import MainWindow
from calfplayer.ui.pages.about import AboutPage
from calfplayer.ui.pages.history import HistoryPage
from calfplayer.ui.pages.player import PlayerPage
from calfplayer.ui.player_controller import PlayerController
from calfplayer.ui.theme import Palette
from calfplayer.ui.widgets.flow import FlowLayout
from calfplayer.ui.widgets.illustration import ExerciseIllustration
from calfplayer.ui.widgets.item_editor import ItemEditor

read_cue_log  # the reader of the --cue-log file, for scripts; the cue timing benchmark uses it
Speaker.ready_texts  # what is rendered so far; the voice tests and benchmark wait on it
spoken_texts  # every sentence a plan can say; the cue tests check each is short enough
routine_from_bytes  # the loader's entry for bytes, which the routine fuzz test drives
longest_streak  # a statistic of the history; tested, kept for the report
Settings.with_voice  # changes one voice setting; the settings and controls tests use it
session_summaries  # the statistics' input for a period; tested, kept for the report
MainWindow.is_complete  # whether the staged start-up has built every part (start-up tests)
MainWindow.plan_reminder  # the reminder the window built; window tests and screenshots drive it
AboutPage.what_it_is  # the About page's sections, read by its tests by name
AboutPage.what_it_is_not
AboutPage.references
AboutPage.licences
HistoryPage.loading  # older sessions still being read; the tests and benchmark wait on it
PlayerPage.current_step_text  # the highlighted step as text, for the playthrough test
PlayerController.next_tick_in_ms  # the timer's plan, checked by the idle-CPU tests
PlayerController.frame_interval_ms
Palette.accent_hover  # the palette's colours are written into the style sheet by name
Palette.accent_soft
Palette.focus_ring
Palette.danger
Palette.warn_soft
ExerciseIllustration.has_drawing  # whether an exercise is drawn, for the library's tests
ExerciseIllustration.drawn  # the poses the last paint drew: the no-double-image tests read it
Figure.joint_angles  # the solved angles: the geometry tests measure start against end with it
FOOT_LENGTH  # the foot's length: the heel-rise test measures against a third of it
ItemEditor.set_value  # sets a field as typing would; the editor tests and screenshots use it
PlayerController.retrying  # whether the history is being tried again, for the window's tests
held_elsewhere  # asks whether another process holds a folder lock without taking it (other holders)
Rect.contains  # whether one area lies inside another: the window-placement tests ask it
FlowLayout.expandingDirections  # a QLayout's virtual method: Qt calls it by this name
plan_texts  # every text a plan can speak: the real-voice test waits until all are rendered
Speaker.spoken_language  # the language the voice speaks: the voice-language tests read it
