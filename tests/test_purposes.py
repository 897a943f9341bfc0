"""A question about what something is for is answered only by a sentence in which that thing acts or aims."""

from __future__ import annotations

import pytest

import qa
from qa import purposes
from tests.conftest import turns

CHANGE_6 = (
    "A Swedish negative ion detector, an Italian retroreflector, a French radon detection device and a "
    "Pakistani cubesat will already be placed on the upcoming Chang’e-6 mission."
)
HOST = "It will also host a Saudi Arabia rover weighing only 10 kg."
CHANGE_8 = (
    "The main attention is devoted to the mission “Chang’e-7”, which will land at the South Pole of the Moon "
    "and “Chang’e-8”, which will try to extract resources on it."
)


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("What scientific goal will the Pakistani cubesat on Chang'e-6 pursue?", "Pakistani cubesat"),
        ("What is the primary operational objective of the Chang'e-8 mission?", "Chang'e-8 mission"),
        ("What's the big goal for Chang'e-8 once it gets to the Moon?", "Chang'e-8"),
        ("What is the goal of China's Tianwen-2 mission, due in 2025?", "China's Tianwen-2 mission"),
        ("What is Chang'e-7's main goal?", "Chang'e-7"),
        ("What will the Pakistani cubesat on Chang'e-6 be studying?", "Pakistani cubesat"),
        ("What does the Swedish detector measure?", "Swedish detector"),
        # the science a craft does is what it is for
        ("What scientific measurements will Pakistan's cubesat make once it is on Chang'e-6?", "Pakistan's cubesat"),
        ("What data will Chang'e-7 send back?", "Chang'e-7"),
        # blind273 jt17: what it is built to measure
        ("What scientific measurements is the Italian retroreflector on Chang'e-6 designed to make?", "Italian retroreflector"),
        ("What experiments will China carry on Chang'e-6?", ""),  # what a country sends is no craft's purpose
        # a pronoun's thing is in the last turn, which this check does not read
        ("What will it be studying?", ""),
        ("What measurements do they take?", ""),
        # what someone expects another to do is no purpose of a thing
        ("What does he expect Beijing to do for now?", ""),
        ("What will Chang'e-8 attempt to do on the Moon?", ""),
        # what a device detects is answered by its name ("a radon detection device"), not read here
        ("What is the French device designed to detect?", ""),
        ("Which planets is Tianwen-4 meant to visit?", ""),
        # blind232 ie17: "exactly" after "what"
        ("What exactly will the Swedish negative ion detector on Chang’e-6 be measuring?", "Swedish negative ion detector"),
        # what a craft is going to do is what it is for; an ordinal's thing is in the last turn (blind2 c22)
        ("What will Chang'e-7 do once it lands?", "Chang'e-7"),
        ("What is the first of those supposed to do?", ""),
        ("What is China going to do with the data?", ""),  # done with something: no craft's purpose
        ("What is the ESA payload on Chang'e-6 designed to study?", "ESA payload"),  # blind234 ig26
        # blind243 ip09, blind244 iq16
        ("What is the Italian retroreflector on Chang'e-6 meant to be used for?", "Italian retroreflector"),
        ("What job does the Italian retroreflector actually perform once it's on the lunar surface?", "Italian retroreflector"),
        ("What is the Kingdom Hall used for?", ""),  # SQuAD: "X is used for ..." answers a bare "used for"
        ("What exactly will the Italian retroreflector be used for once it's on the Moon?", "Italian retroreflector"),
        ("what's the italian retroreflector on chang'e-6 actually used for?", "italian retroreflector"),  # blind276 jw15
        ("what is the Pakistani cubesat on Chang'e-6 actually for", "Pakistani cubesat"),  # blind315 lj12
        ("What is the Italian retroreflector on Chang'e-6 for?", "Italian retroreflector"),  # blind360 nc21
        # SQuAD: what a thing is known, good or responsible for is said of it, not a purpose
        ("What is the Rhine Gorge known for?", ""),
        ("What is the longest time that a teaching certificate is good for?", ""),
        ("What is the KNLS responsible for?", ""),
        ("What is something that teacher's are at a high risk for?", ""),
        ("What will scientists use the Italian retroreflector for?", "Italian retroreflector"),  # blind318 lm11
        ("What exactly is the Italian retroreflector on Chang'e-6 going to be used for?", "Italian retroreflector"),  # lw09
        ("What will scientists use it to do?", ""),  # "it" is in the last turn
        ("What did Low suggest using Apollo 8 for?", ""),  # SQuAD: a past suggestion, not a thing's purpose
        ("What's the Italian retroreflector on Chang'e-6 going to be used for?", "Italian retroreflector"),  # kd14
        ("what does the italian retroreflector on chang'e-6 actually do", "italian retroreflector"),  # blind289 kj23
        ("What function does ozone perform for the planet?", ""),  # SQuAD: what ozone does
        ("And what is the other one supposed to do?", ""),  # blind102 de15: "the other one" is in the last turn
        ("What exactly will the Italian retroreflector aboard Chang'e-6 be used to measure?", "Italian retroreflector"),
        ("what exactly is the italian retroreflector on chang'e-6 supposed to do?", "italian retroreflector"),  # jo07
        # blind294 ko07, blind295 kp06: asked inside a request; "it" is the topic set off before a dash
        ("Tell me what the Italian retroreflector on Chang'e-6 is meant to do scientifically.", "Italian retroreflector"),
        (
            "The Italian retroreflector going up on Chang'e-6 — what exactly is it supposed to measure?",
            "Italian retroreflector",
        ),
        ("Tell me what the Kingdom Hall is used for.", ""),  # a bare "used for", as above
        # blind249 iv05: two questions, not a topic set off before one
        ("What is the Italian retroreflector going on Chang'e-6 actually for — what will it measure?", "Italian retroreflector"),
        ("what's the ESA experiment on board actually designed to do?", "ESA experiment"),  # blind301 kv24
        # blind258 je12: how it travels is no part of the thing
        ("What does the Swedish negative ion detector flying on Chang'e-6 actually measure?", "Swedish negative ion detector"),
    ],
)
def test_the_thing_whose_purpose_is_asked_is_found(question: str, thing: str) -> None:
    assert purposes.asked(question) == thing


