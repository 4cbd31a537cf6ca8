"""Format readers: text decoding, Markdown, HTML, Word and email specifics."""

from __future__ import annotations

import io
from email.message import EmailMessage

import pytest

from briefings.errors import InputUnreadable, NoArticleFound
from briefings.model import Article, RawArticle
from briefings.read.clean import clean_article
from briefings.read.formats import DOCX, EML, HTML, MARKDOWN, TEXT
from briefings.read.formats.eml import strip_email_furniture, unflow_text
from briefings.read.formats.text import decode_bytes, sniff_utf16

SENTENCE = (
    "South Korea and Canada called for the withdrawal of North Korean troops from Russia, "
    "describing the deployment as a grave escalation that threatens security in Europe."
)


def _article(data: bytes, media_type: str) -> Article:
    return clean_article(RawArticle(data, "input", media_type))


# --------------------------------------------------------------------------- text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Le ministre a déclaré à Québec que la coopération était « essentielle ».", "latin-1"),
        ("The minister said in Montréal that the café deal was a “success”.", "cp1252"),
        ("North Korea’s “grave escalation”", "utf-16-le"),
        ("Министр иностранных дел России заявил, что переговоры продолжатся.", "cp1251"),
    ],
)
def test_decode_bytes_is_never_garbled(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), "x") == text


def test_a_declared_charset_is_honoured() -> None:
    assert decode_bytes("café".encode("cp1252"), "x", "windows-1252") == "café"


def test_sniff_utf16() -> None:
    assert sniff_utf16("Hello there".encode("utf-16-le")) == "utf-16-le"
    assert sniff_utf16("Hello there".encode("utf-16-be")) == "utf-16-be"
    assert sniff_utf16(b"Hello there") is None


# --------------------------------------------------------------------------- markdown

MARKDOWN_ARTICLE = """---
title: Front Matter Title
author: Jane Doe
date: 2024-11-03T09:00:00Z
---

Ottawa: The **ministers** agreed on _three_ points, said [Yonhap](https://example.com):

* a `ceasefire` call,
* the withdrawal
  of troops,
  1. from Kursk
  2. from the front

## Next steps

> A dialogue will open in Canada.

| Country | Troops |
|---------|--------|
| North Korea | 10,000 |

![a photo](photo.jpg)
"""


def test_markdown_syntax_is_removed_and_structure_kept() -> None:
    article = _article(MARKDOWN_ARTICLE.encode("utf-8"), MARKDOWN)
    assert article.text.split("\n\n") == [
        "Ottawa: The ministers agreed on three points, said Yonhap:",
        "- a ceasefire call,\n- the withdrawal of troops,\n1. from Kursk\n2. from the front",
        "Next steps",
        "A dialogue will open in Canada.",
        "Country | Troops\nNorth Korea | 10,000",
    ]
    assert article.source.title == "Front Matter Title"
    assert article.source.author == "Jane Doe"
    assert article.source.published == "2024-11-03"
    assert article.source.dateline == "Ottawa"


def test_markdown_first_heading_is_the_title_and_later_ones_are_paragraphs() -> None:
    article = _article(f"# The Title\n\n{SENTENCE}\n\n# Another\n\nEnd.".encode(), MARKDOWN)
    assert article.source.title == "The Title"
    assert article.text == f"{SENTENCE}\n\nAnother\n\nEnd."


# --------------------------------------------------------------------------- html


def test_html_lists_and_headings_keep_their_structure() -> None:
    page = f"""<html><head><title>Troops Story</title></head><body><article>
      <h1>Troops Story</h1><p>{SENTENCE}</p><h2>What they demand</h2>
      <ul><li>a withdrawal of troops</li><li>an end to arms transfers</li></ul>
      <p>{SENTENCE}<br>A second line.</p></article></body></html>"""
    article = _article(page.encode(), HTML)
    assert article.source.title == "Troops Story"
    assert article.text.split("\n\n") == [
        SENTENCE,
        "What they demand",
        "- a withdrawal of troops\n- an end to arms transfers",
        f"{SENTENCE} A second line.",
    ]


def test_html_charset_from_the_meta_tag() -> None:
    page = f'<html><head><meta charset="windows-1252"></head><body><p>{SENTENCE} “Café”.</p>'
    assert _article(page.encode("cp1252"), HTML).text.endswith("“Café”.")


def test_html_without_an_article() -> None:
    page = b"""<html><head><title>Home</title></head><body><nav><ul><li><a href='/w'>World</a>
      </li><li><a href='/a'>Asia</a></li></ul></nav><div class='cookie'><p>We use cookies to
      improve your experience.</p></div><ul><li><a href='/1'>Troops spotted in Kursk</a></li>
      </ul><footer>&copy; 2024 The Ledger</footer></body></html>"""
    with pytest.raises(NoArticleFound) as caught:
        _article(page, HTML)
    assert caught.value.format_message() == "input: no article text found in this HTML page"
    assert caught.value.exit_code == 8


# --------------------------------------------------------------------------- docx


