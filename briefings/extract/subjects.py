"""Who says it: subjects of statement cues -> actor names, resolving pronouns and collectives."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from briefings.extract.actors import ActorIndex, ActorRecord
from briefings.extract.cue import Cue
from briefings.extract.evidence import Sentence
from briefings.extract.referents import (
    actors_on,
    body_named,
    counted_group,
    country_named,
    earlier_title,
    included_members,
    last_person,
    latter_or_former,
    named_in_apposition,
    people_of,
    story_actor,
    text_author,
    title_holder,
)
from briefings.extract.roles import load_title_words

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
# "We are concerned by X": X is what moves the speaker, not the agent of a passive.
_EMOTIONS = {
    "concern",
    "concerned",
    "worry",
    "worried",
    "alarm",
    "alarmed",
    "trouble",
    "troubled",
    "disappoint",
    "disappointed",
    "dismay",
    "dismayed",
    "encourage",
    "encouraged",
    "hearten",
    "heartened",
    "shock",
    "shocked",
    "sadden",
    "saddened",
    "appall",
    "appalled",
}
# Verbs that report speech or opinion (the parser hangs a second one on the quoted clause).
_SPEECH_VERBS = {
    "say", "tell", "state", "argue", "add", "warn", "claim", "insist", "note", "stress",
    "call", "urge", "ask", "appeal", "demand",
}  # fmt: skip
# Parts of a subject that describe it rather than name who acts ("The resolution, drafted by X").
_DESCRIPTIVE_DEPS = {"acl", "relcl", "appos"}


def is_owned_statement(subject: Span) -> bool:
    """ "Their demands", "its proposal": a demand noun owned by a pronoun."""
    root = subject.root
    return root.lemma_.lower() in {"demand", "request", "call", "proposal"} and any(
        c.dep_ == "poss" and c.lower_ in {"their", "its"} for c in root.children
    )


def speaker_before(verb: Token) -> Span | None:
    """ "..., killing two crew, the Maritime and Port Authority of Singapore (MPA) said.": a
    closing "said" the parser left without a subject, its speaker hung on the clause before;
    the speaker is the noun phrase between the last comma and the verb."""
    if verb.lemma_.lower() not in {"say", "add", "state"} or verb.dep_ != "ROOT":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    doc = verb.doc
    start = verb.i
    depth = 0
    while start > verb.sent.start and verb.i - start < 12:
        before = doc[start - 1]
        depth += before.text == ")"
        depth -= before.text == "("
        if before.text == "," and depth == 0 and not continues_list(doc, start, verb.i):
            break
        start -= 1
    span = doc[start : verb.i]
    if start == verb.i or start == verb.sent.start:
        return None
    return span if any(t.pos_ in {"NOUN", "PROPN"} for t in span) else None


def continues_list(doc: Doc, comma: int, end: int) -> bool:
    """Whether the comma before `comma` joins a list of names that runs on to `end` ("France,
    Germany and Britain said"): a name before it and an "and" after it."""
    before = doc[comma - 2] if comma >= 2 else None
    return (
        before is not None
        and before.pos_ == "PROPN"
        and any(t.lower_ == "and" for t in doc[comma:end])
        and all(t.pos_ in {"PROPN", "CCONJ", "PUNCT", "DET"} for t in doc[comma:end])
    )


def is_misread_finite(token: Token) -> bool:
    """A past-tense verb the parser hung on a noun as if it described it ("Its chief executive,
    X, called on all members to ..."): a participle would be tagged VBN, so it is a predicate."""
    return token.tag_ == "VBD" and token.dep_ == "acl"


def find_subject(token: Token) -> Span | None:
    """The subject (or passive agent) of the clause holding `token`."""
    current = token
    if (speaker := speaker_before(token)) is not None:
        return speaker
    if is_misread_finite(token) and token.head.dep_ in {"nsubj", "nsubjpass"}:
        head = token.head  # "Its chief executive, X, called on ...": the noun is the subject
        return token.doc[head.left_edge.i : token.left_edge.i]
    if current.pos_ in {"NOUN", "PROPN", "ADJ"} and current.dep_ not in {"ROOT", "conj"}:
        while current.dep_ not in {"ROOT"} and current.pos_ not in {"VERB", "AUX"}:
            current = current.head
    for _ in range(8):
        for child in current.children:
            if child.dep_ == "agent" and current.lemma_.lower() not in _EMOTIONS:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return subtree_span(objects[0])
        subjects = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
        if len(subjects) > 1:  # "PARAMARIBO — Suriname's government accused": the dateline
            subjects = [c for c in subjects if not c.text.isupper()] or subjects  # is no subject
        if subjects:
            return subtree_span(subjects[0])
        for aux in current.children:  # "The US | has been encouraging": hung on the auxiliary
            if aux.dep_ in {"aux", "auxpass"} and aux.i < current.i:
                for child in aux.children:
                    if child.dep_ in {"nsubj", "nsubjpass"}:
                        return subtree_span(child)
        named = [
            c
            for c in current.children
            if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < current.i
        ]
        if named and current.tag_ in {"VBZ", "VBD", "VBP"}:
            return subtree_span(named[0])  # "The United States contests this": misparsed noun
        if current.dep_ == "conj" and is_reporting_conjunct(current):
            current = current.head.head  # "X said A "..." and argued B": X argued
            continue
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
                "agent",
            }
            and current.head.i != current.i
        ):
            current = current.head
            continue
        break
    return None


