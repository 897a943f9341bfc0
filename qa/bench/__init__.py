"""Public benchmarks (SQuAD, SciFact, RGB) run against the project's own pipeline.

Data is read from ``../shared/benchmarks`` (or a given path), never copied
into the repository; corpora and indexes built from it live under
``.qa/bench/``.
"""
