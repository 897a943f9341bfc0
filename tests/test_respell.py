"""A question word no article uses is read as the one article word a slip of the keys away."""

from __future__ import annotations

import pytest

import qa
from qa import respell

VOCABULARY = {"mission", "lunar", "attent", "joint", "albierti", "station", "nation"}
TABLE = {
    key: frozenset(w for w in VOCABULARY if key in respell._deletions(w) | {w})
    for word in VOCABULARY
    for key in respell._deletions(word) | {word}
}


@pytest.mark.parametrize(
    ("term", "nearest"),
    [
        ("mision", "mission"),  # a letter missing
        ("lunnar", "lunar"),  # a letter extra
        ("aliberti", "albierti"),  # two neighbours swapped
        ("mission", ""),  # known as it is
        ("lunr", ""),  # too short to judge
        ("statoin", "station"),
        ("nelson", ""),  # nothing close: a name the articles never mention stays unknown
        ("sation", ""),  # "nation" and "station" are both one slip away: no guess
    ],
)
def test_the_one_article_word_a_slip_away(term: str, nearest: str) -> None:
    assert respell.nearest(term, VOCABULARY, TABLE) == nearest


def test_a_common_english_word_is_never_read_as_a_slip(seed: qa.Settings) -> None:
    from qa.engine import engine_for

    engine = engine_for(seed)
    lexical = engine.lexical(engine.generation)
    assert respell.respelled("attend", "attend", lexical) == ""  # a word, not "attention" mistyped
    assert respell.respelled("lunnar", "lunnar", lexical) == "lunar"


def test_a_mistyped_question_is_still_answered(seed: qa.Settings) -> None:
    answer = qa.ask("Where will the lunnar base be built?", settings=seed)
    assert not answer.refused and "lunar base" in answer.text


def test_a_mission_typed_without_its_apostrophe_is_the_one_asked(seed: qa.Settings) -> None:
    # blind284 ke21: "change-6" is Chang’e-6, not a series of its own whose kit no sentence names
    answer = qa.ask("what kind of instrument is sweden flying on change-6", settings=seed)
    assert not answer.refused and "Swedish negative ion detector" in answer.text


@pytest.mark.parametrize(
    ("found", "wanted", "slipped"),
    [
        ({"albierti", "marco"}, {"aliberti", "beij"}, {"aliberti"}),  # TIME's spelling of the analyst asked about
        ({"aliberti"}, {"aliberti"}, set()),  # already there: nothing to forgive
        ({"station"}, {"nation"}, set()),  # common words: a different word, not a slip
        ({"albierti"}, {"alberto"}, set()),  # more than one slip apart
    ],
)
def test_a_name_the_sentence_spells_with_one_slip_counts_as_the_one_asked(
    found: set[str], wanted: set[str], slipped: set[str]
) -> None:
    assert respell.slips(found, wanted) == slipped


def test_a_question_spelling_a_name_as_one_outlet_does_finds_the_others_sentence(seed: qa.Settings) -> None:
    answer = qa.ask("What does Aliberti expect Beijing to do for now, according to TIME?", settings=seed)
    assert "officially celebrate" in answer.text
