"""brand.yml -> Brand: the look of a brief (logo, colours, fonts, markings), for every writer."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from briefings.errors import BadBrand
from briefings.resources import templates_dir

SEMANTIC_COLORS = (
    "primary",
    "secondary",
    "tertiary",
    "foreground",
    "background",
    "light",
    "muted",
    "border",
)
_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|pt)?\s*$")
_POINTS_PER = {"mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72.0, "pt": 1.0, None: 1.0}

# --------------------------------------------------------------------------- the file


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class MetaSpec(_Strict):
    name: str
    short_name: str | None = None
    link: str | None = None


class LogoSpec(_Strict):
    small: str | None = None
    medium: str | None = None
    large: str | None = None


class FontFileSpec(_Strict):
    path: str
    weight: int | str = 400
    style: Literal["normal", "italic"] = "normal"


class FontSpec(_Strict):
    family: str
    source: Literal["file", "system"] = "file"
    files: list[FontFileSpec] = Field(default_factory=list)


class TextSpec(_Strict):
    family: str | None = None
    size: float | None = None
    line_height: float | None = Field(default=None, alias="line-height")
    color: str | None = None
    weight: int | str | None = None


class TypographySpec(_Strict):
    fonts: list[FontSpec] = Field(default_factory=list)
    base: TextSpec = Field(default_factory=TextSpec)
    headings: TextSpec = Field(default_factory=TextSpec)
    monospace: TextSpec = Field(default_factory=TextSpec)
    fallback: list[str] = Field(default_factory=list)


class ColorSpec(_Strict):
    model_config = ConfigDict(extra="allow")
    palette: dict[str, str] = Field(default_factory=dict)


class ClassificationSpec(_Strict):
    text: str = "UNCLASSIFIED"
    background: str = "#1E7B3C"
    color: str = "#FFFFFF"


class PageSpec(_Strict):
    size: Literal["A4", "Letter", "a4", "letter"] = "A4"
    margins: dict[Literal["top", "bottom", "left", "right"], str | float] = Field(
        default_factory=dict
    )


class BriefingSpec(_Strict):
    label: str = "POLICY BRIEF"
    classification: ClassificationSpec = Field(default_factory=ClassificationSpec)
    distribution: str = ""
    footer: str = ""
    reference: str = "{short}-{date:%Y%m%d}-{n:03}"
    language: str = "en"
    page: PageSpec = Field(default_factory=PageSpec)


class BrandFile(_Strict):
    """brand.yml as written: Posit's brand.yml fields plus our `briefing:` section."""

    meta: MetaSpec
    logo: LogoSpec | str | None = None
    color: ColorSpec = Field(default_factory=ColorSpec)
    typography: TypographySpec = Field(default_factory=TypographySpec)
    defaults: dict[str, Any] = Field(default_factory=dict)
    briefing: BriefingSpec = Field(default_factory=BriefingSpec)


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
    colors: dict[str, str]
    body_font: FontFace
    heading_font: FontFace
    fallback_fonts: tuple[FontFace, ...]
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

    def color(self, name: str) -> str:
        """The hex value of a semantic colour name."""
        return self.colors[name]


def default_brand_path() -> Path:
    """The built-in brand file."""
    return templates_dir() / "brands" / "default" / "brand.yml"


def find_brand(explicit: Path | None = None, cwd: Path | None = None) -> tuple[Path, str]:
    """Where the brand comes from: --brand, $BRIEFINGS_BRAND, ./brand.yml, user config, default."""
    if explicit is not None:
        return explicit, "--brand option"
    env = os.environ.get("BRIEFINGS_BRAND")
    if env:
        return Path(env), "BRIEFINGS_BRAND environment variable"
    folder = cwd or Path.cwd()
    for name in ("brand.yml", "_brand.yml"):
        if (folder / name).is_file():
            return folder / name, f"{name} in the current folder"
    from platformdirs import user_config_path

    user = user_config_path("briefings") / "brand.yml"
    if user.is_file():
        return user, "user config folder"
    return default_brand_path(), "built-in default"


