"""Question sets: load and validate the JSONL format the evaluation runs.

One JSON object per line: ``id``, ``question``, ``answers``, ``evidence``,
``answerable``, optional ``history`` and ``kind``. The whole file is checked
before any work; the first problem is reported with its line number.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qa.errors import QAError


class QuestionSetError(QAError):
    """The question file is malformed."""


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    answers: tuple[str, ...]
    evidence: tuple[str, ...]
    answerable: bool
    history: tuple[dict[str, str], ...] = field(default=())
    kind: str = "factoid"


def load(path: Path) -> list[Question]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise QuestionSetError(f"Cannot read the question file {path} ({exc}); check the path.") from exc
    out: list[Question] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise QuestionSetError(f"{where}: not valid JSON ({exc.msg}); fix that line.") from exc
        question = _parse(row, where)
        if question.id in seen:
            raise QuestionSetError(f"{where}: id {question.id!r} is used twice; ids must be unique.")
        seen.add(question.id)
        out.append(question)
    if not out:
        raise QuestionSetError(f"{path} holds no questions; add JSON lines with id, question, answers, evidence, answerable.")
    return out


def _parse(row: Any, where: str) -> Question:
    if not isinstance(row, dict):
        raise QuestionSetError(f"{where}: each line must be a JSON object.")
    for key, kind in (("id", str), ("question", str), ("answers", list), ("evidence", list), ("answerable", bool)):
        if key not in row:
            raise QuestionSetError(f"{where}: missing key {key!r}.")
        if not isinstance(row[key], kind):
            raise QuestionSetError(f"{where}: {key!r} must be a {kind.__name__}.")
    if not row["question"].strip():
        raise QuestionSetError(f"{where}: the question is empty.")
    for key in ("answers", "evidence"):
        if not all(isinstance(x, str) and x.strip() for x in row[key]):
            raise QuestionSetError(f"{where}: {key!r} must be a list of non-empty strings.")
    if row["answerable"] and not row["answers"]:
        raise QuestionSetError(f"{where}: an answerable question needs at least one answer.")
    if not row["answerable"] and row["answers"]:
        raise QuestionSetError(f"{where}: an unanswerable question must have no answers.")
    history = row.get("history") or []
    if not isinstance(history, list) or not all(
        isinstance(t, dict) and t.get("role") in ("user", "assistant") and isinstance(t.get("content"), str) for t in history
    ):
        raise QuestionSetError(f"{where}: 'history' must be a list of {{'role': 'user'|'assistant', 'content': str}}.")
    kind = row.get("kind", "factoid")
    if not isinstance(kind, str) or not kind:
        raise QuestionSetError(f"{where}: 'kind' must be a non-empty string.")
    return Question(
        id=row["id"], question=row["question"], answers=tuple(row["answers"]), evidence=tuple(row["evidence"]),
        answerable=row["answerable"], history=tuple(history), kind=kind,
    )
