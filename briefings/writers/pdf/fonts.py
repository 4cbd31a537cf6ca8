"""Fonts for the PDF writer: TrueType registration, per-character fallback runs, coverage preflight.

Text is split into runs by the first font of a chain that covers each character: the brand's
body (or heading) font, then the brand's fallback fonts, then TrueType fonts found on the system.
Fonts are registered with ReportLab once per process; cmaps and the system scan are cached.
"""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import assert_never

from fontTools.ttLib import TTFont, TTLibError

from briefings.blocks import (
    Block,
    BottomLine,
    BulletList,
    Callouts,
    Document,
    Facts,
    Heading,
    Notes,
    Paragraph,
    Subtitle,
    Table,
    Title,
    plain_text,
)
from briefings.brand import Brand, FontFace

SYSTEM_FONT_FOLDERS: tuple[Path, ...] = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path("~/.fonts").expanduser(),
    Path("~/.local/share/fonts").expanduser(),
)

# System fonts tried first, in this order, when the brand's fonts lack a character: wide
# coverage, TrueType outlines (ReportLab cannot embed CFF/PostScript-flavoured fonts).
_PREFERRED_STEMS = (
    "NotoSans-Regular",
    "NanumGothic",
    "NanumBarunGothic",
    "NotoSansArabic-Regular",
    "NotoNaskhArabic-Regular",
    "NotoSansHebrew-Regular",
    "NotoSansDevanagari-Regular",
    "NotoSansThai-Regular",
    "NotoSansArmenian-Regular",
    "NotoSansGeorgian-Regular",
    "NotoSansEthiopic-Regular",
    "wqy-microhei",
    "wqy-zenhei",
    "DejaVuSans",
)
_STYLED = re.compile(
    r"(bold|italic|oblique|light|thin|black|heavy|medium|semibold|extrabold|condensed|"
    r"narrow|mono|display|ui-|math)",
    re.IGNORECASE,
)
_SUFFIXES = (".ttf", ".ttc", ".otf")
# Characters that are never drawn, so need no glyph: line breaks and layout controls.
_INVISIBLE = frozenset("\n\r\t\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\xad")


@dataclass(frozen=True)
class FontSource:
    """One font file, or one font inside a TrueType collection (.ttc)."""

    path: Path
    index: int = 0


@dataclass(frozen=True)
class FontFamily:
    """Four styles of a family, each a font source; missing styles repeat the regular one."""

    label: str
    regular: FontSource
    bold: FontSource
    italic: FontSource
    bold_italic: FontSource


@dataclass(frozen=True)
class RegisteredFamily:
    """The ReportLab names of a family registered with `registerFontFamily`."""

    family: FontFamily
    regular: str
    bold: str
    italic: str
    bold_italic: str


def styled_source(family: FontFamily, bold: bool, italic: bool) -> FontSource:
    """The family's font file for that style."""
    if bold:
        return family.bold_italic if italic else family.bold
    return family.italic if italic else family.regular


def covering_style(family: FontFamily, text: str, bold: bool, italic: bool) -> tuple[bool, bool]:
    """The style nearest to (bold, italic) whose font draws all of `text`.

    Coverage is looked up on the regular face, but an oblique face often lacks whole scripts
    (DejaVu Sans Oblique has no Arabic): such text is then drawn upright rather than as boxes.
    """
    codes = {ord(char) for char in text if needs_glyph(char)}
    for style in ((bold, italic), (bold, False), (False, italic), (False, False)):
        if codes <= read_coverage(styled_source(family, *style)):
            return style
    return bold, italic


def system_font_folders() -> tuple[Path, ...]:
    """The folders searched for fallback fonts (read at call time, so tests can replace them)."""
    return SYSTEM_FONT_FOLDERS


def family_from_face(face: FontFace) -> FontFamily:
    """The font family of a brand font face."""
    return FontFamily(
        label=face.family,
        regular=FontSource(face.regular),
        bold=FontSource(face.bold),
        italic=FontSource(face.italic),
        bold_italic=FontSource(face.bold_italic),
    )


def family_from_source(source: FontSource) -> FontFamily:
    """A family for a system font file, with a bold sibling when one sits beside it."""
    bold = _find_bold_sibling(source)
    return FontFamily(source.path.stem, source, bold, source, bold)


# --------------------------------------------------------------------------- coverage


@lru_cache(maxsize=512)
def read_coverage(source: FontSource) -> frozenset[int]:
    """The code points a font's cmap maps to a glyph (empty if the file cannot be read)."""
    try:
        with TTFont(source.path, fontNumber=source.index, lazy=True) as font:
            cmap = font.getBestCmap() or {}
            return frozenset(cmap)
    except (OSError, TTLibError, AssertionError, KeyError, ValueError, IndexError):
        return frozenset()


