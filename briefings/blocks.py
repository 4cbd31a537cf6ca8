"""The closed set of blocks a brief is laid out in; every writer maps each of them.

Writers dispatch on these types with `match` and end in `assert_never`, so adding a block type
fails the type check in every writer that forgot it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from briefings.model import Brief

# ----------------------------------------------------------------------------- inlines


@dataclass(frozen=True)
class Text:
    """A run of text, possibly bold and/or italic."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Link:
    """A hyperlink."""

    text: str
    url: str


@dataclass(frozen=True)
class NoteRef:
    """A reference to evidence note `number` (a link to the appendix, or a Word footnote)."""

    number: int


Inline = Text | Link | NoteRef
Inlines = tuple[Inline, ...]

# ----------------------------------------------------------------------------- blocks


@dataclass(frozen=True)
class Title:
    """The document title."""

    inlines: Inlines


@dataclass(frozen=True)
class Subtitle:
    """The line under the title (source and dateline)."""

    inlines: Inlines


@dataclass(frozen=True)
class Heading:
    """A section heading; level 1 is a section, level 2 a subsection."""

    level: int
    inlines: Inlines
    anchor: str


@dataclass(frozen=True)
class Paragraph:
    """Body text."""

    inlines: Inlines


@dataclass(frozen=True)
class BottomLine:
    """The shaded bottom-line box."""

    label: str
    inlines: Inlines


@dataclass(frozen=True)
class BulletList:
    """A bulleted or numbered list; each item is one paragraph."""

    items: tuple[Inlines, ...]
    ordered: bool = False


@dataclass(frozen=True)
class Table:
    """A table with one header row; cells are inline runs."""

    header: tuple[Inlines, ...]
    rows: tuple[tuple[Inlines, ...], ...]


@dataclass(frozen=True)
class Facts:
    """Label/value pairs (source, dateline, date…) shown as a compact list."""

    items: tuple[tuple[str, Inlines], ...]


@dataclass(frozen=True)
class Callouts:
    """Key figures: a prominent value with what it counts."""

    items: tuple[tuple[str, Inlines], ...]


@dataclass(frozen=True)
class Note:
    """One evidence note: the quoted sentence and the paragraph it stands in."""

    number: int
    inlines: Inlines


@dataclass(frozen=True)
class Notes:
    """The evidence notes that `NoteRef`s point to."""

    notes: tuple[Note, ...]


Block = (
    Title
    | Subtitle
    | Heading
    | Paragraph
    | BottomLine
    | BulletList
    | Table
    | Facts
    | Callouts
    | Notes
)


def plain_text(inlines: Inlines) -> str:
    """The text of inline runs without formatting or note references."""
    return "".join(run.text for run in inlines if not isinstance(run, NoteRef))


# ----------------------------------------------------------------------------- document


@dataclass(frozen=True)
class DocumentInfo:
    """What a writer puts in document properties and page furniture."""

    title: str
    subject: str
    keywords: tuple[str, ...]
    created: datetime
    reference: str
    language: str
    tool_version: str
    source_url: str | None = None
    source_sha256: str | None = None
    category: str = "Policy brief"


@dataclass(frozen=True)
class Document:
    """A laid-out brief: blocks plus properties, the Markdown they came from and the Brief."""

    blocks: tuple[Block, ...]
    info: DocumentInfo
    markdown: str
    brief: Brief
