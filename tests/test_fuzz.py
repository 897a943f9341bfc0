"""Property tests: whatever a caller passes, qa.ask returns a valid Answer or raises a QAError."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import qa
from qa.metrics import markers

roles = st.sampled_from(["user", "assistant", "system", "robot", "", None, 3])
content = st.one_of(
    st.text(max_size=200),
    st.none(),
    st.integers(),
    st.lists(st.text(max_size=20), max_size=3),
    st.dictionaries(st.text(max_size=5), st.text(max_size=10), max_size=2),
)
message = st.one_of(
    st.fixed_dictionaries({"role": roles, "content": content}),
    st.dictionaries(st.text(max_size=8), content, max_size=3),
    st.text(max_size=20),
    st.integers(),
)
history = st.one_of(st.none(), st.lists(message, max_size=4), st.text(max_size=10), st.integers())


def check(answer: qa.Answer, settings_: qa.Settings) -> None:
    assert isinstance(answer, qa.Answer)
    assert set(markers(answer.text)) == {c.number for c in answer.citations}
    assert answer.refused == (not answer.citations)
    for c in answer.citations:
        assert qa.article_text(c.article_id, settings=settings_)[c.start : c.end] == c.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=st.text(max_size=300), history=history)
def test_ask_never_fails_outside_the_error_tree(seed: qa.Settings, question: str, history: object) -> None:
    try:
        answer = qa.ask(question, history=history, settings=seed)  # type: ignore[arg-type]
    except qa.QAError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    check(answer, seed)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=st.text(alphabet=st.characters(categories=["L", "N", "P", "Zs", "S"]), min_size=1, max_size=120))
def test_printable_questions_are_answered_or_refused(seed: qa.Settings, question: str) -> None:
    try:
        answer = qa.ask(question, settings=seed)
    except qa.QuestionError:
        assert not question.strip() or len(question) > seed.max_question_chars
        return
    check(answer, seed)


def test_thousands_of_tiny_files(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for i in range(1500):
        folder = corpus / f"d{i % 30:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"n{i:04d}.txt").write_text(f"Note {i}: shelf {i * 3} holds box {i}.\n", encoding="utf-8")
    settings_ = qa.Settings.from_env(environ={}, corpus_dir=corpus, index_dir=tmp_path / "ix", progress=False)
    report = qa.ingest(settings_)
    assert report.added == 1500 and report.chunks == 1500
    assert qa.ingest(settings_).embedded == 0
    answer = qa.ask("Which shelf holds box 777?", settings=settings_)
    assert "shelf 2331" in answer.text
