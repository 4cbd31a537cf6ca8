"""Article -> Brief with the rules engine: parse once, extract each section, verify evidence."""

from __future__ import annotations

from spacy.tokens import Doc

from briefings.extract.actors import ActorIndex, ActorRecord, find_actors
from briefings.extract.cue import Cue
from briefings.extract.dates import (
    anchor_year,
    date_direction,
    find_dates,
    iso_of,
    month_of,
    publication_of,
)
from briefings.extract.evidence import (
    Sentence,
    cite_sentence,
    collect_evidence,
    index_sentences,
    sentence_of_token,
    verify_evidence,
)
from briefings.extract.gazetteer import load_gazetteer
from briefings.extract.groups import add_acting_groups, add_central_group, add_service_aliases
from briefings.extract.keypoints import choose_key_points, choose_summary, compress_sentence
from briefings.extract.mentions import is_header
from briefings.extract.nlp import parse_text
from briefings.extract.openers import name_openers
from briefings.extract.phrase_index import PhraseIndex
from briefings.extract.quantities import find_figures
from briefings.extract.quotes import follow_quotes
from briefings.extract.statements import find_statements
from briefings.extract.subjects import SubjectResolver, find_parties
from briefings.model import (
    Actor,
    Article,
    Brief,
    DateMention,
    Demand,
    Figure,
    KeyPoint,
    Location,
    NextStep,
    Position,
)


def extract_with_rules(article: Article) -> Brief:
    """The Brief of `article`, every item backed by verbatim evidence."""
    doc = parse_text(article.text)
    sentences = index_sentences(doc)
    owner = sentence_of_token(sentences, doc)
    header = {s.index for s in sentences if is_header(s)}
    index = find_actors(doc, owner, sentences, header)
    add_central_group(doc, owner, index)
    add_acting_groups(doc, owner, index)
    add_service_aliases(doc, index)
    name_actors(index.actors, article.text)
    resolver = SubjectResolver(
        index, find_parties(doc, sentences, index, article.source.title or "")
    )
    quotes = follow_quotes(sentences, article.text)
    statements = find_statements(sentences, index, resolver, header, quotes)
    brief = Brief(
        title=make_title(article, sentences),
        source=article.source,
        actors=build_actors(index, sentences),
        figures=[
            Figure(value=f.value, counts=f.counts, evidence=[cite_sentence(f.sentence)])
            for f in find_figures(doc, owner, sentences, header)
        ],
        dates=build_dates(article, doc, sentences, header),
        locations=build_locations(index, sentences),
    )
    for cue, sentence in statements:
        add_statement(brief, cue, sentence)
    weight = weigh_sentences(brief, statements)
    openers = name_openers(sentences, index, quotes)
    unquotable = header | openers.dangling
    summary, cited = choose_summary(
        sentences, weight, unquotable, find_leads(statements), openers.text_of
    )
    brief.summary = summary
    brief.summary_evidence = [cite_sentence(s) for s in cited]
    for sentence in choose_key_points(sentences, weight, unquotable, cited):
        brief.key_points.append(
            KeyPoint(
                text=compress_sentence(openers.text_of(sentence)),
                evidence=[cite_sentence(sentence)],
            )
        )
    brief.evidence = collect_evidence(brief)
    verify_evidence(brief, article.text)
    return brief


def make_title(article: Article, sentences: list[Sentence]) -> str:
    """The article's title without its final period (else its first sentence)."""
    title = (article.source.title or "").strip()
    if not title and sentences:
        title = sentences[0].text
    return title.rstrip(". ").strip() or "Untitled"


def name_actors(actors: list[ActorRecord], text: str) -> None:
    """Use the canonical name when the text has it, else the fullest surface form it has."""
    gazetteer = load_gazetteer()
    words = PhraseIndex(text)
    for actor in actors:
        if words.has_phrase(actor.name):
            continue
        full = [
            a
            for a in actor.aliases
            if not a.isupper()
            and "." not in a
            and a.lower() not in gazetteer.demonyms
            and a.replace("\u2019", "'").lower() not in gazetteer.demonyms
        ]
        if full:
            actor.aliases.remove(full[0])
            actor.name = full[0]


def build_actors(index: ActorIndex, sentences: list[Sentence]) -> list[Actor]:
    """Actors in order of first mention, each citing up to two sentences."""
    actors = sorted(index.actors, key=lambda a: min(a.sentences))
    return [
        Actor(
            name=a.name,
            kind=a.kind,
            aliases=a.aliases,
            role=a.role,
            affiliation=a.affiliation if a.affiliation != a.name else None,
            evidence=[cite_sentence(sentences[i]) for i in sorted(a.sentences)[:2]],
        )
        for a in actors
    ]


