"""Sentence embeddings with all-MiniLM-L6-v2, computed in NumPy.

The weights and tokenizer ship inside ftaudit (``knowledge/embedding``: the canonical
sentence-transformers weights of all-MiniLM-L6-v2, Apache-2.0, stored as float16);
nothing is downloaded and torch is not needed.  The
forward pass is the plain BERT encoder followed by mean pooling and L2
normalisation, exactly what sentence-transformers does for this model, but it
needs neither torch nor an ONNX export, so loading takes milliseconds.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from ftaudit.errors import ConfigError
from ftaudit.settings import KNOWLEDGE_DIR, embedding_model_dir

MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
MAX_TOKENS = 256  # the model's max_seq_length in sentence-transformers

Matrix = npt.NDArray[np.float32]
_SMALL_BATCH_TOKENS = 2048
RECENT = 4096
"""Sentences whose embeddings are kept, most recent first."""


@lru_cache(maxsize=1)
def _controller() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _blas_single_thread() -> Any:
    return _controller().limit(limits=1, user_api="blas")


WEIGHT_FILES = ("model.safetensors", "model.fp16.safetensors")


def model_dir() -> Path:
    """Folder holding the weights (``model.safetensors`` or ``model.fp16.safetensors``) and ``tokenizer.json``.

    The default is the copy shipped in ``ftaudit.knowledge``: the canonical weights
    stored as float16 (half the size; embeddings stay within 1e-3 of the float32
    model, which a test checks).  ``FTAUDIT_EMBEDDING_MODEL`` may point at another
    copy of the same model, e.g. the float32 files of sentence-transformers.
    """
    path = embedding_model_dir() or KNOWLEDGE_DIR / "embedding"
    if _weights(path) is None or not (path / "tokenizer.json").is_file():
        raise ConfigError(
            f"no model weights ({' or '.join(WEIGHT_FILES)}) and tokenizer.json in {path}; "
            "reinstall ftaudit, or point FTAUDIT_EMBEDDING_MODEL at a folder with all-MiniLM-L6-v2's files"
        )
    return path


def _weights(path: Path) -> Path | None:
    return next((path / name for name in WEIGHT_FILES if (path / name).is_file()), None)


def _gelu(x: Matrix) -> Matrix:
    # Exact GELU through erf; NumPy has no erf, so use Abramowitz-Stegun 7.1.26
    # (absolute error below 1.5e-7, far under float32 rounding of the outputs).
    z = x / np.float32(np.sqrt(2.0))
    sign = np.sign(z)
    a = np.abs(z)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    erf = sign * (1.0 - poly * np.exp(-a * a))
    return (0.5 * x * (1.0 + erf)).astype(np.float32)


def _layer_norm(x: Matrix, weight: Matrix, bias: Matrix, eps: float) -> Matrix:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return ((x - mean) / np.sqrt(var + eps) * weight + bias).astype(np.float32)


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 sentence embeddings (384 dimensions, unit length)."""

    dimensions = 384

    def __init__(self, path: Path | None = None) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        path = path or model_dir()
        config = json.loads((path / "config.json").read_text())
        self._heads = int(config["num_attention_heads"])
        self._layers = int(config["num_hidden_layers"])
        self._eps = float(config["layer_norm_eps"])
        weights = _weights(path)
        if weights is None:
            raise ConfigError(f"no model weights in {path}")
        # Computation is float32 whatever the stored precision.
        self._w = {k: v.astype(np.float32) for k, v in load_file(str(weights)).items()}
        # Pre-transposed, contiguous weights: batched matmul on strided views skips BLAS.
        self._wt = {k: np.ascontiguousarray(v.T) for k, v in self._w.items() if k.endswith("dense.weight")
                    or k.endswith(("query.weight", "key.weight", "value.weight"))}
        self._tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._lock = threading.Lock()  # the Rust tokenizer's padding state is shared
        # The guard embeds a description's sentences, then the reader embeds the same sentences.
        self._recent: OrderedDict[str, Matrix] = OrderedDict()

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> Matrix:
        """Embed ``texts``; returns an array of shape ``(len(texts), 384)``."""
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        with self._lock:
            known = {i: self._recent[t] for i, t in enumerate(texts) if t in self._recent}
            for t in {texts[i] for i in known}:
                self._recent.move_to_end(t)
        for i, v in known.items():
            out[i] = v
        order = sorted((i for i in range(len(texts)) if i not in known), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            out[idx] = self._embed_batch([texts[i] for i in idx])
        with self._lock:
            for i in order:
                self._recent[texts[i]] = out[i].copy()
                self._recent.move_to_end(texts[i])
            while len(self._recent) > RECENT:
                self._recent.popitem(last=False)
        return out

    def _embed_batch(self, texts: list[str]) -> Matrix:
        with self._lock:
            self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
            encodings = self._tokenizer.encode_batch(texts)
        if len(encodings) * len(encodings[0].ids) <= _SMALL_BATCH_TOKENS:
            # Multi-threaded BLAS costs far more than it saves on small matrices,
            # especially on a busy machine: run short batches on one thread.
            with _blas_single_thread():
                return self._forward(encodings)
        return self._forward(encodings)

    def _forward(self, encodings: list[Any]) -> Matrix:
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        types = np.array([e.type_ids for e in encodings], dtype=np.int64)
        w = self._w
        batch, length = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][np.arange(length)][None]
            + w["embeddings.token_type_embeddings.weight"][types]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self._eps)
        heads, dim = self._heads, x.shape[-1] // self._heads
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        for i in range(self._layers):
            p = f"encoder.layer.{i}."

            def dense(h: Matrix, name: str, p: str = p) -> Matrix:
                flat = h.reshape(-1, h.shape[-1]) @ self._wt[p + name + ".weight"] + w[p + name + ".bias"]
                return flat.reshape(batch, length, -1)

            def split(h: Matrix) -> Matrix:
                return h.reshape(batch, length, heads, dim).transpose(0, 2, 1, 3)

            q = split(dense(x, "attention.self.query"))
            k = split(dense(x, "attention.self.key"))
            v = split(dense(x, "attention.self.value"))
            # einsum, not matmul: OpenBLAS threading makes thousands of tiny batched
            # GEMMs ~20x slower on this class of machine.
            scores = np.einsum("bhld,bhmd->bhlm", q, k) / np.float32(np.sqrt(dim)) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            ctx = np.einsum("bhlm,bhmd->blhd", scores, v).reshape(batch, length, heads * dim)
            x = _layer_norm(
                dense(ctx, "attention.output.dense") + x,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
                self._eps,
            )
            h = _gelu(dense(x, "intermediate.dense"))
            x = _layer_norm(
                dense(h, "output.dense") + x,
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
                self._eps,
            )
        pooled = (x * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


@lru_cache(maxsize=1)
def get_embedder() -> MiniLMEmbedder:
    """The process-wide embedder, loaded on first use."""
    return MiniLMEmbedder()
