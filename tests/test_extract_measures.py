"""Decision grammar (votes, ultimatums, expulsions, signed documents, planned meetings), figures
with qualifiers and durations, cross-month date ranges, and title-of-country entities."""

from __future__ import annotations

import pytest
from samples import brief_of

from briefings.extract.dates import find_dates
from briefings.model import Brief


def stances(brief: Brief) -> list[str]:
    return [p.stance for p in brief.positions]


# ------------------------------------------------------------------ votes and vetoes


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Thirteen members voted in favour of the draft resolution.", "support"),
        ("Russia voted against the resolution on Ukraine.", "condemn"),
        ("The United States on Friday vetoed a Security Council resolution on Gaza.", "condemn"),
    ],
)
def test_votes_and_vetoes_are_positions(sentence: str, stance: str) -> None:
    assert stance in stances(brief_of(sentence))


def test_abstention_in_a_while_clause_is_a_second_position() -> None:
    brief = brief_of("Twelve members voted in favour of the draft, while China abstained.")
    assert sorted(stances(brief)) == ["other", "support"]


def test_meeting_to_vote_is_no_position() -> None:
    brief = brief_of("The General Assembly will meet on Tuesday to vote on a similar text.")
    assert brief.positions == []
    assert len(brief.next_steps) == 1


# ------------------------------------------------------------------ demands and refusals


def test_ultimatum_with_a_deadline_is_a_demand() -> None:
    brief = brief_of("The African Union gave the military 15 days to restore the government.")
    assert len(brief.demands) == 1
    assert brief.demands[0].what == "restore the government within 15 days"


def test_give_without_a_deadline_is_no_demand() -> None:
    brief = brief_of("The European Union gave the ministry two new vehicles last year.")
    assert brief.demands == []


def test_resolution_demanding_is_a_demand() -> None:
    brief = brief_of("Egypt tabled a resolution demanding an immediate ceasefire in Gaza.")
    assert len(brief.demands) == 1


def test_unable_to_demand_is_no_demand() -> None:
    brief = brief_of('Qatar said the council had been "unable to demand a halt to the fighting".')
    assert brief.demands == []


def test_will_not_tolerate_is_condemnation() -> None:
    brief = brief_of("Josep Borrell said the European Union will not tolerate interference.")
    assert stances(brief) == ["condemn"]


# ------------------------------------------------------------------ measures


def test_order_to_leave_is_an_expulsion_with_its_accusation() -> None:
    brief = brief_of(
        "Poland on Monday ordered 45 Russian diplomats to leave the country, "
        "accusing them of spying for Moscow."
    )
    assert brief.demands == []
    assert len(brief.next_steps) == 1
    assert brief.next_steps[0].by == ["Poland"]
    assert stances(brief) == ["condemn"]
    assert brief.positions[0].by == ["Poland"]


def test_order_to_fight_stays_a_demand() -> None:
    brief = brief_of("The President ordered the army to pursue the attackers.")
    assert len(brief.demands) == 1
    assert brief.next_steps == []


def test_sanctions_in_an_after_clause_are_a_past_stance_and_details_no_steps() -> None:
    brief = brief_of(
        "The expulsions came a day after the European Union announced new sanctions "
        "against 26 individuals, freezing their assets and banning them from travel."
    )
    assert brief.next_steps == []
    assert stances(brief) == ["condemn"]


def test_sanctions_announced_in_the_main_clause_are_one_next_step() -> None:
    brief = brief_of(
        "The European Union announced new sanctions against 26 individuals, "
        "freezing their assets and banning them from travel."
    )
    assert len(brief.next_steps) == 1


def test_unattributed_passive_expulsion_tally_is_no_position() -> None:
    brief = brief_of("Since 2022, more than 400 Russian diplomats have been expelled from Europe.")
    assert brief.positions == []


def test_signed_documents_are_one_next_step_each() -> None:
    brief = brief_of(
        "The United States and Kenya signed a Memorandum of Understanding on cybersecurity "
        "and a Letter of Intent on critical minerals."
    )
    assert len(brief.next_steps) == 2
    assert all(s.by == ["United States", "Kenya"] for s in brief.next_steps)


def test_one_signed_document_is_one_next_step() -> None:
    brief = brief_of("Greece and Cyprus signed an agreement on energy cooperation.")
    assert len(brief.next_steps) == 1


def test_upcoming_meeting_is_a_next_step_but_a_past_meeting_is_not() -> None:
    assert len(brief_of("The ministers discussed the upcoming summit in Jakarta.").next_steps) == 1
    assert brief_of("The ministers discussed the summit in Jakarta.").next_steps == []


