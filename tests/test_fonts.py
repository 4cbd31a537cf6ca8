"""Font fallback runs, coverage preflight, system font scan (.ttc included) and registration."""

from __future__ import annotations

from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from fontTools.ttLib.ttCollection import TTCollection

from briefings.brand import default_brand_path, load_brand
from briefings.writers.pdf.fonts import (
    FontChain,
    FontSource,
    family_from_face,
    family_from_source,
    find_named_fonts,
    find_system_fonts,
    find_uncovered,
    needs_glyph,
    read_coverage,
    register_family,
)

BRAND = load_brand(default_brand_path(), "built-in default")
DEJAVU = family_from_face(BRAND.body_font)
NANUM = find_named_fonts("NanumGothic")
needs_nanum = pytest.mark.skipif(
    not NANUM, reason="no Hangul TrueType font: apt-get install fonts-nanum"
)


@pytest.mark.parametrize(
    ("char", "drawn"),
    [("a", True), ("조", True), (" ", False), ("\n", False), ("\u200b", False), ("\u200d", False)],
)
def test_needs_glyph(char: str, drawn: bool) -> None:
    assert needs_glyph(char) is drawn


def test_body_font_covers_latin_greek_cyrillic() -> None:
    text = "Mélanie Joly — Ελληνικά, Сергей Лавров «quote» №5"
    assert find_uncovered(text, [BRAND.body_font], system_folders=None) == set()


def test_uncovered_without_system_fonts_names_the_characters() -> None:
    missing = find_uncovered("Cho Tae-yul (조태열)", [BRAND.body_font], system_folders=None)
    assert missing == {"조", "태", "열"}


def test_split_runs_keeps_covered_text_in_one_run() -> None:
    chain = FontChain([DEJAVU], system_folders=None)
    assert list(chain.split_runs("Plain text, Ελληνικά.", DEJAVU)) == [
        (DEJAVU, "Plain text, Ελληνικά.")
    ]
    assert list(chain.split_runs("", DEJAVU)) == []


@needs_nanum
def test_split_runs_moves_hangul_to_a_fallback_font() -> None:
    chain = FontChain([DEJAVU], system_names=["NanumGothic"])
    runs = list(chain.split_runs("Cho Tae-yul (조태열) said", DEJAVU))
    assert [text for _, text in runs] == ["Cho Tae-yul (", "조태열", ") said"]
    assert runs[0][0] == DEJAVU and runs[2][0] == DEJAVU
    assert runs[1][0].regular.path.name == "NanumGothic.ttf"
    assert runs[1][0].bold.path.name == "NanumGothicBold.ttf"


@needs_nanum
def test_spaces_between_fallback_characters_stay_in_the_run() -> None:
    chain = FontChain([DEJAVU], system_names=["NanumGothic"])
    runs = list(chain.split_runs("조태열 외교부", DEJAVU))
    assert [text for _, text in runs] == ["조태열 외교부"]


@needs_nanum
def test_system_fonts_cover_hangul() -> None:
    assert find_uncovered("조태열", [BRAND.body_font]) == set()


def test_scan_finds_collections_and_is_cached(tmp_path: Path) -> None:
    fonts = BRAND.body_font
    collection = TTCollection()
    collection.fonts = [TTFont(fonts.regular), TTFont(fonts.bold)]
    collection.save(tmp_path / "Pair.ttc")
    (tmp_path / "notes.txt").write_text("not a font")
    found = find_system_fonts((tmp_path,))
    assert found == (FontSource(tmp_path / "Pair.ttc", 0), FontSource(tmp_path / "Pair.ttc", 1))
    assert find_system_fonts((tmp_path,)) is found
    assert ord("A") in read_coverage(found[1])
    registered = register_family(family_from_source(found[1]))
    assert register_family(family_from_source(found[1])) is registered
    from reportlab.pdfbase.pdfmetrics import getFont

    assert "Bold" in getFont(registered.regular).face.name.decode()


def test_chain_uses_the_scanned_folder(tmp_path: Path) -> None:
    (tmp_path / "DejaVuSans.ttf").write_bytes(Path(BRAND.body_font.regular).read_bytes())
    empty = FontChain([], system_folders=(tmp_path,))
    family = empty.family_for("Ж")
    assert family is not None and family.regular.path.parent == tmp_path
    assert empty.family_for("조") is None


def test_unreadable_font_has_no_coverage(tmp_path: Path) -> None:
    broken = tmp_path / "Broken.ttf"
    broken.write_bytes(b"\x00\x01\x00\x00garbage")
    assert read_coverage(FontSource(broken)) == frozenset()
