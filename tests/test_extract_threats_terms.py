"""Conditional threats, coordinated plans, listed demands and other next-step and demand
grammar of news reporting (invented sentences)."""

from __future__ import annotations

from samples import brief_of

# ------------------------------------------------------------------ conditional threats


def test_a_threat_conditioned_on_no_party_is_the_threatening_partys_next_step() -> None:
    brief = brief_of(
        "The rebels said they would shell the airport within a day if the flights do not stop."
    )
    assert brief.demands == []
    assert [n.what for n in brief.next_steps] == [
        "would shell the airport within a day if the flights do not stop"
    ]
    assert brief.next_steps[0].by == ["rebels"]


def test_an_infinitive_threat_with_a_negated_condition_is_a_next_step() -> None:
    brief = brief_of(
        "Patrol boats were sent to the strait to start operations to sink the ferries if the "
        "smugglers do not turn back."
    )
    assert any(n.what.startswith("sink the ferries if") for n in brief.next_steps)
    assert brief.demands == []


def test_a_threat_conditioned_on_a_named_party_stays_a_demand_of_it() -> None:
    brief = brief_of("Peru said it would close the border if Bolivia does not withdraw its troops.")
    assert [(d.of, d.what.split()[0]) for d in brief.demands] == [("Bolivia", "withdraw")]


def test_an_affirmative_condition_makes_no_threat_of_an_infinitive() -> None:
    brief = brief_of("The navy trained its crews to sink the ferries if the smugglers turn back.")
    assert brief.next_steps == []


def test_two_coordinated_reported_plans_with_their_own_modal_are_two_next_steps() -> None:
    brief = brief_of(
        "The ministry stated it would recall its ambassador and would expel two diplomats."
    )
    assert [n.what for n in brief.next_steps] == [
        "would recall its ambassador",
        "would expel two diplomats",
    ]


def test_one_modal_over_two_verbs_stays_one_next_step() -> None:
    brief = brief_of("The ministry stated it would recall its ambassador and expel two diplomats.")
    assert len(brief.next_steps) == 1


# ------------------------------------------------------------------ listed demands


def test_each_item_a_demand_noun_lists_is_a_demand() -> None:
    brief = brief_of(
        "Farmers blocked the roads on Monday. Their demands have included lowering fuel "
        "taxes, scrapping the new import quotas, and a public inquiry into land prices."
    )
    assert [d.what for d in brief.demands] == [
        "lowering fuel taxes",
        "scrapping the new import quotas",
        "a public inquiry into land prices",
    ]


def test_demands_the_text_says_were_not_included_are_no_demands() -> None:
    brief = brief_of(
        "Farmers blocked the roads. Their demands have not included lowering fuel taxes."
    )
    assert brief.demands == []


def test_a_listed_demand_of_an_unresolved_owner_is_credited_to_no_one() -> None:
    brief = brief_of(
        "Germany's envoys arrived in May. Crowds gathered in the capital. Their demands included "
        "new elections."
    )
    assert [(d.by, d.what) for d in brief.demands] == [([], "new elections")]


# ------------------------------------------------------------------ participles, generic text


def test_a_call_after_whilst_is_the_speakers_demand() -> None:
    brief = brief_of(
        "The UN envoy Maria Lopez said that the shelling would only deepen the crisis, whilst "
        "also calling for the army to open the roads to aid convoys."
    )
    demand = next(d for d in brief.demands if "open the roads" in d.what)
    assert "Maria Lopez" in demand.by


def test_a_call_after_while_as_a_plain_adverb_clause_is_still_a_demand() -> None:
    brief = brief_of("Peru closed its border, while calling on Bolivia to release the prisoners.")
    assert [d.of for d in brief.demands] == ["Bolivia"]


def test_pleading_for_help_is_a_demand() -> None:
    brief = brief_of("Villagers are pleading for food and medicine after the floods.")
    assert [d.what for d in brief.demands] == ["food and medicine"]


def test_what_a_generic_notice_is_for_is_no_demand() -> None:
    brief = brief_of(
        "Peru issued an alert on Monday. Yellow notices are circulated to ask police forces "
        "to help locate missing persons."
    )
    assert brief.demands == []


def test_a_particular_passive_with_a_call_stays_a_demand() -> None:
    brief = brief_of("Peru is expected to ask Bolivia to release the prisoners.")
    assert [d.of for d in brief.demands] == ["Bolivia"]


# ------------------------------------------------------------------ no plan


def test_who_will_take_over_is_an_open_question_not_a_plan() -> None:
    brief = brief_of("It is still unclear who will succeed the outgoing president.")
    assert brief.next_steps == []


def test_a_named_subject_of_will_is_still_a_plan() -> None:
    brief = brief_of(
        "It is still unclear if talks will resume, but Peru will send an envoy next week."
    )
    assert [n.when for n in brief.next_steps] == ["next week"]


def test_a_modal_perfect_of_a_plan_verb_is_no_plan() -> None:
    brief = brief_of("Peru has done more than its neighbours could have ever expected.")
    assert brief.next_steps == []


def test_a_plea_of_unnamed_people_is_credited_to_no_one() -> None:
    brief = brief_of("Peru sent troops. Villagers are pleading for food and medicine.")
    assert [d.by for d in brief.demands] == [[]]


def test_a_plea_of_a_named_actor_is_its_own() -> None:
    brief = brief_of("Peru sent troops. Bolivia pleaded for calm at the border.")
    assert [d.by for d in brief.demands] == [["Bolivia"]]


def test_their_demands_after_an_unnamed_crowd_are_no_earlier_actors() -> None:
    brief = brief_of(
        "Germany sent envoys in May. Crowds gathered in the capital. Their demands included "
        "new elections."
    )
    assert [(d.by, d.what) for d in brief.demands] == [([], "new elections")]
