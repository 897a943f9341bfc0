"""Tiny benchmark files in the layouts of ../shared/benchmarks (SQuAD v1.1/v2.0, BEIR SciFact, RGB), a few records each.

The benchmark tests and the ingest speed suite's quick test run on these, so `make test` never needs the public
data sets beside the repository.
"""

from __future__ import annotations

import json
from pathlib import Path

ABSTRACTS = {
    "101": ("Zebrafish fin regeneration", "Zebrafish regrow amputated fins through a blastema of dedifferentiated cells."),
    "102": (
        "Telomerase in ageing",
        "Telomerase activity maintains telomere length and delays cellular senescence in ageing tissue.",
    ),
    "103": (
        "Malaria vaccine trial",
        "A malaria vaccine reduced clinical episodes in African children during a phase three trial.",
    ),
    "104": (
        "Gut microbiome and obesity",
        "The gut microbiome of obese mice harvests more energy from the diet than that of lean mice.",
    ),
    "105": ("Statins and cholesterol", "Statins lower LDL cholesterol by inhibiting HMG-CoA reductase in the liver."),
}
QUERIES = {
    "1": "Zebrafish regenerate fins using a blastema.",
    "2": "Telomerase delays senescence of ageing cells.",
    "3": "The malaria vaccine protected African children.",
    "4": "Obese mice microbiome harvests more energy.",
}


def write_bench_root(tmp_path: Path) -> Path:
    """The tiny benchmarks folder under ``tmp_path``; returns its root."""
    root = tmp_path / "benchmarks"
    folder = root / "scifact"
    (folder / "qrels").mkdir(parents=True)
    (folder / "corpus.jsonl").write_text(
        "".join(json.dumps({"_id": i, "title": t, "text": x}) + "\n" for i, (t, x) in ABSTRACTS.items())
    )
    (folder / "queries.jsonl").write_text("".join(json.dumps({"_id": i, "text": q}) + "\n" for i, q in QUERIES.items()))
    (folder / "qrels" / "test.tsv").write_text("query-id\tcorpus-id\tscore\n1\t101\t1\n2\t102\t1\n3\t103\t1\n")
    (folder / "qrels" / "train.tsv").write_text("query-id\tcorpus-id\tscore\n4\t104\t1\n")
    (root / "rgb").mkdir()
    rows = [
        {
            "id": 0,
            "query": "Who acquired Instagram?",
            "answer": "Facebook",
            "fakeanswer": "Apple",
            "positive": ["Facebook acquired Instagram in 2012 for one billion dollars."],
            "positive_wrong": ["Apple acquired Instagram in 2012 for one billion dollars."],
            "negative": ["Noise."],
        },
        {
            "id": 1,
            "query": "When was the bridge opened?",
            "answer": [["May 2010", "May, 2010"]],
            "fakeanswer": "June 2001",
            "positive": ["The bridge was opened in May 2010 by the mayor."],
            "positive_wrong": ["The bridge was opened in June 2001 by the mayor."],
            "negative": [],
        },
    ]
    (root / "rgb" / "en_fact.json").write_text("".join(json.dumps(r) + "\n" for r in rows))
    paragraphs = [
        (
            "The lighthouse at Cape Verde was built in 1894 from local granite.",
            "When was the lighthouse built?",
            "1894",
            "Who painted the lighthouse?",
        ),
        (
            "The river ferry carries 400 passengers across the bay every hour.",
            "How many passengers does the ferry carry?",
            "400",
            "How much does a ferry ticket cost?",
        ),
        (
            "Marie Curie won the Nobel Prize in Chemistry in 1911.",
            "Which prize did Marie Curie win in 1911?",
            "Nobel Prize in Chemistry",
            "Which prize did Marie Curie win in 1925?",
        ),
    ]
    squad = {
        "data": [
            {
                "title": "Things",
                "paragraphs": [
                    {
                        "context": ctx,
                        "qas": [
                            {
                                "id": f"a{n}",
                                "question": q,
                                "answers": [{"text": a, "answer_start": ctx.index(a)}],
                                "is_impossible": False,
                            },
                            {"id": f"i{n}", "question": imp, "answers": [], "is_impossible": True},
                        ],
                    }
                    for n, (ctx, q, a, imp) in enumerate(paragraphs)
                ],
            }
        ]
    }
    (root / "squad").mkdir()
    (root / "squad" / "dev-v2.0.json").write_text(json.dumps(squad))
    for article in squad["data"]:  # v1.1 has no impossible questions
        for paragraph in article["paragraphs"]:
            paragraph["qas"] = [q for q in paragraph["qas"] if not q["is_impossible"]]
    (root / "squad" / "dev-v1.1.json").write_text(json.dumps(squad))
    return root
