"""British spellings are read as American ones when the answerer scores words, never in the index."""

from __future__ import annotations

import pytest

import qa
from qa.spelling import american, with_apostrophes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Which NASA programme is it?", "Which NASA program is it?"),
        ("The organisations organised it", "The organizations organized it"),
        ("a centre of labour", "a center of labor"),
        ("They travelled and cancelled", "They traveled and canceled"),
        ("Programmes", "programs"),  # a changed word is lower-cased: only its terms are used
        ("the program and the Center", "the program and the Center"),  # American text stays as it is
        ("Premise, wise, rise", "Premise, wise, rise"),  # "-ise" words outside the table are left alone
    ],
)
def test_british_spellings_become_american(text: str, expected: str) -> None:
    assert american(text) == expected


def test_a_british_spelling_in_the_question_still_finds_the_american_sentence(seed: qa.Settings) -> None:
    answer = qa.ask("Which NASA programme do the reports compare with the China–Russia lunar station effort?", settings=seed)
    assert not answer.refused and "Artemis" in answer.text


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (
            "Whats the weight of the Pakistani cubesat flying on Chang'e-6",
            "What's the weight of the Pakistani cubesat flying on Chang'e-6",
        ),
        ("whos the ESPI fellow", "who's the ESPI fellow"),
        ("Why doesnt China name Russia?", "Why doesn't China name Russia?"),
        ("WHATS ITS NAME", "WHAT'S ITS NAME"),
        ("What is its mass?", "What is its mass?"),  # "its" is a word as written
        ("cant they say", "can't they say"),
    ],
)
def test_a_question_word_typed_without_its_apostrophe_is_read_with_it(typed: str, read: str) -> None:
    assert with_apostrophes(typed) == read


def test_a_measure_asked_without_the_apostrophe_is_refused_as_with_it(seed: qa.Settings) -> None:
    # blind373 np06: "Whats" hid the asked weight, and the payload list was given
    answer = qa.ask("Whats the weight of the Pakistani cubesat flying on Chang'e-6", settings=seed)
    assert answer.refused and not answer.citations
    assert answer.question == "Whats the weight of the Pakistani cubesat flying on Chang'e-6"  # as typed
