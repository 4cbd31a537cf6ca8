"""The package parts python-docx has no API for: template, footnotes, properties, settings."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart

from briefings.blocks import DocumentInfo
from briefings.brand import Brand

_DROPPED_PART_RELS = (
    RT.CUSTOM_XML,
    RT.WEB_SETTINGS,
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
)
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the one Word uses for user properties


@lru_cache(maxsize=1)
def _base_template() -> bytes:
    """python-docx's default package without its 430 kB of styles, thumbnail and extras."""
    document = docx.Document()
    part = document.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype in _DROPPED_PART_RELS:
            part.rels.pop(rid)
    for rid, rel in list(document.part.package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            document.part.package.rels.pop(rid)
    for root in (part.styles.element, part.numbering_part.element):
        for child in list(root):
            root.remove(child)
    settings = document.settings.element
    for tag in ("w:rsids", "w:proofState", "w:attachedTemplate"):
        for child in settings.findall(qn(tag)):
            settings.remove(child)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def open_base_document(reference_docx: Path | None) -> Any:
    """A fresh python-docx Document: our slim template, or the reference docx, body cleared."""
    if reference_docx is None:
        return docx.Document(io.BytesIO(_base_template()))
    document = docx.Document(str(reference_docx))
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def get_numbering_element(document: Any) -> Any:
    """The `w:numbering` root, creating the numbering part when the package has none."""
    part = document.part
    try:
        return part.part_related_by(RT.NUMBERING).element
    except KeyError:
        element = parse_xml(f"<w:numbering {nsdecls('w')}/>")
        numbering = NumberingPart(
            PackURI("/word/numbering.xml"), CT.WML_NUMBERING, element, part.package
        )
        part.relate_to(numbering, RT.NUMBERING)
        return element


def _replace_related(owner: Any, reltype: str, part: Part) -> None:
    for rid, rel in list(owner.rels.items()):
        if rel.reltype == reltype:
            owner.rels.pop(rid)
    owner.relate_to(part, reltype)


class FootnotesPart(Part):
    """/word/footnotes.xml, whose XML is set after its hyperlink relationships are made."""

    xml: bytes = b""

    @property
    def blob(self) -> bytes:
        """The part's XML."""
        return self.xml


def add_footnotes_part(document: Any) -> FootnotesPart:
    """A new footnotes part related from the document part (replacing a template's)."""
    part = FootnotesPart(
        PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, None, document.part.package
    )
    _replace_related(document.part, RT.FOOTNOTES, part)
    return part


def write_footnotes(part: FootnotesPart, paragraphs: list[str]) -> None:
    """Word's separator notes (-1, 0), then footnote n+1 holding `paragraphs[n]` (paragraph XML)."""
    separators = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr>'
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:r><w:separator/></w:r></w:p></w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>'
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
    )
    notes = "".join(
        f'<w:footnote w:id="{number}">{paragraph}</w:footnote>'
        for number, paragraph in enumerate(paragraphs, 1)
    )
    part.xml = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f"<w:footnotes {nsdecls('w', 'r')}>{separators}{notes}</w:footnotes>"
    ).encode()


def write_custom_properties(document: Any, properties: dict[str, str]) -> None:
    """Add docProps/custom.xml with string properties records systems can read."""
    items = "".join(
        f'<property fmtid="{_FMTID}" pid="{pid}" name="{escape(name, {chr(34): "&quot;"})}">'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(properties.items(), 2)
    )
    xml = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">{items}</Properties>'
    )
    package = document.part.package
    part = Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, xml.encode(), package)
    _replace_related(package, RT.CUSTOM_PROPERTIES, part)


def write_core_properties(document: Any, info: DocumentInfo, brand: Brand) -> None:
    """Title, subject, author, keywords, category, dates and language, all from the input."""
    core = document.core_properties
    created = _utc(info.created)
    core.title = info.title
    core.subject = info.subject
    core.author = brand.name
    core.last_modified_by = brand.name
    core.keywords = "; ".join(info.keywords)
    core.category = info.category
    core.comments = f"Generated by briefings {info.tool_version}"
    core.created = created
    core.modified = created
    core.revision = 1
    core.language = info.language
    core.identifier = info.reference
    core.content_status = brand.classification


def _utc(moment: datetime) -> datetime:
    # python-docx writes the value with a literal "Z": give it UTC wall-clock time.
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


# Schema order of w:settings children after w:updateFields; new elements go before these.
_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
)


def _insert_setting(settings: Any, element: Any, successors: tuple[str, ...]) -> None:
    existing = settings.find(element.tag)
    if existing is not None:
        settings.replace(existing, element)
        return
    names = {qn(f"w:{name}") for name in successors}
    for child in settings:
        if child.tag in names:
            child.addprevious(element)
            return
    settings.append(element)


def write_settings(document: Any, language: str) -> None:
    """Ask Word to update fields on open and declare the separator footnotes."""
    settings = document.settings.element
    update = parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>')
    _insert_setting(settings, update, _AFTER_UPDATE_FIELDS)
    footnote_pr = parse_xml(
        f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    )
    _insert_setting(settings, footnote_pr, _AFTER_UPDATE_FIELDS[2:])
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), language)
