"""``make bench``: the speed and scale suite in one run, written to ``docs/bench.md`` with a chart.

Runs the ingestion part (``qa.bench.speed_ingest``: the embedder's own
throughput, ``qa ingest`` beside a plain llama-index build, re-ingests, peak
memory), then the query part on the indexes it built (``qa.bench.speed_query``:
``qa.ask`` latency against its floor from the seed corpus to 200k chunks, cold
start, memory while serving, concurrent clients). Writes the table to
``docs/bench.md`` (or ``--out``), a PNG of latency and memory against corpus
size beside it, and the raw rows as JSON under ``.qa/bench/results/``. It
measures; it judges only by the targets each row carries.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from qa.bench.measure import Row, ScalePoint
from qa.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = ("limit", "ingest", "re-ingest", "latency", "cold start", "memory", "concurrency")


def machine() -> str:
    cpus = os.cpu_count() or 0
    return f"{platform.machine()}, {cpus} CPU{'s' if cpus != 1 else ''}, Python {platform.python_version()}, {platform.system()}"


def _fmt(value: float, unit: str = "") -> str:
    if unit == "x":  # ratios are compared with targets like 1.5: 1.499 must not print as 1.50
        return f"{value:.3f}"
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _verdict(row: Row) -> str:
    if row.met is None:
        return ""
    return "met" if row.met else "**not met**"


def table(rows: Sequence[Row]) -> list[str]:
    lines = ["| section | what ran | value | detail | target | |", "|---|---|---:|---|---|---|"]
    ordered = sorted(rows, key=lambda r: SECTIONS.index(r.section) if r.section in SECTIONS else len(SECTIONS))
    for r in ordered:
        lines.append(f"| {r.section} | {r.name} | {_fmt(r.value, r.unit)} {r.unit} | {r.detail} | {r.target} | {_verdict(r)} |")
    return lines


def scale_table(points: Sequence[ScalePoint]) -> list[str]:
    lines = [
        "| corpus | chunks | ask p50 | ask p95 | floor p50 | ask / floor | RSS serving |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for p in sorted(points, key=lambda p: p.chunks):
        ratio = p.p50_ms / p.floor_p50_ms if p.floor_p50_ms else 0.0
        lines.append(
            f"| {p.label} | {p.chunks:,} | {p.p50_ms:.1f} ms | {p.p95_ms:.1f} ms | {p.floor_p50_ms:.1f} ms | {ratio:.2f}× | {p.rss_mb:,.0f} MB |"
        )
    return lines


def chart(points: Sequence[ScalePoint], path: Path) -> None:
    from qa.charts import _pyplot

    plt = _pyplot()
    ordered = sorted(points, key=lambda p: p.chunks)
    xs = [p.chunks for p in ordered]
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.4))
    left.plot(xs, [p.p50_ms for p in ordered], "o-", label="qa.ask p50")
    left.plot(xs, [p.p95_ms for p in ordered], "s--", label="qa.ask p95")
    left.plot(xs, [p.floor_p50_ms for p in ordered], "^:", label="floor p50 (embed + Chroma + BM25)")
    right.plot(xs, [p.rss_mb for p in ordered], "o-", color="tab:purple", label="peak RSS while serving")
    for axis, unit in ((left, "latency (ms)"), (right, "memory (MB)")):
        axis.set_xscale("log")
        axis.set_xlabel("chunks in the index (log scale)")
        axis.set_ylabel(unit)
        axis.grid(True, alpha=0.3)
        axis.legend(fontsize=8)
        for p in ordered:
            axis.annotate(
                p.label, (p.chunks, p.p50_ms if axis is left else p.rss_mb), fontsize=7, textcoords="offset points", xytext=(4, 4)
            )
    left.set_title("Question latency against corpus size")
    right.set_title("Memory against corpus size")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


def report(rows: Sequence[Row], points: Sequence[ScalePoint], seconds: float, command: str, chart_name: str) -> str:
    missed = [r for r in rows if r.met is False]
    lines = [
        "# Speed and scale: measured",
        "",
        f"Written by `{command}` on {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {machine()}; the whole suite took "
        f"{seconds / 60:.1f} min. Every figure below comes from this one run, side by side; ratios compare "
        "figures measured in it. Re-run the command to reproduce; the raw rows are saved as JSON under `.qa/bench/results/`.",
        "",
        *table(rows),
        "",
        "## Latency and memory against corpus size",
        "",
        *scale_table(points),
        "",
        f"![latency and memory against corpus size]({chart_name})",
        "",
        f"Targets met: {sum(r.met is True for r in rows)} of {sum(r.met is not None for r in rows)}.",
    ]
    if missed:
        lines += [
            "",
            "Not met, and what the gap is made of (figures from this run; the profiles behind them are "
            "`docs/profile_query.txt` and `docs/profile_ingest.txt`):",
            "",
        ]
        lines += [
            f"- {r.section}, {r.name}: {_fmt(r.value, r.unit)} {r.unit} against {r.target}." + (f" {r.why}" if r.why else "")
            for r in missed
        ]
    return "\n".join(lines) + "\n"


def run(settings: Settings, data: Path | None, work: Path, quick: bool) -> tuple[list[Row], list[ScalePoint]]:
    from qa.bench import speed_ingest, speed_query

    rows, corpora = speed_ingest.run(work, data, settings, quick=quick)
    query_rows, points = speed_query.run(work, corpora, settings, data, quick=quick)
    return [*rows, *query_rows], points


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qa.bench.speed", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="benchmarks folder (default ../shared/benchmarks beside the repository)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "bench.md", help="where the report goes")
    parser.add_argument("--quick", action="store_true", help="tiny corpora: checks the suite runs, measures nothing useful")
    args = parser.parse_args(argv)
    from qa.errors import QAError

    try:
        settings = Settings.from_env()
        work = settings.index_dir / "bench" / ("speed-quick" if args.quick else "speed")
        started = time.perf_counter()
        rows, points = run(settings, args.data, work, args.quick)
    except QAError as exc:
        print(f"qa bench: error: {exc}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    chart_path = args.out.with_name(args.out.stem + "_scale.png")
    chart(points, chart_path)
    command = "make bench" if not args.quick else "python -m qa.bench.speed --quick"
    text = report(rows, points, seconds, command, chart_path.name)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    saved = settings.index_dir / "bench" / "results" / f"speed-{stamp}.json"
    saved.parent.mkdir(parents=True, exist_ok=True)
    payload: dict[str, Any] = {
        "rows": [r.to_dict() for r in rows],
        "scale": [p.to_dict() for p in points],
        "seconds": round(seconds, 1),
        "machine": machine(),
        "quick": args.quick,
    }
    saved.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    print(text)
    print(f"(report in {args.out}, chart in {chart_path}, rows in {saved})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
