"""Named entities of the parsed article -> actors (merged, with aliases, roles) and places."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from briefings.extract.evidence import Sentence
from briefings.extract.gazetteer import Entry, fold_surface, load_gazetteer
from briefings.extract.mentions import (
    COMPASS_PREFIX,
    GROUP_HEADS,
    SKIP_LABELS,
    clean_surface,
    find_acronym,
    follows_a_capital,
    initials_of,
    is_attacked_place,
    is_dateline,
    is_group_adjective,
    is_header,
    is_institution,
    is_locative,
    is_media_venue,
    is_metonym_subject,
    is_name_modifier,
    is_news_source,
    is_titled_apposition,
    load_institution_heads,
    names_a_place_noun,
    names_its_body,
    trim_entity,
    used_as_place,
    with_compass,
)
from briefings.extract.places import (
    DIVISIONS,
    dateline_end,
    dateline_places,
    find_geo_noun_places,
    name_head,
    official_name,
)
from briefings.extract.roles import (
    find_role,
    load_name_honorifics,
    load_title_words,
    singular_role,
    with_given_name,
    without_name_honorifics,
)
from briefings.model import ActorKind


@lru_cache(maxsize=65536)
def unaccented(text: str) -> str:
    """ "Erdoğan" -> "Erdogan": a name spelled with and without its diacritics is one name."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_words(name: str) -> tuple[str, ...]:
    """The words of a name, split once however often it is compared."""
    return tuple(name.split())


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
    # Told of each new surface form, so that the finder's indexes of forms stay complete.
    on_surface: Callable[[ActorRecord, str], None] | None = field(
        default=None, repr=False, compare=False
    )

    def add_surface(self, surface: str) -> None:
        """Record another surface form of this actor."""
        if surface != self.name and surface not in self.aliases:
            self.aliases.append(surface)
            if self.on_surface is not None:
                self.on_surface(self, surface)


