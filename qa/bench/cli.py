"""``qa bench NAME``: run one public benchmark, print its table, save it under ``.qa/bench/results/``.

Each benchmark module offers ``run(settings, data, size=..., tune=...)``
returning a result with ``markdown()``, ``to_dict()`` and ``chart(path)``;
this module only dispatches and saves. The benchmark data folder is
``--data`` or ``../shared/benchmarks`` beside the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

from qa.settings import Settings

BENCHMARKS = ("squad", "squad2", "scifact", "rgb")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "name",
        choices=BENCHMARKS,
        help="squad: SQuAD v1.1 open corpus; squad2: refusal threshold calibration "
        "on SQuAD v2.0; scifact: BEIR SciFact retrieval; rgb: RGB counterfactual robustness",
    )
    parser.add_argument("--data", type=Path, help="benchmarks folder (default ../shared/benchmarks beside the repository)")
    parser.add_argument("--size", type=int, help="questions to sample (default: the benchmark's own)")
    parser.add_argument(
        "--tune", action="store_true", help="use the calibration sample (disjoint from the evaluation sample) instead"
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def _module(name: str) -> Any:
    from qa.bench import rgb, scifact, squad, squad2

    return {"squad": squad, "squad2": squad2, "scifact": scifact, "rgb": rgb}[name]


def cli_bench(args: argparse.Namespace, settings: Settings) -> int:
    started = time.perf_counter()
    module = _module(args.name)
    kwargs: dict[str, Any] = {"tune": args.tune}
    if args.size is not None:
        kwargs["size"] = args.size
    result = module.run(settings, args.data, **kwargs)
    seconds = time.perf_counter() - started
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = settings.index_dir / "bench" / "results" / f"{args.name}{'-tune' if args.tune else ''}-{stamp}"
    folder.mkdir(parents=True, exist_ok=True)
    data = result.to_dict() | {"benchmark": args.name, "tune": args.tune, "seconds": round(seconds, 1)}
    (folder / "result.json").write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    text = result.markdown()
    (folder / "report.md").write_text(text + "\n", encoding="utf-8")
    result.chart(folder / "chart.png")
    if args.json:
        print(json.dumps(data | {"report": str(folder)}, ensure_ascii=False, indent=2))
    else:
        print(text)
        print(f"\n(whole run {seconds:.0f}s; report and chart in {folder})")
    return 0
