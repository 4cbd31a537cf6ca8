"""Statement rules: demand forms and addressees, stance phrases and targets, reported speech."""

from __future__ import annotations

import pytest
from samples import brief_of

# ------------------------------------------------------------------ demands


def test_call_for_a_to_x_and_for_b_to_y_gives_two_demands() -> None:
    brief = brief_of(
        "We call for the Sudanese Armed Forces to cease their attacks on civilians "
        "and for the Rapid Support Forces to implement their commitments."
    )
    assert [d.of for d in brief.demands] == ["Sudanese Armed Forces", "Rapid Support Forces"]
    assert brief.demands[0].what == "cease their attacks on civilians"
    assert brief.demands[1].what == "implement their commitments"


def test_call_on_x_to_y_puts_the_clause_in_what_and_x_in_of() -> None:
    brief = brief_of("We call on Iran to cease all support for Russia and to free the detainees.")
    assert len(brief.demands) == 1
    demand = brief.demands[0]
    assert demand.of == "Iran"
    assert demand.what.startswith("cease all support for Russia")
    assert brief.positions == []  # "support" inside the demanded clause is no position


def test_urge_addressee_is_the_object_not_actors_inside_the_clause() -> None:
    brief = brief_of("Japan urged India to use its influence with Russia to end the war.")
    assert brief.demands[0].of == "India"


def test_noun_form_demand_is_addressed_to_whose_act_it_is() -> None:
    brief = brief_of(
        "Canada and Japan called for the withdrawal of North Korean troops that were sent "
        "to Russia to fight against Ukraine."
    )
    assert brief.demands[0].of == "North Korea"
    assert brief.demands[0].what == "the withdrawal of North Korean troops"


def test_demand_noun_reaffirmed() -> None:
    brief = brief_of(
        "Both nations reaffirmed their demand for the complete dismantlement of "
        "North Korea's weapons of mass destruction."
    )
    assert brief.demands[0].of == "North Korea"
    assert brief.demands[0].what.startswith("the complete dismantlement")


def test_call_for_release_names_no_addressee() -> None:
    brief = brief_of("France called for the immediate release of all detained journalists.")
    assert brief.demands[0].of is None


def test_must_is_the_authors_demand_of_its_subject() -> None:
    brief = brief_of("Germany and France met in Berlin. Iran must end its nuclear escalation.")
    demand = brief.demands[0]
    assert demand.of == "Iran"
    assert demand.by == ["Germany", "France"]
    assert demand.what == "end its nuclear escalation"


def test_should_inside_reported_opinion_is_a_position_not_a_demand() -> None:
    brief = brief_of("Brazil's president said the rainforest should be opened up to farming.")
    assert brief.demands == []
    assert [p.stance for p in brief.positions] == ["other"]


# ------------------------------------------------------------------ positions


@pytest.mark.parametrize(
    ("sentence", "what", "target"),
    [
        (
            "Japan condemned North Korea's military alignment with Russia, which violates "
            "several resolutions.",
            "North Korea's military alignment with Russia",
            "North Korea",
        ),
        (
            "Additionally, Japan denounced North Korea's missile tests, notably the launch "
            "of a new missile.",
            "North Korea's missile tests",
            "North Korea",
        ),
        ("Japan condemned the missile launch by North Korea.", "the missile launch", "North Korea"),
        (
            "Japan welcomed the efforts of Oman to facilitate dialogue.",
            "the efforts of Oman to facilitate dialogue",
            "Oman",
        ),
    ],
)
def test_position_what_is_the_object_and_target_its_actor(
    sentence: str, what: str, target: str
) -> None:
    position = brief_of(sentence).positions[0]
    assert position.what.startswith(what)
    assert position.target == target


def test_noun_cue_keeps_its_complement_hung_on_the_verb() -> None:
    brief = brief_of(
        "The two countries emphasized their vigilance regarding arms transfers to Russia."
    )
    assert brief.positions[0].stance == "concern"
    assert brief.positions[0].what == "vigilance regarding arms transfers to Russia"


def test_concerned_by_keeps_the_speaker_not_the_cause() -> None:
    brief = brief_of("Italy and Spain met. We are deeply concerned by Iran's uranium stockpile.")
    position = brief.positions[0]
    assert position.stance == "concern"
    assert "Iran" not in position.by
    assert position.target == "Iran"


