"""The benchmark runners on tiny synthetic data in temporary folders (the real data sets are for `qa bench`, not make test)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from pathlib import Path

import pytest

import qa
from qa.bench import data, rgb, scifact, soak, speed, speed_query, squad, squad2
from qa.bench.measure import Row, ScalePoint
from qa.bench.squad2 import Point
from qa.cli import main
from qa.types import Answer, Citation
from tests.bench_files import write_bench_root
from tests.conftest import make_settings


@pytest.fixture
def bench_root(tmp_path: Path) -> Path:
    return write_bench_root(tmp_path)


@pytest.fixture
def settings(tmp_path: Path) -> qa.Settings:
    return make_settings(tmp_path / "unused-corpus", tmp_path / "index")


def test_the_cache_key_follows_data_and_index_settings_only(settings: qa.Settings, bench_root: Path, tmp_path: Path) -> None:
    source = bench_root / "rgb" / "en_fact.json"
    key = data.cache_key(settings, [source])
    assert data.cache_key(settings.replace(top_k=9, min_support=0.5, fusion="rrf"), [source]) == key  # query time only
    assert data.cache_key(settings.replace(chunk_size=120), [source]) != key
    assert data.cache_key(settings.replace(bm25_k1=1.2), [source]) != key
    changed = tmp_path / "changed.json"
    changed.write_text(source.read_text() + "\n")
    assert data.cache_key(settings, [changed]) != key
    bench = data.bench_settings(settings.replace(chroma_url="http://example.invalid:8000"), "rgb", [source])
    assert bench.chroma_url == "" and bench.index_dir.parent.parent == settings.index_dir / "bench"


def test_missing_benchmark_data_is_one_readable_error(tmp_path: Path) -> None:
    with pytest.raises(data.BenchmarkDataError, match="pass --data"):
        data.source(tmp_path, "scifact")


@pytest.mark.parametrize("command", [squad.main, scifact.main])
def test_a_benchmark_command_without_its_data_prints_one_line_and_fails(
    command: Callable[[list[str]], int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert command(["--data", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "error:" in err and "pass --data" in err and "Traceback" not in err


def test_scifact_ranks_each_abstract_first_and_reuses_its_index(settings: qa.Settings, bench_root: Path) -> None:
    first = scifact.run(settings, bench_root)
    assert (first.split, first.queries, first.abstracts, first.embedded) == ("test", 3, 5, first.chunks)
    assert [r.name.split(" ")[0] for r in first.rows] == ["BM25", "project", "dense", "project", "project"]
    for row in first.rows:  # every query names its abstract's topic
        assert (row.hit1, row.ndcg10, row.recall100, row.questions) == (1.0, 1.0, 1.0, 3), row.name
    again = scifact.run(settings, bench_root, tune=True)
    assert again.embedded == 0 and (again.split, again.queries) == ("train", 1)  # only re-asks


@pytest.mark.parametrize(
    ("text", "passages", "expected"),
    [
        (
            "The articles disagree on this:\n- Facebook acquired Instagram [1].\n- Apple acquired Instagram [2].",
            ("Facebook acquired Instagram.", "Apple acquired Instagram."),
            "conflict surfaced",
        ),
        ("Facebook acquired Instagram, not Apple [1].", ("Facebook acquired Instagram.",), "both stated, not each cited"),
        (
            "Apple acquired Instagram [1][2].",
            ("Apple acquired Instagram.", "Facebook acquired Instagram."),
            "counterfactual only",
        ),
        ("Facebook acquired Instagram [1].", ("Facebook acquired Instagram.",), "true only"),
        ("Instagram was acquired in 2012 [1].", ("Instagram was acquired in 2012.",), "neither"),
    ],
)
def test_rgb_answers_are_classified(text: str, passages: tuple[str, ...], expected: str) -> None:
    citations = tuple(Citation(n, f"p{n}.txt", "", "", "", "", p, 0, len(p), 0.5) for n, p in enumerate(passages, 1))
    q = rgb.RgbQuestion(0, "Who acquired Instagram?", ("Facebook",), "Apple", "rgb-000")
    assert rgb.classify(Answer("q", text, citations, refused=False), q) == expected
    assert rgb.classify(Answer("q", "The articles don't cover this.", (), refused=True), q) == "refused"


@pytest.mark.parametrize(
    ("text", "passages", "expected"),
    [
        ("Apple acquired Instagram [1][2].", ("Apple acquired Instagram.", "Facebook acquired Instagram."), True),
        ("Facebook acquired Instagram [1].", ("Apple acquired Instagram.",), True),
        ("Facebook acquired Instagram [1][2].", ("Facebook acquired Instagram.", "Facebook bought it, not Apple."), False),
        ("Apple or Facebook acquired Instagram [1].", ("Facebook acquired Instagram.",), False),  # states both: not judged
    ],
)
def test_rgb_flags_a_sentence_cited_with_a_passage_holding_the_other_version(
    text: str, passages: tuple[str, ...], expected: bool
) -> None:
    citations = tuple(Citation(n, f"p{n}.txt", "", "", "", "", p, 0, len(p), 0.5) for n, p in enumerate(passages, 1))
    q = rgb.RgbQuestion(0, "Who acquired Instagram?", ("Facebook",), "Apple", "rgb-000")
    assert rgb.miscited(Answer("q", text, citations, refused=False), q) is expected


def test_rgb_asks_each_question_over_its_own_passages(settings: qa.Settings, bench_root: Path) -> None:
    result = rgb.run(settings, bench_root)
    assert result.questions == 2 and sum(result.classes.values()) == 2
    assert set(result.classes) <= set(rgb.CLASSES)
    corpus = data.bench_settings(settings, "rgb-en_fact", [bench_root / "rgb" / "en_fact.json"]).corpus_dir
    assert sorted(p.relative_to(corpus).as_posix() for p in corpus.rglob("*.txt")) == [
        "rgb-000/p00.txt",
        "rgb-000/p01.txt",
        "rgb-001/p00.txt",
        "rgb-001/p01.txt",
    ]  # noise passages left out; file names do not say which version a passage holds
    for answers in result.examples.values():
        for example in answers:
            assert example["query"] in ("Who acquired Instagram?", "When was the bridge opened?")


def test_squad_open_corpus_scores_retrieval_and_answers(settings: qa.Settings, bench_root: Path) -> None:
    result = squad.run(settings, bench_root, size=3)
    assert result.questions == 3 and result.chunks == 3
    assert [r.name for r in result.retrieval] == [
        "BM25 (bm25s defaults)",
        "dense (MiniLM, Chroma)",
        "plain RRF (k=60)",
        "project hybrid",
    ]
    assert all(r.hit1 == 1.0 for r in result.retrieval)  # each question names its paragraph's subject
    assert (result.answer_accuracy, result.refused) == (1.0, 0.0)
    assert 0.0 < result.f1 < 1.0 and result.exact_match == 0.0  # whole sentences against short spans
    assert squad.eval_sample(squad.prepare(settings, bench_root)[1], tune=True) == []  # 3 questions: all in the evaluation sample


@pytest.mark.parametrize(
    ("points", "chosen"),
    [
        ([Point(0.1, 0.2, 0.0, 0.9), Point(0.3, 0.8, 0.1, 0.8), Point(0.5, 0.9, 0.6, 0.3)], 0.3),  # balanced 0.6, 0.85, 0.65
        ([Point(0.1, 0.5, 0.0, 0.9), Point(0.2, 0.6, 0.1, 0.9)], 0.1),  # a tie goes to the lower threshold
    ],
)
def test_the_calibrated_threshold_maximises_balanced_accuracy(points: list[Point], chosen: float) -> None:
    assert squad2.choose(points) == chosen


@pytest.mark.parametrize(
    ("points", "budgeted"),
    [
        # floor 0.10 at threshold 0: up to 0.15 allowed, so 0.3 (refusal 0.5) is best within budget, not 0.5
        ([Point(0.0, 0.1, 0.10, 0.8), Point(0.3, 0.5, 0.15, 0.7), Point(0.5, 0.9, 0.40, 0.4)], 0.3),
        ([Point(0.0, 0.1, 0.10, 0.8), Point(0.3, 0.1, 0.12, 0.7), Point(0.5, 0.2, 0.30, 0.4)], 0.0),  # tie goes lower
    ],
)
def test_the_budgeted_threshold_adds_at_most_five_points_of_false_refusals(points: list[Point], budgeted: float) -> None:
    assert squad2.choose_budgeted(points) == budgeted


def test_squad2_sweep_is_monotone_in_the_threshold(settings: qa.Settings, bench_root: Path) -> None:
    result = squad2.run(settings, bench_root, size=2)
    assert result.sizes == (2, 2) and result.chosen in squad2.THRESHOLDS and result.budgeted in squad2.THRESHOLDS
    for points in (result.calibration, result.evaluation):
        assert [p.threshold for p in points] == list(squad2.THRESHOLDS)
        # A higher bar can only refuse more: both refusal rates never fall as the threshold rises.
        for low, high in itertools.pairwise(points):
            assert high.refusal_accuracy >= low.refusal_accuracy and high.false_refusal_rate >= low.false_refusal_rate
        assert points[-1].refusal_accuracy == 1.0  # at 0.80 nothing in this corpus is supported enough


def test_qa_bench_prints_the_table_and_saves_the_run(
    settings: qa.Settings, bench_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "index"))
    assert main(["bench", "rgb", "--data", str(bench_root)]) == 0
    out = capsys.readouterr().out
    assert "RGB en_fact (counterfactual robustness): 2 questions" in out and "| conflict surfaced |" in out
    (folder,) = (tmp_path / "index" / "bench" / "results").iterdir()
    assert {p.name for p in folder.iterdir()} == {"result.json", "report.md", "chart.png"}
    assert json.loads((folder / "result.json").read_text())["questions"] == 2
    assert main(["bench", "scifact", "--data", str(tmp_path / "nowhere")]) == 1
    assert capsys.readouterr().err.startswith("qa: error: ")


ARTICLE = "Ferries resume. The harbour ferry sails at nine."


def _cited(number: int, start: int, end: int, text: str) -> dict:
    return {"number": number, "article_id": "a.txt", "start": start, "end": end, "text": text}


@pytest.mark.parametrize(
    ("answer", "problems"),
    [
        ({"text": "It sails at nine [1].", "refused": False, "citations": [_cited(1, 16, 48, ARTICLE[16:48])]}, []),
        ({"text": "Not covered.", "refused": True, "citations": []}, []),
        ({"text": "Not covered.", "refused": True, "citations": [_cited(1, 0, 5, "Ferri")]}, ["a refusal with citations"]),
        ({"text": "It sails [2].", "refused": False, "citations": [_cited(1, 0, 5, "Ferri")]}, ["markers [2] vs citations [1]"]),
        (
            {"text": "It sails [1].", "refused": False, "citations": [_cited(1, 0, 5, "Ferry")]},
            ["citation 1 offsets do not cut out its text"],
        ),
        ({"text": "", "refused": False, "citations": []}, ["empty answer", "markers [] vs citations []"]),
    ],
)
def test_the_soak_checks_every_answer_against_the_article_files(answer: dict, problems: list[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert soak.problems_with(answer, tmp_path) == problems


def test_the_soak_refuses_runs_too_short_to_compare_memory(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        soak.main(["--questions", "150"])
    assert stopped.value.code == 2
    assert "--questions must be at least 200" in capsys.readouterr().err


def test_the_speed_report_tables_every_row_and_charts_the_scale(tmp_path: Path) -> None:
    rows = [
        Row("ingest", "qa ingest, SQuAD", 48.2, "chunks/s", "0.91× the limit", "≥ 0.85× the limit", True),
        Row("limit", "embedder alone", 53.0, "chunks/s", "median of 3"),
        Row("latency", "qa.ask p95 at 200k chunks", 412.0, "ms", "", "< 300 ms", False, "Sentences took 300 ms."),
    ]
    points = [ScalePoint("seed", 9, 20.0, 31.0, 15.0, 900.0), ScalePoint("200k", 200_000, 150.0, 412.0, 90.0, 1500.0)]
    text = speed.report(rows, points, 90.0, "make bench", "bench_scale.png")
    body = [line for line in text.splitlines() if line.startswith("| ")]
    assert [line.split(" | ")[0] for line in body[1:4]] == ["| limit", "| ingest", "| latency"]  # the suite's order
    assert "| 0.91× the limit | ≥ 0.85× the limit | met |" in text and "**not met**" in text
    assert "| 200k | 200,000 | 150.0 ms | 412.0 ms | 90.0 ms | 1.67× | 1,500 MB |" in text
    assert "Targets met: 1 of 2." in text
    assert "- latency, qa.ask p95 at 200k chunks: 412 ms against < 300 ms. Sentences took 300 ms." in text  # the gap, explained
    speed.chart(points, tmp_path / "scale.png")
    assert (tmp_path / "scale.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    ("p50", "floor", "sentences", "says"),
    [
        (100.0, 12.0, 80.0, "80.0 ms embedding sentences and 8.0 ms the rest"),
        (100.0, 12.0, 80.0, "does not depend on corpus size"),
        (20.0, 9.0, 2.0, "2.0 ms embedding sentences and 9.0 ms the rest"),
        (20.0, 9.0, 2.0, "fixed per-question work"),
    ],
)
def test_a_missed_latency_target_is_split_into_its_parts(p50: float, floor: float, sentences: float, says: str) -> None:
    assert says in speed_query._latency_gap(p50, floor, sentences)
