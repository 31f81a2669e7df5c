"""Writing files so that a crash never leaves a half-written one behind.

A journalist may press Ctrl-C halfway through a long run, or the machine may
die. Every file `quotes` writes is therefore written to a temporary file in
the same directory and renamed into place only once it is complete: the
rename is atomic, so the final name holds either the old file or the whole
new one, never a torn mix.

Output directories are guarded too: `quotes` writes a marker file into every
directory it creates, and refuses to write into a non-empty directory
without one (it could be the user's own data) unless told to with --force.
Nothing here ever deletes a directory or a file the tool did not create.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

MARKER = ".quotes-output"
MARKER_TEXT = (
    "This directory was written by `quotes`.\n"
    "Its files may be overwritten by the next run that writes here.\n"
)

# Temporary files are created with mode 0600; give the final file the mode a
# plain open() would have given it. The umask can only be read by setting it.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


class OutputDirError(Exception):
    """The output directory cannot be used without risking the user's files."""


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path next to `path`; move it onto `path` if the block
    succeeds, remove it if the block fails (including on Ctrl-C).

    The temporary name is hidden and keeps the final suffixes, so writers that
    infer the format from the name (`DataFrame.to_csv("x.csv.gz")`) behave
    the same as with the final name.
    """
    path = Path(path)
    suffix = "".join(path.suffixes)
    stem = path.name[: len(path.name) - len(suffix)] if suffix else path.name
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{stem}.tmp-", suffix=suffix)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_UMASK)
        _fsync(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically (see `atomic_path`)."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write `text` atomically, byte for byte: newlines are not translated, so
    a report is identical on every platform."""
    atomic_write_bytes(path, text.encode(encoding))


def prepare_output_dir(path: Path, force: bool = False) -> Path:
    """Make `path` ready to receive the tool's output and return it.

    A missing directory is created; an empty one, or one `quotes` wrote
    before (it holds the marker), is reused. A non-empty directory without
    the marker may hold the user's own files, so it is refused unless
    `force`; even then nothing in it is deleted, files are only overwritten
    by name.
    """
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise OutputDirError(f"{path} exists and is not a directory; choose another output directory")
    path.mkdir(parents=True, exist_ok=True)
    marker = path / MARKER
    if not marker.exists() and any(path.iterdir()) and not force:
        raise OutputDirError(
            f"{path} is not empty and was not written by quotes; "
            "use --force to write into it anyway (existing files with the same "
            "names will be overwritten), or choose another output directory"
        )
    if not marker.exists():
        atomic_write_text(marker, MARKER_TEXT)
    return path


def _fsync(path: Path) -> None:
    """Flush file contents to disk before the rename, so that after a power
    loss the final name does not point at an empty file."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Persist the rename itself. Directories cannot be opened on Windows."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
