"""Tests of the scorer (hand-built Briefs vs gold), the gold loader and the report formats."""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefings.errors import BriefingsError, InputNotFound
from briefings.evaluate.gold import GoldBrief, find_cases
from briefings.evaluate.score import (
    contains_quote,
    count_verbatim_evidence,
    evaluate_corpus,
    format_report,
    load_gold,
    match_pairs,
    normalise_name,
    score_brief,
)
from briefings.evaluate.scores import SECTIONS, CorpusScore, Counts
from briefings.model import (
    Actor,
    Article,
    Brief,
    DateMention,
    Demand,
    Evidence,
    Figure,
    Location,
    NextStep,
    Position,
    Stance,
)

CORPUS = Path(__file__).parent / "corpus"


def ev(text: str, start: int = 0) -> list[Evidence]:
    """One evidence sentence (span only matters for the verbatim check)."""
    return [Evidence(sentence=0, text=text, start=start, end=start + len(text))]


def gold_of(**sections: object) -> GoldBrief:
    return GoldBrief.model_validate({"title": "t", **sections})


def brief_of(**sections: object) -> Brief:
    return Brief.model_validate({"title": "t", **sections})


def perfect_brief(gold: GoldBrief) -> Brief:
    """The brief an ideal engine would produce: one item per gold item, quote as evidence."""
    return Brief(
        title=gold.title or "",
        actors=[Actor(name=a.name, kind=a.kind, aliases=a.aliases) for a in gold.actors],
        demands=[
            Demand(what=d.what or "", by=d.by, evidence=ev(f"So {d.quote}.")) for d in gold.demands
        ],
        positions=[
            Position(what=p.target or "", stance=p.stance, by=p.by, evidence=ev(f"{p.quote}!"))
            for p in gold.positions
        ],
        next_steps=[NextStep(what="x", by=s.by, evidence=ev(s.quote)) for s in gold.next_steps],
        figures=[Figure(value=f.value, evidence=ev(f.quote)) for f in gold.figures],
        dates=[DateMention(text=d) for d in gold.dates],
        locations=[Location(name=loc) for loc in gold.locations],
    )


def counts(brief: Brief, gold: GoldBrief, section: str) -> tuple[int, int, int]:
    c = score_brief(brief, gold).sections[section]
    return c.tp, c.fp, c.fn


# --------------------------------------------------------------------------- score_brief


def gold_files() -> list[Path]:
    return sorted(CORPUS.glob("*.yaml"))


@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.stem)
def test_perfect_brief_scores_one_everywhere(path: Path) -> None:
    gold = load_gold(path)
    score = score_brief(perfect_brief(gold), gold)
    for section, c in score.sections.items():
        assert c.fp == c.fn == 0, section
        assert c.f1 in (1.0, None), section
    assert score.macro_f1 == 1.0
    assert score.statements.f1 == 1.0
    assert score.stance.accuracy == 1.0
    assert score.attribution.accuracy in (1.0, None)
    assert score.misses == ()
    assert score.false_positives == ()


def test_missing_item_lowers_recall_only() -> None:
    gold = gold_of(demands=[{"quote": "called for calm"}, {"quote": "urged restraint"}])
    brief = brief_of(demands=[{"what": "calm", "evidence": ev("They called for calm.")}])
    c = score_brief(brief, gold).sections["demands"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 1)
    assert c.precision == 1.0
    assert c.recall == 0.5
    assert score_brief(brief, gold).misses[0].text == "urged restraint"


def test_spurious_item_lowers_precision_only() -> None:
    gold = gold_of(locations=["Ottawa"])
    brief = brief_of(locations=[{"name": "Ottawa"}, {"name": "Seoul", "evidence": ev("In Seoul.")}])
    c = score_brief(brief, gold).sections["locations"]
    assert (c.precision, c.recall) == (0.5, 1.0)
    spurious = score_brief(brief, gold).false_positives
    assert [(s.section, s.text, s.evidence) for s in spurious] == [
        ("locations", "Seoul", "In Seoul.")
    ]