_BACK_PRONOUNS = {"they", "it", "he", "she", "we"}
# Offices and envoys a country or body speaks through: "Its embassy advised ...".
_OFFICES = {"embassy", "embassies", "ministry", "ministries", "government", "envoy", "envoys",
            "ambassador", "spokesman", "spokeswoman", "spokesperson", "office", "mission",
            "delegation", "delegations", "representative", "officials", "army", "military",
            "forces", "police", "navy", "consulate", "secretariat", "leaders",
            "leader"}  # fmt: skip


def reporting_subject(subject: Span) -> Token | None:
    """The reporting verb whose own subject a pronoun subject refers to: in "X said it was
    concerned" or "X said they supported Y", "it"/"they" is X (the verb of saying is returned
    when its subject is a noun or a name, not another pronoun)."""
    if len(subject) != 1 or subject.root.lower_ not in _BACK_PRONOUNS:
        return None
    clause = subject.root.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "said it was concerned and would meet"
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SPEECH_VERBS:
        return None
    verb = clause.head
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is None or own.pos_ == "PRON":
        return None
    return verb


def reporter_above(token: Token) -> Token | None:
    """The verb of saying whose reported clause has `token` for subject ("Erdogan said the
    invasion was to prevent X": "said" for "invasion"); a clause only coordinated with a reported
    one ("X said A, and his critics blame him") is not reported."""
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    clause = token.head
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    verb = clause.head
    if clause.dep_ in {"ccomp", "parataxis"} and verb.lemma_.lower() in _SPEECH_VERBS:
        return verb
    return None


def is_reporting_conjunct(verb: Token) -> bool:
    """ "said the resolution "ignores X" and argued": the parser hung "argued" on the quoted
    clause; it is coordinated with "said" when both are verbs of saying and a closing quote or
    a change of tense separates it from the clause."""
    speech = _SPEECH_VERBS
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in speech:
        return False
    if verb.lemma_.lower() not in speech:
        return False
    between = verb.doc[clause.i : verb.i].text
    return any(q in between for q in ('"', "\u201d")) or clause.tag_ != verb.tag_


def drop_members(subject: Span, tokens: list[Token], index: ActorIndex) -> list[Token]:
    """ "We, the G7 Foreign Ministers of Canada, France ...": the collective speaks, not each
    member; countries listed after "of" in a collective actor's phrase are left out."""
    drop: set[int] = set()
    for token in tokens:
        actor = index.token_actor.get(token.i)
        if actor is None or actor.kind not in {"organization", "group"}:
            continue
        head = token
        while head.dep_ in {"compound", "amod", "nmod"} and head.head.i != head.i:
            head = head.head
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for member in prep.subtree:
                    listed = index.token_actor.get(member.i)
                    if listed is not None and listed.kind == "country":
                        drop.add(member.i)
    return [t for t in tokens if t.i not in drop]


