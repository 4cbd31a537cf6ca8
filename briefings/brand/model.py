"""Brand: the resolved look of a brief (logo, colours, fonts, markings), for every writer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    pass

BRAND_FILE_NAMES = ("brand.yml", "_brand.yml")
PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": (595.28, 841.89), "Letter": (612.0, 792.0)}
SEMANTIC_COLORS = (
    "primary",
    "secondary",
    "tertiary",
    "foreground",
    "background",
    "light",
    "dark",
    "muted",
    "border",
    "success",
    "info",
    "warning",
    "danger",
)
DEFAULT_COLORS = {
    "primary": "#0B2545",
    "secondary": "#13806B",
    "tertiary": "#1E7B3C",
    "foreground": "#1F2933",
    "background": "#FFFFFF",
    "light": "#EEF1F5",
    "dark": "#1F2933",
    "muted": "#52606D",
    "border": "#C9D2DC",
    "success": "#1E7B3C",
    "info": "#13806B",
    "warning": "#B7791F",
    "danger": "#B42318",
}
BUILTIN_FAMILY = "DejaVu Sans"

# --------------------------------------------------------------------------- resolved


@dataclass(frozen=True)
class FontFace:
    """One font family as four files; missing styles fall back to the regular file."""

    family: str
    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path


@dataclass(frozen=True)
class Brand:
    """A resolved brand: colours as hex, fonts as files, lengths in points."""

    name: str
    short_name: str
    link: str | None
    logo: Path | None
    colors: dict[str, str]  # every theme colour name and every palette name -> "#RRGGBB"
    body_font: FontFace
    heading_font: FontFace
    fallback_fonts: tuple[FontFace, ...]  # `typography.fallback` families declared as files
    base_size: float
    line_height: float
    heading_color: str
    label: str
    classification: str
    classification_background: str
    classification_color: str
    distribution: str
    footer: str
    reference: str
    language: str
    page_size: Literal["A4", "Letter"]
    margins: tuple[float, float, float, float]  # top, right, bottom, left in points
    path: Path
    origin: str
    # Added with issue #5:
    fallback_families: tuple[str, ...]  # `typography.fallback` names to find among system fonts
    mono_font: FontFace  # `typography.monospace`; the body font when not given
    link_color: str  # `typography.link.color`; primary when not given
    logo_alt: str  # the logo's alternative text; "<name> logo" when not given

    def color(self, name: str) -> str:
        """The hex value of a theme or palette colour name."""
        return self.colors[name]


def format_reference(brand: Brand, date: datetime, n: int) -> str:
    """The reference number of the `n`th brief of `date`, from the brand's pattern."""
    return brand.reference.format(short=brand.short_name, date=date, n=n)
