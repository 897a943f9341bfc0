"""A why-question about a named party is answered by a reason told of that party, not of someone else."""

from __future__ import annotations

import pytest

import qa
from qa import reasons
from qa.text import terms
from tests.conftest import candidate


@pytest.mark.parametrize(
    ("question", "cited", "parties"),
    [
        ("Why did the European Space Agency decide to fly an experiment?", "", {"european", "space", "agenc", "esa"}),
        ("Why might Beijing be reluctant to abandon the plan?", "", {"china"}),  # a capital is its country
        ("Why, according to TIME, did China drop Russia?", "time", {"china", "russia"}),  # the outlet tells it
        ("Why, in Aliberti's view, is Moscow never the first choice?", "aliberti", {"russia"}),  # so does he
        ("Why is the omission striking?", "", set()),
        ("why did saudi arabia decide to put a rover on chang'e-6", "", {"saudi", "arabia"}),  # blind336 me16
        ("Why did French feel they had right to Ohio claim?", "", {"french", "ohio"}),  # SQuAD: read as written
    ],
)
def test_the_parties_a_why_question_names_are_found(question: str, cited: str, parties: set[str]) -> None:
    assert reasons.parties(question, set(terms(cited))) == parties


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The omission is striking, because in March 2021 China and Russia signed a contract.", True),
        ("Russia was not at the IAC because of its invasion of Ukraine.", False),
        ("The Celestial Empire is only interested in technology, because ...", True),  # an epithet for China
    ],
)
def test_a_reason_is_told_of_a_party_when_the_sentence_names_it(sentence: str, names: bool) -> None:
    assert reasons.names_any({"china"}, sentence) == names


def test_a_word_of_cause_gives_a_reason_and_a_question_naming_no_one_is_not_checked() -> None:
    cars = [candidate("An increase in imported cars forced General Motors and Ford to make small cars.")]
    assert reasons.given("Why did General Motors and Ford introduce small cars?", cars)  # "forced"
    assert not reasons.given("Why did Chrysler introduce small cars?", cars)  # told of others
    # SQuAD: "were not restored by the communist authorities" holds no word of cause; naming no one, not checked
    assert reasons.given("Why aren't the old buildings visible today?", [candidate("They were not restored.")])


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("Why did China and Russia pick the lunar south pole as the site for the ILRS?", {"lunar", "south", "pole"}),
        ("Why was the south pole chosen for the base?", {"south", "pole"}),  # passive: not "for the base"
        ("Why has the south pole been picked as the site?", {"south", "pole"}),
        ("Why did they opt for a crewed base over robots?", {"crew", "base"}),
        ("Why build the moon base at the south pole instead of somewhere else?", {"south", "pole"}),  # preferred
        ("Why did they launch from Florida rather than Texas?", {"florida"}),
        ("Why wasn't Russia at the IAC?", set()),  # no choice asked about
    ],
)
def test_what_a_why_question_asks_was_chosen_is_found(question: str, thing: set[str]) -> None:
    assert reasons.chosen(question) == thing


def test_a_reason_for_a_choice_must_speak_of_the_thing_chosen() -> None:
    # The reason given is why an omission is striking; it names a lunar base, not the south pole
    striking = [candidate("But the omission is striking, because China and Russia signed a contract to build a lunar base.")]
    striking[0].values = {"because"}
    assert not reasons.given("Why did China pick the lunar south pole as the site?", striking)
    assert reasons.given("Why did China pick a lunar base?", striking)


