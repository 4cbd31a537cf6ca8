"""The brief's named styles as one table that the PDF and the DOCX writer both read.

Each row is a style name a writer uses (the name Word shows, which python-docx also uses, and the
name of the ReportLab paragraph style), what both sides share — font role, weight, slant, colour
role, alignment — and how each side sets it: `word` for the DOCX writer, `pdf` for the PDF writer,
`None` where a style exists on one side only (Word's Normal, Quote, Caption, Header, Footer,
header-band and character styles, drawn or not needed in the PDF; the PDF's Distribution line and
the label column of its facts table). Sizes and spacing are `Size`s relative to the brand's base
size and line height, so a brand restyles every row through its `brand.yml`; colours are roles
the brand resolves.

Why a typed Python table rather than a YAML file under templates/: the rows are checked by mypy
(a misspelt field or colour role fails the type check, with no loader or schema to keep in step),
they are built once at import with no file to find inside a wheel, and the table is not a user
extension point — users restyle through their brand or a reference DOCX, not by editing it.

The two sides' numbers differ for most rows (the PDF's Title is 1.9 em, Word's 1.8 em; Word's
spacing is in whole points): they are kept as the writers have always set them, so that moving the
styles here changed no output. Making a row's two sides agree is a visible change of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FontRole = Literal["body", "heading"]
# Roles the brand resolves to colours; "background" is the page colour, which the PDF has always
# drawn as pure white and Word takes from the brand.
ColorRole = Literal[
    "foreground",
    "background",
    "muted",
    "light",
    "border",
    "primary",
    "secondary",
    "heading",
    "link",
    "classification",
    "classification_background",
]
Alignment = Literal["left", "center"]
BorderSide = Literal["top", "left", "bottom", "right"]


@dataclass(frozen=True)
class Size:
    """A length in points: `em` base sizes + `pt` + `lines` base leadings, at least `minimum`."""

    em: float = 0.0
    pt: float = 0.0
    lines: float = 0.0
    minimum: float | None = None

    def resolve(self, base_size: float, line_height: float) -> float:
        """The length for a brand of base size `base_size` points and line height `line_height`."""
        value = self.em * base_size + self.pt + self.lines * base_size * line_height
        return value if self.minimum is None else max(value, self.minimum)


def em(value: float) -> Size:
    """`value` times the brand's base size."""
    return Size(em=value)


def pt(value: float) -> Size:
    """An absolute length in points."""
    return Size(pt=value)


def plus(points: float, minimum: float | None = None) -> Size:
    """The brand's base size plus (or minus) `points`."""
    return Size(em=1.0, pt=points, minimum=minimum)


@dataclass(frozen=True)
class Border:
    """A Word paragraph border: side, colour role, width in eighths of a point, gap in points."""

    side: BorderSide
    color: ColorRole
    eighths: int
    space: int


@dataclass(frozen=True)
class WordLook:
    """How the DOCX writer sets a style; `None` sizes and colours are inherited from `based_on`."""

    style_id: str
    priority: int
    word_name: str | None = None  # Word's own (lower-case) name of a built-in, which it localises
    kind: Literal["paragraph", "character"] = "paragraph"
    based_on: str | None = "Normal"
    next_style: str | None = None
    custom: bool = False
    size: Size | None = None
    before: Size = Size()
    after: Size = Size()
    line: float | Literal["brand"] | None = None  # multiple of single spacing; "brand": its own
    keep_next: bool = False
    keep_lines: bool = False
    outline: int | None = None
    list_item: bool = False  # numbered by docx_numbering (a placeholder numId here)
    left: Size = Size()
    right: Size = Size()
    hanging: Size = Size()
    bleed: bool = False  # indented out to the page edges (margins as negative indents)
    tabs: tuple[tuple[Literal["left", "right"], Size], ...] = ()
    right_tab: bool = False  # a right tab stop at the right margin
    borders: tuple[Border, ...] = ()
    fill: ColorRole | None = None
    caps: bool = False
    tracking: float | None = None  # letter spacing in points
    underline: bool = False
    superscript: bool = False


@dataclass(frozen=True)
class PdfBullet:
    """The bullet (or note number) of a ReportLab paragraph style."""

    bold: bool
    size: Size
    color: ColorRole


@dataclass(frozen=True)
class PdfLook:
    """How the PDF writer sets a style; the leading defaults to the brand's line height."""

    size: Size = Size(em=1.0)
    leading: Size = Size(lines=1.0)
    before: Size | None = None
    after: Size | None = None
    left_indent: Size | None = None
    bullet: PdfBullet | None = None


@dataclass(frozen=True)
class Style:
    """One named style: what both writers share, and each writer's own settings."""

    name: str
    font: FontRole = "body"
    bold: bool = False
    italic: bool = False
    color: ColorRole | None = None  # None: the base style's (Word), the foreground (PDF)
    alignment: Alignment | None = None
    word: WordLook | None = None
    pdf: PdfLook | None = None


