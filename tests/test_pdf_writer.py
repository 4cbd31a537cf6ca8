"""The PDF writer, read back: text, page numbers, metadata, outline, links, fonts, golden text.

Regenerate the golden text with `BRIEFINGS_REGENERATE_GOLDEN=1 pytest tests/test_pdf_writer.py`.
"""

from __future__ import annotations

import dataclasses
import io
import os
from pathlib import Path
from typing import Any

import pypdf
import pytest
from samples import seed_document, t

from briefings.blocks import Document, Heading, Notes, Paragraph, Text, Title
from briefings.brand import Brand, default_brand_path, load_brand
from briefings.writers import WRITERS
from briefings.writers.pdf.writer import fit_widths, uncovered_characters, write_pdf

GOLDEN = Path(__file__).parent / "golden" / "pdf_seed.txt"
BASE14 = {
    "Courier", "Helvetica", "Times-Roman", "Symbol", "ZapfDingbats",
    "Courier-Bold", "Helvetica-Bold", "Times-Bold", "Helvetica-Oblique", "Times-Italic",
}  # fmt: skip


def _no_hangul_font() -> bool:
    from briefings.writers.pdf.fonts import find_uncovered

    return bool(find_uncovered("조", []))


@pytest.fixture(scope="module")
def brand() -> Brand:
    return load_brand(default_brand_path(), "built-in default")


@pytest.fixture(scope="module")
def seed_pdf(brand: Brand) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(write_pdf(seed_document(), brand)))


def read_text(reader: pypdf.PdfReader) -> str:
    """The text of all pages, one page after another."""
    return "\n".join(page.extract_text() for page in reader.pages)


def test_registry_writes_pdf(brand: Brand) -> None:
    data = WRITERS["pdf"](seed_document(), brand)
    assert data.startswith(b"%PDF-")


def test_text_and_page_numbers(seed_pdf: pypdf.PdfReader) -> None:
    total = len(seed_pdf.pages)
    assert total >= 2
    for number, page in enumerate(seed_pdf.pages, 1):
        text = page.extract_text()
        assert f"Page {number} of {total}" in text
        assert text.count("UNCLASSIFIED") == 2
        assert "For official use." in text
    text = read_text(seed_pdf)
    for snippet in (
        "South Korea and Canada Demand",
        "Bottom line:",
        "Key points",
        "Cho Tae-yul",
        "조태열",
        "10,000",
        "None reported.",
        "GABU-20261126-001",
        "26 November 2026",
    ):
        assert snippet in text, snippet


def test_later_pages_have_running_header(seed_pdf: pypdf.PdfReader) -> None:
    text = seed_pdf.pages[1].extract_text()
    assert "GABU" in text and "GABU-20261126-001" in text
    assert "POLICY BRIEF" not in text


def test_metadata(seed_pdf: pypdf.PdfReader) -> None:
    meta = seed_pdf.metadata
    assert meta is not None
    info = seed_document().info
    assert meta.title == info.title
    assert meta.author == "Global Affairs Briefing Unit"
    assert meta.subject == info.subject
    assert str(meta["/Keywords"]) == "South Korea, Canada, North Korea, Russia"
    assert meta.creator == "briefings 0.1.0"
    assert str(meta["/CreationDate"]).startswith("D:20261126090000")
    assert str(seed_pdf.root_object["/Lang"]) == "en-GB"


def test_outline_matches_section_headings(seed_pdf: pypdf.PdfReader) -> None:
    headings = [
        "".join(run.text for run in block.inlines if isinstance(run, Text))
        for block in seed_document().blocks
        if isinstance(block, Heading)
    ]
    titles = [entry.title for entry in seed_pdf.outline if not isinstance(entry, list)]
    assert titles == headings
    assert not any(isinstance(entry, list) for entry in seed_pdf.outline)  # all top level


