"""Brand folders for people: write a starter brand to customise, describe the brand in effect."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from briefings.brand.discover import builtin_brands_dir, list_builtin_brands
from briefings.brand.model import SEMANTIC_COLORS, Brand, FontFace, format_reference
from briefings.errors import BadBrand, OutputExists, OutputFailed

_MM = 72 / 25.4


def init_brand(folder: Path, force: bool = False, source: str = "default") -> list[Path]:
    """Write a built-in brand (brand.yml, logo, fonts) into `folder` to customise; the paths."""
    names = list_builtin_brands()
    if source not in names:
        raise BadBrand(f"no built-in brand {source!r} to start from (built-in: {', '.join(names)})")
    origin = builtin_brands_dir() / source
    files = sorted(
        (file for file in origin.rglob("*") if file.is_file() and not _is_clutter(file)),
        key=lambda file: (file.name != "brand.yml", str(file)),
    )
    targets = [folder / file.relative_to(origin) for file in files]
    if folder.exists() and not folder.is_dir():
        raise OutputFailed(f"{folder}: exists and is not a folder")
    existing = [target for target in targets if target.exists()]
    if existing and not force:
        more = f" (and {len(existing) - 1} more)" if len(existing) > 1 else ""
        raise OutputExists(f"{existing[0]}: already exists{more}; use --force to overwrite")
    for file, target in zip(files, targets, strict=True):
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if file.name == "brand.yml":
                header = (
                    f"# Written by `briefings brand init` from the built-in brand {source!r}.\n"
                )
                target.write_text(header + file.read_text(encoding="utf-8"), encoding="utf-8")
            else:
                shutil.copyfile(file, target)
        except OSError as error:
            raise OutputFailed(f"{target}: cannot write ({error.strerror or error})") from None
    return targets


def _is_clutter(file: Path) -> bool:
    return file.name.startswith(".") or "__pycache__" in file.parts


def describe_brand(brand: Brand) -> str:
    """The brand in effect and where it came from, as lines for a person to read."""
    folder = brand.path.parent
    lines = [
        f"Brand       {brand.name} ({brand.short_name})",
        f"File        {brand.path}",
        f"Found by    {brand.origin}",
    ]
    if brand.link:
        lines.append(f"Link        {brand.link}")
    logo = _relative(brand.logo, folder) if brand.logo else "none"
    lines.append(f"Logo        {logo}" + (f" ({brand.logo_alt})" if brand.logo else ""))
    lines.append("Colours     " + _describe_colors(brand))
    lines += [
        f"Body font   {_describe_face(brand.body_font, folder)}, "
        f"{brand.base_size:g}pt, line height {brand.line_height:g}",
        f"Headings    {_describe_face(brand.heading_font, folder)}, {brand.heading_color}",
        f"Monospace   {_describe_face(brand.mono_font, folder)}",
        f"Fallback    {_describe_fallback(brand)}",
        f"Links       {brand.link_color}",
        f"Label       {brand.label or '(none)'}",
        f"Marking     {brand.classification} ({brand.classification_color} on "
        f"{brand.classification_background}), top and bottom of every page",
        f"Handling    {brand.distribution or '(none)'}",
        f"Footer      {brand.footer or '(none)'}",
        f"Reference   {brand.reference}, e.g. {format_reference(brand, datetime.now(), 1)}",
        f"Language    {brand.language}",
        f"Page        {brand.page_size}, margins {_describe_margins(brand)}",
    ]
    return "\n".join(lines)


def _relative(path: Path, folder: Path) -> str:
    try:
        return str(path.relative_to(folder))
    except ValueError:
        return str(path)


def _describe_colors(brand: Brand) -> str:
    palette = {value: name for name, value in brand.colors.items() if name not in SEMANTIC_COLORS}
    names = ("primary", "secondary", "tertiary", "foreground", "background", "light")
    parts = []
    for name in (*names, "muted", "border", "dark"):
        value = brand.colors[name]
        parts.append(f"{name} {value}" + (f" ({palette[value]})" if value in palette else ""))
    return "\n            ".join(", ".join(parts[i : i + 3]) for i in range(0, len(parts), 3))


def _describe_face(face: FontFace, folder: Path) -> str:
    styles = [
        label
        for label, file in (
            ("bold", face.bold),
            ("italic", face.italic),
            ("bold italic", face.bold_italic),
        )
        if file not in (face.regular,)
    ]
    has = f" + {', '.join(styles)}" if styles else " (regular only)"
    return f"{face.family} ({_relative(face.regular, folder)}{has})"


def _describe_fallback(brand: Brand) -> str:
    parts = [f"{face.family} (file)" for face in brand.fallback_fonts]
    parts += [f"{family} (system)" for family in brand.fallback_families]
    return ", ".join(parts) if parts else "(none)"


def _describe_margins(brand: Brand) -> str:
    unit, per = ("in", 72.0) if brand.page_size == "Letter" else ("mm", _MM)
    return ", ".join(
        f"{side} {points / per:.2f}".rstrip("0").rstrip(".") + unit
        for side, points in zip(("top", "right", "bottom", "left"), brand.margins, strict=True)
    )
