"""The rules engine on tests/corpus must not fall below the measured quality floors."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.evaluate.score import evaluate_corpus, format_report
from briefings.evaluate.scores import SECTIONS, CorpusScore

CORPUS = Path(__file__).parent / "corpus"
ENGINE = "rules"

# F1 floors per section (micro-summed over tests/corpus), about 0.05-0.15 below what the rules
# engine scored when they were set (see bench/quality.md): tests/corpus is small, so one item
# moves a section by up to 0.1. Raise them when the engine improves; lowering one needs a reason.
# Lowered on 2026-12-02 (#11) for a reason: the six fresh stories 09-14 joined the set unseen and
# untuned (they are the fourth session's set-aside; on 00-14 macro 0.90, next steps 0.85,
# locations 0.85, attribution 88.4 %); the floors sat 0.02-0.05 under those figures.
# Reset on 2026-12-03 (#11) for the same reason: twelve more invented stories 15-26 joined, two
# unseen sets scored once before any rule was fitted to them (bench/README.md, sixth session).
# On 00-26: actors 0.90 (F1 0.896), demands 0.94, positions 0.90, next steps 0.87, figures 0.91,
# dates 0.97, locations 0.83, macro 0.90, statements F1 0.93, attribution 90.0 %; the floors sit
# 0.03-0.05 under those figures.
# Reset again on 2026-12-03 (#11, seventh session) for the same reason: 24 more invented stories
# joined (27-34 the set-aside, scored only before and after; 35-50 two development sets, scored
# first-run before tuning). On 00-50: actors 0.87, demands 0.92, positions 0.88, next steps 0.84,
# figures 0.93, dates 0.97, locations 0.88, macro 0.90, statements F1 0.92, attribution 89.7 %;
# the floors sit 0.03-0.04 under those figures (locations and figures were raised).
# Reset on 2026-12-04 (#11, eighth session) for the same reason: 72 more invented cases joined
# (51-58 the set-aside, scored only before and after; 59-122 eight development sets, each scored
# first-run before any rule was fitted to it). On 00-122: actors 0.86, demands 0.91, positions
# 0.87, next steps 0.84, figures 0.91, dates 0.97, locations 0.84, macro 0.89, statements F1
# 0.91, attribution 89.2 %; the floors sit 0.03 under those figures (dates and next steps were
# raised, locations lowered).
F1_FLOORS: dict[str, float] = {
    "actors": 0.83,
    "demands": 0.88,
    "positions": 0.84,
    "next_steps": 0.81,
    "figures": 0.88,
    "dates": 0.94,
    "locations": 0.81,
}
MACRO_F1_FLOOR = 0.86
STATEMENTS_F1_FLOOR = 0.88
# Matched statements whose `by` names a speaker the gold names (95 % when first set, 96 % when
# raised with the fresh stories 06-08, #11).
ATTRIBUTION_FLOOR = 0.85
# Every evidence entry must be a verbatim span of the cleaned article: a contract, not a score.
EVIDENCE_VERBATIM_FLOOR = 1.0


@pytest.fixture(scope="module")
def score() -> CorpusScore:
    return evaluate_corpus(CORPUS, engine=ENGINE)


def test_floors_cover_every_section() -> None:
    assert set(F1_FLOORS) == set(SECTIONS)


def test_every_article_is_extracted(score: CorpusScore) -> None:
    assert [(a.case, a.error) for a in score.articles if a.error] == []


@pytest.mark.parametrize("section", SECTIONS)
def test_section_f1_floor(score: CorpusScore, section: str) -> None:
    f1 = score.sections[section].f1 or 0.0
    assert f1 >= F1_FLOORS[section], format_report(score)


def test_macro_and_statements_floor(score: CorpusScore) -> None:
    report = format_report(score)
    assert (score.macro_f1 or 0.0) >= MACRO_F1_FLOOR, report
    assert (score.statements.f1 or 0.0) >= STATEMENTS_F1_FLOOR, report


def test_attribution_floor(score: CorpusScore) -> None:
    assert score.attribution.matched > 0
    assert (score.attribution.accuracy or 0.0) >= ATTRIBUTION_FLOOR, format_report(score)


def test_evidence_is_verbatim(score: CorpusScore) -> None:
    assert score.evidence.total > 0, "the engine cites no evidence at all"
    assert (score.evidence.share or 0.0) >= EVIDENCE_VERBATIM_FLOOR, format_report(score)
