"""One statement found in a sentence, before it is filed as a demand, position or next step."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Token

from briefings.model import Stance

Section = Literal["demand", "position", "next_step"]


@dataclass
class Cue:
    """One statement found in a sentence.

    `speaker` is the token whose subject says it (a reporting verb); `by_author` files it under
    the article's own parties ("Iran must end ..." is the authors' demand, not Iran's);
    `also_by` adds the actors of that token's own subject.
    """

    section: Section
    token: Token
    stance: Stance | None = None
    what: str = ""
    target: str | None = None
    of: list[str] | None = None
    when: str | None = None
    by: list[str] | None = None
    speaker: Token | None = None
    by_author: bool = False
    # A clause whose own subject shares the credit: "he said Suriname had recalled its
    # ambassador" is his report of Suriname's step.
    also_by: Token | None = None