def test_one_sentence_with_two_next_steps_needs_two_items() -> None:
    sentence = "Norway will host a workshop, and both countries intend to coordinate positions."
    gold = gold_of(
        next_steps=[
            {"quote": "Norway will host a workshop"},
            {"quote": "both countries intend to coordinate positions"},
        ]
    )
    one = brief_of(next_steps=[{"what": "workshop", "evidence": ev(sentence)}])
    two = brief_of(next_steps=[{"what": w, "evidence": ev(sentence)} for w in ("a", "b")])
    assert counts(one, gold, "next_steps") == (1, 0, 1)
    assert counts(two, gold, "next_steps") == (2, 0, 0)


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Korea\u2019s \u201cgrave escalation\u201d poses a threat", 'Korea\'s "grave escalation"'),
        ('Korea\'s "grave escalation" poses a threat', "Korea\u2019s \u201cgrave escalation\u201d"),
        ("They  CALLED for\nthe withdrawal of troops.", "called for the withdrawal"),
        ("following an action plan initiated in July", "following an act\nion plan"),
        ("the Syrian\u2013Turkish border", "Syrian-Turkish border"),
    ],
)
def test_quote_matching_allows_quote_marks_whitespace_and_case(sentence: str, quote: str) -> None:
    assert contains_quote(sentence, quote)
    gold = gold_of(positions=[{"stance": "concern", "quote": quote}])
    brief = brief_of(positions=[{"stance": "concern", "what": "x", "evidence": ev(sentence)}])
    assert counts(brief, gold, "positions") == (1, 0, 0)


def test_quote_must_be_in_evidence_not_in_what() -> None:
    gold = gold_of(demands=[{"quote": "called for calm"}])
    brief = brief_of(demands=[{"what": "called for calm", "evidence": ev("Another sentence.")}])
    assert counts(brief, gold, "demands") == (0, 1, 1)
    no_evidence = brief_of(demands=[{"what": "called for calm"}])
    assert counts(no_evidence, gold, "demands") == (0, 1, 1)


def test_any_evidence_sentence_may_hold_the_quote() -> None:
    gold = gold_of(demands=[{"quote": "called for calm"}])
    evidence = [*ev("First sentence."), *ev("They called for calm.", start=16)]
    brief = brief_of(demands=[{"what": "calm", "evidence": evidence}])
    assert counts(brief, gold, "demands") == (1, 0, 0)


@pytest.mark.parametrize(
    ("predicted", "aliases"),
    [
        ({"name": "South Korean", "kind": "country"}, ["South Korean"]),  # name vs gold alias
        ({"name": "Korea", "kind": "country", "aliases": ["ROK"]}, ["ROK"]),  # alias vs alias
        ({"name": "the Republic of Korea\u2019s", "kind": "country"}, []),  # "the", possessive
        ({"name": "REPUBLIC  OF KOREA", "kind": "country"}, []),  # case, whitespace
    ],
)
def test_actor_matches_on_name_or_alias(predicted: dict[str, object], aliases: list[str]) -> None:
    gold = gold_of(actors=[{"name": "Republic of Korea", "kind": "country", "aliases": aliases}])
    assert counts(brief_of(actors=[predicted]), gold, "actors") == (1, 0, 0)


def test_actor_names_normalise_acronym_full_stops() -> None:
    assert normalise_name("the U.S.") == normalise_name("US") == "us"
    assert normalise_name("Yonhap\u2019s") == "yonhap"


def test_duplicate_actor_is_a_false_positive() -> None:
    gold = gold_of(actors=[{"name": "Canada", "kind": "country", "aliases": ["Canadian"]}])
    brief = brief_of(
        actors=[{"name": "Canada", "kind": "country"}, {"name": "Canadian", "kind": "country"}]
    )
    assert counts(brief, gold, "actors") == (1, 1, 0)


