"""How much each question word counts when the answerer scores sentences."""

from __future__ import annotations

import numpy as np
import pytest

import qa
from qa.lexical import LexicalIndex


@pytest.fixture()
def ten_chunks() -> LexicalIndex:
    df = {"moon": 5, "slide": 1}
    return LexicalIndex(0, [f"c{i}" for i in range(10)], [""] * 10, np.zeros(10), df, None)


@pytest.mark.parametrize(
    ("term", "unknown_as_rarest", "rank"),
    [
        ("moon", False, 0),  # in half the chunks: weighs least
        ("slide", False, 1),
        ("operational", False, 2),  # in no chunk: BM25 weighs it most
        ("operational", True, 1),  # as the answerer weighs it: as a word one chunk holds
    ],
)
def test_a_word_no_chunk_holds_weighs_as_the_rarest_one_when_asked(
    ten_chunks: LexicalIndex, term: str, unknown_as_rarest: bool, rank: int
) -> None:
    levels = sorted({ten_chunks.idf("moon"), ten_chunks.idf("slide"), ten_chunks.idf("operational")})
    assert ten_chunks.idf(term, unknown_as_rarest=unknown_as_rarest) == pytest.approx(levels[rank])


def test_words_the_articles_never_use_do_not_drown_the_ones_they_do(seed: qa.Settings) -> None:
    # "operational" is in no article; at full weight it pushed every sentence under the support threshold
    answer = qa.ask("By when is the lunar base expected to be operational?", settings=seed)
    assert not answer.refused and "2030s" in answer.text


def test_an_answer_lacking_the_asked_reason_adds_the_close_sentence_that_gives_one(seed: qa.Settings) -> None:
    # The lede about Paris covers every word but gives no reason; the SpaceNews sentence says "because of".
    answer = qa.ask("why wasnt russia at the paris congress", settings=seed)
    assert not answer.refused and "invasion of Ukraine" in answer.text


def test_a_sentence_the_asked_kind_lifts_to_the_top_is_not_refused_for_its_own_lower_support(seed: qa.Settings) -> None:
    # "interested in" answers what China is after, but shares few words with the question; the headline just
    # below it ("China Wants New Partners ...") is well above the support bar, so the question is covered.
    answer = qa.ask("What does the Ukrainian outlet claim China is really after in its dealings with Russia?", settings=seed)
    assert not answer.refused and "technology and production facilities" in answer.text


def test_things_counted_in_the_question_are_a_place_for_the_answer(seed: qa.Settings) -> None:
    # blind376 ns08: weighed, "two things" met "The only thing that remains unclear", and "cares" met nothing
    answer = qa.ask("ust_magazine claims China only cares about two things from Russia. What are they?", settings=seed)
    assert answer.text.startswith("The Celestial Empire is only interested in technology and production facilities")
