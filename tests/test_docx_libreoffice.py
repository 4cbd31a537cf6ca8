"""DOCX writer through LibreOffice: the document converts, reads completely, and paginates."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from samples import seed_document

from briefings.brand import load_brand
from briefings.writers.docx_writer import write_docx

BRAND = Path(__file__).parent.parent / "templates/brands/default/brand.yml"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed; CI installs libreoffice-writer-nogui",
)


@pytest.fixture(scope="module")
def pdf_text(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, int]:
    from pypdf import PdfReader

    folder = tmp_path_factory.mktemp("libreoffice")
    source = folder / "seed.docx"
    source.write_bytes(write_docx(seed_document(), load_brand(BRAND)))
    assert SOFFICE is not None
    # A private profile: parallel conversions with a shared profile fail silently.
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    reader = PdfReader(folder / "seed.pdf")
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def test_converts_to_two_pages(pdf_text: tuple[str, int]) -> None:
    assert pdf_text[1] == 2


@pytest.mark.parametrize(
    "expected",
    [
        "South Korea and Canada Demand",
        "Global Affairs Briefing Unit",
        "POLICY BRIEF",
        "GABU-20261126-001",
        "Bottom line:",
        "Role / affiliation",
        "Page 1 of 2",
        "Page 2 of 2",
        "UNCLASSIFIED",
        "For official use.",
        "10,000",
        "[4] The ministers from both countries",
    ],
)
def test_pdf_has_the_text(pdf_text: tuple[str, int], expected: str) -> None:
    assert expected in " ".join(pdf_text[0].split())


def test_markings_on_every_page(pdf_text: tuple[str, int]) -> None:
    assert pdf_text[0].count("UNCLASSIFIED") == 2 * pdf_text[1]


def test_numbered_list_numbers_and_footnotes_render(pdf_text: tuple[str, int]) -> None:
    text = " ".join(pdf_text[0].split())
    assert "1. South Korea, Canada" in text
    assert "2. South Korea, Canada" in text
    assert "[1] Ottawa: South Korea and Canada have jointly called" in text