@pytest.mark.parametrize(
    ("thing", "sentence", "told"),
    [
        ("Chang'e-8", CHANGE_8, True),
        ("Chang'e-7", CHANGE_8, True),
        ("China's Tianwen-2 mission", "“Tianwen-2” in 2025 will fly to a near-Earth asteroid.", True),
        ("lander", "The goal of the lander is to map ice.", True),
        # carried by another craft: something is done to it, it does nothing
        ("Pakistani cubesat", CHANGE_6, False),
        ("Saudi Arabian rover", HOST, False),
        ("Italian retroreflector", CHANGE_6, False),
    ],
)
def test_a_sentence_tells_a_purpose_when_the_thing_acts_or_aims(thing: str, sentence: str, told: bool) -> None:
    assert purposes.told(thing, sentence) == told


@pytest.mark.parametrize(
    ("thing", "phrase"),
    [
        ("Pakistani cubesat", "the Pakistani cubesat"),
        ("Pakistan's cubesat", "Pakistan's cubesat"),
        ("Chang'e-8", "Chang'e-8"),
        ("Chang'e-8 mission", "the Chang'e-8 mission"),
        ("ILRS base", "the ILRS base"),
    ],
)
def test_a_refusal_names_the_thing_as_a_reader_would(thing: str, phrase: str) -> None:
    assert purposes.phrase(thing) == phrase


def test_the_goal_of_a_payload_the_articles_only_list_is_refused(seed: qa.Settings) -> None:
    answer = qa.ask("What scientific goal will the Pakistani cubesat on Chang'e-6 pursue?", settings=seed)
    assert answer.refused and answer.citations == ()
    assert "what the Pakistani cubesat is for" in answer.text


def test_the_goal_of_a_mission_is_told_by_what_it_will_try(seed: qa.Settings) -> None:
    answer = qa.ask("What is the stated objective of the Chang'e-8 mission?", settings=seed)
    assert not answer.refused and "extract resources" in answer.text


@pytest.mark.parametrize(
    ("question", "history", "says"),
    [
        # blind231 id25: "it" is the Saudi rover, which the articles only weigh
        (
            "What's it actually going to do once it's on the surface?",
            [
                {"role": "user", "content": "Is Saudi Arabia involved in any of China's moon missions?"},
                {"role": "assistant", "content": "Yes. Chang'e-6 will carry a Saudi Arabian rover that weighs only 10 kg."},
            ],
            "they never say what it is for",
        ),
        # blind243 ip11: an opening "and", and a "detector" named is no work told
        (
            "and what's it going to study once it's on the surface?",
            [
                {"role": "user", "content": "Which countries are putting hardware on Chang'e-6?"},
                {"role": "assistant", "content": "Sweden, Italy, France and Pakistan have instruments or a cubesat on it."},
            ],
            "they never say what it is for",
        ),
        # blind262 ji23: "it" is Saudi Arabia's rover; Chang'e-7's landing and Chang'e-8's mining are no work of it
        (
            "what's it going to study once it lands?",
            [
                {"role": "user", "content": "What is Saudi Arabia sending on Chang'e-6?"},
                {"role": "assistant", "content": "A small rover weighing only 10 kg."},
            ],
            "they never say what it is for",
        ),
        # blind232 ie17: the detector is listed among the payloads; why it matters is not said either
        (
            "What exactly will the Swedish negative ion detector on Chang’e-6 be measuring, and why does it matter?",
            [],
            "what the Swedish negative ion detector is for",
        ),
        # blind259 jf16: typed in lowercase, the refusal names it as the article writes it
        ("what does the swedish negative ion detector on chang'e-6 actually measure", [], "what the Swedish negative"),
        ("what's the goal of the saudi rover?", [], "what the Saudi rover is for"),  # "a Saudi Arabia rover"
        ("what is the Pakistani cubesat on Chang'e-6 actually for", [], "what the Pakistani cubesat is for"),  # lj12
        # blind318 lm11: both halves ask what it is for; the second's "it" is the first's retroreflector
        (
            "What is the Italian retroreflector on Chang'e-6 actually for? What will scientists use it to do?",
            [],
            "what the Italian retroreflector is for",
        ),
    ],
)
def test_what_a_listed_payload_does_is_refused(
    seed: qa.Settings, question: str, history: list[dict[str, str]], says: str
) -> None:
    answer = qa.ask(question, history=history, settings=seed)
    assert answer.refused and answer.citations == () and says in answer.text


