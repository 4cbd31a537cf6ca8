"""Document -> DOCX bytes: blocks as Word paragraphs in named styles, evidence as an appendix.

Each evidence sentence is printed once, in the Evidence appendix, as a bookmarked paragraph;
every citation is a superscript internal hyperlink to that bookmark (what Word's Insert > Link >
Place in this document makes), numbered as in the PDF.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, assert_never
from xml.sax.saxutils import escape, quoteattr, unescape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from briefings.blocks import (
    Block,
    BottomLine,
    BulletList,
    Callouts,
    Document,
    Facts,
    Heading,
    Inlines,
    Link,
    NoteRef,
    Notes,
    Paragraph,
    Subtitle,
    Table,
    Text,
    Title,
    plain_text,
)
from briefings.brand import Brand
from briefings.writers.bidi_text import has_rtl, mostly_rtl, split_direction
from briefings.writers.docx.numbering import (
    add_restarted_num,
    clear_numbering,
    link_list_styles,
)
from briefings.writers.docx.parts import (
    get_numbering_element,
    open_base_document,
    write_core_properties,
    write_custom_properties,
    write_settings,
)
from briefings.writers.docx.reference import merge_brand_styles
from briefings.writers.docx.sections import (
    measure_section,
    set_up_page,
    write_page_furniture,
)
from briefings.writers.docx.styles import (
    STYLE_IDS,
    measure_page,
    write_brand_styles,
)

# Characters XML 1.0 cannot carry; article text occasionally has them.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BOOKMARK_UNSAFE = re.compile(r"[^A-Za-z0-9_]")
_LRM = "\u200e"  # LEFT-TO-RIGHT MARK
_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")


@dataclass(frozen=True)
class DocxOutput:
    """A rendered DOCX and what the writer had to work around (reference-document gaps)."""

    data: bytes
    warnings: tuple[str, ...]


def write_docx(document: Document, brand: Brand, reference_docx: Path | None = None) -> bytes:
    """The brief as a Word document (see `render_docx` for the warnings)."""
    return render_docx(document, brand, reference_docx=reference_docx).data


def render_docx(document: Document, brand: Brand, reference_docx: Path | None = None) -> DocxOutput:
    """The brief as a Word document plus warnings about styles a reference document lacks."""
    warnings: list[str] = []
    word = open_base_document(reference_docx)
    section = word.sections[-1]
    if reference_docx is None:
        set_up_page(section, measure_page(brand))
    metrics = measure_section(section)
    styles_element = word.styles.element
    numbering = get_numbering_element(word)
    if reference_docx is None:
        write_brand_styles(styles_element, brand, document.info.language, metrics)
        clear_numbering(numbering)
        styles = {style_id: style_id for style_id in STYLE_IDS}
    else:
        styles = merge_brand_styles(styles_element, brand, metrics, warnings)
    number_abstract = link_list_styles(styles_element, numbering, brand, styles)

    context = _Context(
        styles=styles,
        text_width=metrics.text_width,
        notes=_collect_notes(document.blocks),
        link_targets=_collect_link_targets(document.blocks),
        numbering=numbering,
        number_abstract=number_abstract,
        document_part=word.part,
    )
    body_xml = "".join(_render_block(block, context) for block in document.blocks)
    # The parsed body replaces the empty one whole, the section properties moved to its end:
    # moving its children over one by one costs lxml a namespace walk each, quadratic in a long
    # brief (6.9 s for a 5,000-row actor table against 0.4 s this way).
    body = parse_xml(f"<w:body {nsdecls('w', 'r')}>{body_xml}</w:body>")
    empty = word.element.body
    body.append(empty[-1])
    word.element.replace(empty, body)

    write_page_furniture(section, brand, document.info, styles, metrics, warnings)
    write_core_properties(word, document.info, brand)
    write_custom_properties(word, _custom_properties(document, brand))
    write_settings(word, document.info.language)
    stream = io.BytesIO()
    word.save(stream)
    return DocxOutput(stream.getvalue(), tuple(warnings))


def _custom_properties(document: Document, brand: Brand) -> dict[str, str]:
    info = document.info
    return {
        "Classification": brand.classification,
        "SourceURL": info.source_url or "",
        "InputSHA256": info.source_sha256 or "",
        "ToolVersion": info.tool_version,
        "Reference": info.reference,
    }


# ----------------------------------------------------------------------------- blocks


@dataclass
class _Context:
    """What rendering one document needs; lives for one call only."""

    styles: dict[str, str]
    text_width: int
    notes: dict[int, Inlines]
    link_targets: set[str]
    numbering: Any
    number_abstract: int
    document_part: Any
    bookmarks: set[str] = field(default_factory=set)

    def bookmark(self, name: str, content: str) -> str:
        """`content` wrapped in a Word bookmark named after `name` (each name once)."""
        safe = bookmark_name(name)
        if safe in self.bookmarks:
            return content
        self.bookmarks.add(safe)
        number = len(self.bookmarks)
        return (
            f'<w:bookmarkStart w:id="{number}" w:name="{safe}"/>{content}'
            f'<w:bookmarkEnd w:id="{number}"/>'
        )


def bookmark_name(name: str) -> str:
    """A Word bookmark name for an anchor: letters, digits and _, starting with a letter, ≤ 40."""
    safe = _BOOKMARK_UNSAFE.sub("_", name)
    safe = safe if safe[:1].isalpha() else f"b_{safe}"
    return safe[:40]


def evidence_bookmark(number: int) -> str:
    """The bookmark on evidence note `number` in the appendix."""
    return f"evidence_{number}"


def _collect_notes(blocks: tuple[Block, ...]) -> dict[int, Inlines]:
    return {
        note.number: note.inlines
        for block in blocks
        if isinstance(block, Notes)
        for note in block.notes
    }


def _collect_link_targets(blocks: tuple[Block, ...]) -> set[str]:
    """Bookmark names internal links point to: only those headings get a bookmark."""
    targets: set[str] = set()
    for block in blocks:
        for inlines in _block_inlines(block):
            targets |= {
                bookmark_name(inline.url[1:])
                for inline in inlines
                if isinstance(inline, Link) and inline.url.startswith("#")
            }
    return targets


def _block_inlines(block: Block) -> list[Inlines]:
    match block:
        case Title(inlines) | Subtitle(inlines) | Heading(_, inlines, _) | Paragraph(inlines):
            return [inlines]
        case BottomLine(_, inlines):
            return [inlines]
        case BulletList(items, _):
            return list(items)
        case Table(header, rows):
            return [*header, *(cell for row in rows for cell in row)]
        case Facts(items) | Callouts(items):
            return [inlines for _, inlines in items]
        case Notes(notes):
            return [note.inlines for note in notes]
        case _:
            assert_never(block)


def _paragraph(style_id: str, content: str, numbering: str = "") -> str:
    """A paragraph; one whose text is mostly right-to-left is a `w:bidi` (RTL) paragraph."""
    bidi = "<w:bidi/>" if _is_mostly_rtl(content) else ""
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>{numbering}{bidi}</w:pPr>{content}</w:p>'


def _is_mostly_rtl(content: str) -> bool:
    if "<w:rtl/>" not in content:
        return False
    return mostly_rtl(unescape("".join(_TEXT.findall(content))))


def _render_block(block: Block, context: _Context) -> str:
    styles = context.styles
    match block:
        case Title(inlines):
            return _paragraph(styles["Title"], _render_inlines(inlines, context))
        case Subtitle(inlines):
            return _paragraph(styles["Subtitle"], _render_inlines(inlines, context))
        case Heading(level, inlines, anchor):
            style = styles["Heading1"] if level <= 1 else styles["Heading2"]
            content = _render_inlines(inlines, context)
            if bookmark_name(anchor) in context.link_targets:  # no bookmark nothing cites
                content = context.bookmark(anchor, content)
            return _paragraph(style, content)
        case Paragraph(inlines):
            return _paragraph(styles["BodyText"], _render_inlines(inlines, context))
        case BottomLine(label, inlines):
            content = _run(f"{label}: ", bold=True) + _render_inlines(inlines, context)
            return _paragraph(styles["BottomLine"], content)
        case BulletList(items, ordered):
            return _render_list(items, ordered, context)
        case Table():
            return _render_table(block, context)
        case Facts(items):
            return "".join(
                _paragraph(
                    styles["Fact"],
                    _run(label, bold=True)
                    + "<w:r><w:tab/></w:r>"
                    + _render_inlines(value, context),
                )
                for label, value in items
            )
        case Callouts(items):
            return "".join(
                _paragraph(styles["FigureValue"], _run(value))
                + _paragraph(styles["FigureLabel"], _render_inlines(label, context))
                for value, label in items
            )
        case Notes(notes):
            return "".join(
                _paragraph(
                    styles["EvidenceNote"],
                    context.bookmark(evidence_bookmark(note.number), _run(f"{note.number}"))
                    + _run("\t")
                    + _render_inlines(note.inlines, context, in_note=True),
                )
                for note in notes
            )
        case _:
            assert_never(block)


def _render_list(items: tuple[Inlines, ...], ordered: bool, context: _Context) -> str:
    if not ordered:
        style, numbering = context.styles["ListBullet"], ""
    else:
        # Every ordered list gets its own w:num that restarts at 1.
        num_id = add_restarted_num(context.numbering, context.number_abstract)
        style = context.styles["ListNumber"]
        numbering = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
    return "".join(_paragraph(style, _render_inlines(item, context), numbering) for item in items)


def _column_widths(table: Table, total: int) -> list[int]:
    rows = (table.header, *table.rows)
    columns = max(len(row) for row in rows)
    weights = [
        min(max((len(plain_text(row[i])) for row in rows if i < len(row)), default=0), 45)
        for i in range(columns)
    ]
    weights = [max(weight, 8) for weight in weights]
    widths = [total * weight // sum(weights) for weight in weights]
    widths[-1] += total - sum(widths)
    return widths


def _render_table(table: Table, context: _Context) -> str:
    styles = context.styles
    widths = _column_widths(table, context.text_width)
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)

    def row(cells: tuple[Inlines, ...], header: bool) -> str:
        cells = cells + ((),) * (len(widths) - len(cells))
        style = styles["TableHeading"] if header else styles["TableText"]
        properties = "<w:cantSplit/><w:tblHeader/>" if header else "<w:cantSplit/>"
        return (
            f"<w:tr><w:trPr>{properties}</w:trPr>"
            + "".join(
                f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                f"{_paragraph(style, _render_inlines(cell, context))}</w:tc>"
                for cell, width in zip(cells, widths, strict=True)
            )
            + "</w:tr>"
        )

    return (
        "<w:tbl><w:tblPr>"
        f'<w:tblStyle w:val="{styles["BriefTable"]}"/>'
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        '<w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
        'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
        + row(table.header, header=True)
        + "".join(row(cells, header=False) for cells in table.rows)
        + "</w:tbl>"
    )


# ----------------------------------------------------------------------------- inlines


def _run(text: str, bold: bool = False, italic: bool = False, style: str | None = None) -> str:
    """Word runs for `text`: right-to-left pieces get their own run marked `w:rtl`."""
    text = _INVALID_XML.sub("", text)
    if not has_rtl(text):
        return _one_run(text, bold, italic, style, rtl=False)
    pieces = list(split_direction(text))
    if not mostly_rtl(text):
        # In left-to-right text, a mark after each RTL piece keeps the punctuation and the
        # citation numbers that follow it on its right (the bidi algorithm would pull them in).
        pieces = [
            (rtl, piece if rtl or index == 0 else _LRM + piece)
            for index, (rtl, piece) in enumerate(pieces)
        ]
        if pieces[-1][0]:
            pieces.append((False, _LRM))
    return "".join(_one_run(piece, bold, italic, style, rtl=rtl) for rtl, piece in pieces)


def _one_run(text: str, bold: bool, italic: bool, style: str | None, rtl: bool) -> str:
    # Schema order: rStyle, b, bCs, i, iCs, rtl. Word applies bCs/iCs to RTL runs.
    properties = (
        (f'<w:rStyle w:val="{style}"/>' if style else "")
        + (("<w:b/><w:bCs/>" if rtl else "<w:b/>") if bold else "")
        + (("<w:i/><w:iCs/>" if rtl else "<w:i/>") if italic else "")
        + ("<w:rtl/>" if rtl else "")
    )
    properties = f"<w:rPr>{properties}</w:rPr>" if properties else ""
    pieces = []
    for index, line in enumerate(text.split("\n")):
        if index:
            pieces.append("<w:br/>")
        for column, chunk in enumerate(line.split("\t")):
            if column:
                pieces.append("<w:tab/>")
            if chunk:
                pieces.append(f'<w:t xml:space="preserve">{escape(chunk)}</w:t>')
    return f"<w:r>{properties}{''.join(pieces)}</w:r>"


def _render_inlines(inlines: Inlines, context: _Context, in_note: bool = False) -> str:
    pieces = []
    previous: object = None
    for inline in inlines:
        match inline:
            case Text(text, bold, italic):
                pieces.append(_run(text, bold=bold, italic=italic))
            case Link(text, url):
                run = _run(text, style=context.styles["Hyperlink"])
                if url.startswith("#"):
                    target = f"w:anchor={quoteattr(bookmark_name(url[1:]))}"
                else:
                    rid = context.document_part.relate_to(url, RT.HYPERLINK, is_external=True)
                    target = f'r:id="{rid}"'
                pieces.append(f'<w:hyperlink {target} w:history="1">{run}</w:hyperlink>')
            case NoteRef(number):
                if in_note:  # a note citing a note: plain text, the appendix is one list
                    pieces.append(_run(f"[{number}]"))
                else:
                    if isinstance(previous, NoteRef):
                        pieces.append(_run(",", style=context.styles["EvidenceReference"]))
                    pieces.append(_cite(number, context))
            case _:
                assert_never(inline)
        previous = inline
    return "".join(pieces)


def _cite(number: int, context: _Context) -> str:
    """A superscript link to evidence note `number` in the appendix (as the PDF marks it)."""
    style = context.styles["EvidenceReference"]
    if number not in context.notes:
        return _run(f"[evidence {number} missing]", style=style)
    anchor = quoteattr(evidence_bookmark(number))
    run = _run(str(number), style=style)
    return f'<w:hyperlink w:anchor={anchor} w:history="1">{run}</w:hyperlink>'
