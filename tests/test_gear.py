"""A question for an instrument or payload is answered by a sentence naming that kit, of the party asked about."""

from __future__ import annotations

import pytest

import qa
from qa import gear, kinds

PAYLOADS = (
    "A Swedish negative ion detector, an Italian retroreflector, a French radon detection device and a "
    "Pakistani cubesat will already be placed on the upcoming Chang’e-6 mission."
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What instrument is Italy contributing to Chang'e-6?", "gear"),
        ("What French device is among the payloads planned for Chang'e-6?", "gear"),
        ("What scientific instruments will the Saudi rover carry?", "gear"),
        ("And what kind of instrument is the Swedish one?", "gear"),
        ("Which countries have experiments aboard Chang'e-6?", "place"),  # the kit is not what is asked for
        ("Who has experiments flying on Chang'e-6?", "name"),
        ("What rover will Chang'e-6 carry?", "gear"),  # which one, told by whose it is
        ("Which Chinese rover found signs of an ancient ocean on Mars?", "title"),  # a rover's name
    ],
)
def test_a_question_for_kit_is_told_from_one_that_mentions_kit(question: str, kind: str) -> None:
    assert kinds.asked(question).kind == kind


@pytest.mark.parametrize(
    ("question", "sentence", "kit"),
    [
        ("What instrument is Italy contributing?", PAYLOADS, ["Italian retroreflector"]),  # not Sweden's
        ("What instrument will Pakistan's cubesat carry?", PAYLOADS, []),  # the cubesat is not its own kit
        (
            "What instruments will the Chang'e-7 orbiter carry?",
            "It is open to proposals for its Chang'e-7 lander and orbiter mission.",
            [],
        ),  # a lander is no instrument
        ("What payload is Saudi Arabia sending?", "It will also host a Saudi Arabia rover.", ["Saudi Arabia rover"]),
        ("What rover will it carry?", "It will also host a Saudi Arabia rover.", ["Saudi Arabia rover"]),
        ("Which rover will fly on it?", "Its lander and a rover will fly.", []),  # a lander is no rover; whose rover?
        ("What is Saudi Arabia sending?", "It will also host a Saudi Arabia rover weighing 10 kg.", ["Saudi Arabia rover"]),
        (
            "What instruments will fly on China's Chang'e-6?",
            PAYLOADS,  # China owns the mission, not the kit
            ["Swedish negative ion detector", "Italian retroreflector", "French radon detection device", "Pakistani cubesat"],
        ),
        ("What experiment is the European Space Agency contributing?", PAYLOADS, []),
        ("What instrument is the ESA sending?", "Chang’e-6 will have experiments aboard from Sweden and the ESA.", []),
        ("What instruments will the Saudi rover carry?", "It will also host a Saudi Arabia rover weighing 10 kg.", []),
        ("What instruments will the Saudi rover carry?", PAYLOADS, []),  # none named as the rover's
        ("What devices will the lander carry?", "There is room on these devices for research equipment.", []),
    ],
)
def test_kit_counts_only_when_named_and_of_a_party_asked_about(question: str, sentence: str, kit: list[str]) -> None:
    assert [name for name, _ in gear.found(sentence, question)] == kit


@pytest.mark.parametrize(
    ("question", "covered"),
    [
        ("What instrument is Italy contributing?", {"instrument", "contribut"}),
        ("Which device is France sending to the Moon?", {"devic", "send"}),
        ("Who founded the ILRS?", set()),
    ],
)
def test_a_named_piece_of_kit_covers_the_words_asking_for_it(question: str, covered: set[str]) -> None:
    assert gear.kit_terms(question) == covered


def test_words_for_kit_that_fit_no_retrieved_text_are_not_held_against_it() -> None:
    assert gear.fits([PAYLOADS])
    assert not gear.fits(["Chopin played the piano from the age of six."])


@pytest.mark.parametrize(
    "question",
    [
        "What experiment is the European Space Agency contributing to Chang'e-6?",
        "What scientific instruments will the Saudi rover carry on Chang'e-6?",
        "What instrument is Italy contributing to Chang'e-7?",  # only Chang'e-6's kit is named
    ],
)
def test_a_party_said_to_send_kit_but_not_which_is_refused(seed: qa.Settings, question: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert answer.refused and answer.citations == ()


@pytest.mark.parametrize(
    ("question", "gold"),
    [
        ("What instrument is Italy contributing to China's Chang'e-6 mission?", "retroreflector"),
        ("What French device is among the payloads planned for Chang'e-6?", "radon detection device"),
        # the kit named answers the kit word and the giving: "an Italian retroreflector" is what Italy contributes
        ("What instrument is Italy contributing?", "retroreflector"),
        ("what device does pakistan provide?", "cubesat"),
    ],
)
def test_the_kit_of_the_party_asked_about_is_answered(seed: qa.Settings, question: str, gold: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert not answer.refused and gold in answer.text
