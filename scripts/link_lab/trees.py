"""Boosted depth-2 trees on the shipped link features, measured held out
(leave-one-cluster-out) against the logistic scorer, alone and on top of
its margin (`hybrid`). Not built: see tried.py for the figures. Run from
the root:

    cargo run --release --example fit_link_scorer -- --dump /tmp/links.jsonl
    python3 scripts/link_lab/trees.py /tmp/links.jsonl

Histogram splits (32 quantile bins a feature), Newton leaf values with an
L2 penalty, shrinkage `eta`; the same training set and group weights as
lab.py. Needs numpy only; about three minutes for the six settings.
"""
import sys

import numpy as np

import lab

NB=32
def bins_of(X):
    # per-feature cut points (quantiles over training X)
    cuts=[]
    for k in range(X.shape[1]):
        q=np.unique(np.quantile(X[:,k], np.linspace(0,1,NB+1)[1:-1]))
        cuts.append(q)
    return cuts
def binned(X,cuts):
    return np.stack([np.searchsorted(c, X[:,k], side='right') for k,c in enumerate(cuts)],1)

def best_split(B,g,h,idx,lam,minh):
    G=g[idx].sum(); H=h[idx].sum()
    base=G*G/(H+lam)
    best=(0,None,None)
    for k in range(B.shape[1]):
        gb=np.bincount(B[idx,k],weights=g[idx],minlength=NB); hb=np.bincount(B[idx,k],weights=h[idx],minlength=NB)
        gl=np.cumsum(gb)[:-1]; hl=np.cumsum(hb)[:-1]
        gr=G-gl; hr=H-hl
        ok=(hl>=minh)&(hr>=minh)
        gain=np.where(ok, gl*gl/(hl+lam)+gr*gr/(hr+lam)-base, -1)
        j=int(np.argmax(gain))
        if gain[j]>best[0]: best=(gain[j],k,j)
    return best

def fit_gbm(X,y,w,rounds=100,eta=0.1,lam=1.0,minh=1.0,depth=2,base=None):
    cuts=bins_of(X); B=binned(X,cuts)
    f=np.zeros(len(y)) if base is None else base.copy()
    if base is None:
        p0=np.clip((w*y).sum()/w.sum(),1e-3,1-1e-3); b0=np.log(p0/(1-p0)); f+=b0
    else: b0=0.0
    trees=[]
    for _ in range(rounds):
        p=1/(1+np.exp(-f)); g=w*(p-y); h=w*np.maximum(p*(1-p),1e-9)
        # grow depth-limited tree
        def grow(idx,d):
            if d<depth:
                gain,k,j=best_split(B,g,h,idx,lam,minh)
                if k is not None:
                    L=idx[B[idx,k]<=j]; R=idx[B[idx,k]>j]
                    return ('s',k,cuts[k][j] if j < len(cuts[k]) else np.inf,grow(L,d+1),grow(R,d+1))
            v=-g[idx].sum()/(h[idx].sum()+lam)*eta
            return ('l',v)
        tree=grow(np.arange(len(y)),0)
        trees.append(tree)
        f+=predict_tree(tree,X)
    return b0,trees

def predict_tree(t,X):
    if t[0]=='l': return np.full(len(X),t[1])
    _,k,c,L,R=t
    m=X[:,k]<c  # bin<=j  <=> x < cuts[j]  (side=right: bin=#cuts<=x)
    out=np.empty(len(X)); out[m]=predict_tree(L,X[m]); out[~m]=predict_tree(R,X[~m]); return out

def margin(model,X):
    b0,trees=model
    return b0+sum(predict_tree(t,X) for t in trees)

def loco_gbm(d,hybrid=False,**kw):
    probs=np.zeros(len(d.yd))
    for c in d.clusters:
        m=d.cl==c
        X,y,w=d.train_set(~m)
        w=w/w.mean()
        if hybrid:
            lm=lab.fit_logistic(X,y,w*1.0)
            base=X@lm[1]+lm[0]
            model=fit_gbm(X,y,w,base=base,**kw)
            probs[m]=1/(1+np.exp(-(margin(model,d.Xd[m])+d.Xd[m]@lm[1]+lm[0])))
        else:
            model=fit_gbm(X,y,w,**kw)
            probs[m]=1/(1+np.exp(-margin(model,d.Xd[m])))
    return probs

def show(d,probs,label):
    _,t,m=d.best(probs)
    print(f"{label:34s} t {t:.2f}: P {m[0]:.3f} R {m[1]:.3f} F1 {m[2]:.3f} traps {m[3]:.3f} | AP {lab.avg_prec(probs,d.yd):.4f} LL {lab.logloss(probs,d.yd):.4f} AUC {lab.auc(probs,d.yd):.4f}", flush=True)
    print("    "+" ".join("{:.3f}/{:.3f}".format(*d.macro(probs,t)[2:]) for t in (0.3,0.35,0.4,0.45,0.5)))

if __name__=="__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: trees.py DUMP.jsonl  (from fit_link_scorer --dump)")
    d=lab.Data(sys.argv[1])
    show(d,d.loco(),"logistic")
    for hybrid in (False,True):
        for rounds,eta in ((100,0.1),(200,0.05),(50,0.1)):
            for minh in (5.0,):
                show(d,loco_gbm(d,hybrid=hybrid,rounds=rounds,eta=eta,minh=minh),f"gbm hyb={hybrid} r{rounds} eta{eta} minh{minh}")
