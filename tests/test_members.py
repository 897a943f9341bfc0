"""Asked which other countries joined a project, a sentence must name one beyond those asked about."""

from __future__ import annotations

import pytest

import qa
from qa import members


@pytest.mark.parametrize(
    ("question", "project", "named"),
    [
        ("Apart from Russia, which other nations have officially joined the ILRS?", ("ILRS",), ("Russia",)),  # it22
        ("apart from china and russia, which countries have formally signed on to the ILRS?", ("ILRS",), ("China", "Russia")),
        ("Which other countries besides Russia have formally signed on as ILRS partners?", ("ILRS",), ("Russia",)),  # w26
        ("Besides China, which countries are taking part in Chang'e-6?", ("Chang'e-6",), ("China",)),
        # insisting on names, it need name no country (blind279 jz22); an agency is no project of its own
        ("Which specific countries has NASA signed up as partners for Artemis?", ("NASA", "Artemis"), ()),
    ],
)
def test_a_question_asking_who_else_joined(question: str, project: tuple[str, ...], named: tuple[str, ...]) -> None:
    assert members.asked(question) == members.Joining(project, named)


@pytest.mark.parametrize(
    "question",
    [
        "Which countries have already signed up to fly instruments on Chang'e-7?",  # no country to go beyond
        "Apart from Russia, which country signed on to the ILRS?",  # one country: its co-signer may be meant
        "Apart from Russia, which other nations have joined the lunar base?",  # no project's name
        "Which other countries does China want as partners?",  # no joining asked
        "Which countries have joined the ILRS?",  # neither beyond some nor insisting: China and Russia may answer
    ],
)
def test_questions_this_check_leaves_alone(question: str) -> None:
    assert members.asked(question) is None


RUSSIA = members.Joining(("ILRS",), ("Russia",))


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        # China is told beside Russia, as its co-founder
        ("In March 2021 China and Russia signed a contract to build a base, to be called the ILRS.", False),
        ("But Chinese space officials were absolutely mum on any further plans for the ILRS.", False),
        ("Sweden joined the ILRS last year.", True),
        ("Sweden joined the lunar base last year.", False),  # not the project asked about
        ("Pakistan and Russia are both members of the International Lunar Research Station.", False),
        ("Pakistan became a member of the International Lunar Research Station after Russia.", True),
    ],
)
def test_a_sentence_tells_a_member_beyond_those_asked_about(sentence: str, told: bool) -> None:
    assert members.told(RUSSIA, sentence) is told


@pytest.mark.parametrize(
    "question",
    [
        "Apart from Russia, which other nations have officially joined the ILRS?",  # blind247 it22
        "apart from china and russia, which countries have formally signed on to the ILRS?",  # blind262 ji22
        "Which other countries have signed up to join the ILRS since China and Russia announced it?",  # blind213 hl18
    ],
)
def test_who_else_joined_the_ilrs_is_refused(seed: qa.Settings, question: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert answer.refused and answer.citations == () and "that joined the ILRS" in answer.text


def test_who_else_takes_part_in_a_mission_with_listed_payloads_is_answered(seed: qa.Settings) -> None:
    answer = qa.ask("Besides China, which countries have signed up to fly experiments on Chang'e-6?", settings=seed)
    assert not answer.refused and "Sweden" in answer.text


def test_which_specific_countries_joined_is_refused_when_none_is_named(seed: qa.Settings) -> None:
    # blind279 jz22: "NASA is partnering with multiple nations" names none
    answer = qa.ask("Which specific countries has NASA signed up as partners for Artemis?", settings=seed)
    assert answer.refused and "they never name which countries joined Artemis" in answer.text


@pytest.mark.parametrize(
    ("question", "borrowed", "named"),
    [
        # blind283 kd25: the project and the countries to go beyond are the earlier turn's
        ("Which other countries have joined that project since then?", "When did Russia and China sign it?", ("Russia", "China")),
        ("which other countries are taking part in it?", "Which countries fly on Chang'e-6? Sweden France", ("Sweden", "France")),
        ("Which other countries have joined?", "When did Russia and China sign it?", None),  # nothing points back
        ("Apart from Russia, which other nations have joined the ILRS?", "", None),  # named here: ``asked``
    ],
)
def test_a_follow_up_asking_who_else_joined_the_project_of_the_earlier_turn(
    question: str, borrowed: str, named: tuple[str, ...] | None
) -> None:
    joining = members.asked_after(question, borrowed)
    assert (joining.named if joining else None) == named
