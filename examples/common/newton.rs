//! Weighted, L2-regularised logistic regression by Newton's method, shared
//! by the fitters (`fit_noise`, `fit_unique_facts`): deterministic, a fixed
//! number of steps, so that a refit reproduces its generated table bit for
//! bit.

/// Fits `beta` on rows whose first column is the constant 1 (the bias,
/// not regularised) and whose other columns are standardised features;
/// `labels[i]` is row `i`'s `(class, weight)`.
pub fn newton<const D: usize>(
    rows: &[[f64; D]],
    labels: &[(bool, f64)],
    steps: usize,
    lambda: f64,
) -> [f64; D] {
    let mut beta = [0.0; D];
    for _ in 0..steps {
        let mut grad = [0.0; D];
        let mut hess = [[0.0; D]; D];
        for (r, &(y, w)) in rows.iter().zip(labels) {
            let z: f64 = r.iter().zip(&beta).map(|(x, b)| x * b).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let g = w * (p - f64::from(u8::from(y)));
            let h = w * (p * (1.0 - p)).max(1e-9);
            for a in 0..D {
                grad[a] += g * r[a];
                for b in 0..=a {
                    hess[a][b] += h * r[a] * r[b];
                }
            }
        }
        for a in 0..D {
            for b in a + 1..D {
                hess[a][b] = hess[b][a];
            }
            if a > 0 {
                grad[a] += lambda * beta[a];
                hess[a][a] += lambda;
            }
        }
        let step = solve(hess, grad);
        for a in 0..D {
            beta[a] -= step[a];
        }
    }
    beta
}

/// Solves `m x = v` by Gaussian elimination with partial pivoting.
fn solve<const D: usize>(mut m: [[f64; D]; D], mut v: [f64; D]) -> [f64; D] {
    for c in 0..D {
        let p = (c..D)
            .max_by(|&a, &b| m[a][c].abs().total_cmp(&m[b][c].abs()))
            .unwrap_or(c);
        m.swap(c, p);
        v.swap(c, p);
        let d = if m[c][c].abs() < 1e-12 {
            1e-12
        } else {
            m[c][c]
        };
        for r in c + 1..D {
            let f = m[r][c] / d;
            for k in c..D {
                m[r][k] -= f * m[c][k];
            }
            v[r] -= f * v[c];
        }
    }
    let mut x = [0.0; D];
    for c in (0..D).rev() {
        let s: f64 = (c + 1..D).map(|k| m[c][k] * x[k]).sum();
        let d = if m[c][c].abs() < 1e-12 {
            1e-12
        } else {
            m[c][c]
        };
        x[c] = (v[c] - s) / d;
    }
    x
}
