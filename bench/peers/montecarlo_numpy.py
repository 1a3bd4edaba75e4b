#!/usr/bin/env python3
"""numpy peer of org.cablesim.bench.MonteCarloBenchmark: the same plain Monte Carlo workload, vectorised.

Each link: LANES lanes through CONNECTORS mated pairs, each pair's per-lane loss lognormal calibrated to
IEC grade C (mean 0.25 dB, p97 0.50 dB), independent per lane, plus 0.5 dB/km x a length uniform in
20-300 m drawn once per link; budget 3.0 dB; a link-trial fails if any lane exceeds the budget.
Trials run in chunks: standard_normal -> exp -> sum over connectors -> any over lanes.
Prints one JSON line. Run single-threaded (numpy's RNG and ufuncs are single-threaded anyway).
"""
import argparse
import json
import math
import time

import numpy as np
from statistics import NormalDist

BUDGET_DB = 3.0
ATTENUATION_DB_PER_KM = 0.5


def grade_c_lognormal(mean=0.25, p97=0.50, p=0.97):
    """Closed-form lognormal fit to (mean, p97), as LossCalibration.lognormal."""
    z = NormalDist().inv_cdf(p)
    log_ratio = math.log(p97 / mean)
    root = math.sqrt(z * z - 2 * log_ratio)
    sigma = z - root if z - root > 0 else z + root
    return math.log(mean) - sigma * sigma / 2, sigma


def run(links, trials, connectors, lanes, seed, chunk):
    mu, sigma = grade_c_lognormal()
    rng = np.random.default_rng(seed)
    lengths = rng.uniform(20.0, 300.0, size=links)
    slack = BUDGET_DB - ATTENUATION_DB_PER_KM * lengths / 1000.0
    failures = 0
    for link in range(links):
        done = 0
        while done < trials:
            n = min(chunk, trials - done)
            z = rng.standard_normal((n, lanes, connectors))
            np.multiply(z, sigma, out=z)
            np.add(z, mu, out=z)
            np.exp(z, out=z)
            lane_loss = z.sum(axis=2)
            failures += int(np.count_nonzero((lane_loss > slack[link]).any(axis=1)))
            done += n
    return failures


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--links", type=int, default=100)
    ap.add_argument("--trials", type=int, default=100000)
    ap.add_argument("--connectors", type=int, default=4)
    ap.add_argument("--lanes", type=int, default=8)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--chunk", type=int, default=1 << 15)
    a = ap.parse_args()
    run(min(a.links, 2), max(1, a.trials // 10), a.connectors, a.lanes, a.seed + 1, a.chunk)  # warm-up
    cpu_start = time.process_time()
    start = time.perf_counter()
    failures = run(a.links, a.trials, a.connectors, a.lanes, a.seed, a.chunk)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    samples = a.links * a.trials * a.connectors * a.lanes
    print(json.dumps({
        "peer": "numpy", "numpy": np.__version__, "links": a.links, "trialsPerLink": a.trials,
        "connectors": a.connectors, "lanes": a.lanes, "threads": 1, "samples": samples,
        "failures": failures, "failFraction": failures / (a.links * a.trials), "seconds": seconds,
        "cpuSeconds": cpu_seconds,
        "samplesPerSecond": samples / seconds,
    }))


if __name__ == "__main__":
    main()
