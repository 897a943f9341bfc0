"""A question asking what a named party said is answered only by a statement of theirs."""

from __future__ import annotations

import pytest

import qa
from qa.statements import asked_speaker, asked_topic, on_topic, speaker_forms, voices
from tests.conftest import turns


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("What did the European Space Agency say about flying on Chang'e-6?", "the European Space Agency"),
        ("What was NASA's reaction to China's invitation?", "NASA"),
        ("How did Roscosmos respond to being left out?", "Roscosmos"),
        ("How has NASA reacted to China courting new partners?", "NASA"),  # blind235 ih19
        ("What did the CNSA official who presented at the IAC say?", "the CNSA official"),  # who, not where
        ("What did the analyst say about the dilemma?", ""),  # a role alone may be worded otherwise
        ("What does the third article say China wants?", ""),  # an article is no speaker
        ("What do China's updated slides say about the start?", ""),  # nor are slides
        ("What did he say next?", ""),  # someone from an earlier turn
        ("When did China and Russia sign the deal?", ""),
        ("Has Moscow officially responded to being left out?", "Moscow"),  # whether it said anything at all
        ("Did NASA respond to China's call for partners?", "NASA"),
        ("Did Moscow put out any official response to being left off the slides?", "Moscow"),  # blind251 ix26
        ("Has the ESA issued a statement?", "the ESA"),
        # blind264 jk09: a country typed in lower case still names the speaker
        ("how did russian space officials react to being left off china's IAC slides", "Russian space officials"),
        # blind291 kl15: an agency typed in lower case names a speaker too
        ("how did nasa respond to china inviting other countries onto its chang'e missions", "NASA"),
        ("what does China now say on its slides about the start?", "China"),  # blind323 lr12: "now" is when
    ],
)
def test_the_speaker_whose_statement_is_asked_for(question: str, speaker: str) -> None:
    assert asked_speaker(question) == speaker


ESA = speaker_forms("the European Space Agency", {})
MOSCOW = speaker_forms("Moscow", {})
RUSSIAN_AGENCY = speaker_forms("Russia's space agency", {})
CNSA = speaker_forms("the CNSA official", {"cnsa": frozenset({"china", "nation", "space", "administr"})})


@pytest.mark.parametrize(
    ("forms", "sentence", "before", "speaks"),
    [
        (ESA, "The European Space Agency said it welcomed the offer.", "", True),
        (ESA, "ESA told reporters it would take part.", "", True),  # its initials
        (ESA, "Chang'e-6 will have experiments aboard from Sweden and the European Space Agency.", "", False),
        (ESA, "“It is a fine mission,” he added.", "The European Space Agency was pleased. ", False),  # another speaker
        (ESA, "“We are glad to fly,” it added.", "An official at the European Space Agency said so. ", True),
        (CNSA, "The China National Space Administration (CNSA) announced the plan.", "", True),  # spelled out
        (CNSA, 'Timelines released by the CNSA put it in the "reconnaissance" phase.', "", False),  # a term in quotes
        (MOSCOW, "“Partnering with Moscow was never the aim,” the fellow told SpaceNews.", "", False),  # spoken of
        (MOSCOW, "Moscow said “the plans stand.”", "", True),
        # a country's body is not the country: reported on, Russia says nothing through its space agency
        (RUSSIAN_AGENCY, "According to a new summary, the Chinese program has gone cool on Russia.", "", False),
        (RUSSIAN_AGENCY, "Russia's space agency said it would stay in the project.", "", True),
        (RUSSIAN_AGENCY, "The Russian space agency announced a delay.", "", True),
        # a document speaks, or a verb of saying is passive: Russia is named, not heard
        (
            MOSCOW,
            "The only hint that Moscow co-leads it came on a single slide, the report adds, which noted a joint plan.",
            "",
            False,
        ),
        (MOSCOW, "It is a jarring omission, given the fanfare since the partnership with Moscow was announced.", "", False),
        # "according to" a document is its account, not anyone's words (blind268 jo13)
        (MOSCOW, "According to a new summary released in Paris, the program has gone cool on Moscow.", "", False),
        (MOSCOW, "According to Moscow, the program is on track.", "", True),
        (
            MOSCOW,
            "China captioned the slides with the words “launched in 2014”.",
            "A roadmap named Moscow, in which it was noted.",
            False,
        ),
    ],
)
def test_a_statement_names_its_speaker_beside_a_sign_of_speech(
    forms: list[frozenset[str]], sentence: str, before: str, speaks: bool
) -> None:
    assert voices(forms, sentence, before) is speaks


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("What did the European Space Agency say about having its experiment carried on Chang'e-6?", True),
        ("What was NASA's reaction to China inviting international partners onto its Chang'e missions?", True),
        ("What did Aliberti say about Beijing's dilemma?", False),  # quoted at length
        ("What does TIME say about who has experiments flying on Chang'e-6?", False),  # an outlet says its articles
        ("Has Moscow officially responded to being left out of China's IAC presentations?", True),  # only spoken of
        ("Did Russia respond to being left off the slides?", True),  # blind251 ix26: the slide's report is no reply
        ("How did Russia react to being left off the slides?", True),
        ("What did Russia's space agency say about being left out of China's presentations in Paris?", True),
        # blind268 jo13: "According to a new summary ..." is a document's account; and China and Russia announcing
        # the ILRS in 2021 is no reaction to being left out
        ("How did Russia react to being left out of China's IAC presentations?", True),
        ("how did russian space officials react to being left off china's IAC slides", True),  # blind264 jk09
    ],
)
def test_a_party_the_articles_name_but_never_quote_gets_a_refusal(seed: qa.Settings, question: str, refused: bool) -> None:
    answer = qa.ask(question, settings=seed)
    assert answer.refused is refused
    if refused:
        assert "they give no statement by" in answer.text


