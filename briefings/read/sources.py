"""Source (path, URL or stdin) -> RawArticle. The only stage that reads input."""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

from briefings.errors import (
    BriefingsError,
    InputEmpty,
    InputNotFound,
    InputTooLarge,
    InputUnreadable,
)
from briefings.model import RawArticle
from briefings.read.formats.recovered import DOCX, EML, HTML, MARKDOWN, TEXT
from briefings.read.limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

# What `--input-format` accepts, and the media type each names.
INPUT_FORMATS: dict[str, str] = {
    "text": TEXT,
    "markdown": MARKDOWN,
    "html": HTML,
    "docx": DOCX,
    "eml": EML,
}

_MEDIA_TYPES = {
    ".txt": TEXT,
    ".text": TEXT,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".docx": DOCX,
    ".eml": EML,
}

# Leading bytes of files that are not articles, and what to call them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office document (.doc, .xls or .ppt)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable program"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg media file"),
)
_HINTS = {
    "a PDF document": "copy its text into a .txt file",
    "an RTF document": "save it as .docx or plain text",
    "a legacy Office document (.doc, .xls or .ppt)": "save it as .docx",
    "an OpenDocument text (.odt)": "save it as .docx",
}
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)
_HEADER = re.compile(rb"^([A-Za-z][A-Za-z0-9-]*):[ \t]")
_MAIL_HEADERS = {
    b"from", b"to", b"subject", b"date", b"message-id", b"mime-version", b"received",
    b"return-path", b"content-type", b"delivered-to", b"reply-to", b"cc", b"x-mailer",
}  # fmt: skip
_URL = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]+)://")


def read_source(
    source: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    input_format: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> RawArticle:
    """Read the article named by `source`: a path, an http(s) URL, or `-` for standard input."""
    forced = _media_type_of_format(input_format)
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputTooLarge(f"<stdin>: over the {max_bytes:,}-byte limit")
        return check_article_bytes(data, "<stdin>", forced)
    url = _URL.match(source)
    if url is not None:
        if url.group("scheme").lower() not in ("http", "https"):
            from briefings.errors import InputFetchFailed

            raise InputFetchFailed(
                f"{source}: unsupported URL scheme {url.group('scheme')!r} (only http and https)"
            )
        from briefings.read.fetch import fetch_url

        raw = fetch_url(source, timeout=timeout, max_bytes=max_bytes)
        return check_article_bytes(raw.data, raw.name, forced or raw.media_type or None, raw)
    return read_path(Path(source), max_bytes=max_bytes, input_format=input_format)


def read_path(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, input_format: str | None = None
) -> RawArticle:
    """Read one article file, refusing what cannot be an article."""
    name = str(path)
    if not path.exists():
        hint = f"; did you mean https://{name}?" if re.match(r"^www\.|^[\w-]+\.\w+/", name) else ""
        raise InputNotFound(f"{name}: no such file{hint}")
    if path.is_dir():
        raise InputUnreadable(f"{name}: is a directory, not an article file")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLarge(f"{name}: {size:,} bytes is over the {max_bytes:,}-byte limit")
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except PermissionError:
        raise InputUnreadable(f"{name}: permission denied") from None
    except OSError as error:
        raise InputUnreadable(f"{name}: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise InputTooLarge(f"{name}: over the {max_bytes:,}-byte limit")
    media_type = _media_type_of_format(input_format) or _MEDIA_TYPES.get(path.suffix.lower())
    return check_article_bytes(data, name, media_type)


def check_article_bytes(
    data: bytes, name: str, media_type: str | None, fetched: RawArticle | None = None
) -> RawArticle:
    """Refuse empty or binary data and settle the media type (given, else sniffed)."""
    if _is_blank(data):
        raise InputEmpty(f"{name}: the article is empty")
    sniffed = sniff_media_type(data, name)
    if sniffed == DOCX or media_type == DOCX:
        media_type = DOCX
    elif media_type is None:
        media_type = sniffed
    if fetched is not None:
        return RawArticle(data, name, media_type, fetched.url, dict(fetched.metadata))
    return RawArticle(data=data, name=name, media_type=media_type)


def sniff_media_type(data: bytes, name: str) -> str:
    """Guess the media type from the bytes; binary non-articles raise InputUnreadable."""
    what = _binary_kind(data)
    if what == "docx":
        return DOCX
    if what is not None:
        hint = _HINTS.get(what)
        raise InputUnreadable(
            f"{name}: looks like {what}, not an article" + (f"; {hint}" if hint else "")
        )
    head = _ascii_view(data[:4096])
    if _HTML_START.match(head) or re.search(rb"<(?:html|body|article)\b", head, re.IGNORECASE):
        return HTML
    if _looks_like_email(head):
        return EML
    if re.match(rb"^\s*#{1,6}[ \t]+\S", head) or re.match(rb"^---\s*\n(?:.*\n)*?title:", head):
        return MARKDOWN
    return TEXT


def _binary_kind(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WebP image"
    if data[4:8] == b"ftyp":
        return "a video or audio file (MP4/MOV)"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    sample = data[:4096]
    if b"\x00" in sample and not _is_utf16(sample):
        return "binary data"
    return None


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = (
                archive.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
            )
    except (zipfile.BadZipFile, OSError, KeyError):
        return "a damaged ZIP archive"
    if "word/document.xml" in names:
        return "docx"
    if "opendocument.text" in mimetype:
        return "an OpenDocument text (.odt)"
    if "epub" in mimetype:
        return "an EPUB book"
    if any(entry.startswith("xl/") for entry in names):
        return "an Excel workbook"
    if any(entry.startswith("ppt/") for entry in names):
        return "a PowerPoint presentation"
    return "a ZIP archive"


def _is_utf16(sample: bytes) -> bool:
    if sample[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    from briefings.read.formats.text import sniff_utf16

    return sniff_utf16(sample) is not None


def _ascii_view(head: bytes) -> bytes:
    """The first bytes with UTF-16 or a BOM undone, enough to sniff markup."""
    for bom, encoding in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[2:].decode(encoding, "ignore").encode("utf-8")
    if b"\x00" in head:
        from briefings.read.formats.text import sniff_utf16

        utf16 = sniff_utf16(head)
        if utf16:
            return head.decode(utf16, "ignore").encode("utf-8")
    return head.removeprefix(b"\xef\xbb\xbf")


def _looks_like_email(head: bytes) -> bool:
    names: list[bytes] = []
    for line in head.replace(b"\r\n", b"\n").split(b"\n"):
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t") and names:
            continue  # a folded header
        match = _HEADER.match(line)
        if match is None:
            return False
        names.append(match.group(1).lower())
    return len(set(names) & _MAIL_HEADERS) >= 2


def _is_blank(data: bytes) -> bool:
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        data = data.removeprefix(bom)
    return not data.strip(b" \t\r\n\x0b\x0c\x00")


def _media_type_of_format(input_format: str | None) -> str | None:
    if input_format is None:
        return None
    try:
        return INPUT_FORMATS[input_format.lower()]
    except KeyError:
        choices = ", ".join(INPUT_FORMATS)
        raise BriefingsError(
            f"unknown input format {input_format!r} (choose from {choices})"
        ) from None
