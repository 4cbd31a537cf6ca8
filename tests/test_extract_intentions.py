"""Deliberation over a measure, an act looked forward to, an angry reaction."""

from __future__ import annotations

from samples import brief_of


def test_a_measure_being_weighed_is_a_next_step_a_case_under_review_is_not() -> None:
    brief = brief_of(
        "Serbia annulled the vote. The U.S. embassy said Washington was reviewing sanctions "
        "against those responsible. The court is reviewing the case."
    )
    whats = [s.what for s in brief.next_steps]
    assert any("reviewing sanctions" in w for w in whats)
    assert not any("the case" in w for w in whats)


def test_an_act_looked_forward_to_is_a_next_step_a_negated_one_is_not() -> None:
    brief = brief_of("Widodo said he looked forward to traveling to Jakarta later this year.")
    assert [s.what for s in brief.next_steps] == ["traveling to Jakarta later this year"]
    brief = brief_of("Widodo said he did not look forward to traveling to Jakarta.")
    assert brief.next_steps == []


def test_reacting_angrily_is_condemnation_reacting_is_not() -> None:
    brief = brief_of(
        "Azerbaijan closed the office. Russia reacted angrily. Turkey reacted on Monday."
    )
    stances = [(p.by, p.stance) for p in brief.positions]
    assert (["Russia"], "condemn") in stances
    assert not any(by == ["Turkey"] for by, _ in stances)


def test_an_order_to_another_body_is_a_measure_an_order_to_ones_troops_a_demand() -> None:
    brief = brief_of(
        "Azerbaijan on Wednesday ordered the Russian state news agency TASS to close its office "
        "in Baku. Kim Jong-un ordered front-line units to enter a wartime state."
    )
    assert [s.what for s in brief.next_steps] == [
        "ordered the Russian state news agency TASS to close its office in Baku"
    ]
    assert [d.what for d in brief.demands] == ["enter a wartime state"]


def test_an_invitation_to_meet_is_a_next_step_an_open_question_is_none() -> None:
    brief = brief_of(
        "AU Commission chairman Moussa Diarra invited the three ministers to meet in Addis Ababa "
        "on October 12. The Philippines did not say whether it would invite the generals."
    )
    assert [s.what for s in brief.next_steps] == [
        "invited the three ministers to meet in Addis Ababa on October 12"
    ]
    assert brief.demands == []


def test_a_reported_must_in_the_past_and_an_expected_obligation_are_demands() -> None:
    brief = brief_of(
        "Syria and the SDF met in Baghdad. Minister Bassam Haddad said SDF units had to join the "
        "defence ministry as individuals. The State Department said Venezuela was expected to "
        "honour its commitments. The WFP said it had to cut rations."
    )
    whats = [d.what for d in brief.demands]
    assert any(w.startswith("SDF units had to join") for w in whats)
    assert any(w.startswith("Venezuela was expected to honour") for w in whats)
    assert not any("rations" in w for w in whats)


def test_a_refusal_to_sign_is_a_rejection_a_letter_not_signed_is_a_fact() -> None:
    brief = brief_of(
        "Egypt said it would not sign any document that limits its right to the river. The "
        "United States did not sign the letter."
    )
    assert [(p.by, p.stance) for p in brief.positions] == [(["Egypt"], "condemn")]


def test_following_the_situation_closely_is_concern() -> None:
    brief = brief_of("Kuwait said it was following the situation closely.")
    assert [p.stance for p in brief.positions] == ["concern"]


def test_sending_ones_own_envoy_is_a_next_step_asking_another_party_a_demand() -> None:
    brief = brief_of(
        "The Secretary-General has asked his Special Representative to travel to Niamey in the "
        "coming days. He asked the junta to release the hostages."
    )
    assert [s.what for s in brief.next_steps] == [
        "has asked his Special Representative to travel to Niamey in the coming days"
    ]
    assert [d.what for d in brief.demands] == ["release the hostages"]


def test_recalling_that_is_a_claim_recalling_an_ambassador_is_a_measure() -> None:
    brief = brief_of(
        "Belgium recalls that the convoy was clearly marked. Chad recalled its ambassador from "
        "Paris on Monday."
    )
    assert [(p.by, p.what) for p in brief.positions] == [
        (["Belgium"], "the convoy was clearly marked")
    ]
    assert [s.what for s in brief.next_steps] == ["recalled its ambassador from Paris on Monday"]


def test_taking_note_of_an_announcement_is_a_position_taking_notes_is_none() -> None:
    brief = brief_of(
        "France took note of the decision to expel its advisers. She took notes during the meeting."
    )
    assert [(p.by, p.stance, p.what) for p in brief.positions] == [
        (["France"], "other", "the decision to expel its advisers")
    ]


def test_an_invitation_to_talks_and_talks_that_will_resume_are_next_steps() -> None:
    brief = brief_of(
        "The EU invited the chief negotiators of both sides to emergency talks in Brussels. "
        "Serbia said the talks would resume in May."
    )
    whats = [s.what for s in brief.next_steps]
    assert any(w.startswith("invited the chief negotiators") for w in whats)
    assert any("resume" in w for w in whats)


def test_would_not_support_is_a_rejection_did_not_support_a_fact() -> None:
    brief = brief_of(
        "Hungary said it would not support lectures to a sovereign government. Japan did not "
        "support the resolution."
    )
    assert [(p.by, p.stance) for p in brief.positions] == [(["Hungary"], "condemn")]
