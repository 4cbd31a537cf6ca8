"""brand.yml -> Brand: shipped brands, colours, references, an actionable error for each mistake."""

from __future__ import annotations

import copy
import os
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from briefings.brand import (
    Brand,
    check_brand,
    default_brand_path,
    format_reference,
    list_builtin_brands,
    load_brand,
)
from briefings.errors import BadBrand

DEFAULT = default_brand_path().parent
DEFAULT_DATA: dict[str, Any] = yaml.safe_load(default_brand_path().read_text(encoding="utf-8"))


def write_brand(folder: Path, data: dict[str, Any] | str) -> Path:
    """A brand folder beside the default's logo and fonts; `data` as a mapping or raw YAML."""
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / "fonts").exists():
        (folder / "fonts").symlink_to(DEFAULT / "fonts", target_is_directory=True)
        shutil.copyfile(DEFAULT / "logo.png", folder / "logo.png")
    text = data if isinstance(data, str) else yaml.safe_dump(data, sort_keys=False)
    path = folder / "brand.yml"
    path.write_text(text, encoding="utf-8")
    return path


def changed(*edits: tuple[str, Any]) -> dict[str, Any]:
    """The default brand's data with `a.b.c` keys set (None value: key removed)."""
    data = copy.deepcopy(DEFAULT_DATA)
    for dotted, value in edits:
        *parents, last = dotted.split(".")
        node: Any = data
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node.setdefault(part, {})
        if value is None:
            del node[last]
        else:
            node[int(last) if isinstance(node, list) else last] = value
    return data


# --------------------------------------------------------------------------- shipped brands


def test_builtin_brands_are_listed() -> None:
    assert {"default", "ministry", "think-tank"} <= set(list_builtin_brands())


@pytest.mark.parametrize("name", list_builtin_brands())
def test_builtin_brand_loads_without_problems(name: str) -> None:
    assert check_brand(name) == []
    brand = load_brand(name)
    assert brand.logo is not None and brand.logo.is_file()
    for face in (brand.body_font, brand.heading_font, brand.mono_font, *brand.fallback_fonts):
        assert all(p.is_file() for p in (face.regular, face.bold, face.italic, face.bold_italic))
    assert brand.classification
    assert brand.origin == f"built-in brand {name!r}"
    # Each brand that ships fonts ships their licence too.
    fonts = brand.path.parent / "fonts"
    if fonts.is_dir():
        assert (fonts / "LICENSE-DejaVu.txt").is_file()


def test_default_brand() -> None:
    brand = load_brand(default_brand_path())
    assert (brand.name, brand.short_name) == ("Global Affairs Briefing Unit", "GABU")
    assert brand.color("primary") == "#0B2545"
    assert brand.colors["navy"] == "#0B2545"  # palette names resolve too
    assert brand.classification == "UNCLASSIFIED"
    assert brand.classification_background == brand.color("tertiary")
    assert brand.page_size == "A4"
    assert brand.margins[0] == pytest.approx(20 * 72 / 25.4)
    assert brand.margins[2] == pytest.approx(18 * 72 / 25.4)
    assert brand.body_font.family == "DejaVu Sans"
    assert brand.body_font.bold.name == "DejaVuSans-Bold.ttf"
    assert brand.body_font.bold_italic.name == "DejaVuSans-BoldOblique.ttf"
    assert [face.family for face in brand.fallback_fonts] == ["DejaVu Sans"]
    assert brand.fallback_families == (
        "Noto Sans",
        "NanumGothic",
        "Noto Sans CJK KR",
        "Noto Sans Arabic",
    )


def test_ministry_brand() -> None:
    brand = load_brand("ministry")
    assert brand.classification == "OFFICIAL-SENSITIVE"
    assert brand.classification_background == "#C8102E"
    assert brand.heading_font.family == "DejaVu Serif"
    assert brand.heading_font.regular.parent == brand.path.parent / "fonts"
    # DejaVu Sans ships with briefings, so as a fallback it comes from files, not the system.
    assert [face.family for face in brand.fallback_fonts] == ["DejaVu Sans"]
    assert "DejaVu Sans" not in brand.fallback_families


def test_think_tank_brand() -> None:
    brand = load_brand("think-tank")
    assert brand.classification == "PUBLIC"
    assert brand.page_size == "Letter"
    assert (brand.name, brand.short_name) == ("Meridian Institute for Global Policy", "MIGP")
    assert brand.margins[1] == pytest.approx(0.75 * 72)
    assert brand.logo_alt == "Meridian Institute globe"


