"""Question answering over a folder of news articles, with cited passages, offline.

import qa
qa.ingest()
answer = qa.ask("Where was the International Astronautical Congress held?")
print(answer.text, answer.citations)
for event in qa.stream("Why was Russia absent from the congress?"):
    ...  # text deltas (str) while a model writes (QA_LLM), then the final Answer
"""

from qa.api import article_text, articles, ask, ingest, stream
from qa.errors import (
    ConfigError,
    CorpusError,
    EmbeddingError,
    IndexBusyError,
    IndexMissingError,
    IndexNotReadyError,
    LLMError,
    QAError,
    QuestionError,
)
from qa.settings import Settings
from qa.types import Answer, ArticleInfo, Citation, IngestReport

__all__ = [
    "Answer",
    "ArticleInfo",
    "Citation",
    "ConfigError",
    "CorpusError",
    "EmbeddingError",
    "IndexBusyError",
    "IndexMissingError",
    "IndexNotReadyError",
    "IngestReport",
    "LLMError",
    "QAError",
    "QuestionError",
    "Settings",
    "article_text",
    "articles",
    "ask",
    "ingest",
    "stream",
]
