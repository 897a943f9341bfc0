"""Conversation history as ``qa.ask`` accepts it: validated into ``Turn``s.

A history is a list of {"role", "content"} messages (the OpenAI and Gradio
messages style; content may also be a list of text blocks). Anything else is
a ``QuestionError`` naming the message at fault. Only the latest
``MAX_TURNS`` messages are kept, so a runaway client cannot make a question
cost more than a long conversation does. Reading what a follow-up leans on is
``qa.followup``'s job, not this module's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from qa.errors import QuestionError

MAX_TURNS = 200


@dataclass(frozen=True)
class Turn:
    role: str
    content: str


def parse_history(history: Any) -> tuple[Turn, ...]:
    """Accept a list of {"role", "content"} dicts (OpenAI/Gradio messages style)."""
    if history is None:
        return ()
    if not isinstance(history, Sequence) or isinstance(history, str | bytes):
        raise QuestionError("history must be a list of {'role': 'user'|'assistant', 'content': str} messages.")
    turns: list[Turn] = []
    for n, item in enumerate(list(history)[-MAX_TURNS:], 1):
        if not isinstance(item, dict) or "role" not in item or "content" not in item:
            raise QuestionError(f"history message {n} must be a dict with 'role' and 'content'.")
        role = item["role"]
        if role not in ("user", "assistant", "system"):
            raise QuestionError(f"history message {n} has role {role!r}; use 'user' or 'assistant'.")
        turns.append(Turn(str(role), _content_text(item["content"], n)))
    return tuple(turns)


def _content_text(content: Any, n: int) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content blocks, e.g. [{"type": "text", "text": "..."}]
        parts = [c.get("text", "") if isinstance(c, dict) else str(c) for c in content]
        return " ".join(p for p in parts if isinstance(p, str))
    if isinstance(content, dict) and isinstance(content.get("text"), str):
        return content["text"]
    raise QuestionError(f"history message {n} has content of type {type(content).__name__}; use a string.")
