"""BrandFile -> Brand: palette names to hex, font and logo files checked, every problem recorded."""

from __future__ import annotations

import os
from pathlib import Path

from briefings.brand.assets import font_problem, image_problem
from briefings.brand.check import Problems, read_yaml, suggest, validate_brand_file
from briefings.brand.discover import default_brand_path, list_builtin_brands
from briefings.brand.model import (
    BUILTIN_FAMILY,
    DEFAULT_COLORS,
    PAGE_SIZES,
    SEMANTIC_COLORS,
    Brand,
    FontFace,
)
from briefings.brand.spec import HEX, BrandFile, ColorSpec, FontSpec, LogoSpec, TypographySpec


def build_brand(path: Path, origin: str) -> tuple[Brand | None, list[str]]:
    """Read, validate and resolve a brand file: the Brand when usable, and every problem found."""
    names = ", ".join(list_builtin_brands())
    if not path.exists():
        return None, [f"{path}: brand file not found (built-in brands: {names})"]
    if path.is_dir():
        return None, [f"{path}: folder holds no brand.yml or _brand.yml"]
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, [f"{path}: not a text file (a brand file is YAML in UTF-8)"]
    except OSError as error:
        return None, [f"{path}: cannot read brand file ({error.strerror or error})"]
    problems = Problems(path)
    data = read_yaml(text, problems)
    if problems.messages and data is None:
        return None, problems.messages
    spec = validate_brand_file(data, problems)
    if spec is None:
        return None, problems.messages
    brand = resolve_spec(spec, path, origin, problems)
    return brand, problems.messages


def resolve_spec(spec: BrandFile, path: Path, origin: str, problems: Problems) -> Brand:
    """Resolve a validated brand file, recording problems and using stand-ins to go on."""
    folder = path.parent
    colors = _resolve_colors(spec.color, problems)

    def color_of(value: str | None, default: str, key: tuple[str, ...]) -> str:
        return _color_value(value or default, colors, key, problems)

    typography = spec.typography
    faces, (body, heading, mono) = _resolve_typefaces(typography, folder, problems)
    briefing = spec.briefing
    mark = briefing.classification
    _check_classification(mark.text, problems)
    logo, logo_alt = _resolve_logo(spec.logo, folder, problems)
    page = briefing.page
    margins = page.margins
    _check_margins(page.size, (margins.top, margins.right, margins.bottom, margins.left), problems)
    return Brand(
        name=spec.meta.name,
        short_name=spec.meta.short_name or spec.meta.name,
        link=spec.meta.link,
        logo=logo,
        colors=colors,
        body_font=body,
        heading_font=heading,
        fallback_fonts=tuple(
            faces[name] if name in faces else _builtin_face()
            for name in typography.fallback
            if name in faces or name == BUILTIN_FAMILY
        ),
        base_size=typography.base.size or 9.5,
        line_height=typography.base.line_height or 1.4,
        heading_color=color_of(
            typography.headings.color, "primary", ("typography", "headings", "color")
        ),
        label=briefing.label,
        classification=mark.text.strip(),
        classification_background=color_of(
            mark.background, "tertiary", ("briefing", "classification", "background")
        ),
        classification_color=color_of(
            mark.color, "#FFFFFF", ("briefing", "classification", "color")
        ),
        distribution=briefing.distribution.strip(),
        footer=(briefing.footer if briefing.footer is not None else spec.meta.name).strip(),
        reference=briefing.reference,
        language=briefing.language,
        page_size=page.size,
        margins=(margins.top, margins.right, margins.bottom, margins.left),
        path=path,
        origin=origin,
        fallback_families=tuple(
            name
            for name in typography.fallback
            if name.strip() and name not in faces and name != BUILTIN_FAMILY
        ),
        mono_font=mono,
        link_color=color_of(typography.link.color, "primary", ("typography", "link", "color")),
        logo_alt=logo_alt or f"{spec.meta.name} logo",
    )


def _resolve_typefaces(
    typography: TypographySpec, folder: Path, problems: Problems
) -> tuple[dict[str, FontFace], tuple[FontFace, FontFace, FontFace]]:
    """The declared faces by family, and the body, heading and monospace faces."""
    faces, system = _resolve_fonts(typography.fonts, folder, problems)
    declared = {font.family for font in typography.fonts if font.source != "system"}
    base_family = typography.base.family or next(iter(faces), BUILTIN_FAMILY)

    def face(family: str | None, role: str) -> FontFace:
        key = ("typography", role, "family")
        return _face_for(family or base_family, faces, system, declared, key, problems)

    body = face(typography.base.family, "base")
    heading = face(typography.headings.family, "headings")
    mono = face(typography.monospace.family, "monospace")
    for index, name in enumerate(typography.fallback):
        if not name.strip():
            problems.add(("typography", "fallback", index), "empty family name")
    return faces, (body, heading, mono)


