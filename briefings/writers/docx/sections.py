"""Page setup and page furniture: header band, running header, markings, footer with fields."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Twips
from docx.text.paragraph import Paragraph

from briefings.blocks import DocumentInfo
from briefings.brand import Brand
from briefings.writers.docx.styles import Metrics

_LOGO_HEIGHT = 30  # points
_RUNNING_TITLE_LIMIT = 80  # characters of the title in the running header


def set_up_page(section: Any, metrics: Metrics) -> None:
    """Page size and margins; headers and footers sit at the page edges (full-bleed markings)."""
    section.page_width = Twips(metrics.page_width)
    section.page_height = Twips(metrics.page_height)
    section.top_margin = Twips(metrics.top)
    section.bottom_margin = Twips(metrics.bottom)
    section.left_margin = Twips(metrics.left)
    section.right_margin = Twips(metrics.right)
    section.header_distance = Twips(0)
    section.footer_distance = Twips(0)
    section.gutter = Twips(0)


def measure_section(section: Any) -> Metrics:
    """The section's page geometry in twips (a reference document's, or the brand's)."""

    def twips(length: Any, default: int) -> int:
        return default if length is None else round(length.twips)

    return Metrics(
        page_width=twips(section.page_width, 11906),
        page_height=twips(section.page_height, 16838),
        top=twips(section.top_margin, 1247),
        right=twips(section.right_margin, 1134),
        bottom=twips(section.bottom_margin, 1134),
        left=twips(section.left_margin, 1134),
    )


def _paragraph(style_id: str, content: str) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>{content}</w:p>'


def _text(value: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(value)}</w:t></w:r>'


def _field(instruction: str, placeholder: str) -> str:
    return (
        f'<w:fldSimple w:instr=" {instruction} \\* MERGEFORMAT ">'
        f"<w:r><w:t>{placeholder}</w:t></w:r></w:fldSimple>"
    )


_TAB = "<w:r><w:tab/></w:r>"


def _has_content(part_element: Any) -> bool:
    return any(text.text for text in part_element.iter(qn("w:t"))) or any(
        True for _ in part_element.iter(qn("w:drawing"))
    )


def _fill(story: Any, xml: str) -> Any:
    element = story._element
    for child in list(element):
        element.remove(child)
    root = parse_xml(f"<w:hdr {nsdecls('w', 'r')}>{xml}</w:hdr>")
    for child in list(root):
        element.append(child)
    return element


def format_date(info: DocumentInfo) -> str:
    """The document date as people write it: 26 November 2026."""
    return f"{info.created.day} {info.created:%B %Y}"


def _first_header(
    brand: Brand, info: DocumentInfo, styles: dict[str, str], metrics: Metrics
) -> str:
    logo_width = round(_LOGO_HEIGHT * 20) + 340
    first_col = metrics.left + logo_width
    second_col = metrics.page_width - first_col
    details = "  ·  ".join((brand.label, format_date(info), info.reference))
    band = (
        "<w:tbl><w:tblPr>"
        f'<w:tblStyle w:val="{styles["HeaderBand"]}"/>'
        f'<w:tblW w:w="{metrics.page_width}" w:type="dxa"/>'
        f'<w:tblInd w:w="{-metrics.left}" w:type="dxa"/>'
        '<w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" '
        'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
        f'<w:tblGrid><w:gridCol w:w="{first_col}"/><w:gridCol w:w="{second_col}"/></w:tblGrid>'
        "<w:tr>"
        f'<w:tc><w:tcPr><w:tcW w:w="{first_col}" w:type="dxa"/>'
        f'<w:tcMar><w:left w:w="{metrics.left}" w:type="dxa"/></w:tcMar></w:tcPr>'
        f"{_paragraph(styles['BandText'], '')}</w:tc>"
        f'<w:tc><w:tcPr><w:tcW w:w="{second_col}" w:type="dxa"/>'
        f'<w:tcMar><w:right w:w="{metrics.right}" w:type="dxa"/></w:tcMar></w:tcPr>'
        f"{_paragraph(styles['BandTitle'], _text(brand.name))}"
        f"{_paragraph(styles['BandText'], _text(details))}</w:tc>"
        "</w:tr></w:tbl>"
    )
    return (
        _paragraph(styles["Classification"], _text(brand.classification))
        + band
        + _paragraph(styles["Header"], "")
    )


def _running_header(brand: Brand, info: DocumentInfo, styles: dict[str, str]) -> str:
    title = info.title
    if len(title) > _RUNNING_TITLE_LIMIT:
        title = title[: _RUNNING_TITLE_LIMIT - 1].rstrip() + "…"
    return _paragraph(styles["Classification"], _text(brand.classification)) + _paragraph(
        styles["Header"],
        _text(f"{brand.short_name}  ·  {title}") + _TAB + _text(info.reference),
    )


def _footer(brand: Brand, info: DocumentInfo, styles: dict[str, str]) -> str:
    lines = []
    if brand.distribution:
        lines.append(_paragraph(styles["Footer"], _text(brand.distribution)))
    page = _text("Page ") + _field("PAGE", "1") + _text(" of ") + _field("NUMPAGES", "1")
    lines.append(
        _paragraph(styles["Footer"], _text(f"{brand.footer}  ·  {info.reference}") + _TAB + page)
    )
    lines.append(_paragraph(styles["Classification"], _text(brand.classification)))
    return "".join(lines)


def write_page_furniture(
    section: Any,
    brand: Brand,
    info: DocumentInfo,
    styles: dict[str, str],
    metrics: Metrics,
    warnings: list[str],
) -> None:
    """First-page band header, running header, and the same footer on every page.

    A reference document's own non-empty headers and footers are kept (with a warning, since
    they lack this brief's reference and marking).
    """
    section.different_first_page_header_footer = True
    stories = {
        "first page header": section.first_page_header,
        "header": section.header,
        "first page footer": section.first_page_footer,
        "footer": section.footer,
    }
    for name, story in stories.items():
        if not story.is_linked_to_previous and _has_content(story._element):
            warnings.append(f"reference document's {name} kept; brand {name} not added")
            continue
        story.is_linked_to_previous = False
        if name == "first page header":
            element = _fill(story, _first_header(brand, info, styles, metrics))
            if brand.logo is not None:
                cell_paragraph = element.find(f".//{qn('w:tc')}/{qn('w:p')}")
                run = Paragraph(cell_paragraph, story).add_run()
                picture = run.add_picture(str(brand.logo), height=Pt(_LOGO_HEIGHT))
                picture._inline.docPr.set("descr", brand.logo_alt)
        elif name == "header":
            _fill(story, _running_header(brand, info, styles))
        else:
            _fill(story, _footer(brand, info, styles))
