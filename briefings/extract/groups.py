"""Parsed article -> the one unnamed group it is about ("the junta"), as an actor.

"the junta" and "the military" named twice or more make one group actor; a group word owned by a
country ("Myanmar's military government", "the Iranian regime") is that country's alias instead.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefings.extract.actors import ActorIndex, ActorRecord
from briefings.extract.gazetteer import fold_surface, load_gazetteer
from briefings.model import ActorKind

# Group words in the order that names the actor: "junta" reads better than "military".
_GROUP_WORDS = ("junta", "regime", "military")
_CENTRAL = 2  # mentions that make an unnamed group what the text is about


def group_mentions(doc: Doc, index: ActorIndex) -> list[tuple[Token, ActorRecord | None]]:
    """Each "the junta"-like mention with the country owning it, if any."""
    found: list[tuple[Token, ActorRecord | None]] = []
    for token in doc:
        if token.lower_ not in _GROUP_WORDS or token.pos_ not in {"NOUN", "PROPN", "ADJ"}:
            continue
        head = token.head if token.dep_ in {"compound", "amod"} else token
        if head is not token and head.lower_ not in {"government", "leaders", "rulers"}:
            continue  # "military cooperation": an adjective, no group
        owners = [c for c in head.children if c.dep_ in {"poss", "amod", "compound"}]
        owner = next((index.token_actor[c.i] for c in owners if c.i in index.token_actor), None)
        owner = owner or next(
            (
                index.token_actor.get(c.i)
                for c in owners
                if load_gazetteer().find(c.text) is not None and c.i in index.token_actor
            ),
            None,
        )
        if owner is None and not any(c.lower_ == "the" for c in head.children):
            continue
        found.append((head, owner))
    return found


def add_central_group(doc: Doc, owner: list[int], index: ActorIndex) -> None:
    """Add the unnamed central group (or the owning country's alias) to the index."""
    unowned: list[Token] = []
    mentions = group_mentions(doc, index)
    countries = {id(c): c for _, c in mentions if c is not None}
    if len(countries) == 1:  # "Myanmar's military government" ... "the military": Myanmar's
        only = next(iter(countries.values()))
        mentions = [(head, only) for head, _ in mentions]
    for head, country in mentions:
        span = doc[head.left_edge.i : head.i + 1]
        if country is not None:
            modifier = next((c.lower_ for c in head.children if c.lower_ in _GROUP_WORDS), "")
            country.add_surface(f"{modifier} {head.lower_}".strip())
            for t in span:
                index.token_actor.setdefault(t.i, country)
        else:
            unowned.append(head)
    if len(unowned) < _CENTRAL:
        return
    words = [t.lower_ if t.lower_ in _GROUP_WORDS else "military" for t in unowned]
    name = next(w for w in _GROUP_WORDS if w in words)
    group = ActorRecord(name=name, kind="group", key="group:" + name)
    for head in unowned:
        word = head.lower_ if head.lower_ in _GROUP_WORDS else "military government"
        group.add_surface(word)
        sentence = owner[head.i]
        if sentence not in group.sentences:
            group.sentences.append(sentence)
        index.token_actor[head.i] = group
        for child in head.children:
            if child.dep_ in {"compound", "amod"}:
                index.token_actor[child.i] = group
    index.actors.append(group)


# Plural nouns that name an unnamed group acting in reporting: "critics claim", "donors agreed",
# "Western nations have spent", "the international community must". Residents, witnesses and
# officials are left out: they report or speak for someone named elsewhere.
_ACTING_GROUPS = {
    "critics",
    "donors",
    "rebels",
    "insurgents",
    "militants",
    "protesters",
    "protestors",
    "demonstrators",
    "nations",
    "authorities",
    "community",
    "forces",
    "fighters",
    "opponents",
    "supporters",
    "activists",
    "separatists",
    "extremists",
    "monitors",
}
# Groups that need no modifier to be someone: "Protesters have blocked the highways" (bare
# "nations" or "forces" name nobody; analysts and witnesses comment, they do not act).
_BARE_GROUPS = {"critics", "donors", "rebels", "protesters", "protestors", "demonstrators"}
_ACTING_DEPS = {"nsubj", "nsubjpass"}


def add_acting_groups(doc: Doc, owner: list[int], index: ActorIndex) -> None:
    """Unnamed plural groups that act ("Critics claim ...", "rebel forces") and plural peoples
    the model tags as a nationality but the gazetteer knows as no country ("the Kurds")."""
    gazetteer = load_gazetteer()
    for token in doc:
        if (
            token.i in index.token_actor
            or owner[token.i] < 0
            or token.pos_ not in {"NOUN", "PROPN"}
            or token.text.isupper()  # "UNITED NATIONS, April 30 (AFP) -": a dateline
        ):
            continue
        people = (
            token.ent_type_ == "NORP"
            and token.tag_ == "NNPS"
            and gazetteer.find(token.text) is None
        )
        acting = token.lower_ in _ACTING_GROUPS and (
            token.dep_ in _ACTING_DEPS
            or (token.dep_ == "conj" and token.head.dep_ in _ACTING_DEPS)
            or (token.dep_ == "pobj" and token.head.lower_ in {"by", "between"})
        )
        if not (people or acting):
            continue
        country = gazetteer.demonyms.get(fold_surface(token.text)[:-1]) if people else None
        if country is not None and country.kind == "country":
            actor = index_group(index, "gaz:" + country.name, country.name, "country")
            actor.add_surface(token.text)  # "Kenyans", "Yemenis": the country's people
            if owner[token.i] not in actor.sentences:
                actor.sentences.append(owner[token.i])
            index.token_actor[token.i] = actor
            continue
        modifiers = [c for c in token.children if c.dep_ in {"amod", "compound"} and c.i < token.i]
        if acting and not modifiers and token.lower_ not in _BARE_GROUPS:
            continue  # "nations", "forces" alone name nobody
        if any(
            t.i in index.token_actor or gazetteer.find(t.text) is not None
            for m in modifiers
            for t in m.subtree
        ) or any(c.dep_ == "poss" for c in token.children):
            continue  # "Somali forces", "NATO forces", "his critics": a named actor's
        start = min((m.left_edge.i for m in modifiers), default=token.i)
        span = doc[start : token.i + 1]
        name = span.text[0].upper() + span.text[1:]
        key = "group:" + name.lower()
        group = index_group(index, key, name)
        group.add_surface(span.text)
        if owner[token.i] not in group.sentences:
            group.sentences.append(owner[token.i])
        for t in span:
            index.token_actor[t.i] = group


def index_group(index: ActorIndex, key: str, name: str, kind: ActorKind = "group") -> ActorRecord:
    """The group (or country) actor under `key`, created on first use."""
    for actor in index.actors:
        if actor.key == key:
            return actor
    group = ActorRecord(name=name, kind=kind, key=key)
    index.actors.append(group)
    return group


# A country's armed or police service named by its demonym: "the Somali army", "Iraqi security
# forces". Annotators name the service now as the country's alias, now as an actor of its own;
# as an alias of the country it matches either way and credits the country's statements.
_SERVICES = {"army", "military", "police", "navy"}
_TWO_WORD_SERVICES = {("security", "forces"), ("armed", "forces"), ("air", "force"),
                      ("coast", "guard")}  # fmt: skip


def add_service_aliases(doc: Doc, index: ActorIndex) -> None:
    """ "the Sudanese army said": "Sudanese army" becomes an alias of Sudan, as written."""
    gazetteer = load_gazetteer()
    for token in doc[:-1]:
        country = index.token_actor.get(token.i)
        if country is None or country.kind != "country":
            continue
        if fold_surface(token.text) not in gazetteer.demonyms:
            continue  # "Sudan's army" names Sudan itself
        end = service_end(doc, token.i + 1)
        if end is None:
            continue
        last = doc[end - 1]
        if last.dep_ in {"compound", "amod", "nmod"} and last.head.i > last.i:
            continue  # "two Russian military helicopters": a modifier, no service
        country.add_surface(doc[token.i : end].text)


def service_end(doc: Doc, start: int) -> int | None:
    """The end of a lower-case service noun at `start` ("army", "security forces"), if any."""
    first = doc[start]
    if first.lower_ in _SERVICES and not first.is_title:
        return start + 1
    if start + 1 < len(doc) and (first.lower_, doc[start + 1].lower_) in _TWO_WORD_SERVICES:
        return start + 2 if first.is_lower else None
    return None
