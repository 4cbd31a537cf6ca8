"""Rendered bytes -> files: atomic writes that never clobber or leave half a file."""

from __future__ import annotations

import os
import re
import signal
import tempfile
import unicodedata
from collections.abc import Iterator
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
    """A temporary file in the same folder, then a rename; the temporary never stays."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as error:
        raise OutputFailed(f"{path}: cannot write ({error.strerror or error})") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OutputFailed(f"{path}: cannot write ({error.strerror or error})") from None
        raise
