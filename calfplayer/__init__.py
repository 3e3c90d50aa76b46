"""calfplayer: follow calf-strengthening routines at home, with a voice that counts on the beat."""

__version__ = "0.1.0"
APP_NAME = "calfplayer"
