"""Editing the brief in a word processor behaves as a user expects: styles carry the look."""

from __future__ import annotations

import io
from typing import Any

import docx
from docx.shared import Pt, RGBColor
from samples import seed_document

from briefings.brand import load_brand
from briefings.writers.docx.lint import lint_docx
from briefings.writers.docx.writer import write_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def saved(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_changing_the_heading_style_changes_every_heading() -> None:
    document = docx.Document(io.BytesIO(write_docx(seed_document(), load_brand())))
    style = document.styles["Heading 1"]
    style.font.color.rgb = RGBColor(0xAA, 0x00, 0x00)
    style.font.size = Pt(20)
    reopened = docx.Document(io.BytesIO(saved(document)))
    headings = [p for p in reopened.paragraphs if p.style.name == "Heading 1"]
    assert len(headings) >= 4
    for paragraph in headings:
        # Nothing on the paragraph or its runs overrides the style: the edit shows everywhere.
        for run in paragraph.runs:
            assert run.font.color.rgb is None and run.font.size is None
        assert paragraph.style.font.color.rgb == RGBColor(0xAA, 0x00, 0x00)
        assert paragraph.style.font.size == Pt(20)


def test_a_new_bullet_is_a_real_list_item_like_the_others() -> None:
    document = docx.Document(io.BytesIO(write_docx(seed_document(), load_brand())))
    bullets = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    added = bullets[-1].insert_paragraph_before("An analyst's own point", style="List Bullet")
    reopened = docx.Document(io.BytesIO(saved(document)))
    new = next(p for p in reopened.paragraphs if p.text == "An analyst's own point")
    assert new.style.name == "List Bullet"
    # The bullet comes from the style's numbering, as for the generated items.
    style_numbering = new.style.element.find(f"{W}pPr/{W}numPr")
    assert style_numbering is not None
    assert added.paragraph_format.left_indent is None
    assert not lint_docx(saved(document))