@pytest.mark.parametrize("reverse", [False, True])
def test_matching_is_one_to_one_and_not_greedy(reverse: bool) -> None:
    # Item A holds both quotes, item B only the first: a greedy matcher that pairs A with the
    # first quote leaves B unmatched; the maximum matching pairs A-second, B-first.
    gold = gold_of(demands=[{"quote": "called for calm"}, {"quote": "urged restraint"}])
    items = [
        {"what": "A", "evidence": ev("They called for calm and urged restraint.")},
        {"what": "B", "evidence": ev("They called for calm.")},
    ]
    brief = brief_of(demands=items[::-1] if reverse else items)
    assert counts(brief, gold, "demands") == (2, 0, 0)


def brute_force_matches(weights: list[list[int]]) -> int:
    rows, cols = len(weights), len(weights[0]) if weights else 0
    best = 0
    if rows <= cols:
        for perm in itertools.permutations(range(cols), rows):
            best = max(best, sum(weights[i][perm[i]] for i in range(rows)))
    else:
        for perm in itertools.permutations(range(rows), cols):
            best = max(best, sum(weights[perm[j]][j] for j in range(cols)))
    return best


@pytest.mark.parametrize("seed", range(40))
def test_match_pairs_finds_maximum_weight(seed: int) -> None:
    rng = random.Random(seed)
    rows, cols = rng.randint(0, 5), rng.randint(0, 5)
    weights = [[rng.choice([0, 0, 6, 7]) for _ in range(cols)] for _ in range(rows)]
    pairs = match_pairs(rows, cols, lambda i, j: weights[i][j])
    assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)
    assert all(weights[i][j] > 0 for i, j in pairs)
    total = sum(weights[i][j] for i, j in pairs)
    assert total == (brute_force_matches(weights) if rows and cols else 0)


def test_stance_accuracy_on_matched_positions_prefers_agreeing_pairs() -> None:
    sentence = "They condemned the attack and expressed concern about the escalation."
    gold = gold_of(
        positions=[
            {"stance": "condemn", "quote": "condemned the attack"},
            {"stance": "concern", "quote": "expressed concern about the escalation"},
            {"stance": "welcome", "quote": "welcomed the talks"},
        ]
    )
    stances: list[Stance] = ["concern", "condemn", "support"]
    brief = brief_of(
        positions=[
            *({"stance": s, "what": s, "evidence": ev(sentence)} for s in stances[:2]),
            {"stance": "support", "what": "talks", "evidence": ev("They welcomed the talks.")},
        ]
    )
    score = score_brief(brief, gold)
    assert (score.stance.matched, score.stance.agree) == (3, 2)


def test_statements_pool_ignores_the_section() -> None:
    gold = gold_of(demands=[{"quote": "called for calm"}])
    brief = brief_of(
        positions=[{"stance": "other", "what": "x", "evidence": ev("They called for calm.")}]
    )
    score = score_brief(brief, gold)
    assert score.sections["demands"].fn == 1
    assert score.sections["positions"].fp == 1
    assert (score.statements.tp, score.statements.fp, score.statements.fn) == (1, 0, 0)


def test_figures_match_on_value_without_evidence() -> None:
    gold = gold_of(figures=[{"value": "10,000", "quote": "there are 10,000 troops"}])
    assert counts(brief_of(figures=[{"value": "10000"}]), gold, "figures") == (1, 0, 0)
    assert counts(brief_of(figures=[{"value": "1,000"}]), gold, "figures") == (0, 1, 1)


def test_same_valued_figures_pair_with_their_own_quote() -> None:
    gold = gold_of(
        figures=[
            {"value": "two", "quote": "two companies"},
            {"value": "two", "quote": "two ships"},
        ]
    )
    brief = brief_of(figures=[{"value": "two", "evidence": ev("They seized two ships.")}])
    assert score_brief(brief, gold).misses[0].text == "two (two companies)"


