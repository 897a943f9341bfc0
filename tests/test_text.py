"""Text helpers the answerer leans on: what an acronym stands for, the words inside a one-word name, who is quoted,
which country an epithet or an adjective names."""

from __future__ import annotations

import re

import pytest

from qa.acronyms import expansions, spelled_out, with_expansions
from qa.demonyms import kin
from qa.text import camel_parts, plain_names, quote_parts, terms, without_opening, word_distance

ARTICLE = (
    "China left Russia out of its slides at the International Astronautical Congress (IAC) in Paris. "
    "Marco Aliberti of the European Space Policy Institute spoke to SpaceNews."
)


@pytest.mark.parametrize(
    ("acronym", "stands_for"),
    [
        ("iac", "International Astronautical Congress"),
        ("espi", "European Space Policy Institute"),
        ("ma", "Marco Aliberti"),  # any capitalised run has initials; only an acronym in a sentence uses them
    ],
)
def test_a_name_spelled_out_anywhere_says_what_its_initials_stand_for(acronym: str, stands_for: str) -> None:
    assert expansions(ARTICLE)[acronym] == frozenset(terms(stands_for))


@pytest.mark.parametrize(
    ("question", "spelled"),
    [
        ("Where does the ESPI analyst work?", "Where does the ESPI (European Space Policy Institute) analyst work?"),
        ("Was the IAC in Paris?", "Was the IAC in Paris?"),  # the article uses "IAC" itself
        ("Did NASA respond?", "Did NASA respond?"),  # the articles never spell it out
        ("Did the iac end?", "Did the iac end?"),  # only a capitalised acronym is one
    ],
)
def test_a_question_is_embedded_with_the_names_its_acronyms_stand_for(question: str, spelled: str) -> None:
    assert spelled_out(question, ARTICLE) == spelled


@pytest.mark.parametrize(
    ("sentence", "gains"),
    [
        ("Russia was not at the IAC because of its invasion of Ukraine.", set(terms("International Astronautical Congress"))),
        ("An ESPI fellow said so.", set(terms("European Space Policy Institute"))),
        ("The iac was held in Paris.", set()),  # only a capitalised acronym is one
        ("NASA is partnering with other nations.", set()),  # an acronym the text never spells out
    ],
)
def test_an_acronym_in_a_sentence_counts_as_the_name_it_stands_for(sentence: str, gains: set[str]) -> None:
    found = set(terms(sentence))
    expanded = with_expansions(found, sentence, expansions(ARTICLE))
    assert gains <= expanded
    assert expanded - found == gains - found


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("As SpaceNews reports, China advertised ...", set(terms("space news"))),
        ("Watch it on YouTube.", set(terms("you tube"))),
        ("NASA and the IAC met in Paris.", set()),  # acronyms and plain names are not run-together words
    ],
)
def test_a_name_run_together_in_one_word_counts_as_its_parts(text: str, parts: set[str]) -> None:
    assert camel_parts(text) == parts


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (  # a long quote, then who said it
            '"China has a very realistic view of Russia and partnering with Moscow was never preferred," '
            "European Space Policy Institute senior research fellow Marco Aliberti told SpaceNews.",
            (
                "China has a very realistic view of Russia and partnering with Moscow was never preferred,",
                "European Space Policy Institute senior research fellow Marco Aliberti told SpaceNews.",
            ),
        ),
        (  # the quote opens here and closes in a later sentence
            "For now, Marco Albierti, a fellow at the institute in Vienna, told SpaceNews, look for Beijing to "
            "“officially celebrate the importance of cooperation with Russia, while in parallel pursuing others.",
            (
                "officially celebrate the importance of cooperation with Russia, while in parallel pursuing others.",
                "For now, Marco Albierti, a fellow at the institute in Vienna, told SpaceNews, look for Beijing to",
            ),
        ),
        (  # a quote that began in an earlier sentence closes here
            "The station would follow by the mid-2030s,” the director said on Monday in Paris.",
            ("The station would follow by the mid-2030s,", "the director said on Monday in Paris."),
        ),
        # a few quoted words are part of the sentence's own topic, not a separate one
        ('China kept quiet "while omitting mention of Russia" at the IAC in Paris last week.', None),
        ('"We are open to international proposals for the lander and orbiter," he said.', None),  # speaker too short
        ("No quotation at all in this sentence about the lunar station.", None),
    ],
)
def test_a_sentence_quoting_someone_at_length_splits_into_the_quote_and_who_said_it(
    sentence: str, parts: tuple[str, str] | None
) -> None:
    assert quote_parts(sentence) == parts


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("The Celestial Empire is only interested in technology.", "China is only interested in technology."),
        ("partners of the Celestial Empire.", "partners of China."),
        ("The Kremlin did not comment.", "Russia did not comment."),
        ("Tianwen-3 will bring back samples from the Red Planet.", "Tianwen-3 will bring back samples from Mars."),
        ("Beijing now faces a dilemma.", "Beijing now faces a dilemma."),  # a capital is a place of its own
        ("an empire of celestial charts", "an empire of celestial charts"),  # only the capitalised epithet
    ],
)
def test_an_epithet_reads_as_the_name_it_stands_for(sentence: str, plain: str) -> None:
    assert plain_names(sentence) == plain


