"""Language-model backends through llama-index integrations, with bounded retries and timeouts.

``QA_LLM`` names one backend:

- ``openai:<model>`` (``OPENAI_API_KEY``; ``OPENAI_API_BASE`` if set), extra ``[openai]``;
- ``openai-like:<model>@<base-url>`` for vLLM, llama.cpp, LM Studio... (``OPENAI_LIKE_API_KEY`` if the
  server wants one), extra ``[openai]``;
- ``ollama:<model>[@<url>]`` (default ``http://localhost:11434``), extra ``[ollama]``.

``QA_LLM_TIMEOUT`` bounds every request (connect and each read), ``QA_LLM_MAX_TOKENS`` and
``QA_LLM_TEMPERATURE`` go to the model, settings.llm_context_window (QA_LLM_CONTEXT_WINDOW) overrides the context size the
integration reports. ``Model.stream`` yields text deltas; connection failures, HTTP 5xx/429 and
empty or malformed completions are retried with backoff while nothing has been yielded yet; a
timeout is not retried (it already cost the whole timeout). Every failure ends as one ``LLMError``
line. Prompts, budgets and citation checks live elsewhere (``qa.generate``).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from qa.errors import ConfigError, LLMError
from qa.settings import Settings

EXTRA = {"openai": "openai", "openai-like": "openai", "ollama": "ollama"}
FORMS = "openai:<model>, openai-like:<model>@<base-url> or ollama:<model>[@<url>]"
OLLAMA_URL = "http://localhost:11434"
DEFAULT_CONTEXT = 4096  # when neither settings.llm_context_window nor the integration knows better
ATTEMPTS = 3
BACKOFF = 0.5  # seconds before the 2nd attempt; doubled before each further one


@dataclass(frozen=True)
class Backend:
    kind: str  # "openai", "openai-like" or "ollama"
    model: str
    url: str = ""

    @property
    def label(self) -> str:
        return f"{self.kind}:{self.model}" + (f"@{self.url}" if self.url else "")


def parse_spec(spec: str) -> Backend:
    """``QA_LLM`` as a Backend, or a ConfigError saying which forms are accepted."""
    kind, sep, rest = spec.strip().partition(":")
    kind = kind.lower()
    if not sep or kind not in EXTRA or not rest.strip():
        raise ConfigError(f"QA_LLM={spec!r} is not understood: use {FORMS}.")
    model, _, url = rest.partition("@")
    model, url = model.strip(), url.strip().rstrip("/")
    if not model:
        raise ConfigError(f"QA_LLM={spec!r} names no model: use {FORMS}.")
    if kind == "openai-like" and not url:
        raise ConfigError(f"QA_LLM={spec!r} needs the server's base URL: openai-like:<model>@http://host:port/v1.")
    if url and not url.startswith(("http://", "https://")):
        raise ConfigError(f"QA_LLM={spec!r}: the URL after '@' must start with http:// or https://.")
    return Backend(kind, model, url or (OLLAMA_URL if kind == "ollama" else ""))


def _missing_extra(backend: Backend, exc: ImportError) -> ConfigError:
    extra = EXTRA[backend.kind]
    return ConfigError(f"QA_LLM={backend.label} needs the '{extra}' extra: pip install -e '.[{extra}]' ({exc.name} is missing).")


def _build(backend: Backend, timeout: float, max_tokens: int, temperature: float, context: int | None) -> tuple[Any, int]:
    """The llama-index LLM object and its context window. Its own retries are off: ``Model.stream`` retries."""
    if backend.kind == "ollama":
        try:
            from llama_index.llms.ollama import Ollama
        except ImportError as exc:
            raise _missing_extra(backend, exc) from exc
        window = context or DEFAULT_CONTEXT  # explicit, so the integration never asks the server at start-up
        llm = Ollama(
            model=backend.model,
            base_url=backend.url,
            request_timeout=timeout,
            temperature=temperature,
            context_window=window,
            additional_kwargs={"num_predict": max_tokens},
        )
        return llm, window
    try:
        from llama_index.llms.openai import OpenAI
        from llama_index.llms.openai_like import OpenAILike
    except ImportError as exc:
        raise _missing_extra(backend, exc) from exc
    if backend.kind == "openai":
        key = os.environ.get("OPENAI_API_KEY", "").strip()
        if not key:
            raise ConfigError(f"QA_LLM={backend.label} needs OPENAI_API_KEY: set it to your OpenAI API key.")
        llm = OpenAI(
            model=backend.model, api_key=key, timeout=timeout, max_retries=0, max_tokens=max_tokens, temperature=temperature
        )
        try:
            window = context or llm.metadata.context_window
        except ValueError:  # a model name llama-index has no size for
            window = DEFAULT_CONTEXT
        return llm, window
    window = context or DEFAULT_CONTEXT
    # A key of its own, so an OpenAI key never travels to a third-party server.
    key = os.environ.get("OPENAI_LIKE_API_KEY", "").strip() or "not-needed"
    llm = OpenAILike(
        model=backend.model,
        api_base=backend.url,
        api_key=key,
        is_chat_model=True,
        context_window=window,
        timeout=timeout,
        max_retries=0,
        max_tokens=max_tokens,
        temperature=temperature,
    )
    return llm, window


@lru_cache(maxsize=8)
def _cached(spec: str, timeout: float, max_tokens: int, temperature: float, context: int | None) -> Model:
    backend = parse_spec(spec)
    llm, window = _build(backend, timeout, max_tokens, temperature, context)
    return Model(backend, llm, window, max_tokens, timeout)


def model_for(settings: Settings) -> Model:
    """The configured model (cached per setting values); ConfigError when none is set or it cannot be built."""
    if not settings.llm.strip():
        raise ConfigError("No language model is configured: set QA_LLM (see docs/llm.md).")
    if settings.llm_timeout <= 0:
        raise ConfigError(f"QA_LLM_TIMEOUT={settings.llm_timeout} must be a positive number of seconds.")
    if settings.llm_max_tokens < 16:
        raise ConfigError(f"QA_LLM_MAX_TOKENS={settings.llm_max_tokens} is too small: use 16 or more.")
    if not 0.0 <= settings.llm_temperature <= 2.0:
        raise ConfigError(f"QA_LLM_TEMPERATURE={settings.llm_temperature} must be between 0 and 2.")
    return _cached(
        settings.llm.strip(),
        float(settings.llm_timeout),
        int(settings.llm_max_tokens),
        float(settings.llm_temperature),
        settings.llm_context_window or None,
    )


class EmptyCompletion(Exception):
    """The server answered, with no text."""


@dataclass(frozen=True)
class Model:
    backend: Backend
    llm: Any  # a llama-index LLM
    context_window: int
    max_tokens: int
    timeout: float

    def stream(self, messages: Sequence[tuple[str, str]], attempts: int = ATTEMPTS) -> Iterator[str]:
        """Text deltas of the reply to ``messages`` ((role, text) pairs); LLMError when no attempt succeeds."""
        for attempt in range(1, attempts + 1):
            yielded = False
            try:
                for delta in self._deltas(messages):
                    yielded = True
                    yield delta
                if not yielded:
                    raise EmptyCompletion()
                return
            except Exception as exc:  # every library error becomes one LLMError line below
                kind = classify(exc)
                if yielded or kind not in ("connection", "server", "malformed", "empty") or attempt == attempts:
                    raise LLMError(self.describe(exc, kind, attempt, yielded)) from exc
                time.sleep(BACKOFF * 2 ** (attempt - 1))

    def complete(self, messages: Sequence[tuple[str, str]]) -> str:
        return "".join(self.stream(messages))

    def _deltas(self, messages: Sequence[tuple[str, str]]) -> Iterator[str]:
        from llama_index.core.llms import ChatMessage

        chat = [ChatMessage(role=role, content=text) for role, text in messages]
        for response in self.llm.stream_chat(chat):
            if response.delta:
                yield response.delta

    def describe(self, exc: BaseException, kind: str, attempts: int, midway: bool) -> str:
        where = f"the model {self.backend.label}"
        what = {
            "timeout": f"did not answer within {self.timeout:g}s (QA_LLM_TIMEOUT)",
            "connection": "could not be reached",
            "server": f"failed with HTTP {status_of(exc)}",
            "malformed": "sent a malformed reply",
            "empty": "sent an empty reply",
            "refused": f"refused the request (HTTP {status_of(exc)}: {_first_line(exc)})",
        }.get(kind, f"failed ({type(exc).__name__}: {_first_line(exc)})")
        tries = " midway through its answer" if midway else (f" after {attempts} attempts" if attempts > 1 else "")
        return f"{where} {what}{tries}"


def status_of(exc: BaseException) -> int | None:
    for obj in (exc, getattr(exc, "response", None)):
        code = getattr(obj, "status_code", None)
        if isinstance(code, int):
            return code
    return None


def classify(exc: BaseException) -> str:
    """timeout, connection, server (5xx/429, retried), refused (other 4xx), malformed, empty or other."""
    import httpx

    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:  # library errors wrap the transport error
        seen.add(id(cause))
        name = type(cause).__name__
        if isinstance(cause, EmptyCompletion):
            return "empty"
        if isinstance(cause, TimeoutError | httpx.TimeoutException) or "Timeout" in name:
            return "timeout"
        code = status_of(cause)
        if code is not None:
            return "server" if code >= 500 or code == 429 else "refused"
        if isinstance(cause, ConnectionError | httpx.TransportError) or name == "APIConnectionError":
            return "connection"
        if isinstance(cause, json.JSONDecodeError | ValueError | KeyError | TypeError | AttributeError) or name in (
            "APIResponseValidationError",
            "ValidationError",
        ):
            return "malformed"
        cause = cause.__cause__ or cause.__context__
    return "other"


def _first_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:160] or type(exc).__name__
