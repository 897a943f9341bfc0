"""Which of two named things comes first is answered only by a sentence that orders something."""

from __future__ import annotations

import pytest

import qa
from qa import comparisons


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        # blind315 lj20
        ("Between NASA's Artemis program and the ILRS, which is expected to put astronauts at the lunar south pole first?", True),
        ("Which will land first, Chang'e-7 or Chang'e-8?", True),
        ("Which comes first: Tianwen-2 or Tianwen-3?", True),
        ("Which will get astronauts near the lunar south pole first — NASA's Artemis or the ILRS?", True),  # nu14
        ("Which country was the first to land on the Moon?", False),  # no two options named
        ("Which will land at the south pole, Chang'e-7 or Chang'e-8?", False),  # no order asked
        ("What was the first mission China opened to partners?", False),
        ("Will the ILRS put astronauts on the Moon before NASA's Artemis program does?", True),  # blind327 lv24
        ("Was the deal signed before the invasion of Ukraine?", False),  # past events: dates order them
    ],
)
def test_a_question_ordering_two_named_options_is_recognised(question: str, asked: bool) -> None:
    assert comparisons.asked(question) is asked


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Artemis will land astronauts before the ILRS is built.", True),
        ("China wants to reach the pole ahead of NASA.", True),
        ("The base will be bigger than any station before it.", True),
        ("Like NASA's long-delayed Artemis program, aims to set up shop near the Moon's south pole.", False),
        ("It was little more than a year ago, in June 2021, that China and Russia announced bold plans.", False),
        ("Uncrewed landings on the moon planned for later in this decade.", False),
    ],
)
def test_a_sentence_ordering_things_is_recognised(sentence: str, told: bool) -> None:
    assert comparisons.told(sentence) is told


def test_which_of_two_programmes_comes_first_is_refused_when_no_sentence_orders_them(seed: qa.Settings) -> None:
    answer = qa.ask(
        "Between NASA's Artemis program and the ILRS, which is expected to put astronauts at the lunar south pole first?",
        settings=seed,
    )
    assert answer.refused and answer.citations == ()
    assert "they never say which comes first" in answer.text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("is chang'e-8 going to cost more than chang'e-7?", True),  # blind325 lt24
        ("Is the ILRS base planned to be larger than NASA's Artemis base camp?", True),
        ("Was the bubonic plague spread faster or slower than modern bubonic plague?", True),  # SQuAD, as before
        ("Is the ILRS more than a plan?", False),  # what it is, not one thing weighed against another
        ("How much more will Chang'e-8 cost than Chang'e-7?", False),  # not a yes/no question
    ],
)
def test_a_yes_no_question_weighing_two_things_is_recognised(question: str, asked: bool) -> None:
    assert comparisons.asked_degree(question) is asked


def test_a_yes_no_comparison_no_sentence_makes_is_refused(seed: qa.Settings) -> None:
    answer = qa.ask("is chang'e-8 going to cost more than chang'e-7?", settings=seed)
    assert answer.refused and "they never compare the two" in answer.text
