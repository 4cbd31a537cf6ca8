"""The wheel ships every subpackage and the data the tool needs at run time."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_subpackage_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "briefings").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    assert "briefings.templates" in listed
    assert config["tool"]["setuptools"]["package-dir"]["briefings.templates"] == "templates"


def test_package_data_globs_cover_the_data_files() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = config["tool"]["setuptools"]["package-data"]
    assert data["briefings.templates"] == ["**/*"]
    extract_data = list((ROOT / "briefings" / "extract" / "data").iterdir())
    assert extract_data and all(path.is_file() for path in extract_data)
    assert data["briefings.extract"] == ["data/*"]