def load_brand(path: Path | None = None, origin: str | None = None) -> Brand:
    """Load, validate and resolve a brand file (the built-in default when `path` is None)."""
    if path is None:
        path, found = find_brand()
        origin = origin or found
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BadBrand(f"{path}: brand file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise BadBrand(f"{path}: cannot read brand file ({error})") from None
    except yaml.YAMLError as error:
        raise BadBrand(f"{path}: not valid YAML ({_first_line(error)})") from None
    if not isinstance(data, dict):
        raise BadBrand(f"{path}: a brand file is a YAML mapping with at least `meta: {{name: …}}`")
    try:
        spec = BrandFile.model_validate(data)
    except ValidationError as error:
        raise BadBrand(f"{path}: {_describe(error)}") from None
    return resolve_brand(spec, path, origin or str(path))


def resolve_brand(spec: BrandFile, path: Path, origin: str) -> Brand:
    """Turn a validated brand file into concrete colours, font files and lengths."""
    folder = path.parent
    colors = _resolve_colors(spec.color, path)
    faces = {font.family: _resolve_face(font, folder, path) for font in spec.typography.fonts}
    body_family = spec.typography.base.family or next(iter(faces), "DejaVu Sans")
    body = faces.get(body_family) or _builtin_face(body_family, path, "typography.base.family")
    heading_family = spec.typography.headings.family or body_family
    heading = faces.get(heading_family) or _builtin_face(
        heading_family, path, "typography.headings.family"
    )
    fallback = tuple(faces[name] for name in spec.typography.fallback if name in faces)
    briefing = spec.briefing
    mark = briefing.classification
    if not mark.text.strip():
        raise BadBrand(f"{path}: briefing.classification.text is empty")
    logo = _resolve_logo(spec.logo, folder, path)
    heading_color = spec.typography.headings.color or "primary"
    margins = briefing.page.margins
    return Brand(
        name=spec.meta.name,
        short_name=spec.meta.short_name or spec.meta.name,
        link=spec.meta.link,
        logo=logo,
        colors=colors,
        body_font=body,
        heading_font=heading,
        fallback_fonts=fallback,
        base_size=spec.typography.base.size or 9.5,
        line_height=spec.typography.base.line_height or 1.4,
        heading_color=_color_value(heading_color, colors, path, "typography.headings.color"),
        label=briefing.label,
        classification=mark.text.strip(),
        classification_background=_color_value(
            mark.background, colors, path, "briefing.classification.background"
        ),
        classification_color=_color_value(mark.color, colors, path, "briefing.classification.color"),
        distribution=briefing.distribution,
        footer=briefing.footer or spec.meta.name,
        reference=briefing.reference,
        language=briefing.language,
        page_size="Letter" if briefing.page.size.lower() == "letter" else "A4",
        margins=tuple(  # type: ignore[arg-type]
            _length(margins.get(side, "20mm"), path, f"briefing.page.margins.{side}")
            for side in ("top", "right", "bottom", "left")
        ),
        path=path,
        origin=origin,
    )


def _resolve_colors(spec: ColorSpec, path: Path) -> dict[str, str]:
    palette = {name: value for name, value in spec.palette.items()}
    for name, value in palette.items():
        if not _HEX.match(value):
            raise BadBrand(f"{path}: color.palette.{name}: {value!r} is not a colour like #0B2545")
    extra = spec.model_extra or {}
    defaults = {
        "primary": "#0B2545",
        "secondary": "#13806B",
        "tertiary": "#1E7B3C",
        "foreground": "#1F2933",
        "background": "#FFFFFF",
        "light": "#EEF1F5",
        "muted": "#52606D",
        "border": "#C9D2DC",
    }
    for name in extra:
        if name not in SEMANTIC_COLORS:
            known = ", ".join(("palette", *SEMANTIC_COLORS))
            raise BadBrand(f"{path}: color.{name}: unknown key (known: {known})")
    colors: dict[str, str] = {}
    for name in SEMANTIC_COLORS:
        value = extra.get(name, defaults[name])
        if not isinstance(value, str):
            raise BadBrand(f"{path}: color.{name}: {value!r} is not a colour")
        colors[name] = _normalise_hex(palette.get(value, value), path, f"color.{name}")
    return colors | {name: _normalise_hex(v, path, name) for name, v in palette.items()}


def _color_value(value: str, colors: dict[str, str], path: Path, key: str) -> str:
    return colors[value] if value in colors else _normalise_hex(value, path, key)


def _normalise_hex(value: str, path: Path, key: str) -> str:
    if not _HEX.match(value):
        raise BadBrand(f"{path}: {key}: {value!r} is neither a colour like #0B2545 nor a palette name")
    if len(value) == 4:
        value = "#" + "".join(c * 2 for c in value[1:])
    return value.upper()


def _resolve_face(font: FontSpec, folder: Path, path: Path) -> FontFace:
    files: dict[tuple[bool, bool], Path] = {}
    for entry in font.files:
        file = (folder / entry.path).resolve()
        key = f"typography.fonts[{font.family}].files: {entry.path}"
        if not file.is_file():
            raise BadBrand(f"{path}: {key}: font file not found")
        if file.suffix.lower() not in (".ttf", ".otf", ".ttc") or not _is_truetype(file):
            raise BadBrand(f"{path}: {key}: not a usable TrueType font")
        bold = str(entry.weight) in ("bold", "600", "700", "800", "900")
        files[(bold, entry.style == "italic")] = file
    regular = files.get((False, False))
    if regular is None:
        raise BadBrand(f"{path}: typography.fonts[{font.family}]: no regular (400, normal) file")
    return FontFace(
        family=font.family,
        regular=regular,
        bold=files.get((True, False), regular),
        italic=files.get((False, True), regular),
        bold_italic=files.get((True, True), files.get((True, False), regular)),
    )


def _builtin_face(family: str, path: Path, key: str) -> FontFace:
    default_folder = default_brand_path().parent / "fonts"
    if family == "DejaVu Sans":
        return FontFace(
            family=family,
            regular=default_folder / "DejaVuSans.ttf",
            bold=default_folder / "DejaVuSans-Bold.ttf",
            italic=default_folder / "DejaVuSans-Oblique.ttf",
            bold_italic=default_folder / "DejaVuSans-BoldOblique.ttf",
        )
    raise BadBrand(f"{path}: {key}: font family {family!r} is not declared in typography.fonts")


def _is_truetype(file: Path) -> bool:
    with file.open("rb") as handle:
        magic = handle.read(4)
    return magic in (b"\x00\x01\x00\x00", b"true", b"ttcf", b"OTTO")


def _resolve_logo(spec: LogoSpec | str | None, folder: Path, path: Path) -> Path | None:
    if spec is None:
        return None
    name = spec if isinstance(spec, str) else (spec.medium or spec.large or spec.small)
    if name is None:
        return None
    logo = (folder / name).resolve()
    if not logo.is_file():
        raise BadBrand(f"{path}: logo: {name}: file not found")
    with logo.open("rb") as handle:
        magic = handle.read(8)
    if not (magic.startswith(b"\x89PNG") or magic.startswith(b"\xff\xd8")):
        raise BadBrand(f"{path}: logo: {name}: not a PNG or JPEG image")
    return logo


def _length(value: str | float, path: Path, key: str) -> float:
    if isinstance(value, int | float):
        return float(value)
    match = _LENGTH.match(value)
    if not match:
        raise BadBrand(f"{path}: {key}: {value!r} is not a length like 20mm")
    unit = match.group(2)
    return float(match.group(1)) * _POINTS_PER[unit]


def _describe(error: ValidationError) -> str:
    first = error.errors()[0]
    key = ".".join(str(part) for part in first["loc"])
    if first["type"] == "extra_forbidden":
        return f"{key}: unknown key"
    if first["type"] == "missing":
        return f"{key}: required key is missing"
    return f"{key}: {first['msg']}"


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
