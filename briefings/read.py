"""Source (path, URL or stdin) -> RawArticle. The only stage that reads input."""

from __future__ import annotations

import sys
from pathlib import Path

from briefings.errors import InputEmpty, InputNotFound, InputTooLarge, InputUnreadable
from briefings.model import RawArticle

DEFAULT_MAX_BYTES = 2 * 1024 * 1024

_MEDIA_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".eml": "message/rfc822",
}


def read_source(
    source: str, *, max_bytes: int = DEFAULT_MAX_BYTES, input_format: str | None = None
) -> RawArticle:
    """Read the article named by `source`: a path, or `-` for standard input."""
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        return _checked(RawArticle(data=data, name="<stdin>", media_type="text/plain"), max_bytes)
    return read_path(Path(source), max_bytes=max_bytes)


def read_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawArticle:
    """Read one article file, refusing what cannot be an article."""
    name = str(path)
    if not path.exists():
        raise InputNotFound(f"{name}: no such file")
    if path.is_dir():
        raise InputUnreadable(f"{name}: is a directory, not an article file")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLarge(f"{name}: {size:,} bytes is over the {max_bytes:,}-byte limit")
        data = path.read_bytes()
    except PermissionError:
        raise InputUnreadable(f"{name}: permission denied") from None
    except OSError as error:
        raise InputUnreadable(f"{name}: {error.strerror or error}") from None
    media_type = _MEDIA_TYPES.get(path.suffix.lower(), "text/plain")
    return _checked(RawArticle(data=data, name=name, media_type=media_type), max_bytes)


def _checked(raw: RawArticle, max_bytes: int) -> RawArticle:
    if len(raw.data) > max_bytes:
        raise InputTooLarge(f"{raw.name}: over the {max_bytes:,}-byte limit")
    if not raw.data.strip():
        raise InputEmpty(f"{raw.name}: the article is empty")
    return raw
