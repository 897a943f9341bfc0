"""A measure belongs to the thing it is tied to: the rover's 10 kg is no answer about the cubesat."""

from __future__ import annotations

import pytest

import qa
from qa import holders
from tests.conftest import turns

LISTING = "A French radon detection device and a Pakistani cubesat will be placed on the mission. "
ROVER = "It will also host a Saudi Arabia rover weighing only 10 kg."
AT = ROVER.index("10 kg")


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("What is the mass of the Pakistani cubesat?", "cubesat"),
        ("How much does the Pakistani cubesat weigh?", "cubesat"),
        ("How heavy is the Saudi rover?", "rover"),
        ("What is the weight of the rover going on Chang'e-6?", "rover"),  # not "Chang'e-6"
        ("How heavy is the Saudi Arabian rover going on Chang'e-6?", "rover"),
        ("How heavy is it?", ""),  # a pronoun names nothing to check against
        ("And how heavy is the Saudi one?", ""),
        ("how heavy is the one from Saudi Arabia?", ""),  # "one" with its owner still names no thing
        ("How far is the Moon?", ""),  # not a question about mass or size of a thing
    ],
)
def test_the_thing_a_question_wants_measured(question: str, thing: str) -> None:
    assert holders.asked_object(question) == thing


@pytest.mark.parametrize(
    ("question", "around", "kept"),
    [
        ("What is the mass of the Pakistani cubesat?", LISTING + ROVER, []),  # tied to the rover, cubesat named
        ("How heavy is the Saudi rover?", LISTING + ROVER, [("10 kg", AT)]),
        ("How much does the Saudi payload weigh?", LISTING + ROVER, [("10 kg", AT)]),  # "payload" never named:
        # it may be the rover under another word, so the value stays for the other rules to judge
        ("How heavy is it?", LISTING + ROVER, [("10 kg", AT)]),
        # blind330 ly22: a rover is never a lander, named in the article or not
        ("What is the total mass of the Chang'e-6 lander?", ROVER, []),
        ("How much does the orbiter weigh?", ROVER, []),
        ("How heavy is the Saudi rover?", ROVER, [("10 kg", AT)]),
    ],
)
def test_a_measure_tied_to_another_named_thing_is_dropped(question: str, around: str, kept: list[tuple[str, int]]) -> None:
    assert holders.of_asked_object([("10 kg", AT)], ROVER, question, around) == kept


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        # "it" after a turn about Pakistan's cubesat: the weight is the Saudi rover's
        ("how much does it weigh? Is Pakistan contributing anything to Chang'e-6?", []),
        ("how heavy is the one from saudi arabia?", [("10 kg", AT)]),  # typed in lower case
        # China runs the mission; it owns none of the payloads, so it names no owner to check
        ("How heavy is it? Which country is sending a rover on China's Chang'e-6 mission?", [("10 kg", AT)]),
        ("How much does it weigh? Is any country putting a rover on a Chinese Moon mission?", [("10 kg", AT)]),
        ("How much does the Saudi rover that mission will carry weigh? Sweden France", [("10 kg", AT)]),
        ("How heavy is it?", [("10 kg", AT)]),  # no country named: nothing to judge
    ],
)
def test_a_measure_of_another_countrys_thing_is_dropped(question: str, kept: list[tuple[str, int]]) -> None:
    assert holders.of_asked_country([("10 kg", AT)], ROVER, question) == kept


@pytest.mark.parametrize(
    ("question", "history", "refused"),
    [
        (
            "how much does it weigh?",
            [("Is Pakistan contributing anything to Chang'e-6?", "Yes, a Pakistani cubesat will be placed on Chang'e-6.")],
            True,
        ),
        (  # blind218 hq21: the country the earlier turn asked for is in the answer, not the question
            "How much does it weigh?",
            [("Which country is putting a cubesat on Chang'e-6?", "Pakistan. A Pakistani cubesat will be placed on Chang'e-6.")],
            True,
        ),
        (
            "How much does it weigh?",
            [("Which country is sending a rover on Chang'e-6?", "Saudi Arabia. It will host a Saudi Arabia rover.")],
            False,
        ),
        (
            "how heavy is the one from Saudi Arabia?",
            [("What foreign payloads are going on Chang'e-6?", "A Swedish detector, a Pakistani cubesat and a Saudi rover.")],
            False,
        ),
    ],
)
def test_a_follow_up_weighs_the_thing_of_the_earlier_turn(
    seed: qa.Settings, question: str, history: list[tuple[str, str]], refused: bool
) -> None:
    answer = qa.ask(question, history=turns(*history), settings=seed)
    assert answer.refused is refused
    assert refused or "10 kg" in answer.text


def test_the_landers_weight_is_not_the_rovers(seed: qa.Settings) -> None:
    assert qa.ask("What is the total mass of the Chang'e-6 lander?", settings=seed).refused


def test_the_rovers_weight_is_still_answered(seed: qa.Settings) -> None:
    answer = qa.ask("How much does the Saudi rover on Chang'e-6 weigh?", settings=seed)
    assert not answer.refused and "10 kg" in answer.text


ALBIERTI = (
    "For now, Marco Albierti, a senior research fellow at the European Space Policy Institute in Vienna, "
    "told SpaceNews, look for Beijing to celebrate the importance of cooperation with Russia."
)


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("Who was the senior Chinese official who presented at the IAC?", []),  # a fellow is no official
        ("Who is the analyst SpaceNews quoted?", [("Marco Albierti", 8)]),  # a fellow is a commentator
        ("Who is the European Space Policy Institute researcher?", [("Marco Albierti", 8)]),
        ("Who told SpaceNews about Beijing?", [("Marco Albierti", 8)]),  # no role asked: nothing to judge
        ("Who currently directs the European Space Policy Institute?", []),  # who directs it is its head
        ("Who's in charge of that institute?", []),  # blind297 kr24: so is who is in charge of it
        ("Who in Beijing made the call to drop Russia's name?", []),  # blind333 mb20: a decider inside is an official
        ("Who decided to drop Russia's name?", [("Marco Albierti", 8)]),  # nobody inside named: nothing to judge
    ],
)
def test_a_name_given_another_role_than_the_one_asked_is_dropped(question: str, kept: list[tuple[str, int]]) -> None:
    assert holders.of_asked_role([("Marco Albierti", 8)], ALBIERTI, question) == kept
