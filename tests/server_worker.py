"""One app process of the two-process server-mode test: ingest (waiting its turn), then ask, then print JSON.

Run as ``python -m tests.server_worker QUESTION...`` with QA_CHROMA_URL, QA_CORPUS_DIR, QA_INDEX_DIR and
QA_COLLECTION set. Prints one JSON object: how often the ingest found the index busy, what its ingest
embedded, the article ids it sees and, for each question, the answer text and cited chunk articles.
"""

from __future__ import annotations

import json
import sys
import time

import qa


def main(questions: list[str]) -> int:
    settings = qa.Settings.from_env()
    busy, deadline = 0, time.monotonic() + 300
    while True:
        try:
            report = qa.ingest(settings)
            break
        except qa.IndexBusyError:
            busy += 1  # what a user is told to do: wait for the other writer, then ingest again
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)
    answers = [qa.ask(q, settings=settings) for q in questions]
    print(
        json.dumps(
            {
                "busy": busy,
                "embedded": report.embedded,
                "articles": sorted(a.article_id for a in qa.articles(settings)),
                "answers": [{"text": a.text, "cited": sorted({c.article_id for c in a.citations})} for a in answers],
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
