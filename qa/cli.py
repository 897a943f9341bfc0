"""The ``qa`` command: ingest, ask, chat, articles, eval, bench.

Every error the package knows about is printed as one line on stderr with a
non-zero exit; ``main(argv)`` returns the exit code so tests can call it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from qa.errors import QAError
from qa.settings import Settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qa", description="Answer questions from a folder of news articles, with citations.")
    parser.add_argument("--corpus", type=Path, help="folder of .txt/.md articles (QA_CORPUS_DIR, default corpus/)")
    parser.add_argument("--index", type=Path, help="index folder (QA_INDEX_DIR, default .qa/)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="index or re-index the corpus folder")
    p.add_argument("--rebuild", action="store_true", help="drop the index and build it again from the corpus")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="embed with N workers at once: ONNX sessions sharing the cores, or N requests to an "
        "embedding server (QA_INGEST_WORKERS, default 1)",
    )

    p = sub.add_parser("ask", help="answer one question")
    p.add_argument("question", nargs="+")
    p.add_argument("--json", action="store_true", help="print the answer with its citations as JSON")
    p.add_argument("--top-k", type=int, help="passages to retrieve (QA_TOP_K)")
    p.add_argument("--outlet", action="append", default=[], help="only articles from this outlet (repeatable)")
    p.add_argument("--since", default="", help="only articles published on or after YYYY-MM-DD")
    p.add_argument("--until", default="", help="only articles published on or before YYYY-MM-DD")

    sub.add_parser("chat", help="multi-turn chat in the terminal")
    p = sub.add_parser("articles", help="list the indexed articles")
    p.add_argument("--json", action="store_true")

    from qa import evaluate
    from qa.bench import cli as bench_cli

    evaluate.add_arguments(sub.add_parser("eval", help="score answers on a question set; report and compare with the last run"))
    bench_cli.add_arguments(sub.add_parser("bench", help="public benchmarks: squad, squad2, scifact, rgb"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env(corpus_dir=args.corpus, index_dir=args.index)
        return _run(args, settings)
    except QAError as exc:
        print(f"qa: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("qa: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`qa ask ... | head -1`): nothing is lost, so no traceback. Pointing stdout at
        # /dev/null keeps the interpreter's final flush from raising the same error again.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # what a shell reports for a writer stopped by SIGPIPE


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from qa import api
    from qa.render import as_text

    if args.command == "ingest":
        if args.workers is not None:
            settings = settings.replace(ingest_workers=args.workers)
        report = api.ingest(settings, rebuild=args.rebuild)
        for article_id, reason in report.skipped:
            print(f"qa: warning: skipped {article_id}: {reason}", file=sys.stderr)
        print(json.dumps(report.to_dict(), ensure_ascii=False) if args.json else report.summary())
        return 0
    if args.command == "ask":
        answer = api.ask(
            " ".join(args.question), settings=settings, top_k=args.top_k, outlets=args.outlet, since=args.since, until=args.until
        )
        if answer.notice:
            print(f"qa: warning: {answer.notice}", file=sys.stderr)
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2) if args.json else as_text(answer))
        return 0
    if args.command == "chat":
        from qa import chat

        return chat.run(settings, sys.stdin, sys.stdout)
    if args.command == "articles":
        rows = api.articles(settings)
        if args.json:
            print(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=2))
        for r in [] if args.json else rows:
            print(f"{r.article_id}\t{r.title}\t{r.outlet or '-'}\t{r.published or '-'}\t{r.chunks} chunks")
        return 0
    if args.command == "eval":
        from qa import evaluate

        return evaluate.cli_eval(args, settings)
    if args.command == "bench":
        from qa.bench import cli as bench_cli

        return bench_cli.cli_bench(args, settings)
    raise AssertionError(args.command)


if __name__ == "__main__":
    raise SystemExit(main())
