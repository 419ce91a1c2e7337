#!/usr/bin/env python3
"""Writes synthetic news-like reports of one "event" for benchmarks.

gen_reports.py OUT_DIR N_REPORTS BYTES_PER_REPORT [SEED]

Each report draws paragraphs from one shared pool of "facts" (sentences made
of Zipf-distributed words, names and numbers), in its own order, with words
swapped, paragraphs dropped and paragraphs of its own: the work alignment
does on real clusters, at any size. Deterministic for a given seed.
"""
import os
import random
import sys


def main():
    out, n, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
    syll = ["ka", "lo", "mi", "ren", "tos", "va", "qui", "del", "sar", "po", "nex", "tru", "bel", "ar"]
    vocab = ["".join(rng.choice(syll) for _ in range(rng.randint(1, 3))) for _ in range(6000)]
    vocab = list(dict.fromkeys(vocab))
    stop = "the of and to in a that for on with as was at by said from it his their".split()
    names = [w.capitalize() for w in vocab[:400]]

    def word():
        r = rng.random()
        if r < 0.35:
            return rng.choice(stop)
        if r < 0.45:
            return rng.choice(names)
        if r < 0.5:
            return str(rng.randint(2, 5000))
        # Zipf-like: low indices much more common.
        return vocab[int(len(vocab) * rng.random() ** 3)]

    def sentence():
        s = " ".join(word() for _ in range(rng.randint(8, 28)))
        return s[0].upper() + s[1:] + "."

    pool = []
    total = 0
    while total < size * 1.3:
        p = " ".join(sentence() for _ in range(rng.randint(1, 4)))
        pool.append(p)
        total += len(p) + 2
    os.makedirs(out, exist_ok=True)
    for r in range(n):
        paras = [p for p in pool if rng.random() > 0.25]
        rng.shuffle(paras)
        body = []
        length = 0
        for p in paras:
            if length > size:
                break
            words = p.split(" ")
            for _ in range(len(words) // 12):
                i = rng.randrange(len(words))
                if not words[i].endswith("."):
                    words[i] = word()
            if rng.random() < 0.1:
                words.append(sentence())
            text = " ".join(words)
            body.append(text)
            length += len(text) + 2
        title = " ".join(word() for _ in range(8)).capitalize()
        with open(os.path.join(out, f"report-{r:02}.txt"), "w") as f:
            f.write(title + "\n\n" + "\n\n".join(body) + "\n")


if __name__ == "__main__":
    main()
