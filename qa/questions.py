"""Question sets: load and validate the JSONL format the evaluation runs.

One JSON object per line::

    {"id": "q1", "question": "...", "answers": ["..."], "evidence": ["..."],
     "answerable": true, "history": [{"role": "user", "content": "..."}], "kind": "factoid"}

``answers`` is empty and ``answerable`` false for questions the articles
cannot answer; ``history`` is optional; ``kind`` is a free label that slices
the report (default "factoid", or "unanswerable" when ``answerable`` is
false). ``evidence`` holds passages of the articles (verbatim up to
normalisation) that support an answer. Blank lines are skipped. The whole
file is checked before any work and the first problem is reported with its
line number; unknown keys are rejected because a typo ("evidance") would
otherwise silently drop data. Whether the strings occur in a corpus is not
checked here (``qa.evaluate`` warns about evidence it cannot find).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qa.errors import QAError

KEYS = ("id", "question", "answers", "evidence", "answerable", "history", "kind")


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
    line: int = field(default=0, compare=False)  # where it is in its file, for error messages


def load(path: Path) -> list[Question]:
    """Every question in ``path``, or ``QuestionSetError`` naming the first bad line."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
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
            raise QuestionSetError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno}); fix that line.") from exc
        question = parse(row, where, number)
        if question.id in seen:
            raise QuestionSetError(f"{where}: id {question.id!r} is used twice; ids must be unique.")
        seen.add(question.id)
        out.append(question)
    if not out:
        raise QuestionSetError(f"{path} holds no questions; add JSON lines with id, question, answers, evidence, answerable.")
    return out


def parse(row: Any, where: str, line: int = 0) -> Question:
    """One validated question from a decoded JSON line; ``where`` prefixes every error."""
    if not isinstance(row, dict):
        raise QuestionSetError(f"{where}: each line must be a JSON object.")
    unknown = sorted(set(row) - set(KEYS))
    if unknown:
        raise QuestionSetError(f"{where}: unknown key {unknown[0]!r}; the keys are {', '.join(KEYS)}.")
    for key, kind in (("id", str), ("question", str), ("answers", list), ("evidence", list), ("answerable", bool)):
        if key not in row:
            raise QuestionSetError(f"{where}: missing key {key!r}.")
        if not isinstance(row[key], kind):
            raise QuestionSetError(f"{where}: {key!r} must be a {_json_type(kind)}, not {_json_type(type(row[key]))}.")
    if not row["id"].strip():
        raise QuestionSetError(f"{where}: the id is empty.")
    if not row["question"].strip():
        raise QuestionSetError(f"{where}: the question is empty.")
    for key in ("answers", "evidence"):
        if not all(isinstance(x, str) and x.strip() for x in row[key]):
            raise QuestionSetError(f"{where}: {key!r} must be a list of non-empty strings.")
    if row["answerable"] and not row["answers"]:
        raise QuestionSetError(f"{where}: an answerable question needs at least one answer.")
    if not row["answerable"] and row["answers"]:
        raise QuestionSetError(f'{where}: an unanswerable question must have no answers (or set "answerable": true).')
    history = row.get("history") or []
    if not isinstance(history, list) or not all(
        isinstance(t, dict) and t.get("role") in ("user", "assistant") and isinstance(t.get("content"), str) for t in history
    ):
        raise QuestionSetError(f'{where}: \'history\' must be a list of {{"role": "user"|"assistant", "content": str}}.')
    kind = row.get("kind", "factoid" if row["answerable"] else "unanswerable")
    if not isinstance(kind, str) or not kind.strip():
        raise QuestionSetError(f"{where}: 'kind' must be a non-empty string.")
    return Question(
        id=row["id"],
        question=row["question"],
        answers=tuple(row["answers"]),
        evidence=tuple(row["evidence"]),
        answerable=row["answerable"],
        history=tuple({"role": t["role"], "content": t["content"]} for t in history),
        kind=kind.strip(),
        line=line,
    )


def _json_type(kind: type) -> str:
    return {str: "string", list: "list", bool: "boolean", dict: "object", int: "number", float: "number"}.get(
        kind, "null" if kind is type(None) else kind.__name__
    )
