#!/usr/bin/env python3
"""Computes, once, the reference values that the org.cablesim.optics tests compare against.

Run from this directory:  python3 make_references.py  (numpy 2.4, scipy 1.17, mpmath 1.3)
It writes references.json next to itself. Every entry carries a "how" string naming the exact
call that produced it, so a reader can recompute any single number. The Java tests never call Python.

Conventions (mirrored by the Java classes):
  - quantile(p) is the left-continuous inverse CDF inf{x : F(x) >= p};
  - survival(x) = P(X > x);
  - empirical quantiles use numpy method='inverted_cdf' (exactly that inverse);
  - the histogram form is piecewise uniform within bins (scipy.stats.rv_histogram);
  - GaussianBeamMpoLoss follows Marcuse's Gaussian-beam overlap formula with w = MFD / 2.
"""
import json
import math
import os

import mpmath as mp
import numpy as np
import scipy
from scipy import integrate, optimize, special, stats

mp.mp.dps = 40
P_LIST = [1e-6, 0.01, 0.03, 0.1, 0.25, 0.5, 0.75, 0.9, 0.97, 0.99, 0.999, 0.999999]
TAIL_LIST = [1e-3, 1e-6, 1e-9, 1e-12, 1e-15]


def sig4(x):
    return float(f"{x:.4g}")


def continuous_entry(name, family, parameters, frozen, how, mean=None, variance=None, mu4=None):
    m, v = (float(s) for s in frozen.stats(moments="mv"))
    mean = m if mean is None else mean
    variance = v if variance is None else variance
    if mu4 is None:
        kurt = float(frozen.stats(moments="k"))
        mu4 = (kurt + 3.0) * variance ** 2
    xs = sorted({sig4(float(frozen.isf(t))) for t in TAIL_LIST} | {sig4(float(frozen.ppf(0.5)))})
    return {
        "name": name, "family": family, "parameters": parameters, "how": how,
        "mean": mean, "variance": variance, "centralMoment4": mu4,
        "quantiles": [[p, float(frozen.ppf(p))] for p in P_LIST],
        "survival": [[x, float(frozen.sf(x))] for x in xs],
    }


