"""brand.yml as written: the schema (Posit's names plus our `briefing:`) and value parsers."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

Key = tuple[str | int, ...]

HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|pt)?\s*$")
_POINTS_PER = {"mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72.0, "pt": 1.0, None: 1.0}
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
# CSS names for font weights, as Posit's brand.yml accepts them.
_WEIGHTS = {
    "thin": 100,
    "extra-light": 200,
    "ultra-light": 200,
    "light": 300,
    "normal": 400,
    "regular": 400,
    "auto": 400,
    "medium": 500,
    "semi-bold": 600,
    "demi-bold": 600,
    "bold": 700,
    "extra-bold": 800,
    "ultra-bold": 800,
    "black": 900,
}


# --------------------------------------------------------------------------- value parsers


def parse_length(value: Any) -> float:
    """A length as points: a number of points, or a string like `20mm`, `2cm`, `0.75in`, `54pt`."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError(f"{value!r} is not a length like 20mm, 2cm, 0.75in or 54pt")
    if isinstance(value, int | float):
        return float(value)
    match = _LENGTH.match(value)
    if not match:
        raise ValueError(f"{value!r} is not a length like 20mm, 2cm, 0.75in or 54pt")
    return float(match.group(1)) * _POINTS_PER[match.group(2)]


def _parse_weight(value: Any) -> int:
    if isinstance(value, str) and value.strip().lower() in _WEIGHTS:
        return _WEIGHTS[value.strip().lower()]
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 1000:
        return value
    names = ", ".join(name for name in _WEIGHTS if name in ("normal", "bold", "light", "medium"))
    raise ValueError(f"{value!r} is not a font weight: use 100 to 900, or a name ({names}…)")


def _require_color_text(value: Any) -> Any:
    if value is None:
        raise ValueError(
            'no colour given; quote hex colours, as in "#0B2545" '
            "(an unquoted # starts a YAML comment)"
        )
    return value


def _family_shorthand(value: Any) -> Any:
    # Posit's shorthand `base: Open Sans` for `base: {family: Open Sans}`.
    return {"family": value} if isinstance(value, str) else value


def _path_shorthand(value: Any) -> Any:
    return {"path": value} if isinstance(value, str) else value


def _page_size(value: Any) -> Any:
    if isinstance(value, str):
        return {"a4": "A4", "letter": "Letter"}.get(value.strip().lower(), value)
    return value