def test_outline_entries_point_at_their_pages(seed_pdf: pypdf.PdfReader) -> None:
    pages: dict[str, int] = {}
    for entry in seed_pdf.outline:
        assert not isinstance(entry, list)
        number = seed_pdf.get_destination_page_number(entry)
        assert number is not None
        pages[str(entry.title)] = number
    assert pages["Key points"] == 0
    for title, number in pages.items():
        assert title in seed_pdf.pages[number].extract_text()


def _links(reader: pypdf.PdfReader) -> list[tuple[int, dict[str, Any]]]:
    found = []
    for number, page in enumerate(reader.pages):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/Link":
                found.append((number, annotation))
    return found


def _page_of(reader: pypdf.PdfReader, annotation: dict[str, Any]) -> int | None:
    destination = annotation.get("/Dest")
    if destination is None and "/A" in annotation:
        action = annotation["/A"]
        if action.get("/S") == "/GoTo":
            destination = action["/D"]
    if destination is None:
        return None
    if isinstance(destination, str):
        destination = reader.named_destinations[destination]
        return reader.get_destination_page_number(destination)
    return reader.get_page_number(destination[0].get_object())


def test_note_references_link_to_the_appendix(seed_pdf: pypdf.PdfReader) -> None:
    refs = [link for link in _links(seed_pdf) if _page_of(seed_pdf, link[1]) is not None]
    # Every NoteRef of the seed document is a link: bottom line 1, key points 3, demands 2,
    # next steps 2, callout 1.
    assert len(refs) == 9
    evidence_page = next(
        number
        for number, page in enumerate(seed_pdf.pages)
        if "Evidence" in page.extract_text() and "Ottawa: South Korea" in page.extract_text()
    )
    for _, annotation in refs:  # the appendix may run over a page; where exactly: next test
        assert (_page_of(seed_pdf, annotation) or 0) >= evidence_page


def test_note_links_land_on_their_notes(brand: Brand) -> None:
    import pdfplumber

    data = write_pdf(seed_document(), brand)
    reader = pypdf.PdfReader(io.BytesIO(data))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page_number, annotation in _links(reader):
            destination = annotation.get("/Dest")
            if destination is None:
                continue
            top = float(destination[3])
            target = pdf.pages[_page_of(reader, annotation) or 0]
            # The superscript's number is the note whose line starts at the destination.
            rect = [float(v) for v in annotation["/Rect"]]
            source = pdf.pages[page_number]
            number = "".join(
                char["text"]
                for char in source.chars
                if rect[0] <= (char["x0"] + char["x1"]) / 2 <= rect[2]
                and rect[1] <= source.height - (char["top"] + char["bottom"]) / 2 <= rect[3]
            )
            numbers = [word for word in target.extract_words() if word["x0"] < 70]
            nearest = min(numbers, key=lambda word: abs(target.height - word["top"] - top))
            assert nearest["text"] == number


def test_web_link_is_live(seed_pdf: pypdf.PdfReader) -> None:
    uris = [
        annotation["/A"]["/URI"]
        for _, annotation in _links(seed_pdf)
        if "/A" in annotation and annotation["/A"].get("/S") == "/URI"
    ]
    assert uris == ["https://example.org/news/korea-canada"]


def test_unsafe_link_is_plain_text(brand: Brand) -> None:
    from briefings.blocks import Link

    document = _document(Paragraph((Link("click", "javascript:alert(1)"),)))
    reader = pypdf.PdfReader(io.BytesIO(write_pdf(document, brand)))
    assert "click" in read_text(reader)
    assert not any("/A" in annotation for _, annotation in _links(reader))


def test_fonts_are_embedded_truetype(seed_pdf: pypdf.PdfReader) -> None:
    seen = set()
    for page in seed_pdf.pages:
        fonts: Any = page["/Resources"]["/Font"]  # type: ignore[index]
        for key in fonts:
            font = fonts[key].get_object()
            name = str(font["/BaseFont"]).lstrip("/")
            seen.add(name.split("+")[-1])
            assert name.split("+")[-1] not in BASE14, name
            assert font["/Subtype"] == "/TrueType", name
            assert "/FontFile2" in font["/FontDescriptor"], name
    assert "DejaVuSans" in seen and "DejaVuSans-Bold" in seen


