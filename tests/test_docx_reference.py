"""DOCX writer with a reference document: its styles win, missing ones fall back with a warning."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import RGBColor
from samples import seed_document

from briefings.brand import Brand, load_brand
from briefings.writers.docx.lint import lint_docx
from briefings.writers.docx.writer import render_docx

BRAND = Path(__file__).parent.parent / "templates/brands/default/brand.yml"
RED = RGBColor(0xC0, 0x10, 0x20)


@pytest.fixture(scope="module")
def brand() -> Brand:
    return load_brand(BRAND)


@pytest.fixture
def reference(tmp_path: Path) -> Path:
    """An organisation template: red Heading 1, no Quote style, a German-named Title style."""
    template = docx.Document()
    template.styles["Heading 1"].font.color.rgb = RED
    quote = template.styles["Quote"].element
    quote.getparent().remove(quote)
    title = template.styles["Title"].element
    title.find(qn("w:name")).set(qn("w:val"), "Titel")  # localised name, same id
    template.add_paragraph("Template body text that must not survive.")
    path = tmp_path / "organisation.docx"
    template.save(str(path))
    return path


def test_reference_styles_are_used_and_missing_ones_fall_back(
    reference: Path, brand: Brand
) -> None:
    output = render_docx(seed_document(), brand, reference_docx=reference)
    word = docx.Document(io.BytesIO(output.data))
    headings = [p for p in word.paragraphs if p.style.style_id == "Heading1"]
    assert headings and headings[0].style.font.color.rgb == RED
    titles = [p for p in word.paragraphs if p.style.style_id == "Title"]
    assert titles[0].style.name == "Titel"  # matched by id, not by name
    notes = [p for p in word.paragraphs if p.style.name == "Evidence Note"]
    assert len(notes) == 4  # the brand's Evidence Note, added
    assert any("'Quote'" in warning for warning in output.warnings)
    assert not any("'Title'" in warning or "heading 1" in warning for warning in output.warnings)
    assert all("using the brand's" in warning for warning in output.warnings)
    assert "Template body text" not in "\n".join(p.text for p in word.paragraphs)
    assert lint_docx(output.data) == []


def test_reference_page_setup_is_kept(reference: Path, brand: Brand) -> None:
    template = docx.Document(str(reference))
    output = render_docx(seed_document(), brand, reference_docx=reference)
    section = docx.Document(io.BytesIO(output.data)).sections[0]
    assert section.page_width == template.sections[0].page_width  # Letter, not the brand's A4
    assert section.left_margin == template.sections[0].left_margin


def test_reference_headers_are_kept_with_a_warning(tmp_path: Path, brand: Brand) -> None:
    template = docx.Document()
    header = template.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = "ORGANISATION LETTERHEAD"
    path = tmp_path / "letterhead.docx"
    template.save(str(path))
    output = render_docx(seed_document(), brand, reference_docx=path)
    section = docx.Document(io.BytesIO(output.data)).sections[0]
    assert section.header.paragraphs[0].text == "ORGANISATION LETTERHEAD"
    assert "reference document's header kept; brand header not added" in output.warnings
    assert "UNCLASSIFIED" in section.footer.paragraphs[-1].text
