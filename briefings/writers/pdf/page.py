"""Page furniture of a PDF brief: banners, header band, running header, footer, page X of Y."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, PageTemplate
from reportlab.platypus import Paragraph as RLParagraph

from briefings.blocks import DocumentInfo
from briefings.brand import Brand
from briefings.writers.pdf.fonts import FontFamily, register_family
from briefings.writers.pdf.styles import (
    BAND_HEIGHT,
    BANNER_HEIGHT,
    RUNNING_HEADER_HEIGHT,
    Sheet,
)

LOGO_SIZE = 34.0
FOOTER_SIZE = 7.5


@dataclass
class Furniture:
    """What every page draws around the text frame, and the frames themselves."""

    brand: Brand
    info: DocumentInfo
    sheet: Sheet
    width: float
    height: float
    distribution: str  # Paragraph markup
    first_top: float = 0.0
    later_top: float = 0.0
    bottom: float = 0.0
    distribution_height: float = 0.0

    @property
    def left(self) -> float:
        """Left edge of the text frame."""
        return self.brand.margins[3]

    @property
    def right(self) -> float:
        """Right edge of the text frame."""
        return self.width - self.brand.margins[1]


def build_furniture(
    brand: Brand, info: DocumentInfo, sheet: Sheet, size: tuple[float, float], distribution: str
) -> Furniture:
    """Measure the furniture so the text frames clear the banners, header band and footer."""
    width, height = size
    top, _, bottom, _ = brand.margins
    furniture = Furniture(brand, info, sheet, width, height, distribution)
    if distribution:
        paragraph = RLParagraph(distribution, sheet["Distribution"])
        _, furniture.distribution_height = paragraph.wrap(_footer_text_width(furniture), height)
    footer_needed = BANNER_HEIGHT + 6 + furniture.distribution_height + 24
    furniture.bottom = max(bottom, footer_needed)
    furniture.first_top = min(height - top, height - BANNER_HEIGHT - BAND_HEIGHT - 20)
    furniture.later_top = min(height - top, height - BANNER_HEIGHT - RUNNING_HEADER_HEIGHT - 10)
    return furniture


def build_page_templates(furniture: Furniture) -> list[PageTemplate]:
    """The first-page and later-page templates, each one frame inside the furniture."""
    f = furniture

    def frame(name: str, top: float) -> Frame:
        return Frame(
            f.left,
            f.bottom,
            f.right - f.left,
            top - f.bottom,
            id=name,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    def on_first(canvas: Canvas, _doc: Any) -> None:
        draw_first_page(canvas, f)

    def on_later(canvas: Canvas, _doc: Any) -> None:
        draw_later_page(canvas, f)

    return [
        PageTemplate(
            "first", [frame("first", f.first_top)], onPage=on_first, autoNextPageTemplate="later"
        ),
        PageTemplate("later", [frame("later", f.later_top)], onPage=on_later),
    ]


def make_canvas_class(furniture: Furniture) -> type[Canvas]:
    """A canvas that fills in 'Page X of Y' at save time and dates the file from the document."""
    stamp = _pdf_date(furniture.info.created)

    class BriefCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_: stamp)

        def save(self) -> None:
            total = self.getPageNumber() - (0 if self._code else 1)
            for page in range(1, total + 1):
                self.beginForm(f"pageof{page}")
                _draw_page_number(self, furniture, page, total)
                self.endForm()
            super().save()

    return BriefCanvas


# --------------------------------------------------------------------------- drawing


def draw_first_page(canvas: Canvas, furniture: Furniture) -> None:
    """Banners, the header band with logo, name, label, date and reference, and the footer."""
    f = furniture
    palette = f.sheet.palette
    canvas.saveState()
    draw_banners(canvas, f)
    band_bottom = f.height - BANNER_HEIGHT - BAND_HEIGHT
    canvas.setFillColor(palette.primary)
    canvas.rect(0, band_bottom, f.width, BAND_HEIGHT, stroke=0, fill=1)
    middle = band_bottom + BAND_HEIGHT / 2
    text_x = f.left
    if f.brand.logo is not None:
        canvas.setFillColor(palette.white)
        canvas.circle(f.left + LOGO_SIZE / 2, middle, LOGO_SIZE / 2 + 2, stroke=0, fill=1)
        canvas.drawImage(
            _logo_image(f.brand.logo),
            f.left,
            middle - LOGO_SIZE / 2,
            LOGO_SIZE,
            LOGO_SIZE,
            mask="auto",
        )
        text_x = f.left + LOGO_SIZE + 12
    heading = f.sheet.heading.family
    body = f.sheet.body.family
    canvas.setFillColor(palette.white)
    draw_runs(canvas, f, f.brand.name, text_x, middle + 1.5, 13.5, heading, bold=True)
    canvas.setFillColor(palette.light)
    draw_runs(canvas, f, f.brand.label.upper(), text_x, middle - 11, 7.2, body, char_space=0.8)
    canvas.setFillColor(palette.white)
    date = _format_date(f.info.created)
    draw_runs(canvas, f, date, f.right, middle + 2, 9, body, bold=True, align="right")
    canvas.setFillColor(palette.light)
    draw_runs(canvas, f, f.info.reference, f.right, middle - 10, 7.5, body, align="right")
    draw_footer(canvas, f)
    canvas.restoreState()


def draw_later_page(canvas: Canvas, furniture: Furniture) -> None:
    """Banners, a slim running header (organisation · short title · reference) and the footer."""
    f = furniture
    palette = f.sheet.palette
    canvas.saveState()
    draw_banners(canvas, f)
    baseline = f.height - BANNER_HEIGHT - RUNNING_HEADER_HEIGHT + 8
    body = f.sheet.body.family
    reference = f.info.reference
    ref_width = _runs_width(f, reference, 7.5, body) + 12
    name = f.brand.short_name or f.brand.name
    canvas.setFillColor(palette.primary)
    draw_runs(canvas, f, name, f.left, baseline, 7.5, body, bold=True)
    name_width = _runs_width(f, name, 7.5, body, bold=True)
    room = f.right - f.left - name_width - ref_width
    title = _truncate(f, " · " + f.info.title, 7.5, body, room)
    canvas.setFillColor(palette.muted)
    draw_runs(canvas, f, title, f.left + name_width, baseline, 7.5, body)
    draw_runs(canvas, f, reference, f.right, baseline, 7.5, body, align="right")
    canvas.setStrokeColor(palette.border)
    canvas.setLineWidth(0.6)
    canvas.line(f.left, baseline - 6, f.right, baseline - 6)
    draw_footer(canvas, f)
    canvas.restoreState()


def draw_banners(canvas: Canvas, furniture: Furniture) -> None:
    """The classification banner, full width, at the top and bottom of the page."""
    f = furniture
    palette = f.sheet.palette
    body = f.sheet.body.family
    for y in (f.height - BANNER_HEIGHT, 0.0):
        canvas.setFillColor(palette.banner)
        canvas.rect(0, y, f.width, BANNER_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(palette.banner_text)
        text = f.brand.classification.upper()
        draw_runs(
            canvas,
            f,
            text,
            f.width / 2,
            y + 5.2,
            7.5,
            body,
            bold=True,
            align="center",
            char_space=0.6,
        )


def draw_footer(canvas: Canvas, furniture: Furniture) -> None:
    """Rule, footer text, distribution statement and the page-number form."""
    f = furniture
    palette = f.sheet.palette
    body = f.sheet.body.family
    distribution_y = BANNER_HEIGHT + 6
    baseline = distribution_y + f.distribution_height + 4
    canvas.setStrokeColor(palette.secondary)
    canvas.setLineWidth(0.7)
    canvas.line(f.left, baseline + FOOTER_SIZE + 3, f.right, baseline + FOOTER_SIZE + 3)
    canvas.setFillColor(palette.foreground)
    room = f.right - f.left - 80
    draw_runs(
        canvas,
        f,
        _truncate(f, f.brand.footer, FOOTER_SIZE, body, room),
        f.left,
        baseline,
        FOOTER_SIZE,
        body,
    )
    if f.distribution:
        paragraph = RLParagraph(f.distribution, f.sheet["Distribution"])
        paragraph.wrap(_footer_text_width(f), f.height)
        paragraph.drawOn(canvas, f.left, distribution_y)
    canvas.doForm(f"pageof{canvas.getPageNumber()}")


def _draw_page_number(canvas: Canvas, furniture: Furniture, page: int, total: int) -> None:
    f = furniture
    baseline = BANNER_HEIGHT + 6 + f.distribution_height + 4
    canvas.setFillColor(f.sheet.palette.foreground)
    draw_runs(
        canvas,
        f,
        f"Page {page} of {total}",
        f.right,
        baseline,
        FOOTER_SIZE,
        f.sheet.body.family,
        align="right",
    )


def draw_runs(
    canvas: Canvas,
    furniture: Furniture,
    text: str,
    x: float,
    y: float,
    size: float,
    primary: FontFamily,
    *,
    bold: bool = False,
    align: str = "left",
    char_space: float = 0.0,
) -> None:
    """Draw one line of text in fallback-font runs, aligned left, right or centre on x."""
    runs = _font_runs(furniture, text, primary, bold)
    widths = [stringWidth(run, name, size) + char_space * len(run) for name, run in runs]
    total = sum(widths)
    if align == "right":
        x -= total
    elif align == "center":
        x -= total / 2
    for (name, run), width in zip(runs, widths, strict=True):
        canvas.setFont(name, size)
        canvas.drawString(x, y, run, charSpace=char_space)
        x += width


def _font_runs(
    furniture: Furniture, text: str, primary: FontFamily, bold: bool
) -> list[tuple[str, str]]:
    runs = []
    for family, run in furniture.sheet.chain.split_runs(text, primary):
        registered = register_family(family)
        runs.append((registered.bold if bold else registered.regular, run))
    return runs


def _runs_width(
    furniture: Furniture, text: str, size: float, primary: FontFamily, bold: bool = False
) -> float:
    runs = _font_runs(furniture, text, primary, bold)
    return float(sum(stringWidth(run, name, size) for name, run in runs))


def _truncate(
    furniture: Furniture, text: str, size: float, primary: FontFamily, room: float
) -> str:
    if _runs_width(furniture, text, size, primary) <= room:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if _runs_width(furniture, text[:middle].rstrip() + "…", size, primary) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…" if low else ""


def _footer_text_width(furniture: Furniture) -> float:
    return furniture.right - furniture.left


def _format_date(created: datetime) -> str:
    return f"{created.day} {created:%B %Y}"


def _pdf_date(created: datetime) -> str:
    if created.tzinfo is not None:
        created = created.astimezone(UTC)
    return f"D:{created:%Y%m%d%H%M%S}+00'00'"


@lru_cache(maxsize=8)
def _logo_image(path: Path) -> ImageReader:
    """The logo scaled for print once per process, so each render embeds a small image."""
    from PIL import Image

    with Image.open(path) as image:
        image.load()
        scaled = image.convert("RGBA")
        scaled.thumbnail((128, 128), Image.Resampling.LANCZOS)
    buffer = BytesIO()
    scaled.save(buffer, format="PNG")
    buffer.seek(0)
    return ImageReader(buffer)
