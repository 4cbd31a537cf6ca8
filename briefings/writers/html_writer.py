"""Document -> HTML bytes: a self-contained page (or email body) styled from the brand."""

from __future__ import annotations

from html import escape
from typing import assert_never

from briefings.blocks import (
    Block,
    BottomLine,
    BulletList,
    Callouts,
    Document,
    Facts,
    Heading,
    Inlines,
    Link,
    NoteRef,
    Notes,
    Paragraph,
    Subtitle,
    Table,
    Text,
    Title,
)
from briefings.brand import Brand


def write_html(document: Document, brand: Brand) -> bytes:
    """A complete HTML page with the brand's colours and classification banners."""
    body = "\n".join(render_block(block) for block in document.blocks)
    c = brand.colors
    banner = f'<div class="mark">{escape(brand.classification)}</div>'
    css = f"""
body {{ font-family: "{brand.body_font.family}", "DejaVu Sans", Arial, sans-serif;
  color: {c["foreground"]}; background: {c["background"]}; margin: 0; line-height: 1.45; }}
main {{ max-width: 46rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; }}
.mark {{ background: {brand.classification_background}; color: {brand.classification_color};
  text-align: center; font-weight: bold; font-size: .8rem; padding: .25rem;
  letter-spacing: .05em; }}
.band {{ background: {c["primary"]}; color: #fff; padding: .8rem 1.5rem; }}
.band strong {{ font-size: 1.15rem; display: block; }} .band span {{ font-size: .75rem; }}
h1 {{ color: {brand.heading_color}; font-size: 1.6rem; margin: 1.2rem 0 .2rem; }}
h2 {{ color: {brand.heading_color}; font-size: 1.15rem; margin-top: 1.4rem; }}
h3 {{ color: {brand.heading_color}; font-size: 1rem; }}
.subtitle {{ color: {c["secondary"]}; margin-top: 0; }}
.bottom-line {{ background: {c["light"]}; padding: .6rem .9rem;
  border-left: 4px solid {c["secondary"]}; }}
table {{ border-collapse: collapse; width: 100%; font-size: .9rem; }}
th {{ background: {c["primary"]}; color: #fff; text-align: left; padding: .3rem .5rem; }}
td {{ border-bottom: 1px solid {c["border"]}; padding: .3rem .5rem; vertical-align: top; }}
tr:nth-child(even) td {{ background: {c["light"]}; }}
dl.facts {{ display: grid; grid-template-columns: max-content auto; gap: .1rem 1rem;
  font-size: .85rem; }}
dl.facts dt {{ font-weight: bold; }} dl.facts dd {{ margin: 0; }}
.figures {{ display: flex; flex-wrap: wrap; gap: .8rem; }}
.figure {{ border: 1px solid {c["border"]}; padding: .5rem .8rem; min-width: 9rem; }}
.figure b {{ display: block; font-size: 1.4rem; color: {c["secondary"]}; }}
sup a {{ color: {c["secondary"]}; text-decoration: none; }}
ol.notes {{ font-size: .85rem; color: {c["muted"]}; }}
"""
    page = f"""<!DOCTYPE html>
<html lang="{escape(document.info.language)}">
<head>
<meta charset="utf-8">
<title>{escape(document.info.title)}</title>
<meta name="author" content="{escape(brand.name)}">
<meta name="keywords" content="{escape(", ".join(document.info.keywords))}">
<meta name="generator" content="briefings {escape(document.info.tool_version)}">
<style>{css}</style>
</head>
<body>
{banner}
<div class="band"><strong>{escape(brand.name)}</strong><span>{escape(brand.label)} · \
{escape(document.info.reference)}</span></div>
<main>
{body}
</main>
{banner}
</body>
</html>
"""
    return page.encode("utf-8")


def render_block(block: Block) -> str:
    """One block as HTML."""
    match block:
        case Title(inlines):
            return f"<h1>{render_inlines(inlines)}</h1>"
        case Subtitle(inlines):
            return f'<p class="subtitle">{render_inlines(inlines)}</p>'
        case Heading(level, inlines, anchor):
            tag = f"h{level + 1}"
            return f'<{tag} id="{escape(anchor)}">{render_inlines(inlines)}</{tag}>'
        case Paragraph(inlines):
            return f"<p>{render_inlines(inlines)}</p>"
        case BottomLine(label, inlines):
            return (
                f'<div class="bottom-line"><strong>{escape(label)}:</strong> '
                f"{render_inlines(inlines)}</div>"
            )
        case BulletList(items, ordered):
            tag = "ol" if ordered else "ul"
            rows = "".join(f"<li>{render_inlines(item)}</li>" for item in items)
            return f"<{tag}>{rows}</{tag}>"
        case Table(header, rows):
            head = "".join(f"<th>{render_inlines(cell)}</th>" for cell in header)
            body = "".join(
                "<tr>" + "".join(f"<td>{render_inlines(cell)}</td>" for cell in row) + "</tr>"
                for row in rows
            )
            return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        case Facts(items):
            rows = "".join(
                f"<dt>{escape(label)}</dt><dd>{render_inlines(value)}</dd>"
                for label, value in items
            )
            return f'<dl class="facts">{rows}</dl>'
        case Callouts(items):
            cells = "".join(
                f'<div class="figure"><b>{escape(value)}</b>{render_inlines(label)}</div>'
                for value, label in items
            )
            return f'<div class="figures">{cells}</div>'
        case Notes(notes):
            rows = "".join(
                f'<li id="ev{n.number}" value="{n.number}">{render_inlines(n.inlines)}</li>'
                for n in notes
            )
            return f'<ol class="notes">{rows}</ol>'
        case _:
            assert_never(block)


def render_inlines(inlines: Inlines) -> str:
    """Inline runs as HTML."""
    parts: list[str] = []
    for run in inlines:
        match run:
            case Text(text, bold, italic):
                html = escape(text)
                if italic:
                    html = f"<em>{html}</em>"
                if bold:
                    html = f"<strong>{html}</strong>"
                parts.append(html)
            case Link(text, url):
                parts.append(f'<a href="{escape(url)}">{escape(text)}</a>')
            case NoteRef(number):
                parts.append(f'<sup><a href="#ev{number}">{number}</a></sup>')
            case _:
                assert_never(run)
    return "".join(parts)
