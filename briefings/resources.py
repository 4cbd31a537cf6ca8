"""Where the shipped templates, brands and fonts are: inside the wheel or in a checkout."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def templates_dir() -> Path:
    """The `templates/` folder: package data when installed, the repository's in a checkout."""
    checkout = Path(__file__).resolve().parent.parent / "templates"
    try:
        from importlib.resources import files

        installed = Path(str(files("briefings.templates")))
        if installed.is_dir() and (installed / "brands").is_dir():
            return installed
    except ModuleNotFoundError:
        pass
    return checkout
