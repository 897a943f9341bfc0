"""A question about where someone comes from is answered only by a sentence tying a country to that name."""

from __future__ import annotations

import pytest

import qa
from qa import nationality


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("What nationality is Marco Aliberti of the European Space Policy Institute?", "Marco Aliberti"),
        ("What is Jeffrey Kluger's nationality?", "Jeffrey Kluger"),
        ("Which country is Marco Aliberti from?", "Marco Aliberti"),
        ("What country does Aliberti come from?", "Aliberti"),
        ("Where is the Saudi rover from?", "Saudi rover"),
        ("ok and what's his nationality?", "his"),  # blind252 iy24: as "Which country is he from?"
        # where something happens or someone works is a place question, not an origin
        ("Where is the congress held?", ""),
        ("Where is Aliberti based?", ""),
        ("Which country is hosting the congress?", ""),
        ("Where did the first shipment of minerals ship from?", ""),
    ],
)
def test_whose_origin_is_asked_is_found(question: str, who: str) -> None:
    assert nationality.asked(question) == who


@pytest.mark.parametrize(
    ("who", "sentence", "told"),
    [
        ("Yuri Borisov", "Russian space agency head Yuri Borisov said so.", True),
        ("Saudi rover", "It will also host a Saudi Arabia rover weighing only 10 kg.", True),
        ("Ana Souza", "The engineer Ana Souza, who is from Brazil, built it.", True),
        # his institute's city and the institute's name say where he works, not where he is from
        (
            "Marco Aliberti",
            "Marco Albierti, a senior research fellow at the European Space Policy Institute in "
            "Vienna, told SpaceNews, look for Beijing to act.",
            False,
        ),
        # a country far from the name, in his quote, is what he talks about
        (
            "Marco Aliberti",
            "China has a very realistic view of Russia and partnering with Moscow has never been "
            "Beijing's most preferred outcome, for the two countries are not natural partners, "
            "Marco Aliberti told SpaceNews.",
            False,
        ),
    ],
)
def test_a_sentence_tells_an_origin_when_a_country_stands_near_the_name(who: str, sentence: str, told: bool) -> None:
    assert nationality.told(who, sentence) == told


@pytest.mark.parametrize(
    "question",
    ["What nationality is Marco Aliberti of the European Space Policy Institute?", "Where is Marco Aliberti from?"],
)
def test_the_nationality_of_a_quoted_analyst_is_refused(seed: qa.Settings, question: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert answer.refused and answer.citations == ()
    assert "where Marco Aliberti is from" in answer.text


def test_the_country_of_a_rover_is_told_by_its_adjective(seed: qa.Settings) -> None:
    answer = qa.ask("Which country is the rover on Chang'e-6 from?", settings=seed)
    assert not answer.refused and "Saudi Arabia" in answer.text
