"""Who asks whom, what a step reads as, outlets, conditions, surnames and unnamed groups."""

from __future__ import annotations

import pytest
from samples import brief_of

from briefings.extract.phrases import balance_quotes

# ------------------------------------------------------------------ object-control verbs


@pytest.mark.parametrize("verb", ["encouraging", "urging", "pressing", "asking"])
def test_subject_of_object_control_verb_asks_and_the_object_is_addressed(verb: str) -> None:
    brief = brief_of(
        f"The US has been {verb} allies such as Germany to restrict the airline's operations."
    )
    demand = brief.demands[0]
    assert demand.by == ["United States"]
    assert demand.of == "Germany"
    assert demand.what.startswith("restrict")


def test_invite_with_an_infinitive_is_a_demand_but_not_with_a_place() -> None:
    asked = brief_of("France invited Germany to join the mission.")
    assert [(d.by, d.of) for d in asked.demands] == [(["France"], "Germany")]
    planned = brief_of("France invited Germany to the summit in Paris.")
    assert planned.demands == []


# ------------------------------------------------------------------ readable `what`


def test_a_measure_reads_as_an_action_with_its_verb() -> None:
    brief = brief_of(
        "Germany on Monday banned Iranian airline Mahan Air from flying in the country."
    )
    assert brief.next_steps[0].what.startswith("banned Iranian airline Mahan Air from flying")


def test_a_plan_to_do_something_keeps_only_the_planned_act() -> None:
    brief = brief_of("Norway and Chile agreed to expand trade in seafood.")
    assert brief.next_steps[0].what == "expand trade in seafood"


@pytest.mark.parametrize(
    ("text", "balanced"),
    [
        ("initiating a \u201cKorea-Canada dialogue", "initiating a Korea-Canada dialogue"),
        ("the \u201cbrutal\u201d aggression", "the \u201cbrutal\u201d aggression"),
        ('stand ready" tweeted Johnson "to help', "stand ready tweeted Johnson to help"),
        ('was "to prevent a corridor', "was to prevent a corridor"),
        ('the "flexible" approach', 'the "flexible" approach'),
        ("the Turkish] aggression", "the Turkish aggression"),
        ("the (DPRK) programme", "the (DPRK) programme"),
    ],
)
def test_phrases_lose_quote_marks_and_brackets_without_partner(text: str, balanced: str) -> None:
    assert balance_quotes(text) == balanced


# ------------------------------------------------------------------ news outlets


def test_an_outlets_report_of_a_fact_is_no_stance_and_the_outlet_is_an_organisation() -> None:
    brief = brief_of(
        "Germany banned the airline on Monday. Rudaw reports the airline's director has "
        "alleged ties to the Revolutionary Guards."
    )
    assert brief.positions == []
    assert next(a for a in brief.actors if a.name == "Rudaw").kind == "organization"


def test_a_stance_with_its_own_subject_stays_when_an_outlet_reports_it() -> None:
    brief = brief_of("Reuters reported that Germany condemned the attack on the embassy.")
    assert [p.by for p in brief.positions] == [["Germany"]]


# ------------------------------------------------------------------ conditions


def test_an_ultimatum_is_a_demand_of_whom_the_condition_names() -> None:
    brief = brief_of(
        "ECOWAS suspended Guinea on Wednesday. ECOWAS has threatened sanctions if the "
        "junta does not release Conde. The junta has not responded."
    )
    demand = next(d for d in brief.demands if "release" in d.what)
    assert demand.by == ["Economic Community of West African States"]
    assert demand.of == "junta"
    assert demand.what.startswith("release")


def test_only_if_makes_a_demand_instead_of_a_plan() -> None:
    brief = brief_of(
        "The United States and North Korea met. North Korea would maintain its moratorium "
        "on nuclear tests only if Washington took practical steps by the end of the year."
    )
    assert [(d.of, d.what.split()[0]) for d in brief.demands] == [("United States", "take")]
    assert brief.next_steps == []


def test_a_plain_if_necessary_asks_nothing() -> None:
    brief = brief_of("Benin would use every means, if necessary, to restore order.")
    assert brief.demands == []


# ------------------------------------------------------------------ surnames and groups


