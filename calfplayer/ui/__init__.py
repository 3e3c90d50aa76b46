"""The Qt shell: renders the engine's state and forwards input. Qt is imported only here."""
