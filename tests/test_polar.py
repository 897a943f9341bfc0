"""A yes/no question is answered only by a sentence naming every country and agency it asks about."""

from __future__ import annotations

import pytest

import qa
from qa import parties, polar


@pytest.mark.parametrize(
    ("question", "lead", "unnamed"),
    [
        ("Has NASA invited China to join Artemis?", "NASA is partnering with multiple nations on Artemis.", ["China"]),
        ("Did NASA send a delegation to meet the Chinese officials?", "The Chinese space program has gone cool.", ["NASA"]),
        ("Is anything from Pakistan going on it?", "A Pakistani cubesat will be placed on Chang’e-6.", []),
        ("Did the European Space Agency send an experiment?", "Experiments from the ESA are aboard.", []),
        ("Will Italy fly on China's Chang'e-6?", "An Italian retroreflector will fly on Chang’e-6.", []),  # China hosts it
        ("Which countries did NASA invite?", "NASA is partnering with multiple nations.", []),  # not a yes/no question
        (
            "Will Pakistan also have an instrument on Chang'e-7?",
            "A Pakistani cubesat will fly on Chang’e-6.",
            ["chang'e-7"],
        ),  # another member of the series
        ("Are the Chang'e-6, -7 and -8 missions crewed?", "Its Chang’e-6, Chang’e-7, and Chang’e-8 missions", []),
    ],
)
def test_a_yes_no_answer_must_name_the_parties_asked_about(question: str, lead: str, unnamed: list[str]) -> None:
    assert polar.unnamed(question, lead) == unnamed


def test_a_member_may_be_named_in_the_sentence_the_lead_refers_back_to() -> None:
    question = "Is Saudi Arabia sending a rover on Chang'e-6?"
    lead = "It will also host a Saudi Arabia rover weighing only 10 kg."
    assert polar.unnamed(question, lead) == ["chang'e-6"]
    assert polar.unnamed(question, lead, prior="A Pakistani cubesat will be placed on the Chang’e-6 mission.") == []


@pytest.mark.parametrize(
    ("word", "country"),
    [("Pakistani", "Pakistan"), ("Sweden", "Sweden"), ("Saudi", "Saudi Arabia"), ("Saudi Arabia", "Saudi Arabia"), ("Paris", "")],
)
def test_a_country_is_known_by_its_name_or_adjective(word: str, country: str) -> None:
    assert parties.country(word) == country


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("A Pakistani cubesat and a Saudi Arabia rover; Pakistan again.", ("Pakistan", "Saudi Arabia")),  # once, in order
        ("how heavy is the one from saudi arabia?", ("Saudi Arabia",)),  # typed in lower case
        ("The ESA and NASA", ()),  # agencies are parties, not countries
    ],
)
def test_the_countries_a_text_names(text: str, countries: tuple[str, ...]) -> None:
    assert parties.countries(text) == countries


@pytest.mark.parametrize(
    ("question", "refused"),
    [
        ("Has NASA invited China to take part in the Artemis program?", True),  # the sentence is about NASA alone
        ("Is NASA partnering with other nations on Artemis?", False),
        ("Does the European Space Policy Institute researcher consider China and Russia natural allies?", False),
        # the best sentence names Russia alone; a close one naming China too leads instead
        ("Did China's IAC presentation mention Russia's role in the ILRS anywhere at all? Where?", False),
        ("Will Pakistan also have an instrument on board Chang'e-7?", True),  # the cubesat flies on Chang'e-6
        ("Is Saudi Arabia sending a rover on Chang'e-6?", False),  # "It will also host ...", after Chang'e-6
        # blind221 ht08: sending is "will already be placed on"
        ("Is Pakistan sending anything on Chang'e-6, and if so what?", False),
        ("Is Pakistan sending anything on Chang'e-7?", True),
        ("Will the Tianwen-3 mission bring Martian samples back to Earth?", True),  # it "will go to Mars"
        ("Will the Chang'e-6, -7 and -8 missions carry astronauts?", False),  # "uncrewed landings" says it
        # no sentence says anything of power or reactors, only of the base at the south pole
        ("Will the ILRS base at the lunar south pole be powered by a nuclear reactor?", True),
        ("Does the ILRS plan include a nuclear reactor to power the lunar base?", True),  # no article has a word of it
        # no article mentions cosmonauts; the "crewed base" sentence says nothing of who will land
        ("Will Russian cosmonauts take part in the first crewed landing at the lunar research station?", True),
        ("Was there anything in China's IAC presentation indicating that the ILRS is a joint effort with Russia?", False),
        # blind318 lm19: the payload list claims no first
        ("Is Pakistan's cubesat on Chang'e-6 the first Pakistani payload ever sent to the Moon?", True),
    ],
)
def test_yes_no_questions_over_the_seed_corpus(seed: qa.Settings, question: str, refused: bool) -> None:
    assert qa.ask(question, settings=seed).refused is refused


