"""Validate the evaluation question sets against the news corpus.

Loads the question sets named in ``FILES`` (the development and held-out sets, then
``blind_questions.jsonl`` and ``blind2_questions.jsonl`` up to number ``LAST_BLIND``, found next to
this script) and checks that:

* every line is a JSON object with exactly the expected keys and types;
* ids are unique across the files;
* ``kind`` is one of the known kinds and agrees with ``answerable``;
* unanswerable questions have no answers and no evidence, answerable ones
  have both, and follow-up questions carry a non-empty ``history``;
* every evidence string is an exact substring of some corpus article;
* every answer appears in some article after normalisation (NFKC, casefold,
  curly quotes to straight quotes, collapsed whitespace).

Usage::

    python3 evals/check_questions.py [CORPUS_DIR]

CORPUS_DIR defaults to ``<repo root>/corpus``, the articles the product answers from (with the front
matter, such as ``author:``, that a question may cite). One line is printed
per problem; the exit status is non-zero if any problem is found.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

EVALS_DIR = Path(__file__).resolve().parent
DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "corpus"
LAST_BLIND = 391  # raise it when a set is added: every set up to it must be present
FILES = (
    "seed_questions.jsonl",
    "holdout_questions.jsonl",
    "blind_questions.jsonl",
    *(f"blind{n}_questions.jsonl" for n in range(2, LAST_BLIND + 1)),
)
KINDS = {"factoid", "multi-source", "conflict", "follow-up", "unanswerable"}
KEY_TYPES = {
    "id": str,
    "question": str,
    "answers": list,
    "evidence": list,
    "answerable": bool,
    "history": list,
    "kind": str,
}
QUOTE_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
    }
)


def normalise(text: str) -> str:
    """Return text NFKC-normalised, casefolded, with straight quotes and single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(QUOTE_MAP)
    return re.sub(r"\s+", " ", text).strip()


def load_corpus(corpus_dir: Path) -> dict[str, str]:
    """Read every ``*.txt`` article in corpus_dir, keyed by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt"))}


def check_history(where: str, history: list) -> list[str]:
    """Check that history is a list of {role, content} turns."""
    problems = []
    for i, turn in enumerate(history):
        if not isinstance(turn, dict) or set(turn) != {"role", "content"}:
            problems.append(f"{where}: history[{i}] must be an object with keys role and content")
            continue
        if turn["role"] not in ("user", "assistant"):
            problems.append(f"{where}: history[{i}] has bad role {turn['role']!r}")
        if not isinstance(turn["content"], str) or not turn["content"].strip():
            problems.append(f"{where}: history[{i}] has empty or non-string content")
    return problems


def check_record(where: str, rec: object, raw: list[str], norm: list[str]) -> list[str]:
    """Return the problems found in one question record."""
    if not isinstance(rec, dict):
        return [f"{where}: line is not a JSON object"]
    problems = []
    missing = set(KEY_TYPES) - set(rec)
    extra = set(rec) - set(KEY_TYPES)
    if missing:
        problems.append(f"{where}: missing keys {sorted(missing)}")
    if extra:
        problems.append(f"{where}: unexpected keys {sorted(extra)}")
    for key, typ in KEY_TYPES.items():
        if key in rec and not isinstance(rec[key], typ):
            problems.append(f"{where}: {key} should be {typ.__name__}")
    if problems:
        return problems

    if not rec["question"].strip():
        problems.append(f"{where}: empty question")
    kind = rec["kind"]
    if kind not in KINDS:
        problems.append(f"{where}: unknown kind {kind!r}")
    if rec["answerable"] != (kind != "unanswerable"):
        problems.append(f"{where}: answerable={rec['answerable']} does not fit kind {kind!r}")
    if kind == "unanswerable":
        if rec["answers"] or rec["evidence"]:
            problems.append(f"{where}: unanswerable question must have empty answers and evidence")
    else:
        if not rec["answers"]:
            problems.append(f"{where}: answerable question has no answers")
        if not rec["evidence"]:
            problems.append(f"{where}: answerable question has no evidence")
    if kind == "follow-up" and not rec["history"]:
        problems.append(f"{where}: follow-up question has empty history")
    if kind in ("conflict", "multi-source") and len(rec["evidence"]) < 2:
        problems.append(f"{where}: {kind} question needs evidence from at least two articles")
    problems += check_history(where, rec["history"])

    for ans in rec["answers"]:
        if not isinstance(ans, str) or not ans.strip():
            problems.append(f"{where}: answer {ans!r} is not a non-empty string")
        elif not any(normalise(ans) in text for text in norm):
            problems.append(f"{where}: answer not found in corpus: {ans!r}")
    for ev in rec["evidence"]:
        if not isinstance(ev, str) or not ev.strip():
            problems.append(f"{where}: evidence {ev!r} is not a non-empty string")
        elif not any(ev in text for text in raw):
            problems.append(f"{where}: evidence not an exact substring of any article: {ev!r}")
    return problems


def main(argv: list[str]) -> int:
    """Check both question files and return the process exit status."""
    corpus_dir = Path(argv[1]) if len(argv) > 1 else DEFAULT_CORPUS
    corpus = load_corpus(corpus_dir)
    problems: list[str] = []
    if not corpus:
        print(f"no *.txt articles found in {corpus_dir}")
        return 1
    raw = list(corpus.values())
    norm = [normalise(text) for text in raw]
    seen: dict[str, str] = {}
    for name in FILES:
        path = EVALS_DIR / name
        if not path.is_file():
            problems.append(f"{name}: file not found")
            continue
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}:{lineno}"
            if not line.strip():
                problems.append(f"{where}: blank line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{where}: invalid JSON ({exc})")
                continue
            if isinstance(rec, dict) and isinstance(rec.get("id"), str):
                if rec["id"] in seen:
                    problems.append(f"{where}: duplicate id {rec['id']!r} (first at {seen[rec['id']]})")
                else:
                    seen[rec["id"]] = where
                where = f"{where} ({rec['id']})"
            problems += check_record(where, rec, raw, norm)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
