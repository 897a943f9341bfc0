"""Who built a thing, what a party is bound to do, a person's job title: asked only of sentences that tell it."""

from __future__ import annotations

import pytest

import qa
from qa import jobs, kinds, makers
from tests.conftest import turns

LISTING = "A Swedish negative ion detector and a French radon detection device will be placed on Chang’e-6."


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Which French lab or agency built it?", True),
        ("which institute or company built it?", True),
        ("Who designed the Vince Lombardi Trophy?", True),
        ("Who will build the lunar base?", True),
        ("Who is sending the Saudi rover?", False),  # a sender, not a maker
        ("Which countries have experiments on Chang'e-6?", False),
    ],
)
def test_a_question_asks_for_a_maker(question: str, asked: bool) -> None:
    assert makers.asks_maker(question) is asked


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        (LISTING, False),
        ("China and Russia signed a contract to build a lunar base together.", True),
        ("Also developed by Troika, the on-air design was intended to emphasize ABC.", True),
    ],
)
def test_a_sentence_tells_a_making(sentence: str, told: bool) -> None:
    assert makers.tells_maker(sentence) is told


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("who built that rover?", "rover"),  # blind240 im22
        ("Who designed the Sage Gateshead music center?", "Sage Gateshead music center"),  # SQuAD
        ("Which French lab built the radon detection device for Chang'e-6?", "radon detection device"),
        ("Who built it?", ""),  # "it" is in the last turn, read by ``tells_maker`` alone
        ("Who is sending the Saudi rover?", ""),  # no maker asked
    ],
)
def test_the_thing_whose_maker_is_asked_is_found(question: str, thing: str) -> None:
    assert makers.made_thing(question) == thing


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("China and Russia signed a cooperation contract to build a lunar base together.", False),  # no rover
        ("The rover was built by a team in Riyadh.", True),
        ("It will also host a Saudi Arabia rover weighing only 10 kg.", False),  # no making
        ("The rovers were designed in Riyadh.", True),  # a word of it, in any form
    ],
)
def test_a_sentence_tells_who_made_the_thing_asked_about(sentence: str, told: bool) -> None:
    assert makers.tells_maker_of("rover", sentence) is told


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("In March 2021 China and Russia signed a cooperation contract to build a lunar base together.", False),
        # "undertaken in cooperation" tells how missions are run, not what anyone promised
        ("Future Chang'e and Russian Luna missions would be undertaken in cooperation between the countries.", False),
        ("Under the deal Russia is obliged to supply the power plant.", True),
        ("Russia committed to building the landers.", True),
    ],
)
def test_a_sentence_tells_a_duty(sentence: str, told: bool) -> None:
    assert makers.tells_duty(sentence) is told


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what is his job title at the magazine?", True),
        ("What was Brown's job?", True),
        ("What is Marco Aliberti's position?", True),
        ("what's his actual job title at the magazine?", True),  # blind280 ka26
        ("What position does Von Miller play?", False),  # a player's place in a game
        ("What role does Russia play in the ILRS?", False),  # a country's part in a project
    ],
)
def test_a_question_asks_for_a_job_title(question: str, asked: bool) -> None:
    assert jobs.asked(question) is asked


def test_a_name_and_title_question_asks_for_a_name() -> None:
    question = "What's the name and title of the chief Chinese space official who pitched Chang'e-7 at the IAC?"
    assert kinds.asked(question).kind == "name"


@pytest.mark.parametrize(
    ("question", "history", "why"),
    [
        (
            "Which French lab or agency built it?",
            [("What is France contributing to Chang'e-6?", "A French radon detection device.")],
            "never say who built it",
        ),
        # blind324 ls19, blind325 lt19: "it" is what the earlier turn asked a country sends or contributes
        ("who built it?", [("What is France sending on Chang'e-6?", "A radon detection device.")], "never say who built it"),
        # blind368 nk26: what a country puts on a mission is its kit too
        (
            "who built it?",
            [("What is Pakistan putting on Chang'e-6?", "A Pakistani cubesat, according to ust_magazine.")],
            "never say who built it",
        ),
        (
            "who built it? which italian institute made it",
            [("What is Italy contributing to Chang'e-6?", "A retroreflector.")],
            "never say who built it",
        ),
        (
            "Under the 2021 lunar base agreement, what specifically is Russia obligated to build or supply for the ILRS?",
            [],
            "never say what anyone is bound to do",
        ),
        # Refused as too far off since 9f879e3: "the magazine" is no news the UST sentences meet, and no sentence
        # meets "job title", so none is close enough to be read for a title (the reason went with it)
        (
            "what is his job title at the magazine?",
            [("who wrote the TIME piece on China's moon partners?", "Jeffrey Kluger.")],
            "don't cover this",
        ),
        (
            "who built that rover?",
            [("Is any Middle Eastern country sending hardware on Chang'e-6?", "Yes, a Saudi Arabia rover of 10 kg.")],
            "never say who built it",
        ),
        (
            "What's the name and title of the chief Chinese space official who pitched Chang'e-7 to foreign partners at the IAC?",
            [],
            "don't cover this",
        ),
    ],
)
def test_what_no_article_tells_is_refused(seed: qa.Settings, question: str, history: list[tuple[str, str]], why: str) -> None:
    answer = qa.ask(question, history=turns(*history), settings=seed)
    assert answer.refused and answer.citations == ()
    assert why in answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Who will build the lunar base?", "China and Russia"),
        ("What is Marco Aliberti's job title?", "senior research fellow"),
    ],
)
def test_what_the_articles_tell_is_still_answered(seed: qa.Settings, question: str, expected: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert not answer.refused and expected in answer.text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("where did Marco Aliberti get his doctorate?", True),
        ("Which university did Tesla attend?", True),
        ("Which college did he graduate from?", True),
        ("At what degree are the pistons connected to the cranks?", False),  # an angle, not a diploma
    ],
)
def test_a_question_asks_for_schooling(question: str, asked: bool) -> None:
    assert jobs.asks_schooling(question) is asked