@pytest.mark.parametrize(
    ("question", "lead", "unsaid"),
    [
        ("Will the Tianwen-3 mission bring Martian samples back to Earth?", "“Tianwen-3” will go to Mars.", True),
        ("Is anything from Pakistan going on it?", "A Pakistani cubesat will be placed on it.", False),  # no claim
        ("Are the missions crewed or uncrewed?", "Its missions—uncrewed landings on the moon", False),
        ("Will any of them carry astronauts?", "Its missions—uncrewed landings on the moon", False),  # a linked word
        ("Is Saudi Arabia sending a rover?", "It will also host a Saudi Arabia rover.", False),
        ("When will Tianwen-3 fly?", "“Tianwen-3” will go to Mars.", False),  # not a yes/no question
        # a passive question claims only what follows "be"
        (
            "Will the ILRS base at the lunar south pole be powered by a nuclear reactor?",
            "China and Russia announced plans for a joint ILRS, a crewed base at the moon’s south pole.",
            True,
        ),
        ("Will the lunar base be built at the south pole?", "The base will be launched at the South Pole.", False),
        # blind90 cs25: so does an active question's subject, up to its noun and the craft it is on
        (
            "Will Pakistan's cubesat on Chang'e-6 stay in orbit around the Moon?",
            "A Pakistani cubesat will already be placed on the upcoming Chang’e-6 mission.",
            True,
        ),
        ("Will the cubesat fly on Chang'e-6?", "A Pakistani cubesat will fly on Chang’e-6.", False),
        # blind287 kh21: countries are said by "nations"
        (
            "Is NASA doing that alone, or with other countries?",
            "NASA is partnering with multiple nations to return humans to the lunar surface.",
            False,
        ),
        # a claim of a first needs a sentence claiming one
        (
            "Is Pakistan's cubesat the first Pakistani payload ever sent to the Moon?",
            "A Pakistani cubesat will already be placed on the upcoming Chang’e-6 mission.",
            True,
        ),
        ("Is it the first Saudi rover ever sent to the Moon?", "It is the first Saudi rover to fly to the Moon.", False),
        # blind238 ik21: a follow-up's "So" leaves it a yes/no question
        (
            "So is ESA itself formally joining the ILRS?",
            "Chang’e-6 alone will have experiments aboard from Sweden, France, and the European Space Agency.",
            True,
        ),
    ],
)
def test_a_yes_no_answer_must_say_something_of_what_is_asked(question: str, lead: str, unsaid: bool) -> None:
    assert polar.unsaid(question, lead) is unsaid


VOCABULARY = frozenset({"ilr", "plan", "lunar", "base", "joint", "uncrew", "propos", "countri", "mission", "congress"})


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Does the ILRS plan include a nuclear reactor to power the lunar base?", "nuclear reactor"),
        ("Did NASA send a delegation to the congress?", "delegation"),
        # a participle after the noun tells of it: the thing asked about is the camera
        ("Will the mission carry a camera built by a European country?", "camera"),
        # one known word is enough: "joint" is said, whatever the articles call the effort
        ("Is the ILRS a joint effort with Russia?", ""),
        ("Did any country submit a proposal?", ""),
        # kin count: "astronauts" is said by "uncrewed"
        ("Will the missions carry any astronauts?", ""),
        # a plural subject without a determiner: the people asked about are nowhere in the articles
        ("Will Russian cosmonauts take part in the first crewed landing?", "cosmonauts"),
        ("Will Chinese astronauts take part in the first crewed landing?", ""),
        ("Does Futurism admit that it speculates?", ""),
        # only yes/no questions: elsewhere an unknown phrase may be answered in other words
        ("What does the plan include for a nuclear reactor?", ""),
    ],
)
def test_a_yes_no_question_about_a_thing_no_article_mentions(question: str, named: str) -> None:
    assert polar.unmentioned(question, VOCABULARY) == named


@pytest.mark.parametrize(
    ("question", "verbs"),
    [
        # blind216 ho16: no article speaks of approving or funding; "construction of the ILRS base" is said
        ("Has Beijing formally approved and funded construction of the ILRS lunar base yet?", "“approved” or “funded”"),
        ("Has Beijing signed and funded the ILRS plan?", ""),  # each verb must be unknown: "signed" is said
        ("Did NASA propose a joint mission?", ""),  # "propose" is said
        ("Does Futurism admit that it speculates?", ""),  # the claim is in the clause
        ("Has ESA confirmed it will fly on Chang'e-7?", ""),
        ("Did Russia's parliament ratify it?", ""),  # the subject is the parliament, not a name
        ("Will Russian cosmonauts land first?", ""),  # "Russian" describes the cosmonauts
        ("Did the agency approve the plan?", ""),  # a subject that is not a name is not read
        ("Who approved the plan?", ""),  # only yes/no questions
    ],
)
def test_a_yes_no_question_whose_verbs_no_article_uses(question: str, verbs: str) -> None:
    assert polar.unclaimed(question, VOCABULARY | {"sign"}) == verbs


def test_a_claim_no_article_makes_is_refused_by_name(seed: qa.Settings) -> None:
    answer = qa.ask("Has Beijing formally approved and funded construction of the ILRS lunar base yet?", settings=seed)
    assert answer.refused and answer.citations == ()
    assert "they never use the words “approved” or “funded”" in answer.text
