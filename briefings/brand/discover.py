"""Where the brand comes from: `--brand`, `$BRIEFINGS_BRAND`, ./brand.yml, user config, default.

First found wins: `--brand`, `$BRIEFINGS_BRAND`, `brand.yml` or `_brand.yml` in the current folder,
`brand.yml` in the user's config folder, the built-in default. `--brand` and `$BRIEFINGS_BRAND`
take a path (a brand file, or a folder holding one) or the name of a built-in brand
(`list_builtin_brands()`); when both could apply, an existing path wins.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefings.brand.model import BRAND_FILE_NAMES
from briefings.resources import templates_dir


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