def subtree_span(token: Token) -> Span:
    """The span covering `token` and everything it governs."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def find_parties(
    doc: Doc, sentences: list[Sentence], index: ActorIndex, title: str = ""
) -> list[str]:
    """The article's principal actors: who "We, the X" says it is, else the author its title
    names ("Statement by X on ..."), else the actors of the first sentence naming a subject."""
    speakers = (
        self_named(sentences, index)
        or title_authors(title, index)
        or released_by(sentences[:6], index)
    )
    if speakers:
        return speakers
    for sentence in sentences:
        root = sentence.span.root
        subject = find_subject(root)
        names: list[str] = []
        if subject is not None:
            names = actors_on(index, drop_members(subject, list(subject), index))
        for child in root.children:  # "Rubio met with his counterparts of Japan and Korea"
            if child.dep_ == "prep" and child.lower_ == "with" and not is_thing(child, index):
                names += [
                    n for n in index.actors_in(child.i, child.right_edge.i + 1) if n not in names
                ]
        if names:
            return list(dict.fromkeys(affiliation_or_self(name, index) for name in names))
    return []


# "Statement by the Ministry of Foreign Affairs of Japan on ...": the title names the author.
_AUTHOR_TITLE = re.compile(
    r"^(?:Joint\s+)?(?:Press\s+)?(?:Statement|Communiqu[eé]|Declaration)\s+"
    r"(?:by|of|from)\s+(.+?)(?=\s+(?:on|about|regarding|following|after|at|in)\s|$)"
)


def title_authors(title: str, index: ActorIndex) -> list[str]:
    """The actors a statement's title names as its author ("Statement by the Ministry of
    Foreign Affairs of Japan on ...": Japan), by their names or aliases in the title's words."""
    found = _AUTHOR_TITLE.match(title.strip())
    if found is None:
        return []
    author = f" {found.group(1)} "
    named: list[tuple[int, str]] = []
    for actor in index.actors:
        places = [
            author.find(f" {surface} ")
            for surface in (actor.name, *actor.aliases)
            if f" {surface} " in author
        ]
        if places and actor.kind != "person":
            named.append((min(places), actor.name))
    return [name for _, name in sorted(named)]


# "The following is the text of a joint statement by A and B", "released by the Governments
# of A, B and C": the text's authors, named in its opening lines.
_RELEASED_BY = re.compile(
    r"\b(?:text\s+of\s+(?:a\s+|the\s+)?(?:joint\s+)?(?:statement|communiqu[eé]|declaration)"
    r"\s+(?:by|of|from)|(?:statement|text|communiqu[eé]|declaration)\b[^.]{0,40}?"
    r"\b(?:released|issued)\s+by)\s+"
    r"(.+?)(?=\s+(?:on|about|regarding|following|after|at)\s|[.;:]|$)",
    re.IGNORECASE,
)


def released_by(sentences: list[Sentence], index: ActorIndex) -> list[str]:
    """The authors an opening line names ("a joint statement by the United States of America
    and the Socialist Republic of Viet Nam on ..."): the actors mentioned in that phrase."""
    for sentence in sentences:
        found = _RELEASED_BY.search(sentence.span.text)
        if found is None:
            continue
        start = sentence.span.start_char + found.start(1)
        end = sentence.span.start_char + found.end(1)
        tokens = [t for t in sentence.span if start <= t.idx < end]
        names = actors_on(index, tokens)
        if names:
            return list(dict.fromkeys(affiliation_or_self(n, index) for n in names))
    return []


def plural_before_is_unnamed(subject: Span, index: ActorIndex) -> bool:
    """Whether the nearest plural subject before `subject` (what "their" refers back to) is a
    group no actor names ("Crowds gathered in the capital")."""
    doc = subject.doc
    for i in range(subject.start - 1, max(subject.start - 60, 0) - 1, -1):
        token = doc[i]
        if token.dep_ in {"nsubj", "nsubjpass"} and token.tag_ in {"NNS", "NNPS", "PRP"}:
            if token.tag_ == "PRP":
                return False
            return token.i not in index.token_actor and not any(
                t.i in index.token_actor for t in token.subtree
            )
    return False