def test_a_path_wins_over_a_builtin_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_brand(tmp_path / "ministry", changed(("meta.name", "Local Ministry")))
    monkeypatch.chdir(tmp_path)
    assert load_brand("ministry").name == "Local Ministry"
    assert load_brand(Path("ministry")).name == "Local Ministry"


def test_a_folder_means_its_brand_yml(tmp_path: Path) -> None:
    write_brand(tmp_path, changed(("meta.name", "Folder Brand")))
    assert load_brand(tmp_path).name == "Folder Brand"


# --------------------------------------------------------------------------- resolution


def test_changing_a_colour(tmp_path: Path) -> None:
    brand = load_brand(write_brand(tmp_path, changed(("color.palette.navy", "#123456"))))
    assert brand.color("primary") == "#123456"
    assert brand.heading_color == "#123456"  # headings.color: primary follows the palette


@pytest.mark.parametrize(
    ("edits", "name", "expected"),
    [
        ((("color.primary", "#abc"),), "primary", "#AABBCC"),
        ((("color.primary", "teal"),), "primary", "#13806B"),
        ((("color.secondary", "primary"),), "secondary", "#0B2545"),
        ((("color.palette.brand", "navy"), ("color.primary", "brand")), "primary", "#0B2545"),
        ((("color.primary", None),), "primary", "#0B2545"),  # the built-in default
        (
            (("color.palette.primary", "#101010"), ("color.primary", "primary")),
            "primary",
            "#101010",
        ),
    ],
)
def test_palette_and_theme_names_resolve(
    tmp_path: Path, edits: tuple[tuple[str, Any], ...], name: str, expected: str
) -> None:
    assert load_brand(write_brand(tmp_path, changed(*edits))).color(name) == expected


def test_classification_colours_take_names(tmp_path: Path) -> None:
    data = changed(
        ("briefing.classification.background", "navy"),
        ("briefing.classification.color", "light"),
    )
    brand = load_brand(write_brand(tmp_path, data))
    assert (brand.classification_background, brand.classification_color) == ("#0B2545", "#EEF1F5")


def test_posit_shorthands(tmp_path: Path) -> None:
    data = changed(
        ("meta.name", {"full": "Very Big Corporation", "short": "VBC"}),
        ("meta.short_name", None),
        ("meta.link", {"home": "https://example.org"}),
        ("logo", "logo.png"),
        ("typography.base", "DejaVu Sans"),
        ("typography.fonts.0.files", ["fonts/DejaVuSans.ttf"]),
    )
    brand = load_brand(write_brand(tmp_path, data))
    assert (brand.name, brand.short_name, brand.link) == (
        "Very Big Corporation",
        "VBC",
        "https://example.org",
    )
    assert brand.logo == (tmp_path / "logo.png").resolve()
    assert brand.body_font.bold == brand.body_font.regular  # only a regular file given
    assert brand.base_size == 9.5


def test_no_fonts_declared_means_dejavu_sans(tmp_path: Path) -> None:
    data = changed(("typography", {"fallback": ["Noto Sans"]}))
    brand = load_brand(write_brand(tmp_path, data))
    assert brand.body_font.family == "DejaVu Sans"
    assert brand.body_font.regular.is_file()
    assert brand.fallback_families == ("Noto Sans",)


@pytest.mark.parametrize(
    ("margins", "expected"),
    [
        ("1in", (72.0,) * 4),
        (36, (36.0,) * 4),
        ({"top": "2cm"}, (2 * 72 / 2.54, 20 * 72 / 25.4) + (20 * 72 / 25.4,) * 2),
    ],
)
def test_margins(tmp_path: Path, margins: Any, expected: tuple[float, ...]) -> None:
    brand = load_brand(write_brand(tmp_path, changed(("briefing.page.margins", margins))))
    assert brand.margins == pytest.approx(expected)


def test_format_reference() -> None:
    brand = load_brand("default")
    assert format_reference(brand, datetime(2026, 11, 26, 9, 0), 7) == "GABU-20261126-007"
    assert format_reference(load_brand("think-tank"), datetime(2026, 1, 2), 12) == "MIGP-2026-0012"


# --------------------------------------------------------------------------- mistakes


def _fake_font(folder: Path) -> str:
    (folder / "fonts-bad").mkdir(exist_ok=True)
    (folder / "fonts-bad" / "Renamed.ttf").write_text("this is not a font\n" * 20, encoding="utf-8")
    return "fonts-bad/Renamed.ttf"


def _text_logo(folder: Path) -> str:
    (folder / "notes.png").write_text("not an image", encoding="utf-8")
    return "notes.png"


