"""A yes/no question is answered only by a sentence naming every country and agency it asks about."""

from __future__ import annotations

import pytest

import qa
from qa import parties, polar


@pytest.mark.parametrize(
    ("question", "lead", "unnamed"),
    [
        ("Has NASA invited China to join Artemis?", "NASA is partnering with multiple nations on Artemis.", ["China"]),
        ("Did NASA send a delegation to meet the Chinese officials?", "The Chinese space program has gone cool.",
         ["NASA"]),
        ("Is anything from Pakistan going on it?", "A Pakistani cubesat will be placed on Chang’e-6.", []),
        ("Did the European Space Agency send an experiment?", "Experiments from the ESA are aboard.", []),
        ("Will Italy fly on China's Chang'e-6?", "An Italian retroreflector will fly.", []),  # China hosts the mission
        ("Which countries did NASA invite?", "NASA is partnering with multiple nations.", []),  # not a yes/no question
    ],
)
def test_a_yes_no_answer_must_name_the_parties_asked_about(question: str, lead: str, unnamed: list[str]) -> None:
    assert polar.unnamed(question, lead) == unnamed


@pytest.mark.parametrize(
    ("word", "country"),
    [("Pakistani", "Pakistan"), ("Sweden", "Sweden"), ("Saudi", "Saudi Arabia"), ("Saudi Arabia", "Saudi Arabia"),
     ("Paris", "")],
)
def test_a_country_is_known_by_its_name_or_adjective(word: str, country: str) -> None:
    assert parties.country(word) == country


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Has NASA invited China to take part in the Artemis program?", True),  # the sentence is about NASA alone
        ("Is NASA partnering with other nations on Artemis?", False),
        ("Does the European Space Policy Institute researcher consider China and Russia natural allies?", False),
        # the best sentence names Russia alone; a close one naming China too leads instead
        ("Did China's IAC presentation mention Russia's role in the ILRS anywhere at all? Where?", False),
    ],
)
def test_yes_no_questions_over_the_seed_corpus(seed: qa.Settings, question: str, refused: bool) -> None:
    assert qa.ask(question, settings=seed).refused is refused
