"""Sentences and their statements -> key points and the bottom line, compressed, in order."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from briefings.extract.evidence import Sentence
from briefings.extract.gazetteer import read_data

# Openers that carry no content: "Additionally,", "According to Yonhap News Agency,", "Ottawa:".
_OPENERS = re.compile(
    r"^(?:(?:Additionally|In addition|Lastly|Finally|Furthermore|Moreover|Also|However|Meanwhile"
    r"|Separately|Further|Then)\s*,\s*|According to [^,]{1,60},\s*"
    r"|[A-Z][A-Za-z .\u2019'-]{1,30}:\s+)"
)
# Attribution tails: "..., according to Reuters." / "..., the ministry said."
_TAILS = re.compile(
    r",\s+(?:according to [^,.]{1,60}|(?:the |a )?[\w .\u2019'-]{1,40} (?:said|says|reported))"
    r"(?=[.!?]?$)"
)
# Non-restrictive additions at the end of a long sentence: ", which is seen as ...".
_ADDITION = re.compile(r",\s+(?:which|who|whose|notably|including|with)\b[^,;]*[.!?]?$")
_MAX_SUMMARY_WORDS = 60
# A bottom line's second sentence must stand alone: not "It further criticized ...".
_PRONOUN_OPENERS = {"it", "they", "he", "she", "this", "these", "those", "we", "its", "their"}
_LONG_POINT = 25


@lru_cache(maxsize=1)
def load_boilerplate() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns of release formulas: at the start of a sentence, and anywhere in it."""
    data = read_data("boilerplate.yaml")
    starts = re.compile("^(?:" + "|".join(data["starts"]) + ")", re.I)
    anywhere = re.compile("|".join(data["anywhere"]), re.I)
    return starts, anywhere


def is_boilerplate(sentence: Sentence) -> bool:
    """A release formula ("The following is attributable to ...") rather than content."""
    starts, anywhere = load_boilerplate()
    return bool(starts.search(sentence.text) or anywhere.search(sentence.text))


def compress_sentence(text: str, limit: int = _LONG_POINT) -> str:
    """Drop openers and attribution tails; a sentence over `limit` words loses a trailing aside."""
    compressed = " ".join(text.split())
    for _ in range(2):
        compressed = _OPENERS.sub("", compressed)
    compressed = _TAILS.sub("", compressed)
    if len(compressed.split()) > limit:
        shorter = _ADDITION.sub("", compressed)
        if len(shorter.split()) >= 8:
            compressed = shorter
    compressed = compressed.rstrip(" ,;:")
    if compressed and compressed[-1] not in '.!?\u201d"':
        compressed += "."
    return compressed[:1].upper() + compressed[1:] if compressed else text


def eligible(sentences: Sequence[Sentence], skip: set[int]) -> list[Sentence]:
    """Sentences that may be quoted in a brief: not furniture, not formulas, not fragments."""
    return [
        s
        for s in sentences
        if s.index not in skip
        and len(s.text.split()) >= 6
        and not is_boilerplate(s)
        and not starts_inside_quote(s.text)
    ]


def starts_inside_quote(text: str) -> bool:
    """Whether a sentence continues a quotation opened earlier (it closes one it never opened)."""
    if "\u201d" in text and text.find("\u201d") < max(text.find("\u201c"), 0) + (
        0 if "\u201c" in text else len(text)
    ):
        return True
    return text.count('"') % 2 == 1 and text.rstrip(".!? ").endswith('"')


def rank_sentences(sentences: Sequence[Sentence], weight: dict[int, float]) -> list[Sentence]:
    """Sentences an analyst would keep: weighted by their items, early ones preferred."""
    scored: list[tuple[float, int, Sentence]] = []
    for rank, sentence in enumerate(sentences):
        position_bonus = 1.5 if rank == 0 else 1.0 / (1 + 0.1 * rank)
        scored.append((weight.get(sentence.index, 0.0) + position_bonus, sentence.index, sentence))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [sentence for _, _, sentence in scored]


def choose_key_points(
    sentences: Sequence[Sentence],
    weight: dict[int, float],
    skip: set[int],
    summary: Sequence[Sentence] = (),
    limit: int = 5,
) -> list[Sentence]:
    """Three to `limit` key sentences in article order, none already in the bottom line."""
    used = {s.index for s in summary}
    pool = eligible(sentences, skip)
    ranked = [s for s in rank_sentences(pool, weight) if s.index not in used]
    if len(ranked) < 3:
        ranked = rank_sentences(pool, weight)
    return sorted(ranked[:limit], key=lambda s: s.index)


def choose_summary(
    sentences: Sequence[Sentence],
    weight: dict[int, float],
    skip: set[int],
    leads: Sequence[int] = (),
    text_of: Callable[[Sentence], str] = lambda s: s.text,
) -> tuple[str, list[Sentence]]:
    """The bottom line: the article's main demand or decision (else its lead), then its main stance.

    `leads` are the sentences holding demands or decisions, in order of preference; `text_of`
    gives a sentence with its opening pronoun named.
    """
    pool = eligible(sentences, skip)
    if not pool:
        return "", []
    by_index = {s.index: s for s in pool}
    first = next((by_index[i] for i in leads if i in by_index), None)
    if first is None:
        first = next((s for s in pool[:3] if weight.get(s.index, 0.0) > 0), pool[0])
    text = fit_words(compress_sentence(text_of(first), limit=0), _MAX_SUMMARY_WORDS)
    cited = [first]
    ranked = [
        s
        for s in rank_sentences(pool, weight)
        if s.index != first.index and text_of(s).split()[0].lower() not in _PRONOUN_OPENERS
    ]
    if ranked and weight.get(ranked[0].index, 0.0) >= 1.0:
        second = compress_sentence(text_of(ranked[0]), limit=0)
        if len(text.split()) + len(second.split()) <= _MAX_SUMMARY_WORDS:
            text = f"{text} {second}"
            cited = [first, ranked[0]]
    return text, cited


def fit_words(text: str, limit: int) -> str:
    """`text` cut to at most `limit` words, at a clause boundary when there is one."""
    words = text.split()
    if len(words) <= limit:
        return text
    clause = re.split(r"(?<=[a-z]),\s+(?:which|who|while|with|as|including)\b", text)[0]
    if len(clause.split()) <= limit:
        return clause.rstrip(".") + "."
    return " ".join(words[: limit - 1]) + " …"
