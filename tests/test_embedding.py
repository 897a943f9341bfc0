"""The offline embedder: reference vectors, batching invariance, and the llama-index wrapper."""

from __future__ import annotations

import json

import numpy as np
import pytest

from qa.embedding import DIMENSIONS, OnnxMiniLM, as_llama_embedding, make_embedder
from qa.errors import ConfigError
from tests.conftest import DATA

REFERENCE = json.loads((DATA / "embedding_reference.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def model() -> OnnxMiniLM:
    return OnnxMiniLM(batch_size=2)


def test_vectors_match_the_committed_reference(model: OnnxMiniLM) -> None:
    vectors = model(REFERENCE["texts"])
    assert vectors.shape == (len(REFERENCE["texts"]), DIMENSIONS)
    np.testing.assert_allclose(vectors[:, :16], np.array(REFERENCE["first_dims"]), atol=2e-4)
    np.testing.assert_allclose(vectors @ vectors.T, np.array(REFERENCE["cosines"]), atol=2e-4)


def test_vectors_are_unit_length_and_meaningful(model: OnnxMiniLM) -> None:
    v = model(REFERENCE["texts"])
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    paraphrase, unrelated = float(v[0] @ v[1]), float(v[0] @ v[2])
    assert paraphrase > 0.5 > unrelated


def test_batching_and_padding_do_not_change_vectors(model: OnnxMiniLM) -> None:
    texts = ["short", "a somewhat longer sentence about lunar bases and partners", "mid length text here"]
    together = model(texts)
    alone = np.vstack([model([t]) for t in texts])
    np.testing.assert_allclose(together, alone, atol=1e-5)


def test_empty_input_gives_an_empty_matrix(model: OnnxMiniLM) -> None:
    assert model([]).shape == (0, DIMENSIONS)


def test_llama_index_wrapper_returns_the_same_vectors(model: OnnxMiniLM) -> None:
    wrapped = as_llama_embedding(model)
    text = REFERENCE["texts"][0]
    np.testing.assert_allclose(wrapped.get_text_embedding(text), model([text])[0], atol=1e-6)
    assert len(wrapped.get_query_embedding("lunar base")) == DIMENSIONS


def test_unknown_embedder_setting_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="QA_EMBED_MODEL"):
        make_embedder("word2vec")