def _check_classification(text: str, problems: Problems) -> None:
    """Every page carries one line of marking."""
    key = ("briefing", "classification", "text")
    if not text.strip():
        problems.add(key, "is empty; every page carries a marking, e.g. UNCLASSIFIED or OFFICIAL")
    elif "\n" in text.strip():
        problems.add(key, "must be one line")


# --------------------------------------------------------------------------- colours


def _resolve_colors(spec: ColorSpec, problems: Problems) -> dict[str, str]:
    palette = dict(spec.palette)
    theme = {name: value for name in SEMANTIC_COLORS if (value := getattr(spec, name)) is not None}
    known = sorted({*palette, *SEMANTIC_COLORS})

    failed: set[str] = set()  # reported once, where they are defined

    def lookup(value: str, key: tuple[str, ...], seen: tuple[str, ...]) -> str | None:
        if HEX.match(value):
            return _normalise_hex(value)
        # A theme colour may name a palette colour of the same name (`primary: primary`).
        node = f"palette.{value}" if value in palette else value
        if node in failed:
            return None
        if node in seen:
            problems.add(key, f"circular colour reference: {' -> '.join((*seen, node))}")
            return None
        found = None
        if value in palette:
            found = lookup(palette[value], key, (*seen, node))
        elif value in theme:
            found = lookup(theme[value], key, (*seen, node))
        elif value in DEFAULT_COLORS:
            return DEFAULT_COLORS[value]
        else:
            problems.add(key, _bad_color(value, known))
            return None
        if found is None:
            failed.add(node)
        return found

    colors: dict[str, str] = {}
    for name, value in palette.items():
        found = lookup(value, ("color", "palette", name), (f"palette.{name}",))
        if found is None:
            failed.add(f"palette.{name}")
        colors[name] = found or "#000000"
    for name in SEMANTIC_COLORS:
        if name in theme:
            found = lookup(theme[name], ("color", name), (name,))
            if found is None:
                failed.add(name)
            colors[name] = found or "#000000"
        else:
            colors[name] = DEFAULT_COLORS[name]
    return colors


def _color_value(
    value: str, colors: dict[str, str], key: tuple[str, ...], problems: Problems
) -> str:
    if value in colors:
        return colors[value]
    if HEX.match(value):
        return _normalise_hex(value)
    problems.add(key, _bad_color(value, sorted(colors)))
    return "#000000"


def _bad_color(value: str, names: list[str]) -> str:
    if value.startswith("#"):
        return f"{value!r} is not a colour like #0B2545 (# and 6 or 3 hex digits)"
    close = suggest(value, names)
    if "did you mean" not in close:
        palette = [name for name in names if name not in SEMANTIC_COLORS]
        close = f" (palette: {', '.join(palette)})" if palette else ""
    return f"{value!r} is neither a colour like #0B2545 nor a palette or theme colour name{close}"


def _normalise_hex(value: str) -> str:
    if len(value) == 4:
        value = "#" + "".join(c * 2 for c in value[1:])
    return value.upper()


# --------------------------------------------------------------------------- fonts


def _resolve_fonts(
    fonts: list[FontSpec], folder: Path, problems: Problems
) -> tuple[dict[str, FontFace], set[str]]:
    faces: dict[str, FontFace] = {}
    system: set[str] = set()
    for index, font in enumerate(fonts):
        key = ("typography", "fonts", index)
        if font.family in faces or font.family in system:
            problems.add((*key, "family"), f"{font.family!r} is declared twice")
        elif font.source in ("google", "bunny"):
            problems.add(
                (*key, "source"),
                f"{font.source} fonts are not fetched (briefings works offline): "
                "download the font files and list them under `files:` with `source: file`",
            )
        elif font.source == "system":
            if font.files:
                problems.add((*key, "files"), "a system font takes no files; use `source: file`")
            system.add(font.family)
        else:
            face = _resolve_face(font, key, folder, problems)
            if face is not None:
                faces[font.family] = face
    return faces, system


