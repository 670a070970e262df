"""Horizontal bars drawn in text, readable in any terminal and without colour."""

from __future__ import annotations


def text_bar(value: float, maximum: float, width: int = 20, ascii_only: bool = False) -> str:
    """``██████░░░░`` (or ``######....``) filled in proportion to ``value / maximum``."""
    full, empty = ("#", ".") if ascii_only else ("█", "░")
    if maximum <= 0:
        return empty * width
    filled = round(max(0.0, min(1.0, value / maximum)) * width)
    return full * filled + empty * (width - filled)
