"""One brand file drives both writers: edit brand.yml, and the PDF and the DOCX both change."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import docx
import pdfplumber
import pytest
from samples import seed_document

from briefings.brand import Brand, load_brand
from briefings.brand.files import init_brand
from briefings.writers.docx.writer import write_docx
from briefings.writers.pdf.writer import write_pdf

NEW_PRIMARY = "#6A1B9A"
NEW_MARK = "#B00020"
NEW_TEXT = "RESTRICTED // TEST"


def rgb(hex_colour: str) -> tuple[float, ...]:
    value = hex_colour.lstrip("#")
    return tuple(int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))


def has_fill(page: Any, colour: str) -> bool:
    wanted = rgb(colour)
    return any(
        rect["fill"]
        and isinstance(rect["non_stroking_color"], tuple)
        and len(rect["non_stroking_color"]) == 3
        and all(abs(a - b) < 0.01 for a, b in zip(rect["non_stroking_color"], wanted, strict=True))
        for rect in page.rects
    )


@pytest.fixture(scope="module")
def brands(tmp_path_factory: pytest.TempPathFactory) -> tuple[Brand, Brand]:
    folder = tmp_path_factory.mktemp("brand")
    init_brand(folder)
    original = load_brand(folder / "brand.yml")
    text = (folder / "brand.yml").read_text(encoding="utf-8")
    text = text.replace('navy: "#0B2545"', f'navy: "{NEW_PRIMARY}"')
    text = re.sub(r"text: UNCLASSIFIED", f'text: "{NEW_TEXT}"', text, count=1)
    text = re.sub(r"background: tertiary", f'background: "{NEW_MARK}"', text, count=1)
    text = text.replace("name: Global Affairs Briefing Unit", "name: Institute of Tests", 1)
    (folder / "brand.yml").write_text(text, encoding="utf-8")
    from PIL import Image

    Image.new("RGB", (64, 64), (255, 0, 0)).save(folder / "logo.png")
    changed = load_brand(folder / "brand.yml")
    assert changed.color("primary") == NEW_PRIMARY
    assert changed.classification == NEW_TEXT
    assert changed.classification_background == NEW_MARK
    return original, changed


def test_pdf_follows_the_brand_file(brands: tuple[Brand, Brand]) -> None:
    original, changed = brands
    with pdfplumber.open(io.BytesIO(write_pdf(seed_document(), changed))) as pdf:
        first = pdf.pages[0]
        text = first.extract_text()
        assert NEW_TEXT in text and "Institute of Tests" in text
        assert "UNCLASSIFIED" not in text
        assert has_fill(first, NEW_PRIMARY) and has_fill(first, NEW_MARK)
        assert not has_fill(first, original.color("primary"))
        logo_before = write_pdf(seed_document(), original)
        assert first.images, "the logo is drawn"
    assert logo_before != write_pdf(seed_document(), changed)


def docx_parts(brand: Brand) -> tuple[Any, str, str]:
    data = write_docx(seed_document(), brand)
    document = docx.Document(io.BytesIO(data))
    header = document.sections[0].first_page_header
    header_xml = header._element.xml
    styles_xml = document.styles.element.xml
    return document, header_xml, styles_xml


def test_docx_follows_the_brand_file(brands: tuple[Brand, Brand]) -> None:
    original, changed = brands
    document, header_xml, styles_xml = docx_parts(changed)
    assert NEW_TEXT in header_xml and "Institute of Tests" in header_xml
    assert NEW_MARK.lstrip("#").upper() in styles_xml.upper()
    heading = document.styles["Heading 1"]
    assert str(heading.font.color.rgb) == NEW_PRIMARY.lstrip("#").upper()
    title = document.styles["Title"]
    assert title.font.color.rgb is not None
    _, original_header, original_styles = docx_parts(original)
    assert "UNCLASSIFIED" in original_header and NEW_TEXT not in original_header
    assert NEW_MARK.lstrip("#").upper() not in original_styles.upper()
    image_parts = [p for p in document.part.package.parts if p.partname.startswith("/word/media/")]
    assert image_parts, "the logo is embedded"
    from PIL import Image

    with Image.open(io.BytesIO(image_parts[0].blob)) as logo:
        assert logo.size == (64, 64)


def test_font_change_reaches_both_writers(tmp_path: Path) -> None:
    init_brand(tmp_path, source="ministry")
    brand = load_brand(tmp_path / "brand.yml")
    pdf = write_pdf(seed_document(), brand)
    assert b"DejaVuSerif" in pdf
    document = docx.Document(io.BytesIO(write_docx(seed_document(), brand)))
    fonts = {document.styles[name].font.name for name in ("Title", "Heading 1")}
    assert any(font and "Serif" in font for font in fonts)
