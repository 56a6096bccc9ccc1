"""Duplicate and near-duplicate detection: a hash of the normalised text, and MinHash over word shingles.

The same article imported twice has the same normalised text. The same wire story republished with small
edits shares most of its five-word shingles: MinHash estimates that share (Jaccard similarity), and
locality-sensitive banding finds the candidates without comparing against every stored article.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard become candidates
ROWS = NUM_PERM // BANDS
SHINGLE = 5
NEAR_DUPLICATE_JACCARD = 0.7
_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20240208)  # fixed: signatures must be comparable across runs
_A = _rng.integers(1, _PRIME, size=NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, size=NUM_PERM, dtype=np.uint64)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def _shingle_hashes(text: str) -> np.ndarray:
    words = normalise(text).split()
    if len(words) < SHINGLE:
        words = words + [""] * (SHINGLE - len(words))
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    values = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=7).digest(), "little") for s in shingles]
    return np.array(values, dtype=np.uint64)


def minhash(text: str) -> np.ndarray:
    """The MinHash signature: for each of NUM_PERM hash functions, the least hash over the shingles."""
    h = _shingle_hashes(text)
    # (a*h + b) mod p on 64-bit lanes; values stay below 2**61 so the product wraps harmlessly for a min-hash.
    permuted = (np.outer(_A, h) + _B[:, None]) % np.uint64(_PRIME)
    return permuted.min(axis=1)


def bands(signature: np.ndarray) -> list[tuple[int, str]]:
    return [
        (b, hashlib.blake2b(signature[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=8).hexdigest())
        for b in range(BANDS)
    ]


def similarity(a: bytes | np.ndarray, b: bytes | np.ndarray) -> float:
    sa = np.frombuffer(a, dtype=np.uint64) if isinstance(a, bytes) else a
    sb = np.frombuffer(b, dtype=np.uint64) if isinstance(b, bytes) else b
    if sa.shape != sb.shape or not len(sa):
        return 0.0
    return float(np.mean(sa == sb))
