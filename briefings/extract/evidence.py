"""Sentences of the parsed article -> Evidence, and the check that every citation is verbatim."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from briefings.model import Brief, Evidence


class EvidenceError(AssertionError):
    """An item cites text that is not in the article: a bug in the engine, never the user's."""


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article: its index, its trimmed character span and its tokens."""

    index: int
    start: int
    end: int
    text: str
    span: Span


def index_sentences(doc: Doc) -> list[Sentence]:
    """Every non-blank sentence of `doc`, numbered from 0, with whitespace trimmed off."""
    sentences: list[Sentence] = []
    for span in doc.sents:
        raw = span.text
        stripped = raw.strip()
        if not stripped:
            continue
        start = span.start_char + (len(raw) - len(raw.lstrip()))
        end = start + len(stripped)
        sentences.append(Sentence(len(sentences), start, end, stripped, span))
    return sentences


def sentence_of_token(sentences: list[Sentence], doc: Doc) -> list[int]:
    """For each token of `doc`, the index of its sentence in `sentences` (-1 for blank ones)."""
    owner = [-1] * len(doc)
    for sentence in sentences:
        for token in sentence.span:
            owner[token.i] = sentence.index
    return owner


def cite_sentence(sentence: Sentence) -> Evidence:
    """The Evidence for one sentence."""
    return Evidence(
        sentence=sentence.index, text=sentence.text, start=sentence.start, end=sentence.end
    )


def collect_evidence(brief: Brief) -> list[Evidence]:
    """Every sentence cited anywhere in `brief`, in article order, without repeats."""
    seen: dict[int, Evidence] = {}
    for evidence in iter_evidence(brief):
        seen.setdefault(evidence.sentence, evidence)
    return [seen[index] for index in sorted(seen)]


def iter_evidence(brief: Brief) -> Iterable[Evidence]:
    """All Evidence objects of `brief`, item by item."""
    yield from brief.summary_evidence
    groups: list[list[object]] = [
        list(brief.key_points),
        list(brief.actors),
        list(brief.demands),
        list(brief.positions),
        list(brief.next_steps),
        list(brief.figures),
        list(brief.dates),
        list(brief.locations),
    ]
    for group in groups:
        for item in group:
            yield from getattr(item, "evidence", [])


def verify_evidence(brief: Brief, text: str) -> None:
    """Raise EvidenceError unless every cited sentence is verbatim at its offsets in `text`."""
    for evidence in iter_evidence(brief):
        if text[evidence.start : evidence.end] != evidence.text:
            raise EvidenceError(
                f"evidence for sentence {evidence.sentence} is not verbatim at "
                f"[{evidence.start}:{evidence.end}]: {evidence.text[:60]!r}"
            )