@dataclass
class PlaceMention:
    """A place used as a place, with the sentence it is in."""

    name: str
    sentence: int
    dateline: bool = False  # "SAMARKAND, Sept. 14 -": capitals that are no acronym


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

    def __init__(
        self, doc: Doc, owner: list[int], sentences: list[Sentence], header: set[int]
    ) -> None:
        self.doc = doc
        self.owner = owner
        self.sentences = sentences
        self.header = header
        self.gazetteer = load_gazetteer()
        self.index = ActorIndex()
        self.by_key: dict[str, ActorRecord] = {}
        # Indexes over `by_key`, so that a mention is compared with the actors it could be,
        # not with every actor (a text naming thousands of people made that quadratic). They
        # only ever grow: a stale entry adds a candidate that the full test then turns down.
        self.created: dict[int, int] = {}  # id(actor) -> creation order
        self.by_form: dict[str, dict[int, ActorRecord]] = defaultdict(dict)  # name, alias
        self.by_name_word: dict[str, dict[int, ActorRecord]] = defaultdict(dict)  # persons
        self.non_persons: dict[int, ActorRecord] = {}
        self.bodies: dict[int, ActorRecord] = {}  # organisations and groups
        self.people_at: dict[int, ActorRecord] = {}
        self.last_seen: dict[int, int] = {}  # id(person) -> token index of its latest mention
        self.place_names: set[str] = set()
        self.claimed: set[int] = set()
        self.affiliations: set[str] = set()
        self.vessels: set[str] = set()
        self.featured: set[str] = set()
        self.in_titles: set[str] = set()

    def run(self) -> ActorIndex:
        """Classify every entity, then merge short forms into the full names."""
        header = self.header
        self.add_geo_noun_places()
        self.add_dateline_places()
        spans = [(ent.label_, trim_entity(ent)) for ent in self.doc.ents]
        spans = [(label, span) for label, span in spans if len(span) > 0]
        acting = acting_names(spans)
        self.vessels = vessel_names(spans)
        self.featured |= {clean_surface(s) for _, s in spans if names_a_place_noun(s)}
        self.affiliations = affiliation_only(spans)
        self.in_titles = title_only(spans)
        for label, span in spans:
            surface = clean_surface(span)
            if (
                label in {"LOC", "GPE", "FAC", "ORG", "PERSON"}
                and surface not in acting
                and not (label == "PERSON" and len(span) >= 2 and span.root.dep_ == "appos")
                and self.gazetteer.find(surface) is None
                and not is_institution(surface)
                and (
                    is_locative(span)
                    or is_attacked_place(span)
                    or names_a_place_noun(span)
                    or (label in {"LOC", "GPE", "FAC"} and used_as_place(span, surface))
                )
            ):
                self.place_names.add(surface)
        for label, span in spans:
            if self.owner[span.start] in header or any(t.i in self.claimed for t in span):
                continue
            self.classify(label, span)
        self.mark_bare_surnames()
        self.mark_unnamed_office_holders()
        self.index.actors = [a for a in self.by_key.values() if a.sentences]
        return self.index

    def mark_bare_surnames(self) -> None:
        """ "said Ruto" after "William Ruto": a capitalised surname the model did not tag is
        still that person's mention (unless two people share it or it precedes the full name)."""
        owners: dict[str, ActorRecord | None] = {}
        for actor in self.by_key.values():
            words = actor.name.split()
            if actor.kind != "person" or len(words) < 2:
                continue
            short = {words[-1], *(a for a in actor.aliases if " " not in a)}  # "Ban" (Ki-moon)
            for surname in short:
                if surname[:1].isupper() and owners.get(surname, actor) is not None:
                    owners[surname] = None if owners.get(surname, actor) is not actor else actor
        if not owners:
            return
        first: dict[int, int] = {}
        for i, known in self.index.token_actor.items():
            first[id(known)] = min(first.get(id(known), i), i)
        for token in self.doc:
            owner = owners.get(token.text)
            if (
                owner is None
                or token.i in self.index.token_actor
                or token.pos_ != "PROPN"
                or (
                    token.ent_type_ in {"ORG", "GPE", "LOC", "NORP", "FAC"} and self.is_known(token)
                )
                or token.i < first.get(id(owner), len(self.doc))
            ):
                continue
            self.mark(owner, self.doc[token.i : token.i + 1])
            owner.add_surface(token.text)

    def mark_unnamed_office_holders(self) -> None:
        """ "The Secretary-General condemns ...": an office named without its holder's name acts
        as itself, when no person in the text holds it (else the title stands for that person)."""
        holders = [a for a in self.by_key.values() if a.kind == "person" and a.role]
        doc = self.doc
        for office in _UNNAMED_OFFICES:
            if any(office.lower() in (a.role or "").lower() for a in holders):
                continue  # a named holder: "the Secretary-General" is that person
            for found in re.finditer(re.escape(office), doc.text):
                span = doc.char_span(found.start(), found.end())
                if span is None or any(t.i in self.index.token_actor for t in span):
                    continue
                if self.owner[span.start] in self.header:
                    continue
                after = doc[span.end : span.end + 3]
                if any(t.ent_type_ == "PERSON" for t in after) or (
                    after and after[0].lower_ == "'s"
                ):
                    continue  # "Secretary-General Antonio Rossi", "the Secretary-General's envoy"
                actor = self.record("office:" + office, office, "person")
                actor.role = office
                self.mark(actor, span)

    def is_known(self, token: Token) -> bool:
        """Whether the gazetteer knows a word as a place, people or body ("Mirzoyan said",
        tagged as a nationality, is a surname; "Georgia said" is a country)."""
        folded = fold_surface(token.text)
        gazetteer = self.gazetteer
        return (
            gazetteer.find(token.text) is not None
            or folded in gazetteer.demonyms
            or folded in gazetteer.capitals
        )

    def classify(self, label: str, span: Span) -> None:
        """Route one entity to an actor or a place."""
        surface = clean_surface(span)
        sentence = self.owner[span.start]
        folded = fold_surface(surface)
        gazetteer = self.gazetteer
        if label in SKIP_LABELS or not surface or surface in self.vessels:
            return  # "the research ship Cana": a vessel's name, no actor and no place
        if surface in self.featured and self.gazetteer.find(surface) is None:
            folded_name = fold_surface(surface)
            gazetteer = self.gazetteer
            if folded_name not in gazetteer.regions and folded_name not in gazetteer.subnational:
                self.add_place(with_compass(span, surface), self.owner[span.start])
                return  # "the Tigris was carrying", after "the Tigris river": a place
        if label == "ORG" and names_its_body(span):
            return  # "The UN refugee agency, UNHCR, said": UNHCR acts
        if label in {"ORG", "PERSON"} and is_media_venue(span, surface):
            return  # "told the state news agency TASS", "carried by Kyodo News": a venue
        if label in {"ORG", "PERSON"} and surface in self.place_names:
            self.add_place(with_compass(span, surface), sentence)  # "of eastern Ladakh"
            return
        if surface.isupper() and is_dateline(span) and gazetteer.find(surface) is None:
            self.add_place(surface, sentence)  # "JOHANNESBURG, April 17 - ...": a place
            return
        official = official_name(surface)
        if official != surface and gazetteer.find(official) is not None:
            surface = official
            folded = fold_surface(surface)
        if label in {"LOC", "FAC", "GPE"} and (
            folded in gazetteer.geo_nouns or is_group_adjective(span)
        ):
            return  # a bare "Sea" left over from a longer name; "the Baltic states"
        if label == "FAC" and is_institution(surface):
            label = "ORG"  # "banned Iranian airline Mahan Air": a company, not a building
        known = self.match_existing(surface) if label in {"GPE", "PERSON"} else None
        if known is not None and known.kind in {"organization", "group"}:
            self.mark(known, span)  # "Mahan" after "Mahan Air"
            return
        if folded in gazetteer.regions or folded in gazetteer.subnational:
            self.add_place(with_compass(span, surface), sentence)
            return
        if label == "LOC" and is_country_subject(span, gazetteer.find(surface)):
            label = "GPE"  # "South Sudan will pay a transit fee", tagged LOC: the country acts
        if label in {"LOC", "FAC"}:
            if gazetteer.find(surface) is not None or surface in self.place_names:
                self.add_place(with_compass(span, surface), sentence)
            return  # "the burning of a Quran", "Earth's wonders": named, but not as a place
        entry = gazetteer.find(surface)
        if (
            entry is not None
            and folded in gazetteer.demonyms
            and folded not in gazetteer.by_surface
        ):
            entry = gazetteer.demonym_owner(surface, self.doc.text)  # "Congolese" in Brazzaville
        if entry is not None:
            self.classify_entry(entry, surface, span)
            return
        capital = gazetteer.capitals.get(folded)
        if capital is not None:
            self.classify_capital(capital, label, surface, span)
            return
        self.classify_unknown(label, surface, span)

    def classify_entry(self, entry: Entry, surface: str, span: Span) -> None:
        """A mention of a country or body the gazetteer knows: an actor, or a place."""
        sentence = self.owner[span.start]
        if entry.kind == "country" and is_base_of(span):
            self.add_place(surface, sentence)  # "the Yemen-based Houthi movement"
            return
        if entry.kind != "country" and surface in self.in_titles:
            return  # "former UN chief Kofi Annan" and no other mention of the UN
        if entry.kind == "country" and is_descriptive_demonym(span):
            return  # "a Liberian-flagged tanker", "the Greek operator of the ship": no act
        demonym = fold_surface(surface) in self.gazetteer.demonyms
        if entry.kind == "country" and not demonym and is_locative(span):
            self.add_place(with_compass(span, surface), sentence)
            if span.root.dep_ not in {"nsubj", "nsubjpass"} or follows_a_capital(span):
                return  # "Estonia, where a plane strayed, said ...": a place and the speaker
        self.add_entry_mention(entry, surface, span)

    def classify_capital(self, capital: Entry, label: str, surface: str, span: Span) -> None:
        """A capital: its government when it acts as a name ("said Juba had not dropped"),
        else a place; nothing in a name ("the Minsk agreements")."""
        if is_name_modifier(span):
            return  # "the Berlin principles", "the Minsk agreements": a name, not a place
        sentence = self.owner[span.start]
        if (
            label in {"GPE", "ORG", "PERSON"}  # "said Juba had not dropped", read as a name
            and is_metonym_subject(span)
            and sentence != 0
            and not is_dateline(span)
        ):
            self.add_entry_mention(capital, surface, span)
        else:
            self.add_place(surface, sentence)

    def classify_unknown(self, label: str, surface: str, span: Span) -> None:
        """A name the gazetteer does not know: a place, an organisation or a person."""
        sentence = self.owner[span.start]
        if is_news_source(span) and label in {"PERSON", "ORG"} and not self.match_person(surface):
            label = "ORG"  # "Rudaw reports": an outlet, not a person
        if label == "GPE":
            if surface in self.place_names:
                self.add_place(with_compass(span, surface), sentence)
        elif label in {"ORG", "PERSON"} and is_titled_division(span):
            self.add_place(surface, sentence)  # "to Rakhine State", "Okinawa Prefecture"
        elif label == "ORG":
            if not is_media_venue(span, surface) and surface not in self.affiliations:
                self.add_organization(surface, span)
        elif label == "PERSON" and not self.is_people_word(span):
            self.add_person(surface, span)

    def is_people_word(self, span: Span) -> bool:
        """ "led by Africans", "Kurds": a people named by one plural word, not a person."""
        if len(span) != 1:
            return False
        token = span[0]
        folded = fold_surface(token.text)
        return token.tag_ == "NNPS" or (
            folded.endswith("s") and folded[:-1] in self.gazetteer.demonyms
        )

    def add_place(self, name: str, sentence: int) -> None:
        """Record a place mention (and the bare place when a compass word precedes it)."""
        _, _, not_heads = load_title_words()
        words = name.split()
        division = len(words) > 1 and words[-1].lower() in DIVISIONS  # "Rakhine State"
        if (words[-1].lower() in not_heads and not division) or name.lower() in _BARE_COMPASS:
            return  # "propaganda into the North": a side named by its compass point
        self.index.places.append(PlaceMention(name, sentence))
        bare = COMPASS_PREFIX.sub("", name)
        if bare != name:
            self.index.places.append(PlaceMention(bare, sentence))

    def record(self, key: str, name: str, kind: ActorKind) -> ActorRecord:
        """The record stored under `key`, created if new."""
        actor = self.by_key.get(key)
        if actor is None:
            actor = ActorRecord(name=name, kind=kind, key=key, on_surface=self.index_form)
            self.by_key[key] = actor
            self.created[id(actor)] = len(self.created)
            if kind != "person":
                self.non_persons[id(actor)] = actor
            if kind in {"organization", "group"}:
                self.bodies[id(actor)] = actor
            self.index_form(actor, name)
        return actor

    def index_form(self, actor: ActorRecord, form: str) -> None:
        """File a name or alias of `actor` (and, for a person, its first and last word)."""
        self.by_form[form][id(actor)] = actor
        words = name_words(form)
        if actor.kind == "person" and words:
            for word in {words[0], words[-1], words[-1].removeprefix("al-")}:
                self.by_name_word[unaccented(word)][id(actor)] = actor

    def in_creation_order(self, *groups: dict[int, ActorRecord]) -> list[ActorRecord]:
        """The actors of `groups`, each once, in the order `by_key` holds them."""
        found = {key: actor for group in groups for key, actor in group.items()}
        return sorted(found.values(), key=lambda actor: self.created[id(actor)])

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
        owner, _, rest = surface.replace("\u2019", "'").partition("'s ")
        if rest and (entry := self.gazetteer.find(owner)) is not None and entry.kind == "country":
            surface = rest  # "Mozambique's National Electoral Commission": the commission
        words = surface.split()
        last = words[-1].lower()
        head = name_head(surface)
        if (
            last in not_heads
            or head in not_heads
            or all(w.lower() in titles for w in words)
            or len(surface) < 2
            or not any(w[:1].isupper() for w in words)
        ):
            return
        if self.split_trailing_person(span):
            return
        generic = {w.lower() for w in words} <= _GENERIC_BODY_WORDS  # "Foreign Ministry"
        person = self.match_person(surface) if len(words) == 1 else self.person_ending(surface)
        if person is not None:  # "Lindqvist said": the model took a surname for an organisation
            person.add_surface(surface)
            self.mark(person, span)
            return
        if is_titled_apposition(span, titles) and self.gazetteer.find(surface) is None:
            self.add_person(surface, span)  # "Moussa Faki Mahamat, the chairperson of X"
            return
        head_word = span.root.head.lower_
        spoken = head_word in _SPOKESPEOPLE and not generic
        if span.root.dep_ == "compound" and head_word in not_heads | titles and not spoken:
            return  # "External Affairs Minister": part of a title, not an organisation
        after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        if after in titles - {"state"} and (after not in _SPOKESPEOPLE or generic):
            return  # "UN Secretary-General"; but "a State Department spokesperson" speaks for it
        if (
            span.start >= 2
            and span.doc[span.start - 1].lower_ in {"of", "for"}
            and span.doc[span.start - 2].lower_ in titles
        ):
            return  # "Under Secretary of State", "Advisor for Homeland Security": a title
        existing = self.match_existing(surface)
        acronym = find_acronym(span)
        if existing is None:
            kind: ActorKind = "group" if head in GROUP_HEADS else "organization"
            existing = self.record("org:" + surface, surface, kind)
        existing.add_surface(surface)
        if acronym:
            existing.add_surface(acronym)
        self.mark(existing, span)

    def split_trailing_person(self, span: Span) -> bool:
        """ "Ambassador to the United Nations Nikki Haley", tagged as one organisation: a known
        organisation or country, then a two- or three-word personal name after a title."""
        titles = load_title_words()[0]
        if span.start == 0 or not any(
            t.lower_ in titles for t in span.doc[max(span.start - 3, 0) : span.start]
        ):
            return False
        heads = load_institution_heads()
        for cut in range(len(span) - 2, 0, -1):
            entry = self.gazetteer.find(span[:cut].text)
            rest = span[cut:]
            if entry is None or not 2 <= len(rest) <= 3:
                continue
            if all(t.is_title and t.is_alpha and t.lower_ not in heads for t in rest):
                self.add_entry_mention(entry, span[:cut].text, span[:cut])
                self.add_person(rest.text, rest)
                return True
        return False

    def match_existing(self, surface: str) -> ActorRecord | None:
        """An actor already known under a longer or shorter form of `surface`."""
        # What depends on `surface` alone is worked out once: this runs for every mention
        # against every actor, and a text naming thousands of actors made that the hot loop.
        words = surface.split()
        initials = initials_of(surface) if len(words) >= 3 else None
        stem = surface.rstrip("s")
        stems = {w.rstrip("s") for w in words} if len(words) >= 2 else None
        named = self.by_form.get(surface, {})
        expanded = self.by_form.get(initials, {}) if initials is not None else {}
        for actor in self.in_creation_order(named, expanded, self.bodies):
            if surface == actor.name or surface in actor.aliases:
                return actor
            if initials is not None and (initials == actor.name or initials in actor.aliases):
                return actor  # "NATO (North Atlantic Treaty Organisation)": the expansion
            if actor.kind in {"organization", "group"} and (
                surface == initials_of(actor.name)
                or actor.name.startswith(surface + " ")
                or surface.startswith(actor.name + " ")
                or stem == actor.name.rstrip("s")
                or (stems is not None and stems <= {w.rstrip("s") for w in actor.name.split()})
            ):
                return actor
        return None

    def add_person(self, surface: str, span: Span) -> None:
        """A named person, with role and affiliation from the words around the name."""
        titles, honorifics, not_heads = load_title_words()
        span = with_given_name(span)
        surface = clean_surface(span)
        words = surface.split()
        if surface.lower() in not_heads:
            return  # "posted on Twitter": a platform the model took for a person
        if not any("a" <= ch.lower() <= "z" for ch in surface):
            return  # a name in Arabic or Hebrew script inside English text: the English model
            # cannot tell a person from a ministry there, so it states neither
        name_honorifics = load_name_honorifics()
        while len(words) > 1 and (words[0].lower() in titles or words[0] in honorifics):
            if words[0] in name_honorifics and words[1][:1].isupper():
                break  # "Sheikh Sharif Ahmed": the honorific is part of the name
            words.pop(0)
        for known in list(self.non_persons.values()):
            prefix = known.name.split()
            if len(words) > len(prefix) and words[: len(prefix)] == prefix:
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
                actor.affiliation = (
                    self.find_affiliation(role, span) or self.owner_of(span) or actor.affiliation
                )
        if actor.affiliation is None:
            actor.affiliation = self.title_country_before(span)  # "Prime Minister of India, Mr. X"
        self.people_at[span.root.i] = actor
        self.last_seen[id(actor)] = span.root.i
        self.mark(actor, span)

    def person_ending(self, surface: str) -> ActorRecord | None:
        """A known person whose full name ends with the two-word `surface` ("La Russa")."""
        if len(surface.split()) != 2:
            return None
        for actor in self.by_name_word.get(unaccented(surface.split()[-1]), {}).values():
            if actor.kind == "person" and actor.name.endswith(" " + surface):
                return actor
        return None

    def match_person(self, surface: str) -> ActorRecord | None:
        """A person already known whose full name ends with this short form.

        One pass over the people, each match kept by kind; the nearest previous full mention
        wins within the first kind that has one ("Kim" after "Kim Myong Gil" and "Kim Jong Un").
        Sorting every person per call made a text naming thousands of people quadratic.
        """
        short = unaccented(surface.removeprefix("al-"))
        one_word = len(surface.split()) == 1
        last_word = unaccented(surface.split()[-1])
        exact: list[ActorRecord] = []
        short_form: list[ActorRecord] = []
        longer: list[ActorRecord] = []
        candidates = self.in_creation_order(
            self.by_form.get(surface, {}),
            self.by_name_word.get(short, {}),
            self.by_name_word.get(last_word, {}),
        )
        bare = without_name_honorifics(surface)
        for actor in candidates:
            if actor.kind != "person":
                continue
            if surface == actor.name or surface in actor.aliases:
                exact.append(actor)
            elif bare == without_name_honorifics(actor.name):
                exact.append(actor)  # "Sheik Sharif Sheik Ahmed" after "Sheikh Sharif Ahmed"
            words = name_words(unaccented(without_name_honorifics(actor.name)))
            if one_word and short in {words[0], words[-1], words[-1].removeprefix("al-")}:
                short_form.append(actor)  # family name first ("Kim Myong Gil") or last
            if words[-1] == last_word and surface.endswith(actor.name):
                longer.append(actor)
        nearest = self.last_seen.get
        if exact or short_form:
            return max(exact or short_form, key=lambda a: nearest(id(a), -1))
        if longer:
            actor = max(longer, key=lambda a: nearest(id(a), -1))
            actor.add_surface(actor.name)
            actor.name = surface
            self.index_form(actor, surface)
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
        for actor in self.non_persons.values():
            if any(f in role for f in [actor.name, *actor.aliases]):
                return actor.name
        return None

    def title_country_before(self, span: Span) -> str | None:
        """ "Prime Minister of India, Mr. Rajesh Varadarajan": the country of the title that
        stands, with a comma, before the name."""
        doc = span.doc
        start = span.start
        titles, honorifics, _ = load_title_words()
        while start > 0 and doc[start - 1].text in honorifics:
            start -= 1
        if start < 3 or doc[start - 1].text != ",":
            return None
        for i in range(start - 2, max(start - 6, 0) - 1, -1):
            if doc[i].lower_ == "of":
                if i == 0 or doc[i - 1].lower_ not in titles:
                    return None  # "Addis Ababa, capital of Ethiopia, Ali Jangeli": no title
                entry = self.gazetteer.find(doc[i + 1 : start - 1].text.removeprefix("the "))
                return entry.name if entry is not None and entry.kind == "country" else None
        return None

    def owner_of(self, span: Span) -> str | None:
        """The country or organisation a title is given in the possessive ("China's envoy X")."""
        for child in span.root.children:
            if child.dep_ == "poss" and child.i < span.start:
                entry = self.gazetteer.find(child.text)
                actor = self.index.token_actor.get(child.i)
                if entry is not None:
                    return entry.name
                if actor is not None and actor.kind != "person":
                    return actor.name
        return None

    def add_dateline_places(self) -> None:
        """The city and country of the story's dateline, in one of its first sentences; the
        dateline's tokens (its agency too: "(Reuters)") name no actor."""
        for sentence in self.sentences[:4]:
            if sentence.index in self.header:
                continue
            for name in dateline_places(sentence.text):
                self.index.places.append(PlaceMention(name, sentence.index, dateline=True))
            end = sentence.start + dateline_end(sentence.text)
            self.claimed.update(t.i for t in sentence.span if t.idx < end)

    def add_geo_noun_places(self) -> None:
        """Names before a geographic noun are places: "Kursk region", "Andes mountains"."""
        for name, tokens in find_geo_noun_places(self.doc):
            self.claimed.update(tokens)
            self.add_place(name, self.owner[tokens[-1]])
            head = self.doc[tokens[-1]]
            if len(tokens) > 1 and head.lower_ in _RIVER_NOUNS:
                self.featured.add(
                    self.doc[tokens[0] : tokens[-1]].text
                )  # "Tigris" of "Tigris river"


