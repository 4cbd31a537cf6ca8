"""Brand -> ReportLab paragraph styles and colours, the styles from the table in `styles`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, assert_never

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
from briefings.writers.styles import ColorRole, PdfLook, Size, Style, pdf_styles

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
    """The style table's PDF rows as ReportLab paragraph styles, sized from the brand."""
    families = {"body": body, "heading": heading}
    return {
        style.name: _paragraph_style(style, look, brand, families, palette)
        for style, look in pdf_styles()
    }


def _paragraph_style(
    style: Style,
    look: PdfLook,
    brand: Brand,
    families: dict[str, RegisteredFamily],
    palette: Palette,
) -> ParagraphStyle:
    """One style-table row as a ReportLab paragraph style."""

    def points(size: Size) -> float:
        return size.resolve(brand.base_size, brand.line_height)

    body = families["body"]
    values: dict[str, Any] = {
        "fontName": _face(families[style.font], style.bold, style.italic),
        "fontSize": points(look.size),
        "leading": points(look.leading),
        "textColor": _color(style.color or "foreground", palette),
        "bulletFontName": body.regular,
        "splitLongWords": 1,
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    if look.before is not None:
        values["spaceBefore"] = points(look.before)
    if look.after is not None:
        values["spaceAfter"] = points(look.after)
    if look.left_indent is not None:
        values["leftIndent"] = points(look.left_indent)
    if look.bullet is not None:
        values["bulletFontName"] = _face(body, look.bullet.bold, False)
        values["bulletFontSize"] = points(look.bullet.size)
        values["bulletColor"] = _color(look.bullet.color, palette)
    if style.alignment is not None:
        values["alignment"] = TA_CENTER if style.alignment == "center" else TA_LEFT
    return ParagraphStyle(style.name, **values)


def _face(family: RegisteredFamily, bold: bool, italic: bool) -> str:
    """The registered font name of a family's face."""
    if bold:
        return family.bold_italic if italic else family.bold
    return family.italic if italic else family.regular


def _color(role: ColorRole, palette: Palette) -> Color:
    """The palette colour of a colour role of the style table."""
    match role:
        case "background":
            return palette.white
        case "classification":
            return palette.banner_text
        case "classification_background":
            return palette.banner
        case "foreground":
            return palette.foreground
        case "muted":
            return palette.muted
        case "light":
            return palette.light
        case "border":
            return palette.border
        case "primary":
            return palette.primary
        case "secondary":
            return palette.secondary
        case "heading":
            return palette.heading
        case "link":
            return palette.link
        case _:
            assert_never(role)