def test_deterministic_text(brand: Brand) -> None:
    first = pypdf.PdfReader(io.BytesIO(write_pdf(seed_document(), brand)))
    second = pypdf.PdfReader(io.BytesIO(write_pdf(seed_document(), brand)))
    assert read_text(first) == read_text(second)
    assert first.metadata == second.metadata


def test_markup_in_text_is_escaped(brand: Brand) -> None:
    hostile = "<b>x</b> & {{ y }} <font face='Helvetica'>z</font> &amp;"
    document = _document(Title((Text(hostile),)), Paragraph((Text(hostile),)))
    document = dataclasses.replace(document, info=dataclasses.replace(document.info, title=hostile))
    reader = pypdf.PdfReader(io.BytesIO(write_pdf(document, brand)))
    text = read_text(reader)
    assert text.count("<b>x</b> & {{ y }}") >= 2
    assert "<font face='Helvetica'>z</font> &amp;" in text
    assert reader.metadata is not None and reader.metadata.title == hostile


def test_page_size_follows_brand(brand: Brand) -> None:
    letter = dataclasses.replace(brand, page_size="Letter")
    reader = pypdf.PdfReader(io.BytesIO(write_pdf(seed_document(), letter)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_uncovered_characters_names_what_no_font_has(brand: Brand) -> None:
    document = _document(Paragraph(t("Latin, Ελληνικά, Кириллица \U0001d11e \U000e01ef")))
    missing = uncovered_characters(document, brand)
    assert "\U000e01ef" in missing  # a variation selector no font draws
    assert not {"\N{GREEK CAPITAL LETTER EPSILON}", "\N{CYRILLIC CAPITAL LETTER KA}", "L"} & set(
        missing
    )
    assert uncovered_characters(seed_document(), brand) == [] or _no_hangul_font()


def test_fit_widths_fill_the_frame() -> None:
    assert fit_widths([10, 30], [10, 10], 400) == pytest.approx([100, 300])
    widths = fit_widths([50, 900, 40], [50, 80, 40], 400)
    assert sum(widths) == pytest.approx(400)
    assert widths[0] == pytest.approx(50) and widths[2] == pytest.approx(40)
    squeezed = fit_widths([500, 500], [300, 300], 400)
    assert squeezed == pytest.approx([200, 200])


def test_golden_text(seed_pdf: pypdf.PdfReader) -> None:
    text = read_text(seed_pdf).rstrip() + "\n"
    if os.environ.get("BRIEFINGS_REGENERATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    if _no_hangul_font():
        pytest.skip("no Hangul font installed (apt-get install fonts-nanum); golden needs it")
    assert text == GOLDEN.read_text(encoding="utf-8")


def _document(*blocks: Any) -> Document:
    document = seed_document()
    return dataclasses.replace(document, blocks=(*blocks, Notes(())))


def test_without_system_fonts_hangul_is_reported_not_fatal(
    brand: Brand, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import briefings.writers.pdf.fonts

    monkeypatch.setattr(briefings.writers.pdf.fonts, "SYSTEM_FONT_FOLDERS", (tmp_path,))
    assert uncovered_characters(seed_document(), brand) == ["열", "조", "태"]
    reader = pypdf.PdfReader(io.BytesIO(write_pdf(seed_document(), brand)))
    assert "Cho Tae-yul" in read_text(reader)


@pytest.mark.skipif(_no_hangul_font(), reason="no Hangul font: apt-get install fonts-nanum")
def test_hangul_is_drawn_in_an_embedded_fallback_font(seed_pdf: pypdf.PdfReader) -> None:
    names = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in seed_pdf.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    }
    assert "NanumGothic" in names
