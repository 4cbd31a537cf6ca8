"""Rules added for a fourth unseen set: numbered items cut from their numbers, stances of
"stand with", lodged protests, recommendations, tallies, metonyms and short `what` phrases."""

from __future__ import annotations

import pytest
from samples import brief_of

from briefings.extract.phrases import strip_sentence_adverbs
from briefings.model import Brief


def stances(brief: Brief) -> set[str]:
    return {p.stance for p in brief.positions}


def figure_values(brief: Brief) -> set[str]:
    return {f.value for f in brief.figures}


def test_numbered_items_split_from_their_numbers_are_next_steps() -> None:
    brief = brief_of(
        "The three leaders committed to the following actions:\n\n"
        "1. Expand the fund for poverty relief.\n\n"
        "2. Launch a working group on digital infrastructure.\n\n"
        "3. Increase trade to $50 billion by 2030."
    )
    texts = " ".join(n.evidence[0].text for n in brief.next_steps)
    assert "Increase trade" in texts
    assert not any("following actions" in n.what for n in brief.next_steps)


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("The State Department said the United States stands with Japan.", "support"),
        ("Poland said it would stand against Russia.", "condemn"),
    ],
)
def test_stand_with_and_against(sentence: str, stance: str) -> None:
    assert stance in stances(brief_of(sentence))


def test_stood_ready_is_no_stance() -> None:
    brief = brief_of("Swedish Foreign Minister Ann Linde said Sweden stood ready to host talks.")
    assert not brief.positions


def test_a_lodged_protest_is_a_condemnation() -> None:
    brief = brief_of("The Philippines lodged a formal diplomatic protest with China on Monday.")
    assert "condemn" in stances(brief)
    assert not brief_of("Thousands joined a protest in Manila on Monday.").positions


def test_recommended_that_is_a_demand_but_a_report_with_recommendations_is_not() -> None:
    brief = brief_of(
        "The observers recommended that the Electoral Commission publish results by station."
    )
    assert [d.what for d in brief.demands] == ["publish results by station"]
    brief = brief_of("The mission will publish a final report with recommendations in May.")
    assert not brief.demands


def test_a_possible_effect_is_no_demand() -> None:
    brief = brief_of("Human Rights Watch warned that the deal could encourage hostage-taking.")
    assert not brief.demands
    assert brief_of("Human Rights Watch encouraged Qatar to free the men.").demands


def test_infinitive_after_a_misparsed_coordination() -> None:
    brief = brief_of(
        "We urge the Rapid Support Forces and allied armed groups to immediately cease any action."
    )
    assert brief.demands[0].what.startswith("immediately cease")


def test_ultimatum_reads_as_the_act_and_its_deadline() -> None:
    brief = brief_of("The African Union gave the military 15 days to restore the government.")
    assert brief.demands[0].what == "restore the government within 15 days"


def test_position_on_a_bare_name_keeps_its_predicate() -> None:
    brief = brief_of("Kim Myong Gil blamed Washington for refusing to abandon its old viewpoint.")
    assert brief.positions[0].what.startswith("blamed Washington for refusing")
    brief = brief_of("Kim Myong Gil condemned the sanctions imposed by Washington.")
    assert brief.positions[0].what == "the sanctions imposed by Washington"


def test_discourse_openers_are_stripped() -> None:
    assert strip_sentence_adverbs("by way of example, Mahan had helped") == "Mahan had helped"
    assert (
        strip_sentence_adverbs("Mahan had, for example, helped") == "Mahan had, for example, helped"
    )


def test_passive_proposal_names_what_is_proposed() -> None:
    brief = brief_of("A common currency and a regional parliament are proposed in the declaration.")
    assert brief.next_steps[0].what.startswith("A common currency and a regional parliament")


def test_a_pronoun_approval_is_no_next_step() -> None:
    assert not brief_of("The Chamber of Representatives approved it in July.").next_steps
    assert brief_of("The Senate approved the treaty on Monday.").next_steps


def test_vote_tallies_estimates_and_references_back() -> None:
    values = figure_values(brief_of("The Senate ratified the treaty by 19 votes to 11 on Monday."))
    assert {"19", "11"} <= values
    values = figure_values(brief_of("In Mali an estimated 7.5 million people need assistance."))
    assert "estimated 7.5 million" in values  # the article "an" is no part of it
    values = figure_values(brief_of("Chad hosts refugees, including over 600,000 who fled Sudan."))
    assert "over 600,000" in values
    assert not figure_values(brief_of("One of the two boats was unable to complete its mission."))


def test_capital_called_on_is_the_state_but_a_capital_as_place_is_a_place() -> None:
    brief = brief_of(
        "The boats were blocked. Miller called on Beijing to comply with the 2016 arbitral ruling."
    )
    assert "Beijing" not in {p.name for p in brief.locations}
    brief = brief_of("The boats were blocked. The ministers met in Beijing on Monday.")
    assert "Beijing" in {p.name for p in brief.locations}


def test_a_coast_guard_is_no_place() -> None:
    brief = brief_of("A Chinese coast guard vessel fired a water cannon near the shoal.")
    assert "Chinese coast" not in {p.name for p in brief.locations}


def test_platforms_are_no_actors_and_titled_appositions_are_people() -> None:
    brief = brief_of("In a message posted on Twitter on Thursday, Bazoum said he was safe.")
    assert "Twitter" not in {a.name for a in brief.actors}
    brief = brief_of(
        "Moussa Faki Mahamat, the chairperson of the African Union Commission, said no."
    )
    kinds = {a.name: a.kind for a in brief.actors}
    assert kinds.get("Moussa Faki Mahamat") == "person"
    assert kinds.get("African Union Commission") == "organization"


def test_known_ngos_are_actors() -> None:
    brief = brief_of("Human Rights Watch criticised the deal on Monday.")
    assert "Human Rights Watch" in {a.name for a in brief.actors}
