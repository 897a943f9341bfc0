"""How a party presents something is answered by what the articles say it presents it as."""

from __future__ import annotations

import pytest

import qa
from qa import facts, kinds, pitches
from tests.conftest import candidate

ADVERTISES = "The Celestial Empire advertises it as a platform for international cooperation."


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How is China pitching its planned moon base to the rest of the world?", "pitch"),  # blind305 kz10
        ("How does China present the ILRS to other countries?", "pitch"),
        ("How was Luther presented as an image to spread Protestantism?", "pitch"),  # SQuAD
        ("and how is it being marketed?", "pitch"),
        ("Where did China pitch its missions?", "place"),  # a place asked, not a manner
        ("How many countries did China pitch Chang'e-7 to?", "count"),
        ("How is the station going to be built?", ""),
    ],
)
def test_asking_how_something_is_presented_is_its_own_kind(question: str, kind: str) -> None:
    assert kinds.asked(question).kind == kind


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (ADVERTISES, {"advertises it as a"}),
        ("Luther was presented as a stout man with a double chin.", {"presented as a"}),
        ("The project was billed as the first of its kind.", {"billed as the"}),
        ("The largest project that China is currently promoting is its lunar base.", set()),  # promoted, not as what
        ("China advertised that it was looking for new international collaborators.", set()),
    ],
)
def test_what_a_thing_is_presented_as_is_the_value(sentence: str, found: set[str]) -> None:
    question = "How is China pitching its planned moon base?"
    assert facts.values(kinds.asked(question), sentence, question) == found


@pytest.mark.parametrize(
    "question",
    [
        "How is China pitching its planned moon base to the rest of the world?",  # blind305 kz10, blind281 kb12
        "How is China pitching its planned lunar base to other countries?",  # blind2 c01
    ],
)
def test_what_the_base_is_advertised_as_leads_the_sentences_about_the_base(seed: qa.Settings, question: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert answer.text.startswith(ADVERTISES.rstrip("."))
    assert answer.citations[0].outlet == "ust_magazine"


def test_a_presentation_told_of_another_party_does_not_lead() -> None:
    about_base = candidate("China and Russia announced bold plans for a joint lunar base.", score=1.0)
    advertised = candidate(ADVERTISES, {"advertises it as a"}, score=0.7)
    ranked = [about_base, advertised]
    assert pitches.led("How is China pitching its moon base?", ranked, 0.33, 0.5)[0] is advertised
    # "The Celestial Empire" is China: what China advertises says nothing of how NASA pitches Artemis
    assert pitches.led("How is NASA pitching Artemis to its partners?", ranked, 0.33, 0.5)[0] is about_base
