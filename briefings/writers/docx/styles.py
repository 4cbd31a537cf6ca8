"""Brand -> Word styles and list numbering: the only place a DOCX brief gets its look."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import quoteattr

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from briefings.brand import Brand

# Styles a brief uses, by the style id Word writes and the name Word shows; built-in styles
# carry Word's internal (lower-case) names so Word localises them.
STYLE_IDS = (
    "Normal",
    "Title",
    "Subtitle",
    "Heading1",
    "Heading2",
    "BodyText",
    "ListBullet",
    "ListNumber",
    "Quote",
    "Caption",
    "Classification",
    "BottomLine",
    "Fact",
    "FigureValue",
    "FigureLabel",
    "TableText",
    "TableHeading",
    "Header",
    "Footer",
    "BandTitle",
    "BandText",
    "EvidenceNote",
    "EvidenceReference",
    "Hyperlink",
    "BriefTable",
    "HeaderBand",
)

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

# ----------------------------------------------------------------------------- XML pieces


def _hex(color: str) -> str:
    return color.lstrip("#").upper()


def _half_points(size: float) -> int:
    return round(size * 2)


def _run_props(
    *,
    font: str | None = None,
    east_asian: str | None = None,
    size: float | None = None,
    color: str | None = None,
    bold: bool = False,
    italic: bool = False,
    caps: bool = False,
    underline: bool = False,
    superscript: bool = False,
    spacing: int | None = None,
) -> str:
    parts = []
    if font:
        east = east_asian or font
        parts.append(
            f"<w:rFonts w:ascii={quoteattr(font)} w:hAnsi={quoteattr(font)} "
            f"w:eastAsia={quoteattr(east)} w:cs={quoteattr(font)}/>"
        )
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if caps:
        parts.append("<w:caps/>")
    if color:
        parts.append(f'<w:color w:val="{_hex(color)}"/>')
    if spacing is not None:
        parts.append(f'<w:spacing w:val="{spacing}"/>')
    if size:
        half = _half_points(size)
        parts.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    if underline:
        parts.append('<w:u w:val="single"/>')
    if superscript:
        parts.append('<w:vertAlign w:val="superscript"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def _border(side: str, color: str, size_eighths: int, space: int) -> str:
    return (
        f'<w:{side} w:val="single" w:sz="{size_eighths}" w:space="{space}" '
        f'w:color="{_hex(color)}"/>'
    )


def _para_props(
    *,
    keep_next: bool = False,
    keep_lines: bool = False,
    num_id: int | None = None,
    borders: str = "",
    fill: str | None = None,
    tabs: tuple[tuple[str, int], ...] = (),
    before: float = 0,
    after: float = 0,
    line: float | None = None,
    left: int = 0,
    right: int = 0,
    hanging: int = 0,
    align: str | None = None,
    outline: int | None = None,
) -> str:
    parts = []
    if keep_next:
        parts.append("<w:keepNext/>")
    if keep_lines:
        parts.append("<w:keepLines/>")
    if num_id is not None:
        parts.append(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
    if borders:
        parts.append(f"<w:pBdr>{borders}</w:pBdr>")
    if fill:
        parts.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{_hex(fill)}"/>')
    if tabs:
        stops = "".join(f'<w:tab w:val="{kind}" w:pos="{pos}"/>' for kind, pos in tabs)
        parts.append(f"<w:tabs>{stops}</w:tabs>")
    line_attrs = f' w:line="{round(line * 240)}" w:lineRule="auto"' if line else ""
    parts.append(
        f'<w:spacing w:before="{round(before * 20)}" w:after="{round(after * 20)}"{line_attrs}/>'
    )
    if left or right or hanging:
        hang = f' w:hanging="{hanging}"' if hanging else ""
        parts.append(f'<w:ind w:left="{left}" w:right="{right}"{hang}/>')
    if align:
        parts.append(f'<w:jc w:val="{align}"/>')
    if outline is not None:
        parts.append(f'<w:outlineLvl w:val="{outline}"/>')
    return f"<w:pPr>{''.join(parts)}</w:pPr>"


def _style(
    kind: str,
    style_id: str,
    name: str,
    *,
    based_on: str | None = None,
    next_style: str | None = None,
    custom: bool = False,
    priority: int | None = None,
    body: str = "",
) -> str:
    custom_attr = ' w:customStyle="1"' if custom else ""
    default_attr = (
        ' w:default="1"'
        if style_id in ("Normal", "DefaultParagraphFont", "TableNormal", "NoList")
        else ""
    )
    parts = [f"<w:name w:val={quoteattr(name)}/>"]
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if next_style:
        parts.append(f'<w:next w:val="{next_style}"/>')
    if priority is not None:
        parts.append(f'<w:uiPriority w:val="{priority}"/>')
    # Quick-style gallery: every paragraph style a writer picks, not page furniture.
    if kind == "paragraph" and name not in ("header", "footer"):
        parts.append("<w:qFormat/>")
    return (
        f'<w:style w:type="{kind}"{default_attr}{custom_attr} w:styleId="{style_id}">'
        f"{''.join(parts)}{body}</w:style>"
    )


# ----------------------------------------------------------------------------- the styles


def define_styles(brand: Brand, metrics: Metrics) -> dict[str, str]:
    """Every style a brief uses as `w:style` XML, keyed by style id, derived from the brand."""
    body = brand.body_font.family
    head = brand.heading_font.family
    east = choose_east_asian_font(brand)
    size = brand.base_size
    # The brand's line height is a multiple of the font size, as the PDF's leading is; Word's
    # "multiple" is of the font's single spacing, about 1.17 em for the sans fonts briefs use.
    lh = brand.line_height / _WORD_SINGLE_SPACING
    c = brand.colors
    fg, muted, light, border = c["foreground"], c["muted"], c["light"], c["border"]
    primary, secondary, accent = c["primary"], c["secondary"], brand.heading_color
    white = c["background"]
    bleed = f"{-metrics.left}"
    right_tab = (("right", metrics.text_width),)
    mark_bg, mark_fg = brand.classification_background, brand.classification_color

    def para(
        style_id: str,
        name: str,
        ppr: str,
        rpr: str = "",
        *,
        based_on: str = "Normal",
        next_style: str | None = None,
        custom: bool = False,
        priority: int = 10,
    ) -> str:
        return _style(
            "paragraph",
            style_id,
            name,
            based_on=based_on,
            next_style=next_style,
            custom=custom,
            priority=priority,
            body=ppr + rpr,
        )

    styles = {
        "Normal": _style(
            "paragraph",
            "Normal",
            "Normal",
            priority=0,
            body=_para_props(after=0, line=lh)
            + _run_props(font=body, east_asian=east, size=size, color=fg),
        ),
        "DefaultParagraphFont": _style(
            "character", "DefaultParagraphFont", "Default Paragraph Font", priority=1
        ),
        "TableNormal": _style(
            "table",
            "TableNormal",
            "Normal Table",
            priority=99,
            body='<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
            '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
            '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            "</w:tblCellMar></w:tblPr>",
        ),
        "NoList": _style("numbering", "NoList", "No List", priority=99),
        "Title": para(
            "Title",
            "Title",
            _para_props(keep_next=True, keep_lines=True, before=6, after=4, line=1.1),
            _run_props(font=head, east_asian=east, size=size * 1.8, color=accent, bold=True),
            next_style="Subtitle",
            priority=10,
        ),
        "Subtitle": para(
            "Subtitle",
            "Subtitle",
            _para_props(keep_next=True, after=8),
            _run_props(size=size + 1, color=secondary),
            next_style="BodyText",
            priority=11,
        ),
        "Heading1": para(
            "Heading1",
            "heading 1",
            _para_props(keep_next=True, keep_lines=True, before=12, after=4, line=1.15, outline=0),
            _run_props(font=head, east_asian=east, size=size + 3.5, color=accent, bold=True),
            next_style="BodyText",
            priority=9,
        ),
        "Heading2": para(
            "Heading2",
            "heading 2",
            _para_props(keep_next=True, keep_lines=True, before=9, after=3, line=1.15, outline=1),
            _run_props(font=head, east_asian=east, size=size + 1.5, color=accent, bold=True),
            based_on="Heading1",
            next_style="BodyText",
            priority=9,
        ),
        "BodyText": para(
            "BodyText",
            "Body Text",
            _para_props(after=6, line=lh),
            priority=99,
        ),
        "ListBullet": para(
            "ListBullet",
            "List Bullet",
            _para_props(num_id=0, after=2, line=lh, left=340, hanging=227),
            based_on="BodyText",
            priority=99,
        ),
        "ListNumber": para(
            "ListNumber",
            "List Number",
            _para_props(num_id=0, after=4, line=lh, left=340, hanging=340),
            based_on="BodyText",
            priority=99,
        ),
        "Quote": para(
            "Quote",
            "Quote",
            _para_props(
                after=6, line=1.3, left=284, right=284, borders=_border("left", secondary, 18, 8)
            ),
            _run_props(size=size - 0.5, color=muted, italic=False),
            based_on="BodyText",
            next_style="BodyText",
            priority=29,
        ),
        "Caption": para(
            "Caption",
            "caption",
            _para_props(before=2, after=8),
            _run_props(size=size - 1.5, color=muted, italic=True),
            next_style="BodyText",
            priority=35,
        ),
        "Classification": para(
            "Classification",
            "Classification",
            _para_props(
                keep_next=True,
                fill=mark_bg,
                before=0,
                after=0,
                line=1.0,
                left=int(bleed),
                right=-metrics.right,
                align="center",
                borders=_border("top", mark_bg, 4, 1) + _border("bottom", mark_bg, 4, 1),
            ),
            _run_props(size=max(size - 1.5, 7), color=mark_fg, bold=True, caps=True, spacing=10),
            custom=True,
            priority=1,
        ),
        "BottomLine": para(
            "BottomLine",
            "Bottom Line",
            _para_props(
                keep_lines=True,
                before=4,
                after=10,
                line=lh,
                left=113,
                right=113,
                fill=light,
                borders=_border("top", light, 4, 6)
                + _border("left", primary, 24, 6)
                + _border("bottom", light, 4, 6)
                + _border("right", light, 4, 6),
            ),
            _run_props(size=size + 0.5),
            based_on="BodyText",
            next_style="BodyText",
            custom=True,
            priority=2,
        ),
        "Fact": para(
            "Fact",
            "Fact",
            _para_props(after=1, line=1.25, left=1701, hanging=1587, tabs=(("left", 1701),)),
            _run_props(size=size - 0.5),
            based_on="BodyText",
            custom=True,
            priority=3,
        ),
        "FigureValue": para(
            "FigureValue",
            "Figure Value",
            _para_props(keep_next=True, before=4, after=0, line=1.0),
            _run_props(font=head, east_asian=east, size=size * 2.4, color=secondary, bold=True),
            based_on="BodyText",
            next_style="FigureLabel",
            custom=True,
            priority=4,
        ),
        "FigureLabel": para(
            "FigureLabel",
            "Figure Label",
            _para_props(after=8),
            _run_props(size=size - 0.5, color=muted),
            based_on="BodyText",
            next_style="BodyText",
            custom=True,
            priority=5,
        ),
        "TableText": para(
            "TableText",
            "Table Text",
            _para_props(before=1, after=1, line=1.15),
            _run_props(size=size - 1),
            custom=True,
            priority=6,
        ),
        "TableHeading": para(
            "TableHeading",
            "Table Heading",
            _para_props(keep_next=True, before=1, after=1, line=1.15),
            _run_props(size=size - 1, color=white, bold=True),
            based_on="TableText",
            custom=True,
            priority=7,
        ),
        "Header": para(
            "Header",
            "header",
            _para_props(before=4, after=0, line=1.0, tabs=right_tab),
            _run_props(size=size - 2, color=muted),
            priority=99,
        ),
        "Footer": para(
            "Footer",
            "footer",
            _para_props(after=2, line=1.1, tabs=right_tab, borders=_border("top", secondary, 6, 4)),
            _run_props(size=size - 2, color=muted),
            priority=99,
        ),
        "BandTitle": para(
            "BandTitle",
            "Band Title",
            _para_props(before=0, after=1, line=1.0),
            _run_props(font=head, east_asian=east, size=size + 5, color=white, bold=True),
            based_on="Normal",
            custom=True,
            priority=8,
        ),
        "BandText": para(
            "BandText",
            "Band Text",
            _para_props(after=0, line=1.0),
            _run_props(size=size - 1.5, color=white, spacing=4),
            based_on="Normal",
            custom=True,
            priority=8,
        ),
        # The evidence appendix is read to check, not read through: small and tight, as in
        # the PDF's Note style, the number hanging in the margin of the quote.
        "EvidenceNote": para(
            "EvidenceNote",
            "Evidence Note",
            _para_props(
                after=size * 0.12,
                line=1.1,
                left=round(size * 40),
                hanging=round(size * 40),
                tabs=(("left", round(size * 40)),),
            ),
            _run_props(size=size * 0.78, color=fg),
            based_on="BodyText",
            custom=True,
            priority=30,
        ),
        "EvidenceReference": _style(
            "character",
            "EvidenceReference",
            "Evidence Reference",
            based_on="DefaultParagraphFont",
            custom=True,
            priority=30,
            body=_run_props(superscript=True, color=secondary),
        ),
        "Hyperlink": _style(
            "character",
            "Hyperlink",
            "Hyperlink",
            based_on="DefaultParagraphFont",
            priority=99,
            body=_run_props(color=brand.link_color, underline=True),
        ),
        "BriefTable": _table_style(
            "BriefTable",
            "Brief Table",
            header_fill=primary,
            band_fill=light,
            rule=border,
            white=white,
            size=size - 1,
        ),
        "HeaderBand": _style(
            "table",
            "HeaderBand",
            "Header Band",
            based_on="TableNormal",
            custom=True,
            priority=60,
            body='<w:tblPr><w:tblCellMar><w:top w:w="170" w:type="dxa"/>'
            '<w:left w:w="0" w:type="dxa"/><w:bottom w:w="170" w:type="dxa"/>'
            '<w:right w:w="113" w:type="dxa"/></w:tblCellMar></w:tblPr>'
            f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{_hex(primary)}"/>'
            '<w:vAlign w:val="center"/></w:tcPr>',
        ),
    }
    return styles


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
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{_hex(rule)}"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    shade = '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{}"/></w:tcPr>'
    return _style(
        "table",
        style_id,
        name,
        based_on="TableNormal",
        custom=True,
        priority=59,
        body=_para_props(after=0, line=1.15)
        + _run_props(size=size)
        + f'<w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblBorders>{borders}</w:tblBorders>'
        '<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="113" w:type="dxa"/>'
        '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="113" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr>"
        '<w:tblStylePr w:type="firstRow">'
        + _run_props(bold=True, color=white)
        + "<w:tblPr/><w:trPr><w:tblHeader/></w:trPr>"
        + shade.format(_hex(header_fill))
        + "</w:tblStylePr>"
        '<w:tblStylePr w:type="band2Horz"><w:tblPr/>'
        + shade.format(_hex(band_fill))
        + "</w:tblStylePr>",
    )


def define_doc_defaults(brand: Brand, language: str) -> str:
    """`w:docDefaults` with explicit brand fonts (no theme fonts, which would win over them)."""
    body = brand.body_font.family
    east = choose_east_asian_font(brand)
    half = _half_points(brand.base_size)
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
