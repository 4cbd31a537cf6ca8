"""Article.paragraph_of: the paragraph holding an offset, by binary search."""

from __future__ import annotations

from briefings.model import Article, Source, Span


def test_paragraph_of_every_offset() -> None:
    paragraphs = ["One.", "Two two.", "Three three three."]
    text = "\n\n".join(paragraphs)
    spans, offset = [], 0
    for paragraph in paragraphs:
        spans.append(Span(offset, offset + len(paragraph)))
        offset += len(paragraph) + 2
    article = Article(text=text, paragraphs=tuple(spans), source=Source())
    expected = []
    for number, paragraph in enumerate(paragraphs, start=1):
        expected += [number] * len(paragraph) + ([0, 0] if number < len(paragraphs) else [])
    assert [article.paragraph_of(i) for i in range(len(text))] == expected
    assert article.paragraph_of(len(text)) == 0
    assert article.paragraph_of(-1) == 0
