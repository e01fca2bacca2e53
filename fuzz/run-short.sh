#!/usr/bin/env bash
# Run every fuzz target for a short while (default 60 s each) from the committed seeds.
#   bash fuzz/run-short.sh [SECONDS] [TARGET...]
# The corpora (seeds/) also run as regression tests under plain `cargo test` (src/fuzz_corpus.rs,
# stable), together with the seeds of the Dockerfile parser and tar extraction, whose code
# needs the whole crate.
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). New corpus entries
# go to a temporary directory; a crash leaves its input under fuzz/artifacts/TARGET/ and
# makes the script fail.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-60}
shift || true
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  targets=(format reference manifest registries_conf auth_json)
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "run-short.sh: needs the nightly toolchain and cargo-fuzz (cargo install cargo-fuzz)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for t in "${targets[@]}"; do
  mkdir -p "$work/$t"
  echo "== $t: ${secs}s"
  # -rss_limit_mb: the engines bound their own memory; -timeout: one input must not take
  # seconds; on 2 cores one job.
  cargo +nightly fuzz run --debug-assertions "$t" "$work/$t" "seeds/$t" -- \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
done