def test_schooling_no_article_tells_is_refused(seed: qa.Settings) -> None:
    answer = qa.ask("where did Marco Aliberti get his doctorate?", settings=seed)
    assert answer.refused and "never say where or what that person studied" in answer.text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("What did he do before?", True),
        ("Where did Golovin work prior to joining the panel?", True),  # SQuAD
        ("What was Aliberti's previous job?", True),
        ("What did China do before the congress?", False),  # a party's doings, not a career
        ("What previous work did Lavoisier's experiments discredit?", False),  # SQuAD: no one's former post
    ],
)
def test_a_question_asks_what_someone_did_before(question: str, asked: bool) -> None:
    assert jobs.asks_before(question) is asked


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Marco Aliberti, a senior research fellow at the European Space Policy Institute in Vienna", False),
        ("Wiesner hired Golovin, who had left NASA, to chair his own panel", True),  # SQuAD
        ("Before joining the institute, she worked at ESA.", True),
    ],
)
def test_a_sentence_tells_of_an_earlier_post(sentence: str, told: bool) -> None:
    assert jobs.tells_before(sentence) is told


def test_what_someone_did_before_is_refused_when_only_the_present_post_is_told(seed: qa.Settings) -> None:
    # blind309 ld24: his present post is no answer to what he did before it
    history = turns(("Who is Marco Aliberti?", "He's a senior research fellow at the European Space Policy Institute."))
    answer = qa.ask("What did he do before?", history=history, settings=seed)
    assert answer.refused and "never say what that person did before" in answer.text


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("how many of Russia's Luna missions are going to be carried out jointly with China?", "mission"),  # blind312 lg12
        ("How many of those missions are Russian?", "mission"),
        # SQuAD: "all four of his field goals" answers; counting "attempts" would refuse it
        ("How many of the four field goal attempts did McManus succeed at?", ""),
    ],
)
def test_the_noun_a_count_question_counts(question: str, unit: str) -> None:
    assert kinds.asked(question) == kinds.Asked("count", unit)


def test_a_count_of_missions_is_not_answered_by_a_single_slide(seed: qa.Settings) -> None:
    # blind312 lg12: "came on a single slide" counts slides, not the Luna missions done with China
    answer = qa.ask("how many of Russia's Luna missions are going to be carried out jointly with China?", settings=seed)
    assert answer.refused


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("what time of day did they give that talk?", "clock"),
        ("What time do they normally have tea?", "clock"),
        ("When did the congress open?", ""),
    ],
)
def test_a_time_of_day_is_asked_as_a_clock_time(question: str, unit: str) -> None:
    asked = kinds.asked(question)
    assert (asked.kind, asked.unit) == ("date", unit)


def test_a_time_of_day_no_article_gives_is_refused(seed: qa.Settings) -> None:
    history = [
        {"role": "user", "content": "Who spoke for China at the IAC about Chang'e-7?"},
        {"role": "assistant", "content": "A chief Chinese space representative."},
    ]
    assert qa.ask("what time of day did they give that talk?", history=history, settings=seed).refused


@pytest.mark.parametrize(
    ("question", "borrowed", "surnames"),
    [
        # the name the answer gave, carried alone after the earlier question
        ("what's his actual job title at the magazine?", "Who wrote the TIME article about Russia? Kluger", ("Kluger",)),
        ("what's her title?", "Who is quoted? Marco Aliberti of the European Space Policy Institute", ("Aliberti",)),
        ("What is Marco Aliberti's position?", "Who is quoted? Aliberti", ()),  # the question names its person
    ],
)
def test_his_title_is_asked_of_the_person_the_earlier_turn_names(question: str, borrowed: str, surnames: tuple[str, ...]) -> None:
    assert jobs.asked_of(question, borrowed) == surnames


def test_a_title_told_of_someone_else_does_not_answer_his(seed: qa.Settings) -> None:
    # blind280 ka26: "a senior research fellow" is Marco Aliberti's title, not Jeffrey Kluger's
    history = turns(("Who wrote the TIME article about China's moon missions and Russia?", "Jeffrey Kluger wrote it for TIME."))
    answer = qa.ask("what's his actual job title at the magazine?", history=history, settings=seed)
    assert answer.refused and answer.citations == () and "job title" in answer.text
    history = turns(("Who is the ESPI analyst quoted about Russia?", "Marco Aliberti, a senior research fellow."))
    answer = qa.ask("what's his actual job title?", history=history, settings=seed)
    assert not answer.refused and "senior research fellow" in answer.text
