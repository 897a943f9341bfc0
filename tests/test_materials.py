"""What a thing is made of, and what would follow a failure: asked only of sentences that tell it."""

from __future__ import annotations

import pytest

import qa
from qa import contingency, materials, purposes
from tests.conftest import turns


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("ok and what is the rover made of?", True),
        ("Which material is the Becket Casket made from?", True),
        ("Of what material were the death rays pellets made?", True),
        ("What were chao made out of?", True),
        ("The Mission Council usually consists of whom?", False),  # a group's members, not a material
        ("What is the rover called?", False),
    ],
)
def test_a_question_asks_for_a_material(question: str, asked: bool) -> None:
    assert materials.asked(question) is asked


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("It will also host a Saudi Arabia rover weighing only 10 kg.", False),
        ("The casket is made of gilt copper.", True),
        ("Plastoglobuli contain lipids and proteins.", True),  # a material named without "made of"
        ("The chassis was built from a light alloy.", True),
    ],
)
def test_a_sentence_tells_a_material(sentence: str, told: bool) -> None:
    assert materials.told(sentence) is told


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("If the Chang'e-7 lander failed on touchdown, which mission would take over its science goals?", True),
        ("What would happen if the Saudi rover broke down?", True),
        ("If Roman numerals were used, what would Super Bowl 50 have been called?", False),  # no failure
        ("Why did the Luna-25 mission fail?", False),  # a failure that happened, not one supposed
    ],
)
def test_a_question_supposes_a_failure(question: str, asked: bool) -> None:
    assert contingency.asked(question) is asked


@pytest.mark.parametrize(
    ("question", "history", "why"),
    [
        (
            "ok and what is the rover made of?",
            [("How much does the Saudi rover on Chang'e-6 weigh?", "Only 10 kg.")],
            "never say what it is made of",
        ),
        (
            "If the Chang'e-7 lander failed on touchdown at the south pole, which mission would take over its science goals?",
            [],
            "never say what would happen if it failed",
        ),
    ],
)
def test_what_no_article_tells_is_refused_with_the_reason(
    seed: qa.Settings, question: str, history: list[tuple[str, str]], why: str
) -> None:
    answer = qa.ask(question, history=turns(*history), settings=seed)
    assert answer.refused and answer.citations == ()
    assert why in answer.text


def test_what_a_payload_is_going_to_study_is_asked_as_its_purpose(seed: qa.Settings) -> None:
    answer = qa.ask("what is pakistan's cubesat on chang'e-6 going to study", settings=seed)
    assert answer.refused and "is for" in answer.text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what's it going to look for up there?", True),
        ("What is it supposed to investigate once it's on the surface?", True),
        ("what is pakistan's cubesat on chang'e-6 going to study", False),  # named: judged by its name
        ("Where is it going?", False),
        ("The Italian retroreflector — what exactly is it supposed to measure?", False),  # "it" is named before the dash
    ],
)
def test_a_question_asks_what_it_is_for(question: str, asked: bool) -> None:
    assert purposes.asked_of_someone(question) is asked


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("It will also host a Saudi Arabia rover weighing only 10 kg.", False),
        ("China is also looking for partners for its deep space exploration missions.", False),  # allies, not work
        ("“Tianwen-2” in 2025 will fly to a near-Earth asteroid and try to get samples on it.", True),
    ],
)
def test_a_sentence_tells_some_work(sentence: str, told: bool) -> None:
    assert purposes.tells_work(sentence) is told


@pytest.mark.parametrize(
    ("question", "history", "refused"),
    [
        ("what's it going to look for up there?", ("What is Saudi Arabia contributing to Chang'e-6?", "A small rover."), True),
        ("What will it study?", ("What is Tianwen-2?", "A probe that will fly to a near-Earth asteroid in 2025."), False),
    ],
)
def test_what_it_is_for_is_answered_only_by_some_work(
    seed: qa.Settings, question: str, history: tuple[str, str], refused: bool
) -> None:
    assert qa.ask(question, history=turns(history), settings=seed).refused is refused
