"""What a noun phrase refers to: "the two leaders", "the latter", "the country", "the
council", "the Secretary", "Somali officials", "critics, which include X" -> actor names.

Each function reads the actor index of the article; none of them remembers anything between
sentences (the speaker who spoke last is the SubjectResolver's business).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from briefings.extract.actors import ActorIndex
from briefings.extract.gazetteer import fold_surface, load_cues, load_gazetteer

# "the two leaders", "both sides", "the three ministers": a counted group of the actors the
# text last named together, of the kind the noun names (None: any kind).
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}
_COUNTED_NOUNS: dict[str, str | None] = {
    "leaders": "person",
    "presidents": "person",
    "ministers": "person",
    "sides": None,
    "parties": None,
    "delegations": None,
    "countries": "country",
    "nations": "country",
    "governments": "country",
}
# Titles of heads of state or government ("prime minister" is folded into "premier").
_HEAD_TITLES = {"president", "premier", "chancellor", "king", "queen", "emir", "sultan", "leader"}
# Common nouns that stand for an organisation named before ("the bloc", "the council").
_BODY_WORDS = {
    "bloc", "body", "council", "organisation", "organization", "alliance", "commission", "agency",
    "committee", "mission", "union", "court",
}  # fmt: skip
# Nouns that stand only for an organisation named before with the word in its name ("the
# office" after "the Ombudsman Office", "the board" after "the Board of Governors").
_NAMED_BODY_WORDS = {
    "office", "board", "assembly", "forum", "secretariat", "tribunal", "parliament", "conference",
    "bank", "fund", "programme", "program", "authority",
}  # fmt: skip


# Words of a role that name the body the person serves, not the person's title.
_INSTITUTION_WORDS = {"ministry", "office", "department", "agency", "embassy", "government",
                      "army", "military", "mission", "commission"}  # fmt: skip


def is_in_subject(token: Token) -> bool:
    """Whether a token is part of a clause's subject (climbing its noun phrase)."""
    current = token
    for _ in range(6):
        if current.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if current.pos_ in {"VERB", "AUX"} or current.head.i == current.i:
            return False
        if current.dep_ not in {"compound", "appos", "conj", "flat", "amod", "poss"}:
            return False
        current = current.head
    return False


def latter_or_former(index: ActorIndex, subject: Span) -> str | None:
    """ "X is considered a terrorist body by Y; the latter blames it": the last of the two
    actors named before ("the former": the one before it)."""
    words = [t.lower_ for t in subject]
    if words not in (["the", "latter"], ["the", "former"]):
        return None
    named: list[str] = []
    for i in range(subject.start - 1, max(subject.start - 200, 0) - 1, -1):
        actor = index.token_actor.get(i)
        if actor is not None and actor.name not in named:
            named.append(actor.name)
            if len(named) == 2:
                break
    pick = 0 if words[1] == "latter" else 1
    return named[pick] if len(named) > pick else None


def people_of(index: ActorIndex, subject: Span) -> list[str]:
    """The country a group of people belongs to ("Somali officials": Somalia), else no one
    ("diplomats from the two countries" may not be the last two countries named together)."""
    root = subject.root
    gazetteer = load_gazetteer()
    for child in root.children:
        if child.dep_ in {"amod", "compound", "nmod"}:
            entry = gazetteer.find(child.text)
            if entry is not None and index.find(entry.name) is not None:
                return [entry.name]
        if child.dep_ == "prep" and child.lower_ in {"in", "from"}:
            for place in child.children:  # "Officials in Seoul said": South Korea's
                folded = fold_surface(place.text)
                entry = gazetteer.find(place.text) or gazetteer.capitals.get(folded)
                if place.dep_ == "pobj" and entry is not None and index.find(entry.name):
                    return [entry.name]
    return []


def country_named(index: ActorIndex, subject: Span) -> str | None:
    """ "the country's military", "the country": the country named last before."""
    country = next(
        (
            t
            for t in subject
            if t.lower_ == "country" and any(c.lower_ == "the" for c in t.children)
        ),
        None,
    )
    if country is None:
        return None
    for i in range(subject.start - 1, max(subject.start - 300, 0) - 1, -1):
        actor = index.token_actor.get(i)
        if actor is not None and actor.kind == "country":
            return actor.name
    return None


