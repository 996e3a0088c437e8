"""Writing output files safely: atomically, and with the permissions the user's umask asks for."""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO


def default_mode() -> int:
    """The mode a plain ``open(path, "w")`` would give a new file (0o666 less the umask)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def respect_umask(path: str | Path) -> None:
    """Give a file made by ``mkstemp`` (always 0600) the mode the umask asks for."""
    os.chmod(path, default_mode())


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        respect_umask(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- reading safely


class NotRegularFile(OSError):
    """A path names a FIFO, socket, device or folder where a regular file was expected."""


def kind_of(mode: int) -> str:
    """What a file of ``mode`` is, for messages (``"a FIFO (named pipe)"``, ``"a socket"``…)."""
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return "not a regular file"


def not_regular_message(mode: int) -> str:
    """The one-line reason a non-regular file is not read, with what to do instead."""
    return (f"is {kind_of(mode)}, not a regular file; only regular files are read "
            "(copy the content into a normal file)")


_READ_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


def open_regular(path: str | Path) -> BinaryIO:
    """Open ``path`` for binary reading only if it is a regular file (following links).

    The file is checked with ``stat`` before it is opened (so a FIFO or device is never
    opened), opened with ``O_NONBLOCK`` (so a FIFO swapped in after the check cannot
    block the open) and checked again with ``fstat`` on the open descriptor.

    Raises:
        NotRegularFile: the path is a FIFO, socket, device or folder.
        OSError: the file cannot be opened.
    """
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFile(errno.EINVAL, not_regular_message(st.st_mode), str(path))
    fd = os.open(path, _READ_FLAGS)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFile(errno.EINVAL, not_regular_message(st.st_mode), str(path))
        if _READ_FLAGS & getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise



# --------------------------------------------------------------------------- stale temporaries

STALE_SECONDS = 3600.0
"""Age after which one of our temporaries without an owner pid in its name is stale."""


def pid_alive(pid: int) -> bool:
    """True when a process ``pid`` exists on this machine (it may belong to another user)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: it exists, owned by someone else
        return True
    return True


def is_stale(uid: int, mtime: float, pid: int | None, *, now: float, max_age: float = STALE_SECONDS) -> bool:
    """Whether a temporary is left over: it is ours (same user) and its owner ``pid`` (from its
    name) is dead, or, with no pid in the name (older releases), it has not been touched for
    ``max_age`` seconds.  A pid alive but untouched for a day is a reused pid."""
    if hasattr(os, "getuid") and uid != os.getuid():
        return False
    if pid is not None:
        return not pid_alive(pid) or now - mtime > 24 * 3600
    return now - mtime > max_age


def sweep_stale(folder: Path, pattern: re.Pattern[str], *, folders: bool = False) -> list[Path]:
    """Remove the stale temporaries in ``folder`` whose names match ``pattern`` (group
    ``pid``, when present, is the owner's process id); returns what was removed.

    Only regular files (or, with ``folders``, real folders: never a symbolic link) owned by
    this user are touched; errors are ignored (another process may sweep at the same time).
    """
    import shutil
    import time

    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    now = time.time()
    for name in names:
        m = pattern.fullmatch(name)
        if m is None:
            continue
        p = folder / name
        try:
            st = os.lstat(p)
            kind_ok = stat.S_ISDIR(st.st_mode) if folders else stat.S_ISREG(st.st_mode)
            if not kind_ok:
                continue
            mtime = st.st_mtime
            if folders:  # a folder's age is its newest file's
                with os.scandir(p) as entries:
                    for entry in entries:
                        mtime = max(mtime, entry.stat(follow_symlinks=False).st_mtime)
            pid = m.groupdict().get("pid")
            if not is_stale(st.st_uid, mtime, int(pid) if pid else None, now=now):
                continue
            if folders:
                shutil.rmtree(p)
            else:
                p.unlink()
            removed.append(p)
        except OSError:
            continue
    return removed
