"""The sentence-level rerank: a passage that answers in one sentence rises to the top."""

from __future__ import annotations

from pathlib import Path

import pytest

import qa
from qa import rerank
from qa.engine import engine_for, reset
from qa.retrieve import retrieve
from tests.conftest import DATA, make_settings

ROCKET = "Which rocket family launched the Tianwen probe?"
RERANK_CORPUS = DATA / "rerank"  # three short articles; read-only here, ingest writes to tmp_path


@pytest.mark.parametrize(("depth", "first"), [(0, "diffuse.txt"), (8, "answer.txt")])
def test_a_passage_answering_in_one_sentence_outranks_one_sharing_words_throughout(
    tmp_path: Path, depth: int, first: str
) -> None:
    # diffuse.txt repeats the question's words across many sentences, so fusion ranks it first;
    # answer.txt says it in one sentence among unrelated ones. Depth 0 is fusion alone.
    settings = make_settings(RERANK_CORPUS, tmp_path / "index", rerank_depth=depth)
    qa.ingest(settings)
    try:
        passages = retrieve(engine_for(settings), ROCKET, 3).passages
        assert passages[0].article_id == first
        assert {p.article_id for p in passages} == {"diffuse.txt", "answer.txt", "other.txt"}
        assert next(p for p in passages if p.article_id == "diffuse.txt").score == 1.0  # score stays the fused one
    finally:
        reset(settings)


def test_the_answer_cites_the_one_sentence_that_says_it(tmp_path: Path) -> None:
    settings = make_settings(RERANK_CORPUS, tmp_path / "index")
    try:
        answer = qa.ask(ROCKET, settings=settings)
        assert "Long March 5" in answer.text
        assert answer.citations[0].article_id == "answer.txt"
    finally:
        reset(settings)


@pytest.mark.parametrize(
    ("text", "keep", "expected"),
    [
        ("Rocket parts. A Tianwen probe rocket launched. Rain fell.", 1, ["A Tianwen probe rocket launched."]),
        ("Rocket parts. A Tianwen probe rocket launched. Rain fell.", 2, ["A Tianwen probe rocket launched.", "Rocket parts."]),
        ("Rain fell. Snow fell.", 1, ["Rain fell."]),  # no word in common: reading order decides
    ],
)
def test_best_sentences_are_those_covering_most_of_the_question(text: str, keep: int, expected: list[str]) -> None:
    weights = {"rocket": 1.0, "tianwen": 3.0, "probe": 2.0}
    assert [text[s:e] for _, s, e in rerank.best_sentences(text, weights, keep)] == expected


def test_no_question_terms_means_nothing_to_rerank_by() -> None:
    assert rerank.best_sentences("Some text here.", {}, 2) == []


@pytest.mark.parametrize(
    ("env", "message"), [({"QA_RERANK_DEPTH": "-1"}, "QA_RERANK_DEPTH"), ({"QA_RERANK_SENTENCES": "0"}, "QA_RERANK_SENTENCES")]
)
def test_bad_rerank_settings_name_the_variable(env: dict[str, str], message: str) -> None:
    with pytest.raises(qa.QAError, match=message):
        qa.Settings.from_env(environ=env)
