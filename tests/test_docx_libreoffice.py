"""DOCX writer through LibreOffice: the document converts, reads completely, paginates as the PDF
does, and survives a colleague's edit (python-docx, then LibreOffice saving it back as DOCX)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader
from samples import FIXED_DATE, seed_document

from briefings.blocks import Document, Notes, plain_text
from briefings.brand import Brand, load_brand
from briefings.pipeline import build_document, extract_article, load_article, render_document
from briefings.writers.docx.lint import lint_docx
from briefings.writers.docx.writer import write_docx

ROOT = Path(__file__).parent.parent
BRAND = ROOT / "templates/brands/default/brand.yml"
SEED = ROOT / "seeds/korea-canada-2plus2.txt"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed; CI installs libreoffice-writer-nogui",
)


class Office:
    """LibreOffice headless with a private profile (a shared one makes parallel runs fail)."""

    def __init__(self, folder: Path) -> None:
        self.profile = (folder / "profile").as_uri()

    def convert(self, source: Path, to: str, outdir: Path) -> Path:
        """`source` converted to `to` (pdf, docx) in `outdir`; the new file's path."""
        assert SOFFICE is not None
        outdir.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                SOFFICE,
                f"-env:UserInstallation={self.profile}",
                "--headless",
                "--convert-to",
                to,
                "--outdir",
                str(outdir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        converted = outdir / f"{source.stem}.{to}"
        assert converted.exists(), f"LibreOffice wrote no {converted.name}"
        return converted


def pdf_pages(data: bytes) -> tuple[str, int]:
    """The text of a PDF (whitespace collapsed) and its page count."""
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(text.split()), len(reader.pages)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    return Office(tmp_path_factory.mktemp("office"))


@pytest.fixture(scope="module")
def brand() -> Brand:
    return load_brand(BRAND)


@pytest.fixture(scope="module")
def pdf_text(office: Office, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, int]:
    folder = tmp_path_factory.mktemp("libreoffice")
    source = folder / "seed.docx"
    source.write_bytes(write_docx(seed_document(), load_brand(BRAND)))
    return pdf_pages(office.convert(source, "pdf", folder).read_bytes())


# ----------------------------------------------------------------------------- the sample blocks


def test_converts_to_one_page(pdf_text: tuple[str, int]) -> None:
    # Four evidence sentences, cited nine times, printed once each: no footnote pages.
    assert pdf_text[1] == 1


@pytest.mark.parametrize(
    "expected",
    [
        "South Korea and Canada Demand",
        "Global Affairs Briefing Unit",
        "POLICY BRIEF",
        "GABU-20261126-001",
        "Bottom line:",
        "Role / affiliation",
        "Page 1 of 1",
        "UNCLASSIFIED",
        "For official use.",
        "10,000",
        "4 The ministers from both countries",
    ],
)
def test_pdf_has_the_text(pdf_text: tuple[str, int], expected: str) -> None:
    assert expected in pdf_text[0]


def test_markings_on_every_page(pdf_text: tuple[str, int]) -> None:
    assert pdf_text[0].count("UNCLASSIFIED") == 2 * pdf_text[1]


def test_numbered_list_numbers_and_evidence_render(pdf_text: tuple[str, int]) -> None:
    text = pdf_text[0]
    assert "1. South Korea, Canada" in text
    assert "2. South Korea, Canada" in text
    assert "1 Ottawa: South Korea and Canada have jointly called" in text


# ----------------------------------------------------------------------------- the seed article


@pytest.fixture(scope="module")
def seed_documents(brand: Brand) -> dict[str, Document]:
    brief = extract_article(load_article(str(SEED)))
    return {
        template: build_document(brief, brand=brand, now=FIXED_DATE, template=template)
        for template in ("policy-brief", "one-pager")
    }


def _write_outputs(document: Document, brand: Brand, folder: Path) -> tuple[Path, bytes]:
    outputs = render_document(document, ("pdf", "docx"), brand)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "brief.docx"
    path.write_bytes(outputs["docx"])
    return path, outputs["pdf"]


def _evidence_lines(document: Document) -> list[str]:
    """How each evidence note reads in print: its number, the sentence, its paragraph."""
    return [
        f"{note.number} {' '.join(plain_text(note.inlines).split())}"
        for block in document.blocks
        if isinstance(block, Notes)
        for note in block.notes
    ]


@pytest.mark.parametrize(("template", "most"), [("policy-brief", 2), ("one-pager", 1)])
def test_libreoffice_lays_the_docx_out_in_no_more_pages_than_the_pdf(
    template: str,
    most: int,
    seed_documents: dict[str, Document],
    brand: Brand,
    office: Office,
    tmp_path: Path,
) -> None:
    document = seed_documents[template]
    source, pdf = _write_outputs(document, brand, tmp_path)
    ours_text, ours = pdf_pages(pdf)
    theirs_text, theirs = pdf_pages(office.convert(source, "pdf", tmp_path / "lo").read_bytes())
    assert theirs <= ours <= most, (template, theirs, ours)
    assert f"Page {theirs} of {theirs}" in theirs_text
    # Every evidence sentence once, numbered as in the PDF.
    lines = _evidence_lines(document)
    assert lines, "the seed's brief cites evidence"
    for line in lines:
        assert ours_text.count(line) == 1, line
        assert theirs_text.count(line) == 1, line


def _add_key_point_and_actor(path: Path) -> None:
    """What an analyst does: one more Key points bullet, one more row in the actors table."""
    word = docx.Document(str(path))
    paragraphs = word.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text == "Key points")
    end = next(
        i for i in range(start + 1, len(paragraphs)) if paragraphs[i].style.name != "List Bullet"
    )
    bullet_style = paragraphs[start + 1].style
    paragraphs[end].insert_paragraph_before("An analyst's own key point", style=bullet_style)
    table = word.tables[0]
    assert table.rows[0].cells[0].text == "Actor"
    cell_style = table.rows[-1].cells[0].paragraphs[0].style
    row = table.add_row()
    for cell, text in zip(row.cells, ("Jane Analystson", "person", "Desk officer"), strict=True):
        cell.paragraphs[0].style = cell_style  # as Word does: the new row takes the last one's
        cell.paragraphs[0].add_run(text)
    word.save(str(path))


