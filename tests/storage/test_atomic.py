"""Durable writes: the temp file is fsynced before the rename, and the folder after it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from jamtui.fileio import atomic


def test_write_syncs_file_then_renames_then_syncs_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "run.toml"
    target.write_text("gammalt\n", encoding="utf-8")
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync-dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync-file")
        real_fsync(fd)

    def replace(src: str | Path, dst: str | Path) -> None:
        assert Path(src).parent == tmp_path and Path(src).name.endswith(".tmp")
        assert Path(src).read_text(encoding="utf-8") == "nytt\n"
        assert target.read_text(encoding="utf-8") == "gammalt\n"
        events.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "fsync", fsync)
    monkeypatch.setattr(atomic.os, "replace", replace)
    atomic.write_text_atomic(target, "nytt\n")
    assert events == ["fsync-file", "replace", "fsync-dir"]
    assert target.read_text(encoding="utf-8") == "nytt\n"
    assert [p.name for p in tmp_path.iterdir()] == ["run.toml"]


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "run.toml"
    target.write_text("gammalt\n", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(OSError):
        atomic.write_text_atomic(target, "nytt\n")
    assert target.read_text(encoding="utf-8") == "gammalt\n"
    assert [p.name for p in tmp_path.iterdir()] == ["run.toml"]


def test_create_never_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "ny.toml"
    atomic.create_text_atomic(target, "först\n")
    with pytest.raises(FileExistsError):
        atomic.create_text_atomic(target, "sedan\n")
    assert target.read_text(encoding="utf-8") == "först\n"
    assert [p.name for p in tmp_path.iterdir()] == ["ny.toml"]
