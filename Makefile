# The two commands of the README: `make install` and `make test`.
PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: install lock test test-slow eval bench train

# The library declares version ranges (pyproject.toml); the application installs the exact
# versions of requirements.lock, used as constraints, so CI and every checkout agree.
# '.[dev]' pulls the extras postgres, dask and pandas too: everything the tests need.
install:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c requirements.lock -e '.[dev]'

# Write requirements.lock from the current environment (after a dependency change + install).
lock:
	$(BIN)/pip freeze --exclude-editable | grep -vi '^conflictwatch' | \
	  sed '1i # Exact versions of the application and its test tools (constraints for `make install`).\n# Regenerate with `make lock` after changing a dependency in pyproject.toml.' > requirements.lock

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
	$(BIN)/pip install -q -c requirements.lock -e '.[train]'
	$(BIN)/python scripts/train_decider.py
