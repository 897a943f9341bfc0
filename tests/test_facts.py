"""Question analysis the answerer leans on: the asked kind, the focus phrase, the values a sentence holds."""

from __future__ import annotations

import pytest

import qa
from qa import facts


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("What dilemma does the analyst say Beijing faces?", {"dilemma"}),
        ("Which NASA program is the project compared to?", {"nasa", "program"}),
        ("What kind of object will Tianwen-2 visit?", {"object"}),
        ("And which outlet did?", {"outlet"}),
        ("What is China offering other countries?", set()),  # "what is": no focus phrase
        ("Where was the congress held?", set()),
    ],
)
def test_the_focus_phrase_names_the_kind_of_thing_asked_for(question: str, focus: set[str]) -> None:
    assert facts.focus(question) == focus


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What was the name of the Chinese official who presented the mission?", "name"),
        ("What are the names of the two analysts quoted?", "name"),
        ("What is the name of the lunar station?", ""),  # a thing, not a person
        ("When did they sign?", "date"),
    ],
)
def test_asking_for_a_persons_name_is_a_name_question(question: str, kind: str) -> None:
    assert facts.asked(question).kind == kind


def test_an_officials_name_the_articles_never_give_is_refused(seed: qa.Settings) -> None:
    answer = qa.ask("What was the name of the Chinese official who presented the Chang'e-7 opportunities at the IAC?",
                    settings=seed)
    assert answer.refused and answer.citations == ()



@pytest.mark.parametrize(
    ("question", "sentence", "kind", "found"),
    [
        ("Where is his institute based?", "a fellow at the Policy Institute in Vienna, told SpaceNews", "place",
         {"policy institute", "vienna"}),
        ("In which city was the congress held?", "at the IAC in Paris last week", "place", {"iac", "paris"}),
        ("Where did they sign it?", "in March 2021 China and Russia signed", "place", set()),  # a month is no place
        ("Why didn't Russia attend?", "Russia was not at the IAC because of its invasion of Ukraine", "reason", {"because"}),
        ("What was the reason for the omission?", "The omission is striking.", "reason", set()),
    ],
)
def test_places_and_reasons_are_recognised(question: str, sentence: str, kind: str, found: set[str]) -> None:
    asked = facts.asked(question)
    assert asked.kind == kind
    assert facts.values(asked, sentence, question) == found


@pytest.mark.parametrize(
    ("question", "sentence", "found"),
    [
        ("In what year will Tianwen-3 launch?", "“Tianwen-2” in 2025 will fly to a near-Earth asteroid.", set()),
        ("In what year will Tianwen-2 launch?", "“Tianwen-2” in 2025 will fly to a near-Earth asteroid.", {"2025"}),
        ("When will Tianwen-3 fly?", "Tianwen-2 flies in 2025 and Tianwen-3 in 2028.", {"2028"}),
        ("When did they sign?", "In March 2021 China and Russia signed.", {"march 2021"}),  # no series named
    ],
)
def test_a_value_belongs_to_the_series_member_it_sits_next_to(question: str, sentence: str, found: set[str]) -> None:
    assert facts.values(facts.asked(question), sentence, question) == found
