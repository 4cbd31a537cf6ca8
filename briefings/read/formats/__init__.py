"""RawArticle -> Recovered: the text of each input format, before repair (clean stage)."""

from __future__ import annotations

from collections.abc import Callable

from briefings.model import RawArticle
from briefings.read.formats.recovered import DOCX, EML, HTML, MARKDOWN, TEXT, Recovered

__all__ = ["DOCX", "EML", "FORMATS", "HTML", "MARKDOWN", "TEXT", "Recovered", "recover_text"]


def _recover_plain(raw: RawArticle, text: str | None) -> Recovered:
    from briefings.read.formats.text import decode_text

    return Recovered(decode_text(raw) if text is None else text)


def _recover_markdown(raw: RawArticle, text: str | None) -> Recovered:
    from briefings.read.formats.markdown import recover_markdown

    return recover_markdown(raw, text)


def _recover_html(raw: RawArticle, text: str | None) -> Recovered:
    from briefings.read.formats.html import recover_html

    return recover_html(raw, text)


def _recover_docx(raw: RawArticle, text: str | None) -> Recovered:
    from briefings.read.formats.docx import recover_docx

    return recover_docx(raw, text)


def _recover_eml(raw: RawArticle, text: str | None) -> Recovered:
    from briefings.read.formats.eml import recover_eml

    return recover_eml(raw, text)


# The one registry of input formats, by media type. Each reader imports its heavy dependency
# lazily so that `briefings --help` stays fast.
FORMATS: dict[str, Callable[[RawArticle, str | None], Recovered]] = {
    TEXT: _recover_plain,
    MARKDOWN: _recover_markdown,
    HTML: _recover_html,
    DOCX: _recover_docx,
    EML: _recover_eml,
}


def recover_text(raw: RawArticle, text: str | None = None) -> Recovered:
    """The article text of `raw` in its format; `text`, if given, is its already-decoded content."""
    recover = FORMATS.get(raw.media_type, _recover_plain)
    return recover(raw, text)
