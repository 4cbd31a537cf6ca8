"""brand.yml -> Brand: find, validate and resolve a brand file, or say what is wrong with it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from briefings.brand.discover import find_brand, locate_brand
from briefings.brand.model import Brand
from briefings.errors import BadBrand

if TYPE_CHECKING:
    from briefings.brand.spec import BrandFile


def load_brand(path: Path | str | None = None, origin: str | None = None) -> Brand:
    """Load, validate and resolve a brand: a path, a built-in name, or discovery when None."""
    if path is None:
        path, found = find_brand()
        origin = origin or found
    else:
        path, builtin = locate_brand(path)
        origin = origin or builtin or "given path"
    from briefings.brand.resolve import build_brand

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
    from briefings.brand.resolve import build_brand

    file, builtin = locate_brand(path)
    return build_brand(file, builtin or "given path")[1]


def resolve_brand(spec: BrandFile, path: Path, origin: str) -> Brand:
    """Turn a validated brand file into concrete colours, font files and lengths."""
    from briefings.brand.check import Problems
    from briefings.brand.resolve import resolve_spec

    problems = Problems(path)
    brand = resolve_spec(spec, path, origin, problems)
    if problems.messages:
        raise BadBrand(problems.messages[0])
    return brand
