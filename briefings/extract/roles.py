"""Words around a person's name -> the title the text gives (role) and the name in full."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Protocol

from spacy.tokens import Span, Token

from briefings.extract.gazetteer import load_gazetteer, read_data


class HasRole(Protocol):
    """Anything with a role: a person being assembled."""

    role: str | None


@lru_cache(maxsize=1)
def load_title_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Title words, honorifics and non-actor organisation heads."""
    data = read_data("titles.yaml")
    return (
        frozenset(data["titles"]),
        frozenset(data["honorifics"]),
        frozenset(data["not_actor_heads"]),
    )


@lru_cache(maxsize=1)
def load_name_honorifics() -> frozenset[str]:
    """Honorifics that are part of a person's name ("Sheikh Sharif Sheikh Ahmed")."""
    words: list[str] = read_data("titles.yaml")["name_honorifics"]
    return frozenset(words)


def without_name_honorifics(name: str) -> str:
    """ "Sheik Sharif Sheik Ahmed" -> "Sharif Ahmed": the form two spellings share."""
    honorifics = load_name_honorifics()
    return " ".join(w for w in name.split() if w not in honorifics) or name


def find_role(span: Span, people: Mapping[int, HasRole]) -> str | None:
    """The title the text gives a person: "Foreign Minister X", "X, the defence minister"."""
    titles, _, _ = load_title_words()
    doc = span.doc
    words: list[Token] = []
    i = span.start - 1
    while i >= 0:
        token = doc[i]
        if token.ent_type_ == "PERSON" and token.dep_ != "poss":
            break
        if token.text in {"\u2019s", "'s"} or token.is_space:
            break
        lower = token.lower_
        if (
            (token.text[:1].isupper() and not token.is_punct)
            or lower in titles
            or (lower in {"of", "to", "for", "the"} and words)
            or (token.text == "-" and words)
        ):
            words.insert(0, token)
        else:
            break
        i -= 1
    while words and words[0].lower_ in {"of", "to", "for", "the", "-"}:
        words.pop(0)
    if words and i >= 0 and doc[i].lower_ == "the" and words[0].i == i + 1:
        pass
    if (
        words
        and any(w.lower_ in titles for w in words)
        and not (
            len(words) == 1 and words[0].lower_ in {"foreign", "state", "national", "security"}
        )
    ):
        return doc[words[0].i : words[-1].i + 1].text
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in titles:
        head = root.head
        return doc[head.left_edge.i : head.i + 1].text.removeprefix("the ").strip()
    for child in root.children:
        if child.dep_ == "appos" and child.lower_ in titles:
            text = doc[child.left_edge.i : child.right_edge.i + 1].text
            return re.sub(r"^(the|a|an)\s+", "", text)
    if root.dep_ == "conj" and root.head.i in people:
        return people[root.head.i].role
    return None


def with_given_name(span: Span) -> Span:
    """Take in a given name the model left out: "Secretary of State Antony J. Blinken"."""
    titles, _, _ = load_title_words()
    doc = span.doc
    start = span.start
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].ent_type_ in {"", "PERSON"}
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].lower_ not in titles
        and load_gazetteer().find(doc[start - 1].text) is None
        and start - 2 >= 0
        and doc[start - 2].lower_ in titles | {"state", "affairs", "defense", "defence"}
    ):
        start -= 1
    return doc[start : span.end]


def singular_role(role: str) -> str:
    """ "South Korean officials" -> "South Korean official" (one person holds the role)."""
    return re.sub(r"\b(official|minister|leader|representative|delegate)s\b", r"\1", role)
