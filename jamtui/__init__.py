"""jamtui: run gender-equality checklists with organisations, in the terminal."""

__version__ = "0.1.0"
