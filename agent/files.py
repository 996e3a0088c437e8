"""Writing output files safely: atomically, and with the permissions the user's umask asks for."""

from __future__ import annotations

import errno
import os
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

