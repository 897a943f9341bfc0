"""The public functions: ``ask``, ``stream``, ``ingest``, ``articles``, ``article_text``.

They validate input, resolve settings (explicit, else ``QA_*`` variables),
and run the pipeline: follow-up folding, hybrid retrieval, questions about the
articles themselves (``qa.byline``, ``qa.sources``), the extractive answerer (or,
in LLM mode, ``qa.generate``). Heavy objects are cached per settings in ``qa.engine``. This is the
layer the CLI, the Gradio app and the evaluation all call.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Iterator, Sequence
from typing import Any

from qa import answer as extractive
from qa import attribution, byline, compound, followup, index, kinds, parties, sources
from qa.corpus import read_article
from qa.engine import Engine, engine_for, reset
from qa.errors import ConfigError, CorpusError, IndexMissingError, QuestionError
from qa.history import Turn, parse_history
from qa.retrieve import Filters, Retrieved, retrieve
from qa.settings import Settings
from qa.spelling import with_apostrophes
from qa.types import Answer, ArticleInfo, IngestReport

EXTRACTIVE_MODE, LLM_MODE = "extractive", "llm"
# A why-question's answer ("... because of its invasion of Ukraine") often sits in a passage sharing few of
# its words, ranked just past top_k (sixth for blind16 w05, ninth for "What event is blamed for China keeping
# quiet about Russia?", blind158 fi17); reading this many more costs a few sentences.
WHY_EXTRA = 5
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029]")


def ingest(settings: Settings | None = None, *, rebuild: bool = False, progress: index.Progress | None = None) -> IngestReport:
    """Bring the index in line with the corpus folder (incremental unless ``rebuild``)."""
    settings = settings or Settings.from_env()
    report = index.ingest(settings, rebuild=rebuild, progress=progress)
    reset(settings)
    return report


def ask(
    question: str,
    history: Sequence[dict[str, Any]] | None = None,
    *,
    settings: Settings | None = None,
    top_k: int | None = None,
    outlets: Sequence[str] = (),
    since: str = "",
    until: str = "",
    mode: str | None = None,
) -> Answer:
    """Answer ``question`` from the articles, citing the passages used, or refuse.

    ``mode`` is "extractive" (the articles' own sentences) or "llm" (written by QA_LLM, citations checked);
    by default "llm" when QA_LLM is set.
    """
    final: Answer | None = None
    for event in stream(question, history, settings=settings, top_k=top_k, outlets=outlets, since=since, until=until, mode=mode):
        if isinstance(event, Answer):
            final = event
    assert final is not None
    return final


def stream(
    question: str,
    history: Sequence[dict[str, Any]] | None = None,
    *,
    settings: Settings | None = None,
    top_k: int | None = None,
    outlets: Sequence[str] = (),
    since: str = "",
    until: str = "",
    mode: str | None = None,
) -> Iterator[str | Answer]:
    """Like ``ask``, as events: text deltas (``str``) while a model writes, then the final ``Answer``.

    The final Answer replaces the streamed text (its citations are checked and renumbered, or it is the
    extractive fallback with a notice). The extractive mode yields only the Answer. Bad input and a missing
    extra or key raise here, before the first event.
    """
    started = time.perf_counter()
    settings = settings or Settings.from_env()
    mode = _mode(mode, settings)
    question = check_question(question, settings)
    turns = parse_history(history)
    k = settings.top_k if top_k is None else top_k
    if not 1 <= k <= 100:
        raise QuestionError(f"top_k={k} must be between 1 and 100.")
    filters = Filters(tuple(o for o in outlets if o.strip()), since, until)
    filters.since_ts()  # a bad date is a QuestionError before any model is asked
    filters.until_ts()

    def retriever(query: str, depth: int = k) -> tuple[Retrieved, Engine]:
        engine = engine_for(settings)
        try:
            return retrieve(engine, query, depth, filters), engine
        except IndexMissingError:
            ingest(settings)  # first question on a fresh checkout: build the index from the corpus
            engine = engine_for(settings)
            return retrieve(engine, query, depth, filters), engine

    if mode == LLM_MODE:
        from qa import generate, llm

        model = llm.model_for(settings)  # a missing extra or key is a ConfigError here, before any work
        events = generate.run(question, turns, model, retriever, settings.max_question_chars, settings.prompts_dir)
        return (_timed(e, started) if isinstance(e, Answer) else e for e in events)

    def answer_one(question: str, turns: tuple[Turn, ...]) -> Answer:
        query, borrowed = followup.fold(attribution.combined_as_according(question), turns)
        depth = k + WHY_EXTRA if kinds.asked(question).kind == "reason" else k
        retrieved, engine = retriever(parties.with_national_agency(query), depth)
        if not retrieved.passages and filters.describe():
            return extractive.refusal(question, query, _no_match(filters))
        about_article = (
            sources.credited_elsewhere(question, query, engine)
            or byline.answer(question, query, engine, filters.outlets)
            or sources.answer(question, query, engine, filters.outlets)
        )
        return about_article or extractive.build(question, query, borrowed, retrieved, engine)

    def extractive_answer() -> Iterator[str | Answer]:
        answered = _extractive(compound.if_so(with_apostrophes(question)))
        yield dataclasses.replace(answered, question=question) if answered.question != question else answered

    def _extractive(question: str) -> Answer:
        halves = compound.parts(question)
        if halves is None:
            return _timed(answer_one(question, turns), started)
        # the second half is a follow-up to the first: its "it" and "there" reach back
        first = answer_one(halves[0], turns)
        if first.refused and compound.about_asked_person(halves, kinds.asked(halves[0]).kind):
            return _timed(dataclasses.replace(first, question=question), started)
        reply = Turn("assistant", "" if first.refused else first.text)
        second = answer_one(halves[1], (*turns, Turn("user", halves[0]), reply))
        return _timed(compound.merge(question, halves, first, second), started)

    return extractive_answer()


def _no_match(filters: Filters) -> str:
    dated = " (an article without a published date never matches a date filter)" if filters.since or filters.until else ""
    return f"No indexed article matches {filters.describe()}: widen or drop the filters{dated}."


def _mode(mode: str | None, settings: Settings) -> str:
    if mode is None:
        return LLM_MODE if settings.llm.strip() else EXTRACTIVE_MODE
    if mode not in (EXTRACTIVE_MODE, LLM_MODE):
        raise QuestionError(f"mode={mode!r} is unknown: use 'extractive' or 'llm'.")
    if mode == LLM_MODE and not settings.llm.strip():
        raise ConfigError("mode='llm' needs a language model: set QA_LLM (see docs/llm.md).")
    return mode


def _timed(result: Answer, started: float) -> Answer:
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
