"""Rules engine: each rule family on small sentences, plus the seed acceptance list."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.extract.rules import extract_with_rules
from briefings.model import Article, Brief, RawArticle
from briefings.read.clean import clean_article

SEED = Path(__file__).resolve().parent.parent / "seeds" / "korea-canada-2plus2.txt"


def make_article(body: str, title: str = "A test article") -> Article:
    """An Article from a title and body, as clean.py makes it."""
    data = f"{title}\n\n{body}\n".encode()
    return clean_article(RawArticle(data=data, name="test.txt", media_type="text/plain"))


@pytest.fixture(scope="module")
def seed() -> Brief:
    from briefings.pipeline import load_article

    return extract_with_rules(load_article(str(SEED)))


def brief_of(body: str) -> Brief:
    return extract_with_rules(make_article(body))


def names(brief: Brief) -> set[str]:
    return {a.name for a in brief.actors} | {x for a in brief.actors for x in a.aliases}


# ------------------------------------------------------------------ seed acceptance


def test_seed_title_and_source(seed: Brief) -> None:
    assert (
        seed.title == "South Korea and Canada Demand Withdrawal of North Korean Troops from Russia"
    )
    assert seed.source.dateline == "Ottawa"
    assert seed.source.publisher == "Yonhap News Agency"


def test_seed_actors(seed: Brief) -> None:
    actors = {a.name: a for a in seed.actors}
    for name in ["South Korea", "Canada", "North Korea", "Russia", "Ukraine", "United States"]:
        assert actors[name].kind == "country"
    assert actors["Yonhap News Agency"].kind == "organization"
    assert actors["U.N. Security Council"].kind == "organization"
    for person, country in [
        ("Cho Tae-yul", "South Korea"),
        ("Kim Yong-hyun", "South Korea"),
        ("Melanie Joly", "Canada"),
        ("Bill Blair", "Canada"),
    ]:
        assert actors[person].kind == "person"
        assert actors[person].affiliation == country
    assert "Hwasong-19" not in names(seed)
    assert "Ottawa" not in actors and "Kursk" not in actors


def test_seed_demands(seed: Brief) -> None:
    whats = " | ".join(d.what for d in seed.demands)
    assert "withdrawal of North Korean troops" in whats
    assert "irreversible dismantlement" in whats
    assert all(d.by == ["South Korea", "Canada"] for d in seed.demands)


def test_seed_next_steps(seed: Brief) -> None:
    whats = [n.what for n in seed.next_steps]
    assert any("Indo-Pacific dialogue" in w and "advancing" not in w for w in whats)
    assert any(w.startswith("advancing talks") for w in whats)
    assert any("regular army dialogues" in w for w in whats)
    assert any("further international measures" in w for w in whats)
    assert all("South Korea" in n.by and "Canada" in n.by for n in seed.next_steps)


def test_seed_figures_dates_locations(seed: Brief) -> None:
    assert [(f.value, f.counts) for f in seed.figures] == [
        ("10,000", "North Korean troops in Russia")
    ]
    assert [d.text for d in seed.dates] == ["July", "May 2023"]
    places = {loc.name for loc in seed.locations}
    assert {"Ottawa", "Kursk", "Indo-Pacific", "Korean Peninsula", "Europe"} <= places


def test_seed_evidence_is_verbatim(seed: Brief) -> None:
    from briefings.pipeline import load_article

    text = load_article(str(SEED)).text
    assert seed.evidence
    indexes = [e.sentence for e in seed.evidence]
    assert indexes == sorted(set(indexes))
    for evidence in seed.evidence:
        assert text[evidence.start : evidence.end] == evidence.text
    for key_point in seed.key_points:
        assert key_point.evidence
    assert 3 <= len(seed.key_points) <= 6
    assert len(seed.summary.split()) <= 60


# ------------------------------------------------------------------ statements


def test_negated_call_is_no_demand() -> None:
    brief = brief_of("France did not call for new sanctions on Iran.")
    assert brief.demands == []


def test_urge_gives_demand_with_addressee() -> None:
    brief = brief_of("Germany urged Russia to withdraw its forces from Ukraine immediately.")
    assert len(brief.demands) == 1
    assert brief.demands[0].by == ["Germany"]
    assert brief.demands[0].of == "Russia"


def test_must_is_a_demand_without_addressee() -> None:
    brief = brief_of("The ministers met in Paris. Civilians must be protected.")
    assert [d.what for d in brief.demands] == ["Civilians must be protected"]
    assert brief.demands[0].of is None


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Japan condemned the missile launch by North Korea.", "condemn"),
        ("Japan expressed concern about the rising tensions.", "concern"),
        ("Japan welcomed the ceasefire agreement.", "welcome"),
        ("Japan reaffirmed its support for Ukraine.", "support"),
        ("Japan and Canada reiterated their opposition to economic coercion.", "condemn"),
    ],
)
def test_position_stances(sentence: str, stance: str) -> None:
    brief = brief_of(sentence)
    assert [p.stance for p in brief.positions] == [stance]
    assert brief.positions[0].by[0] == "Japan"


def test_will_is_a_next_step_but_not_negated_or_descriptive() -> None:
    assert len(brief_of("Chile will join the bloc next year.").next_steps) == 1
    assert brief_of("Guyana will not immediately join the bloc.").next_steps == []
    assert brief_of("The bloc will include every state in the region.").next_steps == []


def test_past_background_is_not_a_next_step() -> None:
    brief = brief_of("The treaty, which had been agreed under the former government, ended.")
    assert brief.next_steps == []


def test_coordinated_gerunds_split_into_two_next_steps() -> None:
    brief = brief_of(
        "Canada and Japan agreed to enhance cooperation by initiating a new dialogue and "
        "advancing talks on a security agreement."
    )
    whats = [n.what for n in brief.next_steps]
    assert len(whats) == 2
    assert whats[0].startswith("initiating a new dialogue")
    assert whats[1].startswith("advancing talks")


def test_commitment_to_verb_is_next_step_to_noun_is_support() -> None:
    brief = brief_of(
        "Greece and Italy reaffirmed their commitment to strengthen trade. "
        "They reaffirmed their commitment to the sovereignty of Cyprus."
    )
    assert len(brief.next_steps) == 1
    assert [p.stance for p in brief.positions] == ["support"]


def test_collective_and_pronoun_subjects_resolve_to_actors() -> None:
    brief = brief_of(
        "Kenya and Ghana signed a trade pact in Nairobi. "
        "Both nations condemned the attack. They committed to hold talks."
    )
    assert brief.positions[0].by == ["Kenya", "Ghana"]
    assert brief.next_steps[-1].by == ["Kenya", "Ghana"]


# ------------------------------------------------------------------ actors and places


def test_role_and_affiliation_from_title() -> None:
    brief = brief_of("German Foreign Minister Anna Berger met Italian officials in Rome.")
    person = next(a for a in brief.actors if a.kind == "person")
    assert person.name == "Anna Berger"
    assert person.role == "German Foreign Minister"
    assert person.affiliation == "Germany"


def test_places_are_locations_not_actors() -> None:
    brief = brief_of("Norway sent troops to Kursk and held talks in Ottawa.")
    assert "Norway" in names(brief)
    assert not {"Kursk", "Ottawa"} & names(brief)
    assert {"Kursk", "Ottawa"} <= {loc.name for loc in brief.locations}


def test_weapon_is_not_an_actor() -> None:
    brief = brief_of("North Korea launched the Hwasong-19 missile on Friday.")
    assert "Hwasong-19" not in names(brief)
    assert "North Korea" in names(brief)


def test_aliases_merge_into_one_actor() -> None:
    brief = brief_of(
        "The United States and the Republic of Korea met. The U.S. said the ROK agreed."
    )
    us = next(a for a in brief.actors if a.name == "United States")
    assert "U.S." in us.aliases
    assert len([a for a in brief.actors if a.kind == "country"]) == 2


# ------------------------------------------------------------------ figures and dates


def test_figures_skip_years_ordinals_and_party_counts() -> None:
    brief = brief_of(
        "In 2024 the two countries held their sixth meeting and pledged $4 billion "
        "for at least 3,000 schools under resolution 2397."
    )
    assert [f.value for f in brief.figures] == ["$4 billion", "at least 3,000"]


def test_dates_keep_calendar_expressions_not_relative_ones() -> None:
    brief = brief_of("On October 7, 2026, the ministers met. Last year talks stalled in May 2023.")
    assert [(d.text, d.iso) for d in brief.dates] == [
        ("October 7, 2026", "2026-10-07"),
        ("May 2023", "2023-05"),
    ]