def distributions():
    out = []
    k, th = 4.28, 0.028
    out.append(continuous_entry("gamma-grade-b", "gamma", {"shape": k, "scaleDb": th},
                                stats.gamma(a=k, scale=th), f"scipy.stats.gamma(a={k}, scale={th})"))
    k, th = 0.8, 0.15
    out.append(continuous_entry("gamma-heavy", "gamma", {"shape": k, "scaleDb": th},
                                stats.gamma(a=k, scale=th), f"scipy.stats.gamma(a={k}, scale={th})"))
    mu, s = math.log(0.11), 0.42
    out.append(continuous_entry("lognormal", "lognormal", {"muLogDb": mu, "sigmaLog": s},
                                stats.lognorm(s=s, scale=math.exp(mu)),
                                f"scipy.stats.lognorm(s={s}, scale=math.exp(math.log(0.11)))"))
    c, lam = 2.15, 0.14
    out.append(continuous_entry("weibull", "weibull", {"shape": c, "scaleDb": lam},
                                stats.weibull_min(c=c, scale=lam), f"scipy.stats.weibull_min(c={c}, scale={lam})"))
    m = 0.12
    out.append(continuous_entry("exponential", "exponential", {"meanDb": m},
                                stats.expon(scale=m), f"scipy.stats.expon(scale={m})"))
    for name, mu, s in [("truncated-normal-mostly-positive", 0.10, 0.06), ("truncated-normal-negative-mu", -0.05, 0.10),
                         ("truncated-normal-deep", -0.2, 0.1), ("truncated-normal-alpha-minus-5", -0.5, 0.1),
                         ("truncated-normal-alpha-minus-30", -3.0, 0.1)]:
        mp.mp.dps = 320  # the truncated mass is ~5e-198 at alpha = -30: keep 100+ digits after it
        frozen = stats.truncnorm(a=(0 - mu) / s, b=np.inf, loc=mu, scale=s)
        e = continuous_entry(name, "truncated-normal", {"muDb": mu, "sigmaDb": s}, frozen,
                             f"scipy.stats.truncnorm(a=(0-{mu})/{s}, b=inf, loc={mu}, scale={s}); "
                             "moments, quantiles and survival replaced by mpmath (40 digits) values after checking scipy agrees")
        # exact moments of Z > a (a = -mu/s) from m_k = (k-1) m_{k-2} + a^(k-1) lambda, lambda = npdf(a)/Q(a),
        # evaluated with 320 digits; cross-checked against scipy and (where fast) mpmath quadrature
        a = -mp.mpf(mu) / s
        lam = mp.npdf(a) / mp.ncdf(-a)
        m1, m2, m3, m4r = lam, 1 + a * lam, (a * a + 2) * lam, 3 + (a ** 3 + 3 * a) * lam
        mz = m1
        mm = mu + s * mz
        vv = s * s * (m2 - mz * mz)
        m4 = s ** 4 * (m4r - 4 * mz * m3 + 6 * mz * mz * m2 - 3 * mz ** 4)
        z = mp.ncdf(mp.mpf(mu) / s)
        if mu / s > -6:
            with mp.workdps(40):
                dens = lambda x: mp.npdf(x, mu, s) / mp.ncdf(mp.mpf(mu) / s)
                qm = mp.quad(lambda x: x * dens(x), [0, mp.inf])
                q4 = mp.quad(lambda x: (x - qm) ** 4 * dens(x), [0, mp.inf])
            assert abs(qm / mm - 1) < 1e-15 and abs(q4 / m4 - 1) < 1e-15, (name, qm, mm, q4, m4)
            assert abs(float(mm) / e["mean"] - 1) < 1e-12 and abs(float(vv) / e["variance"] - 1) < 1e-10
        e["mean"], e["variance"], e["centralMoment4"] = float(mm), float(vv), float(m4)
        for pair in e["quantiles"]:  # scipy's truncnorm.ppf is good to ~2e-10 in the lower tail; refine in mpmath
            p = mp.mpf(pair[0])
            g = lambda x: mp.ncdf((x - mu) / s) - mp.ncdf(-mp.mpf(mu) / s) - p * z
            lo, hi = mp.mpf(0), mp.mpf(abs(mu)) + 50 * s
            for _ in range(400):  # bisection: 2^-400 of the bracket, far below double precision
                mid = (lo + hi) / 2
                lo, hi = (mid, hi) if g(mid) < 0 else (lo, mid)
            exact = (lo + hi) / 2
            if math.isfinite(pair[1]) and mu / s > -6:
                assert abs(float(exact) / pair[1] - 1) < 1e-8, (pair, exact)
            pair[1] = float(exact)
        for pair in e["survival"]:
            exact = float(mp.ncdf(-(mp.mpf(pair[0]) - mu) / s) / z)
            if mu / s > -6:
                assert abs(exact / pair[1] - 1) < 1e-9, (pair, exact)
            pair[1] = exact
        out.append(e)
    mp.mp.dps = 40
    return out


def empirical():
    rng = np.random.default_rng(20240611)
    x = np.round(rng.gamma(4.28, 0.028, 200), 5)
    assert len(np.unique(x)) == len(x)
    m = float(np.mean(x))
    ps = [0.001, 0.005, 0.01, 0.1, 0.5, 0.97, 0.995, 0.999, 1.0]
    thresholds = [0.0, float(np.min(x)), 0.1, float(np.median(x)), 0.25, float(np.max(x)), 1.0]
    return {
        "name": "empirical-200", "family": "empirical",
        "how": "x = numpy.round(numpy.random.default_rng(20240611).gamma(4.28, 0.028, 200), 5); "
               "mean=np.mean(x), variance=np.var(x) (ddof=0: the empirical measure), "
               "quantile=np.quantile(x, p, method='inverted_cdf'), survival=np.mean(x > t)",
        "samplesDb": [float(v) for v in x],
        "mean": m, "variance": float(np.var(x)), "centralMoment4": float(np.mean((x - m) ** 4)),
        "quantiles": [[p, float(np.quantile(x, p, method="inverted_cdf"))] for p in ps],
        "survival": [[t, float(np.mean(x > t))] for t in thresholds],
    }


