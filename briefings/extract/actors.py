"""Named entities of the parsed article -> actors (merged, with aliases, roles) and places."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from briefings.extract.evidence import Sentence
from briefings.extract.gazetteer import Entry, fold_surface, load_gazetteer
from briefings.extract.mentions import (
    COMPASS_PREFIX,
    clean_surface,
    find_acronym,
    initials_of,
    is_header,
    is_locative,
    is_metonym_subject,
    trim_entity,
    with_compass,
)
from briefings.extract.roles import find_role, load_title_words, singular_role, with_given_name
from briefings.model import ActorKind

# Prepositions that make a country a place rather than an actor ("troops in Russia").
_GROUP_HEADS = {
    "forces",
    "force",
    "army",
    "units",
    "party",
    "front",
    "brigades",
    "brigade",
    "movement",
    "militia",
    "guards",
    "corps",
    "fighters",
    "rebels",
    "group",
}
_OFFICIAL_NAME = re.compile(
    r"^(?:the )?(?:[Gg]overnments?|Republic|Kingdom|State|Commonwealth|Federation)"
    r" of (?:the )?(.+)$"
)
_SKIP_LABELS = {
    "DATE",
    "TIME",
    "PERCENT",
    "MONEY",
    "QUANTITY",
    "ORDINAL",
    "CARDINAL",
    "LAW",
    "LANGUAGE",
    "WORK_OF_ART",
    "EVENT",
    "PRODUCT",
}


@dataclass
class ActorRecord:
    """An actor being assembled from its mentions."""

    name: str
    kind: ActorKind
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    sentences: list[int] = field(default_factory=list)
    key: str = ""

    def add_surface(self, surface: str) -> None:
        """Record another surface form of this actor."""
        if surface != self.name and surface not in self.aliases:
            self.aliases.append(surface)


@dataclass
class PlaceMention:
    """A place used as a place, with the sentence it is in."""

    name: str
    sentence: int


@dataclass
class ActorIndex:
    """Actors of the article, the token -> actor map used to resolve subjects, and places."""

    actors: list[ActorRecord] = field(default_factory=list)
    token_actor: dict[int, ActorRecord] = field(default_factory=dict)
    places: list[PlaceMention] = field(default_factory=list)

    def find(self, name: str) -> ActorRecord | None:
        """The actor called `name`, if any."""
        return next((actor for actor in self.actors if actor.name == name), None)

    def actors_in(self, start: int, end: int) -> list[str]:
        """Names of the actors mentioned in tokens [start, end), in text order."""
        names: list[str] = []
        for i in range(start, end):
            actor = self.token_actor.get(i)
            if actor is not None and actor.name not in names:
                names.append(actor.name)
        return names


class ActorFinder:
    """Walks the entities of one parsed article and builds the ActorIndex."""

    def __init__(self, doc: Doc, owner: list[int], sentences: list[Sentence]) -> None:
        self.doc = doc
        self.owner = owner
        self.sentences = sentences
        self.gazetteer = load_gazetteer()
        self.index = ActorIndex()
        self.by_key: dict[str, ActorRecord] = {}
        self.people_at: dict[int, ActorRecord] = {}
        self.place_names: set[str] = set()
        self.claimed: set[int] = set()

    def run(self) -> ActorIndex:
        """Classify every entity, then merge short forms into the full names."""
        header = {s.index for s in self.sentences if is_header(s)}
        self.add_geo_noun_places()
        spans = [(ent.label_, trim_entity(ent)) for ent in self.doc.ents]
        spans = [(label, span) for label, span in spans if len(span) > 0]
        for label, span in spans:
            if (
                label in {"LOC", "GPE", "FAC"} and self.gazetteer.find(clean_surface(span)) is None
            ) or (
                label in {"ORG", "PERSON"}
                and is_locative(span)
                and (self.gazetteer.find(clean_surface(span)) is None)
            ):
                self.place_names.add(clean_surface(span))
        for label, span in spans:
            if self.owner[span.start] in header or any(t.i in self.claimed for t in span):
                continue
            self.classify(label, span)
        self.index.actors = [a for a in self.by_key.values() if a.sentences]
        return self.index

    def classify(self, label: str, span: Span) -> None:
        """Route one entity to an actor or a place."""
        surface = clean_surface(span)
        sentence = self.owner[span.start]
        folded = fold_surface(surface)
        gazetteer = self.gazetteer
        if label in _SKIP_LABELS or not surface:
            return
        if label in {"ORG", "PERSON"} and surface in self.place_names:
            self.add_place(surface, sentence)
            return
        government = _OFFICIAL_NAME.match(surface)
        if government and gazetteer.find(government.group(1)) is not None:
            surface = government.group(1)
            folded = fold_surface(surface)
        if (
            label in {"LOC", "FAC"}
            or folded in gazetteer.regions
            or folded in gazetteer.subnational
        ):
            self.add_place(with_compass(span, surface), sentence)
            return
        entry = gazetteer.find(surface)
        if entry is not None:
            if entry.kind == "country" and folded not in gazetteer.demonyms and is_locative(span):
                self.add_place(with_compass(span, surface), sentence)
                return
            self.add_entry_mention(entry, surface, span)
            return
        capital = gazetteer.capitals.get(folded)
        if capital is not None:
            if label == "GPE" and is_metonym_subject(span) and sentence != 0:
                self.add_entry_mention(capital, surface, span)
            else:
                self.add_place(surface, sentence)
            return
        if label == "GPE":
            self.add_place(with_compass(span, surface), sentence)
        elif label == "ORG":
            self.add_organization(surface, span)
        elif label == "PERSON":
            self.add_person(surface, span)

    def add_place(self, name: str, sentence: int) -> None:
        """Record a place mention (and the bare place when a compass word precedes it)."""
        _, _, not_heads = load_title_words()
        if name.split()[-1].lower() in not_heads:
            return
        self.index.places.append(PlaceMention(name, sentence))
        bare = COMPASS_PREFIX.sub("", name)
        if bare != name:
            self.index.places.append(PlaceMention(bare, sentence))

    def record(self, key: str, name: str, kind: ActorKind) -> ActorRecord:
        """The record stored under `key`, created if new."""
        actor = self.by_key.get(key)
        if actor is None:
            actor = ActorRecord(name=name, kind=kind, key=key)
            self.by_key[key] = actor
        return actor

    def mark(self, actor: ActorRecord, span: Span) -> None:
        """Note that `span` mentions `actor`."""
        sentence = self.owner[span.start]
        if sentence not in actor.sentences:
            actor.sentences.append(sentence)
        for token in span:
            self.index.token_actor[token.i] = actor

    def add_entry_mention(self, entry: Entry, surface: str, span: Span) -> None:
        """A mention of a gazetteer country or organisation."""
        actor = self.record("gaz:" + entry.name, entry.name, entry.kind)
        actor.add_surface(surface)
        acronym = find_acronym(span)
        if acronym:
            actor.add_surface(acronym)
        self.mark(actor, span)

    def add_organization(self, surface: str, span: Span) -> None:
        """An organisation or armed group the gazetteer does not know."""
        titles, _, not_heads = load_title_words()
        words = surface.split()
        last = words[-1].lower()
        if last in not_heads or all(w.lower() in titles for w in words) or len(surface) < 2:
            return
        if span.root.dep_ == "compound" and span.root.head.lower_ in not_heads | titles:
            return  # "External Affairs Minister": part of a title, not an organisation
        if span.end < len(span.doc) and span.doc[span.end].lower_ in titles - {"state"}:
            return
        if (
            span.start >= 2
            and span.doc[span.start - 1].lower_ == "of"
            and span.doc[span.start - 2].lower_ in titles
        ):
            return  # "Under Secretary of State for Political Affairs": a title
        existing = self.match_existing(surface)
        acronym = find_acronym(span)
        if existing is None:
            kind: ActorKind = "group" if last in _GROUP_HEADS else "organization"
            existing = self.record("org:" + surface, surface, kind)
        existing.add_surface(surface)
        if acronym:
            existing.add_surface(acronym)
        self.mark(existing, span)

    def match_existing(self, surface: str) -> ActorRecord | None:
        """An actor already known under a longer or shorter form of `surface`."""
        for actor in self.by_key.values():
            forms = [actor.name, *actor.aliases]
            if surface in forms:
                return actor
            if actor.kind in {"organization", "group"} and (
                surface == initials_of(actor.name)
                or actor.name.startswith(surface + " ")
                or surface.startswith(actor.name + " ")
                or surface.rstrip("s") == actor.name.rstrip("s")
                or (
                    len(surface.split()) >= 2
                    and {w.rstrip("s") for w in surface.split()}
                    <= {w.rstrip("s") for w in actor.name.split()}
                )
            ):
                return actor
        return None

    def add_person(self, surface: str, span: Span) -> None:
        """A named person, with role and affiliation from the words around the name."""
        titles, _, _ = load_title_words()
        span = with_given_name(span)
        surface = clean_surface(span)
        words = surface.split()
        while len(words) > 1 and words[0].lower() in titles:
            words.pop(0)
        for known in list(self.by_key.values()):
            prefix = known.name.split()
            if (
                known.kind != "person"
                and len(words) > len(prefix)
                and words[: len(prefix)] == prefix
            ):
                words = words[len(prefix) :]
        surface = " ".join(words)
        if not surface or self.gazetteer.find(surface) is not None:
            return
        actor = self.match_person(surface)
        if actor is None:
            actor = self.record("person:" + surface, surface, "person")
        else:
            actor.add_surface(surface)
        if actor.role is None:
            role = find_role(span, self.people_at)
            if role:
                actor.role = singular_role(role)
                actor.affiliation = self.find_affiliation(role, span)
        self.people_at[span.root.i] = actor
        self.mark(actor, span)

    def match_person(self, surface: str) -> ActorRecord | None:
        """A person already known whose full name ends with this short form."""
        short = surface.removeprefix("al-")
        for actor in self.by_key.values():
            if actor.kind != "person":
                continue
            if surface == actor.name or surface in actor.aliases:
                return actor
            last = actor.name.split()[-1]
            if short in {last, last.removeprefix("al-")}:
                return actor
            if actor.name.split()[-1] == surface.split()[-1] and surface.endswith(actor.name):
                actor.add_surface(actor.name)
                actor.name = surface
                return actor
        return None

    def find_affiliation(self, role: str, span: Span) -> str | None:
        """The country or organisation named in a person's title."""
        for size in (3, 2, 1):
            words = re.findall(r"[\w.\u2019'-]+", role)
            for i in range(len(words) - size + 1):
                entry = self.gazetteer.find(" ".join(words[i : i + size]))
                if entry is not None:
                    return entry.name
        for actor in self.by_key.values():
            if actor.kind != "person" and any(f in role for f in [actor.name, *actor.aliases]):
                return actor.name
        return None

    def add_geo_noun_places(self) -> None:
        """Names before a geographic noun are places: "Kursk region", "Andes mountains"."""
        administrative = {"region", "regions", "province", "city", "state", "oblast", "governorate"}
        for token in self.doc:
            if token.lower_ not in self.gazetteer.geo_nouns or token.i == 0 or token.is_title:
                continue
            start = token.i
            while (
                start > 0
                and (
                    self.doc[start - 1].pos_ == "PROPN"
                    or self.doc[start - 1].ent_type_ == "NORP"
                    or (
                        self.doc[start - 1].text == "-"
                        and start - 2 >= 0
                        and self.doc[start - 2].pos_ in {"PROPN", "ADJ"}
                    )
                )
                and self.doc[start - 1].ent_type_ != "PERSON"
            ):
                start -= 1
            if start == token.i or self.doc[start].text == "-":
                continue
            run = self.doc[start : token.i]
            if token.lower_ in administrative:
                if any(t.ent_type_ in {"LOC", "GPE", "NORP"} for t in run):
                    continue
                name = run.text
            else:
                name = self.doc[start : token.i + 1].text
            if fold_surface(name) in self.gazetteer.by_surface:
                continue
            self.claimed.update(range(start, token.i + 1))
            self.add_place(name, self.owner[token.i])


def find_actors(doc: Doc, owner: list[int], sentences: list[Sentence]) -> ActorIndex:
    """Actors and places of the parsed article."""
    return ActorFinder(doc, owner, sentences).run()
