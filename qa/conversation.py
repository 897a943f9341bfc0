"""The browser chat's conversation: turns, asking with history, feedback, export.

A ``Turn`` is one question with its ``Answer`` or a one-line error. The app
keeps a list of them per browser session; this module turns that list into
the ``history`` that ``qa.ask`` folds follow-ups with, records thumbs up/down
in ``settings.feedback_file`` (a local JSONL file; nothing leaves the
machine), and exports the conversation as JSON or Markdown. No HTML here
(that is ``qa.ui``) and no Gradio import.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from qa.api import article_text, articles, stream
from qa.errors import QAError
from qa.render import as_markdown
from qa.settings import Settings
from qa.types import Answer, ArticleInfo, Citation

log = logging.getLogger(__name__)

EXTRACTIVE, LLM = "extractive", "llm"
RATINGS = ("up", "down")
_FEEDBACK_LOCK = threading.Lock()
# Markers a model is still writing are not checked yet: the streamed text leaves them out.
_UNCHECKED = re.compile(r"\s*\[[^\]\n]{0,40}\]|\s*\[[^\]\n]{0,40}$")


@dataclass(frozen=True)
class Turn:
    question: str
    answer: Answer | None = None
    error: str = ""  # one readable line when the question could not be answered
    rating: str = ""  # "up" or "down" once the reader gave feedback


@dataclass(frozen=True)
class Options:
    """What the settings panel controls for one question."""

    top_k: int | None = None
    outlets: tuple[str, ...] = ()
    since: str = ""
    until: str = ""
    mode: str = EXTRACTIVE


def answer_modes(settings: Settings) -> list[str]:
    """The answer modes a reader can pick: the LLM mode only when a model is configured."""
    return [EXTRACTIVE, LLM] if settings.llm else [EXTRACTIVE]


def settings_for(settings: Settings, mode: str) -> Settings:
    """The settings one question runs with: the extractive mode switches a configured LLM off."""
    if mode not in answer_modes(settings):
        raise QAError(f"Answer mode {mode!r} is not available; choose one of {', '.join(answer_modes(settings))}.")
    return settings.replace(llm="") if mode == EXTRACTIVE and settings.llm else settings


def history(turns: Sequence[Turn]) -> list[dict[str, str]]:
    """The answered turns as chat messages; failed turns are left out (they taught the assistant nothing)."""
    messages: list[dict[str, str]] = []
    for turn in turns:
        if turn.answer is not None:
            messages += [{"role": "user", "content": turn.question}, {"role": "assistant", "content": turn.answer.text}]
    return messages


def error_message(exc: BaseException) -> str:
    """One line for the reader: the package's own message, or a generic one (the traceback goes to the log)."""
    if isinstance(exc, QAError):
        text = " ".join(str(exc).split())
        return text or type(exc).__name__
    return f"Something went wrong while answering ({type(exc).__name__}); the details are in the server log. Try again."


def answer_turn(question: str, turns: Sequence[Turn], options: Options, settings: Settings) -> Turn:
    """Ask with the conversation so far; any failure becomes a turn with a readable error, never an exception."""
    final = Turn(question=question, error="No answer came back; please ask again.")
    for event in answer_events(question, turns, options, settings):
        if isinstance(event, Turn):
            final = event
    return final


def answer_events(question: str, turns: Sequence[Turn], options: Options, settings: Settings) -> Iterator[str | Turn]:
    """The text written so far (``str``, LLM mode only, markers left out until they are checked), then the Turn.

    Any failure, before or during the stream, ends as a Turn with a readable error, never an exception.
    """
    written = ""
    try:
        events = stream(
            question,
            history(turns),
            settings=settings_for(settings, options.mode),
            top_k=options.top_k,
            outlets=options.outlets,
            since=options.since.strip(),
            until=options.until.strip(),
            mode=options.mode,
        )
        for event in events:
            if isinstance(event, Answer):
                yield Turn(question=event.question, answer=event)
                return
            written += event
            yield _UNCHECKED.sub("", written)
    except Exception as exc:  # the chat must show something readable, whatever broke
        if not isinstance(exc, QAError):
            log.exception("answering %r failed", question)
        yield Turn(question=question, error=error_message(exc))


@dataclass(frozen=True)
class CitedArticle:
    """What the article panel shows for one clicked marker or source card."""

    question: str
    citation: Citation
    text: str  # the full article text the citation's offsets point into
    info: ArticleInfo | None


def cited_article(turns: Sequence[Turn], index: object, number: object, settings: Settings) -> CitedArticle:
    """The article behind source ``number`` of turn ``index`` (both as sent by the page, so checked)."""
    try:
        i, n = int(index), int(number)  # type: ignore[call-overload]
    except (TypeError, ValueError) as exc:
        raise QAError("That source link is malformed; ask the question again.") from exc
    answer = turns[i].answer if 0 <= i < len(turns) else None
    cited = next((c for c in answer.citations if c.number == n), None) if answer is not None else None
    if answer is None or cited is None:
        raise QAError(f"Source [{n}] is no longer in the conversation; ask the question again.")
    text = article_text(cited.article_id, settings)
    info = next((a for a in articles(settings) if a.article_id == cited.article_id), None)
    return CitedArticle(answer.question, cited, text, info)


def record_feedback(turns: Sequence[Turn], index: int, rating: str, settings: Settings) -> list[Turn]:
    """Append a rating of turn ``index`` to the feedback file; the turns with that rating marked."""
    if rating not in RATINGS:
        raise QAError(f"Feedback must be one of {RATINGS}, not {rating!r}.")
    if not 0 <= index < len(turns) or turns[index].answer is None:
        raise QAError("That answer is no longer in the conversation; nothing was recorded.")
    turn = turns[index]
    answer = turn.answer
    assert answer is not None
    record = {
        "time": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "rating": rating,
        "question": turn.question,
        "query": answer.query,
        "answer": answer.text,
        "refused": answer.refused,
        "conflicting": answer.conflicting,
        "mode": answer.mode,
        "citations": [
            {"number": c.number, "article_id": c.article_id, "start": c.start, "end": c.end, "score": c.score}
            for c in answer.citations
        ],
    }
    path = settings.feedback_file
    with _FEEDBACK_LOCK:  # one line per write, never interleaved between sessions
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    updated = list(turns)
    updated[index] = Turn(turn.question, turn.answer, turn.error, rating)
    return updated


def turn_markdown(turn: Turn) -> str:
    """One turn as Markdown: the answer with its sources, or the error."""
    if turn.answer is None:
        return f"_Could not answer: {turn.error}_"
    return as_markdown(turn.answer)


def export_markdown(turns: Sequence[Turn]) -> str:
    lines = ["# Conversation", ""]
    for n, turn in enumerate(turns, 1):
        lines += [f"## {n}. {turn.question}", "", turn_markdown(turn), ""]
    return "\n".join(lines)


def export_json(turns: Sequence[Turn]) -> str:
    data = {
        "exported": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "turns": [
            {
                "question": t.question,
                "answer": t.answer.to_dict() if t.answer is not None else None,
                "error": t.error or None,
                "rating": t.rating or None,
            }
            for t in turns
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
