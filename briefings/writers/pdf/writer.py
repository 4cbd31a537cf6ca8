"""Document -> PDF bytes: blocks mapped to ReportLab flowables inside the brand's page furniture."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from io import BytesIO
from typing import Any, assert_never

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    ListFlowable,
    ListItem,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as ReportLabTable

from briefings.blocks import (
    Block,
    BottomLine,
    BulletList,
    Callouts,
    Document,
    Facts,
    Heading,
    Inlines,
    Notes,
    Paragraph,
    Subtitle,
    Table,
    Title,
    plain_text,
)
from briefings.brand import Brand
from briefings.writers.metadata import PDF_STRING_LIMIT, fit_text
from briefings.writers.pdf.fonts import uncovered_characters as uncovered_characters
from briefings.writers.pdf.markup import Markup
from briefings.writers.pdf.page import build_furniture, build_page_templates, make_canvas_class
from briefings.writers.pdf.styles import Sheet, build_sheet

_ANCHOR = re.compile(r"[^A-Za-z0-9_.:-]+")
_CALLOUTS_PER_ROW = 3
_SETTINGS_LOCK = threading.Lock()


def write_pdf(document: Document, brand: Brand) -> bytes:
    """Render a document as a branded PDF brief."""
    sheet = build_sheet(brand)
    info = document.info
    size = sheet.page_size
    notes = frozenset(
        note.number for block in document.blocks if isinstance(block, Notes) for note in block.notes
    )
    flowables = _Renderer(sheet, notes).render_blocks(document.blocks) or [Spacer(1, 1)]
    markup = Markup(sheet, notes)
    distribution = markup.text(brand.distribution, sheet["Distribution"])
    furniture = build_furniture(brand, info, sheet, size, distribution)
    buffer = BytesIO()
    template = _BriefTemplate(
        buffer,
        pagesize=size,
        title=fit_text(info.title, PDF_STRING_LIMIT),
        author=fit_text(brand.name, PDF_STRING_LIMIT),
        subject=fit_text(info.subject, PDF_STRING_LIMIT),
        keywords=[fit_text(keyword, PDF_STRING_LIMIT) for keyword in info.keywords],
        creator=f"briefings {info.tool_version}",
        producer=f"briefings {info.tool_version} (ReportLab)",
        lang=info.language or brand.language,
        invariant=1,
        initialFontName=sheet.body.regular,
        initialFontSize=brand.base_size,
        initialLeading=brand.base_size * brand.line_height,
        displayDocTitle=1,
        leftMargin=furniture.left,
        rightMargin=furniture.width - furniture.right,
        topMargin=furniture.height - furniture.first_top,
        bottomMargin=furniture.bottom,
    )
    template.addPageTemplates(build_page_templates(furniture))
    # Binary streams (no ASCII85) make the file smaller and the build faster.
    with _rl_settings(useA85=0, invariant=1):
        template.build(flowables, canvasmaker=make_canvas_class(furniture))
    return buffer.getvalue()


@contextmanager
def _rl_settings(**values: Any) -> Iterator[None]:
    """ReportLab's global settings changed for one build and restored after, one build at a time."""
    from reportlab import rl_config

    with _SETTINGS_LOCK:
        saved = {name: getattr(rl_config, name) for name in values}
        try:
            for name, value in values.items():
                setattr(rl_config, name, value)
            yield
        finally:
            for name, value in saved.items():
                setattr(rl_config, name, value)


# --------------------------------------------------------------------------- blocks