def test_called_x_an_unfriendly_act_is_a_position() -> None:
    brief = brief_of('Maria Zakharova called the decision "an unfriendly act".')
    assert len(brief.positions) == 1
    assert brief_of("Maria Zakharova called the minister on Monday.").positions == []


def test_be_to_with_a_purpose_subject_is_a_position_not_a_plan() -> None:
    brief = brief_of('Erdogan said the operation was "to prevent the creation of a corridor".')
    assert brief.next_steps == []
    assert stances(brief) == ["other"]
    assert len(brief_of("The minister is to visit Kyiv in June.").next_steps) == 1


# ------------------------------------------------------------------ figures and dates


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Niger hosts around 1,100 US troops.", "around 1,100"),
        ("The war has killed about 1,200 people.", "about 1,200"),
        ("Only around 100 aid trucks entered Gaza each day.", "around 100"),
        (
            "Washington warned that aid worth more than $200 million was at risk.",
            "more than $200 million",
        ),
        ("Norway is contributing NOK 150 million to the fund.", "NOK 150 million"),
        ("The two countries celebrated 60 years of diplomatic relations.", "60 years"),
    ],
)
def test_figure_values(sentence: str, value: str) -> None:
    assert value in [f.value for f in brief_of(sentence).figures]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council will meet again in two days.",
        "The ceasefire collapsed two days ago.",
        "The summit was held on 7-9 December at Cusco.",
    ],
)
def test_no_figure_in_points_in_time_and_dates(sentence: str) -> None:
    assert brief_of(sentence).figures == []


def test_date_range_across_months() -> None:
    found = find_dates("Trucks entered between November 24 and December 1, 2023, the UN said.")
    assert [(d.text, d.iso) for d in found] == [
        ("November 24 and December 1, 2023", "2023-11-24/2023-12-01")
    ]


# ------------------------------------------------------------------ actors


def test_title_of_country_tagged_as_organisation_gives_the_country() -> None:
    brief = brief_of(
        "We, the Foreign Ministers of Australia, India, Japan, and the United States, met "
        "in Washington today."
    )
    assert {"Australia", "India", "Japan", "United States"} <= {a.name for a in brief.actors}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The envoy left after a three-day visit to Nairobi.", "three-day"),
        ("Reinforcements must reach any member state within 48 hours.", "48 hours"),
        ("Rebels held her captive for more than six years.", "more than six years"),
        ("Twelve civilians were killed, while 25 were injured.", "25"),
        ("The blast killed four civilians and wounded six.", "six"),
        ("Western nations have spent millions of dollars on the army.", "millions"),
    ],
)
def test_lengths_casualties_and_vague_amounts_are_figures(sentence: str, value: str) -> None:
    assert value in [f.value for f in brief_of(sentence).figures]


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States and Britain closed their embassies in Sanaa on Sunday.",
        "The embassy in Sanaa is closed today.",
        "Iran issued arrest warrants for 36 people on Monday.",
        "Washington has threatened ten officials with travel bans.",
        "The conference came up with a plan to fight piracy.",
    ],
)
def test_measures_taken_are_next_steps(sentence: str) -> None:
    assert len(brief_of(sentence).next_steps) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry issued a statement on Monday.",
        "The talks did not close the gap between the parties.",
        "The rebels threatened to walk out.",
    ],
)
def test_ordinary_uses_of_measure_verbs_are_no_next_steps(sentence: str) -> None:
    assert brief_of(sentence).next_steps == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Meanwhile, hundreds protested the conference in Hebron.", "hundreds"),
        ("The agency placed the death count in the hundreds.", "hundreds"),
        ("So far only 38 are working in the provinces.", "38"),
        ("Almost 1.5 million have been forced to leave the country.", "Almost 1.5 million"),
        ("Italy said it would send fewer than ten.", "fewer than ten"),
        ("Its followers are not more than 400 in all.", "not more than 400"),
        ("The aid has a value of about 15 million euros.", "about 15 million euros"),
        ("The targeting of our civilians for the last five years must end.", "five years"),
    ],
)
def test_counts_standing_alone_negated_qualifiers_and_currency_words(
    sentence: str, value: str
) -> None:
    assert value in [f.value for f in brief_of(sentence).figures]


@pytest.mark.parametrize(
    "sentence",
    [
        "Among the warrants, the 36 must face murder charges.",
        "Shells hit the area near police posts 542 and 543.",
        "Hundreds of the protesters' demands went unanswered, critics said.",
    ],
)
def test_references_back_and_identifiers_are_no_new_counts(sentence: str) -> None:
    values = [f.value for f in brief_of(sentence).figures]
    assert not {"36", "542", "543"} & set(values)


