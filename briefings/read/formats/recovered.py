"""What each input format yields: its media type names and the Recovered text with metadata."""

from __future__ import annotations

from dataclasses import dataclass, field

TEXT = "text/plain"
MARKDOWN = "text/markdown"
HTML = "text/html"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EML = "message/rfc822"


@dataclass(frozen=True)
class Recovered:
    """Text recovered from one input format, with what the format said about the article.

    `text` holds blocks separated by blank lines. When `structured` is true the markup fixed the
    paragraphs, so each block is exactly one paragraph (list items one per line); otherwise the
    blocks are raw text whose paragraphs and line breaks the clean stage must still work out.
    Metadata keys: title, subject (a fallback title), author, publisher, published, url.
    """

    text: str
    metadata: dict[str, str] = field(default_factory=dict)
    structured: bool = False
