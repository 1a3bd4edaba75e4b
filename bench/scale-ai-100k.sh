#!/usr/bin/env bash
# Scaling of a study with the size of the fabric: scenarios/ai-100k.yaml cut to N servers (8 GPUs each), one plan
# (base12-2xdr4), one 5-year lifecycle replication, no plan files; one table row per size.
# Usage: bench/scale-ai-100k.sh [SERVERS...]   default 512 2048 8192 12544 (4k, 16k, 64k and 100k GPUs)
# Java options come from CABLESIM_JAVA_OPTS as for the launcher, e.g. CABLESIM_JAVA_OPTS=-Xmx2g to hold the heap to
# 2 GiB. Needs GNU time (/usr/bin/time) for CPU seconds and peak memory.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/cablesim-scale.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
printf '%-8s %-14s %-8s %-8s %-12s\n' GPUs "logical links" "wall s" "CPU s" "peak RSS MiB"
for servers in "${@:-512 2048 8192 12544}"; do
  for n in $servers; do
    sed -e "s/^  servers: 12544\$/  servers: $n/" -e 's/^study:/lifecycle: {replications: 1}\nstudy:/' \
      "$root/scenarios/ai-100k.yaml" >"$tmp/ai.yaml"
    links="$("$root/cablesim" validate "$tmp/ai.yaml" | sed -n 's/.* servers, \([0-9]*\) logical links.*/\1/p')"
    /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$root/cablesim" run "$tmp/ai.yaml" --only base12-2xdr4 \
      --out "$tmp/out" --force --quiet --no-plan-files
    read -r wall user sys rss <"$tmp/time"
    printf '%-8s %-14s %-8s %-8s %-12s\n' "$((n * 8))" "$links" "$wall" "$(echo "$user + $sys" | bc)" \
      "$((rss / 1024))"
  done
done