@lru_cache(maxsize=512)
def is_embeddable(source: FontSource) -> bool:
    """Whether ReportLab can embed the font: TrueType (glyf) outlines, not CFF."""
    try:
        with TTFont(source.path, fontNumber=source.index, lazy=True) as font:
            return "glyf" in font and "loca" in font
    except (OSError, TTLibError, AssertionError, KeyError, ValueError, IndexError):
        return False


def needs_glyph(char: str) -> bool:
    """Whether a character is drawn (so some font must cover it)."""
    if char in _INVISIBLE or char.isspace():
        return False
    return unicodedata.category(char) not in ("Cc", "Cf")


@lru_cache(maxsize=8)
def find_system_fonts(folders: tuple[Path, ...] = SYSTEM_FONT_FOLDERS) -> tuple[FontSource, ...]:
    """Font files under `folders`, preferred fallbacks first, then regular styles, then the rest."""
    files: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            files.extend(
                path
                for path in folder.rglob("*")
                if path.suffix.lower() in _SUFFIXES and path.is_file()
            )
    rank = {stem.lower(): position for position, stem in enumerate(_PREFERRED_STEMS)}

    def order(path: Path) -> tuple[int, int, str]:
        stem = path.stem.lower()
        preferred = rank.get(stem, len(rank))
        styled = 1 if _STYLED.search(stem.replace("regular", "")) else 0
        return (preferred, styled, str(path))

    sources: list[FontSource] = []
    for path in sorted(set(files), key=order):
        count = _count_subfonts(path) if path.suffix.lower() == ".ttc" else 1
        sources.extend(FontSource(path, index) for index in range(count))
    return tuple(sources)


class FontChain:
    """Families tried in order for each character: the brand's, then the system's."""

    def __init__(
        self,
        families: Sequence[FontFamily],
        system_folders: tuple[Path, ...] | None = SYSTEM_FONT_FOLDERS,
        system_names: Sequence[str] = (),
    ) -> None:
        self.families = tuple(dict.fromkeys(families))
        self.system_folders = system_folders
        self.system_names = tuple(system_names)
        self._found: dict[str, FontFamily | None] = {}
        self._system_families: dict[FontSource, FontFamily] = {}
        self._lock = threading.Lock()

    def family_for(self, char: str) -> FontFamily | None:
        """The first family covering `char`, or None when no available font does."""
        found = self._found.get(char, _MISSING)
        if found is not _MISSING:
            return found  # type: ignore[return-value]
        with self._lock:
            family = self._search(ord(char))
            self._found[char] = family
        return family

    def split_runs(self, text: str, primary: FontFamily) -> Iterator[tuple[FontFamily, str]]:
        """`text` cut into runs, each with the family to draw it in (`primary` where possible)."""
        covered = read_coverage(primary.regular)
        if covered.issuperset(map(ord, text)):
            if text:
                yield primary, text
            return
        current = primary
        start = 0
        for position, char in enumerate(text):
            if ord(char) in covered or not needs_glyph(char):
                family = current if char.isspace() or not needs_glyph(char) else primary
            else:
                family = self.family_for(char) or primary
            if family != current:
                if position > start:
                    yield current, text[start:position]
                current, start = family, position
        if len(text) > start:
            yield current, text[start:]

    def find_uncovered(self, text: str) -> set[str]:
        """The drawn characters of `text` that no font of the chain covers."""
        return {char for char in set(text) if needs_glyph(char) and self.family_for(char) is None}

    def _search(self, code: int) -> FontFamily | None:
        for family in self.families:
            if code in read_coverage(family.regular):
                return family
        if self.system_folders is None:
            return None
        named = (
            source
            for name in self.system_names
            for source in find_named_fonts(name, self.system_folders)
        )
        for source in (*named, *find_system_fonts(self.system_folders)):
            if code in read_coverage(source) and is_embeddable(source):
                if source not in self._system_families:
                    self._system_families[source] = family_from_source(source)
                return self._system_families[source]
        return None


_MISSING = object()


@lru_cache(maxsize=32)
def chain_for(
    families: tuple[FontFamily, ...],
    system_names: tuple[str, ...] = (),
    system_folders: tuple[Path, ...] | None = SYSTEM_FONT_FOLDERS,
) -> FontChain:
    """The (cached) chain for these families, so lookups are shared between renders."""
    return FontChain(families, system_folders, system_names)


def find_uncovered(
    text: str,
    faces: Iterable[FontFace],
    system_names: Sequence[str] = (),
    system_folders: tuple[Path, ...] | None = SYSTEM_FONT_FOLDERS,
) -> set[str]:
    """Characters of `text` that neither `faces`, the named system fonts nor any other covers."""
    families = tuple(family_from_face(face) for face in faces)
    return chain_for(families, tuple(system_names), system_folders).find_uncovered(text)


