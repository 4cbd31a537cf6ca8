"""Every input kind of the same article recovers the same title and text as the clean article."""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest

from briefings.model import Article
from briefings.pipeline import load_article
from briefings.read.clean import clean_article
from briefings.read.sources import read_source

INPUTS = Path(__file__).parent / "inputs"
SEED = Path(__file__).parent.parent / "seeds" / "korea-canada-2plus2.txt"
CLEAN = (INPUTS / "korea-canada.clean.txt").read_text(encoding="utf-8").strip()
TITLE, BODY = CLEAN.split("\n\n", 1)
PARAGRAPHS = BODY.split("\n\n")


def _write(tmp: Path, name: str, data: bytes) -> str:
    path = tmp / name
    path.write_bytes(data)
    return str(path)


def _encoded(encoding: str) -> Callable[[Path], str]:
    def make(tmp: Path) -> str:
        return _write(tmp, f"article-{encoding}.txt", CLEAN.encode(encoding))

    return make


def _mojibake(tmp: Path) -> str:
    import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")

    garbled = CLEAN.encode("utf-8").decode("sloppy-windows-1252")
    assert "Koreaâ€™s" in garbled
    return _write(tmp, "mojibake.txt", garbled.encode("utf-8"))


def _one_per_line(tmp: Path) -> str:
    return _write(tmp, "one-per-line.txt", "\n".join([TITLE, *PARAGRAPHS]).encode("utf-8"))


def _crlf_nbsp(tmp: Path) -> str:
    text = CLEAN.replace("\n", "\r\n").replace(
        "North Korean troops", "North\u00a0Korean\u200b troops"
    )
    text = text.replace("Korean\u200b troops", "Korean troops\u200b")
    return _write(tmp, "windows.txt", text.encode("utf-8"))


def _docx(tmp: Path) -> str:
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE, style="Title")
    for paragraph in PARAGRAPHS:
        document.add_paragraph(paragraph)
    path = tmp / "article.docx"
    document.save(str(path))
    return str(path)


def _docx_plain_first_paragraph(tmp: Path) -> str:
    import docx

    document = docx.Document()
    for paragraph in [TITLE, *PARAGRAPHS]:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return _write(tmp, "untitled.docx", buffer.getvalue())


def _email_plain(tmp: Path) -> str:
    message = EmailMessage()
    message["From"] = "Analyst <analyst@example.org>"
    message["To"] = "desk@example.org"
    message["Subject"] = f"Fwd: {TITLE}"
    message["Date"] = "Mon, 04 Nov 2024 08:00:00 +0000"
    wrapped = "\n\n".join(textwrap.fill(p, width=72, break_on_hyphens=False) for p in PARAGRAPHS)
    message.set_content(f"{wrapped}\n\n-- \nAnalyst | Asia desk\n+1 555 0100\n")
    return _write(tmp, "article.eml", bytes(message))


def _email_forwarded_quoted(tmp: Path) -> str:
    message = EmailMessage()
    message["From"] = "Analyst <analyst@example.org>"
    message["To"] = "desk@example.org"
    message["Subject"] = "Fwd: worth reading"
    quoted = "\n>\n".join(
        textwrap.indent(textwrap.fill(p, width=70, break_on_hyphens=False), "> ", lambda _: True)
        for p in PARAGRAPHS
    )
    body = (
        "FYI, for Thursday's meeting.\n\n-- \nA.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Wire Desk <wire@example.com>\n"
        "Date: Sun, 3 Nov 2024 at 09:15\n"
        f"Subject: {TITLE}\n"
        "To: Analyst <analyst@example.org>,\n"
        "    Other Person <other@example.org>\n\n"
        f"{quoted}\n"
    )
    message.set_content(body, charset="utf-8", cte="quoted-printable")
    return _write(tmp, "forwarded.eml", bytes(message))


def _email_html_only(tmp: Path) -> str:
    message = EmailMessage()
    message["From"] = "Newsletter <news@example.com>"
    message["To"] = "analyst@example.org"
    message["Subject"] = "Today's briefing"
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = f"<html><body><h1>{TITLE}</h1>{paragraphs}</body></html>"
    message.set_content(html, subtype="html")
    return _write(tmp, "html-only.eml", bytes(message))


