"""Markdown -> blocks: each recognised construct becomes its block."""

from __future__ import annotations

from briefings.blocks import (
    BottomLine,
    BulletList,
    Callouts,
    Facts,
    Heading,
    Link,
    Note,
    NoteRef,
    Notes,
    Paragraph,
    Subtitle,
    Table,
    Text,
    Title,
)
from briefings.render.layout import layout_blocks

SOURCE = """# The title

::: subtitle
Policy brief · Ottawa
:::

Source
: Yonhap

Link
: <https://example.org/a?b=1>

::: bottom-line Bottom line
They *agreed*.[^1]

:::

## Key points

- One **bold**[^1]
- Two[^2]

1. First
2. Second

| Actor | Kind |
|---|---|
| Canada | country |

::: figures
10,000
: troops[^2]

:::

### Sub

Plain text.

[^1]: “First quote” *(¶ 1)*
[^2]: Second
"""


def test_every_construct_maps_to_its_block() -> None:
    blocks = layout_blocks(SOURCE)
    assert blocks == (
        Title((Text("The title"),)),
        Subtitle((Text("Policy brief · Ottawa"),)),
        Facts(
            (
                ("Source", (Text("Yonhap"),)),
                ("Link", (Link("https://example.org/a?b=1", "https://example.org/a?b=1"),)),
            )
        ),
        BottomLine(
            "Bottom line", (Text("They "), Text("agreed", italic=True), Text("."), NoteRef(1))
        ),
        Heading(1, (Text("Key points"),), "key-points"),
        BulletList(
            ((Text("One "), Text("bold", bold=True), NoteRef(1)), (Text("Two"), NoteRef(2)))
        ),
        BulletList(((Text("First"),), (Text("Second"),)), ordered=True),
        Table(((Text("Actor"),), (Text("Kind"),)), (((Text("Canada"),), (Text("country"),)),)),
        Callouts((("10,000", (Text("troops"), NoteRef(2))),)),
        Heading(2, (Text("Sub"),), "sub"),
        Paragraph((Text("Plain text."),)),
        Notes(
            (
                Note(1, (Text("“First quote” "), Text("(¶ 1)", italic=True))),
                Note(2, (Text("Second"),)),
            )
        ),
    )


def test_raw_html_is_text_not_markup() -> None:
    assert layout_blocks("<b>x</b> & y\n") == (Paragraph((Text("<b>x</b> & y"),)),)


def test_notes_come_in_number_order_not_first_reference_order() -> None:
    blocks = layout_blocks("Later[^2] then earlier[^1].\n\n[^1]: one\n[^2]: two\n")
    notes = blocks[-1]
    assert isinstance(notes, Notes)
    assert [note.number for note in notes.notes] == [1, 2]
