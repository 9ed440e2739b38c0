# The two commands of the README: `make install` and `make test`.
PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: install test test-slow eval bench train

install:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'

test:
	$(BIN)/python -m pytest

test-slow:
	$(BIN)/python -m pytest --slow

# Extraction figures on the shared development sets (see BENCHMARKS.md).
eval:
	$(BIN)/python benchmarks/eval_dev.py

bench:
	$(BIN)/python benchmarks/speed.py

# Retrain the learned event decider on the annotated sets (needs ../shared/eval and the
# `train` extra); prints grouped cross-validation figures and writes
# conflictwatch/extract/data/decider.json.
train:
	$(BIN)/pip install -q -e '.[train]'
	$(BIN)/python scripts/train_decider.py
