"""Page furniture drawn where and in the colours the brand says: banners, header band, table."""

from __future__ import annotations

import dataclasses
import io
from typing import Any

import pdfplumber
import pytest
from samples import seed_document

from briefings.brand import Brand, default_brand_path, load_brand
from briefings.writers.pdf.writer import write_pdf


@pytest.fixture(scope="module")
def brand() -> Brand:
    return load_brand(default_brand_path(), "built-in default")


def rgb(hex_colour: str) -> tuple[float, float, float]:
    """A #RRGGBB colour as pdfplumber reports fills."""
    value = hex_colour.lstrip("#")
    return tuple(int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def same_colour(found: Any, wanted: str) -> bool:
    """Whether a pdfplumber colour tuple is the hex colour (to rounding)."""
    return (
        isinstance(found, tuple)
        and len(found) == 3
        and all(abs(a - b) < 0.01 for a, b in zip(found, rgb(wanted), strict=True))
    )


def full_width_rects(page: Any, colour: str) -> list[dict[str, Any]]:
    """Filled rectangles spanning the page width in a colour."""
    return [
        rect
        for rect in page.rects
        if rect["fill"]
        and rect["width"] >= page.width - 1
        and same_colour(rect["non_stroking_color"], colour)
    ]


def render(brand: Brand) -> Any:
    return pdfplumber.open(io.BytesIO(write_pdf(seed_document(), brand)))


def test_classification_banner_top_and_bottom_of_every_page(brand: Brand) -> None:
    with render(brand) as pdf:
        assert len(pdf.pages) >= 2
        for page in pdf.pages:
            banners = full_width_rects(page, brand.classification_background)
            tops = sorted(round(rect["top"]) for rect in banners)
            assert tops[0] == 0, "banner at the top edge"
            assert round(max(rect["bottom"] for rect in banners)) == round(page.height)
            words = [w for w in page.extract_words() if w["text"] == "UNCLASSIFIED"]
            assert len(words) == 2
            assert all(
                any(rect["top"] <= w["top"] and w["bottom"] <= rect["bottom"] for rect in banners)
                for w in words
            ), "banner text sits inside the banners"


def test_header_band_on_first_page_only(brand: Brand) -> None:
    with render(brand) as pdf:
        first, later = pdf.pages[0], pdf.pages[1]
        band = full_width_rects(first, brand.color("primary"))
        assert len(band) == 1 and band[0]["height"] > 40
        name = next(w for w in first.extract_words() if w["text"] == "Global")
        assert band[0]["top"] < name["top"] < band[0]["bottom"]
        assert first.images, "the logo is drawn"
        assert not full_width_rects(later, brand.color("primary"))


def test_brand_colours_change_the_furniture(brand: Brand) -> None:
    colours = dict(brand.colors, primary="#7A1F5C", light="#FDF2E9")
    changed = dataclasses.replace(
        brand, colors=colours, classification_background="#B00020", classification="SECRET"
    )
    with render(changed) as pdf:
        for page in pdf.pages:
            assert len(full_width_rects(page, "#B00020")) == 2
            assert not full_width_rects(page, brand.classification_background)
            assert "SECRET" in page.extract_text()
        assert len(full_width_rects(pdf.pages[0], "#7A1F5C")) == 1


def test_table_header_in_primary_and_rows_striped(brand: Brand) -> None:
    with render(brand) as pdf:
        page = pdf.pages[0]
        header = next(w for w in page.extract_words() if w["text"] == "Actor")
        fills = [
            rect for rect in page.rects
            if rect["fill"] and rect["x0"] <= header["x0"] <= rect["x1"]
            and rect["top"] <= header["top"] <= rect["bottom"]
        ]  # fmt: skip
        assert any(
            same_colour(rect["non_stroking_color"], brand.color("primary")) for rect in fills
        )
        header_chars = [c for c in page.chars if c["top"] == header["top"] and c["text"] == "A"]
        assert same_colour(header_chars[0]["non_stroking_color"], "#FFFFFF")
        stripes = [
            rect for rect in page.rects
            if rect["fill"] and same_colour(rect["non_stroking_color"], brand.color("light"))
            and rect["top"] > header["top"]
        ]  # fmt: skip
        assert len(stripes) >= 2


def test_text_stays_inside_the_frame(brand: Brand) -> None:
    with render(brand) as pdf:
        for page in pdf.pages:
            left, right = brand.margins[3] - 0.5, page.width - brand.margins[1] + 0.5
            body = [c for c in page.chars if 80 < c["top"] < page.height - 80]
            assert all(left <= c["x0"] and c["x1"] <= right for c in body)


def test_brand_without_logo_on_letter_paper(brand: Brand) -> None:
    plain = dataclasses.replace(brand, logo=None, page_size="Letter", distribution="", footer="")
    with render(plain) as pdf:
        first = pdf.pages[0]
        assert not first.images
        assert (round(first.width), round(first.height)) == (612, 792)
        name = next(w for w in first.extract_words() if w["text"] == "Global")
        assert abs(name["x0"] - brand.margins[3]) < 1, "organisation name moves to the margin"
        assert "Page 1 of" in first.extract_text()