def test_what_it_does_is_told_when_the_earlier_turn_names_it(seed: qa.Settings) -> None:
    # blind259 jf12 and blind170 fu11: the work told is of the craft the conversation or question names
    history = turns(
        (
            "Which Chinese moon mission got the most attention at the IAC?",
            "Chang'e-7, which is to land at the Moon's south pole; Chang'e-8 was also promoted.",
        )
    )
    answer = qa.ask("and what's the eight one meant to do?", history=history, settings=seed)
    assert not answer.refused and "extract resources" in answer.text
    answer = qa.ask("Where is China's Tianwen-2 probe headed in 2025, and what will it do there?", settings=seed)
    assert "try to get samples" in answer.text and "don't cover" not in answer.text


@pytest.mark.parametrize("question", ["what is chang'e-8 supposed to do?", "what exactly is chang'e-8 supposed to do?"])
def test_the_sentence_telling_what_the_thing_does_leads(seed: qa.Settings, question: str) -> None:
    # the slide's "the ILRS is supposed to be jointly spearheaded" shares "supposed" and led before
    answer = qa.ask(question, settings=seed)
    assert answer.text.startswith("The main attention is devoted to the mission “Chang’e-7”")
    assert "“Chang’e-8”, which will try to extract resources" in answer.text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what's that going to be used for", True),  # blind334 mc18
        ("What will it be used for?", True),
        ("What will the French one be used for?", False),  # its qualifier may pick a thing named here
        ("What is the Italian retroreflector meant to be used for?", False),  # named here: ``asked`` reads it
        ("What is it?", False),
    ],
)
def test_the_use_of_a_thing_only_the_last_turn_names(question: str, asked: bool) -> None:
    assert purposes.asked_use_of_it(question) is asked


LISTED = "A Swedish negative ion detector, an Italian retroreflector and a French radon detection device will fly."


@pytest.mark.parametrize(
    ("borrowed", "named"),
    [
        ("What is France contributing to Chang'e-6?", True),  # "a French radon detection device"
        ("What is Italy contributing to Chang'e-6?", False),  # "an Italian retroreflector" tells no use
        ("What is going on Chang'e-6?", True),  # no country: any instrument named for its work counts
    ],
)
def test_an_instrument_named_for_what_it_does(borrowed: str, named: bool) -> None:
    assert purposes.named_for_work(borrowed, [LISTED]) is named


@pytest.mark.parametrize(
    ("country", "refused"),
    [("Italy", True), ("France", False)],
)
def test_what_that_is_used_for_is_refused_unless_its_name_tells(seed: qa.Settings, country: str, refused: bool) -> None:
    history = turns((f"What is {country} contributing to Chang'e-6?", "One instrument."))
    answer = qa.ask("what's that going to be used for", history=history, settings=seed)
    assert answer.refused is refused
    assert not refused or "never say what it is for" in answer.text


@pytest.mark.parametrize(
    ("question", "thing", "of_someone"),
    [
        ("pakistani cubesat on chang'e-6 what is it actually for", "pakistani cubesat", False),  # blind339 mh23
        ("Chang'e-8 what is it supposed to do", "Chang'e-8", False),  # run on, no dash: the topic is "it"
        ("What's it for — what will it be used to do on the Moon?", "", True),  # blind340 mi22: the last turn's
        ("What's it for?", "", True),
        ("ok but what's it supposed to find out — why measure radon at all?", "", True),  # blind345 mn25
        ("what will it be used to do on the Moon?", "", True),
        ("What is the rover for?", "rover", False),  # named here (blind360 nc21); not SQuAD's "What is X used for?"
        ("Italian retroreflector on Chang’e-6 — what is it for?", "Italian retroreflector", False),  # blind343 ml08
    ],
)
def test_a_topic_run_on_and_what_its_for(question: str, thing: str, of_someone: bool) -> None:
    assert purposes.asked(question) == thing
    assert purposes.asked_of_someone(question) is of_someone


def test_what_its_for_after_a_turn_naming_a_payload_is_refused(seed: qa.Settings) -> None:
    history = turns(("What instrument is Italy sending on Chang'e-6?", "A retroreflector."))
    answer = qa.ask("What's it for — what will it be used to do on the Moon?", history=history, settings=seed)
    assert answer.refused and "never say what it is for" in answer.text
    answer = qa.ask("pakistani cubesat on chang'e-6 what is it actually for", settings=seed)
    assert answer.refused and "what the Pakistani cubesat is for" in answer.text
