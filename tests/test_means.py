"""A question about how something is done is answered only by a sentence that tells a way or a means."""

from __future__ import annotations

import pytest

import qa
from qa import means

CHANGE_6 = (
    "A Swedish negative ion detector, an Italian retroreflector, a French radon detection device and a "
    "Pakistani cubesat will already be placed on the upcoming Chang’e-6 mission."
)
CHANGE_8 = (
    "The main attention is devoted to the mission “Chang’e-7”, which will land at the South Pole of the Moon "
    "and “Chang’e-8”, which will try to extract resources on it."
)
HOST = "It will also host a Saudi Arabia rover weighing only 10 kg."
PROPOSALS = "China is open to international proposals for its Chang'e-7 lander and orbiter mission."


@pytest.mark.parametrize(
    ("question", "verb", "rest", "method"),
    [
        ("How will Chang'e-8 extract resources?", "extract", {"resourc"}, False),
        # blind322 lq25: taking its measurements is measuring
        ("How does the Swedish negative ion detector actually take its measurements?", "measur", set(), False),
        (
            "How is Chang'e-8 supposed to actually pull resources out of the lunar soil?",
            "pull",
            {"resourc", "lunar", "soil"},
            False,
        ),
        ("how is it powered though, solar?", "power", {"though", "solar"}, False),
        # the doer is not what is done ...
        ("How does CNSA decide which proposals get a slot?", "decid", {"propos", "slot", "get"}, False),
        # ... but in the passive the subject is what is done
        ("How was the fate of Luther decided?", "decid", {"fate", "luther"}, False),
        # blind349 mr09: what carries the detector is no part of the subject
        (
            "How does the Swedish negative ion detector going up on Chang'e-6 actually take its measurements?",
            "measur",
            set(),
            False,
        ),
        # blind333 mb08: the topic before the dash is the subject; its "ion" is no part of what is done
        ("Swedish negative ion detector on Chang'e-6 — how does it actually measure the ions?", "measur", set(), False),
        ("What technique will Chang'e-8 use to pull resources?", "", set(), True),
        ("What were the selection criteria?", "", set(), True),
        ("By what means is bulk oxygen shipped?", "", set(), True),
        # blind369 nl10: a process used to choose; a bare "What process ...?" is answered by a name in SQuAD
        ("What process does CNSA use to pick which foreign proposals get a slot on Chang'e-7?", "", set(), True),
        ("What's the process China will use to pick which foreign proposals get a slot?", "", set(), True),  # ns11
    ],
)
def test_a_how_question_names_the_act_asked_about(question: str, verb: str, rest: set[str], method: bool) -> None:
    asked = means.asked(question)
    assert asked is not None
    assert (asked.verb, set(asked.rest), asked.method) == (verb, rest, method)


@pytest.mark.parametrize(
    "question",
    [
        # words, not a means
        "How does TIME describe the Chang'e-6, -7 and -8 missions?",
        "How did Roscosmos respond to being left out?",
        "How is China offering other countries a spot on its landers?",
        # amounts, not a means
        "How many payloads will Chang'e-6 carry?",
        "How much does the Saudi rover weigh?",
        # the act is "classified"; "pull" belongs to what follows
        "How are forces classified with regard to push and pull strength?",
        "Strang is an Anglo-Saxon word which means what in modern English?",
        "What process do plants use to make food?",  # a process's name answers, as in SQuAD
    ],
)
def test_other_questions_ask_no_means(question: str) -> None:
    assert means.asked(question) is None


@pytest.mark.parametrize(
    ("question", "sentence", "told"),
    [
        # the act restated, with no way of doing it
        ("How will Chang'e-8 extract resources?", CHANGE_8, False),
        ("What technique will Chang'e-8 use to pull resources?", CHANGE_8, False),
        # the act told in other words, but nothing of what is measured
        ("How does the Swedish negative ion detector measure ions at the lunar surface?", CHANGE_6, False),
        ("how is it powered though, solar?", HOST, False),
        # "on the moon" alone is not what the question says of Chang'e-8
        (
            "How will Chang'e-8 extract resources on the Moon?",
            "China opened its Chang’e-6, Chang’e-7, and Chang’e-8 missions—uncrewed landings on the moon.",
            False,
        ),
        # proposals invited is no choice among them
        ("How does CNSA decide which foreign proposals get a slot?", PROPOSALS, False),
        # SQuAD: a means after the verb, or before it, or after a purpose clause
        ("How are packets normally transmitted?", "Packets are transmitted by intermediate nodes.", True),
        ("How are the packets delivered?", "The packets are delivered individually.", True),
        ("How was Tesla's mechanical oscillator powered?", "Tesla invented a steam-powered mechanical oscillator.", True),
        ("How did the settlers protect their interests?", "To protect their interests, the settlers banned coffee.", True),
        ("How did the settlers get land?", "The settlers were granted land in exchange for labour.", True),
        ("How was the fate of Luther decided?", "Private conferences were held to determine Luther's fate.", True),
        ("By what means is oxygen shipped?", "Oxygen is shipped using insulated tankers.", True),
        ("What technique is used?", "The technique is described in the paper.", True),
    ],
)
def test_a_sentence_tells_a_means_only_with_a_way_of_doing(question: str, sentence: str, told: bool) -> None:
    asked = means.asked(question)
    assert asked is not None
    assert means.told(asked, sentence) == told


@pytest.mark.parametrize(
    "question",
    [
        "How is Chang'e-8 supposed to actually pull resources out of the lunar soil — what's the technique?",
        "How does CNSA decide which foreign proposals get a slot on its spacecraft?",
        "How will Chang'e-8 extract resources on the Moon?",
        "How does the Swedish negative ion detector on Chang'e-6 actually take its measurements?",  # blind322 lq25
        "Swedish negative ion detector on Chang'e-6 — how does it actually measure the ions?",  # blind333 mb08
    ],
)
def test_a_means_no_article_tells_is_refused(seed: qa.Settings, question: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert answer.refused and answer.citations == ()
    assert "never say how it is done" in answer.text


def test_a_way_the_articles_tell_is_still_answered(seed: qa.Settings) -> None:
    answer = qa.ask("How is China offering other countries a spot on its Chang'e-7 and Chang'e-8 landers?", settings=seed)
    assert not answer.refused and "rent places" in answer.text
