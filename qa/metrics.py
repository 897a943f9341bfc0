"""Metric functions over answers and rankings; pure, no I/O.

Answer metrics compare normalised text (``qa.text.normalize``); SQuAD exact
match and F1 use the official SQuAD normalisation (lower case, no
punctuation, no articles). Ranking metrics follow the BEIR definitions
(nDCG with graded relevance, log2 discount).
"""

from __future__ import annotations

import math
import re
import string
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from qa.text import normalize

_MARKER = re.compile(r"\[(\d+)\]")


def contains_any(text: str, needles: Iterable[str]) -> bool:
    hay = normalize(text)
    return any(normalize(n) and normalize(n) in hay for n in needles)


def markers(text: str) -> list[int]:
    return [int(m) for m in _MARKER.findall(text)]


def markers_resolve(text: str, citation_numbers: Sequence[int]) -> bool:
    """Every [n] names a citation and every citation is named."""
    used = set(markers(text))
    return used == set(citation_numbers)


def squad_normalize(text: str) -> str:
    text = normalize(text)
    text = "".join(ch for ch in text if ch not in set(string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def exact_match(prediction: str, golds: Sequence[str]) -> float:
    p = squad_normalize(prediction)
    return float(any(p == squad_normalize(g) for g in golds)) if golds else 0.0


def f1(prediction: str, golds: Sequence[str]) -> float:
    best = 0.0
    pred = squad_normalize(prediction).split()
    for gold in golds:
        ref = squad_normalize(gold).split()
        common = Counter(pred) & Counter(ref)
        same = sum(common.values())
        if same == 0:
            continue
        precision, recall = same / len(pred), same / len(ref)
        best = max(best, 2 * precision * recall / (precision + recall))
    return best


def hit_at(ranked: Sequence[str], relevant: Mapping[str, float], k: int) -> float:
    return float(any(relevant.get(d, 0) > 0 for d in ranked[:k]))


def reciprocal_rank(ranked: Sequence[str], relevant: Mapping[str, float]) -> float:
    for i, d in enumerate(ranked, 1):
        if relevant.get(d, 0) > 0:
            return 1.0 / i
    return 0.0


def recall_at(ranked: Sequence[str], relevant: Mapping[str, float], k: int) -> float:
    wanted = {d for d, g in relevant.items() if g > 0}
    return len(wanted & set(ranked[:k])) / len(wanted) if wanted else 0.0


def ndcg_at(ranked: Sequence[str], relevant: Mapping[str, float], k: int) -> float:
    dcg = sum(relevant.get(d, 0) / math.log2(i + 2) for i, d in enumerate(ranked[:k]))
    ideal = sorted((g for g in relevant.values() if g > 0), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def mean(values: Iterable[float]) -> float:
    items = list(values)
    return sum(items) / len(items) if items else 0.0
