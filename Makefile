# Two commands on a fresh machine:
#   make run    set up .venv, audit the bundled example cases, start the browser app
#   make test   set up .venv plus test dependencies, run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.ftaudit-installed

.PHONY: setup bytecode run test test-deps lint vectors bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
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

# mypy cannot follow the package-dir mapping (agent/ -> ftaudit, ui/ -> ftaudit.ui), so it
# checks a tree of links laid out as the installed package.
lint: setup
	$(BIN)/ruff check agent ui tests bench scripts
	rm -rf .mypy-tree && mkdir -p .mypy-tree/ftaudit
	for f in agent/*; do ln -s "$$PWD/$$f" .mypy-tree/ftaudit/; done
	ln -s "$$PWD/ui" .mypy-tree/ftaudit/ui && ln -s "$$PWD/knowledge" .mypy-tree/ftaudit/knowledge
	cd .mypy-tree && ../$(BIN)/mypy --config-file ../pyproject.toml -p ftaudit

# Recompute the shipped guidance vectors after editing knowledge/.
vectors: setup
	$(BIN)/python scripts/build_vectors.py

bench: bytecode
	$(BIN)/python bench/bench_core.py
	$(BIN)/python bench/bench_inspect.py --sizes 200000 1000000
	$(BIN)/python bench/bench_llm_batch.py
	$(BIN)/python bench/bench_ui.py --sessions 20

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache .mypy-tree