def histogram():
    edges = np.array([0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5])
    counts = np.array([3, 40, 120, 90, 40, 7])
    h = stats.rv_histogram((counts, edges), density=False)
    w = counts / counts.sum()
    a, b = edges[:-1], edges[1:]
    mean = float(np.sum(w * (a + b) / 2))
    var = float(np.sum(w * (a * a + a * b + b * b) / 3) - mean * mean)
    mu4 = float(np.sum(w * ((b - mean) ** 5 - (a - mean) ** 5) / (5 * (b - a))))
    assert abs(mean - h.mean()) < 1e-14 and abs(var / h.var() - 1) < 1e-12
    ps = [1e-6, 0.01, 0.03, 0.1, 0.5, 0.8, 0.97, 0.99, 0.999999]
    xs = [0.0, 0.01, 0.12, 0.2, 0.25, 0.4, 0.49, 0.5, 0.6]
    return {
        "name": "histogram-6-bins", "family": "histogram",
        "how": "h = scipy.stats.rv_histogram((counts, edges), density=False): piecewise-uniform density; "
               "mean/variance/centralMoment4 summed exactly bin by bin; quantile=h.ppf(p), survival=h.sf(x)",
        "edgesDb": edges.tolist(), "counts": counts.tolist(),
        "mean": mean, "variance": var, "centralMoment4": mu4,
        "quantiles": [[p, float(h.ppf(p))] for p in ps],
        "survival": [[x, float(h.sf(x))] for x in xs],
    }


def truncnorm_ratio(alpha, p):
    # X = sigma * (alpha + Z), Z standard normal truncated to Z > -alpha
    mean = alpha + special.ndtr(alpha) ** -1 * math.exp(-alpha * alpha / 2) / math.sqrt(2 * math.pi)
    q = alpha - special.ndtri((1 - p) * special.ndtr(alpha))
    return q / mean, mean


def calibrations():
    out = []
    cases = [("grade-b", 0.12, 0.97, 0.25), ("grade-c", 0.25, 0.97, 0.50), ("grade-d", 0.50, 0.97, 1.0),
             ("mpo-standard", 0.35, 0.97, 0.75), ("mpo-low-loss", 0.20, 0.97, 0.35),
             ("p99", 0.20, 0.99, 0.50), ("median", 0.20, 0.5, 0.18)]
    tol = dict(xtol=1e-300, rtol=8.9e-16, maxiter=500)
    for label, mean, p, q in cases:
        r = q / mean
        k = optimize.brentq(lambda s: stats.gamma(a=s).ppf(p) / s - r, 0.06, 1e7, **tol)
        out.append({"case": label, "family": "gamma", "meanDb": mean, "p": p, "quantileDb": q,
                    "parameters": {"shape": k, "scaleDb": mean / k},
                    "how": "shape = scipy.optimize.brentq(lambda s: scipy.stats.gamma(a=s).ppf(p)/s - q/mean, 0.06, 1e7); scale = mean/shape"})
        z = special.ndtri(p)
        roots = [z - math.sqrt(z * z - 2 * math.log(r)), z + math.sqrt(z * z - 2 * math.log(r))]
        s = min(x for x in roots if x > 0)
        out.append({"case": label, "family": "lognormal", "meanDb": mean, "p": p, "quantileDb": q,
                    "parameters": {"muLogDb": math.log(mean) - s * s / 2, "sigmaLog": s},
                    "how": "sigma = smallest positive root of sigma^2/2 - z*sigma + ln(q/mean) = 0, z = scipy.special.ndtri(p); mu = ln(mean) - sigma^2/2"})
        wr = lambda c: (-math.log1p(-p)) ** (1 / c) / special.gamma(1 + 1 / c) - r
        c = optimize.brentq(wr, 0.34, 1e4, **tol)
        out.append({"case": label, "family": "weibull", "meanDb": mean, "p": p, "quantileDb": q,
                    "parameters": {"shape": c, "scaleDb": mean / special.gamma(1 + 1 / c)},
                    "how": "shape = brentq(lambda c: (-log1p(-p))**(1/c)/scipy.special.gamma(1+1/c) - q/mean, 0.34, 1e4); scale = mean/gamma(1+1/c)"})
        f = lambda al: truncnorm_ratio(al, p)[0] - r
        if f(-30) * f(1e3) < 0:  # the ratio is monotone in alpha; outside its range there is no fit
            a = optimize.brentq(f, -30, 1e3, **tol)
            sig = mean / truncnorm_ratio(a, p)[1]
            out.append({"case": label, "family": "truncated-normal", "meanDb": mean, "p": p, "quantileDb": q,
                        "parameters": {"muDb": a * sig, "sigmaDb": sig},
                        "how": "alpha = brentq over mu/sigma of [alpha - ndtri((1-p)*ndtr(alpha))]/[alpha + npdf(alpha)/ndtr(alpha)] = q/mean on [-30, 1e3]; sigma = mean/(alpha + npdf/ndtr); mu = alpha*sigma"})
    return out


