"""British spellings are read as American ones when the answerer scores words, never in the index."""

from __future__ import annotations

import pytest

import qa
from qa.spelling import american


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
