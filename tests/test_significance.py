"""Why something matters is answered only by a sentence that says what it is worth or allows."""

from __future__ import annotations

import pytest

import qa
from qa import significance


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Why does it matter for lunar science?", True),  # blind232 ie17, the second half
        ("Why is shine-dalgarno sequence recognition important?", True),  # SQuAD
        ("Why is the south pole such a big deal?", True),
        ("Why were vocational subjects most important?", True),
        ("Why did Russia skip the congress?", False),  # a reason, read by qa.reasons
        ("What was the significance of the British win?", False),  # answered by what followed
        ("Does it matter which pole?", False),  # no "why"
        ("Why does the mission need it?", True),  # blind240 im07: what a thing is needed for
        ("Why does China need Russia?", False),  # a party's need is a motive, read by qa.reasons
    ],
)
def test_a_question_about_why_something_matters_is_recognised(question: str, asked: bool) -> None:
    assert significance.asked(question) is asked


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("It is considered essential for translation initiation.", True),
        ("The new structure would enable school drop-outs to be self-employed.", True),
        ("To provide better absolute bounds on the timing of deposition.", True),
        (
            "A Swedish negative ion detector, an Italian retroreflector, a French radon detection device and a "
            "Pakistani cubesat will already be placed on the upcoming Chang’e-6 mission.",
            False,
        ),
        ("It will also host a Saudi Arabia rover weighing only 10 kg.", False),
    ],
)
def test_a_sentence_saying_what_something_is_worth_is_recognised(sentence: str, told: bool) -> None:
    assert significance.told(sentence) is told


def test_why_a_listed_payload_matters_is_refused(seed: qa.Settings) -> None:
    answer = qa.ask("Why does the Swedish negative ion detector on Chang'e-6 matter for lunar science?", settings=seed)
    assert answer.refused and answer.citations == ()
