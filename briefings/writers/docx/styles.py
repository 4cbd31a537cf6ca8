"""Brand + style table -> Word styles (`w:style` XML), doc defaults and page metrics."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import quoteattr

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from briefings.brand import Brand
from briefings.writers.docx.style_xml import (
    border,
    half_points,
    hex_color,
    para_props,
    run_props,
    style_xml,
)
from briefings.writers.styles import ColorRole, Size, Style, WordLook, word_styles

# Styles a brief uses, by the style id Word writes: the style table's Word rows and two table
# styles.
STYLE_IDS = (*(look.style_id for _, look in word_styles()), "BriefTable", "HeaderBand")

# Word's East-Asian slot needs a font with Hangul/CJK glyphs; brand fallbacks named like
# these qualify, otherwise the family every Korean Windows and Office install has.
_CJK_HINTS = (
    "cjk",
    "nanum",
    "malgun",
    "mincho",
    "gulim",
    "batang",
    "dotum",
    "yahei",
    "simsun",
    "simhei",
    "meiryo",
    "gothic neo",
    " kr",
    " jp",
    " sc",
    " tc",
    " hk",
)
DEFAULT_EAST_ASIAN_FONT = "Malgun Gothic"


@dataclass(frozen=True)
class Metrics:
    """Page geometry in twips, shared by styles, sections and tables."""

    page_width: int
    page_height: int
    top: int
    right: int
    bottom: int
    left: int

    @property
    def text_width(self) -> int:
        """Width between the left and right margins."""
        return self.page_width - self.left - self.right


def measure_page(brand: Brand) -> Metrics:
    """The brand's page size and margins in twips."""
    width, height = (12240, 15840) if brand.page_size == "Letter" else (11906, 16838)
    top, right, bottom, left = (round(value * 20) for value in brand.margins)
    return Metrics(width, height, top, right, bottom, left)


def choose_east_asian_font(brand: Brand) -> str:
    """The family for Word's East-Asian font slot (Hangul, CJK): the brand's first CJK fallback."""
    for family in (*brand.fallback_families, *(face.family for face in brand.fallback_fonts)):
        if any(hint in f" {family.lower()}" for hint in _CJK_HINTS):
            return family
    return DEFAULT_EAST_ASIAN_FONT


# Word's single line spacing as a multiple of the font size (ascent + descent + gap of
# DejaVu Sans 1.164, Arial 1.149, Calibri 1.221).
_WORD_SINGLE_SPACING = 1.17


def define_styles(brand: Brand, metrics: Metrics) -> dict[str, str]:
    """Every style a brief uses as `w:style` XML, keyed by style id, derived from the brand."""
    rows = [_word_style(style, look, brand, metrics) for style, look in word_styles()]
    # The order styles.xml has always had: Normal, Word's defaults, the table, the table styles.
    styles = dict(rows[:1]) | _word_defaults() | dict(rows[1:])
    primary = brand.colors["primary"]
    styles["BriefTable"] = _table_style(
        "BriefTable",
        "Brief Table",
        header_fill=primary,
        band_fill=brand.colors["light"],
        rule=brand.colors["border"],
        white=brand.colors["background"],
        size=brand.base_size - 1,
    )
    styles["HeaderBand"] = _header_band_style(primary)
    return styles


def color_of(role: ColorRole, brand: Brand) -> str:
    """The brand's colour for a colour role of the style table."""
    match role:
        case "heading":
            return brand.heading_color
        case "link":
            return brand.link_color
        case "classification":
            return brand.classification_color
        case "classification_background":
            return brand.classification_background
        case _:
            return brand.colors[role]


def _word_style(style: Style, look: WordLook, brand: Brand, metrics: Metrics) -> tuple[str, str]:
    """A style-table row as `w:style` XML: the row's lengths in twips, colours from the brand."""
    # A style sets a font only where it differs from what it inherits: Normal sets the body
    # font, heading-role styles the heading font.
    font = brand.heading_font.family if style.font == "heading" else brand.body_font.family
    sets_font = style.font == "heading" or look.based_on is None
    run = run_props(
        font=font if sets_font else None,
        east_asian=choose_east_asian_font(brand) if sets_font else None,
        size=_points(look.size, brand) if look.size else None,
        color=color_of(style.color, brand) if style.color else None,
        bold=style.bold,
        italic=style.italic,
        caps=look.caps,
        underline=look.underline,
        superscript=look.superscript,
        spacing=round(look.tracking * 20) if look.tracking is not None else None,
    )
    body = run
    if look.kind == "paragraph":
        body = _word_paragraph_props(style, look, brand, metrics) + run
    name = look.word_name or style.name
    return look.style_id, style_xml(
        look.kind,
        look.style_id,
        name,
        based_on=look.based_on,
        next_style=look.next_style,
        custom=look.custom,
        priority=look.priority,
        body=body,
    )


