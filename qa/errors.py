"""The error tree every public call raises from.

Each message says what went wrong and what to do next, on one line, so the CLI
can print it as is and the UI can show it to a reader. Library exceptions are
wrapped with ``raise ... from exc`` so the cause stays available for debugging.
"""

from __future__ import annotations


class QAError(Exception):
    """Base class: anything the assistant can tell a user about."""


class ConfigError(QAError):
    """A setting or environment variable has a value that cannot be used."""


class CorpusError(QAError):
    """The corpus folder or an article in it cannot be read."""


class IndexNotReadyError(QAError):
    """The index is missing, empty or damaged."""


class IndexMissingError(IndexNotReadyError):
    """No index has been built yet."""


class IndexBusyError(QAError):
    """Another ingest holds the index lock."""


class QuestionError(QAError):
    """The question (or its history) cannot be answered as given."""


class EmbeddingError(QAError):
    """The embedding model could not be loaded or run."""


class LLMError(QAError):
    """A configured language model could not be reached or gave no usable answer."""