def included_members(index: ActorIndex, subject: Span) -> list[str]:
    """The actors a subject names as its members ("critics, which include X", "donors
    including X and Y", "several states, such as X"), when its head names no one."""
    for token in subject:
        lemma = token.lemma_.lower()
        if lemma == "include" or (token.lower_ == "as" and token.nbor(-1).lower_ == "such"):
            names = actors_on(index, [t for t in token.subtree if t.i != token.i])
            if names:
                return names
    return []


def counted_group(index: ActorIndex, subject: Span) -> list[str]:
    """ "the two leaders" after "Olmert and Abbas": the last coordination of as many actors
    of the noun's kind before the subject (none found: [] and the caller goes on)."""
    root = subject.root
    if root.lower_ not in _COUNTED_NOUNS:
        return []
    kind = _COUNTED_NOUNS[root.lower_]
    count = next((_COUNTS[c.lower_] for c in root.children if c.lower_ in _COUNTS), None)
    if count is None:
        if root.lower_ in {"leaders", "sides", "parties"} and subject[0].lower_ == "the":
            return met_pair(index, subject, 2)  # "The leaders also agreed" after a call of two
        return []
    doc, known = subject.doc, index.token_actor
    for i in range(subject.start - 1, max(subject.start - 2000, 0) - 1, -1):
        actor = known.get(i)
        if actor is None or (kind is not None and actor.kind != kind) or not doc[i].conjuncts:
            continue
        members = [known.get(t.i) for t in (doc[i], *doc[i].conjuncts)]
        names = list(
            dict.fromkeys(
                m.name for m in members if m is not None and (kind is None or m.kind == kind)
            )
        )
        if len(names) == count:
            return names
    if root.lower_ == "leaders":
        return heads_named(index, subject.start, count) or met_pair(index, subject, count)
    return met_pair(index, subject, count)


# Verbs whose subject and object are the two parties of a meeting.
_MEETING_VERBS = {"meet", "host", "receive", "speak", "talk"}


def met_pair(index: ActorIndex, subject: Span, count: int) -> list[str]:
    """ "A met his counterpart B in Almaty ... The two sides agreed": the two parties of the
    last meeting named before (its subject and its object or "with" partner), for "two"."""
    if count != 2:
        return []
    doc, known = subject.doc, index.token_actor
    for i in range(subject.start - 1, max(subject.start - 2000, 0) - 1, -1):
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _MEETING_VERBS:
            continue
        hosts = [c for c in verb.children if c.dep_ == "nsubj"]
        guests = [c for c in verb.children if c.dep_ == "dobj"] + [
            o for p in verb.children if p.lower_ == "with" for o in p.children if o.dep_ == "pobj"
        ]
        pair = [
            a.name
            for part in (hosts[:1], guests[:1])
            for t in part
            if (a := next((known[x.i] for x in t.subtree if x.i in known), None)) is not None
        ]
        return pair if len(set(pair)) == 2 else []
    return []


def heads_named(index: ActorIndex, before: int, count: int) -> list[str]:
    """ "Both leaders" after "President A ... Prime Minister B" named apart: the heads of
    state or government named in the 2,000 tokens before, when there are exactly as many (a
    window, as for counted groups, so a long text costs no more per mention)."""
    heads: list[str] = []
    for i in range(max(before - 2000, 0), before):
        actor = index.token_actor.get(i)
        if (
            actor is not None
            and actor.kind == "person"
            and actor.role
            and _HEAD_TITLES & set(actor.role.lower().replace("prime minister", "premier").split())
            and actor.name not in heads
        ):
            heads.append(actor.name)
    return heads if len(heads) == count else []


def last_person(index: ActorIndex, doc: Doc, before: int) -> str | None:
    """ "He said": the person named last before the pronoun (a speaker stays the speaker
    across sentences and paragraphs until another person is named)."""
    nearest: str | None = None
    doc_start = max(before - 400, 0)
    for i in range(before - 1, doc_start - 1, -1):
        actor = index.token_actor.get(i)
        if actor is None or actor.kind != "person":
            continue
        nearest = nearest or actor.name
        if is_in_subject(doc[i]):
            reporter = reporting_person(index, doc[i])
            return reporter or actor.name  # the last person who spoke or acted, not one greeted
    return nearest


