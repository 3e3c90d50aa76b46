"""calfplayer: follow calf-strengthening routines at home, with a voice that counts on the beat."""

__version__ = "0.1.0"
# The reverse-DNS id the desktop knows the app by: the .desktop entry, the AppStream file and the
# icons are all named after it (see packaging/).
APP_ID = "io.github.calfplayer.CalfPlayer"
