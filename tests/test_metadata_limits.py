"""Long titles: each format's property limits are met, the body keeps the whole title."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from pypdf import PdfReader
from samples import seed_document

from briefings.blocks import Document, Text, Title
from briefings.brand import load_brand
from briefings.cli.main import main
from briefings.writers.docx.lint import lint_docx
from briefings.writers.docx.writer import write_docx
from briefings.writers.metadata import PDF_STRING_LIMIT, WORD_PROPERTY_LIMIT, fit_text
from briefings.writers.pdf.writer import write_pdf

# A pasted article without line breaks: its whole first paragraph, 2,000 characters, is the title.
SENTENCE = (
    "Cairo: Egypt's foreign ministry said on Monday that talks with the Sudanese delegation "
    "on the ceasefire would resume next week, and both sides agreed to meet in Jeddah. "
)
FIRST_LINE = (SENTENCE * 12)[:1999].rstrip() + "."


def test_fit_text_cuts_at_a_word_with_an_ellipsis() -> None:
    assert fit_text("short  title\n", 255) == "short title"
    fitted = fit_text(FIRST_LINE, WORD_PROPERTY_LIMIT)
    assert len(fitted) <= WORD_PROPERTY_LIMIT and fitted.endswith("…")
    assert FIRST_LINE.startswith(fitted[:-1]) and FIRST_LINE[len(fitted) - 1] == " "
    assert fit_text("x" * 300, 255) == "x" * 254 + "…"  # no space to cut at


def _long_titled() -> Document:
    base = seed_document()
    info = replace(base.info, title=FIRST_LINE, subject=f"Policy Brief: {FIRST_LINE}")
    return replace(base, blocks=(Title((Text(FIRST_LINE),)), *base.blocks[1:]), info=info)


def test_docx_properties_fit_word_and_the_body_keeps_the_title() -> None:
    data = write_docx(_long_titled(), load_brand())
    word = docx.Document(io.BytesIO(data))
    core = word.core_properties
    assert len(core.title) <= 255 and core.title.endswith("…")
    assert FIRST_LINE.startswith(core.title[:-1])
    assert len(core.subject) <= 255
    assert word.paragraphs[0].text == FIRST_LINE
    assert lint_docx(data) == []


def test_pdf_title_is_whole_when_it_fits_and_cut_when_it_does_not() -> None:
    reader = PdfReader(io.BytesIO(write_pdf(_long_titled(), load_brand())))
    assert reader.metadata.title == FIRST_LINE  # 2,000 characters are within PDF's limit
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    # The title runs over a page break (the running header lands inside it): count its pieces.
    assert text.count("agreed to meet in Jeddah.") == FIRST_LINE.count("agreed to meet in Jeddah.")
    assert FIRST_LINE[:300] in text and FIRST_LINE[-120:] in text
    huge = "word " * (PDF_STRING_LIMIT // 2)
    assert len(fit_text(huge, PDF_STRING_LIMIT)) <= PDF_STRING_LIMIT


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_generate_an_article_whose_first_line_is_2000_characters(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764144000")
    article = tmp_path / "pasted.txt"
    body = " ".join([SENTENCE] * 3)
    article.write_text(f"{FIRST_LINE}\n\n{body}\n", encoding="utf-8")
    assert len(FIRST_LINE) == 2000
    result = CliRunner().invoke(main, ["generate", str(article), "-f", fmt, "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    (written,) = tmp_path.glob(f"*.{fmt}")
    assert len(written.name) < 255
    if fmt == "docx":
        word = docx.Document(str(written))
        assert len(word.core_properties.title) <= 255
        assert "Jeddah" in word.paragraphs[0].text
    else:
        reader = PdfReader(str(written))
        assert reader.metadata.title
        assert reader.metadata.title.startswith("Cairo: Egypt")
