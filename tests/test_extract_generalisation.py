"""Rules added for unseen articles: lists under a lead-in, titles before names, capitals as
states, conditions, offers, party counts, more countries and "in May"."""

from __future__ import annotations

import pytest
from samples import brief_of

from briefings.extract.dates import find_dates
from briefings.model import Brief


def actor_names(brief: Brief) -> set[str]:
    return {a.name for a in brief.actors}


def place_names(brief: Brief) -> set[str]:
    return {p.name for p in brief.locations}


# ------------------------------------------------------------------ lists


def test_items_under_a_commitment_lead_in_are_one_next_step_each() -> None:
    brief = brief_of(
        "The Ministers committed to the following:\n\n"
        "- Expand co-production of unmanned aerial systems.\n"
        "- Increase the exchange of liaison officers.\n"
        "- Launch a new dialogue on space security."
    )
    texts = [n.evidence[0].text for n in brief.next_steps]
    assert len(texts) == 3
    assert all(t.startswith("- ") for t in texts)  # the lead-in itself is no item
    assert brief.next_steps[0].what == "Expand co-production of unmanned aerial systems"


def test_items_under_a_demand_lead_in_are_demands_to_the_same_addressee() -> None:
    brief = brief_of(
        "We call on Iran to:\n\n- release all detained foreign nationals.\n- end its support."
    )
    assert [d.of for d in brief.demands] == ["Iran", "Iran"]


def test_a_list_without_a_lead_in_cue_is_left_alone() -> None:
    brief = brief_of("The agenda covered:\n\n- Maritime security.\n- Trade.")
    assert brief.next_steps == [] and brief.demands == []


# ------------------------------------------------------------------ sentences


def test_a_paragraph_is_not_cut_before_a_stop() -> None:
    brief = brief_of(
        "Friday, April 30, 2021\n\nKyrgyzstan and Tajikistan agreed to a ceasefire on Thursday."
    )
    evidence = brief.next_steps[0].evidence[0].text
    assert evidence.startswith("Kyrgyzstan and Tajikistan agreed")


# ------------------------------------------------------------------ actors and places


@pytest.mark.parametrize(
    ("sentence", "person", "not_actor"),
    [
        (
            "The following is attributable to Spokesperson Ned Price:",
            "Ned Price",
            "Spokesperson Ned Price",
        ),
        ("The below is attributable to Deputy Spokesperson Vedant Patel:", "Vedant Patel", None),
        (
            "Presidents Sadyr Japarov and Emomali Rahmon will meet in Bishkek.",
            "Sadyr Japarov",
            None,
        ),
        (
            "He met External Affairs Minister Dr. S. Jaishankar in Delhi.",
            "S. Jaishankar",
            "Dr. S. Jaishankar",
        ),
    ],
)
def test_a_name_after_a_title_is_a_person(
    sentence: str, person: str, not_actor: str | None
) -> None:
    names = actor_names(brief_of(sentence))
    assert person in names
    assert not_actor not in names


def test_a_title_before_a_known_body_makes_no_person() -> None:
    names = actor_names(brief_of("The President of the United States met Minister Smith."))
    assert "President of the United States" not in names


@pytest.mark.parametrize(
    ("sentence", "capital"),
    [
        ("He blamed Washington for refusing to abandon its old attitude.", "Washington"),
        ("Kremlin spokesman Dmitry Peskov called for restraint.", "Kremlin"),
        ("They were accused of spying for Moscow.", "Moscow"),
    ],
)
def test_a_capital_standing_for_its_state_is_the_country(sentence: str, capital: str) -> None:
    brief = brief_of("Talks ended on Monday. " + sentence)  # a first line is no metonym
    # Named by its surface form when the text never names the country itself.
    assert [a.kind for a in brief.actors if a.name == capital] == ["country"]
    assert place_names(brief) == set()


def test_a_capital_used_as_a_place_stays_a_place() -> None:
    brief = brief_of("The ministers met in Washington and will travel to Moscow.")
    assert {"Washington", "Moscow"} <= place_names(brief)
    assert "Russia" not in actor_names(brief)


