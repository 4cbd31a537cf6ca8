"""brand.yml -> Brand: the look of a brief (logo, colours, fonts, markings), for every writer.

Where the brand comes from, first found wins: `--brand`, `$BRIEFINGS_BRAND`, `brand.yml` or
`_brand.yml` in the current folder, `brand.yml` in the user's config folder, the built-in default.
`--brand` and `$BRIEFINGS_BRAND` take a path (a brand file, or a folder holding one) or the name of
a built-in brand (`list_builtin_brands()`); when both could apply, an existing path wins.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from briefings.errors import BadBrand
from briefings.resources import templates_dir

if TYPE_CHECKING:
    from briefings.brand_spec import BrandFile

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


# --------------------------------------------------------------------------- discovery


def builtin_brands_dir() -> Path:
    """The folder of the built-in brands, one sub-folder each."""
    return templates_dir() / "brands"


def default_brand_path() -> Path:
    """The built-in brand file."""
    return builtin_brands_dir() / "default" / "brand.yml"


def list_builtin_brands() -> list[str]:
    """The names of the built-in brands, usable as `--brand NAME`."""
    folder = builtin_brands_dir()
    return sorted(p.name for p in folder.iterdir() if (p / "brand.yml").is_file())


def user_brand_path() -> Path:
    """`brand.yml` in the user's config folder (which need not exist)."""
    from platformdirs import user_config_path

    return user_config_path("briefings") / "brand.yml"


def locate_brand(value: Path | str) -> tuple[Path, str | None]:
    """The brand file for a path, a folder holding brand.yml, or a built-in name (a path wins)."""
    path = Path(value).expanduser()
    if path.is_dir():
        for name in BRAND_FILE_NAMES:
            if (path / name).is_file():
                return path / name, None
        return path / BRAND_FILE_NAMES[0], None
    if path.exists():
        return path, None
    name = str(value)
    if len(path.parts) == 1 and (builtin_brands_dir() / name / "brand.yml").is_file():
        return builtin_brands_dir() / name / "brand.yml", f"built-in brand {name!r}"
    return path, None


def find_brand(explicit: Path | str | None = None, cwd: Path | None = None) -> tuple[Path, str]:
    """Where the brand comes from: --brand, $BRIEFINGS_BRAND, ./brand.yml, user config, default."""
    if explicit is not None and str(explicit):
        path, builtin = locate_brand(explicit)
        return path, f"--brand option ({builtin})" if builtin else "--brand option"
    env = os.environ.get("BRIEFINGS_BRAND")
    if env:
        path, builtin = locate_brand(env)
        origin = "BRIEFINGS_BRAND environment variable"
        return path, f"{origin} ({builtin})" if builtin else origin
    folder = cwd or Path.cwd()
    for name in BRAND_FILE_NAMES:
        if (folder / name).is_file():
            return folder / name, f"{name} in the current folder"
    user = user_brand_path()
    if user.is_file():
        return user, "user config folder"
    return default_brand_path(), "built-in default"


# --------------------------------------------------------------------------- loading


def load_brand(path: Path | str | None = None, origin: str | None = None) -> Brand:
    """Load, validate and resolve a brand: a path, a built-in name, or discovery when None."""
    if path is None:
        path, found = find_brand()
        origin = origin or found
    else:
        path, builtin = locate_brand(path)
        origin = origin or builtin or "given path"
    from briefings.brand_resolve import build_brand

    brand, problems = build_brand(path, origin)
    if brand is None or problems:
        first = problems[0] if problems else f"{path}: not a usable brand file"
        more = len(problems) - 1
        if more > 0:
            first += f" (and {more} more; see `briefings brand check {path}`)"
        raise BadBrand(first)
    return brand


def check_brand(path: Path | str) -> list[str]:
    """Every problem of a brand file (a path or built-in name), one line each; [] when fine."""
    from briefings.brand_resolve import build_brand

    file, builtin = locate_brand(path)
    return build_brand(file, builtin or "given path")[1]


def resolve_brand(spec: BrandFile, path: Path, origin: str) -> Brand:
    """Turn a validated brand file into concrete colours, font files and lengths."""
    from briefings.brand_check import Problems
    from briefings.brand_resolve import resolve_spec

    problems = Problems(path)
    brand = resolve_spec(spec, path, origin, problems)
    if problems.messages:
        raise BadBrand(problems.messages[0])
    return brand