BAD_BRANDS: list[tuple[str, Any, str, str]] = [
    # (case, data or a function of the folder giving data, key in message, words in message)
    (
        "typo in briefing",
        changed(("briefing.clasification", {"text": "X"})),
        "briefing.clasification",
        "unknown key (did you mean classification?)",
    ),
    ("typo at top", changed(("colour", {})), "colour", "unknown key (did you mean color?)"),
    (
        "unknown theme colour",
        changed(("color.primry", "navy")),
        "color.primry",
        "unknown key (did you mean primary?)",
    ),
    (
        "unknown key deep",
        changed(("typography.fonts.0.files.0.wieght", 400)),
        "typography.fonts[0].files[0].wieght",
        "did you mean weight?",
    ),
    ("bad hex", changed(("color.palette.navy", "#12345")), "color.palette.navy", "'#12345'"),
    (
        "unknown colour name",
        changed(("color.primary", "nvy")),
        "color.primary",
        "did you mean navy?",
    ),
    (
        "bad marking colour",
        changed(("briefing.classification.background", "reddish")),
        "briefing.classification.background",
        "'reddish' is neither a colour",
    ),
    (
        "circular colours",
        changed(("color.primary", "secondary"), ("color.secondary", "primary")),
        "color.primary",
        "circular colour reference",
    ),
    ("missing logo", changed(("logo", "missing.png")), "logo", "missing.png: logo file not found"),
    (
        "logo not an image",
        lambda folder: changed(("logo.medium", _text_logo(folder))),
        "logo.medium",
        "not a PNG or JPEG image",
    ),
    ("logo is a folder", changed(("logo.medium", "fonts")), "logo.medium", "is a folder"),
    (
        "missing font",
        changed(("typography.fonts.0.files.0.path", "fonts/Nope.ttf")),
        "typography.fonts[0].files[0].path",
        "fonts/Nope.ttf: font file not found",
    ),
    (
        "renamed text file as font",
        lambda folder: changed(("typography.fonts.0.files.0.path", _fake_font(folder))),
        "typography.fonts[0].files[0].path",
        "not a usable TrueType font",
    ),
    (
        "undeclared heading family",
        changed(("typography.headings.family", "Garamond")),
        "typography.headings.family",
        "'Garamond' is not declared in typography.fonts",
    ),
    (
        "google font",
        changed(("typography.fonts.0.source", "google")),
        "typography.fonts[0].source",
        "download the font files",
    ),
    (
        "bad weight",
        changed(("typography.fonts.0.files.1.weight", "heavy-ish")),
        "typography.fonts[0].files[1].weight",
        "not a font weight",
    ),
    (
        "empty marking",
        changed(("briefing.classification.text", "  ")),
        "briefing.classification.text",
        "is empty",
    ),
    (
        "reference with an unknown field",
        changed(("briefing.reference", "{short}-{num}")),
        "briefing.reference",
        "uses {num}; only {short}, {date} and {n} exist",
    ),
    (
        "reference that does not format",
        changed(("briefing.reference", "{short}-{n:%Y}")),
        "briefing.reference",
        "does not format",
    ),
    (
        "reference with a positional field",
        changed(("briefing.reference", "{}-{n}")),
        "briefing.reference",
        "does not format",
    ),
    (
        "bad margin",
        changed(("briefing.page.margins.top", "2 furlongs")),
        "briefing.page.margins.top",
        "'2 furlongs' is not a length like 20mm",
    ),
    (
        "margins too wide",
        changed(("briefing.page.margins", "100mm")),
        "briefing.page.margins",
        "leave less than 3in of text width",
    ),
    ("page size", changed(("briefing.page.size", "A5")), "briefing.page.size", "'A5'"),
    (
        "language",
        changed(("briefing.language", "English")),
        "briefing.language",
        "not a language tag",
    ),
    ("no meta", changed(("meta", None)), "meta", "required key is missing"),
    ("number as name", changed(("meta.name", 42)), "meta.name", "valid string"),
]


