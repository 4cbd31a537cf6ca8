"""Brief -> Markdown: templates, escaping, sandbox, strict undefined names."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.blocks import BulletList, Heading, Notes, Paragraph, Text, Title, plain_text
from briefings.errors import BadTemplate
from briefings.model import Brief, Demand, Evidence, KeyPoint
from briefings.render.compose import (
    compose_markdown,
    escape_markdown,
    list_templates,
    template_source,
)
from briefings.render.layout import layout_blocks

EVIDENCE = Evidence(sentence=0, text="They demanded it.", start=0, end=17, paragraph=1)


def brief_with(**fields: object) -> Brief:
    return Brief.model_validate({"title": "A title", **fields})


def test_builtin_templates_are_listed_without_partials() -> None:
    assert list_templates() == ["email", "one-pager", "policy-brief"]
    assert "bottom-line" in template_source("policy-brief")


def test_unknown_template_is_a_bad_template_error() -> None:
    with pytest.raises(BadTemplate, match="no such template"):
        compose_markdown(brief_with(), "no-such-template")


@pytest.mark.parametrize(
    "value",
    [
        "**bold** _it_ [link](http://x) <b>html</b> `code`",
        "# not a heading",
        "- not a list",
        "1. not a list",
        "{{ brief.title }} {% if x %}",
        "| a | b |",
        "[^1] not a note",
        "&amp; stays literal",
        "<para>reportlab</para>",
    ],
)
def test_article_text_renders_as_text_never_markup(value: str) -> None:
    brief = brief_with(
        title=value, key_points=[{"text": value, "evidence": [EVIDENCE.model_dump()]}]
    )
    blocks = layout_blocks(compose_markdown(brief))
    title = blocks[0]
    assert isinstance(title, Title)
    assert plain_text(title.inlines) == value
    point_list = next(b for b in blocks if isinstance(b, BulletList))
    assert plain_text(point_list.items[0]) == value


def test_escape_collapses_whitespace_and_escapes_specials() -> None:
    assert escape_markdown("a\n\n  b") == "a b"
    assert escape_markdown("*x*") == r"\*x\*"
    assert escape_markdown(None) == ""


def test_empty_sections_say_none_reported() -> None:
    blocks = layout_blocks(compose_markdown(brief_with()))
    headings = [plain_text(b.inlines) for b in blocks if isinstance(b, Heading)]
    assert headings == [
        "Key points",
        "Actors",
        "Demands",
        "Positions",
        "Next steps",
        "Key figures",
        "Dates and places",
    ]
    nones = [
        b for b in blocks if isinstance(b, Paragraph) and plain_text(b.inlines) == "None reported."
    ]
    assert len(nones) == len(headings)


def test_every_item_points_to_its_evidence_note() -> None:
    brief = brief_with(
        demands=[Demand(by=["Canada"], of="North Korea", what="withdraw", evidence=[EVIDENCE])],
        key_points=[KeyPoint(text="Point", evidence=[EVIDENCE])],
    )
    markdown = compose_markdown(brief)
    assert "**Canada** → North Korea: withdraw[^1]" in markdown
    notes = [b for b in layout_blocks(markdown) if isinstance(b, Notes)]
    assert len(notes) == 1
    assert notes[0].notes[0].number == 1
    assert "They demanded it." in plain_text(notes[0].notes[0].inlines)
    assert "¶ 1" in plain_text(notes[0].notes[0].inlines)


def test_custom_template_file_works(tmp_path: Path) -> None:
    template = tmp_path / "mine.md.j2"
    template.write_text("# {{ brief.title }}\n\nBy **{{ label }}**.\n", encoding="utf-8")
    markdown = compose_markdown(brief_with(title="T*"), str(template), label="Unit")
    assert markdown == "# T\\*\n\nBy **Unit**.\n"


def test_undefined_name_is_an_error_with_its_line(tmp_path: Path) -> None:
    template = tmp_path / "bad.md.j2"
    template.write_text("# {{ brief.title }}\n\n{{ brief.no_such_field }}\n", encoding="utf-8")
    with pytest.raises(BadTemplate, match=r"bad\.md\.j2:3"):
        compose_markdown(brief_with(), str(template))


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    template = tmp_path / "broken.md.j2"
    template.write_text("# x\n{% for %}\n", encoding="utf-8")
    with pytest.raises(BadTemplate, match=r"broken\.md\.j2:2"):
        compose_markdown(brief_with(), str(template))


def test_sandbox_refuses_unsafe_attribute_access(tmp_path: Path) -> None:
    template = tmp_path / "evil.md.j2"
    template.write_text("{{ brief.__class__.__mro__[1].__subclasses__() }}\n", encoding="utf-8")
    with pytest.raises(BadTemplate):
        compose_markdown(brief_with(), str(template))


def test_email_and_one_pager_render() -> None:
    brief = brief_with(summary="Bottom", key_points=[{"text": "K", "evidence": []}])
    for name in ("email", "one-pager"):
        blocks = layout_blocks(compose_markdown(brief, name))
        assert isinstance(blocks[0], Title)
        assert any(isinstance(b, BulletList) and b.items[0] == (Text("K"),) for b in blocks)


@pytest.mark.parametrize(
    ("role", "affiliation", "expected"),
    [
        ("South Korean official", "South Korea", "South Korean official"),
        ("Canadian official", "Canada", "Canadian official"),
        ("German Chancellor", "Germany", "German Chancellor"),
        ("US Secretary of State", "United States", "US Secretary of State"),
        ("U.S. Ambassador to Germany", "United States", "U.S. Ambassador to Germany"),
        ("Ambassador to Germany", "United States", "Ambassador to Germany, United States"),
        (None, "Canada", "Canada"),
        ("Foreign Minister", None, "Foreign Minister"),
    ],
)
def test_role_names_the_affiliation_once(
    role: str | None, affiliation: str | None, expected: str
) -> None:
    from briefings.model import Actor
    from briefings.render.compose import describe_role

    actor = Actor(name="X", kind="person", role=role, affiliation=affiliation)
    assert describe_role(actor) == expected


@pytest.mark.parametrize(
    ("iso", "expected"),
    [("2019-01-23", "23 January 2019"), ("2004-12", "2004-12"), (None, ""), ("soon", "soon")],
)
def test_publication_dates_read_as_people_write_them(iso: str | None, expected: str) -> None:
    from briefings.render.compose import format_long_date

    assert format_long_date(iso) == expected


def test_notes_are_numbered_without_gaps_and_all_referenced() -> None:
    def sentence(number: int) -> dict[str, object]:
        start = number * 20
        return {"sentence": number, "text": f"S{number}.", "start": start, "end": start + 3}

    brief = brief_with(
        actors=[{"name": "Canada", "kind": "country", "evidence": [sentence(1), sentence(2)]}],
        demands=[{"by": ["Canada"], "what": "go", "evidence": [sentence(3)]}],
        locations=[{"name": "Ottawa", "evidence": [sentence(4)]}],
    )
    for template in ("policy-brief", "one-pager"):
        blocks = layout_blocks(compose_markdown(brief, template))
        notes = next(b for b in blocks if isinstance(b, Notes)).notes
        numbers = [note.number for note in notes]
        assert numbers == list(range(1, len(numbers) + 1))
        referenced = note_references(blocks)
        assert referenced == set(numbers)
        assert "S2." not in "".join(plain_text(note.inlines) for note in notes)


def note_references(value: object) -> set[int]:
    """Every NoteRef number in a block tree, the Notes block itself excluded."""
    from briefings.blocks import NoteRef

    if isinstance(value, NoteRef):
        return {value.number}
    if isinstance(value, tuple | list):
        return set().union(*(note_references(inner) for inner in value))
    if hasattr(value, "__dataclass_fields__") and not isinstance(value, Notes):
        return set().union(
            *(note_references(getattr(value, f)) for f in value.__dataclass_fields__)
        )
    return set()


def test_a_caret_before_a_note_reference_is_not_an_inline_footnote() -> None:
    assert escape_markdown("10^") == "10\\^"
