#!/usr/bin/env bash
# Regenerate completions/ and man/ from the clap definitions (tests/docs.rs checks they are
# current):   bash .ci/gen-docs.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
bin=target/debug/skiff
mkdir -p completions
"$bin" completion bash -f completions/skiff.bash
"$bin" completion zsh -f completions/_skiff
"$bin" completion fish -f completions/skiff.fish
rm -rf man
"$bin" generate-man-pages man