# Geographic nouns whose name alone is the same place further on ("the Tigris river" ... "the
# Tigris was carrying").
_RIVER_NOUNS = {"river", "lake", "dam", "strait", "island", "mountains", "valley"}
# Nouns of a commentator's post: "Jon Alterman, an analyst at the Center for ...".
# Entity labels under which a bare surname may hide ("Mirzoyan said", tagged a nationality).
_PLACE_LABELS = {"ORG", "GPE", "LOC", "NORP", "FAC"}
_ANALYST_NOUNS = {"analyst", "expert", "fellow", "researcher", "scholar", "professor",
                  "scientist", "lecturer", "academic"}  # fmt: skip


def affiliation_only(spans: list[tuple[str, Span]]) -> set[str]:
    """Organisations named only as a commentator's affiliation ("said Daniel Levy of the New
    America Foundation", "an analyst at the Brookings Institution"): who the speaker is, not
    an actor of the story."""
    only: dict[str, bool] = {}
    for label, span in spans:
        if label != "ORG":
            continue
        surface = clean_surface(span)
        root = span.root
        prep = root.head
        post = prep.head
        affiliation = (
            root.dep_ == "pobj"
            and prep.lower_ in {"of", "at", "from"}
            and (
                (post.ent_type_ == "PERSON" and post.i < span.start)
                or (post.lower_ in _ANALYST_NOUNS and post.dep_ == "appos")
            )
        )
        only[surface] = only.get(surface, True) and affiliation
    return {surface for surface, alone in only.items() if alone}


