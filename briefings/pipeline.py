"""The stages chained: read -> clean -> extract -> compose -> layout -> write."""

from __future__ import annotations

from briefings.clean import clean_article
from briefings.extract import extract_brief
from briefings.model import Article, Brief
from briefings.read import DEFAULT_MAX_BYTES, read_source


def load_article(
    source: str, *, input_format: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article:
    """Read and repair the article named by `source` (path, URL or `-`)."""
    raw = read_source(source, max_bytes=max_bytes, input_format=input_format)
    return clean_article(raw)


def extract_article(source: str, *, engine: str = "rules") -> Brief:
    """The Brief of the article named by `source`."""
    return extract_brief(load_article(source), engine=engine)