def is_thing(prep: Token, index: ActorIndex) -> bool:
    """ "came up with a plan to fight al-Qaeda": the object of "with" is a thing, so the actors
    inside it are no parties (a person, group or title noun is: "with his counterparts")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.i in index.token_actor or obj.pos_ != "NOUN":
        return False
    return obj.lemma_.lower() not in _PEOPLE_NOUNS | _COLLECTIVE | load_title_words()[0]


def self_named(sentences: list[Sentence], index: ActorIndex) -> list[str]:
    """The actors of the first "We, the G7 Foreign Ministers, ..." apposition, members left out."""
    for sentence in sentences:
        for token in sentence.span:
            if token.lower_ != "we" or token.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            for appos in (c for c in token.children if c.dep_ == "appos"):
                names = actors_on(
                    index, drop_members(subtree_span(appos), list(appos.subtree), index)
                )
                if names:
                    return list(dict.fromkeys(affiliation_or_self(n, index) for n in names))
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
        self._context: list[str] = list(parties)
        # Whether the paragraph being read has named a subject yet (`context` is its own).
        self.context_in_paragraph = False
        # Who speaks the quotation the current sentence lies in, when it does.
        self.quoted: list[str] | None = None
        # Who spoke last: in reporting, an unattributed sentence after a speaker is still theirs.
        self.speaker: list[str] = []

    @property
    def context(self) -> list[str]:
        """The actors the last resolved subject named."""
        return self._context

    @context.setter
    def context(self, names: list[str]) -> None:
        self._context = names
        self.context_in_paragraph = True

    def new_paragraph(self) -> None:
        """A new paragraph: the last speaker's turn is over."""
        self.speaker = []
        self.context_in_paragraph = False

    def authors(self) -> list[str]:
        """Who states what the text asserts itself: the quoted speaker, else the parties."""
        return list(self.quoted or self.speaker or self.parties or self.context)

    def actors_on(self, tokens: list[Token]) -> list[str]:
        """Names of the actors the tokens mention, in order, without repeats."""
        return actors_on(self.index, tokens)

    def resolve(self, token: Token) -> list[str]:
        """Actor names that say or do what `token` expresses."""
        subject = find_subject(token)
        if subject is None:
            return self.authors()
        reporter = reporting_subject(subject)
        if reporter is not None and (names := self.resolve(reporter)):
            return names  # "Japan and Australia said they were concerned": Japan and Australia
        if subject.root.lower_ in {"he", "she"} and len(subject) == 1:
            person = last_person(self.index, subject.doc, subject.root.i)
            if person is not None:
                self.context = [person]
                return [person]
        named = named_in_apposition(self.index, subject) or speaker_after_source(
            self.index, subject
        )
        if named:
            self.context = named
            return named
        if any(c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in subject.root.children):
            return self.authors()  # '"My talks with Kenyans showed X," Annan said': Annan's
        names = self.named_in(subject)
        if names and is_patient(subject, token):
            return self.doer_of_passive(names)
        if names:
            self.context = names
            return names
        owners = self.owners_of_its(subject)
        if owners:  # "France condemned the attempt. Its embassy advised ...": France's embassy
            return owners
        included = included_members(self.index, subject)
        if included:  # "his critics, which include Greenpeace, blame him": Greenpeace
            self.context = included
            return included
        group = counted_group(self.index, subject)
        if group and set(group) == set(self.parties):
            group = list(self.parties)  # the parties themselves, in the order they came in
        if group:  # "the two ministers": each with the government they speak for, as above
            group = list(
                dict.fromkeys(n for g in group for n in (affiliation_or_self(g, self.index), g))
            )
            self.context = group
            return group
        holder = title_holder(self.index, subject) or earlier_title(self.index, subject)
        if holder is not None:
            self.context = [holder]
            return [holder]
        words = {t.lower_ for t in subject}
        if words & _AUTHOR_PRONOUNS:
            return self.authors()
        if self.quoted:
            return list(self.quoted)
        if is_owned_statement(subject):  # "their demands included ...": the last speaker's,
            if self.speaker:  # or the subject named before in the paragraph ("Protesters
                return list(self.speaker)  # have claimed X. Their demands included Y")
            if plural_before_is_unnamed(subject, self.index):
                return []  # "Crowds gathered. Their demands included ...": the crowds'
            return list(self.context) if self.context_in_paragraph else []
        if (author := text_author(self.index, subject)) is not None:
            self.context = [author]
            return [author]
        if subject.root.lower_ in {"they", "it", "he", "she", "statement"}:
            return list(self.context or self.parties)
        body = body_named(self.index, subject)
        if body is not None:
            self.context = [body]
            return [body]
        country = country_named(self.index, subject)
        if country is not None:
            return [country]
        reporter = reporter_above(subject.root)
        if reporter is not None:  # "Erdogan said the invasion was to prevent X": his claim;
            return self.resolve(reporter)  # "Analysts say the talks will fail": no one's
        referred = latter_or_former(self.index, subject)
        if referred is not None:
            return [referred]
        if is_people(subject):  # "Analysts are skeptical", "hundreds protested": no parties
            return people_of(self.index, subject)
        return list(self.parties or self.context)

    def owners_of_its(self, subject: Span) -> list[str]:
        """The country or body "its"/"their" refers to in "Its embassy", "their ministries":
        the last one this resolver credited, when it named no person."""
        root = subject.root
        if root.lower_ not in _OFFICES:
            return []  # "their demands included ...": a statement noun, read elsewhere
        if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in root.children):
            return []
        owners = [n for n in self.context if (a := self.index.find(n)) and a.kind != "person"]
        return owners if len(owners) == len(self.context) else []

    def named_in(self, subject: Span) -> list[str]:
        """The actors a subject names itself, its descriptions and members left out. "Philip
        Hammond, UK Foreign Secretary, said": the speaker, and the government the title says he
        speaks for."""
        core = drop_members(subject, core_tokens(subject), self.index)
        collective = any(t.lower_ in _COLLECTIVE for t in subject)
        names = []
        for name in actors_on(self.index, core):
            actor = self.index.find(name)
            if collective and actor is not None and actor.kind == "person":
                names.append(affiliation_or_self(name, self.index))
            names.append(name)
        return drop_title_words(list(dict.fromkeys(names)), subject, self.index)

    def doer_of_passive(self, patients: list[str]) -> list[str]:
        """Who did what the text says was done to `patients` ("the envoy was summoned", "X was
        called on to"): the country or body the story is most about, if it is not a patient."""
        doer = story_actor(self.index, patients)
        return [doer] if doer is not None else []


