"""Scores of an evaluation (counts per section, misses) and their report: table or JSON.

JSON report (`format_report(score, "json")`), schema "briefings.eval/1":
    {schema, corpus, engine, articles_count, warnings: [str],
     sections: {SECTION: COUNTS}, macro_f1, statements: COUNTS,
     stance: {matched, agree, accuracy}, attribution: {matched, agree, accuracy},
     evidence: {total, verbatim, share},
     articles: [{case, error, sections: {SECTION: COUNTS}, macro_f1, statements: COUNTS,
                 stance, attribution, evidence,
                 misses: [{section, text}], false_positives: [{section, text, evidence}]}]}
where COUNTS = {tp, fp, fn, precision, recall, f1}, SECTION is one of SECTIONS, a ratio is a
float rounded to 4 places or null when undefined, and misses/false_positives appear only with
verbose=True.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

Section = Literal["actors", "demands", "positions", "next_steps", "figures", "dates", "locations"]
SECTIONS: tuple[Section, ...] = (
    "actors",
    "demands",
    "positions",
    "next_steps",
    "figures",
    "dates",
    "locations",
)
STATEMENT_SECTIONS: tuple[Section, ...] = ("demands", "positions", "next_steps")

# --------------------------------------------------------------------------- score types


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, with the ratios they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        """TP / (TP + FP); None when nothing was predicted."""
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """TP / (TP + FN); None when there is no gold item."""
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        """2TP / (2TP + FP + FN); None when there is nothing at all to score."""
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)


@dataclass(frozen=True)
class Miss:
    """A gold item no prediction matched."""

    section: str
    text: str


@dataclass(frozen=True)
class Spurious:
    """A predicted item that matched no gold item, with the start of its first evidence."""

    section: str
    text: str
    evidence: str | None = None


@dataclass(frozen=True)
class Agreement:
    """How many matched pairs also agree on a secondary field (the stance of positions)."""

    matched: int = 0
    agree: int = 0

    def __add__(self, other: Agreement) -> Agreement:
        return Agreement(self.matched + other.matched, self.agree + other.agree)

    @property
    def accuracy(self) -> float | None:
        """agree / matched; None when nothing was matched."""
        return _ratio(self.agree, self.matched)


@dataclass(frozen=True)
class EvidenceCount:
    """Evidence entries of a brief, and how many of them are verbatim spans of the article."""

    total: int = 0
    verbatim: int = 0

    def __add__(self, other: EvidenceCount) -> EvidenceCount:
        return EvidenceCount(self.total + other.total, self.verbatim + other.verbatim)

    @property
    def share(self) -> float | None:
        """verbatim / total; None when the brief cites no evidence."""
        return _ratio(self.verbatim, self.total)


def _macro_f1(sections: dict[str, Counts]) -> float | None:
    scores = [counts.f1 for counts in sections.values() if counts.f1 is not None]
    return sum(scores) / len(scores) if scores else None


@dataclass(frozen=True)
class ArticleScore:
    """The score of one brief against its gold: counts per section, misses and extras."""

    case: str
    sections: dict[str, Counts]
    statements: Counts
    stance: Agreement
    evidence: EvidenceCount = EvidenceCount()
    # Matched statements whose `by` names a speaker the gold names (through names and aliases).
    attribution: Agreement = Agreement()
    misses: tuple[Miss, ...] = ()
    false_positives: tuple[Spurious, ...] = ()
    error: str | None = None

    @property
    def macro_f1(self) -> float | None:
        """Mean F1 of the sections that have something to score."""
        return _macro_f1(self.sections)


@dataclass(frozen=True)
class CorpusScore:
    """Scores of every article of a corpus, micro-summed per section."""

    corpus: str
    engine: str
    articles: list[ArticleScore]
    warnings: list[str] = field(default_factory=list)

    @property
    def sections(self) -> dict[str, Counts]:
        """Counts per section summed over the articles."""
        return {
            section: sum((a.sections[section] for a in self.articles), Counts())
            for section in SECTIONS
        }

    @property
    def statements(self) -> Counts:
        """Pooled statement counts summed over the articles."""
        return sum((a.statements for a in self.articles), Counts())

    @property
    def stance(self) -> Agreement:
        """Stance agreement on matched positions over the articles."""
        return sum((a.stance for a in self.articles), Agreement())

    @property
    def attribution(self) -> Agreement:
        """Matched statements crediting a speaker the gold names, over the articles."""
        return sum((a.attribution for a in self.articles), Agreement())

    @property
    def evidence(self) -> EvidenceCount:
        """Verbatim evidence over the articles."""
        return sum((a.evidence for a in self.articles), EvidenceCount())

    @property
    def macro_f1(self) -> float | None:
        """Mean over the seven sections of the corpus-level (micro-summed) F1."""
        return _macro_f1(self.sections)


# --------------------------------------------------------------------------- report


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _percent(part: int, whole: int) -> str:
    return f"{part}/{whole} (—)" if not whole else f"{part}/{whole} ({100 * part / whole:.1f}%)"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """A Markdown table whose columns are also aligned as plain text; numbers right-aligned."""
    widths = [max(len(row[k]) for row in [header, *rows]) for k in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        padded = [
            c.ljust(w) if k == 0 else c.rjust(w)
            for k, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "| " + " | ".join(padded) + " |"

    rule = (
        "|"
        + "|".join("-" * (w + 2) if k == 0 else "-" * (w + 1) + ":" for k, w in enumerate(widths))
        + "|"
    )
    return [line(header), rule, *(line(row) for row in rows)]


def _counts_row(name: str, counts: Counts) -> list[str]:
    return [
        name,
        _fmt(counts.precision),
        _fmt(counts.recall),
        _fmt(counts.f1),
        str(counts.tp),
        str(counts.fp),
        str(counts.fn),
    ]


def _summary_lines(
    sections: dict[str, Counts],
    statements: Counts,
    stance: Agreement,
    evidence: EvidenceCount,
    attribution: Agreement,
) -> list[str]:
    s = statements
    return [
        f"macro-F1 (7 sections): {_fmt(_macro_f1(sections))}",
        f"statements (demands+positions+next_steps pooled): P {_fmt(s.precision)}  "
        f"R {_fmt(s.recall)}  F1 {_fmt(s.f1)}  (TP {s.tp} FP {s.fp} FN {s.fn})",
        f"attribution on matched statements: {_percent(attribution.agree, attribution.matched)}",
        f"stance on matched positions: {_percent(stance.agree, stance.matched)}",
        f"evidence verbatim: {_percent(evidence.verbatim, evidence.total)}",
    ]


def _format_table(score: CorpusScore, verbose: bool) -> str:
    header = ["section", "P", "R", "F1", "TP", "FP", "FN"]
    lines = [f"Corpus {score.corpus}: {len(score.articles)} articles, engine {score.engine}", ""]
    lines += _table(header, [_counts_row(name, c) for name, c in score.sections.items()])
    lines += [
        "",
        *_summary_lines(
            score.sections, score.statements, score.stance, score.evidence, score.attribution
        ),
    ]
    failed = [a for a in score.articles if a.error]
    lines += [f"FAILED {a.case}: {a.error}" for a in failed]
    lines += [f"warning: {w}" for w in score.warnings]
    if verbose:
        lines += ["", "F1 per article:", ""]
        lines += _table(
            ["article", *SECTIONS, "macro"],
            [
                [a.case, *(_fmt(a.sections[s].f1) for s in SECTIONS), _fmt(a.macro_f1)]
                for a in score.articles
            ],
        )
        for article in score.articles:
            lines += ["", f"## {article.case}"]
            lines += [f"  miss {m.section}: {m.text}" for m in article.misses]
            lines += [
                f"  extra {fp.section}: {fp.text}"
                + (f"  <- {_shorten(fp.evidence)}" if fp.evidence else "")
                for fp in article.false_positives
            ]
    return "\n".join(lines) + "\n"


def _shorten(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _json_counts(counts: Counts) -> dict[str, Any]:
    def rounded(value: float | None) -> float | None:
        return None if value is None else round(value, 4)

    return {
        "tp": counts.tp,
        "fp": counts.fp,
        "fn": counts.fn,
        "precision": rounded(counts.precision),
        "recall": rounded(counts.recall),
        "f1": rounded(counts.f1),
    }


def _json_agreement(agreement: Agreement) -> dict[str, Any]:
    accuracy = agreement.accuracy
    return {
        "matched": agreement.matched,
        "agree": agreement.agree,
        "accuracy": None if accuracy is None else round(accuracy, 4),
    }


def _json_summary(
    sections: dict[str, Counts],
    statements: Counts,
    stance: Agreement,
    evidence: EvidenceCount,
    attribution: Agreement,
) -> dict[str, Any]:
    macro = _macro_f1(sections)
    return {
        "sections": {name: _json_counts(c) for name, c in sections.items()},
        "macro_f1": None if macro is None else round(macro, 4),
        "statements": _json_counts(statements),
        "stance": _json_agreement(stance),
        "attribution": _json_agreement(attribution),
        "evidence": {
            "total": evidence.total,
            "verbatim": evidence.verbatim,
            "share": None if evidence.share is None else round(evidence.share, 4),
        },
    }


def _json_article(article: ArticleScore, verbose: bool) -> dict[str, Any]:
    data: dict[str, Any] = {"case": article.case, "error": article.error}
    data |= _json_summary(
        article.sections, article.statements, article.stance, article.evidence, article.attribution
    )
    if verbose:
        data["misses"] = [{"section": m.section, "text": m.text} for m in article.misses]
        data["false_positives"] = [
            {"section": fp.section, "text": fp.text, "evidence": fp.evidence}
            for fp in article.false_positives
        ]
    return data


def format_report(
    score: CorpusScore, fmt: Literal["table", "json"] = "table", verbose: bool = False
) -> str:
    """The corpus score as an aligned Markdown table or as JSON (schema in the module doc)."""
    if fmt == "table":
        return _format_table(score, verbose)
    data: dict[str, Any] = {
        "schema": "briefings.eval/1",
        "corpus": score.corpus,
        "engine": score.engine,
        "articles_count": len(score.articles),
        "warnings": list(score.warnings),
    }
    data |= _json_summary(
        score.sections, score.statements, score.stance, score.evidence, score.attribution
    )
    data["articles"] = [_json_article(a, verbose) for a in score.articles]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
