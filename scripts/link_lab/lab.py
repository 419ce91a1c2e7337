"""Quick lab for the sentence-link scorer: the fitter's held-out figures in
seconds, for trying a feature before it is built in Rust.

    cargo run --release --example fit_link_scorer -- --dump /tmp/links.jsonl
    python3 scripts/link_lab/lab.py /tmp/links.jsonl

A numpy replica of `examples/fit_link_scorer/fit.rs` (link model only):
the same training set and group weights, L2 logistic regression by
Newton's method on standardised features, leave-one-cluster-out
probabilities, the keep rule, macro F1 with the trap cap and the best
threshold. It leaves out the cheap floor (which sets aside about one
positive), so its figures match the fitter's to a pair or two (at commit
082e0c4: F1 0.734, traps 0.082 in both). Besides the macro F1 (which moves by 0.01 with one pair), it
prints the pooled average precision, log loss and ROC AUC of the held-out
probabilities: a feature worth building moves those too.

To try a feature, pass `extra=f` to `Data`, where `f(record)` returns a
list of numbers for one dumped pair (`record["a"]`, `record["b"]` are the
two sentences; `record["group"]` is `msrp`, `easy` or `dev`), and compare
`report(Data(path))` with `report(Data(path, extra=f))`; `drop=[k]` zeroes
feature `k`. Needs numpy only; never part of the build or the tests.
"""
import json
import numpy as np

SAME_ONLY = [28]
TRAP_CAP = 0.10
KEEP_SURE = 0.9
KEEP_MOST = 4


def load(path):
    msrp, easy, dev, heads = [], [], [], {}
    for line in open(path):
        r = json.loads(line)
        g = r["group"]
        if g == "msrp":
            msrp.append(r)
        elif g == "easy":
            easy.append(r)
        elif g == "cluster":
            heads[r["cluster"]] = r
        elif g == "dev":
            dev.append(r)
    return msrp, easy, dev, heads


def fit_logistic(X, y, w, lam=1.0, steps=30):
    tot = w.sum()
    mean = (w[:, None] * X).sum(0) / tot
    sd = np.sqrt((w[:, None] * (X - mean) ** 2).sum(0) / tot)
    sd = np.maximum(sd, 1e-6)
    Z = np.hstack([np.ones((len(X), 1)), (X - mean) / sd])
    d = Z.shape[1]
    beta = np.zeros(d)
    pen = np.full(d, lam)
    pen[0] = 0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-Z @ beta))
        g = Z.T @ (w * (p - y)) + pen * beta
        h = (Z * (w * np.maximum(p * (1 - p), 1e-9))[:, None]).T @ Z + np.diag(pen)
        step = np.linalg.solve(h, g)
        beta -= step
        if np.abs(step).max() < 1e-10:
            break
    wts = beta[1:] / sd
    bias = beta[0] - (wts * mean).sum()
    return bias, wts


def prob(model, X):
    b, w = model
    return 1 / (1 + np.exp(-(X @ w + b)))