def test_dates_and_locations_compare_distinct_texts() -> None:
    gold = gold_of(dates=["May 2023", "July"], locations=["the Kursk region"])
    brief = brief_of(
        dates=[{"text": "May 2023"}, {"text": "may 2023."}, {"text": "July 8"}],
        locations=[{"name": "Kursk region"}],
    )
    assert counts(brief, gold, "dates") == (1, 1, 1)
    assert counts(brief, gold, "locations") == (1, 0, 0)


def test_empty_sections_have_undefined_ratios() -> None:
    score = score_brief(brief_of(), gold_of(locations=["Oslo"]))
    assert score.sections["demands"] == Counts()
    assert score.sections["demands"].f1 is None
    assert score.sections["demands"].precision is None
    locations = score.sections["locations"]
    assert (locations.precision, locations.recall, locations.f1) == (None, 0.0, 0.0)
    assert score.macro_f1 == 0.0  # only locations has anything to score


def test_count_verbatim_evidence() -> None:
    text = "First sentence. Second sentence."
    brief = brief_of(
        demands=[{"what": "a", "evidence": ev("Second sentence.", start=16)}],  # verbatim
        positions=[{"stance": "other", "what": "b", "evidence": ev("First sentence!")}],
        figures=[{"value": "1", "evidence": ev("Second sentence.", start=30)}],  # out of range
    )
    result = count_verbatim_evidence(brief, text)
    assert (result.total, result.verbatim) == (3, 1)


# --------------------------------------------------------------------------- load_gold


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("actors: [", "invalid YAML"),
        ("- a list\n", "mapping"),
        ("positions:\n  - {stance: angry, quote: q}\n", "key 'positions[0].stance'"),
        ("demands:\n  - {by: [A], qoute: q}\n", "key 'demands[0]"),
        ("figures:\n  - {value: '1', quote: ''}\n", "key 'figures[0].quote'"),
        ("actors:\n  - {name: X, kind: planet}\n", "key 'actors[0].kind'"),
        ("colour: blue\n", "key 'colour'"),
    ],
)
def test_malformed_gold_names_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path / "bad.yaml", text)
    with pytest.raises(BriefingsError) as raised:
        load_gold(path)
    assert str(path) in raised.value.message
    assert message in raised.value.message
    assert "\n" not in raised.value.message


def test_missing_gold_is_input_not_found(tmp_path: Path) -> None:
    with pytest.raises(InputNotFound):
        load_gold(tmp_path / "none.yaml")


def test_gold_accepts_bare_numbers_iso_dates_empty_sections_and_single_by(
    tmp_path: Path,
) -> None:
    path = write(
        tmp_path / "g.yaml",
        "dates: [2019, 2019-10-15]\ndemands:\nnext_steps:\n  - {by: Canada, quote: q}\n",
    )
    gold = load_gold(path)
    assert gold.dates == ["2019", "2019-10-15"]
    assert gold.demands == []
    assert gold.next_steps[0].by == ["Canada"]


# --------------------------------------------------------------------------- the gold files


def quoted_items(gold: GoldBrief) -> Iterator[tuple[str, str]]:
    for section in ("demands", "positions", "next_steps", "figures"):
        for item in getattr(gold, section):
            yield section, item.quote


@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.stem)
def test_gold_file_follows_the_corpus_conventions(path: Path) -> None:
    """Every quote, value, date, location and alias is verbatim; by/of name actors."""
    article = path.with_suffix(".txt")
    assert article.exists(), f"{path.name} has no article beside it"
    text = article.read_text(encoding="utf-8")
    gold = load_gold(path)
    problems = [
        f"{section} quote {quote!r}" for section, quote in quoted_items(gold) if quote not in text
    ]
    problems += [
        f"figure value {f.value!r} not in its quote" for f in gold.figures if f.value not in f.quote
    ]
    problems += [f"date {d!r}" for d in gold.dates if d not in text]
    problems += [f"location {loc!r}" for loc in gold.locations if loc not in text]
    names = {a.name for a in gold.actors}
    for actor in gold.actors:
        problems += [f"alias {alias!r}" for alias in actor.aliases if alias not in text]
        if not any(form in text for form in [actor.name, *actor.aliases]):
            problems.append(f"actor {actor.name!r} has no surface form in the text")
    for section in ("demands", "positions", "next_steps"):
        for item in getattr(gold, section):
            addressees = getattr(item, "of", None)
            addressees = [addressees] if isinstance(addressees, str) else addressees or []
            problems += [
                f"{section} names unknown actor {who!r}"
                for who in [*item.by, *addressees]
                if who not in names
            ]
    assert problems == []


