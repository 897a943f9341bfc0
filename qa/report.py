"""Evaluation output: the report folder (Markdown, JSON, chart), the terminal table, the progress bar.

``save`` writes ``<root>/<run name>/report.md``, ``report.json`` and
``chart.png``; ``payload`` is what ``qa eval --json`` prints; ``print_terminal``
draws the rich table. Nothing here computes a metric (``qa.summary`` does) or
runs a question (``qa.evaluate`` does).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qa.summary import ANSWER_METRICS, CITATION_METRICS, COST_METRICS, RETRIEVAL_METRICS, Comparison

if TYPE_CHECKING:
    from qa.evaluate import EvalRun, Tick

METRICS = [name for name, _ in (*ANSWER_METRICS, *CITATION_METRICS, *RETRIEVAL_METRICS, *COST_METRICS)]
SHOWN_SETTINGS = (
    "chunk_size",
    "chunk_overlap",
    "top_k",
    "candidates",
    "fusion",
    "fusion_alpha",
    "min_support",
    "max_answer_sentences",
    "embed_model",
    "llm",
)


def fmt(name: str, value: Any) -> str:
    if value is None:
        return "n/a"
    if name.endswith("_ms") or name == "ingest_seconds":
        return f"{value:,.1f}"
    if isinstance(value, bool) or name in ("chunks", "questions", "answerable", "unanswerable", "errors"):
        return str(value)
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def signed(name: str, delta: float) -> str:
    """A change, in the metric's own unit: '+0.024' for rates, '-1,395.9' for milliseconds and seconds."""
    return f"{delta:+,.1f}" if name.endswith("_ms") or name == "ingest_seconds" else f"{delta:+.3f}"


