"""A reference document (the organisation's Word template): its styles win, ours fill gaps."""

from __future__ import annotations

from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from briefings.brand import Brand
from briefings.writers.docx.styles import Metrics, define_styles


def merge_brand_styles(
    styles_element: Any, brand: Brand, metrics: Metrics, warnings: list[str]
) -> dict[str, str]:
    """Keep a reference document's styles, add ours where it lacks one; map our ids to its ids."""
    by_id: dict[str, Any] = {}
    by_name: dict[str, Any] = {}
    for style in styles_element.iterchildren(qn("w:style")):
        by_id[style.get(qn("w:styleId"))] = style
        name = style.find(qn("w:name"))
        if name is not None:
            by_name[name.get(qn("w:val")).lower()] = style
    definitions = define_styles(brand, metrics)
    mapping: dict[str, str] = {}
    for style_id, xml in definitions.items():
        ours = parse_xml(f"<w:styles {nsdecls('w')}>{xml}</w:styles>")[0]
        name = ours.find(qn("w:name")).get(qn("w:val"))
        theirs = by_id.get(style_id)
        if theirs is None or theirs.get(qn("w:type")) != ours.get(qn("w:type")):
            theirs = by_name.get(name.lower())
        if theirs is not None and theirs.get(qn("w:type")) == ours.get(qn("w:type")):
            mapping[style_id] = theirs.get(qn("w:styleId"))
            continue
        if style_id not in ("DefaultParagraphFont", "TableNormal", "NoList"):
            warnings.append(
                f"reference document has no {name!r} style (id {style_id}); using the brand's"
            )
        if style_id in by_id:  # same id, other type: rename ours to keep ids unique
            ours.set(qn("w:styleId"), f"Brief{style_id}")
        styles_element.append(ours)
        mapping[style_id] = ours.get(qn("w:styleId"))
    return mapping
