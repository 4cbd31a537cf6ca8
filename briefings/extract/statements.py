"""Parsed sentences -> demands, positions and next steps, each credited to its speaker."""

from __future__ import annotations

from briefings.extract.actors import ActorIndex
from briefings.extract.cue import Cue
from briefings.extract.evidence import Sentence
from briefings.extract.gazetteer import load_cues
from briefings.extract.lists import file_list_items
from briefings.extract.plans import is_background, is_forecast, latest_year
from briefings.extract.quotes import Quotations, finite_speaker, quotation_speaker, quote_marks
from briefings.extract.referents import with_home_countries
from briefings.extract.sentence_reader import SentenceReader
from briefings.extract.speech import (
    according_to,
    claim_verbs,
    is_narrated_noun,
    is_prediction,
    is_quoted,
    is_quoted_description,
    read_reported,
    stance_of,
    with_source,
)
from briefings.extract.stances import is_crowd_stance
from briefings.extract.subjects import SubjectResolver, find_subject


def credit_quotation_speakers(cues: list[Cue], sentence: Sentence) -> None:
    """A statement inside a quotation of its own sentence is the quoted speaker's:
    'Ban said, "I will press for a ceasefire. Israel must exercise restraint"' is Ban's call,
    not the article's parties'."""
    for cue in cues:
        if cue.speaker is not None:
            continue
        verb = quotation_speaker(sentence, cue.token.idx - sentence.start)
        verb = finite_speaker(verb) if verb is not None else None
        if verb is not None and verb.i != cue.token.i:
            cue.speaker = verb
            cue.by_author = False


def quoted_owners(cue: Cue, quoted: list[str], index: ActorIndex) -> list[str]:
    """Who a statement inside a quotation belongs to: the quoted speaker ('"Iran is committed
    to X," he said' is his claim), with the body the quotation says acted ('"The members of the
    Council called for X," its president said': the president and the council). When the
    quotation's subject is one of the speakers, only that one ('"The U.S. Embassy reminds
    citizens to X"', quoted from the two embassies' notices)."""
    subject = find_subject(cue.token)
    actors = [actor for t in (subject or []) if (actor := index.token_actor.get(t.i)) is not None]
    named = [a.name for a in actors if a.name in quoted]
    if named:
        return list(dict.fromkeys(named))
    bodies = [a.name for a in actors if a.kind == "organization"]
    return list(dict.fromkeys([*quoted, *bodies]))


def find_statements(
    sentences: list[Sentence],
    index: ActorIndex,
    resolver: SubjectResolver,
    skip: set[int],
    quotes: Quotations | None = None,
) -> list[tuple[Cue, Sentence]]:
    """Every demand, position and next step of the article, with its sentence.

    A sentence inside a quotation opened by an earlier one is its speaker's: what it asks or
    states without naming who is filed under whoever said it.
    """
    found: list[tuple[Cue, Sentence]] = []
    speakers = quotes.speaker if quotes is not None else {}
    commitments = load_cues()["next_verbs"]
    last_end = 0
    text = sentences[0].span.doc.text if sentences else ""  # Doc.text joins tokens: once
    latest = latest_year(sentences[0].span.doc) if sentences else None
    for sentence in sentences:
        if "\n" in text[last_end : sentence.start]:
            resolver.new_paragraph()
        last_end = sentence.end
        speaker = speakers.get(sentence.index)
        if sentence.index in skip:
            continue
        quoting = finite_speaker(speaker) if speaker is not None else None
        resolver.quoted = resolver.resolve(quoting) if quoting is not None else None
        cues = SentenceReader(sentence, index).read()
        claiming = claim_verbs(sentence, index)
        spoken = speaker is not None or bool(claiming)
        cues = [
            c
            for c in cues
            if not is_narrated_noun(c, sentence, spoken) and not is_crowd_stance(c, index)
        ]
        cues += read_reported(sentence, index, speaker, cues, claiming)
        cues = [
            c
            for c in cues
            if c.section != "next_step"
            or not (is_background(c.token, latest) or is_forecast(c.token))
        ]
        if speaker is not None or quote_marks(sentence.text):
            for cue in cues:
                if is_prediction(cue, index, sentence, speaker is not None) or (
                    is_quoted(cue, sentence, speaker is not None)
                    and is_quoted_description(cue, commitments)
                ):
                    cue.section, cue.stance = "position", stance_of(sentence, cue.token)
                    cue.speaker = speaker or next(iter(claiming), None) or cue.speaker
        if speaker is None:
            credit_quotation_speakers(cues, sentence)
        source = according_to(sentence, index) if cues else None  # "..., according to X"
        for cue in cues:
            if cue.by_author:
                cue.by = resolver.authors()
            elif cue.by is None and cue.speaker is None and resolver.quoted:
                cue.by = quoted_owners(cue, resolver.quoted, index)
            elif cue.by is None:
                cue.by = with_source(cue, source, index, resolver.resolve(cue.speaker or cue.token))
            cue.by = with_home_countries(cue.by or [], index)
            if cue.speaker is not None and cue.by:
                resolver.speaker = list(cue.by)
            if cue.also_by is not None and (subject := find_subject(cue.also_by)) is not None:
                own = resolver.actors_on(list(subject))
                cue.by = list(dict.fromkeys([*own, *(cue.by or [])]))
            found.append((cue, sentence))
        resolver.quoted = None
    return file_list_items(found, sentences)