def _check_reference(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    example = "{short}-{date:%Y%m%d}-{n:03}"
    try:
        sample = value.format(short="GABU", date=datetime(2026, 1, 31, 9, 30), n=7)
    except KeyError as error:
        raise ValueError(
            f"{value!r} uses {{{error.args[0]}}}; only {{short}}, {{date}} and {{n}} exist "
            f"(e.g. {example})"
        ) from None
    except (ValueError, IndexError, AttributeError, TypeError) as error:
        raise ValueError(f"{value!r} does not format ({error}); e.g. {example}") from None
    if not sample.strip():
        raise ValueError(f"{value!r} gives an empty reference; e.g. {example}")
    return value


def _check_language(value: Any) -> Any:
    if isinstance(value, str) and not _LANGUAGE.match(value):
        raise ValueError(f"{value!r} is not a language tag like en, en-GB or fr")
    return value


ColorText = Annotated[str | None, BeforeValidator(_require_color_text)]
Points = Annotated[float, BeforeValidator(parse_length), Field(gt=0)]
Margin = Annotated[float, BeforeValidator(parse_length), Field(ge=0)]
Weight = Annotated[int, BeforeValidator(_parse_weight)]


# --------------------------------------------------------------------------- the schema


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MetaSpec(_Spec):
    """Who the brief is from: `name` (or Posit's `{full, short}`), `short_name`, `link`."""

    name: str
    short_name: str | None = None
    link: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _posit_forms(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        data = dict(data)
        name = data.get("name")
        if isinstance(name, dict) and set(name) <= {"full", "short"}:
            data["name"] = name.get("full") or name.get("short")
            if name.get("short") and not data.get("short_name"):
                data["short_name"] = name["short"]
        link = data.get("link")
        if isinstance(link, dict) and isinstance(link.get("home"), str):
            data["link"] = link["home"]
        return data


class LogoImageSpec(_Spec):
    """One image: a path relative to brand.yml and its alternative text."""

    path: str
    alt: str | None = None


LogoImage = Annotated[LogoImageSpec | None, BeforeValidator(_path_shorthand)]


class LogoSpec(_Spec):
    """Posit's logo: one `path`, or `small`/`medium`/`large`, each a path or a name in `images`."""

    path: str | None = None
    alt: str | None = None
    images: dict[str, Annotated[LogoImageSpec, BeforeValidator(_path_shorthand)]] = Field(
        default_factory=dict
    )
    small: LogoImage = None
    medium: LogoImage = None
    large: LogoImage = None


class FontFileSpec(_Spec):
    """One font file of a family: its path, weight and style."""

    path: str
    weight: Weight = 400
    style: Literal["normal", "italic"] = "normal"


class FontSpec(_Spec):
    """A font family: given as files (what briefings embeds) or, for fallbacks, from the system."""

    family: str
    source: Literal["file", "system", "google", "bunny"] = "file"
    files: list[Annotated[FontFileSpec, BeforeValidator(_path_shorthand)]] = Field(
        default_factory=list
    )


class BaseTextSpec(_Spec):
    """Body text: family, size in points, line height as a multiple of the size."""

    family: str | None = None
    size: Annotated[Points, Field(le=72)] | None = None
    line_height: Annotated[float, Field(gt=0.5, le=4)] | None = Field(
        default=None, alias="line-height"
    )


class HeadingsSpec(_Spec):
    """Headings: family and colour (a hex value, a palette name or a theme colour name)."""

    family: str | None = None
    color: ColorText = None


class MonospaceSpec(_Spec):
    """Monospaced text: family."""

    family: str | None = None


class LinkSpec(_Spec):
    """Hyperlinks: colour."""

    color: ColorText = None


class TypographySpec(_Spec):
    """Posit's typography, plus `fallback`: families tried for characters the base font lacks."""

    fonts: list[FontSpec] = Field(default_factory=list)
    base: Annotated[BaseTextSpec, BeforeValidator(_family_shorthand)] = Field(
        default_factory=BaseTextSpec
    )
    headings: Annotated[HeadingsSpec, BeforeValidator(_family_shorthand)] = Field(
        default_factory=HeadingsSpec
    )
    monospace: Annotated[MonospaceSpec, BeforeValidator(_family_shorthand)] = Field(
        default_factory=MonospaceSpec
    )
    link: LinkSpec = Field(default_factory=LinkSpec)
    fallback: list[str] = Field(default_factory=list)


class ColorSpec(_Spec):
    """Posit's colours: a named `palette` and theme colours that refer to it or give hex values."""

    palette: dict[str, Annotated[str, BeforeValidator(_require_color_text)]] = Field(
        default_factory=dict
    )
    primary: ColorText = None
    secondary: ColorText = None
    tertiary: ColorText = None
    foreground: ColorText = None
    background: ColorText = None
    light: ColorText = None
    dark: ColorText = None
    muted: ColorText = None
    border: ColorText = None
    success: ColorText = None
    info: ColorText = None
    warning: ColorText = None
    danger: ColorText = None


class ClassificationSpec(_Spec):
    """The marking on a banner at the top and bottom of every page."""

    text: str = "UNCLASSIFIED"
    background: ColorText = None
    color: ColorText = None


class MarginsSpec(_Spec):
    """Page margins; each a length like 20mm (a bare number is points)."""

    top: Margin = 20 * _POINTS_PER["mm"]
    right: Margin = 20 * _POINTS_PER["mm"]
    bottom: Margin = 20 * _POINTS_PER["mm"]
    left: Margin = 20 * _POINTS_PER["mm"]

    @model_validator(mode="before")
    @classmethod
    def _one_for_all(cls, data: Any) -> Any:
        if isinstance(data, str | int | float) and not isinstance(data, bool):
            return dict.fromkeys(("top", "right", "bottom", "left"), data)
        return data


class PageSpec(_Spec):
    """Page size (A4 or Letter) and margins."""

    size: Annotated[Literal["A4", "Letter"], BeforeValidator(_page_size)] = "A4"
    margins: MarginsSpec = Field(default_factory=MarginsSpec)


class BriefingSpec(_Spec):
    """Our own section: what a policy brief needs besides Posit's look."""

    label: str = "POLICY BRIEF"
    classification: ClassificationSpec = Field(default_factory=ClassificationSpec)
    distribution: str = ""
    footer: str | None = None
    reference: Annotated[str, BeforeValidator(_check_reference)] = "{short}-{date:%Y%m%d}-{n:03}"
    language: Annotated[str, BeforeValidator(_check_language)] = "en"
    page: PageSpec = Field(default_factory=PageSpec)


class BrandFile(_Spec):
    """brand.yml as written: Posit's brand.yml fields plus our `briefing:` section."""

    meta: MetaSpec
    logo: Annotated[LogoSpec | None, BeforeValidator(_path_shorthand)] = None
    color: ColorSpec = Field(default_factory=ColorSpec)
    typography: TypographySpec = Field(default_factory=TypographySpec)
    # Posit's settings for other tools (Bootstrap, Quarto…); kept so their brand files load.
    defaults: dict[str, Any] = Field(default_factory=dict)
    briefing: BriefingSpec = Field(default_factory=BriefingSpec)