def _columns(summary: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [("all", summary), *sorted((summary.get("by_kind") or {}).items())]


def _unique(folder: Path) -> Path:
    n = 2
    candidate = folder
    while candidate.exists():
        candidate = folder.with_name(f"{folder.name}-{n}")
        n += 1
    return candidate


def document(run: EvalRun, comparison: Comparison | None) -> dict[str, Any]:
    """The whole run as saved in report.json."""
    return {
        "run": {
            "name": run.name,
            "questions": run.questions_path,
            "set_hash": run.set_hash,
            "settings": run.settings,
            "ingest": run.ingest.to_dict(),
        },
        "summary": run.summary,
        "results": [r.to_dict() for r in run.results],
        "comparison": comparison.to_dict() if comparison is not None else None,
    }


def payload(run: EvalRun, comparison: Comparison | None, folder: Path) -> dict[str, Any]:
    """What ``qa eval --json`` prints: summary, per-question results, the comparison, the report folder."""
    return {
        "summary": run.summary,
        "results": [r.to_dict() for r in run.results],
        "comparison": comparison.to_dict() if comparison is not None else None,
        "report": str(folder),
    }


def save(run: EvalRun, comparison: Comparison | None, root: Path) -> Path:
    """Write the run's folder under ``root``; returns it."""
    from qa import charts

    folder = _unique(root / run.name)
    folder.mkdir(parents=True)
    (folder / "report.json").write_text(json.dumps(document(run, comparison), ensure_ascii=False, indent=2), encoding="utf-8")
    charts.eval_chart(run.summary, [r.outcome.latency_ms for r in run.results if not r.error], folder / "chart.png")
    (folder / "report.md").write_text(markdown(run, comparison, chart="chart.png"), encoding="utf-8")
    return folder


def metrics_table(summary: dict[str, Any]) -> list[str]:
    cols = _columns(summary)
    lines = [
        "| metric | " + " | ".join(f"{name} ({s['questions']})" for name, s in cols) + " |",
        "|---|" + "---:|" * len(cols),
    ]
    for metric in METRICS:
        if metric not in summary:
            continue
        lines.append(f"| {metric} | " + " | ".join(fmt(metric, s.get(metric)) for _, s in cols) + " |")
    return lines


def comparison_lines(comparison: Comparison) -> list[str]:
    lines = [f"## Compared with {comparison.previous}", ""]
    if comparison.settings_changed:
        lines.append("Settings changed: " + "; ".join(f"`{n}` {b!r} → {a!r}" for n, b, a in comparison.settings_changed) + ".")
        lines.append("")
    regressions = comparison.regressions
    lines.append(f"**{len(regressions)} regression(s)** beyond tolerance." if regressions else "No regression beyond tolerance.")
    lines += ["", "| metric | kind | before | after | change | |", "|---|---|---:|---:|---:|---|"]
    for c in comparison.changes:
        if c.kind and not c.regression:
            continue  # per-kind rows only when they regressed; the overall row shows every metric
        flag = "REGRESSION" if c.regression else ""
        lines.append(
            f"| {c.metric} | {c.kind or 'all'} | {fmt(c.metric, c.before)} | {fmt(c.metric, c.after)} | {signed(c.metric, c.delta)} | {flag} |"
        )
    if comparison.newly_failing:
        lines += ["", "Newly failing: " + ", ".join(comparison.newly_failing)]
    if comparison.newly_passing:
        lines += ["", "Newly passing: " + ", ".join(comparison.newly_passing)]
    return [*lines, ""]


def failure_lines(run: EvalRun) -> list[str]:
    failed = [r for r in run.results if r.failures()]
    lines = [f"## Failures ({len(failed)} of {len(run.results)})", ""]
    for r in failed:
        q = r.question
        lines += [f"### {q.id} ({q.kind}): {q.question}", ""]
        if q.history:
            lines.append("- history: " + " / ".join(f"{t['role']}: {t['content']}" for t in q.history))
        lines.append("- expected: " + (" | ".join(q.answers) if q.answerable else "a refusal"))
        answer = r.error or (r.answer.text if r.answer else "")
        lines.append("- answer: " + " ".join(answer.split()))
        lines.append("- why: " + "; ".join(r.failures()))
        if r.answer is not None and r.answer.query != q.question:
            lines.append(f"- retrieval query: {r.answer.query}")
        lines.append("- retrieved (✓ = contains gold evidence):")
        for p in r.retrieved[:5]:
            mark = "✓" if p.relevant else "·"
            lines.append(f"  {p.rank}. {mark} `{p.article_id}` {p.score:.3f} — {' '.join(p.text.split())[:160]}…")
        lines.append("")
    return lines


def markdown(run: EvalRun, comparison: Comparison | None, chart: str | None = None) -> str:
    s = run.settings
    shown = ", ".join(f"{k}={s.get(k)!r}" for k in SHOWN_SETTINGS if k in s)
    ingest = run.ingest
    lines = [
        f"# Evaluation {run.name}",
        "",
        f"- question set: `{run.questions_path}` (content hash {run.set_hash}), {run.summary['questions']} questions",
        f"- corpus: `{s.get('corpus_dir')}`; {ingest.chunks} chunks indexed; this run's ingest {ingest.seconds:.1f}s "
        f"({ingest.embedded} chunks embedded)",
        f"- settings: {shown}",
        "",
        "## Metrics",
        "",
        *metrics_table(run.summary),
        "",
    ]
    if run.summary.get("evidence_missing"):
        lines += [
            f"{run.summary['evidence_missing']} question(s) have evidence that no indexed passage contains; "
            "their retrieval metrics are left out.",
            "",
        ]
    if chart:
        lines += [f"![metrics by kind and latency]({chart})", ""]
    lines += (
        comparison_lines(comparison) if comparison is not None else ["No previous run of this question set to compare with.", ""]
    )
    lines += failure_lines(run)
    return "\n".join(lines)


def print_terminal(run: EvalRun, comparison: Comparison | None, folder: Path) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not console.is_terminal:
        console = Console(width=200)  # piped or logged: do not squeeze the table into 80 columns
    table = Table(title=f"qa eval {run.name}: {run.questions_path}", title_justify="left")
    table.add_column("metric", no_wrap=True)
    cols = _columns(run.summary)
    for name, s in cols:
        table.add_column(f"{name} ({s['questions']})", justify="right")
    changes = {c.metric: c for c in comparison.changes if not c.kind} if comparison is not None else {}
    if comparison is not None:
        table.add_column(f"vs {comparison.previous}", justify="right")
    for metric in METRICS:
        if metric not in run.summary:
            continue
        row = [metric, *(fmt(metric, s.get(metric)) for _, s in cols)]
        if comparison is not None:
            c = changes.get(metric)
            row.append(
                ""
                if c is None
                else (f"[red]{signed(c.metric, c.delta)}[/red]" if c.regression else f"{signed(c.metric, c.delta)}")
            )
        table.add_row(*row)
    console.print(table)
    failed = [r.question.id for r in run.results if r.failures()]
    console.print(f"failures: {len(failed)} of {len(run.results)}" + (f" ({', '.join(failed)})" if failed else ""))
    if comparison is not None:
        regressions = comparison.regressions
        if regressions:
            names = ", ".join(f"{c.kind + ': ' if c.kind else ''}{c.metric} {signed(c.metric, c.delta)}" for c in regressions)
            console.print(f"[red]{len(regressions)} regression(s) vs {comparison.previous}:[/red] {names}")
        else:
            console.print(f"no regression vs {comparison.previous}")
        if comparison.newly_failing:
            console.print("newly failing: " + ", ".join(comparison.newly_failing))
    else:
        console.print("no previous run of this question set to compare with")
    console.print(f"report: {folder / 'report.md'}")


@contextmanager
def progress_bar(show: bool) -> Iterator[Tick | None]:
    """A transient progress bar on stderr, or None (not a terminal, or QA_PROGRESS=0). It starts at the first
    answered question, so it never draws over the ingest's own embedding bar."""
    if not show:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task("asking", total=None)

    def tick(done: int, total: int, qid: str) -> None:
        if not bar.live.is_started:
            bar.start()
        bar.update(task, completed=done, total=total, description=f"asked {qid}")

    try:
        yield tick
    finally:
        bar.stop()
