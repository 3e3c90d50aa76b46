"""The pure core: exercises, routines, plans, the session engine, cues and statistics.

Nothing in this package imports Qt, touches the screen or reads the clock directly.
"""