def test_the_secretary_resolves_to_the_one_person_with_that_title() -> None:
    brief = brief_of(
        "Secretary of State Antony J. Blinken spoke with Indian Foreign Minister Raj Kumar. "
        "The Secretary condemned the attack on the embassy."
    )
    assert brief.positions[0].by == ["Antony J. Blinken"]


def test_subject_clause_describing_the_subject_does_not_speak() -> None:
    brief = brief_of(
        "The Security Council met on Monday. The resolution, drafted by the United Kingdom, "
        "calls on the Rapid Support Forces to protect civilians."
    )
    assert "United Kingdom" not in brief.demands[0].by


# ------------------------------------------------------------------ next steps


def test_reported_would_is_a_next_step_but_not_be() -> None:
    assert len(brief_of("She said the council would review the situation.").next_steps) == 1
    assert brief_of("She said the council would remain divided.").next_steps == []


def test_passive_approval_is_no_next_step() -> None:
    assert brief_of("Thirty projects were approved at the summit.").next_steps == []
    assert len(brief_of("The council adopted a resolution on Sudan.").next_steps) == 1


# ------------------------------------------------------------------ doubt, dispute, participles


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts are skeptical that the two sides will reach a deal.",
        "The minister is unsure how long the talks will last.",
    ],
)
def test_doubt_about_an_outcome_is_concern(sentence: str) -> None:
    assert "concern" in [p.stance for p in brief_of(sentence).positions]


def test_reserve_about_a_course_of_action_stays_other() -> None:
    brief = brief_of("Chile has been cautious about the pact.")
    assert [(p.stance, p.by) for p in brief.positions] == [("other", ["Chile"])]


def test_being_supportive_of_someone_is_support() -> None:
    brief = brief_of("The European Union is supportive of the new government in Lima.")
    assert [(p.stance, p.by) for p in brief.positions] == [("support", ["European Union"])]


def test_contesting_a_claim_is_a_rejection_but_contesting_an_election_is_not() -> None:
    brief = brief_of("The United States contests this.")
    assert [(p.stance, p.by) for p in brief.positions] == [("condemn", ["United States"])]
    assert brief_of("The opposition party contested the election in March.").positions == []


def test_a_thanking_participle_after_the_reporting_verb_is_a_welcome() -> None:
    brief = brief_of(
        'Foreign Minister Lena Ortiz said she was "moved", thanking Norway for hosting the talks.'
    )
    assert any(p.stance == "welcome" and "Norway" in p.what for p in brief.positions)


def test_the_provisions_of_a_treaty_are_no_provision_of_aid() -> None:
    assert (
        brief_of(
            "Senator Paul Brandt said the provisions of the treaty protect fishermen."
        ).next_steps
        == []
    )
    assert brief_of("The donors agreed to the provision of food aid.").next_steps


def test_an_agreement_reported_as_only_a_token_is_a_claim_not_a_next_step() -> None:
    belittled = brief_of(
        "Senator Paul Brandt said the rebels had agreed only to token concessions."
    )
    assert belittled.next_steps == []
    assert [p.by for p in belittled.positions] == [["Paul Brandt"]]
    reported = brief_of("Senator Paul Brandt said the rebels had agreed to release the hostages.")
    assert reported.next_steps and reported.positions == []


# ------------------------------------------------------------------ events that are no stance


def test_a_crowds_protest_is_an_event_but_a_named_bodys_protest_a_stance() -> None:
    assert brief_of("Hundreds protested the summit in the capital.").positions == []
    assert [p.stance for p in brief_of("The farmers' union protested the new tax.").positions] == [
        "condemn"
    ]


def test_celebrating_an_occasion_or_welcoming_someone_home_is_no_welcome() -> None:
    assert brief_of("The ministry was set to celebrate its tenth anniversary.").positions == []
    assert brief_of("The delegates were welcomed home by cheering crowds.").positions == []
    assert [p.stance for p in brief_of("Canada welcomed the ceasefire.").positions] == ["welcome"]


def test_is_to_be_done_is_a_plan_but_was_to_do_a_purpose() -> None:
    planned = brief_of("A reconstruction fund is to be launched in May.")
    assert planned.next_steps and planned.positions == []
    assert brief_of("The operation was to prevent an attack.").next_steps == []