def _points(size: Size, brand: Brand) -> float:
    return size.resolve(brand.base_size, brand.line_height)


def _twips(size: Size, brand: Brand) -> int:
    return round(_points(size, brand) * 20)


def _word_paragraph_props(style: Style, look: WordLook, brand: Brand, metrics: Metrics) -> str:
    """The `w:pPr` of a paragraph style-table row."""
    tabs = tuple((kind, _twips(position, brand)) for kind, position in look.tabs)
    if look.right_tab:
        tabs += (("right", metrics.text_width),)
    # The brand's line height is a multiple of the font size, as the PDF's leading is; Word's
    # "multiple" is of the font's single spacing, about 1.17 em for the sans fonts briefs use.
    line = brand.line_height / _WORD_SINGLE_SPACING if look.line == "brand" else look.line
    return para_props(
        keep_next=look.keep_next,
        keep_lines=look.keep_lines,
        num_id=0 if look.list_item else None,
        borders="".join(
            border(edge.side, color_of(edge.color, brand), edge.eighths, edge.space)
            for edge in look.borders
        ),
        fill=color_of(look.fill, brand) if look.fill else None,
        tabs=tabs,
        before=_points(look.before, brand),
        after=_points(look.after, brand),
        line=line,
        left=-metrics.left if look.bleed else _twips(look.left, brand),
        right=-metrics.right if look.bleed else _twips(look.right, brand),
        hanging=_twips(look.hanging, brand),
        align=style.alignment,
        outline=look.outline,
    )


def _word_defaults() -> dict[str, str]:
    """Word's default character, table and numbering styles, which every styles part has."""
    return {
        "DefaultParagraphFont": style_xml(
            "character", "DefaultParagraphFont", "Default Paragraph Font", priority=1
        ),
        "TableNormal": style_xml(
            "table",
            "TableNormal",
            "Normal Table",
            priority=99,
            body='<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
            '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
            '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            "</w:tblCellMar></w:tblPr>",
        ),
        "NoList": style_xml("numbering", "NoList", "No List", priority=99),
    }


def _header_band_style(primary: str) -> str:
    """The table style of the page header's coloured band (logo cell, name and details cell)."""
    return style_xml(
        "table",
        "HeaderBand",
        "Header Band",
        based_on="TableNormal",
        custom=True,
        priority=60,
        body='<w:tblPr><w:tblCellMar><w:top w:w="170" w:type="dxa"/>'
        '<w:left w:w="0" w:type="dxa"/><w:bottom w:w="170" w:type="dxa"/>'
        '<w:right w:w="113" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{hex_color(primary)}"/>'
        '<w:vAlign w:val="center"/></w:tcPr>',
    )


def _table_style(
    style_id: str,
    name: str,
    *,
    header_fill: str,
    band_fill: str,
    rule: str,
    white: str,
    size: float,
) -> str:
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{hex_color(rule)}"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    shade = '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{}"/></w:tcPr>'
    return style_xml(
        "table",
        style_id,
        name,
        based_on="TableNormal",
        custom=True,
        priority=59,
        body=para_props(after=0, line=1.15)
        + run_props(size=size)
        + f'<w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblBorders>{borders}</w:tblBorders>'
        '<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="113" w:type="dxa"/>'
        '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="113" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr>"
        '<w:tblStylePr w:type="firstRow">'
        + run_props(bold=True, color=white)
        + "<w:tblPr/><w:trPr><w:tblHeader/></w:trPr>"
        + shade.format(hex_color(header_fill))
        + "</w:tblStylePr>"
        '<w:tblStylePr w:type="band2Horz"><w:tblPr/>'
        + shade.format(hex_color(band_fill))
        + "</w:tblStylePr>",
    )


def define_doc_defaults(brand: Brand, language: str) -> str:
    """`w:docDefaults` with explicit brand fonts (no theme fonts, which would win over them)."""
    body = brand.body_font.family
    east = choose_east_asian_font(brand)
    half = half_points(brand.base_size)
    return (
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f"<w:rFonts w:ascii={quoteattr(body)} w:hAnsi={quoteattr(body)} "
        f"w:eastAsia={quoteattr(east)} w:cs={quoteattr(body)}/>"
        f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
        f'<w:lang w:val={quoteattr(language)} w:eastAsia="ko-KR" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        "</w:docDefaults>"
    )


def write_brand_styles(styles_element: Any, brand: Brand, language: str, metrics: Metrics) -> None:
    """Replace the styles part's content with the brand's doc defaults and styles."""
    for child in list(styles_element):
        styles_element.remove(child)
    definitions = define_styles(brand, metrics)
    xml = (
        f"<w:styles {nsdecls('w')}>{define_doc_defaults(brand, language)}"
        f"{''.join(definitions.values())}</w:styles>"
    )
    for child in parse_xml(xml):
        styles_element.append(child)
