"""Rendered bytes -> files: atomic writes that never clobber or leave half a file."""

from __future__ import annotations

import os
import re
import signal
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from briefings.errors import OutputExists, OutputFailed

SLUG_MAX = 80


def slugify(text: str) -> str:
    """A file-name-safe, lower-case slug of a title ("brief" when nothing is left)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:SLUG_MAX].rstrip("-") or "brief"


def output_paths(folder: Path, slug: str, formats: tuple[str, ...]) -> dict[str, Path]:
    """Where each format of one brief goes: FOLDER/<slug>.<format>."""
    return {fmt: folder / f"{slug}.{fmt}" for fmt in formats}


def plan_outputs(folder: Path, slug: str, formats: tuple[str, ...], force: bool) -> dict[str, Path]:
    """The path of each output, refusing existing files unless `force`."""
    paths = output_paths(folder, slug, formats)
    if not force:
        existing = [str(path) for path in paths.values() if path.exists()]
        if existing:
            raise OutputExists(f"{existing[0]}: already exists (use --force to overwrite)")
    return paths


def save_outputs(outputs: dict[str, bytes], paths: dict[str, Path]) -> list[Path]:
    """Write every output atomically: a temporary file in the same folder, then a rename."""
    written: list[Path] = []
    for fmt, data in outputs.items():
        write_atomically(paths[fmt], data)
        written.append(paths[fmt])
    return written


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) and SIGTERM until the block ends: an interrupt landing between
    creating the temporary file and renaming or removing it would leave it behind."""
    if not hasattr(signal, "pthread_sigmask"):  # not on Windows: the narrow window stays
        yield
        return
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the whole new one."""
    with interrupts_deferred():
        write_through_temporary(path, data)


def write_through_temporary(path: Path, data: bytes) -> None:
    """A temporary file in the same folder, then a rename; the temporary never stays.

    Only SIGKILL (or a power cut) can leave one behind: `.<name>.XXXXXXXX`, hidden and never
    read. The writer holds an flock on it until the rename, so `remove_stale_temporaries` knows
    a dead writer's leftovers (the kernel drops the lock with the process) from a live one's.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = _locked_temporary(path)
    except OSError as error:
        raise OutputFailed(f"{path}: cannot write ({error.strerror or error})") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fchmod(handle, 0o644)
            os.replace(temporary, path)  # before closing: the lock covers the rename
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OutputFailed(f"{path}: cannot write ({error.strerror or error})") from None
        raise


def _locked_temporary(path: Path) -> tuple[int, str]:
    """A new temporary file beside `path`, open and flock-ed by this process."""
    while True:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        if sys.platform == "win32":  # no flock: stale temporaries are left for the user
            return handle, temporary
        import fcntl

        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
        except OSError:  # a file system without locks: its temporaries are never removed
            return handle, temporary
        if os.fstat(handle).st_nlink:
            return handle, temporary
        os.close(handle)  # a cleaner removed it before we locked it: take another


# tempfile.mkstemp(prefix=".<name>.") adds 8 characters of this alphabet
_TEMPORARY = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}")


def remove_stale_temporaries(folder: Path, ours: Callable[[str], bool]) -> list[Path]:
    """Remove the temporary files that killed writers left in `folder`; the removed paths.

    A temporary is `.<name>.XXXXXXXX` where `ours(name)` is true (a name this tool writes
    there). One whose writer is alive is locked and stays: another process may be writing
    to the same folder at this moment.
    """
    if sys.platform == "win32":
        return []
    import fcntl

    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:  # no folder yet: nothing to clean
        return removed
    for entry in entries:
        match = _TEMPORARY.fullmatch(entry.name)
        if not match or not ours(match["name"]) or not entry.is_file(follow_symlinks=False):
            continue
        try:
            handle = os.open(entry.path, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            continue  # renamed or removed meanwhile
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if os.stat(entry.path, follow_symlinks=False).st_ino == os.fstat(handle).st_ino:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:  # locked by a live writer, or renamed meanwhile
            pass
        finally:
            os.close(handle)
    return removed