def test_a_surname_joins_the_nearest_full_name_even_family_name_first() -> None:
    brief = brief_of(
        "North Korea's chief negotiator, Kim Myong Gil, told reporters the talks failed. "
        '"It has disappointed us," Kim said. State Department spokesperson Morgan Ortagus '
        "disputed the account. The US accepted an invitation, Ortagus said. A summit "
        "between Donald Trump and Kim Jong Un ended without a deal."
    )
    people = {a.name: a for a in brief.actors if a.kind == "person"}
    assert "Kim" not in people and "Ortagus" not in people
    assert "Kim" in people["Kim Myong Gil"].aliases
    assert "Kim" not in people["Kim Jong Un"].aliases
    assert "Ortagus" in people["Morgan Ortagus"].aliases


def test_the_junta_named_twice_is_a_group_actor_once_is_not() -> None:
    twice = brief_of(
        "The AU called on the military to return the country to constitutional order. "
        "ECOWAS said the junta must release the president."
    )
    assert any(a.name == "junta" and a.kind == "group" for a in twice.actors)
    once = brief_of("The AU gave the military 15 days to restore the elected government.")
    assert not any(a.kind == "group" for a in once.actors)


def test_a_countrys_military_government_is_that_country() -> None:
    brief = brief_of(
        "Myanmar's military government rejected the communique. ASEAN did not say whether "
        "it would invite the military to the summit."
    )
    assert not any(a.kind == "group" for a in brief.actors)
    assert "military government" in next(a for a in brief.actors if a.name == "Myanmar").aliases
    assert brief.next_steps == []


# ------------------------------------------------------------------ counted groups


def test_the_two_leaders_are_the_two_people_last_named_together() -> None:
    brief = brief_of(
        "Brazil hosted a summit on Amazon trade on Monday.\n\n"
        "Argentine President Javier Milei and Chilean President Gabriel Boric met in Brasilia "
        "on Tuesday. Brazil's foreign minister Mauro Vieira opened the meeting.\n\n"
        "The two leaders agreed to set up a joint commission on border crossings."
    )
    step = next(s for s in brief.next_steps if "joint commission" in s.what)
    assert {"Javier Milei", "Gabriel Boric"} <= set(step.by)
    assert "Mauro Vieira" not in step.by


def test_both_sides_are_the_two_actors_of_the_last_coordination() -> None:
    brief = brief_of(
        "The European Union mediated a new round of talks on Monday.\n\n"
        "Serbia and Kosovo sent delegations to Brussels.\n\n"
        "Both sides agreed to meet again in March."
    )
    step = next(s for s in brief.next_steps if "meet again" in s.what)
    assert set(step.by) == {"Serbia", "Kosovo"}


def test_a_counted_group_with_no_such_coordination_keeps_the_parties() -> None:
    brief = brief_of(
        "Norway and Chile signed an ocean agreement on Monday.\n\n"
        "The three ministers agreed to meet again in March."
    )
    step = next(s for s in brief.next_steps if "meet again" in s.what)
    assert set(step.by) == {"Norway", "Chile"}  # no three people named together: the parties


# ------------------------------------------------------------------ speakers of reported clauses


def test_a_reported_clause_whose_subject_names_no_one_is_the_reporters() -> None:
    brief = brief_of(
        "Brazil and Argentina signed a trade pact on Monday. Ukrainian President Olena Petrenko "
        'said the offensive was "to create a buffer zone along our border."'
    )
    claims = [p for p in brief.positions if "buffer zone" in p.what]
    assert len(claims) == 1
    assert "Olena Petrenko" in claims[0].by
    assert not {"Brazil", "Argentina"} & set(claims[0].by)


def test_members_a_subject_includes_speak_for_it() -> None:
    brief = brief_of(
        "Bolsonaro has said publicly the Amazon rainforest should be opened up to agriculture, "
        "and his critics, which include the group Greenpeace, blame him for the fires."
    )
    blamed = [p for p in brief.positions if p.what.startswith("blame")]
    assert [p.by for p in blamed] == [["Greenpeace"]]