class RLTable(ReportLabTable):  # type: ignore[misc]
    """A table whose pieces keep its alignment when a row is split across pages."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        for part in parts:
            part.hAlign = self.hAlign
        return parts


class _BriefTemplate(BaseDocTemplate):  # type: ignore[misc]
    """Adds outline entries for headings as they are placed."""

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline_entry", None)
        if outline is not None:
            title, key, level = outline
            level = min(level, getattr(self, "_outline_level", -1) + 1)
            self._outline_level = level
            self.canv.addOutlineEntry(title, key, level=level)


class _Renderer:
    """Maps each block to flowables with the sheet's styles."""

    def __init__(self, sheet: Sheet, notes: frozenset[int]) -> None:
        self.sheet = sheet
        self.markup = Markup(sheet, notes)
        self.body = sheet.body.family
        self.heading = sheet.heading.family
        self.anchors: set[str] = set()

    def render_blocks(self, blocks: Iterable[Block]) -> list[Flowable]:
        """Flowables for all blocks, in order, each heading kept with the start of what follows."""
        flowables: list[Flowable] = []
        heading_at: int | None = None
        for block in blocks:
            rendered = self.render_block(block)
            if heading_at is not None and rendered:
                flowables.insert(
                    heading_at, self.keep_with_next(flowables[heading_at], rendered[0])
                )
            heading_at = len(flowables) if isinstance(block, Heading) else None
            flowables.extend(rendered)
        return flowables

    def keep_with_next(self, heading: Flowable, following: Flowable) -> CondPageBreak:
        """A page break taken only when the heading and a few lines after it would not fit.

        Unlike keepWithNext, this never strands a heading before a long table on an empty page.
        """
        width, tall = self.frame_width(), self.sheet.page_size[1]
        lines = self.sheet["Body Text"].leading * 3
        _, heading_height = heading.wrap(width, tall)
        following_height = lines
        if isinstance(following, RLParagraph):  # lists and tables need a canvas to measure
            following_height = following.wrap(width, tall)[1]
        style = self.sheet["Heading 1"]
        return CondPageBreak(heading_height + style.spaceAfter + min(following_height, lines))

    def render_block(self, block: Block) -> list[Flowable]:
        """Flowables for one block."""
        match block:
            case Title(inlines):
                return [self.paragraph(inlines, "Title")]
            case Subtitle(inlines):
                return [self.paragraph(inlines, "Subtitle")]
            case Heading(level, inlines, anchor):
                return [self.render_heading(level, inlines, anchor)]
            case Paragraph(inlines):
                return [self.paragraph(inlines, "Body Text")]
            case BottomLine(label, inlines):
                return [self.render_bottom_line(label, inlines)]
            case BulletList(items, ordered):
                return [self.render_list(items, ordered)]
            case Table(header, rows):
                return [self.render_table(header, rows)]
            case Facts(items):
                return [self.render_facts(items)]
            case Callouts(items):
                return [self.render_callouts(items)]
            case Notes(notes):
                return [self.render_note(note.number, note.inlines) for note in notes]
            case _:
                assert_never(block)

    def paragraph(self, inlines: Inlines, style: str) -> RLParagraph:
        """A paragraph of inline runs in a named style."""
        return RLParagraph(self.markup.inlines(inlines, self.sheet[style]), self.sheet[style])

    def render_heading(self, level: int, inlines: Inlines, anchor: str) -> RLParagraph:
        """A section heading that is a named destination and an outline entry."""
        key = self.unique_anchor(anchor or "section")
        style = "Heading 1" if level <= 1 else "Heading 2"
        text = self.markup.inlines(inlines, self.sheet[style])
        paragraph = RLParagraph(f'<a name="{key}"/>{text}', self.sheet[style])
        title = " ".join(plain_text(inlines).split()) or key
        paragraph.outline_entry = (title, key, max(level, 1) - 1)
        return paragraph

    def render_bottom_line(self, label: str, inlines: Inlines) -> RLTable:
        """The shaded bottom-line box with its bold label."""
        palette = self.sheet.palette
        style = self.sheet["Bottom Line"]
        label = self.markup.text(label.rstrip(":"), style, bold=True)
        head = f"<b>{label}:</b> " if label else ""
        body = RLParagraph(head + self.markup.inlines(inlines, style), style)
        table = RLTable([[body]], colWidths=["100%"], splitInRow=1)
        table.setStyle(
            self.table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), palette.light),
                    ("LINEBEFORE", (0, 0), (0, -1), 3, palette.secondary),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        table.spaceBefore, table.spaceAfter = 6, 4
        return table

    def render_list(self, items: tuple[Inlines, ...], ordered: bool) -> ListFlowable:
        """A bulleted list (bullets in the secondary colour) or a numbered one."""
        style = "List Number" if ordered else "List Bullet"
        size = self.sheet[style].fontSize
        entries = [ListItem(self.paragraph(item, style)) for item in items]
        options: dict[str, Any] = {
            "bulletColor": self.sheet.palette.secondary,
            "bulletFontSize": size,
            "leftIndent": size * 1.7,
            "spaceBefore": 2,
            "spaceAfter": 4,
        }
        if ordered:
            options |= {"bulletType": "1", "bulletFormat": "%s."}
            options["bulletFontName"] = self.sheet.body.bold
        else:
            options |= {"bulletType": "bullet", "start": "\u2022"}
            options["bulletFontName"] = self.sheet.body.regular
        return ListFlowable(entries, **options)

    def render_table(
        self, header: tuple[Inlines, ...], rows: tuple[tuple[Inlines, ...], ...]
    ) -> RLTable:
        """A striped table whose header row repeats on every page it spans."""
        columns = max([len(header), *(len(row) for row in rows)]) or 1
        padded = [tuple(row) + ((),) * (columns - len(row)) for row in (header, *rows)]
        cells = [
            [self.paragraph(cell, "Table Heading" if index == 0 else "Table Text") for cell in row]
            for index, row in enumerate(padded)
        ]
        widths = self.column_widths(padded)
        palette = self.sheet.palette
        table = RLTable(cells, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        table.setStyle(
            self.table_style(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), palette.primary),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [palette.white, palette.light]),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.5, palette.border),
                    ("BOX", (0, 0), (-1, -1), 0.5, palette.border),
                    ("INNERGRID", (0, 0), (-1, -1), 0.5, palette.border),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        table.spaceBefore, table.spaceAfter = 2, 6
        return table

    def column_widths(self, rows: list[tuple[Inlines, ...]]) -> list[float]:
        """Widths that fill the frame, each column at least as wide as its longest word allows."""
        available = self.frame_width()
        style = self.sheet["Table Text"]
        font, size = style.fontName, style.fontSize
        natural = [0.0] * len(rows[0])
        minimum = [0.0] * len(rows[0])
        for row in rows:
            for index, cell in enumerate(row):
                text = plain_text(cell)
                natural[index] = max(natural[index], stringWidth(text, font, size) + 12)
                longest = max(text.split(), key=len, default="")
                minimum[index] = max(minimum[index], stringWidth(longest, font, size) + 12)
        return fit_widths(natural, minimum, available)

    def frame_width(self) -> float:
        """The width of the text frame."""
        return self.sheet.frame_width

    def render_facts(self, items: tuple[tuple[str, Inlines], ...]) -> RLTable:
        """Label/value pairs as a compact two-column list."""
        label_style = self.sheet["Fact Label"]
        available = self.frame_width()
        font, size = label_style.fontName, label_style.fontSize
        label_width = max([stringWidth(label, font, size) for label, _ in items] or [0])
        label_width = min(label_width + 16, available * 0.3)
        data = [
            [
                RLParagraph(self.markup.text(label, label_style), label_style),
                self.paragraph(value, "Fact"),
            ]
            for label, value in items
        ] or [["", ""]]
        table = RLTable(
            data, colWidths=[label_width, available - label_width - 10], hAlign="LEFT", splitInRow=1
        )
        table.setStyle(
            self.table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("LEFTPADDING", (0, 0), (0, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        table.spaceAfter = 4
        return table

    def render_callouts(self, items: tuple[tuple[str, Inlines], ...]) -> RLTable:
        """Key figures as tiles: a big value in the secondary colour over what it counts."""
        palette = self.sheet.palette
        available = self.frame_width()
        per_row = max(1, min(_CALLOUTS_PER_ROW, len(items)))
        gap = 8.0
        tile = (available - gap * (_CALLOUTS_PER_ROW - 1)) / _CALLOUTS_PER_ROW
        rows: list[list[Any]] = []
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 9),
            ("RIGHTPADDING", (0, 0), (-1, -1), 9),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]
        value_style = self.sheet["Figure Value"]
        for start in range(0, len(items), per_row):
            row: list[Any] = []
            for offset, (value, label) in enumerate(items[start : start + per_row]):
                if offset:
                    row.append("")
                column = len(row)
                row.append(
                    [
                        RLParagraph(self.markup.text(value, value_style), value_style),
                        self.paragraph(label, "Figure Label"),
                    ]
                )
                line = len(rows)
                commands += [
                    ("BACKGROUND", (column, line), (column, line), palette.light),
                    ("LINEABOVE", (column, line), (column, line), 2.5, palette.secondary),
                ]
            rows.append(row)
        width = max(len(row) for row in rows) if rows else 1
        rows = [row + [""] * (width - len(row)) for row in rows] or [[""]]
        widths = [tile if index % 2 == 0 else gap for index in range(width)]
        commands.append(("LEFTPADDING", (1, 0), (1, -1), 0))
        table = RLTable(rows, colWidths=widths, hAlign="LEFT", splitInRow=1)
        table.setStyle(self.table_style(commands))
        table.spaceBefore, table.spaceAfter = 4, 6
        return table

    def render_note(self, number: int, inlines: Inlines) -> RLParagraph:
        """One numbered evidence note, the destination of its references."""
        key = f"ev{number}"
        anchor = f'<a name="{key}"/>' if key not in self.anchors else ""
        self.anchors.add(key)
        text = self.markup.inlines(inlines, self.sheet["Evidence Note"])
        return RLParagraph(anchor + text, self.sheet["Evidence Note"], bulletText=f"{number}")

    def table_style(self, commands: list[tuple[Any, ...]]) -> TableStyle:
        """A table style whose default cell font is the brand's (never Base-14 Helvetica)."""
        size = self.sheet["Table Text"].fontSize
        return TableStyle([("FONT", (0, 0), (-1, -1), self.sheet.body.regular, size), *commands])

    def unique_anchor(self, anchor: str) -> str:
        """A destination name not used before in this document."""
        base = _ANCHOR.sub("-", anchor).strip("-") or "section"
        key, count = base, 1
        while key in self.anchors or re.fullmatch(r"ev\d+", key):
            count += 1
            key = f"{base}-{count}"
        self.anchors.add(key)
        return key


def fit_widths(natural: list[float], minimum: list[float], available: float) -> list[float]:
    """Column widths summing to `available`: grown in proportion, or shrunk toward each minimum."""
    count = len(natural)
    minimum = [min(low, available / count) for low in minimum]
    natural = [max(width, low, 1.0) for width, low in zip(natural, minimum, strict=True)]
    total = sum(natural)
    if total <= available:
        return [width * available / total for width in natural]
    spare = available - sum(minimum)
    wants = [width - low for width, low in zip(natural, minimum, strict=True)]
    return [low + spare * want / sum(wants) for low, want in zip(minimum, wants, strict=True)]