def _docx(build: object) -> bytes:
    import docx

    document = docx.Document()
    assert callable(build)
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_heading_title_lists_tables_and_line_breaks() -> None:
    def build(document: object) -> None:
        document.add_heading("Troops Must Leave", level=1)  # type: ignore[attr-defined]
        document.add_paragraph(SENTENCE)  # type: ignore[attr-defined]
        document.add_paragraph("a withdrawal", style="List Bullet")  # type: ignore[attr-defined]
        document.add_paragraph("an end to transfers", style="List Bullet")  # type: ignore[attr-defined]
        paragraph = document.add_paragraph("A line broken by an act")  # type: ignore[attr-defined]
        paragraph.add_run().add_break()
        paragraph.add_run("ion of the author.")
        table = document.add_table(rows=2, cols=2)  # type: ignore[attr-defined]
        for row, cells in zip(
            table.rows, [("Country", "Troops"), ("North Korea", "10,000")], strict=True
        ):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text

    article = _article(_docx(build), DOCX)
    assert article.source.title == "Troops Must Leave"
    assert article.text.split("\n\n") == [
        SENTENCE,
        "- a withdrawal\n- an end to transfers",
        "A line broken by an action of the author.",
        "Country | Troops\nNorth Korea | 10,000",
    ]


def test_a_broken_docx_is_unreadable() -> None:
    with pytest.raises(InputUnreadable, match=r"^input: not a valid Word document"):
        _article(b"PK\x03\x04 not really a zip", DOCX)


# --------------------------------------------------------------------------- email


def _email(body: str, subject: str = "Fwd: Troops Must Leave", **params: str) -> bytes:
    message = EmailMessage()
    message["From"] = "a@example.org"
    message["To"] = "b@example.org"
    message["Subject"] = subject
    message.set_content(body, **params)  # type: ignore[arg-type]
    return bytes(message)


def test_email_subject_is_the_title_when_the_body_has_none() -> None:
    article = _article(_email(f"Ottawa: {SENTENCE}\n\nSecond paragraph.\n"), EML)
    assert article.source.title == "Troops Must Leave"
    assert article.text == f"Ottawa: {SENTENCE}\n\nSecond paragraph."


def test_email_in_windows_1252_quoted_printable() -> None:
    data = _email(f"{SENTENCE} “Café”.\n\nEnd.\n", charset="cp1252", cte="quoted-printable")
    assert "“Café”." in _article(data, EML).text


def test_email_html_part_is_used_when_there_is_no_plain_part() -> None:
    message = EmailMessage()
    message["Subject"] = "Re: Troops"
    message["From"] = "a@example.org"
    message.set_content(f"<html><body><p>{SENTENCE}</p><p>{SENTENCE}</p></body></html>", "html")
    article = _article(bytes(message), EML)
    assert article.text == f"{SENTENCE}\n\n{SENTENCE}"
    assert article.source.title == "Troops"


def test_an_email_without_text_is_no_article() -> None:
    message = EmailMessage()
    message["Subject"] = "photo"
    message.set_content(b"\x89PNG....", maintype="image", subtype="png")
    with pytest.raises(NoArticleFound, match="no text or HTML body"):
        _article(bytes(message), EML)


def test_strip_email_furniture() -> None:
    body = (
        "See below.\n\n-----Original Message-----\nFrom: Desk\nSent: Monday\n"
        "Subject: RE: Fwd: The Real Title\n\nOn Mon, 4 Nov 2024, Desk <d@x> wrote:\n"
        "> First line\n> > nested\n>\n> Second paragraph\n> -- \n> Desk signature\n"
    )
    text, subject = strip_email_furniture(body)
    assert subject == "The Real Title"
    assert text == "First line\nnested\n\nSecond paragraph"


def test_unflow_text() -> None:
    assert (
        unflow_text("one two \nthree\n four \nfive\n-- \nsig")
        == "one two three\nfour five\n-- \nsig"
    )


def test_plain_text_is_the_default_reader() -> None:
    assert _article(f"T\n\n{SENTENCE}".encode(), "application/octet-stream").text == SENTENCE
    assert _article(f"T\n\n{SENTENCE}".encode(), TEXT).source.title == "T"


def test_a_note_above_a_forwarded_article_is_not_its_title() -> None:
    body = f"Worth a brief.\n\nOttawa: {SENTENCE}\n\nSecond paragraph.\n"
    article = _article(_email(body, subject="Fwd: Canada and Korea Demand Withdrawal"), EML)
    assert article.source.title == "Canada and Korea Demand Withdrawal"
    assert article.text == f"Ottawa: {SENTENCE}\n\nSecond paragraph."


def test_a_forward_marker_starts_the_article_after_a_note() -> None:
    body = (
        "Worth a brief.\n\n---------- Forwarded message ---------\nFrom: Desk <d@x>\n"
        f"Subject: The Real Title\n\nOttawa: {SENTENCE}\n\nSecond paragraph.\n"
    )
    article = _article(_email(body, subject="Fwd: The Real Title"), EML)
    assert article.source.title == "The Real Title"
    assert article.text == f"Ottawa: {SENTENCE}\n\nSecond paragraph."


def test_a_headline_at_the_top_of_an_email_stays_its_title() -> None:
    body = f"Troops Must Leave Russia, Allies Say\n\nOttawa: {SENTENCE}\n\nSecond paragraph.\n"
    article = _article(_email(body, subject="Fwd: have a look"), EML)
    assert article.source.title == "Troops Must Leave Russia, Allies Say"
