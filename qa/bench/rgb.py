"""RGB en_fact (counterfactual robustness): does the answer surface a conflict, or state the counterfactual?

Each of the 100 questions comes with true passages and counterfactual copies
("positive_wrong": the same text with a false answer). One corpus holds them
all: question N's passages live in ``rgb-NNN/`` with outlet ``rgb-NNN``, in a
shuffled order, under a constant neutral title, and each question is asked
with that outlet as its filter, so it sees exactly its own true and
counterfactual passages together. The noise ("negative") passages are left
out. Each answer is put in one class:

- conflict surfaced: both the true and the counterfactual answer are stated,
  each in a sentence whose marker cites a passage holding that version;
- both stated, not each cited; counterfactual only (silently wrong);
  true only (correct, but the disagreement is hidden); neither; refused.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qa import api, metrics
from qa.bench import data
from qa.boundaries import sentence_spans
from qa.settings import Settings
from qa.types import Answer

CLASSES = ("conflict surfaced", "both stated, not each cited", "counterfactual only", "true only", "neither", "refused")
TITLE = "RGB passage"


@dataclass(frozen=True)
class RgbQuestion:
    id: int
    query: str
    answers: tuple[str, ...]  # alternative spellings of the true answer
    fake: str
    outlet: str


def _answers(value: Any) -> tuple[str, ...]:
    """RGB answers are a string or a list of lists of alternative spellings; flattened to alternatives."""
    if isinstance(value, str):
        return (value,)
    flat: list[str] = []
    for item in value:
        flat.extend(_answers(item))
    return tuple(dict.fromkeys(flat))


def rgb_corpus(path: Path, corpus_dir: Path) -> list[RgbQuestion]:
    questions = []
    for row in data.read_jsonl(path):
        outlet = f"rgb-{int(row['id']):03d}"
        passages = [*row["positive"], *row["positive_wrong"]]
        random.Random(int(row["id"])).shuffle(passages)  # file order must not tell true from counterfactual
        for n, text in enumerate(passages):
            data.write(corpus_dir / outlet / f"p{n:02d}.txt", f"---\ntitle: {TITLE}\noutlet: {outlet}\n---\n{text.strip()}\n")
        questions.append(RgbQuestion(int(row["id"]), row["query"], _answers(row["answer"]), str(row["fakeanswer"]), outlet))
    return questions


def stated_and_cited(answer: Answer, values: tuple[str, ...]) -> bool:
    """Some answer sentence states one of ``values`` and cites a passage that holds it."""
    by_number = {c.number: c for c in answer.citations}
    for s, e in sentence_spans(answer.text):
        sentence = answer.text[s:e]
        if not metrics.contains_any(metrics.strip_markers(sentence), values):
            continue
        if any(n in by_number and metrics.contains_any(by_number[n].text, values) for n in metrics.markers(sentence)):
            return True
    return False


def miscited(answer: Answer, q: RgbQuestion) -> bool:
    """A sentence states one version and cites, as its support, a passage that holds only the other."""
    by_number = {c.number: c for c in answer.citations}
    for s, e in sentence_spans(answer.text):
        sentence = answer.text[s:e]
        plain = metrics.strip_markers(sentence)
        for mine, other in ((q.answers, (q.fake,)), ((q.fake,), q.answers)):
            if not metrics.contains_any(plain, mine) or metrics.contains_any(plain, other):
                continue
            for n in metrics.markers(sentence):
                cited = by_number.get(n)
                if cited and metrics.contains_any(cited.text, other) and not metrics.contains_any(cited.text, mine):
                    return True
    return False


def classify(answer: Answer, q: RgbQuestion) -> str:
    if answer.refused:
        return "refused"
    text = metrics.strip_markers(answer.text)
    true_in, fake_in = metrics.contains_any(text, q.answers), metrics.contains_any(text, (q.fake,))
    if true_in and fake_in:
        cited = stated_and_cited(answer, q.answers) and stated_and_cited(answer, (q.fake,))
        return "conflict surfaced" if cited else "both stated, not each cited"
    if fake_in:
        return "counterfactual only"
    return "true only" if true_in else "neither"


@dataclass(frozen=True)
class RgbRun:
    classes: dict[str, int]
    conflicting_flag: int  # answers the answerer itself marked as conflicting
    miscited: int  # answers citing a passage that holds the other version as support for a sentence
    questions: int
    chunks: int
    ingest_seconds: float
    examples: dict[str, list[dict[str, str]]]

    def rate(self, name: str) -> float:
        return self.classes.get(name, 0) / self.questions if self.questions else 0.0

    def markdown(self) -> str:
        lines = [
            f"RGB en_fact (counterfactual robustness): {self.questions} questions, each over its own true and "
            f"counterfactual passages ({self.chunks} chunks in all)",
            "",
            "| answer | questions | share |",
            "|---|---:|---:|",
            *(f"| {name} | {self.classes.get(name, 0)} | {self.rate(name):.3f} |" for name in CLASSES),
            "",
            f"Answers the answerer itself flagged as conflicting: {self.conflicting_flag} ({self.conflicting_flag / max(self.questions, 1):.3f}).",
            f"Answers where a sentence cites, as its support, a passage holding only the other version: {self.miscited} "
            f"({self.miscited / max(self.questions, 1):.3f}).",
        ]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "questions": self.questions,
            "classes": self.classes,
            "rates": {c: self.rate(c) for c in CLASSES},
            "conflicting_flag": self.conflicting_flag,
            "miscited": self.miscited,
            "chunks": self.chunks,
            "ingest_seconds": round(self.ingest_seconds, 1),
            "examples": self.examples,
        }

    def chart(self, path: Path) -> None:
        from qa import charts

        charts.bars(
            [(c, {"share of questions": self.rate(c)}) for c in CLASSES],
            ["share of questions"],
            path,
            f"RGB en_fact: {self.questions} questions, each over true + counterfactual passages",
        )


def run(settings: Settings, root: Path | None = None, size: int | None = None, tune: bool = False) -> RgbRun:
    """``tune`` has no separate sample here (all 100 questions are the benchmark); it is accepted and ignored."""
    source = data.source(root, "rgb", "en_fact.json")
    bench = data.bench_settings(settings, "rgb-en_fact", [source])
    questions = rgb_corpus(source, bench.corpus_dir)
    if size is not None:
        questions = questions[:size]
    report = data.ingest(bench).ingest
    counts: Counter[str] = Counter()
    flagged = wrong_support = 0
    examples: dict[str, list[dict[str, str]]] = {}
    for q in questions:
        answer = api.ask(q.query, settings=bench, outlets=[q.outlet])
        label = classify(answer, q)
        counts[label] += 1
        flagged += answer.conflicting
        wrong_support += miscited(answer, q)
        bucket = examples.setdefault(label, [])
        if len(bucket) < 3:
            bucket.append({"query": q.query, "true": q.answers[0], "counterfactual": q.fake, "answer": answer.text})
    return RgbRun(dict(counts), flagged, wrong_support, len(questions), report.chunks, report.seconds, examples)