def test_a_goal_the_narrator_credits_is_background_but_a_spoken_goal_a_position() -> None:
    assert brief_of("Free trade has long been a goal of both Peru and Chile.").positions == []
    spoken = brief_of('"Our goal is free trade," said President Omar Haddad.')
    assert [p.by for p in spoken.positions] == [["Omar Haddad"]]


def test_a_quoted_measure_in_force_stays_a_next_step() -> None:
    brief = brief_of('Ambassador Lena Ortiz said, "The embassy is closed today."')
    assert brief.next_steps
    assert [p.stance for p in brief_of('Ambassador Lena Ortiz said, "We are ready."').positions]


# ------------------------------------------------------------------ seventh session


def test_a_call_nobody_made_is_no_demand() -> None:
    assert brief_of("Neither minister called for international peacekeepers.").demands == []
    nobody = brief_of("Somaliland declared independence, but no UN member has recognised it.")
    assert nobody.positions == []


def test_a_call_a_named_minister_made_stays() -> None:
    brief = brief_of("The Armenian minister called for international peacekeepers.")
    assert len(brief.demands) == 1


def test_what_a_text_did_not_settle_is_no_plan() -> None:
    brief = brief_of(
        "The declaration did not say how the cost of returning migrants would be divided."
    )
    assert brief.next_steps == []


def test_a_party_expecting_another_to_act_asks_it_to() -> None:
    brief = brief_of(
        "Deputy Foreign Minister Andrei Volkov said Russia expected the United Nations to help "
        "reconnect the bank within three months."
    )
    assert [d.of for d in brief.demands] == ["United Nations"]


def test_commentators_expecting_a_party_to_act_is_a_forecast() -> None:
    brief = brief_of("Analysts expect China to retaliate within weeks.")
    assert brief.demands == []


def test_a_call_the_parser_hung_on_a_noun_is_still_a_call() -> None:
    brief = brief_of(
        "Its chief executive, Somsak Wongprasert, called on all member countries to share "
        "real-time reservoir data and said the committee would meet on September 22."
    )
    assert [(d.by, d.what) for d in brief.demands] == [
        (["Somsak Wongprasert"], "share real-time reservoir data")
    ]


def test_a_reported_should_on_a_measure_is_a_demand_on_a_state_an_opinion() -> None:
    measure = brief_of("Pavel Luhin said the sanctions should be extended to trading companies.")
    assert [d.by for d in measure.demands] == [["Pavel Luhin"]]
    opinion = brief_of("Bolsonaro has said the Amazon rainforest should be opened up to farming.")
    assert opinion.demands == [] and [p.stance for p in opinion.positions] == ["other"]


def test_advised_and_ordered_out_are_demands() -> None:
    advised = brief_of(
        "France condemned the attempt. Its embassy advised the roughly 5,000 French nationals "
        "living in Congo to stay at home until the curfew is lifted."
    )
    assert [(d.by, d.what) for d in advised.demands] == [
        (["France"], "stay at home until the curfew is lifted")
    ]
    ordered = brief_of("The coast guard chief ordered all fishing boats out of the exclusion zone.")
    assert [d.what for d in ordered.demands] == ["all fishing boats out of the exclusion zone"]


def test_an_order_to_a_place_is_no_demand_but_its_description() -> None:
    assert brief_of("The minister ordered new ships from Japan.").demands == []


def test_declining_to_comment_is_no_statement() -> None:
    brief = brief_of("The company declined to comment.")
    assert brief.positions == [] and brief.demands == []


def test_declining_an_offer_stays_a_rejection() -> None:
    brief = brief_of("Venezuela declined the court's invitation to take part.")
    assert [p.stance for p in brief.positions] == ["condemn"]


def test_warning_someone_to_act_is_a_demand_warning_of_a_threat_a_concern() -> None:
    told = brief_of(
        "Japan's coast guard warned fishing boats to stay out of the area until Friday."
    )
    assert [d.what for d in told.demands] == ["stay out of the area until Friday"]
    threat = brief_of("Japan warned of a growing threat from North Korea.")
    assert threat.demands == [] and {p.stance for p in threat.positions} == {"concern"}


def test_deciding_that_something_is_so_is_no_plan() -> None:
    judged = brief_of('"The party has decided that its survival matters more," she said.')
    assert judged.next_steps == []
    planned = brief_of("The ministers decided that the dialogue will be held in Santiago.")
    assert len(planned.next_steps) == 1