def test_a_second_coordinated_plan_is_a_next_step_of_its_own() -> None:
    brief = brief_of(
        "Britain announced plans to fund a police unit in Yemen, as well as plans to hold an "
        "international conference on Yemeni security later this month."
    )
    assert len(brief.next_steps) == 2


def test_coordinated_nouns_without_a_plan_are_one_next_step() -> None:
    brief = brief_of("Britain announced plans to fund a police unit and new equipment.")
    assert len(brief.next_steps) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2015, Saudi Arabia started supporting the government against the rebellion. "
        "The strikes of September 2019 hit two plants.",
        "The current government was established in 2003 after the invasion. Talks resumed in "
        "March 2010.",
    ],
)
def test_a_past_act_dated_to_an_earlier_year_is_background(sentence: str) -> None:
    assert brief_of(sentence).next_steps == []


def test_a_plan_dated_to_the_articles_year_or_later_stays_a_next_step() -> None:
    brief = brief_of(
        "The ministers met in March 2010. They signed a memorandum in 2010 and will meet "
        "again in 2011."
    )
    assert len(brief.next_steps) == 2


def test_a_will_clause_under_a_word_of_doubt_is_an_assessment_not_a_plan() -> None:
    brief = brief_of("There are also doubts about how hard the United States will push them.")
    assert brief.next_steps == []
    assert [p.stance for p in brief.positions] == ["concern"]


def test_a_will_clause_without_doubt_stays_a_plan() -> None:
    brief = brief_of("The United States will push both sides to resume talks in May.")
    assert len(brief.next_steps) == 1


def test_would_in_a_clause_of_what_was_outlined_is_a_plan() -> None:
    brief = brief_of(
        "NATO outlined four areas where the alliance would provide support for Ukraine."
    )
    assert len(brief.next_steps) == 1


def test_would_in_a_clause_of_what_was_visited_is_no_plan() -> None:
    brief = brief_of("NATO inspected four areas where the alliance would provide support.")
    assert brief.next_steps == []


@pytest.mark.parametrize(
    "sentence",
    [
        "These plans aim to allow reinforcements to reach any member state within 48 hours.",
        "New sanctions are due to take effect in March.",
    ],
)
def test_a_plan_or_measure_that_aims_or_is_due_to_act_is_a_next_step(sentence: str) -> None:
    assert len(brief_of(sentence).next_steps) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels aim to capture the capital.",
        "These plans are not likely to succeed.",
    ],
)
def test_an_aim_of_no_plan_or_a_negated_one_is_no_next_step(sentence: str) -> None:
    assert brief_of(sentence).next_steps == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Philippines summoned China's ambassador on Monday.",
        "The sanctions take effect at midnight on Tuesday.",
        "Diplomats from the two countries are due to meet in Beijing in February.",
        "The government was set to celebrate its first anniversary with a parade.",
    ],
)
def test_summons_measures_taking_effect_and_meetings_due_are_next_steps(sentence: str) -> None:
    assert len(brief_of(sentence).next_steps) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister summoned reporters to a news conference.",
        "The cuts took effect on prices within a week, traders said.",
        "The delay was due to bad weather.",
        "The stage was set for a long dispute.",
        "The government was not set to celebrate its anniversary this year.",
    ],
)
def test_summoned_reporters_effects_and_due_to_a_cause_are_no_next_steps(sentence: str) -> None:
    assert brief_of(sentence).next_steps == []


def test_advising_citizens_to_leave_is_a_demand() -> None:
    brief = brief_of("Portugal advised its citizens to leave Guinea-Bissau on commercial flights.")
    assert len(brief.demands) == 1


def test_advising_on_a_subject_is_no_demand() -> None:
    assert brief_of("Norwegian experts advised on the design of the fund.").demands == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The two sides will release the detainees in stages over three weeks.", "three weeks"),
        ("Somalia has had no central government for over two decades.", "over two decades"),
        (
            "The jets stayed in its airspace for roughly four minutes before turning.",
            "roughly four minutes",
        ),
        ("Radar recorded 11 suspected airspace violations in the past five years.", "five years"),
        ("Radar recorded 11 suspected airspace violations in the past five years.", "11"),
        ("Most incursions lasted less than two minutes.", "less than two minutes"),
        (
            "The blackouts left hundreds of thousands of households without power.",
            "hundreds of thousands",
        ),
    ],
)
def test_lengths_of_time_and_counts_the_model_reads_loosely(sentence: str, value: str) -> None:
    assert value in [f.value for f in brief_of(sentence).figures]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The oil field is about 160 km (100 miles) east of the capital.", "100 miles"),
        ("The attacks occurred at 4:00 A.M. local time (0100 UTC) at the plant.", "0100"),
        ("Training is one thing, participation another.", "one"),
        (
            "The two sides will release the detainees in stages over three weeks.",
            "over three weeks",
        ),
    ],
)
def test_no_figure_for_conversions_clock_times_and_set_phrases(sentence: str, value: str) -> None:
    assert value not in [f.value for f in brief_of(sentence).figures]


