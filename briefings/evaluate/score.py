"""Brief vs gold annotations -> precision/recall per section.

Matching follows the corpus README. Items are matched one-to-one by a maximum bipartite
matching, so the order of items never changes a score:

- demands, positions, next_steps: a predicted item matches a gold one when one of its evidence
  sentences contains the gold `quote`, both normalised (Unicode NFKC, curly and straight quotes
  and apostrophes unified, dashes unified, case folded, whitespace collapsed; a quote also
  matches when only whitespace differs, e.g. a word the cleaner re-joined across a line break);
- figures: on `value` alone, normalised as text and with thousands separators dropped
  ("10,000" = "10000"); the gold quote is not required in the evidence, it only decides which
  of two same-valued gold figures a prediction is paired with;
- actors: on name or alias, predicted name/aliases vs gold name/aliases, normalised as text and
  further without a leading "the", a possessive "'s", full stops ("U.S." = "US") and edge
  punctuation;
- dates and locations: on their text (dates normalised as text, locations as names). The gold
  lists each surface form once, so predicted dates and locations are de-duplicated first.

Precision is undefined (None) when nothing was predicted, recall when there is no gold item;
F1 = 2TP / (2TP + FP + FN), undefined only when all three are zero. Macro-F1 averages the
defined F1 of the seven sections. "statements" pools demands, positions and next steps: a
predicted statement may match a gold statement of any of the three sections. "stance" is the
agreement of stances on matched positions. "evidence verbatim" counts evidence entries whose
text equals `article.text[start:end]` with the span inside the article.

The score types and the report formats are in `briefings.evaluate.scores`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from briefings.errors import BriefingsError
from briefings.evaluate.gold import GoldBrief, find_cases, load_gold
from briefings.evaluate.scores import (
    SECTIONS,
    STATEMENT_SECTIONS,
    Agreement,
    ArticleScore,
    CorpusScore,
    Counts,
    EvidenceCount,
    Miss,
    Spurious,
    format_report,
)
from briefings.model import Brief, Evidence

__all__ = [
    "SECTIONS",
    "ArticleScore",
    "CorpusScore",
    "Counts",
    "GoldBrief",
    "count_verbatim_evidence",
    "evaluate_corpus",
    "format_report",
    "load_gold",
    "score_brief",
]

# --------------------------------------------------------------------------- normalisation

_QUOTES = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    }
)
_SPACE = re.compile(r"\s+")
_EDGE_PUNCTUATION = " \t\n.,;:!?\"'()[]"
_DIGIT_GROUP = re.compile(r"(?<=\d)[,\u202f ](?=\d{3}\b)")


def normalise_text(text: str) -> str:
    """Text for comparison: NFKC, one kind of quote and dash, case folded, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return _SPACE.sub(" ", text).strip()


def normalise_name(text: str) -> str:
    """An actor or place name for comparison: no leading "the", possessive or full stops."""
    name = normalise_text(text).replace(".", "").strip(_EDGE_PUNCTUATION)
    name = re.sub(r"^the ", "", name)
    name = re.sub(r"'s?$", "", name)
    return name.strip(_EDGE_PUNCTUATION)


def normalise_value(text: str) -> str:
    """A figure or date for comparison: as text, without thousands separators or edge marks."""
    return _DIGIT_GROUP.sub("", normalise_text(text)).strip(_EDGE_PUNCTUATION)


def contains_quote(sentence: str, quote: str) -> bool:
    """Whether `sentence` holds `quote`, allowing for whitespace, quote marks and case."""
    needle, haystack = normalise_text(quote), normalise_text(sentence)
    if not needle:
        return False
    return needle in haystack or needle.replace(" ", "") in haystack.replace(" ", "")


# --------------------------------------------------------------------------- matching


