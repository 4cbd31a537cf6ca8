"""The PDF writer renders awkward documents without layout errors, overflow or lost text."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable

import pypdf
import pytest
from samples import ref, seed_document, t

from briefings.blocks import (
    Block,
    BottomLine,
    BulletList,
    Callouts,
    Document,
    Facts,
    Heading,
    Link,
    Note,
    NoteRef,
    Notes,
    Paragraph,
    Table,
    Text,
    Title,
)
from briefings.brand import Brand, default_brand_path, load_brand
from briefings.writers.pdf.writer import write_pdf

LONG_URL = "https://example.org/" + "a1b2c3d4e5" * 48  # 500 characters, no spaces
LONG_WORD = "Pneumono" * 15  # 120 letters
HANGUL = "조태열 외교부 장관"
CYRILLIC = "Сергей Лавров заявил"
ARABIC = "وزير الخارجية"


@pytest.fixture(scope="module")
def brand() -> Brand:
    return load_brand(default_brand_path(), "built-in default")


def _with_blocks(*blocks: Block, title: str | None = None) -> Document:
    document = seed_document()
    info = document.info if title is None else dataclasses.replace(document.info, title=title)
    return dataclasses.replace(document, blocks=blocks, info=info)


def one_line() -> Document:
    return _with_blocks(Paragraph(t("One line.")))


def empty() -> Document:
    return _with_blocks()


def long_notes() -> Document:
    sentence = "The minister said the talks would continue next week in Ottawa. "
    notes = tuple(
        Note(number, t(sentence * 25)) for number in range(1, 21)
    )  # 20 x 1,600 = 32,000 characters
    body = Paragraph(tuple(item for n in range(1, 21) for item in ref(f"Claim {n}.", n)))
    return _with_blocks(
        Heading(1, t("Claims"), "claims"), body, Heading(1, t("Evidence"), "ev"), Notes(notes)
    )


def one_huge_note() -> Document:
    return _with_blocks(Paragraph(ref("Claim.", 1)), Notes((Note(1, t("word " * 6000)),)))


def long_title() -> Document:
    title = ("South Korea and Canada demand the withdrawal of troops " * 6)[:300]
    return _with_blocks(Title(t(title)), Paragraph(t("Body.")), title=title)


def many_rows() -> Document:
    rows = tuple(
        (t(f"Actor {n}"), t("person"), t("An official who said something long enough to wrap " * 2))
        for n in range(80)
    )
    return _with_blocks(
        Heading(1, t("Actors"), "actors"),
        Table(header=(t("Actor"), t("Kind"), t("Role")), rows=rows),
    )


def long_url() -> Document:
    return _with_blocks(
        Paragraph((Text("Source: "), Link(LONG_URL, LONG_URL))),
        Facts((("Link", (Link(LONG_URL, LONG_URL),)),)),
        Table(header=(t("URL"), t("Note")), rows=(((Link(LONG_URL, LONG_URL),), t("x")),)),
    )


def long_word() -> Document:
    return _with_blocks(
        Title(t(LONG_WORD)),
        Paragraph(t(f"A {LONG_WORD} word.")),
        BulletList((t(LONG_WORD),)),
        Table(header=(t(LONG_WORD), t("b")), rows=((t(LONG_WORD), t(LONG_WORD)),)),
        Callouts(((LONG_WORD, t(LONG_WORD)),)),
    )


def none_reported() -> Document:
    blocks: list[Block] = []
    for name in ("Key points", "Actors", "Demands", "Positions"):
        blocks += [
            Heading(1, t(name), name.lower().replace(" ", "-")),
            Paragraph(t("None reported.", italic=True)),
        ]
    return _with_blocks(*blocks)


def scripts() -> Document:
    return _with_blocks(
        Title(t(f"{HANGUL} / {CYRILLIC}")),
        Paragraph(t(f"“{CYRILLIC}”, said {HANGUL}; {ARABIC}.")),
        Table(
            header=(t("Name"), t("Quote")),
            rows=((t(HANGUL), t(ARABIC)), (t(CYRILLIC), t(HANGUL))),
        ),
        BottomLine("Bottom line", t(f"{HANGUL} {ARABIC}", bold=True)),
        Heading(1, t(f"Positions of {HANGUL}"), "positions"),
    )


def huge_cell() -> Document:
    cell = t("A cell that is longer than a page. " * 250)
    return _with_blocks(
        Table(header=(t("A"), t("B")), rows=((cell, t("x")),)),
        BottomLine("Bottom line", t("Long bottom line. " * 300)),
    )


def many_callouts() -> Document:
    return _with_blocks(Callouts(tuple((f"{n},000", t(f"thing {n}")) for n in range(7))))


def ragged_table() -> Document:
    return _with_blocks(
        Table(header=(t("A"),), rows=((t("1"), t("2"), t("3")), ())),
        Table(header=(), rows=()),
        Facts(()),
    )


def dangling_refs() -> Document:
    return _with_blocks(
        Paragraph((Text("Claim"), NoteRef(9), NoteRef(10))),
        Heading(2, t("Sub before section"), ""),
        Heading(1, t("Dup"), "dup"),
        Heading(1, t("Dup"), "dup"),
    )


CASES: dict[str, tuple[Callable[[], Document], list[str]]] = {
    "one line": (one_line, ["One line."]),
    "empty": (empty, ["Page 1 of 1"]),
    "30,000 characters of notes": (long_notes, ["Claim 20.", "next week in Ottawa"]),
    "one note longer than a page": (one_huge_note, ["word word"]),
    "300-character title": (long_title, ["Body."]),
    "80 table rows": (many_rows, ["Actor 0", "Actor 79"]),
    "500-character URL": (long_url, ["Source:", "a1b2c3d4e5"]),
    "120-letter word": (long_word, ["Pneumono"]),
    "None reported.": (none_reported, ["None reported."]),
    "Hangul, Cyrillic, Arabic": (scripts, [CYRILLIC]),
    "cell longer than a page": (huge_cell, ["longer than a page"]),
    "seven callouts": (many_callouts, ["6,000", "thing 6"]),
    "ragged table and empty facts": (ragged_table, ["3"]),
    "dangling refs and odd headings": (dangling_refs, ["Claim", "Sub before section"]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_renders(name: str, brand: Brand) -> None:
    build, expected = CASES[name]
    reader = pypdf.PdfReader(io.BytesIO(write_pdf(build(), brand)))
    text = "\n".join(page.extract_text() for page in reader.pages)
    total = len(reader.pages)
    assert f"Page {total} of {total}" in text
    flat = "".join(text.split())
    for snippet in expected:
        assert "".join(snippet.split()) in flat, snippet


def test_many_rows_repeat_header(brand: Brand) -> None:
    reader = pypdf.PdfReader(io.BytesIO(write_pdf(many_rows(), brand)))
    assert len(reader.pages) > 1
    for page in reader.pages:
        lines = [line.strip() for line in page.extract_text().splitlines()]
        header = lines.index("Actor")
        assert lines[header + 1 : header + 3] == ["Kind", "Role"]


def test_long_url_stays_inside_frame(brand: Brand) -> None:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(write_pdf(long_url(), brand))) as pdf:
        for page in pdf.pages:
            right = page.width - brand.margins[1]
            assert all(char["x1"] <= right + 1 for char in page.chars), "text overflows the frame"


def test_long_word_stays_inside_frame(brand: Brand) -> None:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(write_pdf(long_word(), brand))) as pdf:
        for page in pdf.pages:
            right = page.width - brand.margins[1]
            assert all(char["x1"] <= right + 1 for char in page.chars)
