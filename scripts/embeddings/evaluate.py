#!/usr/bin/env python3
"""Check the word vectors in `assets/data/wordvec.bin` before shipping them.

Reads the asset (the same format `src/text/embed.rs` reads), prints nearest
neighbours of a few words, and ranks the MSRP FIT pairs (the first 3,000 of
`msr_paraphrase_train.txt`; never the DEV or test pairs) with plain word
overlap, the cosine of word counts, and the two sentence signals of
`embed.rs` (mean cosine, soft overlap): Spearman correlation with the labels
and ROC AUC. Needs only numpy and scipy.

    python3 scripts/embeddings/evaluate.py [--asset assets/data/wordvec.bin]
        [--msrp ../shared/eval/msrp/msr_paraphrase_train.txt]
"""

import argparse
import math
import re
import struct
from collections import Counter

import numpy as np
from scipy.stats import rankdata, spearmanr


def read(path):
    data = open(path, "rb").read()
    assert data[:4] == b"SDWV", "bad magic"
    version, dims, count, bits = struct.unpack_from("<IIII", data, 4)
    assert version == 2, f"format version {version}"
    pos = 20
    words = []
    for _ in range(count):
        n = data[pos]
        words.append(data[pos + 1 : pos + 1 + n].decode())
        pos += 1 + n
    zipf = np.frombuffer(data, np.uint8, count, pos) / 10.0
    pos += count
    scale = np.frombuffer(data, "<f4", count, pos)
    pos += 4 * count
    q = np.frombuffer(data, np.int8, count * dims, pos).reshape(count, dims)
    assert pos + count * dims + 4 * (1 << bits) == len(data), "size mismatch"
    v = q.astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    return words, zipf, v


def auc(labels, scores):
    r = rankdata(scores)
    pos = sum(labels)
    neg = len(labels) - pos
    return (sum(ri for ri, l in zip(r, labels) if l) - pos * (pos + 1) / 2) / (pos * neg)


TOKEN = re.compile(r"[A-Za-z]+|\d+(?:[.,]\d+)*")


class Signals:
    def __init__(self, words, zipf, v, sif=1e-3):
        self.row = {w: i for i, w in enumerate(words)}
        self.zipf, self.v, self.sif = zipf, v, sif

    def weight(self, w):
        i = self.row.get(w)
        z = self.zipf[i] if i is not None else 2.0
        p = 10 ** (z - 9)
        return self.sif / (self.sif + p)

    def mean_cosine(self, a, b):
        def mean(ws):
            m = np.zeros(self.v.shape[1])
            for w in ws:
                if w in self.row:
                    m += self.weight(w) * self.v[self.row[w]]
            return m

        x, y = mean(a), mean(b)
        n = np.linalg.norm(x) * np.linalg.norm(y)
        return float(x @ y / n) if n > 0 else 0.0

    def soft_one_way(self, a, b):
        num = den = 0.0
        bset = set(b)
        brows = [self.row[w] for w in bset if w in self.row]
        bm = self.v[brows] if brows else None
        for w in a:
            wt = self.weight(w)
            if w in bset:
                best = 1.0
            elif w in self.row and bm is not None:
                best = max(0.0, float((bm @ self.v[self.row[w]]).max()))
            else:
                best = 0.0
            num += wt * best
            den += wt
        return num / den if den > 0 else 0.0

    def soft_overlap(self, a, b):
        return 0.5 * (self.soft_one_way(a, b) + self.soft_one_way(b, a))


def overlap(a, b):
    sa, sb = set(a), set(b)
    return len(sa & sb) / max(1, len(sa | sb))


def count_cosine(a, b):
    ca, cb = Counter(a), Counter(b)
    dot = sum(ca[w] * cb[w] for w in ca)
    return dot / math.sqrt(sum(x * x for x in ca.values()) * sum(x * x for x in cb.values()))


def cv_auc(labels, columns, folds=5, steps=2000):
    """ROC AUC of a logistic regression on the given score columns, each
    pair scored by a model fitted on the other folds (contiguous folds)."""
    x = np.column_stack([np.ones(len(labels))] + [np.asarray(c, float) for c in columns])
    y = np.asarray(labels, float)
    out = np.zeros(len(y))
    edges = np.linspace(0, len(y), folds + 1).astype(int)
    for lo, hi in zip(edges[:-1], edges[1:]):
        train = np.r_[0:lo, hi : len(y)]
        w = np.zeros(x.shape[1])
        for _ in range(steps):
            p = 1 / (1 + np.exp(-x[train] @ w))
            w -= 2.0 * x[train].T @ (p - y[train]) / len(train)
        out[lo:hi] = x[lo:hi] @ w
    return auc(labels, out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--asset", default="assets/data/wordvec.bin")
    ap.add_argument("--msrp", default="../shared/eval/msrp/msr_paraphrase_train.txt")
    ap.add_argument("--sif", type=float, default=1e-3)
    a = ap.parse_args()
    words, zipf, v = read(a.asset)
    print(f"{len(words)} words x {v.shape[1]} dims")
    row = {w: i for i, w in enumerate(words)}
    for w in ["retaliation", "killed", "promote", "expand", "said", "airstrikes", "diesel", "veto"]:
        if w in row:
            s = v @ v[row[w]]
            near = [words[j] for j in np.argsort(-s)[1:9]]
            print(f"  {w}: {' '.join(near)}")
    for x, y in [("retaliation", "reprisal"), ("retaliation", "banana"), ("killed", "dead"), ("killed", "weather"), ("promote", "expand"), ("promote", "banana")]:
        print(f"  cos({x}, {y}) = {float(v[row[x]] @ v[row[y]]):.3f}")
    rows = open(a.msrp, encoding="utf-8-sig").read().splitlines()[1:3001]
    sig = Signals(words, zipf, v, a.sif)
    labels, scores = [], {k: [] for k in ("word overlap", "count cosine", "mean cosine", "soft overlap")}
    for line in rows:
        q, _, _, s1, s2 = line.split("\t")
        t1 = [t.lower() for t in TOKEN.findall(s1)]
        t2 = [t.lower() for t in TOKEN.findall(s2)]
        labels.append(int(q))
        scores["word overlap"].append(overlap(t1, t2))
        scores["count cosine"].append(count_cosine(t1, t2))
        scores["mean cosine"].append(sig.mean_cosine(t1, t2))
        scores["soft overlap"].append(sig.soft_overlap(t1, t2))
    print(f"MSRP FIT pairs {len(labels)} (positive {sum(labels)})")
    for k, s in scores.items():
        print(f"  {k:13} Spearman {spearmanr(labels, s).statistic:.3f}  AUC {auc(labels, s):.3f}")
    lexical = [scores["word overlap"], scores["count cosine"]]
    both = lexical + [scores["mean cosine"], scores["soft overlap"]]
    print("  logistic regression, 5-fold cross-validated on FIT:")
    print(f"    word overlap + count cosine          AUC {cv_auc(labels, lexical):.3f}")
    print(f"    ... + mean cosine + soft overlap     AUC {cv_auc(labels, both):.3f}")


if __name__ == "__main__":
    main()