@pytest.mark.parametrize(
    ("data", "key", "words"),
    [pytest.param(data, key, words, id=case) for case, data, key, words in BAD_BRANDS],
)
def test_each_mistake_names_file_and_key(tmp_path: Path, data: Any, key: str, words: str) -> None:
    path = write_brand(tmp_path, data(tmp_path) if callable(data) else data)
    with pytest.raises(BadBrand) as caught:
        load_brand(path)
    message = caught.value.message
    assert "\n" not in message
    assert message.startswith(f"{path}:")
    assert f" {key}: " in message
    assert words in message
    assert caught.value.exit_code == 10
    assert any(words in problem for problem in check_brand(path))


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("meta:\n  name: X\ncolor:\n  primary: [navy\n", 5, "not valid YAML"),
        ("meta:\n  name: X\n  short_name: X: Y\n", 3, "not valid YAML"),
        ("meta:\n  name: X\ncolor:\n  primary: #0B2545\n", 4, "quote hex colours"),
        ("meta:\n  name: X\nmeta:\n  name: Y\n", 3, "appears twice (lines 1 and 3)"),
    ],
)
def test_yaml_mistakes_give_the_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = write_brand(tmp_path, text)
    with pytest.raises(BadBrand) as caught:
        load_brand(path)
    assert caught.value.message.startswith(f"{path}:{line}: ")
    assert words in caught.value.message


@pytest.mark.parametrize("text", ["", "just a string\n", "- a\n- list\n"])
def test_not_a_mapping(tmp_path: Path, text: str) -> None:
    with pytest.raises(BadBrand, match="a brand file is a YAML mapping"):
        load_brand(write_brand(tmp_path, text))


def test_missing_brand_file_lists_builtins(tmp_path: Path) -> None:
    with pytest.raises(
        BadBrand, match=r"brand file not found \(built-in brands: default, ministry"
    ):
        load_brand(tmp_path / "nope.yml")


def test_check_brand_reports_every_problem(tmp_path: Path) -> None:
    data = changed(
        ("briefing.clasification", {}),
        ("color.palette.navy", "#zz0000"),
        ("logo.medium", "missing.png"),
        ("briefing.page.margins.left", "lots"),
        ("briefing.classification.text", ""),
    )
    path = write_brand(tmp_path, data)
    problems = check_brand(path)
    keys = [
        "briefing.clasification",
        "briefing.page.margins.left",
        "color.palette.navy",
        "briefing.classification.text",
        "logo.medium",
    ]
    for key in keys:
        assert sum(f" {key}: " in problem for problem in problems) == 1, (key, problems)
    with pytest.raises(BadBrand, match=r"\(and 4 more; see `briefings brand check "):
        load_brand(path)


def test_brand_is_frozen() -> None:
    brand = load_brand("default")
    assert isinstance(brand, Brand)
    with pytest.raises(AttributeError):
        brand.name = "x"  # type: ignore[misc]


def test_the_first_problem_reported_is_the_first_in_the_file(tmp_path: Path) -> None:
    data = changed(("briefing.page.size", "A3"), ("meta.name", ["not", "a", "name"]))
    path = write_brand(tmp_path, data)
    with pytest.raises(BadBrand, match=r"brand.yml:\d+: meta.name: .*\(and 1 more"):
        load_brand(path)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"ttcf" + bytes(60), "font collection (.ttc)"),
        (b"wOF2" + bytes(60), "web font (WOFF)"),
        (b"OTTO" + bytes(60), "PostScript (CFF) outlines"),
        (b"\x00\x01\x00\x00" + bytes(8), "not a usable TrueType font"),
        (b"", "not a usable TrueType font"),
    ],
)
def test_font_problems(tmp_path: Path, content: bytes, words: str) -> None:
    from briefings.brand.assets import font_problem

    (tmp_path / "font.ttf").write_bytes(content)
    assert words in (font_problem(tmp_path / "font.ttf") or "")


def test_shipped_fonts_have_no_problems() -> None:
    from briefings.brand.assets import font_problem

    fonts = sorted(default_brand_path().parent.parent.glob("*/fonts/*.ttf"))
    assert len(fonts) >= 12
    assert [font_problem(font) for font in fonts] == [None] * len(fonts)


@pytest.mark.parametrize(
    ("name", "make", "words"),
    [
        ("logo.svg", lambda p: p.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>'), "SVG"),
        ("logo.gif", lambda p: __import__("PIL.Image").Image.new("RGB", (4, 4)).save(p), "GIF"),
        (
            "logo.png",
            lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(20)),
            "not a PNG or JPEG",
        ),
    ],
)
def test_image_problems(tmp_path: Path, name: str, make: Any, words: str) -> None:
    from briefings.brand.assets import image_problem

    make(tmp_path / name)
    assert words in (image_problem(tmp_path / name) or "")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_logo(tmp_path: Path) -> None:
    path = write_brand(tmp_path, changed(("logo.medium", "secret.png")))
    shutil.copyfile(DEFAULT / "logo.png", tmp_path / "secret.png")
    (tmp_path / "secret.png").chmod(0)
    with pytest.raises(BadBrand, match=r"logo.medium: secret.png: cannot read the logo file"):
        load_brand(path)