@lru_cache(maxsize=64)
def find_named_fonts(
    family: str, folders: tuple[Path, ...] = SYSTEM_FONT_FOLDERS
) -> tuple[FontSource, ...]:
    """Regular-style system fonts of a family name (e.g. "NanumGothic", "Noto Sans Arabic")."""
    wanted = _normalise(family)
    found: list[FontSource] = []
    for source in find_system_fonts(folders):
        stem = _normalise(re.sub(r"-?regular$", "", source.path.stem, flags=re.IGNORECASE))
        if (stem == wanted and source.path.suffix.lower() != ".ttc") or (
            source.path.suffix.lower() == ".ttc"
            and wanted.startswith(stem)
            and _normalise(_family_name(source)) == wanted
        ):
            found.append(source)
    return tuple(found)


def _normalise(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _family_name(source: FontSource) -> str:
    try:
        with TTFont(source.path, fontNumber=source.index, lazy=True) as font:
            name = font["name"]
            entry = name.getDebugName(16) or name.getDebugName(1)
            return entry or ""
    except (OSError, TTLibError, AssertionError, KeyError, ValueError, IndexError):
        return ""


def brand_families(brand: Brand) -> tuple[FontFamily, ...]:
    """The brand's font families in fallback order: body, headings, then declared fallbacks."""
    faces = (brand.body_font, brand.heading_font, *brand.fallback_fonts)
    return tuple(dict.fromkeys(family_from_face(face) for face in faces))


def uncovered_characters(document: Document, brand: Brand) -> list[str]:
    """Characters of a document no brand or system font covers (fix: typography.fallback)."""
    chain = chain_for(brand_families(brand), brand.fallback_families, system_font_folders())
    return sorted(chain.find_uncovered(_document_text(document, brand)))


def _document_text(document: Document, brand: Brand) -> str:
    parts = [
        brand.name,
        brand.label,
        brand.classification,
        brand.footer,
        brand.distribution,
        document.info.title,
        document.info.reference,
    ]
    for block in document.blocks:
        parts.extend(_block_text(block))
    return "\n".join(parts)


def _block_text(block: Block) -> list[str]:
    match block:
        case Title(inlines) | Subtitle(inlines) | Paragraph(inlines) | Heading(_, inlines, _):
            return [plain_text(inlines)]
        case BottomLine(label, inlines):
            return [label, plain_text(inlines)]
        case BulletList(items, _):
            return [plain_text(item) for item in items]
        case Table(header, rows):
            return [plain_text(cell) for row in (header, *rows) for cell in row]
        case Facts(items) | Callouts(items):
            return [text for label, value in items for text in (label, plain_text(value))]
        case Notes(notes):
            return [plain_text(note.inlines) for note in notes]
        case _:
            assert_never(block)


# --------------------------------------------------------------------------- registration

_registered: dict[FontFamily, RegisteredFamily] = {}
_register_lock = threading.Lock()


def register_family(family: FontFamily) -> RegisteredFamily:
    """Register the family's four styles with ReportLab (once per process) as one family."""
    done = _registered.get(family)
    if done is not None:
        return done
    from reportlab.pdfbase import pdfmetrics

    with _register_lock:
        names = [
            _register_source(source)
            for source in (family.regular, family.bold, family.italic, family.bold_italic)
        ]
        pdfmetrics.registerFontFamily(
            names[0], normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3]
        )
        done = RegisteredFamily(family, *names)
        _registered[family] = done
    return done


def _register_source(source: FontSource) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont as ReportLabFont

    digest = hashlib.sha1(f"{source.path}#{source.index}".encode()).hexdigest()[:8]
    stem = re.sub(r"[^A-Za-z0-9]+", "", source.path.stem)[:40] or "font"
    name = f"{stem}-{digest}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(ReportLabFont(name, str(source.path), subfontIndex=source.index))
    return name


def _count_subfonts(path: Path) -> int:
    try:
        with path.open("rb") as handle:
            header = handle.read(12)
    except OSError:
        return 0
    if header[:4] != b"ttcf":
        return 1
    return int.from_bytes(header[8:12], "big")


def _find_bold_sibling(source: FontSource) -> FontSource:
    path = source.path
    stem = path.stem
    candidates = [
        stem.replace("-Regular", "-Bold"),
        stem.replace("Regular", "Bold"),
        f"{stem}-Bold",
        f"{stem}Bold",
    ]
    for candidate in candidates:
        sibling = path.with_name(candidate + path.suffix)
        if candidate != stem and sibling.is_file():
            return FontSource(sibling, source.index)
    return source