@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.stem)
def test_gold_quotes_survive_cleaning(path: Path) -> None:
    """Scoring compares with the cleaned article, so every quote must still be found there."""
    from briefings.pipeline import load_article

    article = load_article(str(path.with_suffix(".txt")))
    gold = load_gold(path)
    lost = [quote for _, quote in quoted_items(gold) if not contains_quote(article.text, quote)]
    assert lost == []


def test_corpus_has_the_seed_and_new_cases() -> None:
    seed = Path(__file__).parents[1] / "seeds" / "korea-canada-2plus2.txt"
    assert (CORPUS / "00-seed.txt").read_bytes() == seed.read_bytes()
    cases, notes = find_cases(CORPUS)
    assert len(cases) >= 4
    assert notes == []


# --------------------------------------------------------------------------- evaluate_corpus


@pytest.fixture
def empty_engine(monkeypatch: pytest.MonkeyPatch) -> str:
    """An extraction engine that cites the first sentence and finds nothing else."""
    from briefings.extract import EXTRACTORS

    def extract(article: Article) -> Brief:
        first = article.text.split(". ")[0]
        return Brief(title="t", demands=[Demand(what="x", evidence=ev(first))])

    monkeypatch.setitem(EXTRACTORS, "empty", extract)
    return "empty"


def make_case(folder: Path, name: str, text: str = "Title\n\nCanada called for calm.") -> None:
    write(folder / f"{name}.txt", text)
    write(folder / f"{name}.yaml", "demands:\n  - {quote: called for calm}\nlocations: [Oslo]\n")


def test_evaluate_corpus_reads_both_layouts(tmp_path: Path, empty_engine: str) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "gold").mkdir()
    write(tmp_path / "articles" / "a.txt", "Title\n\nCanada called for calm. Then rain.")
    write(tmp_path / "gold" / "a.yaml", "demands:\n  - {quote: called for calm}\n")
    make_case(tmp_path, "b")
    write(tmp_path / "c.txt", "Title\n\nNo gold for this one.")
    score = evaluate_corpus(tmp_path, engine=empty_engine)
    assert [a.case for a in score.articles] == ["a", "b"]
    assert score.sections["demands"] == Counts(tp=2)
    assert score.sections["locations"] == Counts(fn=1)
    assert score.evidence.total == score.evidence.verbatim == 2
    assert any("c.txt: no gold file" in w for w in score.warnings)


def test_evaluate_corpus_errors(tmp_path: Path, empty_engine: str) -> None:
    with pytest.raises(InputNotFound):
        evaluate_corpus(tmp_path / "missing", engine=empty_engine)
    with pytest.raises(BriefingsError, match="no gold files found"):
        evaluate_corpus(tmp_path, engine=empty_engine)
    make_case(tmp_path, "a")
    with pytest.raises(BriefingsError, match="unknown extraction engine 'nope'"):
        evaluate_corpus(tmp_path, engine="nope")
    write(tmp_path / "a.yaml", "positions:\n  - {stance: angry, quote: q}\n")
    with pytest.raises(BriefingsError, match=r"a\.yaml: key 'positions\[0\]\.stance'"):
        evaluate_corpus(tmp_path, engine=empty_engine)


def test_evaluate_corpus_records_an_unreadable_article(tmp_path: Path, empty_engine: str) -> None:
    make_case(tmp_path, "a", text="")
    score = evaluate_corpus(tmp_path, engine=empty_engine)
    assert score.articles[0].error is not None
    assert score.sections["demands"] == Counts(fn=1)
    assert "FAILED a:" in format_report(score)


