"""Stances without stance verbs, and when a country or a named thing is a place."""

from __future__ import annotations

import pytest
from samples import brief_of

from briefings.model import Brief


def stances(brief: Brief) -> list[str]:
    return [p.stance for p in brief.positions]


# ------------------------------------------------------------------ labels and appraisals


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("The minister described the attack as completely unacceptable.", "condemn"),
        ("Guterres described it as a historic achievement.", "welcome"),
        ("The ministry described the release as a goodwill gesture.", "other"),
        ('President Kiir called the agreement "a new dawn for Sudan".', "welcome"),
    ],
)
def test_a_label_is_a_position_with_the_stance_of_its_words(sentence: str, stance: str) -> None:
    assert stances(brief_of(sentence)) == [stance]


def test_describing_without_a_label_is_no_position() -> None:
    assert brief_of("The minister described the attack in detail.").positions == []


def test_call_without_a_label_is_no_position() -> None:
    assert brief_of("The minister called the ambassador on Monday.").positions == []


def test_said_it_was_encouraged_by_is_welcome_not_a_demand() -> None:
    brief = brief_of("The African Union said it was encouraged by the agreement.")
    assert stances(brief) == ["welcome"]
    assert brief.demands == []


def test_encouraging_someone_to_act_stays_a_demand() -> None:
    brief = brief_of("The African Union encouraged Sudan to sign the agreement.")
    assert len(brief.demands) == 1
    assert brief.positions == []


def test_reported_positive_appraisal_is_welcome() -> None:
    assert stances(brief_of("Amnesty International said the vote was encouraging.")) == ["welcome"]
    assert stances(brief_of("Observers said the election was well administered.")) == ["welcome"]


def test_reported_neutral_predicate_is_no_position() -> None:
    assert brief_of("Observers said the election was long.").positions == []


def test_door_remains_open_is_an_other_position() -> None:
    assert stances(brief_of("Hamdok said the door remains open to both groups.")) == ["other"]
    assert brief_of("The shop remains open on Sundays.").positions == []


def test_recalled_ambassador_is_a_measure_but_recalling_a_fact_is_not() -> None:
    # A measure taken at the reported event is a next step (corpus README, news calls).
    recalled = brief_of("Denmark recalled its ambassador from Iraq on Thursday.")
    assert [s.by for s in recalled.next_steps] == [["Denmark"]]
    assert recalled.positions == []
    assert brief_of("Denmark recalled the history of the treaty.").positions == []


def test_reaffirms_that_clause_is_support() -> None:
    brief = brief_of(
        "The United States reaffirms that the people of Belarus have the right to choose "
        "their own leaders."
    )
    assert stances(brief) == ["support"]


def test_reaffirmed_threat_is_concern_only() -> None:
    brief = brief_of(
        "The ministers reaffirmed that climate change remains the single greatest threat "
        "to the region."
    )
    assert stances(brief) == ["concern"]


# ------------------------------------------------------------------ places


def test_country_after_a_counted_group_is_a_place() -> None:
    brief = brief_of("Floods displaced thousands of people in Vanuatu last year.")
    assert [loc.name for loc in brief.locations] == ["Vanuatu"]


def test_money_in_a_programme_is_no_place() -> None:
    brief = brief_of("The United States provided $500 million in Foreign Military Financing.")
    assert brief.locations == []


def test_country_in_a_mission_name_is_no_place() -> None:
    brief = brief_of("The European Union Observation Mission to Malawi said the vote was calm.")
    assert "Malawi" not in [loc.name for loc in brief.locations]


def test_village_of_x_is_a_place() -> None:
    brief = brief_of("The clash began near the village of Kok-Tash on Wednesday.")
    assert "Kok-Tash" in [loc.name for loc in brief.locations]


def test_named_thing_that_is_not_used_as_a_place_is_no_place() -> None:
    brief = brief_of("The protest followed the burning of a Quran earlier in the week.")
    assert brief.locations == []


def test_capital_naming_a_document_is_no_place() -> None:
    brief = brief_of("We call on all actors, as stated in the Berlin principles, to stop.")
    assert "Berlin" not in [loc.name for loc in brief.locations]
    assert "Berlin" in [
        loc.name for loc in brief_of("The ministers met in Berlin on Monday.").locations
    ]
