"""Both writers take their named styles from the one style table, under the same names."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path
from typing import Any

import docx
import pdfplumber
import pytest
from docx.enum.style import WD_STYLE_TYPE
from samples import seed_document

from briefings.brand import Brand, load_brand
from briefings.writers import styles as table
from briefings.writers.docx.writer import write_docx
from briefings.writers.pdf.styles import build_sheet
from briefings.writers.pdf.writer import write_pdf

BRANDS = sorted((Path(__file__).parent.parent / "templates/brands").glob("*/brand.yml"))


@pytest.fixture(scope="module", params=BRANDS, ids=lambda path: path.parent.name)
def brand(request: pytest.FixtureRequest) -> Brand:
    return load_brand(request.param)


def word_document(brand: Brand) -> Any:
    return docx.Document(io.BytesIO(write_docx(seed_document(), brand)))


def test_every_table_style_is_in_the_docx_and_the_pdf_sheet_under_its_name(brand: Brand) -> None:
    word = word_document(brand)
    sheet = build_sheet(brand)
    for style, look in table.word_styles():
        assert word.styles[style.name].style_id == look.style_id
    assert set(sheet.styles) == {style.name for style, _ in table.pdf_styles()}
    # Word's paragraph and character styles are the table's and Word's defaults, nothing else.
    written = {
        s.name for s in word.styles if s.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER)
    }
    assert written == {style.name for style, _ in table.word_styles()} | {"Default Paragraph Font"}
    both = [s.name for s in table.STYLES if s.word and s.pdf]
    assert {"Title", "Heading 1", "Body Text", "Table Text", "Evidence Note"} <= set(both)


def test_shared_settings_agree_on_both_sides(brand: Brand) -> None:
    word = word_document(brand)
    sheet = build_sheet(brand)
    for style in (s for s in table.STYLES if s.word and s.pdf):
        ours, theirs = word.styles[style.name], sheet[style.name]
        family = sheet.heading if style.font == "heading" else sheet.body
        assert theirs.fontName == (family.bold if style.bold else family.regular), style.name
        assert bool(ours.font.bold) == style.bold, style.name
        if style.font == "heading":
            assert ours.font.name == brand.heading_font.family, style.name
        if style.color is not None:
            assert f"#{ours.font.color.rgb}" == theirs.textColor.hexval().replace("0x", "#").upper()
        if style.alignment == "center":
            assert theirs.alignment == 1 and ours.paragraph_format.alignment == 1, style.name


def test_a_changed_row_reaches_both_writers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Edit the table's Title row: the PDF's and the DOCX's title change size, nothing else does."""
    brand = load_brand(BRANDS[0])
    rows = {style.name: style for style in table.STYLES}
    title = rows["Title"]
    assert title.word and title.pdf
    bigger = dataclasses.replace(
        title,
        word=dataclasses.replace(title.word, size=table.em(3.0)),
        pdf=dataclasses.replace(title.pdf, size=table.em(3.0), leading=table.em(3.4)),
    )
    monkeypatch.setattr(table, "STYLES", tuple(bigger if s is title else s for s in table.STYLES))
    expected = 3.0 * brand.base_size

    word = word_document(brand)
    assert word.styles["Title"].font.size.pt == expected
    assert word.styles["Heading 1"].font.size.pt == brand.base_size + 3.5

    with pdfplumber.open(io.BytesIO(write_pdf(seed_document(), brand))) as pdf:
        sizes = {round(char["size"], 1) for char in pdf.pages[0].chars}
    assert round(expected, 1) in sizes
    assert round(1.9 * brand.base_size, 1) not in sizes  # the table's usual PDF title size
