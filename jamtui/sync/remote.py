"""Talking to the remote: fetch and push through dulwich, credentials from the user's git setup.

Credentials are never written into the data folder: SSH uses the system ``ssh`` (and so the
SSH agent); HTTPS takes a token from ``JAMTUI_SYNC_TOKEN`` (user ``JAMTUI_SYNC_USER``, default
``git``), else the git credential store (``~/.git-credentials``), else ``git credential fill``
when the git command is installed (keychains and credential managers).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlparse

from dulwich.client import get_credentials_from_store, get_transport_and_path
from dulwich.objects import ShaFile
from dulwich.repo import Repo

from jamtui.storage.lock import release_lock, try_lock

BRANCH = b"refs/heads/main"
ENV_TOKEN = "JAMTUI_SYNC_TOKEN"
ENV_USER = "JAMTUI_SYNC_USER"


class RemoteError(Exception):
    """The remote could not be reached or refused (no network, no access, not a repository)."""


class PushRejected(Exception):
    """Someone pushed first: fetch and merge again."""


def local_path(url: str) -> Path | None:
    """The folder a path or ``file://`` URL names; None for network URLs."""
    if url.startswith("file://"):
        return Path(urlparse(url).path)
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", url):
        return None
    scp_like = re.match(r"^([^/\\:]+):", url)
    if scp_like and len(scp_like.group(1)) > 1:
        return None  # host:path (a single letter before the colon is a Windows drive)
    return Path(url).expanduser()


def has_password(url: str) -> bool:
    """Whether a URL carries a password or token (never stored: use the environment)."""
    parsed = urlparse(url)
    return bool(parsed.scheme in ("http", "https") and parsed.password)


def make_bare(path: Path) -> None:
    """Create an empty bare repository at ``path`` whose default branch is ``main``."""
    path.mkdir(parents=True, exist_ok=True)
    Repo.init_bare(str(path), default_branch=b"main").close()


def _credentials(url: str) -> tuple[str | None, str | None]:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        return None, None
    token = os.environ.get(ENV_TOKEN)
    if token:
        return os.environ.get(ENV_USER, "git"), token
    for user, password in get_credentials_from_store(parsed.scheme, parsed.hostname):
        return user, password
    git = shutil.which("git")
    if git:
        query = f"protocol={parsed.scheme}\nhost={parsed.netloc}\n\n"
        try:
            done = subprocess.run(
                [git, "credential", "fill"],
                input=query,
                capture_output=True,
                text=True,
                timeout=30,
                env={**os.environ, "GIT_TERMINAL_PROMPT": "0"},
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired):
            return None, None
        fields = dict(line.split("=", 1) for line in done.stdout.splitlines() if "=" in line)
        if done.returncode == 0 and fields.get("password"):
            return fields.get("username"), fields["password"]
    return None, None


def _client(repo: Repo, url: str) -> tuple[object, str]:
    user, password = _credentials(url)
    target = url
    folder = local_path(url)
    if folder is not None:
        if not (folder / "HEAD").is_file() and not (folder / ".git").exists():
            raise RemoteError(str(folder))
        target = str(folder)
    try:
        return get_transport_and_path(
            target, config=repo.get_config_stack(), username=user, password=password
        )
    except ValueError as error:
        raise RemoteError(str(error)) from None


@contextlib.contextmanager
def remote_lock(url: str) -> Iterator[None]:
    """On a remote folder, one jamtui push at a time; leftovers of a killed push are removed.

    Every jamtui that pushes to the folder takes this OS lock first, so a ref lock file found
    while holding it was left by a push that died.
    """
    folder = local_path(url)
    if folder is None:
        yield
        return
    lock = folder / "jamtui-push.lock"
    for _ in range(200):
        if try_lock(lock) is None:
            break
        import time

        time.sleep(0.05)
    else:
        raise RemoteError(str(folder))
    try:
        refs = folder / "refs" / "heads"
        for leftover in (refs / "main.lock", folder / "packed-refs.lock"):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        yield
    finally:
        release_lock(lock)


def fetch(repo: Repo, url: str) -> bytes | None:
    """Fetch the remote's ``main`` into ``repo``; its commit id, or None when it has none yet."""
    client, path = _client(repo, url)
    try:
        result = client.fetch(path, repo)  # type: ignore[attr-defined]
    except RemoteError:
        raise
    except Exception as error:  # dulwich raises many kinds: network, protocol, access
        raise RemoteError(_describe(error)) from None
    refs = result.refs or {}
    sha = refs.get(BRANCH)
    return sha if sha else None


def push(
    repo: Repo,
    url: str,
    expected: bytes | None,
    new: bytes,
    objects: Callable[[], list[ShaFile]] | None = None,
) -> None:
    """Set the remote's ``main`` from ``expected`` to ``new``; PushRejected if it moved.

    ``objects`` lists what the remote lacks (when ``expected`` is known); without it dulwich
    works that out by walking every tree the remote has.
    """
    client, path = _client(repo, url)
    moved: list[bool] = []

    def update_refs(refs: dict[bytes, bytes]) -> dict[bytes, bytes]:
        current = refs.get(BRANCH)
        if (current or None) != expected:
            moved.append(True)
            return {}
        return {BRANCH: new}

    def generate(have: set[bytes], want: set[bytes], **kwargs: object) -> object:
        from dulwich.objects import ObjectID

        if objects is not None and expected is not None and expected in have:
            from dulwich.pack import pack_objects_to_data

            return pack_objects_to_data(objects(), ofs_delta=True)
        return repo.generate_pack_data(
            {ObjectID(h) for h in have}, {ObjectID(w) for w in want}, progress=None, ofs_delta=True
        )

    try:
        with remote_lock(url):
            result = client.send_pack(  # type: ignore[attr-defined]
                path.encode() if isinstance(path, str) else path, update_refs, generate
            )
    except RemoteError:
        raise
    except Exception as error:
        raise RemoteError(_describe(error)) from None
    if moved:
        raise PushRejected()
    for _ref, status in (getattr(result, "ref_status", None) or {}).items():
        if status is not None:
            raise PushRejected()


def _describe(error: Exception) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0] if text else type(error).__name__
