"""A question about a cost, a budget or who pays is answered only by a sentence that speaks of money."""

from __future__ import annotations

import pytest

import qa
from qa import costs


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("How is the cost being split between Beijing and Moscow?", True),  # blind267 jn18
        ("Who is paying for the lunar base?", True),
        ("What's the ILRS budget?", True),
        ("Who helped pay for the university's first building?", True),
        ("Where will the base be built?", False),
    ],
)
def test_a_question_about_money_is_recognised(question: str, asked: bool) -> None:
    assert costs.asked(question) is asked


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("China offers other countries to rent places on these devices.", True),
        ("The stadium was renovated at a cost of $200 million.", True),
        ("China has a very realistic view of Russia.", False),
    ],
)
def test_a_sentence_speaking_of_money_is_recognised(sentence: str, told: bool) -> None:
    assert costs.told(sentence) is told


def test_a_cost_no_sentence_speaks_of_is_refused(seed: qa.Settings) -> None:
    answer = qa.ask("How is the cost of the ILRS being split between Beijing and Moscow?", settings=seed)
    assert answer.refused and answer.citations == ()
    assert "they never say anything about its cost" in answer.text


def test_paying_is_answered_by_the_sentence_on_renting_places(seed: qa.Settings) -> None:
    answer = qa.ask("Do countries have to pay to put instruments on China's missions?", settings=seed)
    assert not answer.refused and "rent places" in answer.text
