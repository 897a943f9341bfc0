"""Metric functions against hand-computed tables; question-set validation with line numbers; summaries and comparisons."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from qa import metrics
from qa.questions import QuestionSetError, load
from qa.summary import Outcome, compare, is_regression, summarize

L2, L3, L4, L5 = math.log2(2), math.log2(3), math.log2(4), math.log2(5)


@pytest.mark.parametrize(
    ("text", "needles", "expected"),
    [
        ("The mayor said the work cost “12 million euros”.", ['"12 million euros"'], True),  # curly vs straight quotes
        ("It was the festival’s largest lantern", ["festival's largest"], True),
        ("PARIS hosted the congress", ["paris"], True),  # case
        ("New\n   York  City", ["new york city"], True),  # white space
        ("ﬁnal report", ["final"], True),  # NFKC folds the ligature
        ("Ｔｏｋｙｏ", ["Tokyo"], True),  # NFKC folds full-width letters
        ("Tampa, Florida", ["Glendale", "Arizona"], False),
        ("anything", ["", "   "], False),  # empty needles never match
        ("anything", [], False),
    ],
)
def test_contains_any_normalises_before_matching(text: str, needles: list[str], expected: bool) -> None:
    assert metrics.contains_any(text, needles) is expected


@pytest.mark.parametrize(
    ("text", "numbers", "expected"),
    [
        ("Cables were replaced [1]. It cost 12 million [2].", [1, 2], True),
        ("Cables were replaced [1][2].", [1, 2], True),
        ("Only one marker [1].", [1, 2], True),  # an unused citation is not a broken marker
        ("A marker with no citation [3].", [1, 2], False),
        ("The articles don't cover this.", [], True),
    ],
)
def test_markers_resolve_when_every_marker_names_a_citation(text: str, numbers: list[int], expected: bool) -> None:
    assert metrics.markers_resolve(text, numbers) is expected


def test_markers_are_read_and_stripped() -> None:
    assert metrics.markers("a [1] b [12][2].") == [1, 12, 2]
    assert metrics.strip_markers("It was 30 metres long [1][2].") == "It was 30 metres long."


@pytest.mark.parametrize(
    ("prediction", "golds", "em", "f1"),
    [
        ("The Eiffel  Tower!", ["Eiffel Tower"], 1.0, 1.0),  # articles, punctuation, spaces removed
        ("a paper dragon 30 metres long", ["30 metres"], 0.0, 2 * 0.4 * 1.0 / 1.4),  # P=2/5, R=2/2
        ("Tampa, Florida", ["Glendale, Arizona"], 0.0, 0.0),
        ("Norway", ["Germany", "Norway"], 1.0, 1.0),  # best gold counts
        ("the the", ["a"], 1.0, 1.0),  # both normalise to empty: the official rule scores 1
        ("Paris", [], 0.0, 0.0),
    ],
)
def test_squad_exact_match_and_f1(prediction: str, golds: list[str], em: float, f1: float) -> None:
    assert metrics.exact_match(prediction, golds) == em
    assert metrics.f1(prediction, golds) == pytest.approx(f1)


@pytest.mark.parametrize(
    ("answer", "golds", "em", "f1"),
    [
        # best sentence: "The mayor said it cost 12 million euros": 7 tokens, 3 shared -> P=3/7, R=1, F1=0.6
        ("Engineers replaced 240 steel cables [1]. The mayor said it cost 12 million euros [2].", ["12 million euros"], 0.0, 0.6),
        # "Engineers replaced 240 steel cables": P=3/5, R=1 -> 0.75
        (
            "Engineers replaced 240 steel cables [1]. The mayor said it cost 12 million euros [2].",
            ["240 steel cables"],
            0.0,
            0.75,
        ),
        # "In June 2021": P=2/3, R=1 -> 0.8; a bullet that is exactly the gold answer is an exact match
        ("The articles disagree on this:\n- In March 2021 [1].\n- In June 2021 [2].", ["June 2021"], 0.0, 0.8),
        ("The articles disagree on this:\n- March 2021 [1].\n- June 2021 [2].", ["June 2021"], 1.0, 1.0),
        ("", ["anything"], 0.0, 0.0),
    ],
)
def test_best_answer_sentence(answer: str, golds: list[str], em: float, f1: float) -> None:
    assert metrics.best_sentence(answer, golds) == (em, pytest.approx(f1))


# ranked list, graded relevance, k -> nDCG@k (linear gains, log2(rank + 1) discount)
NDCG_CASES = [
    (["a", "b", "c"], {"a": 1}, 10, 1.0),
    (["x", "a", "y", "b"], {"a": 1, "b": 1}, 10, (1 / L3 + 1 / L5) / (1 / L2 + 1 / L3)),  # 0.6509
    # graded: gains 0, 2, 1 at ranks 1-3; the ideal order is 3, 2, 1 (e was never retrieved)
    (["a", "b", "c", "d"], {"a": 0, "b": 2, "c": 1, "e": 3}, 3, (2 / L3 + 1 / L4) / (3 / L2 + 2 / L3 + 1 / L4)),  # 0.3700
    (["c", "b"], {"b": 2, "c": 1}, 2, (1 / L2 + 2 / L3) / (2 / L2 + 1 / L3)),  # 0.8155: right items, wrong order
    (["b", "b", "c"], {"b": 1, "c": 1}, 10, 1.0),  # a duplicate counts once
    (["x", "y"], {"a": 1}, 10, 0.0),
    (["x", "y"], {}, 10, 0.0),  # nothing relevant: 0, not a division by zero
    (["x", "a"], {"a": 1}, 1, 0.0),  # the cut-off applies
]


@pytest.mark.parametrize(("ranked", "relevant", "k", "expected"), NDCG_CASES)
def test_ndcg_with_graded_relevance(ranked: list[str], relevant: dict[str, float], k: int, expected: float) -> None:
    assert metrics.ndcg_at(ranked, relevant, k) == pytest.approx(expected)


def test_ndcg_hand_computed_values() -> None:
    assert metrics.ndcg_at(["x", "a", "y", "b"], {"a": 1, "b": 1}, 10) == pytest.approx(0.6509, abs=1e-4)
    assert metrics.ndcg_at(["a", "b", "c", "d"], {"a": 0, "b": 2, "c": 1, "e": 3}, 3) == pytest.approx(0.3700, abs=1e-4)


# ranked, relevant -> hit@1, hit@3, MRR, MRR@2, recall@2, recall@10
RANK_CASES = [
    (["a", "b", "c"], {"a": 1}, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0),
    (["x", "y", "a"], {"a": 1}, 0.0, 1.0, 1 / 3, 0.0, 0.0, 1.0),
    (["x", "a", "y", "b"], {"a": 1, "b": 1}, 0.0, 1.0, 0.5, 0.5, 0.5, 1.0),
    (["x", "x", "a"], {"a": 1}, 0.0, 1.0, 0.5, 0.5, 1.0, 1.0),  # duplicates removed first: a is 2nd
    (["x", "y"], {"a": 1, "z": 0}, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0),  # a zero grade is not relevant
]


@pytest.mark.parametrize(("ranked", "relevant", "hit1", "hit3", "mrr", "mrr2", "recall2", "recall10"), RANK_CASES)
def test_hit_mrr_recall(
    ranked: list[str],
    relevant: dict[str, float],
    hit1: float,
    hit3: float,
    mrr: float,
    mrr2: float,
    recall2: float,
    recall10: float,
) -> None:
    assert metrics.hit_at(ranked, relevant, 1) == hit1
    assert metrics.hit_at(ranked, relevant, 3) == hit3
    assert metrics.reciprocal_rank(ranked, relevant) == pytest.approx(mrr)
    assert metrics.reciprocal_rank(ranked, relevant, 2) == pytest.approx(mrr2)
    assert metrics.recall_at(ranked, relevant, 2) == recall2
    assert metrics.recall_at(ranked, relevant, 10) == recall10


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [([1, 2, 3, 4], 0.5, 2.5), ([4, 1, 3, 2], 0.95, 3.85), ([7], 0.95, 7), ([], 0.5, 0.0), ([10, 20], 0.0, 10)],
)
def test_percentile_interpolates_linearly(values: list[float], q: float, expected: float) -> None:
    assert metrics.percentile(values, q) == pytest.approx(expected)


# --- question files ---------------------------------------------------------------

GOOD = '{"id": "a", "question": "Q?", "answers": ["x"], "evidence": ["e"], "answerable": true}'


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        ('{"id": "b", "question": "Q?", "answers": ["x"], "answerable": true}', "missing key 'evidence'"),
        (
            '{"id": "b", "question": "Q?", "answers": "x", "evidence": [], "answerable": true}',
            "'answers' must be a list, not string",
        ),
        (
            '{"id": "b", "question": "Q?", "answers": ["x"], "evidence": [], "answerable": "yes"}',
            "'answerable' must be a boolean",
        ),
        ('{"id": "b", "question": "  ", "answers": ["x"], "evidence": [], "answerable": true}', "the question is empty"),
        ('{"id": "b", "question": "Q?", "answers": [], "evidence": [], "answerable": true}', "needs at least one answer"),
        ('{"id": "b", "question": "Q?", "answers": ["x"], "evidence": [], "answerable": false}', "must have no answers"),
        ('{"id": "b", "question": "Q?", "answers": [""], "evidence": [], "answerable": true}', "list of non-empty strings"),
        ('{"id": "a", "question": "Q?", "answers": ["x"], "evidence": [], "answerable": true}', "'a' is used twice"),
        (
            '{"id": "b", "question": "Q?", "answers": ["x"], "evidence": [], "answerable": true, "history": [{"role": "bot", "content": "hi"}]}',
            "'history' must be a list",
        ),
        (
            '{"id": "b", "question": "Q?", "answers": ["x"], "evidence": [], "answerable": true, "kind": ""}',
            "'kind' must be a non-empty string",
        ),
        ('{"id": "b", "question": "Q?", "answers": ["x"], "evidance": [], "answerable": true}', "unknown key 'evidance'"),
    ],
)
def test_a_bad_line_is_reported_with_its_line_number(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text(f"{GOOD}\n\n{line}\n", encoding="utf-8")
    with pytest.raises(QuestionSetError) as info:
        load(path)
    assert f"{path}:3: " in str(info.value) and message in str(info.value)


def test_a_question_file_loads_with_defaults(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text(
        "\ufeff" + GOOD + '\n{"id": "u", "question": "Who?", "answers": [], "evidence": [], "answerable": false}\n',
        encoding="utf-8",
    )
    first, second = load(path)
    assert (first.kind, first.history, first.line) == ("factoid", (), 1)
    assert (second.kind, second.answerable, second.line) == ("unanswerable", False, 2)


@pytest.mark.parametrize(("content", "message"), [("", "holds no questions"), (None, "Cannot read")])
def test_an_empty_or_missing_file_is_an_error(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "q.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(QuestionSetError, match=message):
        load(path)


# --- summaries and comparisons ----------------------------------------------------

RETRIEVED = {"hit@1": 1.0, "hit@3": 1.0, "hit@5": 1.0, "hit@10": 1.0, "mrr": 1.0, "ndcg@10": 1.0}
MISSED = {"hit@1": 0.0, "hit@3": 1.0, "hit@5": 1.0, "hit@10": 1.0, "mrr": 0.5, "ndcg@10": 0.5}


def outcome(qid: str, kind: str, answerable: bool, correct: bool, refused: bool, **kw: object) -> Outcome:
    values: dict = {
        "exact_match": 0.0,
        "f1": 0.0,
        "evidence_hit": None,
        "citation_precision": None,
        "markers_resolve": True,
        "latency_ms": 100.0,
    }
    values.update(kw)
    return Outcome(qid, kind, answerable, correct, refused, **values)


OUTCOMES = [
    outcome(
        "a", "factoid", True, True, False, f1=0.5, evidence_hit=True, citation_precision=1.0, retrieval=RETRIEVED, latency_ms=100
    ),
    outcome(
        "b", "factoid", True, False, False, f1=0.25, evidence_hit=False, citation_precision=0.5, retrieval=MISSED, latency_ms=200
    ),
    outcome("c", "factoid", True, False, True, evidence_hit=False, retrieval=RETRIEVED, latency_ms=300),  # a false refusal
    outcome("d", "unanswerable", False, True, True, latency_ms=400),
    outcome("e", "unanswerable", False, False, False, markers_resolve=False, latency_ms=500),
]


def test_summary_of_hand_made_outcomes() -> None:
    s = summarize(OUTCOMES, ingest_seconds=1.234, chunks=9)
    assert (s["questions"], s["answerable"], s["unanswerable"], s["errors"]) == (5, 3, 2, 0)
    assert s["overall_accuracy"] == pytest.approx(2 / 5)
    assert s["answer_accuracy"] == pytest.approx(1 / 3)
    assert s["f1"] == pytest.approx(0.75 / 3)
    assert s["refusal_accuracy"] == pytest.approx(1 / 2)
    assert s["false_refusal_rate"] == pytest.approx(1 / 3)
    assert s["evidence_hit_rate"] == pytest.approx(1 / 3)
    assert s["citation_precision"] == pytest.approx(0.75)  # over answered questions with citations only
    assert s["markers_resolve"] == pytest.approx(4 / 5)
    assert (s["hit@1"], s["mrr"], s["ndcg@10"]) == (pytest.approx(2 / 3), pytest.approx(2.5 / 3), pytest.approx(2.5 / 3))
    assert (s["latency_p50_ms"], s["latency_p95_ms"], s["ingest_seconds"], s["chunks"]) == (300.0, 480.0, 1.23, 9)
    assert s["by_kind"]["unanswerable"]["answer_accuracy"] is None  # n/a, not 0
    assert s["by_kind"]["unanswerable"]["refusal_accuracy"] == 0.5
    assert s["by_kind"]["factoid"]["hit@1"] == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("metric", "before", "after", "regression"),
    [
        ("answer_accuracy", 0.80, 0.77, True),  # dropped 0.03 > 0.02
        ("answer_accuracy", 0.80, 0.79, False),  # within tolerance
        ("answer_accuracy", 0.80, 0.90, False),  # better
        ("false_refusal_rate", 0.10, 0.15, True),  # lower is better: a rise is a regression
        ("false_refusal_rate", 0.15, 0.10, False),
        ("latency_p95_ms", 400, 700, True),  # +75% and +300 ms
        ("latency_p95_ms", 40, 80, False),  # +100% but only 40 ms: noise
        ("latency_p95_ms", 400, 550, False),  # +37.5%: within the 50% tolerance
        ("chunks", 100, 10, False),  # sizes are shown, not judged
    ],
)
def test_regressions_respect_direction_and_tolerance(metric: str, before: float, after: float, regression: bool) -> None:
    assert is_regression(metric, before, after, 0.02, 0.5) is regression


def test_comparison_lists_regressions_changed_questions_and_settings() -> None:
    before = summarize(OUTCOMES)
    worse = [outcome("a", "factoid", True, False, True, retrieval=RETRIEVED), *OUTCOMES[1:]]
    after = summarize(worse)
    c = compare(
        before,
        after,
        previous="20250101T000000Z",
        before_correct={"a": True, "b": False},
        after_correct={"a": False, "b": False},
        before_settings={"chunk_size": 200},
        after_settings={"chunk_size": 300},
    )
    names = {(r.kind, r.metric) for r in c.regressions}
    assert {("", "answer_accuracy"), ("", "false_refusal_rate"), ("factoid", "answer_accuracy")} <= names
    assert c.newly_failing == ("a",) and c.newly_passing == ()
    assert c.settings_changed == (("chunk_size", 200, 300),)
    assert c.to_dict()["regressions"]
