"""Writing files only the user can read: new files 0600, folders 0700, whole or not at all.

A file that replaces another is written under a hidden partial name in the destination
folder (never a temp folder), flushed to disk, then moved into place, so a crash leaves either
the old file or the new one; the partial file is removed on any failure.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

FILE_MODE = 0o600
DIR_MODE = 0o700


def restrict(path: Path) -> None:
    """Make an existing file 0600 (POSIX; elsewhere the user's profile protects it)."""
    if os.name == "posix":
        os.chmod(path, FILE_MODE)


def open_new(path: Path) -> BinaryIO:
    """Create a new 0600 file and return it open for writing; `FileExistsError` if one is there.

    Never follows or reuses what is at `path`, so nobody else's file is written to."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        if os.name == "posix":
            os.fchmod(fd, FILE_MODE)  # the mode given to open() is reduced by the umask
        return open(fd, "wb", closefd=True)
    except BaseException:
        os.close(fd)
        discard(path)
        raise


def create_new(path: Path) -> None:
    """Create a new, empty 0600 file; `FileExistsError` if anything is already at `path`."""
    open_new(path).close()


def discard(path: Path) -> None:
    """Remove a file if it is there; best effort (what cannot be removed is left)."""
    with contextlib.suppress(OSError):
        path.unlink()


def partial_path(target: Path) -> Path:
    """Return a new hidden name beside `target` for the file that will replace it."""
    return target.parent / f".{target.name}.{os.urandom(4).hex()}.part"


def new_partial(target: Path) -> Path:
    """Create an empty 0600 partial file beside `target` and return its path."""
    partial = partial_path(target)
    create_new(partial)
    return partial


def commit_partial(partial: Path, target: Path) -> None:
    """Flush `partial` to disk, move it over `target` and make `target` 0600."""
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    restrict(target)


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """Yield the path of a new empty 0600 partial file beside `target` to write; when the
    block ends normally it replaces `target` (see `commit_partial`), else it is removed.

    Raises `OSError` as it comes: callers turn it into their own message."""
    partial = new_partial(target)
    try:
        yield partial
        commit_partial(partial, target)
    except BaseException:
        discard(partial)
        raise


@contextlib.contextmanager
def writing(target: Path) -> Iterator[BinaryIO]:
    """Like `replacing`, but yield the partial file already open for writing."""
    partial = partial_path(target)
    handle = open_new(partial)
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
        restrict(target)
    except BaseException:
        discard(partial)
        raise


def make_dir(folder: Path) -> None:
    """Create one new 0700 folder; `FileExistsError` if it is already there."""
    os.mkdir(folder, DIR_MODE)
    if os.name == "posix":
        os.chmod(folder, DIR_MODE)  # the mode given to mkdir() is reduced by the umask


def make_dirs(folder: Path) -> None:
    """Create `folder` and every missing folder above it, each 0700 (existing ones are kept)."""
    missing: list[Path] = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for item in reversed(missing):  # every folder made here is private, not only the last
        with contextlib.suppress(FileExistsError):
            make_dir(item)
