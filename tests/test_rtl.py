"""Right-to-left text: shaped and in RTL order on the PDF page, read back in logical order;
marked w:rtl (runs) and w:bidi (mostly-RTL paragraphs) in the DOCX so Word lays it out."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from typing import Any

import docx
import pdfplumber
import pytest
from pypdf import PdfReader
from samples import seed_document

from briefings.blocks import BulletList, Document, Heading, Paragraph, Text, Title
from briefings.brand import Brand, load_brand
from briefings.writers.bidi_text import mostly_rtl, split_direction, visual_order
from briefings.writers.docx.lint import lint_docx
from briefings.writers.docx.writer import write_docx
from briefings.writers.pdf.writer import write_pdf

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MINISTRY = "وزارة الخارجية المصرية"  # no lam-alef: one glyph per letter
QUOTE = "نريد وقفاً فورياً لإطلاق النار"  # vowel marks and a lam-alef ligature
HEBREW = "משרד החוץ"
LRM = "\u200e"
MIXED = f"Cairo: Egypt's Ministry of Foreign Affairs ({MINISTRY}) called for a ceasefire."


@pytest.fixture(scope="module")
def brand() -> Brand:
    return load_brand()


@pytest.fixture(scope="module")
def document() -> Document:
    base = seed_document()
    blocks = (
        Title((Text("Egypt Urges Calm as Sudan Talks Resume"),)),
        Paragraph((Text(MIXED),)),
        Heading(1, (Text("Quotes"),), "quotes"),
        Paragraph((Text(QUOTE, italic=True),)),
        BulletList(((Text(f"Israel's foreign ministry ({HEBREW}) welcomed the talks."),),)),
    )
    return replace(base, blocks=blocks, info=replace(base.info, title="Egypt Urges Calm"))


def test_split_direction_keeps_neutrals_inside_rtl_runs() -> None:
    assert list(split_direction(f"the ministry ({MINISTRY}) said")) == [
        (False, "the ministry ("),
        (True, MINISTRY),
        (False, ") said"),
    ]
    assert mostly_rtl(QUOTE) and not mostly_rtl(MIXED)
    assert visual_order("plain English") == "plain English"


# ----------------------------------------------------------------------------- PDF


def _letters(text: str) -> str:
    """Base letters only: presentation forms decomposed, marks and spaces dropped."""
    return "".join(
        char
        for char in unicodedata.normalize("NFKC", text)
        if unicodedata.category(char).startswith("L")
    )


def test_pdf_reads_back_in_logical_order(document: Document, brand: Brand) -> None:
    reader = PdfReader(io.BytesIO(write_pdf(document, brand)))
    text = unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in reader.pages))
    assert MINISTRY in text
    assert QUOTE in text  # vowel marks kept, lam-alef ligature decomposes back
    assert HEBREW in text
    assert "Cairo: Egypt's Ministry of Foreign Affairs (" in text


def _line_chars(page: Any, wanted: str) -> list[dict[str, Any]]:
    """The characters on the page of the line holding `wanted`'s letters, left to right."""
    letters = set(_letters(wanted))
    chars = [c for c in page.chars if set(_letters(c["text"])) & letters]
    top = min(round(c["top"]) for c in chars)
    return sorted((c for c in chars if round(c["top"]) == top), key=lambda c: c["x0"])


def test_pdf_draws_rtl_words_right_to_left_and_arabic_joined(
    document: Document, brand: Brand
) -> None:
    with pdfplumber.open(io.BytesIO(write_pdf(document, brand))) as pdf:
        page = pdf.pages[0]
        arabic = _line_chars(page, MINISTRY)
        hebrew = _line_chars(page, HEBREW)
    drawn = "".join(c["text"] for c in arabic)
    # Left to right on the page is the reverse of reading order.
    assert _letters(drawn) == _letters(MINISTRY)[::-1]
    assert _letters("".join(c["text"] for c in hebrew)) == _letters(HEBREW)[::-1]
    # Joined: contextual presentation forms (U+FE70-U+FEFF), not the isolated base letters.
    assert all(0xFE70 <= ord(char) <= 0xFEFF for char in drawn if not char.isspace())


# ----------------------------------------------------------------------------- DOCX


def _runs(paragraph: Any) -> list[tuple[str, bool]]:
    return [
        ("".join(t.text for t in run.iter(f"{W}t")), run.find(f"{W}rPr/{W}rtl") is not None)
        for run in paragraph._p.iter(f"{W}r")
    ]


def test_docx_marks_rtl_runs_and_mostly_rtl_paragraphs(document: Document, brand: Brand) -> None:
    data = write_docx(document, brand)
    word = docx.Document(io.BytesIO(data))
    by_text = {p.text.replace(LRM, ""): p for p in word.paragraphs}
    mixed = by_text[MIXED]
    # A left-to-right mark after the RTL piece keeps ") called…" to its right in Word.
    assert _runs(mixed) == [
        ("Cairo: Egypt's Ministry of Foreign Affairs (", False),
        (MINISTRY, True),
        (f"{LRM}) called for a ceasefire.", False),
    ]
    assert mixed._p.find(f"{W}pPr/{W}bidi") is None  # mostly English: a left-to-right paragraph
    quote = by_text[QUOTE]
    assert _runs(quote) == [(QUOTE, True)]  # all RTL: no marks needed
    assert quote._p.find(f"{W}pPr/{W}bidi") is not None
    # Italic reaches Word's complex-script slot too.
    assert quote._p.find(f".//{W}rPr/{W}iCs") is not None
    hebrew = next(p for p in word.paragraphs if HEBREW in p.text)
    assert (HEBREW, True) in _runs(hebrew)
    assert lint_docx(data) == []
