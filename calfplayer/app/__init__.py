"""The application layer: what a person can do, shared by the window and the command line.

No Qt here. Each module holds the use cases of one area (routines, workouts, history, advice,
settings); they call the domain and the store and turn every fault into an ``AppError`` that
carries a sentence for the person. Changes are announced through ``changes.ChangeBus`` callbacks,
which the window turns into Qt signals.
"""
