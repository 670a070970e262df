"""Find the line of a dotted path (``sections[1].items[0].type``) in TOML source text.

tomllib reports positions only for syntax errors; this scanner maps table headers and keys
to lines so that every other problem can point at a line too. Multi-line strings are skipped.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(
    r"""^\s*((?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*'))*)\s*="""
)


def _split_key(dotted: str) -> list[str]:
    parts = re.findall(r"""[A-Za-z0-9_-]+|"[^"]*"|'[^']*'""", dotted)
    return [p[1:-1] if p[:1] in "\"'" else p for p in parts]


class LineMap:
    """Lines of table headers and keys, by resolved dotted path with array indexes."""

    def __init__(self, text: str) -> None:
        self.lines: dict[str, tuple[int, int]] = {}
        counts: dict[str, int] = {}
        current = ""
        in_multiline: str | None = None
        for number, line in enumerate(text.splitlines(), start=1):
            if in_multiline is not None:
                if line.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            header = _HEADER.match(line)
            if header:
                names = _split_key(header.group(2))
                resolved = self._resolve(names[:-1], counts)
                path = f"{resolved}.{names[-1]}" if resolved else names[-1]
                if header.group(1) == "[[":
                    index = counts.get(path, 0)
                    counts[path] = index + 1
                    path = f"{path}[{index}]"
                current = path
                self.lines.setdefault(path, (number, 1))
                continue
            key = _KEY.match(line)
            if key:
                names = _split_key(key.group(1))
                path = ".".join([current, *names]) if current else ".".join(names)
                column = len(line) - len(line.lstrip()) + 1
                self.lines.setdefault(path, (number, column))
                rest = line[key.end() :]
                for quote in ('"""', "'''"):
                    if rest.count(quote) % 2 == 1:
                        in_multiline = quote
                        break

    @staticmethod
    def _resolve(names: list[str], counts: dict[str, int]) -> str:
        path = ""
        for name in names:
            path = f"{path}.{name}" if path else name
            if path in counts:
                path = f"{path}[{counts[path] - 1}]"
        return path

    def find(self, path: str) -> tuple[int, int] | None:
        """The line and column of ``path`` or of its nearest recorded ancestor."""
        candidate = path
        while candidate:
            if candidate in self.lines:
                return self.lines[candidate]
            cut = max(candidate.rfind("."), candidate.rfind("["))
            if cut <= 0:
                break
            candidate = candidate[:cut]
        return self.lines.get(candidate) if candidate else None
