"""The sentence-level rerank and the question analysis the answerer leans on."""

from __future__ import annotations

from pathlib import Path

import pytest

import qa
from qa import facts, rerank
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
    ("question", "focus"),
    [
        ("What dilemma does the analyst say Beijing faces?", {"dilemma"}),
        ("Which NASA program is the project compared to?", {"nasa", "program"}),
        ("What kind of object will Tianwen-2 visit?", {"object"}),
        ("And which outlet did?", {"outlet"}),
        ("What is China offering other countries?", set()),  # "what is": no focus phrase
        ("Where was the congress held?", set()),
    ],
)
def test_the_focus_phrase_names_the_kind_of_thing_asked_for(question: str, focus: set[str]) -> None:
    assert facts.focus(question) == focus


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What was the name of the Chinese official who presented the mission?", "name"),
        ("What are the names of the two analysts quoted?", "name"),
        ("What is the name of the lunar station?", ""),  # a thing, not a person
        ("When did they sign?", "date"),
    ],
)
def test_asking_for_a_persons_name_is_a_name_question(question: str, kind: str) -> None:
    assert facts.asked(question).kind == kind


def test_an_officials_name_the_articles_never_give_is_refused(seed: qa.Settings) -> None:
    answer = qa.ask("What was the name of the Chinese official who presented the Chang'e-7 opportunities at the IAC?",
                    settings=seed)
    assert answer.refused and answer.citations == ()


@pytest.mark.parametrize(("env", "message"), [({"QA_RERANK_DEPTH": "-1"}, "QA_RERANK_DEPTH"),
                                              ({"QA_RERANK_SENTENCES": "0"}, "QA_RERANK_SENTENCES")])
def test_bad_rerank_settings_name_the_variable(env: dict[str, str], message: str) -> None:
    with pytest.raises(qa.QAError, match=message):
        qa.Settings.from_env(environ=env)


@pytest.mark.parametrize(
    ("question", "sentence", "kind", "found"),
    [
        ("Where is his institute based?", "a fellow at the Policy Institute in Vienna, told SpaceNews", "place",
         {"policy institute", "vienna"}),
        ("In which city was the congress held?", "at the IAC in Paris last week", "place", {"iac", "paris"}),
        ("Where did they sign it?", "in March 2021 China and Russia signed", "place", set()),  # a month is no place
        ("Why didn't Russia attend?", "Russia was not at the IAC because of its invasion of Ukraine", "reason", {"because"}),
        ("What was the reason for the omission?", "The omission is striking.", "reason", set()),
    ],
)
def test_places_and_reasons_are_recognised(question: str, sentence: str, kind: str, found: set[str]) -> None:
    asked = facts.asked(question)
    assert asked.kind == kind
    assert facts.values(asked, sentence, question) == found


@pytest.mark.parametrize(
    ("question", "sentence", "found"),
    [
        ("In what year will Tianwen-3 launch?", "“Tianwen-2” in 2025 will fly to a near-Earth asteroid.", set()),
        ("In what year will Tianwen-2 launch?", "“Tianwen-2” in 2025 will fly to a near-Earth asteroid.", {"2025"}),
        ("When will Tianwen-3 fly?", "Tianwen-2 flies in 2025 and Tianwen-3 in 2028.", {"2028"}),
        ("When did they sign?", "In March 2021 China and Russia signed.", {"march 2021"}),  # no series named
    ],
)
def test_a_value_belongs_to_the_series_member_it_sits_next_to(question: str, sentence: str, found: set[str]) -> None:
    assert facts.values(facts.asked(question), sentence, question) == found