def speaker_after_source(index: ActorIndex, subject: Span) -> list[str]:
    """ "According to news agency ISNA, the prosecutor general, Ali Mehr, said": the parser
    takes the cited source for the subject; the speaker is the person named after it."""
    doc = subject.doc
    if subject.start < 2 or doc[subject.start - 1].lower_ != "to":
        return []
    if doc[subject.start - 2].lower_ != "according":
        return []
    people = [
        a.name
        for t in subject
        if (a := index.token_actor.get(t.i)) is not None and a.kind == "person"
    ]
    return list(dict.fromkeys(people))


# Passives whose subject does what the verb says ("is expected to attend", "was set to sign").
_RAISING = {"expect", "set", "schedule", "slate", "poise", "suppose", "due", "bind", "elect",
            "appoint", "name", "authorise", "authorize", "entitle", "allow", "permit"}  # fmt: skip


def is_patient(subject: Span, token: Token) -> bool:
    """Whether the subject is what the passive `token` with no agent was done to ("The Bolivian
    charge d'affaires was summoned", "Iran was urged to comply"), not who acted."""
    root = subject.root
    verb = root.head
    if token.dep_ == "xcomp":
        token = token.head  # "was called on | to guarantee"
    passive = token
    while token.i != verb.i and token.dep_ == "conj":
        token = token.head  # "was summoned ... and was called on to"
    return (
        root.dep_ == "nsubjpass"
        and verb.i == token.i
        and (passive.i == verb.i or any(c.dep_ == "auxpass" for c in passive.children))
        and passive.lemma_.lower() not in _RAISING
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() not in _RAISING
        and not any(c.dep_ == "agent" for c in verb.children)
    )