def gamma_sums():
    fits = {"mpo-standard": (0.35, 0.75), "grade-c": (0.25, 0.50), "grade-b": (0.12, 0.25)}
    out = []
    for label, (mean, q) in fits.items():
        k = optimize.brentq(lambda s: stats.gamma(a=s).ppf(0.97) / s - q / mean, 0.06, 1e7, xtol=1e-300, rtol=8.9e-16)
        th = mean / k
        budgets = [(n, 2.75) for n in (3, 4, 5, 6, 8)]
        budgets += [(n, sig4(float(stats.gamma(a=n * k, scale=th).isf(t)))) for n in (2, 4) for t in (1e-6, 1e-9, 1e-12)]
        for n, b in budgets:
            tail = float(stats.gamma(a=n * k, scale=th).sf(b))
            exact = float(mp.gammainc(n * mp.mpf(k), mp.mpf(b) / th, mp.inf, regularized=True))
            assert abs(tail / exact - 1) < 1e-11, (label, n, b, tail, exact)
            if tail < 1e-300:
                continue
            out.append({"fit": label, "n": n, "shape": k, "scaleDb": th, "budgetDb": b, "tail": tail,
                        "how": f"scipy.stats.gamma(a=n*shape, scale=scaleDb).sf(budgetDb); agrees with mpmath.gammainc(regularized=True) to 1e-11"})
    return out


def marcuse_db(mfd1, mfd2, d, theta, wavelength_nm, n):
    w1, w2 = mp.mpf(mfd1) / 2, mp.mpf(mfd2) / 2
    k0 = 2 * mp.pi / (mp.mpf(wavelength_nm) / 1000)
    s = w1 ** 2 + w2 ** 2
    t = 4 * w1 ** 2 * w2 ** 2 / s ** 2 * mp.exp(-(4 * mp.mpf(d) ** 2 + k0 ** 2 * mp.mpf(n) ** 2 * w1 ** 2 * w2 ** 2 * mp.sin(theta) ** 2) / (2 * s))
    return float(-10 * mp.log10(t))


