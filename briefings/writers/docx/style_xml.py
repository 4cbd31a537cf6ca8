"""Word style XML pieces: `w:rPr`, `w:pPr`, borders and `w:style` elements as strings."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr


def hex_color(color: str) -> str:
    """A "#rrggbb" colour as Word writes it: "RRGGBB"."""
    return color.lstrip("#").upper()


def half_points(size: float) -> int:
    """A font size in points as Word's half-points."""
    return round(size * 2)


def run_props(
    *,
    font: str | None = None,
    east_asian: str | None = None,
    size: float | None = None,
    color: str | None = None,
    bold: bool = False,
    italic: bool = False,
    caps: bool = False,
    underline: bool = False,
    superscript: bool = False,
    spacing: int | None = None,
) -> str:
    """`w:rPr` with the given run properties, in the order the schema requires."""
    parts = []
    if font:
        east = east_asian or font
        parts.append(
            f"<w:rFonts w:ascii={quoteattr(font)} w:hAnsi={quoteattr(font)} "
            f"w:eastAsia={quoteattr(east)} w:cs={quoteattr(font)}/>"
        )
    if bold:
        parts.append("<w:b/><w:bCs/>")
    if italic:
        parts.append("<w:i/><w:iCs/>")
    if caps:
        parts.append("<w:caps/>")
    if color:
        parts.append(f'<w:color w:val="{hex_color(color)}"/>')
    if spacing is not None:
        parts.append(f'<w:spacing w:val="{spacing}"/>')
    if size:
        half = half_points(size)
        parts.append(f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>')
    if underline:
        parts.append('<w:u w:val="single"/>')
    if superscript:
        parts.append('<w:vertAlign w:val="superscript"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def border(side: str, color: str, size_eighths: int, space: int) -> str:
    """One side of a paragraph border (`w:pBdr` child)."""
    return (
        f'<w:{side} w:val="single" w:sz="{size_eighths}" w:space="{space}" '
        f'w:color="{hex_color(color)}"/>'
    )


def para_props(
    *,
    keep_next: bool = False,
    keep_lines: bool = False,
    num_id: int | None = None,
    borders: str = "",
    fill: str | None = None,
    tabs: tuple[tuple[str, int], ...] = (),
    before: float = 0,
    after: float = 0,
    line: float | None = None,
    left: int = 0,
    right: int = 0,
    hanging: int = 0,
    align: str | None = None,
    outline: int | None = None,
) -> str:
    """`w:pPr` with the given paragraph properties (spacing in points, indents in twips)."""
    parts = []
    if keep_next:
        parts.append("<w:keepNext/>")
    if keep_lines:
        parts.append("<w:keepLines/>")
    if num_id is not None:
        parts.append(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
    if borders:
        parts.append(f"<w:pBdr>{borders}</w:pBdr>")
    if fill:
        parts.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{hex_color(fill)}"/>')
    if tabs:
        stops = "".join(f'<w:tab w:val="{kind}" w:pos="{pos}"/>' for kind, pos in tabs)
        parts.append(f"<w:tabs>{stops}</w:tabs>")
    line_attrs = f' w:line="{round(line * 240)}" w:lineRule="auto"' if line else ""
    parts.append(
        f'<w:spacing w:before="{round(before * 20)}" w:after="{round(after * 20)}"{line_attrs}/>'
    )
    if left or right or hanging:
        hang = f' w:hanging="{hanging}"' if hanging else ""
        parts.append(f'<w:ind w:left="{left}" w:right="{right}"{hang}/>')
    if align:
        parts.append(f'<w:jc w:val="{align}"/>')
    if outline is not None:
        parts.append(f'<w:outlineLvl w:val="{outline}"/>')
    return f"<w:pPr>{''.join(parts)}</w:pPr>"


def style_xml(
    kind: str,
    style_id: str,
    name: str,
    *,
    based_on: str | None = None,
    next_style: str | None = None,
    custom: bool = False,
    priority: int | None = None,
    body: str = "",
) -> str:
    """A `w:style` element: its name, basing, next style, priority and `body` properties."""
    custom_attr = ' w:customStyle="1"' if custom else ""
    default_attr = (
        ' w:default="1"'
        if style_id in ("Normal", "DefaultParagraphFont", "TableNormal", "NoList")
        else ""
    )
    parts = [f"<w:name w:val={quoteattr(name)}/>"]
    if based_on:
        parts.append(f'<w:basedOn w:val="{based_on}"/>')
    if next_style:
        parts.append(f'<w:next w:val="{next_style}"/>')
    if priority is not None:
        parts.append(f'<w:uiPriority w:val="{priority}"/>')
    # Quick-style gallery: every paragraph style a writer picks, not page furniture.
    if kind == "paragraph" and name not in ("header", "footer"):
        parts.append("<w:qFormat/>")
    return (
        f'<w:style w:type="{kind}"{default_attr}{custom_attr} w:styleId="{style_id}">'
        f"{''.join(parts)}{body}</w:style>"
    )
