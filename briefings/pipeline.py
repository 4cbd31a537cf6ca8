"""The stages chained: read -> clean -> extract -> compose -> layout -> write.

Reading this module tells the whole story. The clock and the brand are passed in; writers
return bytes, and only `read` and `save` touch files.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from briefings import __version__
from briefings.blocks import Document, DocumentInfo
from briefings.brand import Brand, format_reference
from briefings.extract import extract_brief
from briefings.model import Article, Brief
from briefings.read import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, clean_article, read_source
from briefings.render import compose_markdown, layout_blocks, printable_brief
from briefings.writers import WRITERS

DEFAULT_FORMATS = ("pdf", "docx")


def load_article(
    source: str,
    *,
    input_format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
) -> Article:
    """Read and repair the article named by `source` (path, URL or `-`)."""
    raw = read_source(source, max_bytes=max_bytes, input_format=input_format, timeout=timeout)
    return clean_article(raw)


def extract_article(article: Article, *, engine: str = "rules") -> Brief:
    """The Brief of an article, every evidence sentence numbered by its paragraph."""
    brief = extract_brief(article, engine=engine)
    for evidence in [*brief.cited_evidence(), *brief.evidence]:
        evidence.paragraph = article.paragraph_of(evidence.start) or None
    if article.warnings:
        brief.warnings.extend(w for w in article.warnings if w not in brief.warnings)
    return brief


def build_document(
    brief: Brief, *, brand: Brand, now: datetime, template: str = "policy-brief", sequence: int = 1
) -> Document:
    """Compose the brief through its template and lay it out as blocks."""
    brief = printable_brief(brief)
    reference = format_reference(brand, now, sequence)
    markdown = compose_markdown(
        brief, template, label=brand.label.title(), reference=reference, now=now
    )
    main_actors = tuple(actor.name for actor in brief.actors if actor.kind != "person")[:8]
    info = DocumentInfo(
        title=brief.title,
        subject=f"{brand.label.title()}: {brief.title}",
        keywords=main_actors,
        created=now,
        reference=reference,
        language=brand.language,
        tool_version=__version__,
        source_url=brief.source.url,
        source_sha256=brief.source.sha256,
    )
    return Document(blocks=layout_blocks(markdown), info=info, markdown=markdown, brief=brief)


def render_document(
    document: Document,
    formats: tuple[str, ...],
    brand: Brand,
    *,
    reference_docx: Path | None = None,
    warnings: list[str] | None = None,
) -> dict[str, bytes]:
    """Write the document in each format; nothing touches the disk.

    With `reference_docx`, the Word output takes its styles and page setup from that file;
    what it lacks is reported in `warnings` when a list is given.
    """
    outputs: dict[str, bytes] = {}
    for fmt in formats:
        if fmt == "docx" and reference_docx is not None:
            from briefings.writers.docx import render_docx

            docx = render_docx(document, brand, reference_docx=reference_docx)
            outputs[fmt] = docx.data
            if warnings is not None:
                warnings.extend(docx.warnings)
        else:
            outputs[fmt] = WRITERS[fmt](document, brand)
    return outputs


def check_fonts(document: Document, brand: Brand) -> str | None:
    """A warning naming the characters no font of the brand or the system can draw, if any."""
    from briefings.writers.pdf import uncovered_characters

    missing = uncovered_characters(document, brand)
    if not missing:
        return None
    shown = ", ".join(missing[:12]) + (" …" if len(missing) > 12 else "")
    return (
        f"no installed font can draw {shown}: add a font family that covers them "
        f"to typography.fallback in {brand.path}"
    )