@pytest.mark.parametrize(
    "text",
    [
        "Greenpeace published a report on Monday. Bolsonaro has said the forest should be "
        "opened up to agriculture, and his critics blame him for the fires.",
        "Japan and Germany met on Monday. Analysts are skeptical that the talks will work.",
    ],
)
def test_an_unnamed_group_of_people_is_nobody_rather_than_the_parties(text: str) -> None:
    brief = brief_of(text)
    spoken = [p for p in brief.positions if "forest" not in p.what]
    assert spoken and all(p.by == [] for p in spoken)


def test_what_an_unnamed_group_says_is_nobodys_claim() -> None:
    brief = brief_of("Japan and Germany met on Monday. Analysts say the talks will fail.")
    assert all(item.by == [] for item in [*brief.positions, *brief.next_steps])


def test_the_parties_of_a_first_sentence_are_not_inside_a_thing_it_came_up_with() -> None:
    brief = brief_of(
        "An international conference in London came up with a plan to fight al-Qaeda's "
        "presence in Yemen. Analysts are skeptical that the plan will work."
    )
    assert all("al-Qaeda" not in item.by for item in [*brief.positions, *brief.next_steps])


def test_the_country_is_the_country_named_last() -> None:
    brief = brief_of(
        "South Korea fired shells on Monday. Citing North Korea's news agency KCNA, Yonhap "
        "said the country's military has been placed on high alert."
    )
    assert [d.by for d in brief.demands] == [["North Korea"]]


@pytest.mark.parametrize(("word", "speaker"), [("latter", "United States"), ("former", "Kenya")])
def test_the_latter_and_the_former_are_the_last_two_actors(word: str, speaker: str) -> None:
    brief = brief_of(
        f"Kenya was criticised by the United States on Monday; the {word} condemned the "
        "bombings in Nairobi."
    )
    assert [p.by for p in brief.positions if "bombings" in p.what] == [[speaker]]


def test_both_leaders_named_apart_are_the_two_heads_of_government() -> None:
    brief = brief_of(
        "Serbian President Dragan Petrovic met EU envoy Marta Lind on Monday. Kosovo Prime "
        "Minister Arben Kala arrived later. Both leaders welcomed the agreement."
    )
    (welcome,) = brief.positions
    assert {"Dragan Petrovic", "Arben Kala"} <= set(welcome.by)
    assert "Marta Lind" not in welcome.by


def test_both_leaders_with_three_heads_named_is_left_to_the_other_rules() -> None:
    brief = brief_of(
        "Serbian President Dragan Petrovic, French President Anne Morel and Kosovo Prime "
        "Minister Arben Kala met in Paris. Both leaders welcomed the agreement."
    )
    (welcome,) = brief.positions
    assert set(welcome.by) != {"Dragan Petrovic", "Arben Kala", "Serbia", "Kosovo"}


def test_my_in_a_quoted_subject_is_the_speaker_not_who_the_phrase_names() -> None:
    brief = brief_of(
        'Kofi Mensah, the UN envoy, ended his visit to Kenya on Friday. "My talks with Kenyans '
        'have shown that there is a crisis of confidence in the leadership," Mensah said.'
    )
    crisis = [p for p in brief.positions if "crisis" in p.what]
    assert [p.by for p in crisis] == [["Kofi Mensah"]]


def test_a_third_party_inside_a_quotation_does_not_take_the_statement() -> None:
    brief = brief_of(
        'Israeli Prime Minister David Levin said the deal was a mistake. "Israel", he said, '
        '"is not bound by this deal while Iran is committed to the destruction of Israel."'
    )
    committed = [p for p in brief.positions if "destruction" in p.what]
    assert committed and all(p.by == ["David Levin"] for p in committed)


def test_a_body_named_inside_its_spokesman_quotation_keeps_the_statement_too() -> None:
    brief = brief_of(
        "The United Nations Security Council met on Sunday. Speaking after the meeting, "
        "Rwanda's ambassador Eugene Mutesi said, \"The members expressed concern. The members "
        'of the Security Council called for an immediate cessation of hostilities."'
    )
    called = [d for d in brief.demands if "cessation" in d.what]
    assert [d.by for d in called] == [["Eugene Mutesi", "United Nations Security Council"]]
