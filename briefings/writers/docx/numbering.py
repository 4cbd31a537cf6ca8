"""List numbering: bullet and decimal definitions, and a restarting w:num per ordered list."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import quoteattr

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from briefings.brand import Brand

_PPR_BEFORE_NUMPR = (
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
)


def _abstract_num(abstract_id: int, ordered: bool, brand: Brand, style_id: str) -> str:
    color = brand.colors["secondary"].lstrip("#").upper()
    fmt, text, hanging, bold = (
        ("decimal", "%1.", 340, "<w:b/>") if ordered else ("bullet", "\u2022", 227, "")
    )
    return (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        f'<w:nsid w:val="5B2A1C{abstract_id:02X}"/><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:pStyle w:val={quoteattr(style_id)}/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="340" w:hanging="{hanging}"/></w:pPr>'
        f'<w:rPr>{bold}<w:color w:val="{color}"/></w:rPr></w:lvl></w:abstractNum>'
    )


def clear_numbering(numbering_element: Any) -> None:
    """Remove every list definition (our own template starts from none)."""
    for child in list(numbering_element):
        numbering_element.remove(child)


def _add_num(numbering_element: Any, abstract_id: int, restart: bool) -> int:
    used = [int(num.get(qn("w:numId"))) for num in numbering_element.iterchildren(qn("w:num"))]
    num_id = max(used, default=0) + 1
    override = (
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ""
    )
    numbering_element.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            f"{override}</w:num>"
        )
    )
    return num_id


def add_restarted_num(numbering_element: Any, abstract_id: int) -> int:
    """A new `w:num` over `abstract_id` whose numbering starts again at 1; returns its id."""
    return _add_num(numbering_element, abstract_id, restart=True)


def _find_abstract_id(numbering_element: Any, num_id: str | None) -> int | None:
    for num in numbering_element.iterchildren(qn("w:num")):
        if num_id is not None and num.get(qn("w:numId")) == num_id:
            abstract = num.find(qn("w:abstractNumId"))
            return None if abstract is None else int(abstract.get(qn("w:val")))
    return None


def _add_abstract(numbering_element: Any, ordered: bool, brand: Brand, style_id: str) -> int:
    used = [
        int(item.get(qn("w:abstractNumId")))
        for item in numbering_element.iterchildren(qn("w:abstractNum"))
    ]
    abstract_id = max(used, default=0) + 1
    definition = parse_xml(_abstract_num(abstract_id, ordered, brand, style_id))
    first_num = numbering_element.find(qn("w:num"))  # abstractNums precede nums
    if first_num is None:
        numbering_element.append(definition)
    else:
        first_num.addprevious(definition)
    return abstract_id


def _style_num_id(style: Any) -> Any:
    ppr = style.find(qn("w:pPr"))
    if ppr is None:
        ppr = parse_xml(f"<w:pPr {nsdecls('w')}/>")
        name_like = [
            style.find(qn(f"w:{tag}"))
            for tag in (
                "name",
                "aliases",
                "basedOn",
                "next",
                "link",
                "autoRedefine",
                "hidden",
                "uiPriority",
                "semiHidden",
                "unhideWhenUsed",
                "qFormat",
                "locked",
                "personal",
                "personalCompose",
                "personalReply",
                "rsid",
            )
        ]
        anchors = [item for item in name_like if item is not None]
        if anchors:
            anchors[-1].addnext(ppr)
        else:
            style.insert(0, ppr)
    num_pr = ppr.find(qn("w:numPr"))
    if num_pr is None:
        num_pr = parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'
        )
        before = [ppr.find(qn(f"w:{tag}")) for tag in _PPR_BEFORE_NUMPR]
        present = [item for item in before if item is not None]
        if present:
            present[-1].addnext(num_pr)
        else:
            ppr.insert(0, num_pr)
    num_id = num_pr.find(qn("w:numId"))
    if num_id is None:
        num_id = parse_xml(f'<w:numId {nsdecls("w")} w:val="0"/>')
        num_pr.append(num_id)
    return num_id


def link_list_styles(
    styles_element: Any, numbering_element: Any, brand: Brand, mapping: dict[str, str]
) -> int:
    """Give the list styles working numbering; the abstract list ordered lists restart from."""
    number_abstract = 0
    for key, ordered in (("ListBullet", False), ("ListNumber", True)):
        style_id = mapping[key]
        style = next(
            item
            for item in styles_element.iterchildren(qn("w:style"))
            if item.get(qn("w:styleId")) == style_id
        )
        num_id = _style_num_id(style)
        abstract_id = _find_abstract_id(numbering_element, num_id.get(qn("w:val")))
        if abstract_id is None:
            abstract_id = _add_abstract(numbering_element, ordered, brand, style_id)
            num_id.set(qn("w:val"), str(_add_num(numbering_element, abstract_id, False)))
        if ordered:
            number_abstract = abstract_id
    return number_abstract