def reporting_person(index: ActorIndex, token: Token) -> str | None:
    """ "Leila Mansour said the Secretary-General condemned X. She urged ...": the person who
    reports the clause `token` is the subject of, when a person reports it (she speaks on)."""
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in load_cues()["speech_verbs"]:
        return None
    reporter = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if reporter is None:
        return None
    people = [
        index.token_actor[t.i]
        for t in reporter.subtree
        if t.i in index.token_actor and index.token_actor[t.i].kind == "person"
    ]  # "UN spokesperson Leila Mansour": the person, not the body in her title
    return people[0].name if people else None


def named_in_apposition(index: ActorIndex, subject: Span) -> list[str]:
    """ "His Sudanese counterpart, Deng Alor", "one of these groups, the SDF": the subject's
    head names nobody, its apposition does."""
    root = subject.root
    if root.i in index.token_actor or root.pos_ == "PRON":
        return []
    for appos in (c for c in root.children if c.dep_ == "appos"):
        names = actors_on(index, list(appos.subtree))
        if names:
            listed = [appos, *(c for c in appos.children if c.dep_ == "conj")]
            coordinated = [t for t in listed if t.i in index.token_actor]
            if len(coordinated) > 1 and coordinated[0].i == appos.i:
                return actors_on(index, coordinated)  # "(AFP) - Nigeria and Niger agreed"
            return names[:1]
    return []


def body_named(index: ActorIndex, subject: Span) -> str | None:
    """ "The West African bloc", "the council": the nearest organisation named before,
    one whose name has the word first ("the council" -> "Peace and Security Council")."""
    root = subject.root
    if root.lower_ == "government" and len(subject) == 2 and subject[0].lower_ == "the":
        countries = [a for a in index.actors if a.kind == "country"]
        if countries:  # "the government": the country the story is most about
            return max(countries, key=lambda a: len(a.sentences)).name
    word = root.lemma_.lower()
    if not any(t.lower_ == "the" for t in subject):
        return None
    if word not in _BODY_WORDS | _NAMED_BODY_WORDS:
        return body_by_head(index, subject)
    named: list[str] = []
    for i in range(subject.start - 1, -1, -1):
        actor = index.token_actor.get(i)
        if actor is not None and actor.kind == "organization" and actor.name not in named:
            named.append(actor.name)
    same = [n for n in named if root.lower_ in n.lower().split()]
    choices = same if same or word in _NAMED_BODY_WORDS else named
    return choices[0] if choices else None


def names_a_body(subject: Token, index: ActorIndex) -> bool:
    """Whether a subject noun ("the commission", "the bloc") stands for an organisation named
    before it."""
    doc = subject.doc
    return body_named(index, doc[subject.left_edge.i : subject.right_edge.i + 1]) is not None


def body_by_head(index: ActorIndex, subject: Span) -> str | None:
    """ "the inspectorate" after "the General Police Inspectorate", "the society" after "the
    Vietnam Fisheries Society": the one organisation named before whose name ends in the noun."""
    root = subject.root
    if root.pos_ != "NOUN" or len(subject) != 2 or subject[0].lower_ != "the":
        return None
    named = {
        actor.name
        for i in range(subject.start)
        if (actor := index.token_actor.get(i)) is not None
        and actor.kind in {"organization", "group"}
        and name_head_word(actor.name) == root.lower_
    }
    return named.pop() if len(named) == 1 else None


def name_head_word(name: str) -> str:
    """The last word of a name before its "of"/"for" ("Kano Chamber of Commerce" -> chamber)."""
    words = name.lower().split()
    for cut in ("of", "for", "on"):
        if cut in words[1:]:
            words = words[: words.index(cut, 1)]
    return words[-1] if words else ""


def story_actor(index: ActorIndex, excluded: Iterable[str] = ()) -> str | None:
    """The country or organisation the story is most about (named in most sentences), but
    any of `excluded` and the bodies they belong to: who acted when a passive names no one."""
    left_out = set(excluded)
    left_out |= {
        actor.affiliation for n in list(left_out) if (actor := index.find(n)) and actor.affiliation
    }
    doers = [
        a for a in index.actors if a.kind in {"country", "organization"} and a.name not in left_out
    ]
    return max(doers, key=lambda a: len(a.sentences)).name if doers else None


# Texts whose "it" is the body that adopted them: "The resolution was adopted ... It demands".
_ADOPTED_TEXTS = {"resolution", "decision", "decree", "law", "motion"}
_ADOPTING_VERBS = {"vote", "adopt", "pass"}


