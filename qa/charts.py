"""PNG charts with matplotlib's Agg backend (no display needed): evaluation and benchmark figures.

``eval_chart``: answer, citation and retrieval metrics by kind, beside the
latency distribution. ``threshold_curve``: the SQuAD v2.0 refusal curve over
``min_support``. ``bars``: a benchmark's side-by-side table as horizontal
bars, one panel per metric. Each function writes one file and returns nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

EVAL_BARS = ("answer_accuracy", "refusal_accuracy", "evidence_hit_rate", "citation_precision", "hit@5", "ndcg@10")


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def eval_chart(summary: Mapping[str, Any], latencies_ms: Sequence[float], path: Path) -> None:
    plt = _pyplot()
    kinds = [("all", summary), *sorted((summary.get("by_kind") or {}).items())]
    fig, (left, right) = plt.subplots(1, 2, figsize=(13, 4.8), gridspec_kw={"width_ratios": [2.4, 1]})
    width = 0.8 / len(EVAL_BARS)
    for i, metric in enumerate(EVAL_BARS):
        xs = [k + (i - (len(EVAL_BARS) - 1) / 2) * width for k in range(len(kinds))]
        values = [s.get(metric) for _, s in kinds]
        left.bar(xs, [v if v is not None else 0 for v in values], width, label=metric)
        for x, v in zip(xs, values, strict=True):
            if v is None:
                left.text(x, 0.01, "n/a", rotation=90, ha="center", va="bottom", fontsize=6, color="grey")
    left.set_xticks(range(len(kinds)), [f"{name}\n({s['questions']})" for name, s in kinds])
    left.set_ylim(0, 1.05)
    left.set_ylabel("share")
    left.set_title("Metrics by kind (n/a: no question of that kind measures it)")
    left.legend(fontsize=7, ncols=3, loc="upper center", bbox_to_anchor=(0.5, -0.16))
    if latencies_ms:
        right.hist(latencies_ms, bins=min(30, max(5, len(latencies_ms) // 2)), color="tab:grey")
        for q, style in ((0.5, "-"), (0.95, "--")):
            from qa.metrics import percentile

            value = percentile(latencies_ms, q)
            right.axvline(value, color="tab:red", linestyle=style, label=f"p{int(q * 100)} {value:,.0f} ms")
        right.legend(fontsize=8)
    right.set_xlabel("latency per question (ms)")
    right.set_ylabel("questions")
    right.set_title("Latency")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def threshold_curve(points: Sequence[Mapping[str, float]], marks: Mapping[str, float], path: Path, title: str) -> None:
    """``points``: dicts with threshold, refusal_accuracy, false_refusal_rate, answer_accuracy; ``marks``:
    labelled thresholds drawn as vertical lines and annotated on the trade-off curve."""
    plt = _pyplot()
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.8))
    ts = [p["threshold"] for p in points]
    left.plot(ts, [p["refusal_accuracy"] for p in points], label="refusal accuracy (unanswerable)")
    left.plot(ts, [p["false_refusal_rate"] for p in points], label="false-refusal rate (answerable)")
    left.plot(ts, [p["answer_accuracy"] for p in points], label="answer accuracy (answerable)", linestyle="--")
    styles = (":", "--", "-.")
    for n, (label, value) in enumerate(marks.items()):
        left.axvline(value, color=("grey", "tab:red", "tab:purple")[n % 3], linestyle=styles[n % 3], label=f"{label} {value:.2f}")
    left.set_xlabel("min_support threshold")
    left.set_ylabel("share")
    left.set_ylim(0, 1.02)
    left.legend(fontsize=7)
    left.set_title("Against the threshold")
    right.plot([p["false_refusal_rate"] for p in points], [p["refusal_accuracy"] for p in points], marker=".")
    for label, value in marks.items():
        p = min(points, key=lambda q: abs(q["threshold"] - value))
        right.annotate(
            f"{label} {value:.2f}",
            (p["false_refusal_rate"], p["refusal_accuracy"]),
            fontsize=7,
            xytext=(6, -10),
            textcoords="offset points",
        )
    right.plot([0, 1], [0, 1], color="lightgrey", linestyle=":")
    right.set_xlabel("false-refusal rate (answerable)")
    right.set_ylabel("refusal accuracy (unanswerable)")
    right.set_title("Trade-off (each point one threshold)")
    fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def bars(
    rows: Sequence[tuple[str, Mapping[str, float]]],
    metrics: Sequence[str],
    path: Path,
    title: str,
    reference: Mapping[str, Mapping[str, float]] | None = None,
) -> None:
    """One panel per metric, one horizontal bar per row (system), values printed; ``reference`` maps a
    metric to published figures drawn as dotted lines in its panel."""
    plt = _pyplot()
    fig, axes = plt.subplots(
        1, len(metrics), figsize=(4.5 + 3.4 * len(metrics), 1.6 + 0.45 * len(rows)), sharey=True, squeeze=False
    )
    ys = list(range(len(rows)))
    colours = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    for ax, metric in zip(axes[0], metrics, strict=True):
        values = [v.get(metric, 0.0) for _, v in rows]
        ax.barh(ys, values, color=[colours[i % len(colours)] for i in ys])
        for y, v in zip(ys, values, strict=True):
            ax.text(v + 0.01, y, f"{v:.3f}", va="center", fontsize=8)
        for n, (label, value) in enumerate((reference or {}).get(metric, {}).items()):
            ax.axvline(value, color="black", linestyle=[":", "--", "-."][n % 3], linewidth=1, label=f"{label} {value:.3f}")
        if (reference or {}).get(metric):
            ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.1))
        ax.set_xlim(0, 1.12)
        ax.set_title(metric)
    axes[0][0].set_yticks(ys, [name for name, _ in rows])
    axes[0][0].invert_yaxis()
    fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
