"""Starter brands written by init_brand, and describe_brand for `briefings brand show`."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from briefings.brand import check_brand, default_brand_path, load_brand
from briefings.brand.files import describe_brand, init_brand
from briefings.errors import BadBrand, OutputExists


def test_init_then_load_round_trips(tmp_path: Path) -> None:
    folder = tmp_path / "my-brand"
    written = init_brand(folder)
    assert written[0] == folder / "brand.yml"
    assert {p.relative_to(folder).as_posix() for p in written} >= {
        "brand.yml",
        "logo.png",
        "fonts/DejaVuSans.ttf",
        "fonts/LICENSE-DejaVu.txt",
    }
    assert all(p.is_file() for p in written)
    assert check_brand(folder / "brand.yml") == []
    mine, builtin = load_brand(folder / "brand.yml"), load_brand(default_brand_path())
    assert mine.body_font.regular == folder / "fonts" / "DejaVuSans.ttf"
    assert mine.logo == folder / "logo.png"

    def comparable(brand: object) -> dict[str, object]:
        keep = ("name", "colors", "classification", "reference", "margins", "page_size", "label")
        return {k: v for k, v in dataclasses.asdict(brand).items() if k in keep}  # type: ignore[call-overload]

    assert comparable(mine) == comparable(builtin)


def test_the_starter_explains_every_key(tmp_path: Path) -> None:
    text = init_brand(tmp_path)[0].read_text(encoding="utf-8")
    assert text.startswith("# Written by `briefings brand init` from the built-in brand 'default'.")
    for key in (
        "meta:",
        "logo:",
        "palette:",
        "typography:",
        "fallback:",
        "classification:",
        "distribution:",
        "reference:",
        "margins:",
    ):
        assert key in text
    assert text.count("#") > 40  # comments, not just hex colours


def test_an_edited_starter_changes_the_brand(tmp_path: Path) -> None:
    path = init_brand(tmp_path)[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('navy: "#0B2545"', 'navy: "#330066"').replace(
            "text: UNCLASSIFIED", "text: RESTRICTED"
        ),
        encoding="utf-8",
    )
    brand = load_brand(path)
    assert brand.color("primary") == "#330066"
    assert brand.classification == "RESTRICTED"


def test_init_refuses_to_overwrite(tmp_path: Path) -> None:
    init_brand(tmp_path)
    (tmp_path / "brand.yml").write_text("meta: {name: Mine}\n", encoding="utf-8")
    with pytest.raises(
        OutputExists, match=r"brand.yml: already exists \(and \d+ more\); use --force"
    ):
        init_brand(tmp_path)
    assert (tmp_path / "brand.yml").read_text(encoding="utf-8") == "meta: {name: Mine}\n"
    init_brand(tmp_path, force=True)
    assert load_brand(tmp_path / "brand.yml").name == "Global Affairs Briefing Unit"


def test_init_from_another_builtin(tmp_path: Path) -> None:
    init_brand(tmp_path, source="ministry")
    assert load_brand(tmp_path).classification == "OFFICIAL-SENSITIVE"
    assert (tmp_path / "fonts" / "DejaVuSerif.ttf").is_file()


def test_init_from_an_unknown_builtin(tmp_path: Path) -> None:
    with pytest.raises(BadBrand, match="no built-in brand 'embassy'"):
        init_brand(tmp_path, source="embassy")


def test_describe_brand_says_where_it_came_from(tmp_path: Path) -> None:
    text = describe_brand(load_brand("default"))
    assert "Global Affairs Briefing Unit (GABU)" in text
    assert f"File        {default_brand_path()}" in text
    assert "Found by    built-in brand 'default'" in text
    assert "primary #0B2545 (navy)" in text
    assert "UNCLASSIFIED" in text
    assert "Noto Sans (system)" in text
    assert "A4, margins top 20mm, right 20mm, bottom 18mm, left 20mm" in text


def test_describe_brand_of_a_discovered_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    init_brand(tmp_path, source="think-tank")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BRIEFINGS_BRAND", raising=False)
    text = describe_brand(load_brand())
    assert "Found by    brand.yml in the current folder" in text
    assert "Letter, margins top 0.8in" in text
    assert "e.g. MIGP-" in text
