"""Brand -> ReportLab paragraph styles and colours: the PDF's style sheet as data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle

from briefings.brand import Brand
from briefings.writers.pdf.fonts import (
    FontChain,
    RegisteredFamily,
    brand_families,
    chain_for,
    family_from_face,
    register_family,
    system_font_folders,
)

# Style names match the Word writer's where the two meet (Title, Subtitle, Heading 1…).
BANNER_HEIGHT = 16.0
BAND_HEIGHT = 54.0
RUNNING_HEADER_HEIGHT = 22.0


@dataclass(frozen=True)
class Palette:
    """The brand's colours as ReportLab colours."""

    primary: Color
    secondary: Color
    foreground: Color
    light: Color
    muted: Color
    border: Color
    white: Color
    banner: Color
    banner_text: Color
    heading: Color
    link: Color


@dataclass(frozen=True)
class Sheet:
    """Everything the writer needs to draw a brand: fonts, colours and named styles."""

    body: RegisteredFamily
    heading: RegisteredFamily
    chain: FontChain
    palette: Palette
    styles: dict[str, ParagraphStyle]
    page_size: tuple[float, float]
    frame_width: float

    def __getitem__(self, name: str) -> ParagraphStyle:
        """The paragraph style called `name`."""
        return self.styles[name]


def build_sheet(brand: Brand) -> Sheet:
    """Register the brand's fonts and derive its colours and paragraph styles."""
    body_family = family_from_face(brand.body_font)
    heading_family = family_from_face(brand.heading_font)
    body = register_family(body_family)
    heading = register_family(heading_family)
    chain = chain_for(brand_families(brand), brand.fallback_families, system_font_folders())
    palette = build_palette(brand)
    styles = build_styles(brand, body, heading, palette)
    size: tuple[float, float] = LETTER if brand.page_size == "Letter" else A4
    frame_width = size[0] - brand.margins[1] - brand.margins[3]
    return Sheet(body, heading, chain, palette, styles, size, frame_width)


def build_palette(brand: Brand) -> Palette:
    """The brand's semantic colours as ReportLab colours."""
    return Palette(
        primary=HexColor(brand.color("primary")),
        secondary=HexColor(brand.color("secondary")),
        foreground=HexColor(brand.color("foreground")),
        light=HexColor(brand.color("light")),
        muted=HexColor(brand.color("muted")),
        border=HexColor(brand.color("border")),
        white=HexColor("#FFFFFF"),
        banner=HexColor(brand.classification_background),
        banner_text=HexColor(brand.classification_color),
        heading=HexColor(brand.heading_color),
        link=HexColor(brand.link_color),
    )


def build_styles(
    brand: Brand, body: RegisteredFamily, heading: RegisteredFamily, palette: Palette
) -> dict[str, ParagraphStyle]:
    """Named paragraph styles derived from the brand's base size, line height and colours."""
    size = brand.base_size
    lead = size * brand.line_height

    def style(name: str, **values: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": body.regular,
            "fontSize": size,
            "leading": lead,
            "textColor": palette.foreground,
            "bulletFontName": body.regular,
            "splitLongWords": 1,
            "allowWidows": 0,
            "allowOrphans": 0,
        }
        return ParagraphStyle(name, **(base | values))

    styles = [
        style(
            "Title",
            fontName=heading.bold,
            fontSize=size * 1.9,
            leading=size * 2.3,
            textColor=palette.heading,
            spaceAfter=5,
        ),
        style(
            "Subtitle",
            fontSize=size * 1.1,
            leading=size * 1.5,
            textColor=palette.secondary,
            spaceAfter=8,
        ),
        style(
            "Heading 1",
            fontName=heading.bold,
            fontSize=size * 1.4,
            leading=size * 1.8,
            textColor=palette.heading,
            spaceBefore=size,
            spaceAfter=size * 0.45,
        ),
        style(
            "Heading 2",
            fontName=heading.bold,
            fontSize=size * 1.15,
            leading=size * 1.5,
            textColor=palette.heading,
            spaceBefore=size,
            spaceAfter=size * 0.3,
        ),
        style("Body Text", spaceAfter=size * 0.6),
        style("List Item", spaceAfter=size * 0.35),
        style("Bottom Line", fontSize=size * 1.1, leading=size * 1.1 * brand.line_height),
        style("Fact Label", fontName=body.bold, fontSize=size * 0.85, leading=size * 1.15),
        style("Fact Value", fontSize=size * 0.85, leading=size * 1.15),
        style(
            "Table Header",
            fontName=body.bold,
            fontSize=size * 0.85,
            leading=size * 1.15,
            textColor=palette.white,
        ),
        style("Table Cell", fontSize=size * 0.85, leading=size * 1.15),
        style(
            "Callout Value",
            fontName=heading.bold,
            fontSize=size * 2,
            leading=size * 2.25,
            textColor=palette.secondary,
        ),
        style(
            "Callout Label",
            fontSize=size * 0.85,
            leading=size * 1.2,
            textColor=palette.muted,
        ),
        style(
            # The evidence appendix is read to check, not read through: set it small and tight
            # so that a brief and its evidence fit on two pages.
            "Note",
            fontSize=size * 0.78,
            leading=size * 1.05,
            leftIndent=size * 2.0,
            bulletIndent=0,
            bulletFontName=body.bold,
            bulletFontSize=size * 0.78,
            bulletColor=palette.secondary,
            spaceAfter=size * 0.12,
        ),
        style(
            "Banner",
            fontName=body.bold,
            fontSize=7.5,
            leading=9,
            alignment=TA_CENTER,
            textColor=palette.banner_text,
        ),
        style(
            "Distribution",
            fontSize=6.8,
            leading=8.4,
            alignment=TA_LEFT,
            textColor=palette.muted,
        ),
    ]
    return {entry.name: entry for entry in styles}