def build_dates(
    article: Article, doc: Doc, sentences: list[Sentence], header: set[int]
) -> list[DateMention]:
    """Calendar expressions, each listed once, citing the sentence holding its first use.

    A month without a year gets one only from the publication date, forward for plans and
    backward for past events ("since April").
    """
    dates: list[DateMention] = []
    seen: set[str] = set()
    published = publication_of(article.source.published)
    for found in find_dates(article.text):
        month = month_of(found.text)
        if found.iso is None and published is not None and month is not None:
            direction = date_direction(doc, found.start, found.end)
            found.iso = iso_of(found.text, anchor_year(month, published, direction))
        if found.text in seen:
            continue
        sentence = next((s for s in sentences if s.start <= found.start < s.end), None)
        if sentence is None:
            continue
        seen.add(found.text)
        dates.append(
            DateMention(text=found.text, iso=found.iso, evidence=[cite_sentence(sentence)])
        )
    return dates


def build_locations(index: ActorIndex, sentences: list[Sentence]) -> list[Location]:
    """Places as written, each listed once."""
    locations: dict[str, Location] = {}
    named = {
        surface
        for actor in index.actors
        if actor.kind != "country"
        for surface in (actor.name, *actor.aliases)
    } | {actor.name.split()[-1] for actor in index.actors if actor.kind == "person"}
    gazetteer = load_gazetteer()
    for place in index.places:
        if place.name in named:
            continue  # "according to the BBC", "Nice said": an organisation or a person
        if place.name.isupper() and gazetteer.find(place.name) is None and not place.dateline:
            continue  # an unexpanded acronym the gazetteer does not know is not a place (AQAP)
        key = place.name.casefold()  # "ABUJA —" in the dateline, "Abuja" further on
        if key in locations and locations[key].name.isupper() and not place.name.isupper():
            locations[key].name = place.name  # listed as the text writes it in running prose
        if key not in locations and place.sentence >= 0:
            locations[key] = Location(
                name=place.name, evidence=[cite_sentence(sentences[place.sentence])]
            )
    return list(locations.values())


def add_statement(brief: Brief, cue: Cue, sentence: Sentence) -> None:
    """File one cue under its section."""
    evidence = [cite_sentence(sentence)]
    by = cue.by or []
    if cue.section == "demand":
        of = ", ".join(cue.of) if cue.of else None
        brief.demands.append(Demand(by=by, of=of, what=cue.what, evidence=evidence))
    elif cue.section == "position":
        brief.positions.append(
            Position(
                by=by,
                stance=cue.stance or "other",
                target=cue.target,
                what=cue.what,
                evidence=evidence,
            )
        )
    else:
        brief.next_steps.append(NextStep(by=by, what=cue.what, when=cue.when, evidence=evidence))


# Next steps that are the reported event's decision: "adopted a resolution", "banned X".
_DECISIONS = {
    "adopt",
    "approve",
    "ban",
    "impose",
    "sign",
    "agree",
    "announce",
    "decide",
    "launch",
    "expel",
    "sanction",
    "suspend",
    "vote",
}


def find_leads(statements: list[tuple[Cue, Sentence]]) -> list[int]:
    """Sentences holding a demand or a decision, in article order: the bottom line's candidates."""
    leads = {
        sentence.index
        for cue, sentence in statements
        if (
            cue.section == "demand"
            or (cue.section == "next_step" and cue.token.lemma_.lower() in _DECISIONS)
        )
        and not is_added_remark(sentence)
    }
    return sorted(leads)


def is_added_remark(sentence: Sentence) -> bool:
    """ "He also said Bangkok had asked ...": a remark added to one reported before, not the
    story's main demand."""
    root = sentence.span.root
    return root.lemma_.lower() in {"say", "tell", "add"} and any(
        c.lower_ == "also" and c.dep_ == "advmod" for c in root.children
    )


def weigh_sentences(brief: Brief, statements: list[tuple[Cue, Sentence]]) -> dict[int, float]:
    """How much each sentence carries: statements, figures and actors named."""
    weight: dict[int, float] = {}
    for cue, sentence in statements:
        gain = 1.5 if cue.section == "demand" else 1.0
        weight[sentence.index] = weight.get(sentence.index, 0.0) + gain
    for figure in brief.figures:
        for e in figure.evidence:
            weight[e.sentence] = weight.get(e.sentence, 0.0) + 0.7
    for actor in brief.actors:
        for e in actor.evidence:
            weight[e.sentence] = weight.get(e.sentence, 0.0) + 0.3
    return weight
