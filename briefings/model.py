"""The data that flows through the pipeline: RawArticle -> Article -> Brief.

`Brief` is the contract between extraction and rendering; its field names are read by an
evaluation harness (`briefings extract --format json`), so they are never renamed.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

ActorKind = Literal["country", "organization", "person", "group"]
Stance = Literal["condemn", "support", "concern", "welcome", "other"]


# --------------------------------------------------------------------------- article


@dataclass(frozen=True)
class RawArticle:
    """Bytes as read from a file, URL or stdin, before any repair."""

    data: bytes
    name: str  # what the user named: a path, a URL or "<stdin>"
    media_type: str  # "text/plain", "text/markdown", "text/html", "application/vnd...docx", ...
    url: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) in `Article.text`."""

    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """Repaired article text with its paragraphs and what is known of its source.

    `text` is the paragraphs joined by blank lines; every offset in a Brief refers to it.
    """

    text: str
    paragraphs: tuple[Span, ...]
    source: Source
    warnings: tuple[str, ...] = ()

    def paragraph_of(self, offset: int) -> int:
        """1-based number of the paragraph holding character `offset` (0 if none)."""
        # Binary search: a brief of a long article asks this for thousands of offsets.
        number = bisect.bisect_right(self.paragraphs, offset, key=lambda span: span.start)
        if number and offset < self.paragraphs[number - 1].end:
            return number
        return 0


# --------------------------------------------------------------------------- brief


class _Cited(Protocol):
    evidence: list[Evidence]


class Evidence(BaseModel):
    """One sentence of the cleaned article that supports an item."""

    model_config = ConfigDict(extra="forbid")

    sentence: int = Field(description="0-based index of the sentence in the cleaned article.")
    text: str = Field(description="The whole sentence, exactly as in the cleaned article.")
    start: int = Field(description="Character offset where the sentence starts.")
    end: int = Field(description="Character offset just past the end of the sentence.")
    paragraph: int | None = Field(
        default=None, description="1-based number of the paragraph holding the sentence."
    )


class Source(BaseModel):
    """Where the article came from."""

    title: str | None = Field(default=None, description="Title of the article as published.")
    publisher: str | None = Field(
        default=None, description="Publisher or agency the article is attributed to."
    )
    url: str | None = Field(default=None, description="Address the article was read from.")
    published: str | None = Field(
        default=None, description="Publication date as ISO 8601 (YYYY-MM-DD), or null."
    )
    dateline: str | None = Field(default=None, description="Place named in the dateline.")
    language: str | None = Field(default="en", description="ISO 639-1 language code.")
    author: str | None = Field(default=None, description="Byline, when the article has one.")
    sha256: str | None = Field(default=None, description="SHA-256 of the input bytes.")


class KeyPoint(BaseModel):
    """A sentence an analyst would keep."""

    text: str = Field(description="The key point, compressed from the article.")
    evidence: list[Evidence] = Field(default_factory=list, description="Supporting sentences.")


class Actor(BaseModel):
    """A country, organisation, person or group that acts or is acted upon."""

    name: str = Field(description="Canonical name, e.g. 'South Korea'.")
    kind: ActorKind = Field(description="country, organization, person or group.")
    aliases: list[str] = Field(default_factory=list, description="Other surface forms in the text.")
    role: str | None = Field(default=None, description="Title or function given by the text.")
    affiliation: str | None = Field(
        default=None, description="Country or organisation a person belongs to."
    )
    evidence: list[Evidence] = Field(default_factory=list, description="Supporting sentences.")


class Demand(BaseModel):
    """An explicit call, demand, urge or 'must' statement."""

    by: list[str] = Field(default_factory=list, description="Names of the demanding actors.")
    of: str | None = Field(default=None, description="Actor the demand is addressed to.")
    what: str = Field(description="What is demanded, as a short phrase.")
    evidence: list[Evidence] = Field(default_factory=list, description="Supporting sentences.")


class Position(BaseModel):
    """A stance taken: condemnation, support, concern, welcome or other."""

    by: list[str] = Field(default_factory=list, description="Names of the actors taking it.")
    stance: Stance = Field(description="condemn, support, concern, welcome or other.")
    target: str | None = Field(default=None, description="What the stance is about.")
    what: str = Field(description="The position as a short phrase.")
    evidence: list[Evidence] = Field(default_factory=list, description="Supporting sentences.")


class NextStep(BaseModel):
    """A commitment, plan or announced future action."""

    by: list[str] = Field(default_factory=list, description="Names of the committing actors.")
    what: str = Field(description="What will be done, as a short phrase.")
    when: str | None = Field(default=None, description="The text's own time expression.")
    evidence: list[Evidence] = Field(default_factory=list, description="Supporting sentences.")


class Figure(BaseModel):
    """A quantity that counts something substantive."""

    value: str = Field(description="The number as written, e.g. '10,000'.")
    counts: str | None = Field(default=None, description="What the number counts.")
    evidence: list[Evidence] = Field(default_factory=list, description="Supporting sentences.")


class DateMention(BaseModel):
    """A calendar expression in the article."""

    text: str = Field(description="The expression as written.")
    iso: str | None = Field(default=None, description="ISO 8601 form when determinable.")
    evidence: list[Evidence] = Field(default_factory=list, description="Supporting sentences.")


class Location(BaseModel):
    """A place used as a place."""

    name: str = Field(description="The place as written.")
    evidence: list[Evidence] = Field(default_factory=list, description="Supporting sentences.")


class Brief(BaseModel):
    """The policy brief: everything extracted from one article, each item with evidence."""

    title: str = Field(description="Title of the brief (the article's, without final period).")
    summary: str = Field(default="", description="Bottom line: 1-2 sentences, at most 60 words.")
    summary_evidence: list[Evidence] = Field(
        default_factory=list, description="Sentences the bottom line is drawn from."
    )
    source: Source = Field(default_factory=Source, description="Where the article came from.")
    key_points: list[KeyPoint] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    demands: list[Demand] = Field(default_factory=list)
    positions: list[Position] = Field(default_factory=list)
    next_steps: list[NextStep] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    evidence: list[Evidence] = Field(
        default_factory=list,
        description="Every sentence cited by any item, in article order, without repeats.",
    )
    engine: str = Field(default="rules", description="Extraction engine that made the brief.")
    warnings: list[str] = Field(default_factory=list, description="Problems met on the way.")

    def cited_evidence(self) -> list[Evidence]:
        """Every evidence entry of every item (the bottom line's first), repeats included."""
        found: list[Evidence] = list(self.summary_evidence)
        sections: tuple[Sequence[_Cited], ...] = (
            self.key_points,
            self.actors,
            self.demands,
            self.positions,
            self.next_steps,
            self.figures,
            self.dates,
            self.locations,
        )
        for section in sections:
            for item in section:
                found.extend(item.evidence)
        return found
