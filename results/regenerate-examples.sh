#!/usr/bin/env bash
# Regenerates every committed example output: results/examples/<study>/ from scenarios/<study>.yaml.
# Usage: results/regenerate-examples.sh   (from anywhere; takes a few minutes on 2 cores)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
run() {
  local study="$1"
  shift
  echo "== $study" >&2
  ./cablesim run "scenarios/$study.yaml" --out "results/examples/$study" --force --quiet "$@"
}
run quickstart
run mpo12-vs-mpo16 --no-plan-files
run upgrade-400g-800g-1.6t --no-plan-files
run grade-sweep --no-plan-files
run llama3-16k --no-plan-files
run ai-100k --no-plan-files
run breakout-dr8-to-dr4 --no-plan-files
run multimode-100g-lane --no-plan-files
run xdr-200g-lane --no-plan-files
run superpod-growth --no-plan-files
run design-space --no-plan-files
echo "== design-space (search)" >&2
./cablesim search scenarios/design-space.yaml --out results/examples/design-space-search --force --quiet
