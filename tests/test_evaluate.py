"""qa eval over tests/data: exact metric values, the report folder, the comparison with the last run, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import qa
from qa import evaluate, report, scoring
from qa.cli import main
from qa.questions import Question
from qa.types import Answer, Citation
from tests.conftest import DATA

QUESTIONS = DATA / "questions.jsonl"


def test_the_tiny_question_set_scores_exactly(tiny: qa.Settings) -> None:
    run = evaluate.run(QUESTIONS, tiny)
    by_id = {r.question.id: r for r in run.results}
    # t5 is answered with the festival's first sentence, not the one about next year: the set's one failure.
    assert {q: r.outcome.correct for q, r in by_id.items()} == {
        "t1": True,
        "t2": True,
        "t3": True,
        "t4": True,
        "t5": False,
        "t6": True,
        "t7": True,
    }
    assert by_id["t5"].failures() == ["no gold answer in the answer"]
    assert by_id["t4"].answer is not None and "Piet Janssen" in by_id["t4"].answer.query  # the follow-up was folded
    s = run.summary
    assert (s["questions"], s["answerable"], s["unanswerable"], s["errors"], s["chunks"]) == (7, 5, 2, 0, 3)
    assert s["overall_accuracy"] == pytest.approx(6 / 7)
    assert s["answer_accuracy"] == pytest.approx(4 / 5)
    assert (s["refusal_accuracy"], s["false_refusal_rate"]) == (1.0, 0.0)
    assert s["exact_match"] == 0.0  # whole sentences never equal a short gold span
    # Best-sentence F1, token counts after SQuAD normalisation: t1 "240" in 8 tokens -> 2/9; t2 "30 metres" in 9 -> 4/11;
    # t3 "12 million euros" in 9 -> 1/2; t4 "cover part of losses" in 11 -> 8/15; t5 0.
    assert s["f1"] == pytest.approx((2 / 9 + 4 / 11 + 1 / 2 + 8 / 15 + 0) / 5)
    assert (s["evidence_hit_rate"], s["citation_precision"], s["markers_resolve"]) == (1.0, 1.0, 1.0)
    assert (s["hit@1"], s["mrr"], s["ndcg@10"]) == (1.0, 1.0, 1.0)  # one chunk per article: the right one is first
    assert s["by_kind"]["factoid"]["answer_accuracy"] == pytest.approx(3 / 4)
    assert s["by_kind"]["follow-up"]["f1"] == pytest.approx(8 / 15)
    assert s["by_kind"]["unanswerable"]["answer_accuracy"] is None
    assert s["latency_p50_ms"] > 0 and s["latency_p95_ms"] >= s["latency_p50_ms"]


def _answer(text: str, *passages: str, refused: bool = False) -> Answer:
    citations = tuple(Citation(n, f"a{n}.txt", "", "", "", "", p, 0, len(p), 0.5) for n, p in enumerate(passages, 1))
    return Answer("q", text, citations, refused)


GOLD = Question("q", "How many cables?", ("240",), ("replaced 240 steel cables",), True)


@pytest.mark.parametrize(
    ("answer", "correct", "evidence_hit", "precision", "resolves"),
    [
        (_answer("Engineers replaced 240 steel cables [1].", "Engineers replaced 240 steel cables."), True, True, 1.0, True),
        # Cites one good and one unrelated passage: precision 1/2.
        (
            _answer("They replaced 240 [1][2].", "Engineers replaced 240 steel cables.", "The towers were repainted."),
            True,
            True,
            0.5,
            True,
        ),
        (_answer("About 90,000 visitors came [1].", "About 90,000 visitors came."), False, False, 0.0, True),
        (_answer("They replaced 240 cables [3].", "Engineers replaced 240 steel cables."), True, True, 1.0, False),
        (_answer("The articles don't cover this.", refused=True), False, False, None, True),
    ],
)
def test_one_answer_is_scored_by_the_definitions(
    answer: Answer, correct: bool, evidence_hit: bool, precision: float | None, resolves: bool
) -> None:
    ranked = [("b::v::0", "b.txt", "B", 0.9, "nothing"), ("a::v::0", "a.txt", "A", 0.5, "replaced 240 steel cables")]
    result = scoring.score(GOLD, answer, ranked, {"a::v::0": 1.0, "a::v::1": 1.0})
    o = result.outcome
    assert (o.correct, o.evidence_hit, o.citation_precision, o.markers_resolve) == (correct, evidence_hit, precision, resolves)
    # The relevant passage is second of two relevant ones: MRR 1/2, nDCG (1/log2 3) / (1 + 1/log2 3).
    assert o.retrieval is not None and o.retrieval["mrr"] == 0.5
    assert o.retrieval["ndcg@10"] == pytest.approx(0.63093 / 1.63093, abs=1e-4)
    assert [p.relevant for p in result.retrieved] == [False, True]


def test_relevance_is_judged_over_normalised_passages() -> None:
    chunks = {"x::v::0": 'the mayor said the work cost "12 million euros", below the budget.', "y::v::0": "other"}
    assert scoring.relevant_chunks(chunks, ["The work cost “12 million euros”"]) == {"x::v::0": 1.0}
    assert scoring.relevant_chunks(chunks, []) == {}


# --- the command ---------------------------------------------------------------


@pytest.fixture
def cli_env(tiny_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("QA_CORPUS_DIR", str(tiny_corpus))
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "index"))
    return tmp_path / "index"


def test_eval_json_then_a_regression_is_flagged(
    cli_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", "--questions", str(QUESTIONS), "--json"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""  # no progress bar when stderr is not a terminal, and no warning
    data = json.loads(captured.out)
    assert data["summary"]["answer_accuracy"] == pytest.approx(0.8) and data["comparison"] is None
    assert [r["id"] for r in data["results"]] == ["t1", "t2", "t3", "t4", "t5", "t6", "t7"]
    for r in data["results"]:
        assert {"id", "answer", "refused", "citations", "correct", "evidence_hit", "latency_ms"} <= set(r)
    assert data["results"][0]["citations"][0]["article_id"] == "bridge.txt"
    first = Path(data["report"])
    assert first.parent == cli_env / "eval"
    assert {p.name for p in first.iterdir()} == {"report.md", "report.json", "chart.png"}
    assert (first / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "## Failures (1 of 7)" in (first / "report.md").read_text(encoding="utf-8")

    # A threshold nothing clears: every answerable question is refused now.
    monkeypatch.setenv("QA_MIN_SUPPORT", "0.99")
    assert main(["eval", "--questions", str(QUESTIONS), "--fail-on-regression"]) == 1
    captured = capsys.readouterr()
    assert "regression(s) vs " + first.name in captured.out and "newly failing: t1, t2, t3, t4" in captured.out
    assert captured.err.startswith("qa: error: ") and "regressed beyond tolerance" in captured.err
    second = sorted(p for p in (cli_env / "eval").iterdir() if p.name[0].isdigit())[-1]
    report = json.loads((second / "report.json").read_text(encoding="utf-8"))
    assert report["comparison"]["previous"] == first.name
    assert "answer_accuracy" in report["comparison"]["regressions"]
    assert {"setting": "min_support", "before": 0.33, "after": 0.99} in report["comparison"]["settings_changed"]
    assert "REGRESSION" in (second / "report.md").read_text(encoding="utf-8")


def test_a_bad_question_file_stops_before_any_work(cli_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    good = QUESTIONS.read_text(encoding="utf-8").splitlines()[0]
    bad.write_text(good + '\n{"id": "x", "question": "Why?", "answers": ["y"], "evidence": [], "answerable": "yes"}\n')
    assert main(["eval", "--questions", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"qa: error: {bad}:2: ") and "'answerable' must be a boolean" in err and err.count("\n") == 1
    assert not cli_env.exists()  # nothing was ingested


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            '{"id": "x", "question": "What\\u0007 happened?", "answers": ["y"], "evidence": [], "answerable": true}',
            "control character",
        ),
        (
            '{"id": "x", "question": "' + "x" * 3000 + '", "answers": ["y"], "evidence": [], "answerable": true}',
            "characters long",
        ),
    ],
)
def test_questions_ask_would_reject_are_caught_up_front(
    cli_env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, message: str
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(line + "\n")
    assert main(["eval", "--questions", str(bad), "--corpus", str(tmp_path / "anywhere")]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:1: " in err and message in err and not cli_env.exists()


def test_the_default_question_set_is_relative_to_the_current_directory(
    cli_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["eval"]) == 1
    assert "Cannot read the question file evals/seed_questions.jsonl" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("metric", "delta", "shown"),
    [
        ("f1", 0.0244, "+0.024"),
        ("false_refusal_rate", -0.1, "-0.100"),
        ("latency_p50_ms", -1395.9, "-1,395.9"),
        ("ingest_seconds", 7.49, "+7.5"),
    ],
)
def test_changes_are_shown_in_the_metrics_unit(metric: str, delta: float, shown: str) -> None:
    assert report.signed(metric, delta) == shown


def test_every_committed_question_set_checks_out_against_the_corpus() -> None:
    # The checker is run as a writer of a new set runs it: every set up to LAST_BLIND must be present and
    # every evidence passage must be in the articles the product answers from.
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, str(root / "evals" / "check_questions.py")], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
