"""read_source: media types, sniffing, stdin, and one clear error per kind of bad input."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from briefings.errors import (
    BriefingsError,
    InputEmpty,
    InputNotFound,
    InputTooLarge,
    InputUnreadable,
)
from briefings.read.formats import DOCX, EML, HTML, MARKDOWN, TEXT
from briefings.read.sources import read_source, sniff_media_type

ARTICLE = "Ottawa: South Korea and Canada have jointly called for the withdrawal of troops.\n"


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _docx_bytes() -> bytes:
    import docx

    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph(ARTICLE)
    document.save(buffer)
    return buffer.getvalue()


def _message(error: BriefingsError) -> str:
    message = error.format_message()
    assert "\n" not in message and "Traceback" not in message
    return message


@pytest.mark.parametrize(
    ("suffix", "media_type"),
    [(".txt", TEXT), (".md", MARKDOWN), (".markdown", MARKDOWN), (".html", HTML), (".HTM", HTML),
     (".eml", EML)],
)  # fmt: skip
def test_media_type_follows_the_extension(suffix: str, media_type: str, tmp_path: Path) -> None:
    path = tmp_path / f"article{suffix}"
    path.write_text(ARTICLE, encoding="utf-8")
    assert read_source(str(path)).media_type == media_type


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        (b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", HTML),
        (b"\xef\xbb\xbf  <html lang='en'><p>Hi</p></html>", HTML),
        ("<html><body>Hi</body></html>".encode("utf-16"), HTML),
        (b"From: a@example.org\nTo: b@example.org\nSubject: Hi\n\nBody\n", EML),
        (b"Received: by x\n\tfolded\nFrom: a@b\nDate: Mon, 4 Nov 2024\n\nBody\n", EML),
        (b"# A title\n\nA paragraph.\n", MARKDOWN),
        (b"Ottawa: the article.\nNote: not headers.\n", TEXT),
        (ARTICLE.encode("utf-16-le"), TEXT),
    ],
)
def test_unknown_extensions_and_stdin_are_sniffed(data: bytes, media_type: str) -> None:
    assert sniff_media_type(data, "x") == media_type


def test_a_docx_is_recognised_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "article.bin"
    path.write_bytes(_docx_bytes())
    assert read_source(str(path)).media_type == DOCX


def test_input_format_overrides_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<p>Ottawa: an article.</p>", encoding="utf-8")
    assert read_source(str(path), input_format="html").media_type == HTML
    assert read_source(str(path)).media_type == TEXT


def test_stdin_is_read_and_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"# Title\n\nText here.\n")))
    raw = read_source("-")
    assert (raw.name, raw.media_type, raw.data) == ("<stdin>", MARKDOWN, b"# Title\n\nText here.\n")


def test_stdin_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"x" * 101)))
    with pytest.raises(InputTooLarge, match=r"^<stdin>: over the 100-byte limit$"):
        read_source("-", max_bytes=100)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputNotFound) as caught:
        read_source(str(tmp_path / "nope.txt"))
    assert _message(caught.value) == f"{tmp_path / 'nope.txt'}: no such file"
    assert caught.value.exit_code == 3


def test_missing_file_that_looks_like_an_address() -> None:
    with pytest.raises(InputNotFound, match=r"did you mean https://www\.example\.com/news\?"):
        read_source("www.example.com/news")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputUnreadable, match="is a directory, not an article file") as caught:
        read_source(str(tmp_path))
    assert caught.value.exit_code == 4


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads anything: simulate the refusal

        def refuse(self: Path, *args: object, **kwargs: object) -> object:
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputUnreadable) as caught:
        read_source(str(path))
    assert _message(caught.value) == f"{path}: permission denied"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", b"\xef\xbb\xbf\n", "  \n".encode("utf-16")])
def test_empty_or_blank_file(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(InputEmpty, match="the article is empty") as caught:
        read_source(str(path))
    assert caught.value.exit_code == 5


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 300)
    with pytest.raises(InputTooLarge) as caught:
        read_source(str(path), max_bytes=1000)
    assert _message(caught.value) == f"{path}: 1,500 bytes is over the 1,000-byte limit"
    assert caught.value.exit_code == 6
    assert read_source(str(path), max_bytes=2000).data == b"word " * 300


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
            "looks like a PDF document, not an article; copy its",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a PNG image, not an article"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "looks like a JPEG image, not an article"),
        (b"GIF89a\x01\x00", "looks like a GIF image"),
        (_zip({"notes.txt": b"hello"}), "looks like a ZIP archive, not an article"),
        (_zip({"mimetype": b"application/vnd.oasis.opendocument.text"}), "OpenDocument text"),
        (_zip({"xl/workbook.xml": b"<x/>"}), "looks like an Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 8, "legacy Office document"),
        (b"{\\rtf1\\ansi Hello}", "looks like an RTF document"),
        (b"\x00\x01\x02\x03binary\x00\xff" * 10, "looks like binary data, not an article"),
    ],
)
def test_binary_files_say_what_they_are(data: bytes, what: str, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    with pytest.raises(InputUnreadable) as caught:
        read_source(str(path))
    assert what in _message(caught.value)
    assert _message(caught.value).startswith(f"{path}: ")


def test_a_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    from briefings.pipeline import load_article

    path = tmp_path / "fake.docx"
    path.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(InputUnreadable, match="not a valid Word document"):
        load_article(str(path))


def test_unknown_input_format() -> None:
    with pytest.raises(BriefingsError, match=r"unknown input format 'pdf' \(choose from text, "):
        read_source("-", input_format="pdf")
