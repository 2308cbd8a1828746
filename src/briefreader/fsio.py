"""Every file briefreader reads from a path it was given, or writes, goes through here.

A path in a config file, on the command line or in an environment variable may name
anything: a FIFO (reading it blocks forever), ``/dev/zero`` (reading it never ends), a
device (replacing it as root swaps ``/dev/null`` for a file), a read-only file the user
protected, a symlink a dotfile manager made. So:

* :func:`read_bounded` reads regular files only, never blocks on open, and stops at a
  size limit;
* :func:`atomic_write` replaces a regular file (or makes a new one) so readers see the
  old or the new bytes, writes through symlinks, keeps the file's mode and owner, and
  refuses a file without write permission even when run as root;
* :func:`locked` holds an exclusive ``flock`` on a sidecar ``.lock`` file and removes it
  again, so nothing is left beside the file, whether the work succeeded or not.

Errors are :class:`FsError`, an ``OSError`` whose message is one line for the user.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

__all__ = [
    "FsError",
    "atomic_write",
    "locked",
    "read_bounded",
    "real_target",
    "regular_or_absent",
    "remove_stale_temps",
]

_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


class FsError(OSError):
    """A file that cannot be used as asked; ``str()`` is one line naming the path."""

    def __init__(self, path: os.PathLike[str] | str, why: str, err: int = errno.EINVAL) -> None:
        super().__init__(err, why)
        self.path = str(path)
        self.why = why

    def __str__(self) -> str:
        return f"{self.path}: {self.why}"


def reason(exc: OSError) -> str:
    """What went wrong, without the path (callers name it once)."""
    if isinstance(exc, FsError):
        return exc.why
    return exc.strerror or str(exc)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_bounded(path: os.PathLike[str] | str, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    ``FileNotFoundError`` when it is missing (callers often treat that as empty);
    :class:`FsError` when it is not a regular file or is larger than ``limit``.
    """
    fd = os.open(path, _READ_FLAGS)  # O_NONBLOCK: opening a FIFO must not wait for a writer
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise FsError(path, f"is {_kind(st.st_mode)}, not a regular file")
        if st.st_size > limit:
            raise FsError(path, f"is larger than {_size(limit)}", errno.EFBIG)
        os.set_blocking(fd, True)
        chunks, total = [], 0
        while True:  # the size can change while reading: bound what is read, not what stat said
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise FsError(path, f"is larger than {_size(limit)}", errno.EFBIG)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _size(n: int) -> str:
    return f"{n / 1_000_000:g} MB" if n >= 1_000_000 else f"{n} bytes"


def regular_or_absent(path: os.PathLike[str] | str) -> bool:
    """True when ``path`` names a regular file (not a symlink to one) or nothing:
    for files briefreader owns outright, such as the index cache."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except FileNotFoundError:
        return True


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` exists (another user's, which we may not signal, counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def real_target(path: os.PathLike[str] | str) -> Path:
    """Where writing ``path`` lands: symlinks followed, and checked to be a regular
    file or not there yet (its folder must exist)."""
    target = Path(os.path.realpath(os.fspath(path)))
    try:
        st = os.stat(target)
    except FileNotFoundError:
        if not target.parent.is_dir():
            raise FsError(target, f"folder {target.parent} does not exist", errno.ENOENT) from None
        return target
    if not stat.S_ISREG(st.st_mode):
        raise FsError(target, f"is {_kind(st.st_mode)}; only a regular file is replaced")
    return target


def atomic_write(path: os.PathLike[str] | str, data: bytes, *, mode: int = 0o600, make_parents: bool = False) -> Path:
    """Replace the file at ``path`` with ``data``; returns the file actually written.

    A temp file in the same folder is written, fsynced and renamed over the target
    (rename is atomic within a file system), then the folder is fsynced so the rename
    survives a crash. An existing file keeps its mode and owner; ``mode`` is for a new
    file. A file with no write permission bit is refused, also for root.
    """
    if make_parents:
        Path(os.path.realpath(os.fspath(path))).parent.mkdir(parents=True, exist_ok=True)
    target = real_target(path)
    try:
        st: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        st = None
    if st is not None:
        if not st.st_mode & 0o222:
            raise FsError(target, f"is read-only (mode {stat.S_IMODE(st.st_mode):04o}); not replaced", errno.EACCES)
        mode = stat.S_IMODE(st.st_mode)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), mode)
            if st is not None and (st.st_uid, st.st_gid) != (os.geteuid(), os.getegid()):
                with contextlib.suppress(OSError):  # only root may give a file away
                    os.fchown(f.fileno(), st.st_uid, st.st_gid)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(target.parent)
    return target


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:  # some file systems cannot fsync a directory
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def remove_stale_temps(target: Path) -> None:
    """Temp files :func:`atomic_write` left for ``target`` when its writer died.

    Call it only while holding :func:`locked` on ``target``: writers create temp files
    under the lock, so any that exist then belong to a dead writer.
    """
    prefix = f".{target.name}."  # not a glob: names may hold "["
    with contextlib.suppress(OSError):
        for name in os.listdir(target.parent):
            if name.startswith(prefix) and name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    os.unlink(target.parent / name)


@contextlib.contextmanager
def locked(target: Path, timeout: float) -> Iterator[None]:
    """Exclusive ``flock`` on ``<target>.lock`` for the ``with`` block.

    The lock file is removed on release. A waiter may then hold a lock on the removed
    file, so after locking it checks that the path still names the file it locked, and
    starts over if not. ``TimeoutError`` when another process holds it past
    ``timeout`` seconds (polling, so a hung holder cannot freeze the caller).
    """
    lock_path = target.with_name(target.name + ".lock")
    deadline = time.monotonic() + timeout
    delay = 0.001
    while True:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            if time.monotonic() > deadline:
                raise TimeoutError(errno.EAGAIN, "locked by another process; try again") from None
            time.sleep(delay)
            delay = min(delay * 2, 0.02)
            continue
        except BaseException:
            os.close(fd)
            raise
        try:
            same = os.fstat(fd).st_ino == os.stat(lock_path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)  # the holder before us removed it: lock the new one
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock_path)
        os.close(fd)