def match_pairs(
    n_predicted: int, n_gold: int, weight: Callable[[int, int], int]
) -> list[tuple[int, int]]:
    """The one-to-one pairs (predicted, gold) of maximum total weight; weight 0 = no match.

    Hungarian algorithm (O(n^3)) on the square matrix padded with zeros. Give a real match a
    weight larger than any total of bonuses so that the number of matches comes first.
    """
    size = max(n_predicted, n_gold)
    if size == 0:
        return []
    cost = [
        [-weight(i, j) if i < n_predicted and j < n_gold else 0 for j in range(size)]
        for i in range(size)
    ]
    inf = float("inf")
    u = [0.0] * (size + 1)
    v = [0.0] * (size + 1)
    owner = [0] * (size + 1)  # owner[column] = row assigned to it, 1-based, 0 = none
    way = [0] * (size + 1)
    for row in range(1, size + 1):
        owner[0] = row
        column = 0
        slack = [inf] * (size + 1)
        used = [False] * (size + 1)
        while True:
            used[column] = True
            current, delta, next_column = owner[column], inf, 0
            for j in range(1, size + 1):
                if not used[j]:
                    reduced = cost[current - 1][j - 1] - u[current] - v[j]
                    if reduced < slack[j]:
                        slack[j], way[j] = reduced, column
                    if slack[j] < delta:
                        delta, next_column = slack[j], j
            for j in range(size + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    slack[j] -= delta
            column = next_column
            if owner[column] == 0:
                break
        while column:
            previous = way[column]
            owner[column] = owner[previous]
            column = previous
    pairs = [(owner[j] - 1, j - 1) for j in range(1, size + 1) if owner[j]]
    return sorted((i, j) for i, j in pairs if i < n_predicted and j < n_gold and weight(i, j) > 0)


@dataclass(frozen=True)
class _Item:
    """One item of a section, reduced to what matching and reporting need."""

    section: str
    label: str  # shown in misses and false positives
    keys: frozenset[str] = frozenset()  # normalised names/values (actors, figures, ...)
    sentences: tuple[str, ...] = ()  # evidence sentences (predicted statements)
    quote: str = ""  # gold statements and figures
    extra: str | None = None  # stance of positions
    speakers: frozenset[str] = frozenset()  # statements: normalised names and aliases of `by`


@dataclass(frozen=True)
class _Outcome:
    counts: Counts
    agreement: Agreement
    misses: tuple[Miss, ...]
    false_positives: tuple[Spurious, ...]
    disagreements: tuple[Miss, ...] = ()


def _score_items(
    predicted: Sequence[_Item],
    gold: Sequence[_Item],
    is_match: Callable[[_Item, _Item], bool],
    bonus: Callable[[_Item, _Item], bool] = lambda p, g: False,
    agrees: Callable[[_Item, _Item], bool | None] = lambda p, g: p.extra == g.extra,
    describe: Callable[[_Item], str] = lambda item: item.extra or "—",
) -> _Outcome:
    """Match predicted items to gold ones (bonus breaks ties among equal-size matchings).

    `agrees` judges a matched pair on a secondary field; None leaves the pair uncounted.
    """
    big = len(gold) + 1

    def weight(i: int, j: int) -> int:
        if not is_match(predicted[i], gold[j]):
            return 0
        return big + int(bonus(predicted[i], gold[j]))

    pairs = match_pairs(len(predicted), len(gold), weight)
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    verdicts = [agrees(predicted[i], gold[j]) for i, j in pairs]
    judged = [v for v in verdicts if v is not None]
    return _Outcome(
        counts=Counts(len(pairs), len(predicted) - len(pairs), len(gold) - len(pairs)),
        agreement=Agreement(len(judged), sum(judged)),
        disagreements=tuple(
            Miss(
                "agreement",
                f"{predicted[i].label} | {describe(predicted[i])} ≠ {describe(gold[j])}",
            )
            for (i, j), verdict in zip(pairs, verdicts, strict=True)
            if verdict is False
        ),
        misses=tuple(Miss(g.section, g.label) for j, g in enumerate(gold) if j not in matched_g),
        false_positives=tuple(
            Spurious(p.section, p.label, p.sentences[0] if p.sentences else None)
            for i, p in enumerate(predicted)
            if i not in matched_p
        ),
    )


def _names(item: _Item) -> str:
    return ", ".join(sorted(item.speakers)) or "—"


def _share_key(p: _Item, g: _Item) -> bool:
    return bool(p.keys & g.keys)


def _holds_quote(p: _Item, g: _Item) -> bool:
    return any(contains_quote(sentence, g.quote) for sentence in p.sentences)


def _same_stance(p: _Item, g: _Item) -> bool:
    return p.extra == g.extra


def _same_speaker(p: _Item, g: _Item) -> bool | None:
    """Whether a matched statement names one of the speakers the gold names (None: gold names
    nobody, so there is nothing to judge)."""
    if not g.speakers:
        return None
    return bool(p.speakers & g.speakers)


def _speaker_keys(names: Iterable[str], aliases: dict[str, frozenset[str]]) -> frozenset[str]:
    """Each name of `by` with the aliases its actor has, normalised."""
    keys: set[str] = set()
    for name in names:
        key = normalise_name(name)
        keys |= aliases.get(key, frozenset({key}))
    return frozenset(keys - {""})


def _alias_table(actors: Iterable[tuple[str, Sequence[str]]]) -> dict[str, frozenset[str]]:
    """Normalised name or alias -> every normalised name and alias of that actor."""
    table: dict[str, frozenset[str]] = {}
    for name, aliases in actors:
        keys = frozenset(map(normalise_name, [name, *aliases])) - {""}
        for key in keys:
            table[key] = table.get(key, frozenset()) | keys
    return table


def _sentences(evidence: Iterable[Evidence]) -> tuple[str, ...]:
    return tuple(e.text for e in evidence)


def _distinct(items: Iterable[_Item]) -> list[_Item]:
    """Keep the first item of each normalised key (gold dates and locations are sets)."""
    seen: set[frozenset[str]] = set()
    kept = []
    for item in items:
        if item.keys not in seen:
            seen.add(item.keys)
            kept.append(item)
    return kept


def _predicted_items(brief: Brief) -> dict[str, list[_Item]]:
    aliases = _alias_table((a.name, a.aliases) for a in brief.actors)

    def by(names: Iterable[str]) -> frozenset[str]:
        return _speaker_keys(names, aliases)

    statements: dict[str, list[_Item]] = {
        "demands": [
            _Item("demands", d.what, sentences=_sentences(d.evidence), speakers=by(d.by))
            for d in brief.demands
        ],
        "positions": [
            _Item(
                "positions",
                f"[{p.stance}] {p.what}",
                sentences=_sentences(p.evidence),
                extra=p.stance,
                speakers=by(p.by),
            )
            for p in brief.positions
        ],
        "next_steps": [
            _Item("next_steps", s.what, sentences=_sentences(s.evidence), speakers=by(s.by))
            for s in brief.next_steps
        ],
    }
    return {
        "actors": [
            _Item(
                "actors",
                a.name,
                frozenset(map(normalise_name, [a.name, *a.aliases])) - {""},
                _sentences(a.evidence),
            )
            for a in brief.actors
        ],
        **statements,
        "figures": [
            _Item(
                "figures",
                f.value + (f" ({f.counts})" if f.counts else ""),
                frozenset({normalise_value(f.value)}),
                _sentences(f.evidence),
            )
            for f in brief.figures
        ],
        "dates": _distinct(
            _Item("dates", d.text, frozenset({normalise_value(d.text)}), _sentences(d.evidence))
            for d in brief.dates
        ),
        "locations": _distinct(
            _Item(
                "locations",
                loc.name,
                frozenset({normalise_name(loc.name)}),
                _sentences(loc.evidence),
            )
            for loc in brief.locations
        ),
    }


def _gold_items(gold: GoldBrief) -> dict[str, list[_Item]]:
    aliases = _alias_table((a.name, a.aliases) for a in gold.actors)

    def by(names: Iterable[str]) -> frozenset[str]:
        return _speaker_keys(names, aliases)

    return {
        "actors": [
            _Item("actors", a.name, frozenset(map(normalise_name, [a.name, *a.aliases])) - {""})
            for a in gold.actors
        ],
        "demands": [
            _Item("demands", d.quote, quote=d.quote, speakers=by(d.by)) for d in gold.demands
        ],
        "positions": [
            _Item(
                "positions",
                f"[{p.stance}] {p.quote}",
                quote=p.quote,
                extra=p.stance,
                speakers=by(p.by),
            )
            for p in gold.positions
        ],
        "next_steps": [
            _Item("next_steps", s.quote, quote=s.quote, speakers=by(s.by)) for s in gold.next_steps
        ],
        "figures": [
            _Item(
                "figures",
                f"{f.value} ({f.quote})",
                frozenset({normalise_value(f.value)}),
                quote=f.quote,
            )
            for f in gold.figures
        ],
        "dates": _distinct(_Item("dates", d, frozenset({normalise_value(d)})) for d in gold.dates),
        "locations": _distinct(
            _Item("locations", loc, frozenset({normalise_name(loc)})) for loc in gold.locations
        ),
    }


_RULES: dict[str, tuple[Callable[[_Item, _Item], bool], Callable[[_Item, _Item], bool]]] = {
    "actors": (_share_key, lambda p, g: False),
    "demands": (_holds_quote, lambda p, g: False),
    "positions": (_holds_quote, _same_stance),
    "next_steps": (_holds_quote, lambda p, g: False),
    "figures": (_share_key, _holds_quote),
    "dates": (_share_key, lambda p, g: False),
    "locations": (_share_key, lambda p, g: False),
}


def score_brief(brief: Brief, gold: GoldBrief) -> ArticleScore:
    """Score one brief against its gold annotation (pure: no I/O, evidence not checked)."""
    predicted, expected = _predicted_items(brief), _gold_items(gold)
    outcomes = {
        section: _score_items(predicted[section], expected[section], *_RULES[section])
        for section in SECTIONS
    }
    pooled = _score_items(
        [item for section in STATEMENT_SECTIONS for item in predicted[section]],
        [item for section in STATEMENT_SECTIONS for item in expected[section]],
        _holds_quote,
        lambda p, g: p.section == g.section,
        _same_speaker,
        _names,
    )
    return ArticleScore(
        case=gold.title or brief.title,
        sections={section: outcomes[section].counts for section in SECTIONS},
        statements=pooled.counts,
        stance=outcomes["positions"].agreement,
        attribution=pooled.agreement,
        misses=tuple(miss for o in outcomes.values() for miss in o.misses)
        + tuple(replace(m, section="attribution") for m in pooled.disagreements)
        + tuple(replace(m, section="stance") for m in outcomes["positions"].disagreements),
        false_positives=tuple(fp for o in outcomes.values() for fp in o.false_positives),
    )


def _all_evidence(node: Any) -> Iterable[Evidence]:
    if isinstance(node, Evidence):
        yield node
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            yield from _all_evidence(getattr(node, name))
    elif isinstance(node, list | tuple):
        for element in node:
            yield from _all_evidence(element)


def count_verbatim_evidence(brief: Brief, text: str) -> EvidenceCount:
    """Count every evidence entry of `brief` and those equal to `text[start:end]`."""
    entries = list(_all_evidence(brief))
    verbatim = sum(
        0 <= e.start < e.end <= len(text) and bool(e.text) and text[e.start : e.end] == e.text
        for e in entries
    )
    return EvidenceCount(len(entries), verbatim)


# --------------------------------------------------------------------------- corpus


def evaluate_corpus(corpus_dir: Path, engine: str = "rules") -> CorpusScore:
    """Extract every annotated article of `corpus_dir` with `engine` and score it."""
    from briefings.extract import EXTRACTORS, extract_brief
    from briefings.pipeline import load_article

    if engine not in EXTRACTORS:
        known = ", ".join(sorted(EXTRACTORS))
        raise BriefingsError(f"unknown extraction engine '{engine}' (known: {known})")
    cases, warnings = find_cases(corpus_dir)
    golds = [load_gold(case.gold) for case in cases]  # a bad gold file fails before extraction
    scores: list[ArticleScore] = []
    for case, gold in zip(cases, golds, strict=True):
        try:
            article = load_article(str(case.article))
            brief = extract_brief(article, engine=engine)
        except BriefingsError as error:
            empty = score_brief(Brief(title=case.name), gold)
            scores.append(replace(empty, case=case.name, error=error.format_message()))
            continue
        score = score_brief(brief, gold)
        scores.append(
            replace(score, case=case.name, evidence=count_verbatim_evidence(brief, article.text))
        )
    return CorpusScore(str(corpus_dir), engine, scores, warnings)