def _assert_edited(text: str) -> None:
    assert "An analyst's own key point" in text
    assert "Jane Analystson person Desk officer" in text


def test_an_edit_survives_libreoffice_and_stays_lint_clean(
    seed_documents: dict[str, Document], brand: Brand, office: Office, tmp_path: Path
) -> None:
    source, _ = _write_outputs(seed_documents["policy-brief"], brand, tmp_path)
    assert lint_docx(source.read_bytes()) == []
    _add_key_point_and_actor(source)
    assert lint_docx(source.read_bytes()) == []
    _assert_edited(pdf_pages(office.convert(source, "pdf", tmp_path / "pdf").read_bytes())[0])

    # A colleague on another suite: LibreOffice opens it and saves it back as DOCX.
    resaved = office.convert(source, "docx", tmp_path / "resaved")
    assert lint_docx(resaved.read_bytes()) == []
    _assert_edited(_docx_text(docx.Document(str(resaved))))
    text, _ = pdf_pages(office.convert(resaved, "pdf", tmp_path / "resaved-pdf").read_bytes())
    _assert_edited(text)
    for line in _evidence_lines(seed_documents["policy-brief"]):
        assert text.count(line) == 1, line


def _docx_text(word: Any) -> str:
    parts = [p.text for p in word.paragraphs]
    for table in word.tables:
        parts += [" ".join(cell.text for cell in row.cells) for row in table.rows]
    return re.sub(r"\s+", " ", " ".join(parts))