# A person's title that an organisation's name opens or closes: "UN chief", "ambassador to
# the United Nations".
_TITLE_AFTER = {
    "chief", "head", "secretary", "secretary-general", "envoy", "special", "ambassador",
    "representative", "spokesperson", "spokesman", "spokeswoman", "commissioner", "high",
    "president", "director", "director-general", "coordinator", "rapporteur",
}  # fmt: skip
_TITLE_BEFORE = {"ambassador", "envoy", "representative", "ambassadors", "envoys"}


def in_a_title(span: Span) -> bool:
    """Whether an organisation is named in a title that does not make the person speak for it:
    a former official's, or an envoy's to it ("Libya's envoy to the United Nations")."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if after in _TITLE_AFTER and span.start > 0 and doc[span.start - 1].lower_ == "former":
        return True  # "former UN chief Kofi Annan" speaks for himself, no longer for the UN
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ == "to" and doc[i - 1].lower_ in _TITLE_BEFORE


_BARE_COMPASS = {"north", "south", "east", "west"}


# "Liberian-flagged", "Panamanian-registered": a demonym that only describes a thing.
_DESCRIBED = {"flagged", "registered", "owned", "built", "made"}
# Nouns a demonym describes without making the country act: "the Greek operator of the ship".
_DESCRIBED_NOUNS = {"operator", "owner", "company", "firm", "shipping", "carrier", "airline",
                    "tanker", "vessel", "ship", "freighter", "trawler", "shipowner", "manager",
                    "port", "sailors", "sailor", "crew", "seafarers", "engineer", "passengers",
                    "tourists"}  # fmt: skip


def is_titled_division(span: Span) -> bool:
    """ "Rakhine State", "Okinawa Prefecture": a place name and its capitalised division the
    model tags as an organisation (not "Islamic State": its first word is no proper name)."""
    return (
        len(span) >= 2
        and span[-1].lower_ in DIVISIONS
        and span[-1].is_title
        and all(t.pos_ == "PROPN" and t.ent_type_ != "NORP" for t in span)
        and fold_surface(span[0].text) not in load_gazetteer().demonyms
        and span[0].lower_ not in {"islamic", "united", "free", "new"}
    )


def is_descriptive_demonym(span: Span) -> bool:
    """Whether a nationality word only describes a thing: "a Liberian-flagged oil tanker",
    "Aegean Crest Shipping, the Greek operator of the tanker"."""
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "-":
        return doc[span.end + 1].lower_ in _DESCRIBED
    root = span.root
    return (
        len(span) == 1
        and root.dep_ in {"amod", "compound"}
        and root.head.lower_ in _DESCRIBED_NOUNS
        and root.tag_ in {"JJ", "NNP"}
        and root.text[:1].isupper()
        and fold_surface(root.text) in load_gazetteer().demonyms
    )


def is_base_of(span: Span) -> bool:
    """ "Yemen-based", "Geneva based": the place a body is based in, not an actor."""
    doc = span.doc
    after = doc[span.end : span.end + 2]
    words = [t.lower_ for t in after]
    return words[:1] == ["based"] or words == ["-", "based"]


def title_only(spans: list[tuple[str, Span]]) -> set[str]:
    """Organisations whose every mention is inside a person's title ("former UN chief Kofi
    Annan"): the person acts, the organisation does not."""
    only: dict[str, bool] = {}
    for label, span in spans:
        if label == "ORG":
            surface = clean_surface(span)
            only[surface] = only.get(surface, True) and in_a_title(span)
    return {surface for surface, alone in only.items() if alone}