def test_the_baltic_states_name_no_place_but_the_baltic_sea_does() -> None:
    assert "Baltic" not in place_names(brief_of("The Baltic states expelled Russian diplomats."))
    assert "Baltic Sea" in place_names(brief_of("Ships patrolled the Baltic Sea."))


def test_jammu_and_kashmir_is_one_place() -> None:
    places = place_names(brief_of("They condemned the attack in Jammu and Kashmir."))
    assert "Jammu and Kashmir" in places
    assert "Jammu" not in places


@pytest.mark.parametrize(
    ("sentence", "actor", "not_place"),
    [
        ("Kyrgyzstan rejected the accusation.", "Kyrgyzstan", "Kyrgyzstan"),
        ("The African Union suspended Guinea from all its activities.", "Guinea", "Guinea"),
        ("The World Food Programme said trucks are required.", "World Food Programme", None),
    ],
)
def test_gazetteer_knows_more_countries_and_bodies(
    sentence: str, actor: str, not_place: str | None
) -> None:
    brief = brief_of(sentence)
    assert actor in actor_names(brief)
    assert not_place not in place_names(brief)


# ------------------------------------------------------------------ statements


def test_an_inverted_should_is_a_condition_not_a_demand() -> None:
    brief = brief_of("Should the parties fail to respect the truce, sanctions will follow.")
    assert brief.demands == []
    assert brief_of("The parties should respect the truce.").demands != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia offered to mediate between the two sides.",
        "The United States is prepared to use all tools at its disposal.",
        "The US accepted an invitation from Sweden to return to Stockholm.",
        "The African Union suspended Guinea from all its activities.",
    ],
)
def test_offers_readiness_accepted_invitations_and_suspensions_are_next_steps(
    sentence: str,
) -> None:
    assert len(brief_of(sentence).next_steps) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The government accepted the results of the election.",
        "Mali was suspended in June.",
        "The office has suspended the airline's permit.",
        "North Korea has not said whether it will attend.",
    ],
)
def test_accepted_facts_passive_suspensions_and_open_questions_are_no_next_steps(
    sentence: str,
) -> None:
    assert brief_of(sentence).next_steps == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Spokesperson Morgan Ortagus disputed the North Korean account.",
        "South Korea expressed regret that the talks ended without result.",
    ],
)
def test_disputing_and_regret_are_positions(sentence: str) -> None:
    assert len(brief_of(sentence).positions) == 1


# ------------------------------------------------------------------ figures and dates


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("The two officials welcomed the signing.", []),
        ("Borders between the two Central Asian states are disputed.", []),
        ("The fourth U.S.-India 2+2 Ministerial Dialogue was held.", []),
        ("The United States will provide an additional $114 million in aid.", ["$114 million"]),
        ("The measures were adopted by the 27 member states.", ["27"]),
    ],
)
def test_party_counts_format_names_and_leading_words(sentence: str, values: list[str]) -> None:
    assert [f.value for f in brief_of(sentence).figures] == values


def test_may_is_a_month_only_after_a_time_preposition() -> None:
    found = [d.text for d in find_dates("They will meet in May. Talks may resume. Since May 2023.")]
    assert found == ["May", "May 2023"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Protests began in early October and resumed in late October 2019.",
            ["early October", "late October 2019"],
        ),
        ("The election on the 28th of October was calm.", ["28th of October"]),
        ("SAMARKAND, Sept. 14 (Reuters) - The leaders met.", ["Sept. 14"]),
        ("The attempt on Christmas Day failed.", ["Christmas Day"]),
    ],
)
def test_qualified_ordinal_abbreviated_and_holiday_dates(text: str, dates: list[str]) -> None:
    assert [d.text for d in find_dates(text)] == dates


@pytest.mark.parametrize(
    "text",
    ["He arrived late. Christmas was quiet.", "The Oct. meeting and the 28th round of talks."],
)
def test_no_date_without_a_month_day_or_holiday_day(text: str) -> None:
    assert find_dates(text) == []


def test_abbreviated_month_gets_its_iso_form() -> None:
    assert [d.iso for d in find_dates("It ended on Dec. 31, 2019.")] == ["2019-12-31"]