def test_a_count_referred_back_to_with_the_is_no_new_figure() -> None:
    brief = brief_of(
        "Iran issued arrest warrants on 36 people on Monday. Among the 36 arrest warrants,"
        " only one name was disclosed."
    )
    assert [f.value for f in brief.figures].count("36") == 1


def test_the_same_number_given_anew_without_the_is_still_a_figure() -> None:
    brief = brief_of("Rebels freed 36 hostages on Monday. Police arrested 36 suspects on Friday.")
    assert [f.value for f in brief.figures].count("36") == 2


# ------------------------------------------------------------------ measures enacted at the event


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        (
            "The European Union on Monday added the company and 11 officials to its sanctions "
            "list.",
            "added the company",
        ),
        ("The Dominican Republic sent 3,000 additional troops to the border.", "sent 3,000"),
        ("The government declared a dusk-to-dawn curfew in Brazzaville.", "declared a dusk"),
        ("Panama stopped issuing visas to Haitian nationals.", "stopped issuing visas"),
        ("The border market was suspended until further notice, he said.", "suspended until"),
        ("The Security Council voted on Wednesday to extend its mission.", "voted on Wednesday"),
    ],
)
def test_a_measure_taken_at_the_event_is_a_next_step(sentence: str, start: str) -> None:
    brief = brief_of(sentence)
    assert [s.what.startswith(start) for s in brief.next_steps] == [True]


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States and Canada have blacklisted the company since 2021.",
        "Hungary had blocked the package for three weeks before dropping its objections.",
        "The border market was suspended, he said.",
        "Canada sent a letter to the council.",
    ],
)
def test_a_past_stance_or_a_bare_act_is_no_measure_taken(sentence: str) -> None:
    assert brief_of(sentence).next_steps == []


def test_two_measures_joined_in_the_past_are_two_steps() -> None:
    brief = brief_of(
        "The Dominican Republic closed all land crossings with Haiti on Monday and sent 3,000 "
        "troops to the border."
    )
    assert [s.what.split()[0] for s in brief.next_steps] == ["closed", "sent"]


def test_a_shared_demonym_stands_for_the_country_the_text_names() -> None:
    brief = brief_of(
        "Troops in Brazzaville put down a coup attempt, the Congolese government said on Saturday."
    )
    assert "Republic of the Congo" in [a.name for a in brief.actors]


def test_a_deployment_in_the_perfect_is_a_measure_taken() -> None:
    brief = brief_of("The Indian Navy has sent a destroyer to the Gulf of Aden.")
    assert [s.what for s in brief.next_steps] == ["sent a destroyer to the Gulf of Aden"]
    since = brief_of("Venezuela had deployed about 5,000 soldiers to the border since September.")
    assert since.next_steps == []


def test_an_envoy_sent_a_curfew_ordered_and_a_diplomat_declared_persona_non_grata_are_steps() -> (
    None
):
    brief = brief_of(
        "France on Friday sent its ambassador for the Pacific, Claire Vautrin, to New Caledonia "
        "and ordered a night-time curfew in Noumea. Estonia declared a Russian diplomat persona "
        "non grata. He sent his condolences to the families."
    )
    whats = [s.what for s in brief.next_steps]
    assert any(w.startswith("sent its ambassador") for w in whats)
    assert any(w.startswith("ordered a night-time curfew") for w in whats)
    assert any("persona non grata" in w for w in whats)
    assert not any("condolences" in w for w in whats)


def test_an_expulsion_is_a_measure_taken_not_a_condemnation() -> None:
    brief = brief_of("Serbia and Croatia each expelled two of the other's diplomats on Monday.")
    assert [s.what for s in brief.next_steps] == ["expelled two of the other's diplomats on Monday"]
    assert brief.positions == []


def test_a_designation_and_a_measure_under_way_are_next_steps() -> None:
    brief = brief_of(
        "Today, the Department of the Treasury is designating six individuals and three entities. "
        "Japan is sending two destroyers to the area. Japan is studying the report."
    )
    whats = [s.what for s in brief.next_steps]
    assert any(w.startswith("designating six individuals") for w in whats)
    assert any("sending two destroyers" in w for w in whats)
    assert not any("studying" in w for w in whats)
