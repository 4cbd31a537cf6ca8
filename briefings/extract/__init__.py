"""Article -> Brief: the extraction engines, chosen by name."""

from __future__ import annotations

from collections.abc import Callable

from briefings.model import Article, Brief


def _extract_with_rules(article: Article) -> Brief:
    from briefings.extract.rules import extract_with_rules

    return extract_with_rules(article)


# The one registry of extraction engines. Engines import their heavy dependencies lazily so
# that `briefings --help` stays fast.
EXTRACTORS: dict[str, Callable[[Article], Brief]] = {
    "rules": _extract_with_rules,
}


def extract_brief(article: Article, engine: str = "rules") -> Brief:
    """Extract the brief of `article` with the named engine."""
    return EXTRACTORS[engine](article)


def describe_engine(engine: str) -> str | None:
    """The NLP model behind `engine` as "lang_name version", loading it once; None if none."""
    if engine != "rules":
        return None
    from briefings.extract.nlp import load_pipeline

    meta = load_pipeline().meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')} {meta.get('version', '?')}"
