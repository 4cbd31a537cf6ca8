"""Font and image files probed: can the PDF and Word writers embed them?"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


def font_problem(file: Path) -> str | None:
    """Why the PDF writer could not embed this font file, or None when it can."""
    stat = file.stat()
    return _font_problem(str(file), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _font_problem(file: str, mtime_ns: int, size: int) -> str | None:
    with open(file, "rb") as handle:
        magic = handle.read(4)
    if magic == b"ttcf":
        return "is a font collection (.ttc); give one .ttf file of it"
    if magic in (b"wOFF", b"wOF2"):
        return "is a web font (WOFF); convert it to a .ttf file"
    if magic == b"OTTO":
        return "has PostScript (CFF) outlines; the PDF writer needs TrueType outlines (a .ttf)"
    from fontTools.ttLib import TTFont

    try:
        font = TTFont(file, lazy=True)
    except Exception as error:  # any parse failure means "not a font"
        return f"not a usable TrueType font ({_error_text(error)})"
    try:
        required = {"cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name"}
        missing = sorted(required - set(font.keys()))
        if missing:
            return f"not a usable TrueType font (no {', '.join(missing)} table)"
        if font["head"].magicNumber != 0x5F0F3CF5:
            return "not a usable TrueType font (bad head table)"
        fs_type = font["OS/2"].fsType if "OS/2" in font else 0
        if fs_type == 0x0002 or fs_type & 0x0300:
            return f"its licence forbids embedding it in a PDF (OS/2 fsType {fs_type:#06x})"
    except Exception as error:
        return f"not a usable TrueType font ({_error_text(error)})"
    finally:
        font.close()
    return None


def image_problem(file: Path) -> str | None:
    """Why this file cannot serve as a logo in PDF and Word, or None when it can."""
    with file.open("rb") as handle:
        head = handle.read(256)
    if b"<svg" in head or head.lstrip().startswith(b"<?xml"):
        return "SVG logos are not supported; export a PNG (600 px wide or more)"
    from PIL import Image

    try:
        with Image.open(file) as image:
            kind = image.format
            image.verify()
    except Exception as error:  # any decoder failure means "not an image"
        return f"not a PNG or JPEG image ({_error_text(error)})"
    if kind not in ("PNG", "JPEG"):
        return f"is a {kind} image; use PNG or JPEG"
    return None


def _error_text(error: Exception) -> str:
    return " ".join(str(error).split()) or type(error).__name__
