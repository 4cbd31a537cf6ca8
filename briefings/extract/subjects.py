"""Who says it: subjects of statement cues -> actor names, resolving pronouns and collectives."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from briefings.extract.actors import ActorIndex
from briefings.extract.evidence import Sentence

# Subject heads that stand for the parties of the article rather than name anyone.
_COLLECTIVE = {
    "nations",
    "countries",
    "sides",
    "parties",
    "ministers",
    "governments",
    "leaders",
    "statement",
    "we",
    "they",
    "it",
    "both",
    "delegations",
    "counterparts",
    "secretary",
    "allies",
    "partners",
    "members",
    "ministry",
    "government",
    "officials",
    "communiqué",
    "declaration",
    "participants",
    "states",
    "he",
    "she",
    "representatives",
}
_AUTHOR_PRONOUNS = {"we", "us", "our"}


def find_subject(token: Token) -> Span | None:
    """The subject (or passive agent) of the clause holding `token`."""
    current = token
    if current.pos_ in {"NOUN", "PROPN", "ADJ"} and current.dep_ not in {"ROOT", "conj"}:
        while current.dep_ not in {"ROOT"} and current.pos_ not in {"VERB", "AUX"}:
            current = current.head
    for _ in range(8):
        for child in current.children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return subtree_span(objects[0])
        for child in current.children:
            if child.dep_ in {"nsubj", "nsubjpass", "csubj"}:
                return subtree_span(child)
        if (
            current.dep_
            in {
                "conj",
                "xcomp",
                "advcl",
                "acomp",
                "pcomp",
                "prep",
                "pobj",
                "dobj",
                "ccomp",
                "amod",
                "acl",
            }
            and current.head.i != current.i
        ):
            current = current.head
            continue
        break
    return None


def subtree_span(token: Token) -> Span:
    """The span covering `token` and everything it governs."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def find_parties(doc: Doc, sentences: list[Sentence], index: ActorIndex) -> list[str]:
    """The article's principal actors: named in the first sentence that names a subject actor."""
    for sentence in sentences:
        root = sentence.span.root
        subject = find_subject(root)
        names: list[str] = []
        if subject is not None:
            names = index.actors_in(subject.start, subject.end)
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ == "with":
                names += [
                    n for n in index.actors_in(child.i, child.right_edge.i + 1) if n not in names
                ]
        if names:
            return list(dict.fromkeys(affiliation_or_self(name, index) for name in names))
    return []


def affiliation_or_self(name: str, index: ActorIndex) -> str:
    """A person's country or organisation when known, else the name itself."""
    actor = index.find(name)
    if (
        actor is not None
        and actor.kind == "person"
        and actor.affiliation
        and index.find(actor.affiliation) is not None
    ):
        return actor.affiliation
    return name


class SubjectResolver:
    """Resolves the speaker of each statement, remembering the last one for pronouns."""

    def __init__(self, index: ActorIndex, parties: list[str]) -> None:
        self.index = index
        self.parties = parties
        self.context: list[str] = list(parties)

    def resolve(self, token: Token) -> list[str]:
        """Actor names that say or do what `token` expresses."""
        subject = find_subject(token)
        if subject is None:
            return list(self.parties or self.context)
        names = [
            affiliation_or_self(n, self.index)
            if self.index.find(n) is not None
            and self.index.find(n).kind == "person"  # type: ignore[union-attr]
            and any(t.lower_ in _COLLECTIVE for t in subject)
            else n
            for n in self.index.actors_in(subject.start, subject.end)
        ]
        names = list(dict.fromkeys(names))
        if names:
            self.context = names
            return names
        words = {t.lower_ for t in subject}
        if words & _AUTHOR_PRONOUNS:
            return list(self.parties or self.context)
        if subject.root.lower_ in {"they", "it", "he", "she", "statement"}:
            return list(self.context or self.parties)
        return list(self.parties or self.context)