@pytest.mark.parametrize(
    ("words", "linked"),
    [
        ("an Italian retroreflector", {"itali"}),
        ("Italy", {"italian"}),
        ("a Swedish negative ion detector", {"sweden"}),
        ("the French and the Chinese", {"franc", "china"}),
        ("Italy and an Italian retroreflector", set()),  # both already there: nothing to add
        ("a Saudi Arabia rover", set()),  # the adjective is the country's own name
        ("NASA's long-delayed Artemis program", {"america", "american", "us"}),  # blind374 nq22: America's agency
        ("an American lunar programme", {"america", "nasa"}),
    ],
)
def test_a_countrys_adjective_points_at_the_country_and_back(words: str, linked: set[str]) -> None:
    assert kin(set(terms(words))) == linked


@pytest.mark.parametrize(
    ("question", "content"),
    [
        ("why wasn't russia at the congress", ["russia", "congress"]),
        ("why wasnt russia at the congress", ["russia", "congress"]),  # typed without the apostrophe
        ("Don't they say it doesn't matter?", ["matter"]),
        ("we're told they'd go", ["go"]),  # "we're" is not "were" plus "re"
        ("China's rover", ["china", "rover"]),
    ],
)
def test_contractions_are_not_content_words(question: str, content: list[str]) -> None:
    assert terms(question) == terms(" ".join(content))


@pytest.mark.parametrize(
    ("text", "cue", "gaps"),
    [
        ("Russian space agency head Yuri Borisov said so.", r"Russian", [-4]),
        # a name with its apostrophe and hyphen is one word: "“Chang’e-8”, which will try" puts "will" 2 after it
        ("the mission “Chang’e-8”, which will try to extract resources", r"\bwill\b", [2]),
        ("No name here, only a cue: Russian.", r"Russian", []),
    ],
)
def test_word_distance_counts_words_from_a_name_to_a_cue(text: str, cue: str, gaps: list[int]) -> None:
    def is_name(word: str) -> bool:
        return word.startswith(("Yuri", "Chang"))

    assert word_distance(text, is_name, re.finditer(cue, text)) == gaps


@pytest.mark.parametrize(
    ("question", "bare"),
    [
        ("ok and what's it for?", "what's it for?"),
        ("cool, what's it going to study up there?", "what's it going to study up there?"),  # blind282 kc26
        ("Thanks. When does it launch?", "When does it launch?"),
        ("Right ascension is measured how?", "Right ascension is measured how?"),  # no reply without a comma or stop
    ],
)
def test_a_follow_up_opening_words_are_set_aside(question: str, bare: str) -> None:
    assert without_opening(question) == bare
