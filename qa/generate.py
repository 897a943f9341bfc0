"""The written-answer path: condense -> retrieve -> decide -> budget -> prompt -> stream -> check -> Answer.

``run`` is a generator of events: text deltas (``str``) as the model writes,
then exactly one final ``Answer`` that replaces whatever was streamed.

- A follow-up is rewritten into a standalone question with prompts/condense.txt
  (CondensePlusContext-style); if the model fails there, the offline fold of
  ``qa.followup`` is used instead.
- No evidence, no call: the extractive answerer decides first, and when it
  refuses, the answer is that refusal and the model is never asked.
- The sources (strongest first) are fitted to the model's context window
  minus ``QA_LLM_MAX_TOKENS``, counted with tiktoken, dropping the weakest.
- The finished text goes through ``qa.citecheck``; the model's own numbering
  is never trusted.
- Any ``LLMError`` (after ``qa.llm``'s bounded retries) ends in the extractive
  answer with a notice saying why.
Retrieval itself is passed in by ``qa.api`` (it knows how to build a missing index).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from qa import answer as extractive
from qa import citecheck, followup, llm, prompts
from qa.chunking import count_tokens
from qa.engine import Engine
from qa.errors import LLMError
from qa.history import Turn
from qa.retrieve import Retrieved
from qa.text import terms
from qa.types import Answer, Passage

Event = str | Answer
Retriever = Callable[[str], tuple[Retrieved, Engine]]
HISTORY_MESSAGES = 6  # the latest turns the condense prompt sees
HISTORY_CHARS = 800  # per message: old answers can be long, the question rarely needs all of them
# Chat templates add tokens per message and the model's tokenizer is not cl100k_base: keep a margin.
TEMPLATE_TOKENS = 64
TOKENIZER_MARGIN = 0.9
_PREFIX = ("standalone question:", "question:", "rewritten question:")


def run(
    question: str,
    turns: Sequence[Turn],
    model: llm.Model,
    retriever: Retriever,
    max_question_chars: int,
    prompts_dir: Path | None = None,
) -> Iterator[Event]:
    """Events for one question in LLM mode; ``question`` is already checked."""
    texts = prompts.load(prompts_dir)
    notice = ""
    # ``asked`` is the question the model answers; ``query`` (with ``borrowed`` context) is what retrieval sees.
    asked, query, borrowed = question, question, ""
    # Only a question that leans on the conversation is rewritten: one that stands alone costs no call.
    if followup.fold(question, turns)[1]:
        try:
            rewrite = condense(model, texts, question, turns, max_question_chars)
        except LLMError as exc:
            rewrite, notice = "", f"{exc}; the follow-up was resolved without it."
        if rewrite:
            asked = query = rewrite
        else:
            query, borrowed = followup.fold(question, turns)
    retrieved, engine = retriever(query)
    decided = extractive.build(asked, query, borrowed, retrieved, engine)
    if decided.refused:  # no evidence, no call
        yield dataclasses.replace(decided, question=question, query=query, mode="llm", notice=notice)
        return
    fallback = dataclasses.replace(decided, question=question, query=query, mode="extractive")
    # The model answers the standalone question: it does not see the conversation.
    sources = fit(list(retrieved.passages), model, texts, asked)
    if not sources:
        yield dataclasses.replace(
            fallback, notice=f"The sources do not fit the context window of {model.backend.label}; showing the extractive answer."
        )
        return
    messages = [("system", system_prompt(texts)), ("user", answer_prompt(texts, sources, asked))]
    written: list[str] = []
    try:
        for delta in model.stream(messages):
            written.append(delta)
            yield delta
    except LLMError as exc:
        yield dataclasses.replace(fallback, notice=f"{exc}; showing the extractive answer instead.")
        return
    yield finish(question, query, "".join(written), sources, engine, fallback, notice)


def finish(
    question: str, query: str, written: str, sources: Sequence[Passage], engine: Engine, fallback: Answer, notice: str = ""
) -> Answer:
    """The checked Answer for a finished text, or the fallback when nothing usable was written."""
    if citecheck.is_refusal(written, extractive.REFUSAL):
        return Answer(
            question=question, text=extractive.REFUSAL, citations=(), refused=True, query=query, mode="llm", notice=notice
        )
    checked = citecheck.check(written, sources, engine)
    if not checked.text.strip() or not checked.claims:
        return dataclasses.replace(fallback, notice="The model wrote no usable answer; showing the extractive answer instead.")
    if not checked.citations:
        notice = " ".join(x for x in (notice, "No sentence of this answer is supported by the articles.") if x)
    return Answer(
        question=question,
        text=checked.text,
        citations=checked.citations,
        refused=False,
        query=query,
        mode="llm",
        notice=notice,
        unresolved_markers=checked.unresolved,
        unsupported_sentences=checked.unsupported,
    )


def condense(model: llm.Model, texts: prompts.Prompts, question: str, turns: Sequence[Turn], max_question_chars: int) -> str:
    """The model's standalone question, or "" when its rewrite is unusable (the caller then folds offline).

    A rewrite must read as a question and keep at least half of the follow-up's own content words; a small model
    often answers, echoes the conversation or writes a preamble instead, and that would only mislead retrieval.
    """
    recent = [t for t in turns if t.role in ("user", "assistant") and t.content.strip()][-HISTORY_MESSAGES:]
    history = "\n".join(f"{t.role.capitalize()}: {prompts.one_line(t.content)[:HISTORY_CHARS]}" for t in recent)
    reply = model.complete([("user", texts.condense.fill(history=history, question=prompts.one_line(question)))])
    own = set(terms(question))
    for line in reply.splitlines():
        line = line.strip()
        for prefix in _PREFIX:
            if line.casefold().startswith(prefix):
                line = line[len(prefix) :].strip()
        line = line.strip("\"'“”‘’*` ")
        kept = own & set(terms(line))
        if line.endswith("?") and len(line) <= max_question_chars and len(kept) * 2 >= len(own) and terms(line):
            return line
    return ""


def system_prompt(texts: prompts.Prompts) -> str:
    return texts.system.fill(refusal=extractive.REFUSAL)


def source_block(texts: prompts.Prompts, number: int, p: Passage) -> str:
    return texts.source.fill(
        number=number,
        title=prompts.one_line(p.title) or "(untitled)",
        outlet=prompts.one_line(p.outlet) or "(unknown)",
        date=prompts.one_line(p.published) or "(undated)",
        text=prompts.quote(p.text.strip()),
    )


def answer_prompt(texts: prompts.Prompts, sources: Sequence[Passage], question: str) -> str:
    blocks = "\n\n".join(source_block(texts, n, p) for n, p in enumerate(sources, 1))
    return texts.answer.fill(sources=blocks, question=prompts.one_line(question))


def budget(model: llm.Model) -> int:
    """Prompt tokens the model can take while leaving room for QA_LLM_MAX_TOKENS of answer."""
    return int((model.context_window - model.max_tokens) * TOKENIZER_MARGIN) - TEMPLATE_TOKENS


def fit(passages: list[Passage], model: llm.Model, texts: prompts.Prompts, question: str) -> list[Passage]:
    """The strongest passages whose prompt fits the budget; the weakest are dropped first."""
    kept = sorted(passages, key=lambda p: -p.score)
    limit = budget(model)
    fixed = count_tokens(system_prompt(texts)) + count_tokens(answer_prompt(texts, [], question))
    sizes = [count_tokens(source_block(texts, n, p)) + 2 for n, p in enumerate(kept, 1)]
    while kept and fixed + sum(sizes) > limit:
        kept.pop()
        sizes.pop()
    return kept