def _resolve_face(
    font: FontSpec, key: tuple[str | int, ...], folder: Path, problems: Problems
) -> FontFace | None:
    if not font.files:
        problems.add(
            key, f"{font.family!r} lists no files; add `files: [{{path: …}}]` or `source: system`"
        )
        return None
    # (bold, italic) -> (distance from the ideal weight, file)
    slots: dict[tuple[bool, bool], tuple[int, Path]] = {}
    declares_regular = any(e.weight < 600 and e.style == "normal" for e in font.files)
    for index, entry in enumerate(font.files):
        file_key = (*key, "files", index, "path")
        file = _local_file(entry.path, folder, file_key, "font", problems)
        if file is None:
            continue
        problem = font_problem(file)
        if problem:
            problems.add(file_key, f"{entry.path}: {problem}")
            continue
        bold = entry.weight >= 600
        slot = (bold, entry.style == "italic")
        distance = abs(entry.weight - (700 if bold else 400))
        if slot not in slots or distance < slots[slot][0]:
            slots[slot] = (distance, file)
    files = {slot: file for slot, (_, file) in slots.items()}
    regular = files.get((False, False))
    if regular is None:
        if not declares_regular:  # otherwise its file's problem is already reported
            problems.add(
                (*key, "files"),
                f"{font.family!r} has no regular file (weight 400, style normal)",
            )
        return None
    bold_file = files.get((True, False), regular)
    return FontFace(
        family=font.family,
        regular=regular,
        bold=bold_file,
        italic=files.get((False, True), regular),
        bold_italic=files.get((True, True), bold_file),
    )


def _face_for(
    family: str,
    faces: dict[str, FontFace],
    system: set[str],
    declared: set[str],
    key: tuple[str, ...],
    problems: Problems,
) -> FontFace:
    if family in faces:
        return faces[family]
    builtin = _builtin_face()
    if family == BUILTIN_FAMILY or family in declared:  # a declared family's problem is reported
        return builtin
    if family in system:
        problems.add(
            key,
            f"{family!r} is a system font; give it as files (`source: file`) so the brief "
            "looks the same on every computer",
        )
    else:
        problems.add(
            key,
            f"font family {family!r} is not declared in typography.fonts"
            + suggest(family, sorted(faces)).replace("expected one of", "declared"),
        )
    return builtin


def _builtin_face() -> FontFace:
    fonts = default_brand_path().parent / "fonts"
    return FontFace(
        family=BUILTIN_FAMILY,
        regular=fonts / "DejaVuSans.ttf",
        bold=fonts / "DejaVuSans-Bold.ttf",
        italic=fonts / "DejaVuSans-Oblique.ttf",
        bold_italic=fonts / "DejaVuSans-BoldOblique.ttf",
    )


# --------------------------------------------------------------------------- files


def _local_file(
    name: str, folder: Path, key: tuple[str | int, ...], what: str, problems: Problems
) -> Path | None:
    if "://" in name:
        problems.add(key, f"{name}: online {what}s are not fetched; save it next to brand.yml")
        return None
    file = (folder / Path(name).expanduser()).resolve()
    if not file.exists():
        problems.add(key, f"{name}: {what} file not found (looked for {file})")
        return None
    if not file.is_file():
        problems.add(key, f"{name}: is a folder, not a {what} file")
        return None
    if not os.access(file, os.R_OK):
        problems.add(key, f"{name}: cannot read the {what} file (permission denied)")
        return None
    return file


def _resolve_logo(
    spec: LogoSpec | None, folder: Path, problems: Problems
) -> tuple[Path | None, str | None]:
    if spec is None:
        return None, None
    chosen: tuple[Path, str | None] | None = None
    # The header band wants the medium logo; check every one given all the same.
    entries: list[tuple[tuple[str, ...], str, str | None]] = [
        (("logo", size), image.path, image.alt)
        for size in ("medium", "large", "small")
        if (image := getattr(spec, size)) is not None
    ]
    if spec.path:
        entries.append((("logo",), spec.path, spec.alt))
    checked: dict[Path, str | None] = {}
    for key, name, alt in entries:
        image = spec.images.get(name)
        if image is not None:
            name, alt = image.path, alt or image.alt
        file = _local_file(name, folder, key, "logo", problems)
        if file is None:
            continue
        first = file not in checked
        if first:
            checked[file] = image_problem(file)
        problem = checked[file]
        if problem:
            if first:
                problems.add(key, f"{name}: {problem}")
        elif chosen is None:
            chosen = (file, alt or spec.alt)
    return chosen if chosen else (None, None)


def _check_margins(
    size: str, margins: tuple[float, float, float, float], problems: Problems
) -> None:
    width, height = PAGE_SIZES[size]
    top, right, bottom, left = margins
    # Leave at least 3 inches of text width and 4 of height, or nothing sensible fits.
    if left + right > width - 216:
        problems.add(
            ("briefing", "page", "margins"),
            f"left and right margins ({left + right:.0f}pt) leave less than 3in of text width "
            f"on {size}",
        )
    if top + bottom > height - 288:
        problems.add(
            ("briefing", "page", "margins"),
            f"top and bottom margins ({top + bottom:.0f}pt) leave less than 4in of text height "
            f"on {size}",
        )
