"""Participant names that try to be markup in a browser (one line each, as names must be)."""

HOSTILE_NAMES = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "' onmouseover='alert(3)",
    "{{ 7*7 }} {% raw %}",
    "javascript:alert(4)",
    "&lt;b&gt;inte fet&lt;/b&gt; &amp;",
    "[bold]Rich[/bold] **md** `kod`",
    "Åsa Ödman-Ärlig 🎉",
    "</form><form action=//evil>",
    "x" * 200,
]