_OFFICE_NOUNS = {"office", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser"}
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}
# Words of a body's name that name no one body ("Foreign Ministry spokesman X": X's title).
_GENERIC_BODY_WORDS = {"foreign", "defence", "defense", "interior", "external", "affairs",
                       "ministry", "army", "police", "office", "military"}  # fmt: skip


def acting_names(spans: list[tuple[str, Span]]) -> set[str]:
    """Organisations that are a subject or possessor somewhere ("Interpol didn't disclose") and
    persons who have an office ("Erdogan's office"): one locative use elsewhere ("demanded from
    Interpol", "spoke with Erdogan") does not make them places."""
    acting: set[str] = set()
    for label, span in spans:
        dep = span.root.dep_
        copula = dep == "nsubj" and span.root.head.lemma_ == "be"  # "Abqaiq was the target"
        if (label == "ORG" and dep in {"nsubj", "nsubjpass", "poss"} and not copula) or (
            label == "PERSON" and dep == "poss" and span.root.head.lower_ in _OFFICE_NOUNS
        ):
            acting.add(clean_surface(span))
    return acting


# Offices that act under their title alone in statements ("The Secretary-General condemns").
_UNNAMED_OFFICES = {"Secretary-General"}
# Nouns of vessels whose name follows them ("the survey ship Haiyang Dizhi 12").
_VESSEL_NOUNS = {"ship", "vessel", "freighter", "tanker", "trawler", "boat", "carrier",
                 "destroyer", "frigate", "corvette", "submarine", "cruiser", "ferry", "yacht",
                 "barge", "dredger", "icebreaker", "containership", "warship"}  # fmt: skip


def vessel_names(spans: list[tuple[str, Span]]) -> set[str]:
    """Names written right after a vessel noun ("the freighter Hanbit Star"): a ship's, in
    that mention and every other."""
    return {
        clean_surface(span)
        for label, span in spans
        if label in {"ORG", "PERSON", "PRODUCT", "FAC", "GPE", "NORP"}
        and span.start > 0
        and span.doc[span.start - 1].lower_ in _VESSEL_NOUNS
    }


def is_country_subject(span: Span, entry: Entry | None) -> bool:
    """Whether a mention the model tagged as a place is a known country as a clause's subject."""
    return (
        entry is not None and entry.kind == "country" and span.root.dep_ in {"nsubj", "nsubjpass"}
    )


def find_actors(
    doc: Doc, owner: list[int], sentences: list[Sentence], header: set[int] | None = None
) -> ActorIndex:
    """Actors and places of the parsed article (`header`: its furniture lines, if known)."""
    if header is None:
        header = {s.index for s in sentences if is_header(s)}
    return ActorFinder(doc, owner, sentences, header).run()
