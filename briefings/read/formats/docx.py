"""Word document (.docx) -> Recovered: paragraphs in order, the Title or first heading as title."""

from __future__ import annotations

import io
from typing import Any

from briefings.errors import InputTooLarge, InputUnreadable
from briefings.model import RawArticle
from briefings.read.formats.recovered import Recovered

_TITLE_STYLES = ("title",)
# A Word file's parts unpack to a few times its size (a 2 MB file to some 10 MB); a ZIP bomb
# to thousands of times. zipfile stops each member at its declared size, so the declared
# sizes bound the work.
MAX_UNPACKED_BYTES = 64_000_000
_HEADING_PREFIX = "heading"


def recover_docx(raw: RawArticle, text: str | None = None) -> Recovered:
    """The article of a .docx: body paragraphs and tables in order, list items one per line."""
    if text is not None:
        return Recovered(text)
    import docx
    from docx.table import Table

    check_expansion(raw)
    try:
        document = docx.Document(io.BytesIO(raw.data))
    except Exception as error:  # python-docx raises zipfile, KeyError and lxml errors alike
        raise InputUnreadable(f"{raw.name}: not a valid Word document ({error})") from None
    blocks: list[str] = []
    metadata: dict[str, str] = {}
    list_lines: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            _flush(blocks, list_lines)
            blocks.append(_table_text(item))
            continue
        paragraph_text = item.text.strip()
        if not paragraph_text:
            _flush(blocks, list_lines)
            continue
        style = _style_name(item)
        if (
            "title" not in metadata
            and not blocks
            and not list_lines
            and (style in _TITLE_STYLES or style.startswith(_HEADING_PREFIX))
        ):
            metadata["title"] = " ".join(paragraph_text.split())
        elif _is_list_item(item, style):
            list_lines.append("- " + " ".join(paragraph_text.split()))
        else:
            _flush(blocks, list_lines)
            blocks.append(paragraph_text)
    _flush(blocks, list_lines)
    return Recovered("\n\n".join(block for block in blocks if block.strip()), metadata, True)


def check_expansion(raw: RawArticle) -> None:
    """Refuse a Word file whose parts would unpack to far more than any document needs."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(raw.data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, ValueError, EOFError) as error:
        raise InputUnreadable(f"{raw.name}: not a valid Word document ({error})") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise InputTooLarge(
            f"{raw.name}: its parts unpack to {unpacked:,} bytes (a ZIP bomb?); "
            f"the limit is {MAX_UNPACKED_BYTES:,}"
        )


def _flush(blocks: list[str], list_lines: list[str]) -> None:
    if list_lines:
        blocks.append("\n".join(list_lines))
        list_lines.clear()


def _style_name(paragraph: Any) -> str:
    style = paragraph.style
    return str(style.name).lower() if style is not None and style.name else ""


def _is_list_item(paragraph: Any, style: str) -> bool:
    if style.startswith("list"):
        return True
    properties = paragraph._p.pPr
    return properties is not None and properties.numPr is not None


def _table_text(table: Any) -> str:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                cells.append(text)
        rows.append(" | ".join(cells))
    return "\n".join(row for row in rows if row)