@pytest.mark.parametrize(
    "question",
    [
        "Why did China and Russia pick the lunar south pole in particular as the site for their research station?",
        "Why did the European Space Agency decide to put an experiment on a Chinese lunar mission?",
        "Why has NASA's Artemis program been delayed for so long?",  # "long-delayed" gives no reason
        "Why did Sweden choose to fly its negative ion detector on a Chinese mission?",
        "What's behind the delays to NASA's Artemis program that the articles mention?",  # blind274 ju22
        "Why does everybody want to build their moon base at the south pole instead of somewhere else?",
        "Why did Russia decide to team up with China on the ILRS?",  # blind319 ln18
        "why did saudi arabia decide to put a rover on chang'e-6",  # blind336 me16: typed in lower case
    ],
)
def test_a_why_question_whose_party_no_reason_is_told_of_is_refused(seed: qa.Settings, question: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert answer.refused and answer.citations == ()


@pytest.mark.parametrize(
    ("question", "sentence", "explains"),
    [
        ("why was russia missing from the paris congress?", "Russia was not at the IAC because of its invasion.", True),
        # the cause comes before Russia: it explains why the omission is striking
        ("Why was Russia missing?", "But the omission is striking, because in March 2021 China and Russia signed.", False),
        # the question is about Beijing, which the cause is not told of
        ("Why might Beijing be reluctant as it cools on Russia?", "Russia was not at the IAC because of its invasion.", False),
        ("Why was Russia missing?", "Russia was not at the IAC.", False),  # no cause
        ("why wasnt russia at the paris congress", "Russia was not at the IAC because of its invasion.", True),
        # SQuAD: only an absence is read; "to hide ..." answers this, in no word of cause
        ("Why did Tesla sever ties with his family?", "Tesla fired a secretary because of her weight.", False),
    ],
)
def test_a_cause_is_told_of_the_party_the_question_is_about(question: str, sentence: str, explains: bool) -> None:
    assert reasons.explains(question, sentence) is explains


@pytest.mark.parametrize(
    "question",
    [
        "why was russia missing from the paris congress / left off china's presentations?",  # blind239 il12
        "Why didn't Russia attend this year's astronautical congress in Paris?",  # blind110 dm03, once second
        # blind254 ja10: asked why China left Russia out, a sentence saying it accounts for the omission leads
        "Why do the reports think China stopped naming Russia as its partner at the congress?",
        "why did china stop mentioning russia?",
        "What's behind Russia being left out of China's IAC presentations?",  # blind272 js15: what is behind is why
        "what's the most likely explanation for china going quiet about russia at the congress?",  # blind287 kh15
        # blind158 fi17, blind304 ky10: keeping quiet about a party is its omission; the sentence holding the cause
        # of the omission ranks past the usual depth
        "What event is blamed for China keeping quiet about Russia at the congress?",
        "Why was Russia absent from, or left out of, China's pitch at the Paris astronautical congress?",  # blind53 bh17
        "what event do the reports blame for china going quiet about russia as a partner?",  # blind211 hj09
        # blind182 gg11: the sentence telling how Russia was left out scores twice this one, which still leads
        "Why was Russia absent from, or left out of, China's presentations at the Paris congress?",
    ],
)
def test_a_close_sentence_giving_the_reason_leads_one_that_gives_none(seed: qa.Settings, question: str) -> None:
    answer = qa.ask(question, settings=seed)
    assert answer.text.startswith("The SpaceNews report notes that Russia was not at the IAC because of its invasion")


def test_a_reason_told_a_few_sentences_down_still_answers(seed: qa.Settings) -> None:
    answer = qa.ask("Why didn't Russia attend the International Astronautical Congress in Paris?", settings=seed)
    assert not answer.refused and "invasion of Ukraine" in answer.text


def test_going_quiet_on_a_party_is_an_omission_whose_stated_cause_answers(seed: qa.Settings) -> None:
    # blind30 ak17: "the main reason for such a strange change is the war ..." and "... which could account for the
    # omission" each say what is behind the silence; either leads, not "what is behind China's silence remains unclear"
    answer = qa.ask("What's behind China going quiet on Russia, according to the coverage?", settings=seed)
    first = answer.text.split("[1]")[0]
    assert "war unleashed by Russia against Ukraine" in first or "because of its invasion of Ukraine" in first


def test_a_why_question_citing_an_outlet_is_led_by_that_outlets_reason(seed: qa.Settings) -> None:
    # blind50 be08: the omission's cause as SpaceNews tells it does not lead a question asking TIME's view
    question = (
        "Why does TIME think Beijing is unlikely to simply abandon the ILRS idea, even though it stayed quiet about it in Paris?"
    )
    answer = qa.ask(question, settings=seed)
    assert answer.text.startswith("China was hoping for something similar with Russia")
    assert "might not want to lose face" in answer.text.split("[1]")[0]


def test_a_degree_with_a_consequence_gives_a_reason() -> None:
    # blind16 w07: "with enough fanfare that Beijing might not want to lose face" holds no "because"
    fanfare = [candidate("The ILRS was announced with enough fanfare that Beijing might not want to lose face.")]
    assert reasons.given("Why might Beijing be reluctant to abandon the idea?", fanfare)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Why did Russia decide to team up with China on it in the first place?", True),  # blind319 ln18
        ("Why did Sweden join the ILRS?", True),
        ("why would pakistan partner with china", True),
        ("Why, in his view, was teaming up with Moscow never Beijing's first choice?", False),  # a judgement of it
        ("Why did China stop naming Russia as its partner?", False),
    ],
)
def test_a_why_question_about_entering_a_partnership_is_recognised(question: str, asks: bool) -> None:
    assert reasons.asks_partnering(question) is asks


@pytest.mark.parametrize(
    ("sentence", "tells"),
    [
        ("Russia joined the project because it needed a partner for its Luna missions.", True),
        ("Isolated by sanctions, Russia was forced to sign the deal.", True),
        # the partnership is what the cause says, not what it explains
        ("But the omission is striking, because in March 2021 China and Russia signed a cooperation contract.", False),
        ("Russia was not at the IAC because of its invasion of Ukraine — a jarring partnership to fail to mention.", False),
        ("China and Russia signed a cooperation contract in March 2021.", False),  # no cause
    ],
)
def test_a_reason_for_a_partnership_explains_the_partnering(sentence: str, tells: bool) -> None:
    assert reasons.tells_partnering(sentence) is tells


def test_why_a_party_entered_a_partnership_is_refused_when_only_the_omission_is_explained(seed: qa.Settings) -> None:
    history = [
        {"role": "user", "content": "When did China and Russia sign the deal to build the ILRS, according to Futurism?"},
        {"role": "assistant", "content": "In March 2021, they signed a cooperation contract to build a lunar base together."},
    ]
    answer = qa.ask("Why did Russia decide to team up with China on it in the first place?", history=history, settings=seed)
    assert answer.refused and "they give no reason for the partnership" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "What's behind China dropping its name?",
        "what's behind china dropping its name?",
        "Why is China staying quiet about Russia?",
    ],
)
def test_what_accounts_for_an_omission_answers_why_a_party_left_another_out(seed: qa.Settings, question: str) -> None:
    # the sentence giving the cause names Russia, the party left out, not China, who left it out
    answer = qa.ask(question, settings=seed)
    assert not answer.refused
    assert "Ukraine" in answer.text
