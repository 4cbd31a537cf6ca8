"""DOCX linter: clean on our own output, catches each problem on deliberately bad documents."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor
from samples import seed_document

from briefings.brand import load_brand
from briefings.lint import LintProblem, lint_docx
from briefings.writers.docx_writer import write_docx

BRAND = Path(__file__).parent.parent / "templates/brands/default/brand.yml"


def _save(document: Any) -> bytes:
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _clean_word_document() -> Any:
    """A plain python-docx document with a footer carrying Page X of Y."""
    document = docx.Document()
    section = document.sections[0]
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = "Header"
    footer = section.footer
    footer.is_linked_to_previous = False
    footer.paragraphs[0]._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )
    footer.paragraphs[0]._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr=" NUMPAGES ">'
            "<w:r><w:t>1</w:t></w:r></w:fldSimple>"
        )
    )
    document.add_paragraph("Fine text.", style="Body Text")
    return document


def _direct_formatting(document: Any) -> None:
    run = document.add_paragraph(style="Body Text").add_run("big red")
    run.font.size = Pt(20)
    run.font.color.rgb = RGBColor(0xC0, 0, 0)


def _normal_paragraph(document: Any) -> None:
    document.add_paragraph("Body text in Normal.")


def _unknown_style(document: Any) -> None:
    paragraph = document.add_paragraph("Styled with a missing style.", style="Body Text")
    paragraph._p.pPr.pStyle.val = "NoSuchStyle"


def _fake_hyperlink(document: Any) -> None:
    run = document.add_paragraph("See ", style="Body Text").add_run("https://example.org")
    run.font.underline = True
    run.font.color.rgb = RGBColor(0, 0, 0xFF)


def _no_header_or_footer(document: Any) -> None:
    section = document.sections[0]
    section.header.is_linked_to_previous = True
    section.footer.is_linked_to_previous = True


def _no_page_fields(document: Any) -> None:
    footer = document.sections[0].footer._element
    for field in list(footer.iter(f"{{{footer.nsmap['w']}}}fldSimple")):
        field.getparent().remove(field)


def _list_never_restarts(document: Any) -> None:
    document.add_paragraph("First list, item one", style="List Number")
    document.add_paragraph("First list, item two", style="List Number")
    document.add_paragraph("Something else.", style="Body Text")
    document.add_paragraph("Second list, item one", style="List Number")


BREAKAGES: dict[str, Callable[[Any], None]] = {
    "direct-formatting": _direct_formatting,
    "unstyled-paragraph": _normal_paragraph,
    "unknown-style": _unknown_style,
    "fake-hyperlink": _fake_hyperlink,
    "missing-header": _no_header_or_footer,
    "missing-footer": _no_header_or_footer,
    "missing-page-field": _no_page_fields,
    "list-never-restarts": _list_never_restarts,
}


def test_a_clean_word_document_passes() -> None:
    assert lint_docx(_save(_clean_word_document())) == []


def test_own_output_passes() -> None:
    assert lint_docx(write_docx(seed_document(), load_brand(BRAND))) == []


@pytest.mark.parametrize("code", sorted(BREAKAGES))
def test_catches(code: str) -> None:
    document = _clean_word_document()
    BREAKAGES[code](document)
    problems = lint_docx(_save(document))
    assert code in {problem.code for problem in problems}, problems
    # Each breakage is reported once, with a readable location.
    found = [problem for problem in problems if problem.code == code]
    assert len(found) == 1
    assert str(found[0]).startswith("word/")


def test_problem_reads_as_one_line() -> None:
    document = _clean_word_document()
    _direct_formatting(document)
    (problem,) = lint_docx(_save(document))
    assert str(problem) == (
        "word/document.xml: paragraph 2 ('big red'): direct-formatting: runs carry direct "
        "formatting (color, sz); use a paragraph or character style"
    )


def test_link_in_a_hyperlink_is_not_fake() -> None:
    document = _clean_word_document()
    rid = document.part.relate_to(
        "https://example.org", docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, is_external=True
    )
    paragraph = document.add_paragraph("See ", style="Body Text")
    paragraph._p.append(
        parse_xml(
            f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:rPr>'
            '<w:rStyle w:val="Hyperlink"/></w:rPr><w:t>link</w:t></w:r></w:hyperlink>'
        )
    )
    assert lint_docx(_save(document)) == []


def test_not_a_docx() -> None:
    assert lint_docx(b"not a zip") == [
        LintProblem("not-a-docx", "(package)", "-", "cannot read as DOCX: File is not a zip file")
    ]