class Data:
    def __init__(self, path, extra=None, drop=()):
        """extra: function(record) -> list of extra features appended."""
        msrp, easy, dev, heads = load(path)
        self.heads = heads

        def feats(r):
            x = list(r["x"])
            if extra:
                x += extra(r)
            return x

        self.Xm = np.array([feats(r) for r in msrp])
        self.ym = np.array([r["y"] for r in msrp])
        self.Xe = np.array([feats(r) for r in easy])
        self.Xd = np.array([feats(r) for r in dev])
        self.yd = np.array([r["y"] for r in dev])
        self.cl = np.array([r["cluster"] for r in dev])
        self.trap = np.array([r["trap"] for r in dev])
        self.ra = [tuple(r["ra"]) for r in dev]
        self.rb = [tuple(r["rb"]) for r in dev]
        self.dev = dev
        self.msrp = msrp
        self.clusters = sorted(heads)
        for k in list(SAME_ONLY) + list(drop):
            for X in (self.Xm, self.Xe, self.Xd):
                X[:, k] = 0.0

    def train_set(self, dev_mask):
        pos = self.ym > 0.5
        Xp = self.Xm[pos]
        base = len(Xp)
        Xd = self.Xd[dev_mask]
        X = np.vstack([Xp, self.Xe, Xd])
        y = np.concatenate([np.ones(base), np.zeros(len(self.Xe)), self.yd[dev_mask]])
        w = np.concatenate([
            np.ones(base),
            np.full(len(self.Xe), base / len(self.Xe)),
            np.full(len(Xd), 2 * base / max(1, len(Xd))),
        ])
        return X, y, w

    def loco(self, lam=1.0):
        probs = np.zeros(len(self.yd))
        for c in self.clusters:
            m = self.cl == c
            X, y, w = self.train_set(~m)
            model = fit_logistic(X, y, w, lam)
            probs[m] = prob(model, self.Xd[m])
        return probs

    def keep(self, idx, probs, t):
        by = {}
        for k in idx:
            if probs[k] >= t:
                a, b = self.ra[k], self.rb[k]
                by.setdefault((a, b[0]), []).append((-probs[k], k))
                by.setdefault((b, a[0]), []).append((-probs[k], k))
        cnt = {}
        for l in by.values():
            l.sort()
            # The two best, and further sure ones up to four (`links::offer`).
            for n, (p, k) in enumerate(l):
                if n < 2 or (-p >= KEEP_SURE and n < KEEP_MOST):
                    cnt[k] = cnt.get(k, 0) + 1
        return {k for k, n in cnt.items() if n == 2}

    def cluster_scores(self, c, probs, t):
        idx = np.nonzero(self.cl == c)[0]
        kept = self.keep(idx, probs, t)
        tp = fp = tr = 0
        for k in kept:
            if self.yd[k] > 0.5:
                tp += 1
            else:
                fp += 1
            tr += int(self.trap[k])
        h = self.heads[c]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / max(1, h["gold_pairs"])
        return p, r, tr / max(1, h["gold_traps"])

    def macro(self, probs, t):
        P = R = F = T = 0.0
        for c in self.clusters:
            p, r, tr = self.cluster_scores(c, probs, t)
            f = 2 * p * r / (p + r) if p + r else 0
            P += p; R += r; F += f; T += tr
        n = len(self.clusters)
        return P / n, R / n, F / n, T / n

    def best(self, probs):
        best = (-9, 0.5, None)
        for k in range(5, 96):
            t = k / 100
            m = self.macro(probs, t)
            s = m[2] if m[3] <= TRAP_CAP + 1e-9 else -m[3]
            if s > best[0] + 1e-12:
                best = (s, t, m)
        return best


def auc(scores, labels):
    o = np.argsort(scores, kind="mergesort")
    s = np.asarray(scores)[o]
    l = np.asarray(labels)[o] > 0.5
    ranks = np.empty(len(s))
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        ranks[i:j] = (i + j + 1) / 2
        i = j
    pos = l.sum()
    neg = len(l) - pos
    return (ranks[l].sum() - pos * (pos + 1) / 2) / (pos * neg)


def avg_prec(probs, y):
    o = np.argsort(-probs, kind="mergesort")
    yy = y[o]
    tp = np.cumsum(yy)
    prec = tp / np.arange(1, len(yy) + 1)
    return float((prec * yy).sum() / max(1, yy.sum()))


def logloss(probs, y):
    p = np.clip(probs, 1e-6, 1 - 1e-6)
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())


def report(d, label="", lam=1.0):
    """Prints the held-out figures of `d`; returns the probabilities and threshold."""
    probs = d.loco(lam)
    _, t, m = d.best(probs)
    print(f"{label:28s} t {t:.2f}: P {m[0]:.3f} R {m[1]:.3f} F1 {m[2]:.3f} traps {m[3]:.3f}"
          f" | AP {avg_prec(probs, d.yd):.4f} LL {logloss(probs, d.yd):.4f} AUC {auc(probs, d.yd):.4f}")
    return probs, t


if __name__ == "__main__":
    import sys
    if len(sys.argv) != 2:
        sys.exit("usage: lab.py DUMP.jsonl  (from fit_link_scorer --dump)")
    data = Data(sys.argv[1])
    probs, t = report(data, "shipped features")
    for c in data.clusters:
        p, r, tr = data.cluster_scores(c, probs, t)
        print(f"  {c:<28} P {p:.2f} R {r:.2f} traps {tr:.2f}")
