#!/usr/bin/env bash
# Runs the core's criterion benchmarks and prints each one's median against its target.
# Usage: scripts/bench.sh [FILTER]   (FILTER, as for cargo bench, picks benchmarks by name)
# Criterion keeps its full report in target/criterion/; the medians come from each
# benchmark's new/estimates.json (nanoseconds).
set -euo pipefail
cd "$(dirname "$0")/.."

criterion="${CARGO_TARGET_DIR:-target}/criterion"
mkdir -p "$criterion"
started="$criterion/.bench-started"
touch "$started"
trap 'rm -f "$started"' EXIT

cargo bench -p pcc-core --bench core -- "$@"

# name and target in milliseconds, as benches/core.rs states them.
targets="export_docx 5
save_response 2
list_responses_10000 50"

printf '\n%-22s %12s %10s\n' BENCHMARK MEDIAN TARGET
while read -r name target_ms; do
  estimates="$criterion/$name/new/estimates.json"
  # Only what this run measured, not a result left by an earlier one.
  [ "$estimates" -nt "$started" ] || continue
  median_ns=$(sed -n 's/.*"median":{"confidence_interval":{[^}]*},"point_estimate":\([-0-9.eE+]*\).*/\1/p' "$estimates")
  if [ -z "$median_ns" ]; then
    echo "$name: no median in $estimates" >&2
    exit 1
  fi
  awk -v name="$name" -v ns="$median_ns" -v target="$target_ms" 'BEGIN {
    ms = ns / 1e6
    printf "%-22s %9.3f ms %7s ms%s\n", name, ms, target, ms < target ? "" : "  OVER TARGET"
  }'
done <<< "$targets"
