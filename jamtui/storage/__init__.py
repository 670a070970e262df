"""Data folders, organisation and run files, atomic writes and locks."""
