"""Hand-built documents for writer tests: every block type, independent of extraction."""

from __future__ import annotations

from datetime import UTC, datetime

from briefings.blocks import (
    BottomLine,
    BulletList,
    Callouts,
    Document,
    DocumentInfo,
    Facts,
    Heading,
    Inlines,
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
from briefings.model import Brief, Evidence

FIXED_DATE = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

QUOTES = [
    "Ottawa: South Korea and Canada have jointly called for the withdrawal of North Korean "
    "troops that have been dispatched to Russia to support its efforts in the conflict "
    "against Ukraine.",
    "The United States has reported that there are currently 10,000 North Korean troops in "
    "Russia, with a significant number stationed in the western front-line Kursk region in "
    "anticipation of engaging in the Ukraine conflict.",
    "Both nations reaffirmed their demand for the complete, verifiable, and irreversible "
    "dismantlement of North Korea’s weapons of mass destruction.",
    "The ministers from both countries agreed to enhance regional cooperation by initiating a "
    "“Korea-Canada Indo-Pacific dialogue” and advancing talks for a military and defense "
    "confidentiality agreement.",
]


def t(text: str, bold: bool = False, italic: bool = False) -> Inlines:
    """One plain run."""
    return (Text(text, bold=bold, italic=italic),)


def ref(text: str, number: int) -> Inlines:
    """A run followed by an evidence reference."""
    return (Text(text), NoteRef(number))


def seed_document(**overrides: object) -> Document:
    """The seed brief as blocks, every block type present."""
    blocks = (
        Title(t("South Korea and Canada Demand Withdrawal of North Korean Troops from Russia")),
        Subtitle(t("Yonhap News Agency · Ottawa")),
        Facts(
            (
                ("Source", t("Yonhap News Agency")),
                ("Dateline", t("Ottawa")),
                (
                    "Link",
                    (
                        Link(
                            "https://example.org/news/korea-canada",
                            "https://example.org/news/korea-canada",
                        ),
                    ),
                ),
            )
        ),
        BottomLine(
            "Bottom line",
            ref(
                "South Korea and Canada jointly called for the withdrawal of North Korean troops "
                "sent to Russia and agreed new security dialogues.",
                1,
            ),
        ),
        Heading(1, t("Key points"), "key-points"),
        BulletList(
            (
                ref("South Korea and Canada called for the withdrawal of North Korean troops.", 1),
                ref("The United States reports 10,000 North Korean troops in Russia.", 2),
                (
                    Text("Both nations demand "),
                    Text("complete", bold=True),
                    Text(" dismantlement "),
                    Text("of WMD", italic=True),
                    NoteRef(3),
                ),
            )
        ),
        Heading(1, t("Actors"), "actors"),
        Table(
            header=(t("Actor"), t("Kind"), t("Role / affiliation")),
            rows=(
                (t("South Korea"), t("country"), t("—")),
                (t("Canada"), t("country"), t("—")),
                (t("Cho Tae-yul (조태열)"), t("person"), t("South Korean official")),
                (t("Melanie Joly"), t("person"), t("Canadian official")),
                (t("U.N. Security Council"), t("organization"), t("—")),
            ),
        ),
        Heading(1, t("Demands"), "demands"),
        BulletList(
            (
                (
                    Text("South Korea, Canada", bold=True),
                    Text(" — withdrawal of North Korean troops from Russia"),
                    NoteRef(1),
                ),
                (
                    Text("South Korea, Canada", bold=True),
                    Text(" — complete, verifiable and irreversible dismantlement of WMD"),
                    NoteRef(3),
                ),
            )
        ),
        Heading(1, t("Next steps"), "next-steps"),
        BulletList(
            (
                (
                    Text("South Korea, Canada", bold=True),
                    Text(" — launch a Korea-Canada Indo-Pacific dialogue"),
                    NoteRef(4),
                ),
                (
                    Text("South Korea, Canada", bold=True),
                    Text(" — advance talks on a confidentiality agreement"),
                    NoteRef(4),
                ),
            ),
            ordered=True,
        ),
        Heading(1, t("Key figures"), "key-figures"),
        Callouts((("10,000", ref("North Korean troops in Russia", 2)),)),
        Heading(1, t("Positions"), "positions"),
        Paragraph(t("None reported.", italic=True)),
        Heading(1, t("Evidence"), "evidence"),
        Notes(
            tuple(
                Note(n, (Text(q), Text(f" (¶{n})", italic=True))) for n, q in enumerate(QUOTES, 1)
            )
        ),
    )
    info = DocumentInfo(
        title="South Korea and Canada Demand Withdrawal of North Korean Troops from Russia",
        subject="Policy brief: South Korea, Canada, North Korea, Russia",
        keywords=("South Korea", "Canada", "North Korea", "Russia"),
        created=FIXED_DATE,
        reference="GABU-20261126-001",
        language="en-GB",
        tool_version="0.1.0",
        source_url="https://example.org/news/korea-canada",
        source_sha256="e35779b654c0dbd9718aa6c0c8d12b49b5afb8143e5678aa7838750e958fa3d0",
    )
    document = Document(blocks=blocks, info=info, markdown="", brief=Brief(title=info.title))
    for name, value in overrides.items():
        object.__setattr__(document, name, value)
    return document


def evidence_for(text: str, quote: str, index: int = 0) -> list[Evidence]:
    """Evidence for the sentence of `text` holding `quote` (a naive splitter, for tests)."""
    import re

    start = 0
    ends = [m.end() for m in re.finditer(r"(?<!\b[A-Z])[.!?][”’\"]?(?=\s+[A-Z“\"]|\s*$)", text)]
    for number, end in enumerate(ends):
        sentence = text[start:end].strip()
        if quote in sentence:
            first = text.index(sentence, start)
            return [
                Evidence(sentence=number, text=sentence, start=first, end=first + len(sentence))
            ]
        start = end
    raise AssertionError(f"quote not in text: {quote!r}")


def seed_brief() -> Brief:
    """A hand-made brief of the seed built from its gold annotation, independent of extraction."""
    from pathlib import Path

    import yaml

    from briefings.model import Actor, Demand, Figure, KeyPoint, NextStep, Position, Source
    from briefings.pipeline import load_article

    root = Path(__file__).resolve().parent.parent
    article = load_article(str(root / "seeds" / "korea-canada-2plus2.txt"))
    gold = yaml.safe_load((root / "tests" / "data" / "seed-gold.yaml").read_text())
    text = article.text
    first = text.split(". ")[0] + "."
    return Brief(
        title=gold["title"],
        summary=first.removeprefix("Ottawa: "),
        summary_evidence=evidence_for(text, first[:40]),
        source=Source(
            title=article.source.title,
            publisher=article.source.publisher,
            dateline=article.source.dateline,
        ),
        key_points=[
            KeyPoint(text=point, evidence=evidence_for(text, quote))
            for point, quote in zip(gold["key_points"], gold["key_point_quotes"], strict=True)
        ],
        actors=[Actor(**{k: v for k, v in a.items()}) for a in gold["actors"]],
        demands=[
            Demand(by=d["by"], of=d["of"], what=d["what"], evidence=evidence_for(text, d["quote"]))
            for d in gold["demands"]
        ],
        positions=[
            Position(
                by=p["by"],
                stance=p["stance"],
                target=p["target"],
                what=p["target"],
                evidence=evidence_for(text, p["quote"]),
            )
            for p in gold["positions"]
        ],
        next_steps=[
            NextStep(
                by=s["by"], what=s["what"], when=s["when"], evidence=evidence_for(text, s["quote"])
            )
            for s in gold["next_steps"]
        ],
        figures=[
            Figure(value=f["value"], counts=f["counts"], evidence=evidence_for(text, f["quote"]))
            for f in gold["figures"]
        ],
    )


def brief_of(body: str, title: str = "A test article") -> Brief:
    """The rules engine's brief of a small article made of `body` (extraction tests)."""
    from briefings.extract.rules import extract_with_rules
    from briefings.model import RawArticle
    from briefings.read.clean import clean_article

    data = f"{title}\n\n{body}\n".encode()
    return extract_with_rules(
        clean_article(RawArticle(data=data, name="test.txt", media_type="text/plain"))
    )
