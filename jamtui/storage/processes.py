"""Is a process alive, and is it the same process that wrote a lock (not a reused pid)?

A lock names the holder's pid, its start time and the machine's boot id. A pid alone is not
enough: after a reboot, or on a busy machine, another program gets the same number. Linux
gives both through ``/proc``; Windows through ``OpenProcess``/``GetProcessTimes`` (never
``os.kill(pid, 0)``, which there would send Ctrl+C); elsewhere only liveness is known.
"""

from __future__ import annotations

import ctypes
import os
import sys
from typing import Any

IS_WINDOWS = sys.platform == "win32"
"""Which way liveness is tested; tests set it to exercise the Windows path on Linux."""

_STILL_ACTIVE = 259
_QUERY_LIMITED = 0x1000
_ACCESS_DENIED = 5

kernel32: Any = None
"""``ctypes.windll.kernel32`` on Windows (a stand-in in tests), loaded when first needed."""


def _kernel32() -> Any:
    global kernel32
    if kernel32 is None:
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return kernel32


def boot_id() -> str:
    """An id of this boot of the machine ("" where none is known)."""
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as handle:
            return handle.read(64).strip()
    except OSError:
        return ""


def start_token(pid: int) -> str:
    """A string that differs between two processes that had the same pid ("" if unknown)."""
    if IS_WINDOWS:
        return _windows_start(pid)
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read(4096)
    except OSError:
        return ""
    # The command name (field 2) is in parentheses and may hold spaces: split after it.
    fields = stat[stat.rfind(b")") + 2 :].split()
    return fields[19].decode("ascii") if len(fields) > 19 else ""


def is_alive(pid: int) -> bool:
    """Whether a process with this pid exists on this machine (True when unsure)."""
    if pid <= 0:
        return False
    if IS_WINDOWS:
        return _windows_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, but belongs to someone else
    return True


def _windows_alive(pid: int) -> bool:
    api = _kernel32()
    handle = api.OpenProcess(_QUERY_LIMITED, False, pid)
    if not handle:
        return bool(api.GetLastError() == _ACCESS_DENIED)
    try:
        code = ctypes.c_ulong()
        if not api.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == _STILL_ACTIVE
    finally:
        api.CloseHandle(handle)


def _windows_start(pid: int) -> str:
    api = _kernel32()
    handle = api.OpenProcess(_QUERY_LIMITED, False, pid)
    if not handle:
        return ""
    try:
        created, ended, kernel, user = (ctypes.c_ulonglong() for _ in range(4))
        if not api.GetProcessTimes(
            handle,
            ctypes.byref(created),
            ctypes.byref(ended),
            ctypes.byref(kernel),
            ctypes.byref(user),
        ):
            return ""
        return str(created.value)
    finally:
        api.CloseHandle(handle)
