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