def text_author(index: ActorIndex, subject: Span) -> str | None:
    """ "The Council voted to deploy monitors. The resolution, drafted by Britain, was adopted.
    It demands ...": "it" is the resolution of the last sentence's subject, and what it asks is
    the body's that voted it (the nearest organisation subject of a verb of voting or adopting
    before it), not its drafter's."""
    if [t.lower_ for t in subject] != ["it"]:
        return None
    doc = subject.doc
    sentence = subject.root.sent
    if sentence.start == 0:
        return None
    root = doc[sentence.start - 1].sent.root
    named = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if named is None or named.lemma_.lower() not in _ADOPTED_TEXTS:
        return None
    for i in range(subject.start - 1, max(subject.start - 400, -1), -1):
        actor = index.token_actor.get(i)
        token = doc[i]
        if (
            actor is not None
            and actor.kind == "organization"
            and token.dep_ == "nsubj"
            and token.head.lemma_.lower() in _ADOPTING_VERBS
            and not any(c.dep_ == "mark" for c in token.head.children)  # not "until X passes"
        ):
            return actor.name
    return None


def earlier_title(index: ActorIndex, subject: Span) -> str | None:
    """ "the spokesperson said" after "a spokesperson for the Guyana Defence Force", "the
    ministry said" after "Russia's defence ministry": the body the noun was given for."""
    root = subject.root
    if root.pos_ != "NOUN" or not any(t.lower_ == "the" for t in subject):
        return None
    doc = subject.doc
    for i in range(root.i - 1, max(root.i - 300, -1), -1):
        if doc[i].lower_ != root.lower_:
            continue
        named = index.token_actor.get(i)
        if named is not None and named.kind != "person":  # "the committee" after "the
            return named.name  # Assembly's Fifth Committee"; not "Ministry spokeswoman X"
        for child in doc[i].children:
            if child.dep_ == "prep" and child.lower_ in {"for", "of"}:
                names = actors_on(index, list(child.subtree))
            elif child.dep_ in {"poss", "compound", "amod"} and child.i < i:
                names = actors_on(index, list(child.subtree))  # "Russia's defence ministry"
            else:
                continue
            if names:
                return names[0]
    return None


def title_holder(index: ActorIndex, subject: Span) -> str | None:
    """ "The Secretary" -> the one person the text gave that title, if exactly one."""
    root = subject.root
    if root.pos_ != "NOUN" and not (root.pos_ == "PROPN" and root.ent_type_ == ""):
        return None
    if not any(t.lower_ == "the" for t in subject) or len(subject) > 3:
        return None
    title = root.lower_
    if title in _INSTITUTION_WORDS:
        return None  # "the ministry" is no person's title ("Foreign Ministry spokeswoman X")
    holders = [
        a.name
        for a in index.actors
        if a.kind == "person" and a.role and title in a.role.lower().split()
    ]
    return holders[0] if len(holders) == 1 else None


def actors_on(index: ActorIndex, tokens: Iterable[Token]) -> list[str]:
    """Names of the actors the tokens mention, in order, without repeats."""
    names: list[str] = []
    for token in tokens:
        actor = index.token_actor.get(token.i)
        if actor is not None and actor.name not in names:
            names.append(actor.name)
    return names


# Head words of a state's own bodies: "the Russian Defence Ministry" speaks for Russia too.
_STATE_BODY_HEADS = {"ministry", "department", "office", "agency", "embassy", "government",
                     "army", "navy", "guard", "force", "forces", "police", "military"}  # fmt: skip


def with_home_countries(names: list[str], index: ActorIndex) -> list[str]:
    """`names` with the country of each state body among them ("Lao Ministry of Energy and
    Mines" -> Laos, "U.S. State Department" -> United States), when the country is an actor."""
    gazetteer = load_gazetteer()
    result = list(names)
    for name in names:
        actor = index.find(name)
        words = name.split()
        if actor is None or actor.kind != "organization" or len(words) < 2:
            continue
        if words[-1].lower() not in _STATE_BODY_HEADS and not any(
            w.lower() in _STATE_BODY_HEADS for w in words[1:] if w[:1].isupper()
        ):
            continue
        for size in (3, 2, 1):
            if size >= len(words) or words[size] == "Affairs":
                continue  # "Taiwan Affairs Office": the country is the office's subject
            entry = gazetteer.find(" ".join(words[:size]))
            country = index.find(entry.name) if entry is not None else None
            if entry is not None and entry.kind == "country" and country is not None:
                if country.name not in result:
                    result.append(country.name)
                break
    return result
