"""The public functions: ``ask``, ``ingest``, ``articles``, ``article_text``.

They validate input, resolve settings (explicit, else ``QA_*`` variables),
and run the pipeline: follow-up folding, hybrid retrieval, the extractive
answerer. Heavy objects are cached per settings in ``qa.engine``. This is the
layer the CLI, the Gradio app and the evaluation all call.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from typing import Any

from qa import answer as extractive
from qa import followup, index
from qa.corpus import read_article
from qa.engine import engine_for, reset
from qa.errors import CorpusError, IndexMissingError, QuestionError
from qa.retrieve import Filters, retrieve
from qa.settings import Settings
from qa.types import Answer, ArticleInfo, IngestReport

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029]")


def ingest(settings: Settings | None = None, *, rebuild: bool = False, progress: index.Progress | None = None) -> IngestReport:
    """Bring the index in line with the corpus folder (incremental unless ``rebuild``)."""
    settings = settings or Settings.from_env()
    report = index.ingest(settings, rebuild=rebuild, progress=progress)
    reset(settings)
    return report


def ask(question: str, history: Sequence[dict[str, Any]] | None = None, *, settings: Settings | None = None,
        top_k: int | None = None, outlets: Sequence[str] = (), since: str = "", until: str = "") -> Answer:
    """Answer ``question`` from the articles, citing the passages used, or refuse."""
    started = time.perf_counter()
    settings = settings or Settings.from_env()
    question = check_question(question, settings)
    turns = followup.parse_history(history)
    query, borrowed = followup.fold(question, turns)
    k = settings.top_k if top_k is None else top_k
    if not 1 <= k <= 100:
        raise QuestionError(f"top_k={k} must be between 1 and 100.")
    filters = Filters(tuple(o for o in outlets if o.strip()), since, until)
    engine = engine_for(settings)
    try:
        retrieved = retrieve(engine, query, k, filters)
    except IndexMissingError:
        ingest(settings)  # first question on a fresh checkout: build the index from the corpus
        engine = engine_for(settings)
        retrieved = retrieve(engine, query, k, filters)
    result = extractive.build(question, query, borrowed, retrieved, engine)
    return _timed(result, started)


def _timed(result: Answer, started: float) -> Answer:
    import dataclasses

    return dataclasses.replace(result, latency_ms=round((time.perf_counter() - started) * 1000, 1))


def check_question(question: object, settings: Settings) -> str:
    if not isinstance(question, str):
        raise QuestionError(f"The question must be text, not {type(question).__name__}.")
    bad = _CONTROL.search(question)
    if bad:
        raise QuestionError(f"The question contains a control character (U+{ord(bad.group()):04X}); remove it and ask again.")
    question = " ".join(question.split())
    if not question:
        raise QuestionError("The question is empty: type a question about the articles.")
    if len(question) > settings.max_question_chars:
        raise QuestionError(
            f"The question is {len(question):,} characters long; keep it under {settings.max_question_chars:,} "
            "(QA_MAX_QUESTION_CHARS)."
        )
    return question


def articles(settings: Settings | None = None) -> list[ArticleInfo]:
    """The indexed articles, as the corpus view lists them."""
    settings = settings or Settings.from_env()
    manifest = engine_for(settings).store.manifest()
    return [
        ArticleInfo(r.id, r.title, r.outlet, r.author, r.url, r.published, r.chunks, r.body_start)
        for r in sorted(manifest.values(), key=lambda r: r.id)
    ]


def article_text(article_id: str, settings: Settings | None = None) -> str:
    """The full text of an indexed article, the one citation offsets point into."""
    settings = settings or Settings.from_env()
    _, records = engine_for(settings).store.records([article_id])
    record = records.get(article_id)
    if record is None:
        raise CorpusError(f"No indexed article {article_id!r}; run 'qa ingest' if it was just added.")
    root = settings.corpus_dir.resolve()
    path = (settings.corpus_dir / article_id).resolve()
    if not path.is_relative_to(root):
        raise CorpusError(f"Article id {article_id!r} points outside the corpus folder.")
    article = read_article(path, article_id, settings.max_article_bytes)
    if article.version != record.version:
        raise CorpusError(f"{article_id} changed on disk since it was indexed; run 'qa ingest' to see the new version.")
    return article.text