# --------------------------------------------------------------------------- format_report


@pytest.fixture
def corpus_score(tmp_path: Path, empty_engine: str) -> CorpusScore:
    make_case(tmp_path, "a")
    make_case(tmp_path, "b", text="Title\n\nNothing here. Really.")
    return evaluate_corpus(tmp_path, engine=empty_engine)


def test_table_report_is_an_aligned_markdown_table(corpus_score: CorpusScore) -> None:
    report = format_report(corpus_score)
    table = [line for line in report.splitlines() if line.startswith("|")]
    assert len(table) == 2 + len(SECTIONS)
    assert len({len(line) for line in table}) == 1
    header = [cell.strip() for cell in table[0].split("|")[1:-1]]
    assert header == ["section", "P", "R", "F1", "TP", "FP", "FN"]
    assert "| demands    | 0.50 | 0.50 | 0.50 |  1 |  1 |  1 |" in report
    assert "macro-F1 (7 sections):" in report
    assert "statements (demands+positions+next_steps pooled): P 0.50" in report
    assert "evidence verbatim: 2/2 (100.0%)" in report
    assert "miss" not in report


def test_verbose_table_lists_misses_and_false_positives(corpus_score: CorpusScore) -> None:
    report = format_report(corpus_score, verbose=True)
    assert "## b" in report
    assert "  miss demands: called for calm" in report
    assert "  extra demands: x  <- Nothing here" in report
    assert "  miss locations: Oslo" in report


def test_json_report_structure(corpus_score: CorpusScore) -> None:
    data = json.loads(format_report(corpus_score, "json"))
    assert data["schema"] == "briefings.eval/1"
    assert data["articles_count"] == 2
    assert set(data["sections"]) == set(SECTIONS)
    assert data["sections"]["demands"] == {
        "tp": 1,
        "fp": 1,
        "fn": 1,
        "precision": 0.5,
        "recall": 0.5,
        "f1": 0.5,
    }
    assert data["sections"]["actors"]["precision"] is None
    assert data["evidence"] == {"total": 2, "verbatim": 2, "share": 1.0}
    assert [a["case"] for a in data["articles"]] == ["a", "b"]
    assert "misses" not in data["articles"][0]
    verbose = json.loads(format_report(corpus_score, "json", verbose=True))
    assert verbose["articles"][1]["misses"] == [
        {"section": "demands", "text": "called for calm"},
        {"section": "locations", "text": "Oslo"},
    ]
    assert verbose["articles"][1]["false_positives"][0]["evidence"] == "Nothing here"


def test_attribution_counts_matched_statements_crediting_a_gold_speaker() -> None:
    gold = GoldBrief.model_validate(
        {
            "actors": [
                {"name": "Russia", "kind": "country", "aliases": ["Russian"]},
                {"name": "Canada", "kind": "country"},
            ],
            "positions": [
                {"by": ["Russia"], "stance": "condemn", "quote": "Moscow condemned the strike"},
                {"by": ["Canada"], "stance": "welcome", "quote": "Ottawa welcomed the talks"},
                {"by": [], "stance": "other", "quote": "Nobody knows"},
            ],
        }
    )
    brief = Brief(
        title="t",
        actors=[Actor(name="Russia", kind="country", aliases=["Russian"])],
        positions=[
            Position(
                what="a",
                stance="condemn",
                by=["Russian"],
                evidence=ev("Moscow condemned the strike."),
            ),
            Position(
                what="b", stance="welcome", by=["Russia"], evidence=ev("Ottawa welcomed the talks.")
            ),
            Position(what="c", stance="other", by=["Russia"], evidence=ev("Nobody knows.")),
        ],
    )
    score = score_brief(brief, gold)
    assert (score.attribution.matched, score.attribution.agree) == (2, 1)
    wrong = [m.text for m in score.misses if m.section == "attribution"]
    assert len(wrong) == 1 and "Ottawa" not in wrong[0] and "canada" in wrong[0]
