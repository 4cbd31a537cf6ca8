"""Sentences and their statements -> key points and the bottom line, compressed, in order."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefings.extract.evidence import Sentence

# Openers that carry no content: "Additionally,", "According to Yonhap News Agency,".
_OPENERS = re.compile(
    r"^(?:(?:Additionally|In addition|Lastly|Finally|Furthermore|Moreover|Also|However|Meanwhile"
    r"|Separately|Further|Then)\s*,\s*|According to [^,]{1,60},\s*"
    r"|[A-Z][A-Za-z .\u2019'-]{1,30}:\s+)"
)
_MAX_SUMMARY_WORDS = 60


def compress_sentence(text: str) -> str:
    """Drop content-free openers and capitalise what remains."""
    compressed = text
    for _ in range(2):
        compressed = _OPENERS.sub("", compressed)
    compressed = " ".join(compressed.split())
    return compressed[:1].upper() + compressed[1:] if compressed else text


def rank_sentences(
    sentences: Sequence[Sentence], weight: dict[int, float], skip: set[int]
) -> list[Sentence]:
    """Sentences an analyst would keep: weighted by their items, early ones preferred."""
    scored: list[tuple[float, int]] = []
    for sentence in sentences:
        if sentence.index in skip or len(sentence.text.split()) < 6:
            continue
        position_bonus = 1.5 if not scored else 1.0 / (1 + 0.1 * len(scored))
        score = weight.get(sentence.index, 0.0) + position_bonus
        scored.append((score, sentence.index))
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    return [sentences[index] for _, index in scored]


def choose_key_points(
    sentences: Sequence[Sentence], weight: dict[int, float], skip: set[int], limit: int = 5
) -> list[Sentence]:
    """Three to six key sentences in article order."""
    ranked = rank_sentences(sentences, weight, skip)
    chosen = sorted(ranked[:limit], key=lambda s: s.index)
    return chosen


def choose_summary(
    sentences: Sequence[Sentence], weight: dict[int, float], skip: set[int]
) -> tuple[str, list[Sentence]]:
    """The bottom line: the lead sentence (or the best short one), at most 60 words."""
    candidates = [s for s in sentences if s.index not in skip and len(s.text.split()) >= 6]
    if not candidates:
        return "", []
    for sentence in candidates[:3]:
        text = compress_sentence(sentence.text)
        if len(text.split()) <= _MAX_SUMMARY_WORDS and weight.get(sentence.index, 0.0) > 0:
            return text, [sentence]
    lead = compress_sentence(candidates[0].text)
    words = lead.split()
    if len(words) <= _MAX_SUMMARY_WORDS:
        return lead, [candidates[0]]
    clause = re.split(r"(?<=[a-z]),\s+(?:which|who|while|with|as|including)\b", lead)[0]
    if len(clause.split()) <= _MAX_SUMMARY_WORDS:
        return clause.rstrip(".") + ".", [candidates[0]]
    return " ".join(words[: _MAX_SUMMARY_WORDS - 1]) + " …", [candidates[0]]
