"""Metric functions over answers and rankings; pure, no I/O.

Answer metrics compare normalised text (``qa.text.normalize``: NFKC, case,
curly vs straight quotes, dashes, white space). SQuAD exact match and token F1
use the official SQuAD normalisation on top (no punctuation, no articles
a/an/the). Ranking metrics follow the BEIR (pytrec_eval) definitions: linear
gains, log2 discount, ideal DCG from the judged relevances; ``ranked`` lists
are de-duplicated first so a document counts once. Aggregation (means,
slicing by kind) lives in ``qa.evaluate``.
"""

from __future__ import annotations

import math
import re
import string
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from qa.boundaries import sentence_spans
from qa.text import normalize

_MARKER = re.compile(r"\[(\d+)\]")
_MARKER_SPACE = re.compile(r"\s*\[\d+\]")
_PUNCTUATION = frozenset(string.punctuation)
_ARTICLES = re.compile(r"\b(a|an|the)\b")


def contains_any(text: str, needles: Iterable[str]) -> bool:
    """Some needle, normalised, is a substring of the normalised text (empty needles never match)."""
    hay = normalize(text)
    for needle in needles:
        wanted = normalize(needle)
        if wanted and wanted in hay:
            return True
    return False


def markers(text: str) -> list[int]:
    """The citation numbers of the [n] markers in ``text``, in order of appearance."""
    return [int(m) for m in _MARKER.findall(text)]


def strip_markers(text: str) -> str:
    """``text`` without its [n] markers: 'long [1].' becomes 'long.'."""
    return _MARKER_SPACE.sub("", text)


def markers_resolve(text: str, citation_numbers: Sequence[int]) -> bool:
    """Every [n] in the text names one of the citations (a text without markers resolves trivially)."""
    return set(markers(text)) <= set(citation_numbers)


def answer_sentences(text: str) -> list[str]:
    """The sentences of an answer, markers removed, list bullets and lead lines kept as sentences."""
    plain = strip_markers(text)
    return [plain[s:e].lstrip("- ").strip() for s, e in sentence_spans(plain) if plain[s:e].lstrip("- ").strip()]


def squad_normalize(text: str) -> str:
    """The official SQuAD answer normalisation, after ``normalize``: no punctuation, no articles, single spaces."""
    text = normalize(text)
    text = "".join(ch for ch in text if ch not in _PUNCTUATION)
    text = _ARTICLES.sub(" ", text)
    return " ".join(text.split())


def exact_match(prediction: str, golds: Sequence[str]) -> float:
    """1.0 when the normalised prediction equals some normalised gold answer."""
    p = squad_normalize(prediction)
    return float(any(p == squad_normalize(g) for g in golds)) if golds else 0.0


def f1(prediction: str, golds: Sequence[str]) -> float:
    """SQuAD token F1 against the best-matching gold answer (bag of normalised tokens)."""
    best = 0.0
    pred = squad_normalize(prediction).split()
    for gold in golds:
        ref = squad_normalize(gold).split()
        if not pred or not ref:
            best = max(best, float(pred == ref))  # the official script's rule for empty answers
            continue
        same = sum((Counter(pred) & Counter(ref)).values())
        if same:
            precision, recall = same / len(pred), same / len(ref)
            best = max(best, 2 * precision * recall / (precision + recall))
    return best


def best_sentence(text: str, golds: Sequence[str]) -> tuple[float, float]:
    """(exact match, F1) of the answer sentence that matches a gold answer best; (0, 0) for no sentence."""
    sentences = answer_sentences(text)
    if not sentences or not golds:
        return 0.0, 0.0
    return max(exact_match(s, golds) for s in sentences), max(f1(s, golds) for s in sentences)


def _unique(ranked: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(ranked))


def hit_at(ranked: Sequence[str], relevant: Mapping[str, float], k: int) -> float:
    """1.0 when a relevant item is among the first ``k``."""
    return float(any(relevant.get(d, 0) > 0 for d in _unique(ranked)[:k]))


def reciprocal_rank(ranked: Sequence[str], relevant: Mapping[str, float], k: int | None = None) -> float:
    """1 / rank of the first relevant item (within the first ``k`` when given), else 0."""
    for i, d in enumerate(_unique(ranked)[:k], 1):
        if relevant.get(d, 0) > 0:
            return 1.0 / i
    return 0.0


def recall_at(ranked: Sequence[str], relevant: Mapping[str, float], k: int) -> float:
    """Share of the relevant items found among the first ``k``."""
    wanted = {d for d, g in relevant.items() if g > 0}
    return len(wanted & set(_unique(ranked)[:k])) / len(wanted) if wanted else 0.0


def ndcg_at(ranked: Sequence[str], relevant: Mapping[str, float], k: int) -> float:
    """nDCG@k with graded relevance: sum(rel_i / log2(i + 1)) over ranks 1..k, divided by the ideal order's."""
    dcg = sum(max(relevant.get(d, 0), 0) / math.log2(i + 2) for i, d in enumerate(_unique(ranked)[:k]))
    ideal = sorted((g for g in relevant.values() if g > 0), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def percentile(values: Sequence[float], q: float) -> float:
    """The q-quantile (0..1) with linear interpolation between order statistics; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def mean(values: Iterable[float]) -> float:
    items = list(values)
    return sum(items) / len(items) if items else 0.0