KINDS: dict[str, Callable[[Path], str]] = {
    "seed": lambda _: str(SEED),
    "utf-8": _encoded("utf-8"),
    "utf-8-bom": _encoded("utf-8-sig"),
    "utf-16-bom": _encoded("utf-16"),
    "utf-16-le-no-bom": _encoded("utf-16-le"),
    "utf-16-be-no-bom": _encoded("utf-16-be"),
    "windows-1252": _encoded("cp1252"),
    "mojibake": _mojibake,
    "one-per-line": _one_per_line,
    "crlf-nbsp-zero-width": _crlf_nbsp,
    "pdf-copy": lambda _: str(INPUTS / "korea-canada.pdf-copy.txt"),
    "markdown": lambda _: str(INPUTS / "korea-canada.md"),
    "html-page": lambda _: str(INPUTS / "korea-canada.html"),
    "docx": _docx,
    "docx-no-title-style": _docx_plain_first_paragraph,
    "eml-plain-wrapped": _email_plain,
    "eml-forwarded-quoted": _email_forwarded_quoted,
    "eml-html-only": _email_html_only,
}


@pytest.mark.parametrize("kind", KINDS)
def test_each_input_kind_recovers_the_clean_article(kind: str, tmp_path: Path) -> None:
    article = load_article(KINDS[kind](tmp_path))
    assert article.text.split("\n\n") == PARAGRAPHS
    assert article.text == BODY
    assert article.source.title == TITLE
    assert article.source.dateline == "Ottawa"
    assert article.source.language == "en"
    assert article.warnings == ()
    assert [article.text[span.start : span.end] for span in article.paragraphs] == PARAGRAPHS


def test_the_seed_keeps_its_contract() -> None:
    article = load_article(str(SEED))
    assert (
        article.source.title
        == "South Korea and Canada Demand Withdrawal of North Korean Troops from Russia."
    )
    assert article.source.dateline == "Ottawa"
    assert article.source.publisher == "Yonhap News Agency"
    assert "an action plan" in article.text
    assert "North Korea’s weapons" in article.text
    assert "“two plus two”" in article.text  # curly quotes kept


@pytest.mark.parametrize(
    ("kind", "publisher", "author", "published", "url"),
    [
        ("seed", "Yonhap News Agency", None, None, None),
        ("pdf-copy", "Yonhap News Agency", "Jane Doe", None, None),
        ("markdown", "Yonhap News Agency", "Jane Doe", None, None),
        (
            "html-page",
            "The Pacific Ledger",
            "Jane Doe",
            "2024-11-03",
            "https://www.pacificledger.example/world/2024/11/03/korea-canada-2plus2",
        ),
    ],
)
def test_source_facts_per_kind(
    kind: str,
    publisher: str,
    author: str | None,
    published: str | None,
    url: str | None,
    tmp_path: Path,
) -> None:
    source = load_article(KINDS[kind](tmp_path)).source
    assert (source.publisher, source.author, source.published, source.url) == (
        publisher,
        author,
        published,
        url,
    )


def test_html_page_drops_navigation_ads_cookies_and_related_links() -> None:
    article = load_article(str(INPUTS / "korea-canada.html"))
    for furniture in (
        "cookies",
        "Advertisement",
        "Related articles",
        "Subscribe",
        "Privacy",
        "Kyiv",
    ):
        assert furniture not in article.text


@pytest.mark.parametrize("input_format", ["text", "html", "markdown", "docx", "eml", None])
def test_stdin_gives_the_same_article(
    input_format: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kind = {
        "text": "pdf-copy",
        "html": "html-page",
        "markdown": "markdown",
        "docx": "docx",
        "eml": "eml-plain-wrapped",
        None: "html-page",
    }[input_format]
    data = Path(KINDS[kind](tmp_path)).read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    raw = read_source("-", input_format=input_format)
    article: Article = clean_article(raw)
    assert raw.name == "<stdin>"
    assert article.text == BODY
    assert article.source.title == TITLE
