"""DOCX writer: styles per paragraph (golden), evidence links, furniture, properties, tables."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from lxml import etree
from samples import FIXED_DATE, QUOTES, seed_document, t

from briefings.blocks import BulletList, Document, Link, NoteRef, Notes, Paragraph, Text
from briefings.brand import Brand, load_brand
from briefings.writers import WRITERS
from briefings.writers.docx.lint import lint_docx
from briefings.writers.docx.writer import render_docx, write_docx

GOLDEN = Path(__file__).parent / "golden" / "docx_seed.txt"
UPDATE = os.environ.get("BRIEFINGS_UPDATE_GOLDEN") == "1"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def w(name: str) -> str:
    """Clark name of a WordprocessingML element or attribute."""
    return f"{{{W}}}{name}"


@pytest.fixture(scope="module")
def brand() -> Brand:
    return load_brand(Path(__file__).parent.parent / "templates/brands/default/brand.yml")


@pytest.fixture(scope="module")
def seed_bytes(brand: Brand) -> bytes:
    return write_docx(seed_document(), brand)


@pytest.fixture(scope="module")
def seed(seed_bytes: bytes) -> Any:
    return docx.Document(io.BytesIO(seed_bytes))


# ----------------------------------------------------------------------------- describing


def describe_runs(element: Any, styles: dict[str, str]) -> str:
    """Text of a paragraph: links as <link>, internal ones as <#bookmark>, bookmarks as {#name},
    fields as {NAME}, tabs |."""
    parts: list[str] = []
    for node in element.iter():
        if node.tag == w("t"):
            parts.append(node.text or "")
        elif node.tag == w("tab") and node.getparent().tag == w("r"):
            parts.append(" | ")
        elif node.tag == w("hyperlink"):
            anchor = node.get(w("anchor"))
            parts.append(f"<#{anchor}>" if anchor else "<link>")
        elif node.tag == w("bookmarkStart"):
            parts.append(f"{{#{node.get(w('name'))}}}")
        elif node.tag == w("fldSimple"):
            parts.append("{" + node.get(w("instr")).split()[0] + "}")
            for text in node.iter(w("t")):
                text.text = ""  # the placeholder result is not content
    return "".join(parts)


def describe_story(root: Any, styles: dict[str, str]) -> Iterator[str]:
    """`[style] text` per paragraph; tables as one line per row with the table style."""
    for child in root:
        if child.tag == w("p"):
            yield _describe_paragraph(child, styles)
        elif child.tag == w("tbl"):
            table_style = styles[child.find(f"{w('tblPr')}/{w('tblStyle')}").get(w("val"))]
            for row in child.iter(w("tr")):
                cells = [
                    " / ".join(describe_runs(p, styles) for p in cell.iter(w("p")))
                    for cell in row.iter(w("tc"))
                ]
                first = row.find(f".//{w('p')}")
                cell_style = styles[first.find(f"{w('pPr')}/{w('pStyle')}").get(w("val"))]
                yield f"[{table_style} > {cell_style}] " + " | ".join(cells)


def _describe_paragraph(paragraph: Any, styles: dict[str, str]) -> str:
    style = paragraph.find(f"{w('pPr')}/{w('pStyle')}")
    name = "(none)" if style is None else styles[style.get(w("val"))]
    num = paragraph.find(f"{w('pPr')}/{w('numPr')}/{w('numId')}")
    if num is not None:
        name += f" #{num.get(w('val'))}"
    return f"[{name}] {describe_runs(paragraph, styles)}".rstrip()


def describe_docx(data: bytes) -> str:
    """What a person reads in the DOCX, with the style of each paragraph."""
    document = docx.Document(io.BytesIO(data))
    styles = {style.style_id: style.name for style in document.styles}
    section = document.sections[0]
    lines = list(describe_story(document.element.body, styles))
    for label, story in (
        ("first page header", section.first_page_header),
        ("header", section.header),
        ("first page footer", section.first_page_footer),
        ("footer", section.footer),
    ):
        lines.append(f"--- {label}")
        lines.extend(describe_story(story._element, styles))
    return "\n".join(lines) + "\n"


def text_of(element: Any) -> str:
    """All w:t text under an element."""
    return "".join(node.text or "" for node in element.iter(w("t")))


# ----------------------------------------------------------------------------- tests


def test_registry_writes_docx(brand: Brand) -> None:
    data = WRITERS["docx"](seed_document(), brand)
    assert data.startswith(b"PK")


def test_styles_per_paragraph_match_golden(seed_bytes: bytes) -> None:
    described = describe_docx(seed_bytes)
    if UPDATE or not GOLDEN.exists():
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(described, encoding="utf-8")
    assert described == GOLDEN.read_text(encoding="utf-8")


def test_every_body_paragraph_uses_a_named_brief_style(seed: Any) -> None:
    allowed = {
        "Title",
        "Subtitle",
        "Heading 1",
        "Heading 2",
        "Body Text",
        "List Bullet",
        "List Number",
        "Evidence Note",
        "Bottom Line",
        "Fact",
        "Figure Value",
        "Figure Label",
        "Table Text",
        "Table Heading",
    }
    used = {paragraph.style.name for paragraph in seed.paragraphs}
    used |= {
        paragraph.style.name
        for table in seed.tables
        for row in table.rows
        for cell in row.cells
        for paragraph in cell.paragraphs
    }
    assert used <= allowed
    expected = {"Title", "Heading 1", "List Bullet", "List Number", "Evidence Note", "Bottom Line"}
    assert expected <= used


def test_runs_carry_no_direct_formatting(seed: Any) -> None:
    allowed = {w("rStyle"), w("b"), w("i")}
    for run in seed.element.body.iter(w("r")):
        properties = run.find(w("rPr"))
        if properties is not None:
            assert {child.tag for child in properties} <= allowed


def test_own_output_passes_lint(seed_bytes: bytes) -> None:
    assert lint_docx(seed_bytes) == []


def test_styles_come_from_the_brand(seed: Any, brand: Brand) -> None:
    heading = seed.styles["Heading 1"]
    assert heading.font.name == brand.heading_font.family
    assert str(heading.font.color.rgb) == brand.heading_color.lstrip("#")
    fonts = seed.styles.element.find(f"{w('docDefaults')}//{w('rFonts')}")
    assert fonts.get(w("ascii")) == brand.body_font.family
    assert fonts.get(w("eastAsia")) in ("Malgun Gothic", "NanumGothic", "Noto Sans CJK KR")
    assert fonts.get(w("asciiTheme")) is None  # a theme font would override the brand's
    marking = seed.styles["Classification"]
    shading = marking.element.find(f"{w('pPr')}/{w('shd')}")
    assert shading.get(w("fill")) == brand.classification_background.lstrip("#")


def test_each_evidence_sentence_once_and_every_citation_links_to_it(seed: Any) -> None:
    document = seed_document()
    numbers = [
        inline.number
        for block in document.blocks
        if not isinstance(block, Notes)
        for inline in _inlines_of(block)
        if isinstance(inline, NoteRef)
    ]
    assert len(numbers) == 9 and len(set(numbers)) == 4  # sentences are cited more than once
    body = seed.element.body
    text = text_of(body)
    for quote in QUOTES:
        assert text.count(quote) == 1
    notes = [p for p in seed.paragraphs if p.style.name == "Evidence Note"]
    assert [p.text for p in notes] == [
        f"{number}\t{quote} (¶{number})" for number, quote in enumerate(QUOTES, 1)
    ]
    bookmarks = {
        mark.get(w("name")): text_of(mark.getparent()) for mark in body.iter(w("bookmarkStart"))
    }
    assert list(bookmarks) == [f"evidence_{n}" for n in range(1, 5)]
    links = [link for link in body.iter(w("hyperlink")) if link.get(w("anchor"))]
    assert [link.get(w("anchor")) for link in links] == [f"evidence_{n}" for n in numbers]
    for link, number in zip(links, numbers, strict=True):
        assert text_of(link) == str(number)  # numbered as in the PDF
        style = link.find(f"{w('r')}/{w('rPr')}/{w('rStyle')}").get(w("val"))
        assert seed.styles.get_by_id(style, 2).name == "Evidence Reference"
        assert seed.styles.get_by_id(style, 2).font.superscript


def _inlines_of(block: Any) -> Iterator[Any]:
    for name in ("inlines",):
        yield from getattr(block, name, ())
    for item in getattr(block, "items", ()):
        yield from item[1] if isinstance(item, tuple) and isinstance(item[0], str) else item


def test_no_footnotes_part_and_no_footnote_styles(seed_bytes: bytes, seed: Any) -> None:
    with zipfile.ZipFile(io.BytesIO(seed_bytes)) as archive:
        assert "word/footnotes.xml" not in archive.namelist()
        assert "footnotePr" not in archive.read("word/settings.xml").decode()
    names = {style.name for style in seed.styles}
    assert {"Evidence Note", "Evidence Reference"} <= names
    assert not {"footnote text", "footnote reference"} & names


def test_footer_has_page_x_of_y_fields_and_word_updates_them(seed: Any) -> None:
    section = seed.sections[0]
    for footer in (section.footer, section.first_page_footer):
        instructions = [f.get(w("instr")).split()[0] for f in footer._element.iter(w("fldSimple"))]
        assert instructions == ["PAGE", "NUMPAGES"]
        assert "Page 1 of 1" in text_of(footer._element)
    update = seed.settings.element.find(w("updateFields"))
    assert update is not None and update.get(w("val")) == "true"


def test_sections_have_first_page_band_running_header_and_markings(seed: Any, brand: Brand) -> None:
    section = seed.sections[0]
    assert section.different_first_page_header_footer
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert round(section.left_margin.pt) == round(brand.margins[3])
    first = section.first_page_header
    assert brand.name in text_of(first._element) and "GABU-20261126-001" in text_of(first._element)
    assert first._element.find(f".//{w('drawing')}") is not None  # the logo
    assert "GABU-20261126-001" in text_of(section.header._element)
    for story in (first, section.header, section.footer, section.first_page_footer):
        marks = [p for p in story.paragraphs if p.style.name == "Classification"]
        assert [p.text for p in marks] == [brand.classification]


def test_properties_core_and_custom(seed_bytes: bytes, seed: Any, brand: Brand) -> None:
    core = seed.core_properties
    info = seed_document().info
    assert core.title == info.title
    assert core.subject == info.subject
    assert core.author == brand.name
    assert core.keywords == "South Korea; Canada; North Korea; Russia"
    assert core.category == "Policy brief"
    assert core.language == "en-GB"
    assert core.created == FIXED_DATE
    assert core.modified == FIXED_DATE
    with zipfile.ZipFile(io.BytesIO(seed_bytes)) as archive:
        custom = etree.fromstring(archive.read("docProps/custom.xml"))
        rels = archive.read("_rels/.rels").decode()
        types = archive.read("[Content_Types].xml").decode()
    assert "relationships/custom-properties" in rels
    assert "custom-properties+xml" in types
    values = {prop.get("name"): "".join(prop.itertext()) for prop in custom}
    assert values == {
        "Classification": "UNCLASSIFIED",
        "SourceURL": "https://example.org/news/korea-canada",
        "InputSHA256": info.source_sha256,
        "ToolVersion": "0.1.0",
        "Reference": "GABU-20261126-001",
    }


def test_actors_table_repeats_header_and_fixes_widths(seed: Any) -> None:
    table = seed.tables[0]
    assert table.style.name == "Brief Table"
    element = table._tbl
    rows = element.findall(w("tr"))
    assert rows[0].find(f"{w('trPr')}/{w('tblHeader')}") is not None
    assert all(row.find(f"{w('trPr')}/{w('tblHeader')}") is None for row in rows[1:])
    assert element.find(f"{w('tblPr')}/{w('tblLayout')}").get(w("type")) == "fixed"
    grid = [int(col.get(w("w"))) for col in element.iter(w("gridCol"))]
    section = seed.sections[0]
    text_width = round(
        section.page_width.twips - section.left_margin.twips - section.right_margin.twips
    )
    assert sum(grid) == text_width
    assert int(element.find(f"{w('tblPr')}/{w('tblW')}").get(w("w"))) == text_width
    for row in rows:
        widths = [int(tc.find(f"{w('tcPr')}/{w('tcW')}").get(w("w"))) for tc in row.iter(w("tc"))]
        assert widths == grid
    assert [cell.text for cell in table.rows[0].cells] == ["Actor", "Kind", "Role / affiliation"]
    assert table.rows[3].cells[0].text == "Cho Tae-yul (조태열)"
    assert len(table.rows) == 6


def test_links_are_real_hyperlinks(seed: Any) -> None:
    links = [link for link in seed.element.body.iter(w("hyperlink")) if not link.get(w("anchor"))]
    assert len(links) == 1
    rid = links[0].get(f"{{{R}}}id")
    relationship = seed.part.rels[rid]
    assert relationship.is_external
    assert relationship.target_ref == "https://example.org/news/korea-canada"
    run_style = links[0].find(f"{w('r')}/{w('rPr')}/{w('rStyle')}").get(w("val"))
    assert seed.styles.get_by_id(run_style, 2).name == "Hyperlink"


def _with_blocks(*blocks: Any) -> Document:
    base = seed_document()
    return seed_document(blocks=blocks, info=base.info)


def test_each_ordered_list_restarts(brand: Brand) -> None:
    document = _with_blocks(
        BulletList((t("one"), t("two")), ordered=True),
        Paragraph(t("Between the lists.")),
        BulletList((t("bullet"),)),
        BulletList((t("uno"), t("dos")), ordered=True),
    )
    data = write_docx(document, brand)
    word = docx.Document(io.BytesIO(data))
    numbering = word.part.numbering_part.element
    num_ids = [
        p._p.find(f"{w('pPr')}/{w('numPr')}/{w('numId')}")
        for p in word.paragraphs
        if p.style.name == "List Number"
    ]
    ids = [node.get(w("val")) for node in num_ids]
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]
    nums = {num.get(w("numId")): num for num in numbering.iter(w("num"))}
    for num_id in (ids[0], ids[2]):
        override = nums[num_id].find(f"{w('lvlOverride')}/{w('startOverride')}")
        assert override is not None and override.get(w("val")) == "1"
    abstracts = {nums[i].find(w("abstractNumId")).get(w("val")) for i in (ids[0], ids[2])}
    assert len(abstracts) == 1
    assert lint_docx(data) == []


def test_hostile_text_is_escaped_and_control_characters_dropped(brand: Brand) -> None:
    document = _with_blocks(
        Paragraph((Text("<w:b/> & \x07bell\nline"), Link("a&b", "https://x.test/?a=1&b=2"))),
    )
    word = docx.Document(io.BytesIO(write_docx(document, brand)))
    paragraph = word.paragraphs[0]
    assert paragraph.text.startswith("<w:b/> & bell\nline")
    assert (
        word.part.rels[next(paragraph._p.iter(w("hyperlink"))).get(f"{{{R}}}id")].target_ref
        == "https://x.test/?a=1&b=2"
    )


def test_missing_note_is_marked_visibly_not_linked(brand: Brand) -> None:
    document = _with_blocks(Paragraph((Text("Claim"), NoteRef(7))))
    data = write_docx(document, brand)
    word = docx.Document(io.BytesIO(data))
    assert word.paragraphs[0].text == "Claim[evidence 7 missing]"
    assert next(word.element.body.iter(w("hyperlink")), None) is None
    assert lint_docx(data) == []


def test_render_without_reference_has_no_warnings(brand: Brand) -> None:
    assert render_docx(seed_document(), brand).warnings == ()