_LIST_LEFT = pt(17)  # 340 twips
_TABLE_TEXT_PDF = PdfLook(size=em(0.85), leading=em(1.15))
_LIST_ITEM_PDF = PdfLook(after=em(0.35))
_FACT_TAB = pt(85.05)  # 1701 twips, 3 cm

STYLES: tuple[Style, ...] = (
    Style(
        "Normal",
        color="foreground",
        word=WordLook("Normal", priority=0, based_on=None, size=em(1.0), line="brand"),
    ),
    Style(
        "Title",
        font="heading",
        bold=True,
        color="heading",
        word=WordLook(
            "Title",
            priority=10,
            next_style="Subtitle",
            size=em(1.8),
            before=pt(6),
            after=pt(4),
            line=1.1,
            keep_next=True,
            keep_lines=True,
        ),
        pdf=PdfLook(size=em(1.9), leading=em(2.3), after=pt(5)),
    ),
    Style(
        "Subtitle",
        color="secondary",
        word=WordLook(
            "Subtitle",
            priority=11,
            next_style="BodyText",
            size=plus(1),
            after=pt(8),
            keep_next=True,
        ),
        pdf=PdfLook(size=em(1.1), leading=em(1.5), after=pt(8)),
    ),
    Style(
        "Heading 1",
        font="heading",
        bold=True,
        color="heading",
        word=WordLook(
            "Heading1",
            priority=9,
            word_name="heading 1",
            next_style="BodyText",
            size=plus(3.5),
            before=pt(12),
            after=pt(4),
            line=1.15,
            keep_next=True,
            keep_lines=True,
            outline=0,
        ),
        pdf=PdfLook(size=em(1.4), leading=em(1.8), before=em(1.0), after=em(0.45)),
    ),
    Style(
        "Heading 2",
        font="heading",
        bold=True,
        color="heading",
        word=WordLook(
            "Heading2",
            priority=9,
            word_name="heading 2",
            based_on="Heading1",
            next_style="BodyText",
            size=plus(1.5),
            before=pt(9),
            after=pt(3),
            line=1.15,
            keep_next=True,
            keep_lines=True,
            outline=1,
        ),
        pdf=PdfLook(size=em(1.15), leading=em(1.5), before=em(1.0), after=em(0.3)),
    ),
    Style(
        "Body Text",
        word=WordLook("BodyText", priority=99, after=pt(6), line="brand"),
        pdf=PdfLook(after=em(0.6)),
    ),
    Style(
        "List Bullet",
        word=WordLook(
            "ListBullet",
            priority=99,
            based_on="BodyText",
            after=pt(2),
            line="brand",
            list_item=True,
            left=_LIST_LEFT,
            hanging=pt(11.35),  # 227 twips, 0.4 cm
        ),
        pdf=_LIST_ITEM_PDF,
    ),
    Style(
        "List Number",
        word=WordLook(
            "ListNumber",
            priority=99,
            based_on="BodyText",
            after=pt(4),
            line="brand",
            list_item=True,
            left=_LIST_LEFT,
            hanging=_LIST_LEFT,
        ),
        pdf=_LIST_ITEM_PDF,
    ),
    Style(
        "Quote",
        color="muted",
        word=WordLook(
            "Quote",
            priority=29,
            based_on="BodyText",
            next_style="BodyText",
            size=plus(-0.5),
            after=pt(6),
            line=1.3,
            left=pt(14.2),  # 284 twips, 0.5 cm
            right=pt(14.2),
            borders=(Border("left", "secondary", 18, 8),),
        ),
    ),
    Style(
        "Caption",
        italic=True,
        color="muted",
        word=WordLook(
            "Caption",
            priority=35,
            word_name="caption",
            next_style="BodyText",
            size=plus(-1.5),
            before=pt(2),
            after=pt(8),
        ),
    ),
    Style(
        "Classification",
        bold=True,
        color="classification",
        alignment="center",
        word=WordLook(
            "Classification",
            priority=1,
            custom=True,
            size=plus(-1.5, minimum=7),
            line=1.0,
            keep_next=True,
            bleed=True,
            fill="classification_background",
            borders=(
                Border("top", "classification_background", 4, 1),
                Border("bottom", "classification_background", 4, 1),
            ),
            caps=True,
            tracking=0.5,
        ),
        pdf=PdfLook(size=pt(7.5), leading=pt(9)),
    ),
    Style(
        "Bottom Line",
        word=WordLook(
            "BottomLine",
            priority=2,
            based_on="BodyText",
            next_style="BodyText",
            custom=True,
            size=plus(0.5),
            before=pt(4),
            after=pt(10),
            line="brand",
            keep_lines=True,
            left=pt(5.65),  # 113 twips, 2 mm
            right=pt(5.65),
            fill="light",
            borders=(
                Border("top", "light", 4, 6),
                Border("left", "primary", 24, 6),
                Border("bottom", "light", 4, 6),
                Border("right", "light", 4, 6),
            ),
        ),
        pdf=PdfLook(size=em(1.1), leading=Size(lines=1.1)),
    ),
    # Word sets a fact as one paragraph, label, tab, value; the PDF as a two-column table whose
    # label column has a style of its own.
    Style(
        "Fact",
        word=WordLook(
            "Fact",
            priority=3,
            based_on="BodyText",
            custom=True,
            size=plus(-0.5),
            after=pt(1),
            line=1.25,
            left=_FACT_TAB,
            hanging=pt(79.35),  # 1587 twips, 2.8 cm
            tabs=(("left", _FACT_TAB),),
        ),
        pdf=_TABLE_TEXT_PDF,
    ),
    Style("Fact Label", bold=True, pdf=_TABLE_TEXT_PDF),
    Style(
        "Figure Value",
        font="heading",
        bold=True,
        color="secondary",
        word=WordLook(
            "FigureValue",
            priority=4,
            based_on="BodyText",
            next_style="FigureLabel",
            custom=True,
            size=em(2.4),
            before=pt(4),
            line=1.0,
            keep_next=True,
        ),
        pdf=PdfLook(size=em(2.0), leading=em(2.25)),
    ),
    Style(
        "Figure Label",
        color="muted",
        word=WordLook(
            "FigureLabel",
            priority=5,
            based_on="BodyText",
            next_style="BodyText",
            custom=True,
            size=plus(-0.5),
            after=pt(8),
        ),
        pdf=PdfLook(size=em(0.85), leading=em(1.2)),
    ),
    Style(
        "Table Text",
        word=WordLook(
            "TableText",
            priority=6,
            custom=True,
            size=plus(-1),
            before=pt(1),
            after=pt(1),
            line=1.15,
        ),
        pdf=_TABLE_TEXT_PDF,
    ),
    Style(
        "Table Heading",
        bold=True,
        color="background",
        word=WordLook(
            "TableHeading",
            priority=7,
            based_on="TableText",
            custom=True,
            size=plus(-1),
            before=pt(1),
            after=pt(1),
            line=1.15,
            keep_next=True,
        ),
        pdf=_TABLE_TEXT_PDF,
    ),
    Style(
        "Header",
        color="muted",
        word=WordLook(
            "Header",
            priority=99,
            word_name="header",
            size=plus(-2),
            before=pt(4),
            line=1.0,
            right_tab=True,
        ),
    ),
    Style(
        "Footer",
        color="muted",
        word=WordLook(
            "Footer",
            priority=99,
            word_name="footer",
            size=plus(-2),
            after=pt(2),
            line=1.1,
            right_tab=True,
            borders=(Border("top", "secondary", 6, 4),),
        ),
    ),
    Style(
        "Band Title",
        font="heading",
        bold=True,
        color="background",
        word=WordLook("BandTitle", priority=8, custom=True, size=plus(5), after=pt(1), line=1.0),
    ),
    Style(
        "Band Text",
        color="background",
        word=WordLook("BandText", priority=8, custom=True, size=plus(-1.5), line=1.0, tracking=0.2),
    ),
    # The evidence appendix is read to check, not read through: small and tight, so that a brief
    # and its evidence fit on two pages, the note's number hanging in the margin of the quote.
    Style(
        "Evidence Note",
        color="foreground",
        word=WordLook(
            "EvidenceNote",
            priority=30,
            based_on="BodyText",
            custom=True,
            size=em(0.78),
            after=em(0.12),
            line=1.1,
            left=em(2.0),
            hanging=em(2.0),
            tabs=(("left", em(2.0)),),
        ),
        pdf=PdfLook(
            size=em(0.78),
            leading=em(1.05),
            after=em(0.12),
            left_indent=em(2.0),
            bullet=PdfBullet(bold=True, size=em(0.78), color="secondary"),
        ),
    ),
    Style(
        "Evidence Reference",
        color="secondary",
        word=WordLook(
            "EvidenceReference",
            priority=30,
            kind="character",
            based_on="DefaultParagraphFont",
            custom=True,
            superscript=True,
        ),
    ),
    Style(
        "Hyperlink",
        color="link",
        word=WordLook(
            "Hyperlink",
            priority=99,
            kind="character",
            based_on="DefaultParagraphFont",
            underline=True,
        ),
    ),
    Style(
        "Distribution",
        color="muted",
        alignment="left",
        pdf=PdfLook(size=pt(6.8), leading=pt(8.4)),
    ),
)


def word_styles() -> tuple[tuple[Style, WordLook], ...]:
    """The rows the DOCX writer defines, in table order, with their Word settings."""
    return tuple((style, style.word) for style in STYLES if style.word is not None)


def pdf_styles() -> tuple[tuple[Style, PdfLook], ...]:
    """The rows the PDF writer defines, in table order, with their ReportLab settings."""
    return tuple((style, style.pdf) for style in STYLES if style.pdf is not None)
