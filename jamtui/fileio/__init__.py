"""File primitives shared by catalog and storage: atomic writes and JSON cache files."""
