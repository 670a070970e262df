"""Durable atomic writes; the code lives in ``jamtui.fileio.atomic`` (shared with catalog)."""

from jamtui.fileio.atomic import create_text_atomic, fsync_dir, write_atomic, write_text_atomic

__all__ = ["create_text_atomic", "fsync_dir", "write_atomic", "write_text_atomic"]
