"""Where the shipped templates, brands and fonts are: inside the wheel or in a checkout."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def templates_dir() -> Path:
    """The `templates/` folder: package data when installed, the repository's in a checkout.

    pyproject.toml ships the repository's top-level `templates/` as `briefings/templates` in
    the wheel; in a checkout (or an editable install) it sits beside the package.
    """
    installed = _PACKAGE / "templates"
    if (installed / "brands").is_dir():
        return installed
    return _PACKAGE.parent / "templates"