def physics():
    n = 1.4682
    det = []
    for mfd1, mfd2, d, theta in [(9.2, 9.2, 1.0, 0.0), (9.2, 9.2, 2.0, 0.0), (9.2, 9.6, 0.0, 0.0),
                                 (9.2, 9.2, 0.0, math.radians(0.5)), (9.0, 9.4, 1.3, math.radians(0.3))]:
        det.append({"wavelengthNm": 1310.0, "mfd1Um": mfd1, "mfd2Um": mfd2, "offsetUm": d, "tiltRad": theta,
                    "refractiveIndex": n, "lossDb": marcuse_db(mfd1, mfd2, d, theta, 1310, n),
                    "how": "-10*log10{4w1^2w2^2/(w1^2+w2^2)^2 * exp(-(4d^2 + k0^2 n^2 w1^2 w2^2 sin^2(theta))/(2(w1^2+w2^2)))} in mpmath at 40 digits, w = MFD/2, k0 = 2*pi/lambda"})
    # Rician: only a common offset with a systematic part; IL = c * d^2, d^2/sigma^2 ~ ncx2(2, mu^2/sigma^2)
    mu, sig, w = 0.6, 0.4, 4.6
    c = 10 / math.log(10) / w ** 2
    nc = stats.ncx2(df=2, nc=mu ** 2 / sig ** 2, scale=c * sig ** 2)
    rician = {"mfdUm": 2 * w, "offsetMeanUm": mu, "offsetSdUm": sig, "mean": c * (mu * mu + 2 * sig * sig),
              "quantiles": [[p, float(nc.ppf(p))] for p in (0.5, 0.9, 0.97)],
              "how": "scipy.stats.ncx2(df=2, nc=(mu/sigma)**2, scale=c*sigma**2).ppf(p) with c = 10/ln(10)/w^2"}
    # Per-position mean with every mechanism on: E[IL] = E[A] + E[B] E[d^2] + E[C] E[sin^2 theta]
    par = {"wavelengthNm": 1310.0, "mfd1Um": 9.2, "mfd2Um": 9.0, "mfdSdUm": 0.3, "refractiveIndex": n,
           "ferruleOffsetSdUm": 0.5, "ferruleOffsetMeanUm": 0.4, "rotationSdRad": 4e-4,
           "holeErrorSdUm": 0.25, "tiltSdRad": 0.003, "fibrePitchUm": 250.0}
    k0 = 2 * math.pi / (par["wavelengthNm"] / 1000)
    ln10 = 10 / math.log(10)
    sw = par["mfdSdUm"] / 2

    def expect(g):
        f = lambda y, x: g(x, y) * stats.norm.pdf(x, par["mfd1Um"] / 2, sw) * stats.norm.pdf(y, par["mfd2Um"] / 2, sw)
        lo1, hi1 = par["mfd1Um"] / 2 - 12 * sw, par["mfd1Um"] / 2 + 12 * sw
        lo2, hi2 = par["mfd2Um"] / 2 - 12 * sw, par["mfd2Um"] / 2 + 12 * sw
        return integrate.dblquad(f, lo1, hi1, lo2, hi2, epsabs=1e-14, epsrel=1e-13)[0]

    ea = expect(lambda a, b: -10 * math.log10(4 * a * a * b * b / (a * a + b * b) ** 2))
    eb = expect(lambda a, b: ln10 * 2 / (a * a + b * b))
    ec = expect(lambda a, b: ln10 * k0 ** 2 * n ** 2 * a * a * b * b / (2 * (a * a + b * b)))
    es2 = 2 * par["tiltSdRad"] ** 2
    means = {}
    for positions in (12, 16):
        row = []
        for i in range(positions):
            x = (i - (positions - 1) / 2) * par["fibrePitchUm"]
            ed2 = (par["ferruleOffsetMeanUm"] ** 2 + 2 * par["ferruleOffsetSdUm"] ** 2 + 2 * par["holeErrorSdUm"] ** 2
                   + 2 * x * x * (-math.expm1(-par["rotationSdRad"] ** 2 / 2)))
            row.append(ea + eb * ed2 + ec * es2)
        means[str(positions)] = row
    mean_at_position = {"parameters": par, "meanDbByPositions": means,
                        "how": "E[A]+E[B]*E[d^2]+E[C]*E[sin^2 theta]; E over w1~N(mfd1/2, (mfdSd/2)^2), w2~N(mfd2/2, (mfdSd/2)^2) by "
                               "scipy.integrate.dblquad(+-12 sd, epsrel 1e-13); E[d^2] = mu^2 + 2 sd_c^2 + 2 sd_h^2 + 2 x^2 (1 - exp(-sd_rot^2/2)), "
                               "x = (i - (positions-1)/2) * pitch; E[sin^2 theta] = 2 sd_tilt^2"}
    return {"deterministic": det, "rician": rician, "meanAtPosition": mean_at_position}


def main():
    refs = {
        "provenance": f"make_references.py with numpy {np.__version__}, scipy {scipy.__version__}, mpmath {mp.__version__}",
        "distributions": distributions() + [empirical(), histogram()],
        "calibrations": calibrations(),
        "gammaSums": gamma_sums(),
        "physics": physics(),
        "chiSquareCritical": {"df": 49, "falseFailureRate": 1e-5, "value": float(stats.chi2(49).isf(1e-5)),
                              "how": "scipy.stats.chi2(49).isf(1e-5)"},
    }
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "references.json"), "w") as fh:
        json.dump(refs, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
