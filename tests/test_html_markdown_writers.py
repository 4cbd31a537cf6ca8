"""HTML, Markdown and JSON writers: complete, escaped, branded."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from samples import seed_document

from briefings.blocks import Paragraph, Text, Title
from briefings.brand import load_brand
from briefings.model import Brief
from briefings.writers import WRITERS


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "a" and values.get("href"):
            self.hrefs.append(str(values["href"]))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_page_has_banners_notes_and_working_note_links() -> None:
    brand = load_brand()
    page = WRITERS["html"](seed_document(), brand).decode("utf-8")
    parsed = _Collector()
    parsed.feed(page)
    text = "".join(parsed.text)
    assert text.count(brand.classification) == 2  # top and bottom
    assert "<table>" in page and parsed.tags.count("h2") >= 5
    internal = [href[1:] for href in parsed.hrefs if href.startswith("#")]
    assert internal and all(target in parsed.ids for target in internal)
    assert brand.color("primary") in page


def test_html_escapes_article_text() -> None:
    hostile = "<script>alert(1)</script> & <b>x</b>"
    document = seed_document(blocks=(Title((Text(hostile),)), Paragraph((Text(hostile),))))
    page = WRITERS["html"](document, load_brand()).decode("utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_markdown_writer_marks_the_classification_and_keeps_the_composed_text() -> None:
    document = seed_document(markdown="# Title\n\nBody.\n")
    written = WRITERS["md"](document, load_brand()).decode("utf-8")
    assert written == "**UNCLASSIFIED**\n\n# Title\n\nBody.\n"


def test_json_writer_writes_the_brief() -> None:
    document = seed_document(brief=Brief(title="T", summary="S"))
    data = json.loads(WRITERS["json"](document, load_brand()))
    assert data["title"] == "T" and data["summary"] == "S" and data["actors"] == []
