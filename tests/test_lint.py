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
from briefings.writers.docx.lint import LintProblem, lint_docx
from briefings.writers.docx.writer import write_docx

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


def _body_xml(document: Any, xml: str) -> None:
    document.element.body.insert(-1, parse_xml(xml))


def _broken_citation(document: Any) -> None:
    _body_xml(
        document,
        f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="BodyText"/></w:pPr>'
        '<w:r><w:t>Claim</w:t></w:r><w:hyperlink w:anchor="evidence_9">'
        "<w:r><w:t>9</w:t></w:r></w:hyperlink></w:p>",
    )


def _broken_cross_reference(document: Any) -> None:
    _body_xml(
        document,
        f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="BodyText"/></w:pPr>'
        '<w:r><w:t>Claim</w:t></w:r><w:fldSimple w:instr=" NOTEREF _Ref42 \\h ">'
        "<w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>",
    )


def _uncited_bookmark(document: Any) -> None:
    _body_xml(
        document,
        f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="BodyText"/></w:pPr>'
        '<w:bookmarkStart w:id="7" w:name="evidence_1"/><w:r><w:t>A sentence.</w:t></w:r>'
        '<w:bookmarkEnd w:id="7"/></w:p>',
    )


BREAKAGES: dict[str, Callable[[Any], None]] = {
    "direct-formatting": _direct_formatting,
    "unstyled-paragraph": _normal_paragraph,
    "unknown-style": _unknown_style,
    "fake-hyperlink": _fake_hyperlink,
    "missing-header": _no_header_or_footer,
    "missing-footer": _no_header_or_footer,
    "missing-page-field": _no_page_fields,
    "list-never-restarts": _list_never_restarts,
    "broken-citation": _broken_citation,
    "uncited-bookmark": _uncited_bookmark,
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


def test_a_cross_reference_field_to_a_missing_bookmark_is_broken() -> None:
    document = _clean_word_document()
    _broken_cross_reference(document)
    (problem,) = lint_docx(_save(document))
    assert problem.code == "broken-citation" and "'_Ref42'" in problem.message


def _with_footnotes(document: Any, notes: list[str], body: str) -> bytes:
    """`document` with a footnotes part holding `notes` and `body` (paragraph XML) appended."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    xml = "".join(
        f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f"<w:r><w:footnoteRef/></w:r><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>"
        for number, text in enumerate(notes, 1)
    )
    blob = (
        f"<w:footnotes {nsdecls('w')}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        f"<w:continuationSeparator/></w:r></w:p></w:footnote>{xml}</w:footnotes>"
    ).encode()
    part = Part(
        PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, blob, document.part.package
    )
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
    _body_xml(document, body)
    return _save(document)


def _cited(*parts: str) -> str:
    return f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="BodyText"/></w:pPr>{"".join(parts)}</w:p>'


def test_the_same_sentence_in_two_footnotes_is_a_duplicate() -> None:
    sentence = "Ottawa: South Korea and Canada have jointly called for the withdrawal."
    body = _cited(
        '<w:r><w:t>One</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>',
        '<w:r><w:t>Two</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r>',
        '<w:r><w:t>Three</w:t></w:r><w:r><w:footnoteReference w:id="3"/></w:r>',
    )
    data = _with_footnotes(_clean_word_document(), [sentence, "Another.", sentence], body)
    (problem,) = lint_docx(data)
    assert problem.code == "duplicate-footnote"
    assert str(problem).startswith("word/footnotes.xml: footnote 3 ('Ottawa: South Korea")
    assert "same text as footnote 1" in problem.message


def test_a_footnote_cited_again_by_noteref_is_clean() -> None:
    # Design (a) as Word's Insert > Cross-reference makes it: a bookmark on the footnote mark,
    # a NOTEREF field with the footnote reference formatting for the later citation.
    body = _cited(
        '<w:r><w:t>One</w:t></w:r><w:bookmarkStart w:id="1" w:name="_Ref1"/>'
        '<w:r><w:footnoteReference w:id="1"/></w:r><w:bookmarkEnd w:id="1"/>',
        '<w:r><w:t>Again</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> NOTEREF _Ref1 \\f \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    )
    data = _with_footnotes(_clean_word_document(), ["The sentence."], body)
    assert lint_docx(data) == []
