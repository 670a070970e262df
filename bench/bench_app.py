"""The 80-item checklist several benches share (saves, exports).

Start-up is measured in a real terminal by bench/probe_startup.py and bench/bench_user.py; key
presses by bench/bench_run_screen.py and bench/probe_pty.py, against a key bound to a visible
change (the former Pilot keypress figure here timed an unbound F4 in its baseline).
"""

from __future__ import annotations

EIGHTY = """format = 1
id = "bench-80"
version = "1"
title = "Åttio frågor"
[scales.g]
levels = [{ value = 1, label = "A" }, { value = 2, label = "B" }, { value = 3, label = "C" }]
""" + "".join(
    f'\n[[sections]]\nid = "s{s}"\ntitle = "Avsnitt {s}"\n'
    + "".join(
        f'[[sections.items]]\nid = "q{q}"\ntype = "{"scale" if q % 2 else "text"}"\n'
        + ('scale = "g"\n' if q % 2 else "")
        + f'text = "Fråga {s}.{q} om jämställdhet i verksamheten?"\n'
        for q in range(10)
    )
    for s in range(8)
)