# Plural nouns for people who are no actor of the article: a subject made of one names no one.
_PEOPLE_NOUNS = {
    "analysts", "experts", "critics", "observers", "diplomats", "witnesses", "residents",
    "protesters", "protestors", "demonstrators", "officials", "sources", "attackers",
    "militants", "fighters", "rebels", "insurgents", "leaders", "people", "activists",
    "lawmakers", "legislators", "commentators", "scholars", "academics", "campaigners",
    "locals", "villagers", "survivors", "families", "relatives", "hundreds", "thousands",
    "dozens", "scores", "many", "some", "others", "supporters", "opponents", "voters",
    "students", "workers", "soldiers", "troops", "police", "doctors", "journalists",
    "reporters", "investigators", "negotiators", "mediators", "donors",
}  # fmt: skip


def is_people(subject: Span) -> bool:
    """Whether a subject is a plain group of people the text does not name ("Analysts",
    "hundreds", "Leaders in the rebel-held city", "his critics")."""
    return subject.root.lower_ in _PEOPLE_NOUNS


def names_no_party(subject: Span, index: ActorIndex) -> bool:
    """Whether a subject is a thing that neither names an actor nor stands for one ("Customs
    posts", "an appeal for $61 million"; not "the two sides", "patrols from each side", "he")."""
    stands_for = _COLLECTIVE | _PEOPLE_NOUNS | load_title_words()[0] | {"side", "each"}
    return not any(
        t.i in index.token_actor or t.pos_ == "PRON" or t.lower_ in stands_for for t in subject
    )


def core_tokens(subject: Span) -> list[Token]:
    """The subject without the clauses and appositions that describe it."""
    skipped: set[int] = set()
    for token in subject:
        if token.dep_ in _DESCRIPTIVE_DEPS and token.i != subject.root.i:
            skipped.update(t.i for t in token.subtree)
    return [t for t in subject if t.i not in skipped]


def drop_title_words(names: list[str], subject: Span, index: ActorIndex) -> list[str]:
    """ "US Ambassador to Germany Richard Grenell": Germany is part of his title, not a speaker.

    Countries and bodies named only before a person in the subject stay out unless they are the
    person's affiliation.
    """
    people = [
        t for t in subject if (a := index.token_actor.get(t.i)) is not None and a.kind == "person"
    ]
    if not people:
        return names
    person = index.token_actor[people[0].i]
    before = {  # "Ambassador to Germany": a place in the title, not a speaker
        a.name
        for t in subject
        if t.i < people[0].i
        and (a := index.token_actor.get(t.i)) is not None
        and after_preposition(t, a, index)
    }
    after = {
        a.name
        for t in subject
        if t.i > people[-1].i and (a := index.token_actor.get(t.i)) is not None
    }
    return [
        n for n in names if n not in before or n in after or n in {person.affiliation, person.name}
    ]


def is_outlet_report(cue: Cue, index: ActorIndex) -> bool:
    """ "Rudaw reports X has alleged ties to Y": an outlet's report of a fact, no stance."""
    if cue.section != "position":
        return False
    subject = find_subject(cue.token)
    if subject is not None and any(
        (a := index.token_actor.get(t.i)) is not None and a.kind != "person" for t in subject
    ):
        return False  # "Reuters reported that Germany condemned X": Germany's stance
    token = cue.token
    while token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() == "report" and token.pos_ == "VERB":
            return any(
                c.dep_ == "nsubj"
                and (actor := index.token_actor.get(c.i)) is not None
                and actor.kind == "organization"
                for c in token.children
            )
    return False


def after_preposition(token: Token, actor: ActorRecord, index: ActorIndex) -> bool:
    """Whether the mention holding `token` follows "to", "in" or "for" ("Ambassador to X")."""
    start = token.i
    while start > 0 and index.token_actor.get(start - 1) is actor:
        start -= 1
    return start > 0 and token.doc[start - 1].lower_ in {"to", "in", "for"}