@pytest.mark.parametrize(
    ("question", "topic", "pronoun"),
    [
        ("What has Marco Aliberti said about NASA's Artemis program?", "NASA's Artemis program", False),
        ("What did he say about NASA's Artemis program?", "NASA's Artemis program", True),
        ("did he say anything about how Moscow views the partnership?", "how Moscow views the partnership", True),
        ("What does TIME say about who has experiments on Chang'e-6?", "who has experiments on Chang'e-6", False),
        ("What did Roscosmos say in response to being left out?", "", False),  # a response, no topic
        ("What did Aliberti say?", "", False),
        # a reaction is on what it reacts to, when told in a few words (not "the request": SQuAD's Morgan "replied")
        (
            "How did Russia react to being left out of China's IAC presentations?",
            "being left out of China's IAC presentations",
            False,
        ),
        ("How did Morgan react to the request?", "", False),
    ],
)
def test_the_topic_a_statement_is_asked_on(question: str, topic: str, pronoun: bool) -> None:
    assert asked_topic(question) == (topic, pronoun)


ALIBERTI_QUOTE = (
    "“Be it in space or elsewhere, China has a very realistic view of Russia and partnering with Moscow has never "
    "been Beijing’s most preferred outcome, for the two countries are not natural partners,” Aliberti told SpaceNews."
)


@pytest.mark.parametrize(
    ("topic", "on"),
    [
        ("NASA's Artemis program", False),
        ("Beijing's view of Moscow", True),
        ("whether the two countries make natural partners", True),
        ("Russian attitudes", True),  # "Russian" counts for Russia
        ("it", True),  # no words of its own: nothing to check
    ],
)
def test_a_statement_is_on_a_topic_when_it_has_half_its_words(topic: str, on: bool) -> None:
    assert on_topic(topic, "Marco Aliberti", ALIBERTI_QUOTE) is on


@pytest.mark.parametrize(
    ("question", "history", "refused"),
    [
        ("What has Marco Aliberti said about NASA's Artemis program?", [], True),
        (
            "What did he say about NASA's Artemis program?",
            [("Who's the analyst quoted on the China-Russia space relationship?", "Marco Aliberti, a fellow at ESPI.")],
            True,
        ),
        (
            "And what did he say about whether the two countries make natural partners?",
            [("Who's the analyst quoted on the China-Russia space relationship?", "Marco Aliberti, a fellow at ESPI.")],
            False,
        ),
    ],
)
def test_a_statement_on_another_topic_is_no_answer(
    seed: qa.Settings, question: str, history: list[tuple[str, str]], refused: bool
) -> None:
    answer = qa.ask(question, history=turns(*history), settings=seed)
    assert answer.refused is refused
    if refused:
        assert "statement by Marco Aliberti about" in answer.text or "quote no one on" in answer.text


def test_a_quote_left_open_is_no_statement_by_a_party_it_names(seed: qa.Settings) -> None:
    # blind340 mi18: TIME's "look for Beijing to “officially celebrate ... with Russia" (the quote closes in the
    # next sentence) was read as a statement by "Russian officials", its "officially" their stem
    history = turns(("What dilemma did Marco Aliberti say Beijing faces?", "A real partnership or dropping it."))
    answer = qa.ask("How did Russian officials respond to what he said?", history=history, settings=seed)
    assert answer.refused and "they give no statement by Russian officials" in answer.text
