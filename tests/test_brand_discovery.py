"""Where the brand comes from: --brand, $BRIEFINGS_BRAND, current folder, user config, default."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from briefings.brand import default_brand_path, find_brand, load_brand


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A current folder, a user config folder and an explicit file, each with its own brand.yml."""
    cwd = tmp_path / "work"
    config = tmp_path / "config" / "briefings"
    for folder in (cwd, config, tmp_path / "explicit", tmp_path / "env"):
        folder.mkdir(parents=True)
        (folder / "brand.yml").write_text("meta: {name: x}\n", encoding="utf-8")
    (cwd / "_brand.yml").write_text("meta: {name: x}\n", encoding="utf-8")
    monkeypatch.chdir(cwd)
    monkeypatch.delenv("BRIEFINGS_BRAND", raising=False)
    monkeypatch.setattr(
        platformdirs, "user_config_path", lambda appname: tmp_path / "config" / appname
    )
    return {
        "cwd": cwd,
        "config": config,
        "explicit": tmp_path / "explicit" / "brand.yml",
        "env": tmp_path / "env" / "brand.yml",
    }


def test_explicit_option_comes_first(
    places: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFINGS_BRAND", str(places["env"]))
    assert find_brand(places["explicit"]) == (places["explicit"], "--brand option")


def test_environment_comes_second(places: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFINGS_BRAND", str(places["env"]))
    assert find_brand() == (places["env"], "BRIEFINGS_BRAND environment variable")


def test_brand_yml_in_the_current_folder_comes_third(places: dict[str, Path]) -> None:
    assert find_brand() == (places["cwd"] / "brand.yml", "brand.yml in the current folder")


def test_underscore_brand_yml_in_the_current_folder(places: dict[str, Path]) -> None:
    (places["cwd"] / "brand.yml").unlink()
    assert find_brand() == (places["cwd"] / "_brand.yml", "_brand.yml in the current folder")


def test_user_config_folder_comes_fourth(places: dict[str, Path]) -> None:
    for name in ("brand.yml", "_brand.yml"):
        (places["cwd"] / name).unlink()
    assert find_brand() == (places["config"] / "brand.yml", "user config folder")


def test_built_in_default_comes_last(places: dict[str, Path]) -> None:
    for name in ("brand.yml", "_brand.yml"):
        (places["cwd"] / name).unlink()
    (places["config"] / "brand.yml").unlink()
    assert find_brand() == (default_brand_path(), "built-in default")
    brand = load_brand()
    assert brand.path == default_brand_path()
    assert brand.origin == "built-in default"


def test_cwd_argument(places: dict[str, Path], tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert find_brand(cwd=empty)[1] == "user config folder"


@pytest.mark.parametrize("how", ["option", "env"])
def test_a_builtin_name(places: dict[str, Path], monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    if how == "env":
        monkeypatch.setenv("BRIEFINGS_BRAND", "ministry")
        path, origin = find_brand()
        assert origin == "BRIEFINGS_BRAND environment variable (built-in brand 'ministry')"
    else:
        path, origin = find_brand(Path("ministry"))
        assert origin == "--brand option (built-in brand 'ministry')"
    assert path == default_brand_path().parent.parent / "ministry" / "brand.yml"
    assert load_brand(path, origin).classification == "OFFICIAL-SENSITIVE"


def test_an_existing_folder_wins_over_a_builtin_name(places: dict[str, Path]) -> None:
    (places["cwd"] / "ministry").mkdir()
    (places["cwd"] / "ministry" / "_brand.yml").write_text("meta: {name: x}\n", encoding="utf-8")
    assert find_brand("ministry") == (Path("ministry") / "_brand.yml", "--brand option")


def test_discovered_brand_is_loaded_with_its_origin(
    places: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFINGS_BRAND", "think-tank")
    brand = load_brand()
    assert brand.name == "Meridian Institute for Global Policy"
    assert brand.origin == "BRIEFINGS_BRAND environment variable (built-in brand 'think-tank')"
